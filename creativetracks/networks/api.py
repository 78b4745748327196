"""The API's networks: listed as on /networks/ (public ones, plus unlisted ones for their
members), a network by its address, its members as the site shows them, join and leave."""

from django.db.models import Count
from django.http import Http404
from ninja import Query, Router, Schema, Status

from creativetracks.api.auth import member_of, viewer_of, writer_of
from creativetracks.api.common import PersonRef, cleaned, person_ref
from creativetracks.api.errors import ApiError, responses
from creativetracks.api.limits import limit_action
from creativetracks.api.pagination import DEFAULT_LIMIT, MAX_LIMIT, page_of, paginate
from creativetracks.core.search import terms_of

from . import permissions, queries, services
from .forms import JoinForm, ReplyForm, ThreadForm
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


def _limit(limit: int) -> int:
    return min(max(limit, 1), MAX_LIMIT)


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
    rows, cursor = paginate(networks, filters.cursor, _limit(filters.limit), ("id",))
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
    rows, next_cursor = paginate(memberships, cursor, _limit(limit), ("joined", "id"))
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


# Discussions ------------------------------------------------------------------------


class ThreadOut(Schema):
    id: int
    title: str
    author: PersonRef | None
    pinned: bool
    locked: bool
    reply_count: int
    created: str
    last_activity: str
    url: str


class ThreadDetailOut(ThreadOut):
    body: str
    can_reply: bool


class ReplyOut(Schema):
    id: int
    author: PersonRef | None
    body: str
    created: str
    edited: str | None


class ThreadIn(Schema):
    title: str
    body: str


class ReplyIn(Schema):
    body: str


def thread_out(thread, cls=ThreadOut, **extra) -> ThreadOut:
    return cls(
        id=thread.pk,
        title=thread.title,
        author=person_ref(thread.author),
        pinned=thread.pinned,
        locked=thread.locked,
        reply_count=thread.reply_count,
        created=thread.created.isoformat(),
        last_activity=thread.last_activity.isoformat(),
        url=thread.get_absolute_url(),
        **extra,
    )


def reply_out(reply) -> ReplyOut:
    return ReplyOut(
        id=reply.pk,
        author=person_ref(reply.author),
        body=reply.body,
        created=reply.created.isoformat(),
        edited=reply.edited.isoformat() if reply.edited else None,
    )


def _readable(request, slug: str):
    """The network if the caller may read its discussions (as on the site: signed-in
    members of it, or anyone signed in for a public network)."""
    user = member_of(request)
    network = _network(slug)
    if not permissions.can_read_network_threads(user, network):
        raise ApiError(403, "Only the network's members read its discussions.")
    return user, network


def _thread(request, slug: str, thread_id: int):
    user, network = _readable(request, slug)
    thread = queries.thread_for_page(thread_id)
    if thread is None or thread.network_id != network.pk or queries.is_hidden_from(user, thread):
        raise Http404
    return user, thread


@router.get(
    "/{slug}/threads", response=responses({200: page_of(ThreadOut)}), url_name="api_network_threads"
)
def list_threads(request, slug: str, cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """The network's discussions, pinned first, then by latest activity (those of
    members on either side of a block with the caller left out)."""
    user, network = _readable(request, slug)
    threads = queries.visible_threads(user, network).select_related("author__profile")
    rows, next_cursor = paginate(
        threads, cursor, _limit(limit), ("-pinned", "-last_activity", "-id")
    )
    return {"items": [thread_out(t) for t in rows], "next_cursor": next_cursor}


@router.post(
    "/{slug}/threads", response=responses({201: ThreadDetailOut}), url_name="api_network_threads"
)
def start_thread(request, slug: str, payload: ThreadIn):
    """Start a discussion (members of the network with a confirmed address)."""
    user = writer_of(request)
    network = _network(slug)
    data = cleaned(ThreadForm({"title": payload.title, "body": payload.body}))
    limit_action(request, "post")
    thread = services.start_thread(user, title=data["title"], body=data["body"], network=network)
    thread.author = user
    return Status(201, thread_out(thread, ThreadDetailOut, body=thread.body, can_reply=True))


@router.get(
    "/{slug}/threads/{int:thread_id}",
    response=responses({200: ThreadDetailOut}),
    url_name="api_network_thread",
)
def get_thread(request, slug: str, thread_id: int):
    user, thread = _thread(request, slug, thread_id)
    return thread_out(
        thread,
        ThreadDetailOut,
        body=thread.body,
        can_reply=permissions.can_reply(user, thread) and not thread.locked,
    )


@router.get(
    "/{slug}/threads/{int:thread_id}/replies",
    response=responses({200: page_of(ReplyOut)}),
    url_name="api_network_thread_replies",
)
def list_replies(
    request, slug: str, thread_id: int, cursor: str | None = None, limit: int = DEFAULT_LIMIT
):
    """Replies oldest first (blocked members' left out)."""
    user, thread = _thread(request, slug, thread_id)
    replies = queries.visible_replies(user, thread).select_related("author__profile")
    rows, next_cursor = paginate(replies, cursor, _limit(limit), ("created", "id"))
    return {"items": [reply_out(r) for r in rows], "next_cursor": next_cursor}


@router.post(
    "/{slug}/threads/{int:thread_id}/replies",
    response=responses({201: ReplyOut}),
    url_name="api_network_thread_replies",
)
def post_reply(request, slug: str, thread_id: int, payload: ReplyIn):
    """Reply (members of the network; a locked discussion answers 409)."""
    writer_of(request)
    user, thread = _thread(request, slug, thread_id)
    data = cleaned(ReplyForm({"body": payload.body}))
    limit_action(request, "post")
    reply = services.post_reply(user, thread, data["body"])
    reply.author = user
    return Status(201, reply_out(reply))
