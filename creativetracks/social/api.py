"""The API's connections, follows and blocks: the caller's own, changed through the social
services (who may connect with or follow whom, blocks, one request per pair); other
people's follower and following lists as their pages show them; and the caller's
activity feed, from the site's `feed_activities`."""

from django.db.models import Q
from django.http import Http404
from django.urls import NoReverseMatch
from ninja import Query, Router, Schema, Status

from creativetracks.api.auth import member_of, writer_of
from creativetracks.api.common import PersonName, PersonRef, cleaned, person_name, person_ref
from creativetracks.api.errors import ApiError, responses
from creativetracks.api.limits import limit_action
from creativetracks.api.pagination import DEFAULT_LIMIT, page_of, paginate
from creativetracks.networks.models import Network
from creativetracks.profiles.models import Organisation
from creativetracks.profiles.permissions import can_open_profile, can_view_profile

from . import permissions, queries, services
from .forms import ConnectionRequestForm
from .models import Block, Connection

router = Router()

WHICH = ("accepted", "received", "sent")


class ConnectionOut(Schema):
    id: int
    status: str  # pending or accepted
    direction: str  # received (they asked you) or sent (you asked)
    person: PersonName
    note: str  # the note of the request, for the two members only
    created: str
    responded: str | None


class ConnectionIn(Schema):
    handle: str
    note: str = ""


class ConnectionFilters(Schema):
    status: str = "accepted"  # accepted, received (requests to answer) or sent
    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


def _connection_out(user, connection: Connection) -> ConnectionOut:
    other = connection.user_high if connection.user_low_id == user.pk else connection.user_low
    return ConnectionOut(
        id=connection.pk,
        status=connection.status,
        direction="sent" if connection.requested_by_id == user.pk else "received",
        person=person_name(user, other),
        note=connection.note,
        created=connection.created.isoformat(),
        responded=connection.responded.isoformat() if connection.responded else None,
    )


def _mine(user, connection_id: int) -> Connection:
    connection = queries.connection_of(user, connection_id)
    if connection is None:
        raise Http404
    return connection


@router.get("/", response=responses({200: page_of(ConnectionOut)}), url_name="api_connections")
def list_connections(request, filters: Query[ConnectionFilters]):
    """My connections (`status=accepted`, the default), the requests I received
    (`received`) or those I sent (`sent`), newest first."""
    user = member_of(request)
    if filters.status not in WHICH:
        raise ApiError(422, fields={"status": [f"Choose one of: {', '.join(WHICH)}."]})
    rows = Connection.objects.filter(Q(user_low=user) | Q(user_high=user)).select_related(
        "user_low__profile", "user_high__profile"
    )
    if filters.status == "accepted":
        rows = rows.filter(status=Connection.Status.ACCEPTED)
    else:
        rows = rows.filter(status=Connection.Status.PENDING)
        rows = (
            rows.filter(requested_by=user)
            if filters.status == "sent"
            else rows.exclude(requested_by=user)
        )
    page, cursor = paginate(rows, filters.cursor, filters.limit, ("-created", "-id"))
    return {"items": [_connection_out(user, c) for c in page], "next_cursor": cursor}


@router.post("/", response=responses({201: ConnectionOut}), url_name="api_connections")
def request_connection(request, payload: ConnectionIn):
    """Ask a member to connect (by handle), with an optional note. If they had already
    asked you, this accepts their request."""
    user = writer_of(request)
    profile = _visible_profile(user, payload.handle.strip().lower()[:60])
    data = cleaned(ConnectionRequestForm({"note": payload.note}))
    limit_action(request, "connection_request")
    connection = services.request_connection(user, profile.user, data["note"])
    return Status(201, _connection_out(user, _mine(user, connection.pk)))


@router.post(
    "/{int:connection_id}/accept",
    response=responses({200: ConnectionOut}),
    url_name="api_connection_accept",
)
def accept_connection(request, connection_id: int):
    """Accept a request you received."""
    user = writer_of(request)
    connection = services.accept_connection(user, _mine(user, connection_id))
    return _connection_out(user, _mine(user, connection.pk))


@router.post(
    "/{int:connection_id}/decline",
    response=responses({204: None}),
    url_name="api_connection_decline",
)
def decline_connection(request, connection_id: int):
    """Decline a request you received (the member who asked is not told)."""
    user = writer_of(request)
    services.decline_connection(user, _mine(user, connection_id))
    return Status(204, None)


@router.delete("/{int:connection_id}", response=responses({204: None}), url_name="api_connection")
def remove_connection(request, connection_id: int):
    """Withdraw a request you sent, or end a connection."""
    user = writer_of(request)
    connection = _mine(user, connection_id)
    if connection.status == Connection.Status.PENDING:
        services.withdraw_connection(user, connection)
    else:
        services.remove_connection(user, connection)
    return Status(204, None)


# Follows and blocks ---------------------------------------------------------------------

follows_router = Router()
blocks_router = Router()


class FollowOut(Schema):
    id: int
    kind: str  # person, organisation or network
    name: str
    handle: str | None  # a person's (when the caller may open the profile)
    slug: str | None  # an organisation's or a network's
    url: str | None
    created: str


