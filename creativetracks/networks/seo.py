"""schema.org Organization, Open Graph and share links of network pages (core.seo).
Only listed (public) networks: an unlisted network's address is for its members."""

from django.http import HttpRequest

from creativetracks.core.seo import PageMeta, page_meta, plain

from .models import Network


def network_meta(request: HttpRequest, network: Network) -> PageMeta | None:
    if network.listing != Network.Listing.PUBLIC:
        return None
    description = plain(network.description, 300)
    return page_meta(
        request,
        title=network.name,
        description=description or network.name,
        path=network.get_absolute_url(),
        image_path=network.logo.url if network.logo else "",
        json_ld={
            "@type": "Organization",
            "name": network.name,
            "description": description,
            "sameAs": [network.website] if network.website else [],
            "logo": request.build_absolute_uri(network.logo.url) if network.logo else "",
            "areaServed": [{"@type": "Country", "name": code} for code in network.countries],
        },
    )
