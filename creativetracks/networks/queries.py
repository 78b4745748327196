"""Reads about networks: shared with other apps (messaging, social, feeds) and the pages.

Every list here costs a constant number of queries whatever its length."""

from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.db.models import Count, Q, QuerySet
from django_countries import countries

from creativetracks.core import taxonomy
from creativetracks.core.geography import CONTINENTS
from creativetracks.core.search import terms_of
from creativetracks.core.text import fold
from creativetracks.profiles.permissions import visible_levels

from .models import (
    Import,
    ImportRow,
    Invitation,
    JoinRequest,
    Network,
    NetworkFacet,
    NetworkMembership,
)

NETWORKS_PER_PAGE = 20
MEMBERS_PER_PAGE = 48
MEMBER_PREVIEW = 12
MAX_PAGE = 10_000


def network_ids_of(user) -> set[int]:
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(NetworkMembership.objects.filter(user=user).values_list("network_id", flat=True))


def share_a_network(first, second) -> bool:
    """Whether two members belong to at least one common network."""
    return NetworkMembership.objects.filter(
        user=second, network__memberships__user=first
    ).exists()


# The networks listing ------------------------------------------------------------


FILTERS = ["sector", "country", "region"]


@dataclass
class NetworkListPage:
    query: str
    filters: dict[str, str]
    networks: list[Network]
    total: int
    page: int
    pages: int
    options: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def listed_networks(viewer) -> QuerySet[Network]:
    """Public networks for everyone, plus the unlisted networks the viewer belongs to."""
    networks = Network.objects.all()
    if getattr(viewer, "is_staff", False):
        return networks
    if getattr(viewer, "is_authenticated", False):
        mine = NetworkMembership.objects.filter(user=viewer).values("network_id")
        return networks.filter(Q(listing=Network.Listing.PUBLIC) | Q(pk__in=mine))
    return networks.filter(listing=Network.Listing.PUBLIC)


def filter_options(networks: QuerySet[Network]) -> dict[str, list[tuple[str, str]]]:
    used = set(
        NetworkFacet.objects.filter(facet="country", network__in=networks.values("pk"))
        .values_list("value", flat=True)
        .distinct()
    )
    return {
        "sector": [(slug, str(label)) for slug, label in taxonomy.SECTORS],
        "country": sorted(
            ((code, str(countries.name(code))) for code in used), key=lambda o: fold(o[1])
        ),
        "region": [(code, str(label)) for code, label in CONTINENTS if code != "AN"],
    }


def network_list_page(viewer, query: str, filters: dict[str, str], page: int) -> NetworkListPage:
    visible = listed_networks(viewer)
    networks = visible
    for word in terms_of(query):
        networks = networks.filter(name_folded__contains=word)
    filters = {name: value for name, value in filters.items() if name in FILTERS and value}
    for name, value in filters.items():
        networks = networks.filter(
            pk__in=NetworkFacet.objects.filter(facet=name, value=value).values("network_id")
        )
    total = networks.count()
    pages = max(1, -(-total // NETWORKS_PER_PAGE))
    page = min(max(page, 1), pages)
    start = (page - 1) * NETWORKS_PER_PAGE
    rows = list(
        networks.annotate(member_count=Count("memberships")).order_by("name_folded", "pk")[
            start : start + NETWORKS_PER_PAGE
        ]
    )
    return NetworkListPage(
        query=query,
        filters=filters,
        networks=rows,
        total=total,
        page=page,
        pages=pages,
        options=filter_options(visible),
    )


# One network --------------------------------------------------------------------


def network_for_page(slug: str) -> Network | None:
    return (
        Network.objects.annotate(member_count=Count("memberships"))
        .prefetch_related("organisations")
        .filter(slug=slug)
        .first()
    )


def visible_memberships(network: Network, viewer, query: str = "") -> QuerySet[NetworkMembership]:
    """Members whose profile the viewer may see: never a hidden profile, and
    members-only profiles only for signed-in viewers."""
    from creativetracks.core.models import SearchDocument
    from creativetracks.profiles.indexing import PERSON

    memberships = NetworkMembership.objects.filter(
        network=network, user__is_active=True, user__profile__visibility__in=visible_levels(viewer)
    )
    for word in terms_of(query):
        named = SearchDocument.objects.filter(kind=PERSON, name_folded__contains=word).values(
            "object_id"
        )
        memberships = memberships.filter(
            Q(user__profile__pk__in=named) | Q(user__profile__handle__contains=word)
        )
    return memberships.select_related("user__profile").order_by(
        "user__profile__display_name", "pk"
    )


def members_page(network: Network, viewer, query: str, page: int) -> Page:
    return Paginator(visible_memberships(network, viewer, query), MEMBERS_PER_PAGE).get_page(page)


def member_preview(network: Network, viewer) -> list[NetworkMembership]:
    return list(visible_memberships(network, viewer)[:MEMBER_PREVIEW])


def memberships_for_admins(network: Network) -> list[NetworkMembership]:
    """Every member, hidden profiles included: admins need them to run the network."""
    role_order = {"owner": 0, "admin": 1, "member": 2}
    memberships = list(
        NetworkMembership.objects.filter(network=network)
        .select_related("user__profile")
        .order_by("user__profile__display_name", "pk")
    )
    return sorted(memberships, key=lambda m: role_order.get(m.role, 3))


def pending_requests(network: Network) -> list[JoinRequest]:
    return list(
        JoinRequest.objects.filter(network=network, status=JoinRequest.Status.PENDING)
        .select_related("user__profile")
        .order_by("created")
    )


def pending_request_of(user, network: Network) -> JoinRequest | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return JoinRequest.objects.filter(
        network=network, user=user, status=JoinRequest.Status.PENDING
    ).first()


def invitations_page(network: Network, page: int) -> Page:
    invitations = Invitation.objects.filter(network=network).order_by("-created", "-pk")
    return Paginator(invitations, 50).get_page(page)


def networks_of(user) -> list[Network]:
    if not getattr(user, "is_authenticated", False):
        return []
    return list(Network.objects.filter(memberships__user=user).order_by("name_folded"))


def import_for(network: Network, import_id: int) -> Import | None:
    return Import.objects.filter(network=network, pk=import_id).first()


def import_rows_page(batch: Import, *, problems: bool, page: int, per_page: int = 100) -> Page:
    rows = ImportRow.objects.filter(batch=batch, valid=not problems).order_by("line")
    return Paginator(rows, per_page).get_page(page)
