"""Listed networks in the directory: a search document of kind "network" each."""

from django.db.models import Count
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_countries import countries as country_names

from creativetracks.core import search, taxonomy
from creativetracks.core.geography import continent_of
from creativetracks.core.models import SearchDocument
from creativetracks.profiles.queries import DirectoryResult

from .models import Network

NETWORK = "network"


def index_network(network: Network) -> None:
    """Public networks are in the directory for everyone; unlisted ones nowhere."""
    if not network.is_public:
        search.remove_document(NETWORK, network.pk)
        return
    countries = [code for code in network.countries if code]
    search.index_document(
        NETWORK,
        network.pk,
        visibility=SearchDocument.Visibility.PUBLIC,
        title=network.name,
        body=[network.description, network.website],
        created=network.created,
        facets={
            "type": [NETWORK],
            "country": countries,
            "continent": [c for c in map(continent_of, countries) if c],
            "sector": network.sectors,
        },
    )


def network_cards(ids: list[int]) -> dict:
    """Directory cards of networks, in one query."""
    sector_labels = dict(taxonomy.SECTORS)
    networks = Network.objects.filter(pk__in=ids).annotate(size=Count("memberships"))
    cards = {}
    for network in networks:
        places = [str(country_names.name(code)) for code in network.countries[:2]]
        if len(network.countries) > 2:
            places.append(_("%(count)d more") % {"count": len(network.countries) - 2})
        cards[network.pk] = DirectoryResult(
            kind=NETWORK,
            kind_label=_("Network"),
            title=network.name,
            url=network.get_absolute_url(),
            subtitle=ngettext(
                "%(count)s member · %(policy)s", "%(count)s members · %(policy)s", network.size
            )
            % {
                "count": number_format(network.size, force_grouping=True),
                "policy": network.join_label,
            },
            place=", ".join(places),
            image_url=network.logo_url,
            initials=network.initials,
            tags=[str(sector_labels.get(s, s)) for s in network.sectors[:3]],
        )
    return cards