class FollowingOut(Schema):
    kind: str
    target: str  # the handle or slug
    following: bool


class BlockIn(Schema):
    handle: str


class BlockOut(Schema):
    id: int
    person: PersonName
    created: str


def _follow_out(user, follow) -> FollowOut:
    common = {"id": follow.pk, "created": follow.created.isoformat()}
    if follow.followed_user_id:
        person = person_name(user, follow.followed_user)
        return FollowOut(
            kind="person",
            name=person.display_name,
            handle=person.handle,
            slug=None,
            url=person.url,
            **common,
        )
    target = follow.followed_organisation or follow.followed_network
    kind = "organisation" if follow.followed_organisation_id else "network"
    return FollowOut(
        kind=kind, name=target.name, handle=None, slug=target.slug, url=_url_of(target), **common
    )


def _url_of(target) -> str | None:
    try:
        return target.get_absolute_url()
    except NoReverseMatch:
        return None


class FollowFilters(Schema):
    kind: str = ""  # person, organisation or network; all by default
    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


@follows_router.get("/", response=responses({200: page_of(FollowOut)}), url_name="api_follows")
def list_follows(request, filters: Query[FollowFilters]):
    """Whom and what I follow, latest first (as my "following" page lists them)."""
    user = member_of(request)
    follows = queries.following_of(user.profile, user).select_related(
        "followed_user__profile", "followed_organisation", "followed_network"
    )
    field = {
        "person": "followed_user",
        "organisation": "followed_organisation",
        "network": "followed_network",
    }.get(filters.kind)
    if field:
        follows = follows.filter(**{f"{field}__isnull": False})
    rows, next_cursor = paginate(follows, filters.cursor, filters.limit, ("-created", "-id"))
    return {"items": [_follow_out(user, f) for f in rows], "next_cursor": next_cursor}


def _visible_profile(user, handle: str, *, open_only: bool = True):
    """As the site's: a profile a moderator hid can't be followed or asked to connect,
    but can still be unfollowed and blocked."""
    profile = queries.profile_by_handle(handle[:80])
    allowed = can_open_profile if open_only else can_view_profile
    if profile is None or not allowed(user, profile):
        raise Http404
    return profile


@follows_router.post(
    "/people/{handle}", response=responses({200: FollowingOut}), url_name="api_follow_person"
)
def follow_person(request, handle: str):
    """Follow a member (again: no change); they are told the first time."""
    user = writer_of(request)
    profile = _visible_profile(user, handle)
    services.follow_member(user, profile.user)
    return FollowingOut(kind="person", target=profile.handle, following=True)


@follows_router.delete(
    "/people/{handle}", response=responses({200: FollowingOut}), url_name="api_follow_person"
)
def unfollow_person(request, handle: str):
    user = writer_of(request)
    profile = _visible_profile(user, handle, open_only=False)
    services.unfollow_member(user, profile.user)
    return FollowingOut(kind="person", target=profile.handle, following=False)


def _organisation(slug: str):
    organisation = Organisation.objects.filter(slug=slug[:80]).first()
    if organisation is None:
        raise Http404
    return organisation


def _network(slug: str):
    network = Network.objects.filter(slug=slug[:80]).first()
    if network is None:
        raise Http404
    return network


@follows_router.post(
    "/organisations/{slug}",
    response=responses({200: FollowingOut}),
    url_name="api_follow_organisation",
)
def follow_organisation(request, slug: str):
    user = writer_of(request)
    organisation = _organisation(slug)
    services.follow_organisation(user, organisation)
    return FollowingOut(kind="organisation", target=organisation.slug, following=True)


@follows_router.delete(
    "/organisations/{slug}",
    response=responses({200: FollowingOut}),
    url_name="api_follow_organisation",
)
def unfollow_organisation(request, slug: str):
    user = writer_of(request)
    organisation = _organisation(slug)
    services.unfollow_organisation(user, organisation)
    return FollowingOut(kind="organisation", target=organisation.slug, following=False)


@follows_router.post(
    "/networks/{slug}", response=responses({200: FollowingOut}), url_name="api_follow_network"
)
def follow_network(request, slug: str):
    """Follow a network (its address is enough, as on the site)."""
    user = writer_of(request)
    network = _network(slug)
    services.follow_network(user, network)
    return FollowingOut(kind="network", target=network.slug, following=True)


@follows_router.delete(
    "/networks/{slug}", response=responses({200: FollowingOut}), url_name="api_follow_network"
)
def unfollow_network(request, slug: str):
    user = writer_of(request)
    network = _network(slug)
    services.unfollow_network(user, network)
    return FollowingOut(kind="network", target=network.slug, following=False)


# Other people's follower and following lists (mounted under /profiles) ---------------

profile_follows_router = Router()


class FollowListFilters(Schema):
    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


def _follow_lists_of(user, handle: str):
    """The profile whose lists the caller may read, as the site's follower pages decide
    (a profile they may not see, or none: 404)."""
    profile = _visible_profile(user, handle)
    if not permissions.can_see_follow_lists(user, profile):
        raise Http404
    return profile


