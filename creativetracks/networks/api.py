"""The API's networks: listed as on /networks/ (public ones, plus unlisted ones for their
members), a network by its address, its members as the site shows them, join and leave."""

from django.db.models import Count
from django.http import Http404
from ninja import Query, Router, Schema

from creativetracks.api.auth import viewer_of, writer_of
from creativetracks.api.common import PersonRef, cleaned
from creativetracks.api.errors import responses
from creativetracks.api.pagination import DEFAULT_LIMIT, page_of, paginate
from creativetracks.core.search import terms_of

from . import permissions, queries, services
from .forms import JoinForm
from .models import JoinRequest, NetworkFacet

router = Router()


class NetworkOut(Schema):
    slug: str
    name: str
    description: str
    sectors: list[str]
    countries: list[str]
    website: str
    join_policy: str
    listing: str
    logo_url: str
    url: str
    member_count: int
    created: str


class NetworkDetailOut(NetworkOut):
    my_role: str | None = None
    can_join: bool = False


class MemberOut(Schema):
    person: PersonRef
    role: str
    joined: str


class NetworkFilters(Schema):
    q: str = ""
    sector: str = ""
    country: str = ""
    region: str = ""
    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


class JoinIn(Schema):
    message: str = ""


class JoinOut(Schema):
    status: str  # "member" (joined) or "requested" (waiting for the admins)
    network: str


class LeftOut(Schema):
    left: bool
    network: str


def network_out(network, cls=NetworkOut, **extra) -> NetworkOut:
    return cls(
        slug=network.slug,
        name=network.name,
        description=network.description,
        sectors=list(network.sectors or []),
        countries=list(network.countries or []),
        website=network.website,
        join_policy=network.join_policy,
        listing=network.listing,
        logo_url=network.logo_url,
        url=network.get_absolute_url(),
        member_count=network.member_count,
        created=network.created.isoformat(),
        **extra,
    )


def _network(slug: str):
    network = queries.network_for_page(slug)
    if network is None:
        raise Http404
    return network


@router.get("/", response=responses({200: page_of(NetworkOut)}), url_name="api_networks")
def list_networks(request, filters: Query[NetworkFilters]):
    """Networks as listed on the site, oldest first; `q`, `sector`, `country` and
    `region` filter as the listing does."""
    networks = queries.listed_networks(viewer_of(request))
    for word in terms_of(filters.q[:200]):
        networks = networks.filter(name_folded__contains=word)
    for name in queries.FILTERS:
        value = getattr(filters, name).strip()
        if value:
            networks = networks.filter(
                pk__in=NetworkFacet.objects.filter(facet=name, value=value).values("network_id")
            )
    networks = networks.annotate(member_count=Count("memberships"))
    rows, cursor = paginate(networks, filters.cursor, filters.limit, ("id",))
    return {"items": [network_out(n) for n in rows], "next_cursor": cursor}


@router.get("/{slug}", response=responses({200: NetworkDetailOut}), url_name="api_network")
def get_network(request, slug: str):
    """One network: like its page, anyone with its address may read it (unlisted included)."""
    viewer = viewer_of(request)
    network = _network(slug)
    return network_out(
        network,
        NetworkDetailOut,
        my_role=permissions.role_of(viewer, network),
        can_join=permissions.can_join(viewer, network),
    )


@router.get(
    "/{slug}/members", response=responses({200: page_of(MemberOut)}), url_name="api_network_members"
)
def list_network_members(request, slug: str, cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """The members whose profiles the viewer may see, in order of joining."""
    viewer = viewer_of(request)
    network = _network(slug)
    memberships = queries.visible_memberships(network, viewer)
    rows, next_cursor = paginate(memberships, cursor, limit, ("joined", "id"))
    return {
        "items": [
            MemberOut(
                person=PersonRef(
                    handle=m.user.profile.handle,
                    display_name=m.user.profile.display_name,
                    url=m.user.profile.get_absolute_url(),
                ),
                role=m.role,
                joined=m.joined.isoformat(),
            )
            for m in rows
        ],
        "next_cursor": next_cursor,
    }


@router.post("/{slug}/join", response=responses({200: JoinOut}), url_name="api_network_join")
def join_network(request, slug: str, payload: JoinIn):
    """Join an open network, or ask to join one that is on request."""
    user = writer_of(request)
    network = _network(slug)
    message = cleaned(JoinForm({"message": payload.message}))["message"]
    outcome = services.join_network(user, network, message)
    status = "requested" if isinstance(outcome, JoinRequest) else "member"
    return JoinOut(status=status, network=network.slug)


@router.post("/{slug}/leave", response=responses({200: LeftOut}), url_name="api_network_leave")
def leave_network(request, slug: str):
    user = writer_of(request)
    network = _network(slug)
    services.leave_network(user, network)
    return LeftOut(left=True, network=network.slug)


from .api_discussions import topics_router  # noqa: E402, F401  (discussions, on this router)
