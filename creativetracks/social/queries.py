"""Reads about the social graph shared by other apps (messaging, networks, feeds).

Every list goes through the viewer's profile visibility and blocks, so a profile
someone may not see, or someone on the other side of a block, never shows up."""

import re
from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import Q, QuerySet

from creativetracks.core.pagination import OpenPage, open_page
from creativetracks.core.withholding import without_withheld_targets
from creativetracks.networks.models import Network, NetworkMembership
from creativetracks.profiles.models import Profile
from creativetracks.profiles.permissions import can_view_profile, visible_levels

from .models import Activity, Block, Connection, Follow

FEED_PAGE_SIZE = 20
LIST_PAGE_SIZE = 30
MENTION = re.compile(r"(?<![\w@/])@([a-z0-9][a-z0-9_-]{0,59})", re.IGNORECASE)
MAX_MENTIONS = 20


def ordered_pair(first_id: int, second_id: int) -> tuple[int, int]:
    return (first_id, second_id) if first_id < second_id else (second_id, first_id)


def are_connected(first, second) -> bool:
    low, high = ordered_pair(first.pk, second.pk)
    return Connection.objects.filter(
        user_low_id=low, user_high_id=high, status=Connection.Status.ACCEPTED
    ).exists()


def is_blocked(first, second) -> bool:
    """Whether either member blocks the other (blocking works in both directions)."""
    return Block.objects.filter(
        Q(blocker=first, blocked=second) | Q(blocker=second, blocked=first)
    ).exists()


def blocked_user_ids(user) -> set[int]:
    """Everyone `user` blocks or is blocked by: hidden from each other everywhere."""
    if not getattr(user, "is_authenticated", False):
        return set()
    pairs = Block.objects.filter(Q(blocker=user) | Q(blocked=user)).values_list(
        "blocker_id", "blocked_id"
    )
    return {other for pair in pairs for other in pair if other != user.pk}


def without_blocked(queryset: QuerySet, viewer, field: str) -> QuerySet:
    """`queryset` without rows whose `field` (a user) is on either side of a block with
    `viewer`, as subqueries (no extra query)."""
    if not getattr(viewer, "is_authenticated", False):
        return queryset
    return queryset.exclude(
        **{f"{field}__in": Block.objects.filter(blocker=viewer).values("blocked")}
    ).exclude(**{f"{field}__in": Block.objects.filter(blocked=viewer).values("blocker")})


def profile_by_handle(handle: str) -> Profile | None:
    return Profile.objects.select_related("user").filter(handle=handle).first()


def connection_of(user, connection_id: int) -> Connection | None:
    """One of `user`'s connections or requests (with both profiles), or None."""
    return (
        Connection.objects.select_related("user_low__profile", "user_high__profile")
        .filter(Q(user_low=user) | Q(user_high=user), pk=connection_id)
        .first()
    )


def connection_between(first, second) -> Connection | None:
    low, high = ordered_pair(first.pk, second.pk)
    return Connection.objects.filter(user_low_id=low, user_high_id=high).first()


def connected_user_ids(user) -> QuerySet:
    """The ids of `user`'s connections, as a subquery."""
    accepted = Connection.objects.filter(status=Connection.Status.ACCEPTED)
    return (
        accepted.filter(user_low=user)
        .values_list("user_high_id", flat=True)
        .union(accepted.filter(user_high=user).values_list("user_low_id", flat=True))
    )


@dataclass
class Relationship:
    """What the profile buttons need to know about `viewer` and the profile's owner."""

    is_self: bool
    followers: int
    following_count: int
    following: bool = False
    connection: Connection | None = None
    blocking: Block | None = None
    blocked_by: bool = False
    request_received: bool = False

    @property
    def connected(self) -> bool:
        return bool(self.connection and self.connection.status == Connection.Status.ACCEPTED)

    @property
    def request_sent(self) -> bool:
        pending = self.connection and self.connection.status == Connection.Status.PENDING
        return bool(pending and not self.request_received)


def relationship(viewer, profile: Profile) -> Relationship:
    """Follow, connection and block state between `viewer` and a profile's owner."""
    owner = profile.user_id
    counts = {
        "followers": followers_of(profile, viewer).count(),
        "following_count": following_of(profile, viewer).count(),
    }
    if not getattr(viewer, "is_authenticated", False) or viewer.pk == owner:
        return Relationship(is_self=getattr(viewer, "pk", None) == owner, **counts)
    blocks = list(
        Block.objects.filter(
            Q(blocker=viewer, blocked_id=owner) | Q(blocker_id=owner, blocked=viewer)
        )
    )
    low, high = ordered_pair(viewer.pk, owner)
    connection = Connection.objects.filter(user_low_id=low, user_high_id=high).first()
    return Relationship(
        is_self=False,
        following=Follow.objects.filter(follower=viewer, followed_user_id=owner).exists(),
        connection=connection,
        blocking=next((b for b in blocks if b.blocker_id == viewer.pk), None),
        blocked_by=any(b.blocker_id == owner for b in blocks),
        request_received=bool(
            connection
            and connection.status == Connection.Status.PENDING
            and connection.requested_by_id == owner
        ),
        **counts,
    )


def _page(queryset: QuerySet, page, per_page: int) -> Page:
    return Paginator(queryset, per_page).get_page(page)