def _follower_out(user, follow) -> FollowOut:
    person = person_name(user, follow.follower)
    return FollowOut(
        id=follow.pk,
        kind="person",
        name=person.display_name,
        handle=person.handle,
        slug=None,
        url=person.url,
        created=follow.created.isoformat(),
    )


@profile_follows_router.get(
    "/{handle}/followers",
    response=responses({200: page_of(FollowOut)}),
    url_name="api_profile_followers",
)
def list_followers(request, handle: str, filters: Query[FollowListFilters]):
    """Who follows this person, latest first, as the profile's "Followers" page shows
    them: only profiles the caller may see, none across a block with the caller."""
    user = member_of(request)
    profile = _follow_lists_of(user, handle)
    follows = queries.followers_of(profile, user).select_related("follower__profile")
    rows, next_cursor = paginate(follows, filters.cursor, filters.limit, ("-created", "-id"))
    return {"items": [_follower_out(user, f) for f in rows], "next_cursor": next_cursor}


@profile_follows_router.get(
    "/{handle}/following",
    response=responses({200: page_of(FollowOut)}),
    url_name="api_profile_following",
)
def list_following(request, handle: str, filters: Query[FollowListFilters]):
    """Whom and what this person follows, latest first, as the profile's "Following" page
    shows them: people the caller may see (none across a block), organisations, and
    networks the caller may see listed."""
    user = member_of(request)
    profile = _follow_lists_of(user, handle)
    follows = queries.following_of(profile, user).select_related(
        "followed_user__profile", "followed_organisation", "followed_network"
    )
    rows, next_cursor = paginate(follows, filters.cursor, filters.limit, ("-created", "-id"))
    return {"items": [_follow_out(user, f) for f in rows], "next_cursor": next_cursor}


def _block_out(user, block) -> BlockOut:
    return BlockOut(
        id=block.pk, person=person_name(user, block.blocked), created=block.created.isoformat()
    )


@blocks_router.get("/", response=responses({200: page_of(BlockOut)}), url_name="api_blocks")
def list_blocks(request, cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """The members I blocked, latest first."""
    user = member_of(request)
    blocks = Block.objects.filter(blocker=user).select_related("blocked__profile")
    rows, next_cursor = paginate(blocks, cursor, limit, ("-created", "-id"))
    return {"items": [_block_out(user, b) for b in rows], "next_cursor": next_cursor}


@blocks_router.post("/", response=responses({200: BlockOut}), url_name="api_blocks")
def block_person(request, payload: BlockIn):
    """Block a member (`{"handle": "…"}`): neither of you can then message, connect with,
    follow or mention the other; connections and follows between you end."""
    user = writer_of(request)
    profile = _visible_profile(user, payload.handle, open_only=False)
    block = services.block_member(user, profile.user)
    block = Block.objects.select_related("blocked__profile").get(pk=block.pk)
    return _block_out(user, block)


@blocks_router.delete("/{int:block_id}", response=responses({204: None}), url_name="api_block")
def unblock(request, block_id: int):
    user = writer_of(request)
    block = Block.objects.filter(pk=block_id, blocker=user).first()
    if block is None:
        raise Http404
    services.unblock_member(user, block)
    return Status(204, None)


# The activity feed ------------------------------------------------------------------

feed_router = Router()


class ActivityPlace(Schema):
    slug: str
    name: str
    url: str


class ActivityOut(Schema):
    id: int
    actor: PersonRef | None
    verb: str  # posted_lab, posted_thread, joined_network… (social.activity.VERBS)
    sentence: str  # the verb in words, in the caller's language: "opened an Ideation Lab"
    text: str  # what it is about (a lab's title, a discussion's…)
    url: str  # where it is on the site
    network: ActivityPlace | None
    organisation: ActivityPlace | None
    created: str


def _place(thing) -> ActivityPlace | None:
    if thing is None:
        return None
    return ActivityPlace(slug=thing.slug, name=thing.name, url=thing.get_absolute_url())


def activity_out(activity) -> ActivityOut:
    return ActivityOut(
        id=activity.pk,
        actor=person_ref(activity.actor),
        verb=activity.verb,
        sentence=activity.sentence,
        text=activity.text,
        url=activity.url,
        network=_place(activity.network),
        organisation=_place(activity.organisation),
        created=activity.created.isoformat(),
    )


@feed_router.get("", response=responses({200: page_of(ActivityOut)}), url_name="api_feed")
def my_feed(request, cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """My activity feed, newest first, as the site's "What's new": what the people,
    organisations and networks I follow do, my networks' news and platform-wide news;
    never my own, a blocked member's, or from a profile I may not see."""
    user = member_of(request)
    activities = queries.feed_activities(user).select_related(
        "actor__profile", "network", "organisation"
    )
    rows, next_cursor = paginate(activities, cursor, limit, ("-created", "-id"))
    return {"items": [activity_out(a) for a in rows], "next_cursor": next_cursor}
