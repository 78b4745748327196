"""schema.org Person and Organization, Open Graph and share links of profile and
organisation pages (core.seo). Only public profiles get any: a members-only or hidden
profile says nothing about itself outside the site."""

from django.http import HttpRequest

from creativetracks.core.seo import PageMeta, page_meta, place, plain

from .models import Organisation, Profile, Visibility


def person_ld(request: HttpRequest, profile: Profile | None) -> dict | None:
    """A Person naming a public profile (name and address only), else None: how other
    pages name an author or a contact without saying anything a profile keeps in."""
    if profile is None or profile.visibility != Visibility.PUBLIC or not profile.user.is_active:
        return None
    return {
        "@type": "Person",
        "name": profile.display_name,
        "url": request.build_absolute_uri(profile.get_absolute_url()),
    }


def profile_meta(request: HttpRequest, profile: Profile, memberships) -> PageMeta | None:
    """Person: what the page shows a visitor (name, headline, place, photo, the
    organisations listed, links). Never the email address, birth date or nationality."""
    if profile.visibility != Visibility.PUBLIC or not profile.user.is_active:
        return None
    links = [profile.website, *profile.social_links] if profile.website else profile.social_links
    data = {
        "@type": "Person",
        "name": profile.display_name,
        "description": profile.headline or plain(profile.bio, 200),
        "address": place(profile.city, profile.country),
        "knowsLanguage": list(profile.languages),
        "sameAs": [link for link in links if link],
        "worksFor": [
            {
                "@type": "Organization",
                "name": membership.organisation.name,
                "url": request.build_absolute_uri(membership.organisation.get_absolute_url()),
            }
            for membership in memberships
        ],
    }
    return page_meta(
        request,
        title=profile.display_name,
        description=profile.headline or plain(profile.bio, 200) or profile.display_name,
        path=profile.get_absolute_url(),
        og_type="profile",
        image_path=profile.photo.url if profile.photo else "",
        json_ld=data,
    )


def organisation_meta(request: HttpRequest, organisation: Organisation) -> PageMeta:
    """Organization: organisation pages are public to everyone (they are in the sitemap)."""
    description = plain(organisation.description, 300)
    return page_meta(
        request,
        title=organisation.name,
        description=description or organisation.name,
        path=organisation.get_absolute_url(),
        image_path=organisation.logo.url if organisation.logo else "",
        json_ld={
            "@type": "Organization",
            "name": organisation.name,
            "description": description,
            "address": place(organisation.city, organisation.country),
            "sameAs": [organisation.website] if organisation.website else [],
            "logo": request.build_absolute_uri(organisation.logo.url) if organisation.logo else "",
        },
    )