def followers_of(profile: Profile, viewer) -> QuerySet[Follow]:
    """Who follows a person, as `viewer` may see them."""
    follows = Follow.objects.filter(
        followed_user_id=profile.user_id,
        follower__is_active=True,
        follower__profile__visibility__in=visible_levels(viewer),
    )
    return without_blocked(follows, viewer, "follower")


def followers_page(profile: Profile, viewer, page=1) -> Page:
    follows = followers_of(profile, viewer).select_related("follower__profile")
    return _page(follows.order_by("-created", "-pk"), page, LIST_PAGE_SIZE)


def following_of(profile: Profile, viewer) -> QuerySet[Follow]:
    """People, organisations and networks a person follows, as `viewer` may see them."""
    my_networks = NetworkMembership.objects.filter(user_id=getattr(viewer, "pk", None))
    visible_networks = Network.objects.filter(
        Q(listing=Network.Listing.PUBLIC) | Q(pk__in=my_networks.values("network"))
    )
    follows = Follow.objects.filter(follower_id=profile.user_id).filter(
        Q(
            followed_user__is_active=True,
            followed_user__profile__visibility__in=visible_levels(viewer),
        )
        | Q(followed_organisation__isnull=False)
        | Q(followed_network__in=visible_networks.values("pk"))
    )
    return without_blocked(follows, viewer, "followed_user")


def following_page(profile: Profile, viewer, page=1) -> Page:
    follows = following_of(profile, viewer).select_related(
        "followed_user__profile", "followed_organisation", "followed_network"
    )
    return _page(follows.order_by("-created", "-pk"), page, LIST_PAGE_SIZE)


@dataclass
class Connections:
    received: list[Connection]
    sent: list[Connection]
    accepted: Page


def connections_for(user, page=1) -> Connections:
    """A member's own connections and requests (each row carries `other`, the other person)."""
    rows = Connection.objects.filter(Q(user_low=user) | Q(user_high=user)).select_related(
        "user_low__profile", "user_high__profile"
    )
    pending = list(rows.filter(status=Connection.Status.PENDING).order_by("-created", "-pk"))
    accepted = _page(
        rows.filter(status=Connection.Status.ACCEPTED).order_by("-responded", "-pk"),
        page,
        LIST_PAGE_SIZE,
    )
    for connection in [*pending, *accepted.object_list]:
        connection.other = (
            connection.user_high if connection.user_low_id == user.pk else connection.user_low
        )
        connection.other_visible = can_view_profile(user, connection.other.profile)
    return Connections(
        received=[c for c in pending if c.requested_by_id != user.pk],
        sent=[c for c in pending if c.requested_by_id == user.pk],
        accepted=accepted,
    )


def pending_request_count(user) -> int:
    return (
        Connection.objects.filter(Q(user_low=user) | Q(user_high=user))
        .filter(status=Connection.Status.PENDING)
        .exclude(requested_by=user)
        .count()
    )


def blocks_made_by(user) -> list[Block]:
    return list(
        Block.objects.filter(blocker=user).select_related("blocked__profile").order_by("-created")
    )


def feed_activities(user) -> QuerySet[Activity]:
    """Activities `user` may see: from what they follow and their networks (and
    platform-wide news such as new members), never from a blocked member or a profile
    they may not see, nor their own."""
    follows = Follow.objects.filter(follower=user)
    my_networks = NetworkMembership.objects.filter(user=user).values("network")
    followed = (
        Q(actor__in=follows.filter(followed_user__isnull=False).values("followed_user"))
        | Q(
            organisation__in=follows.filter(followed_organisation__isnull=False).values(
                "followed_organisation"
            )
        )
        | Q(network__in=follows.filter(followed_network__isnull=False).values("followed_network"))
        | Q(network__in=my_networks)
    )
    activities = (
        Activity.objects.filter(
            Q(audience=Activity.Audience.MEMBERS)
            | (Q(audience=Activity.Audience.FOLLOWERS) & followed)
            | Q(audience=Activity.Audience.NETWORK, network__in=my_networks)
        )
        .filter(actor__is_active=True, actor__profile__visibility__in=visible_levels(user))
        .exclude(actor=user)
    )
    activities = without_withheld_targets(activities, "target_type", "target_id")
    return without_blocked(activities, user, "actor")


def feed_for(user, page=1) -> OpenPage:
    """One page of `user`'s activity feed, newest first: one query whatever its length
    (never counted: a feed reaching every member would cost a count of all of them)."""
    activities = feed_activities(user).select_related("actor__profile", "network", "organisation")
    return open_page(activities.order_by("-created", "-pk"), page, FEED_PAGE_SIZE)


def mentioned_members(author, text: str) -> list:
    """The members an `@handle` in `text` may reach: active, visible to the author, and
    on neither side of a block with them (the author excluded). Two queries."""
    handles = list(dict.fromkeys(h.lower() for h in MENTION.findall(text or "")))[:MAX_MENTIONS]
    if not handles:
        return []
    profiles = Profile.objects.select_related("user").filter(
        handle__in=handles, user__is_active=True
    )
    blocked = blocked_user_ids(author)
    return [
        p.user
        for p in profiles
        if p.user_id != author.pk and p.user_id not in blocked and can_view_profile(author, p)
    ]
