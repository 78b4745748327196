"""schema.org ContactPage, Open Graph and share links of region pages (core.seo). A
region page is where visitors find who to contact for their country: a ContactPage
about Creative Tracks' contact point for those countries, with the countries as
keywords. Region pages are public; an ambassador is named in the JSON-LD only when
their profile is public (the card on the page is for people, not for crawlers)."""

from django.http import HttpRequest
from django.urls import reverse
from django_countries import countries

from creativetracks.core.seo import PageMeta, page_meta
from creativetracks.profiles.seo import person_ld

from .models import Region


def region_meta(request: HttpRequest, region: Region) -> PageMeta:
    names = [str(countries.name(code)) or code for code in region.countries]
    ambassadors = [
        found
        for ambassador in getattr(region, "active_ambassadors", [])
        if (found := person_ld(request, getattr(ambassador.user, "profile", None)))
    ]
    contact = {
        "@type": "ContactPoint",
        "contactType": "ambassadors",
        "areaServed": [{"@type": "Country", "name": name} for name in names],
        "url": request.build_absolute_uri(reverse("ambassador_contact")),
    }
    organisation = {"@type": "Organization", "name": "Creative Tracks", "contactPoint": contact}
    if ambassadors:
        organisation["member"] = ambassadors
    return page_meta(
        request,
        title=region.name,
        description=region.description or ", ".join(names) or region.name,
        path=region.get_absolute_url(),
        json_ld={
            "@type": "ContactPage",
            "name": region.name,
            "description": region.description,
            "about": organisation,
        },
        tags=names,
    )
