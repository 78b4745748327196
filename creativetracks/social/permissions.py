"""Who may follow, connect with, block and mention whom."""

from creativetracks.profiles.models import Profile
from creativetracks.profiles.permissions import can_view_profile

from .queries import is_blocked


def _signed_in(user) -> bool:
    return getattr(user, "is_authenticated", False)


def can_reach(user, other) -> bool:
    """Whether `user` may address `other` at all: both active, not the same person, and
    no block between them in either direction."""
    return (
        _signed_in(user) and user.pk != other.pk and other.is_active and not is_blocked(user, other)
    )


def can_follow_member(user, profile: Profile) -> bool:
    return can_view_profile(user, profile) and can_reach(user, profile.user)


def can_connect(user, profile: Profile) -> bool:
    return can_view_profile(user, profile) and can_reach(user, profile.user)


def can_mention(author, other) -> bool:
    """Whether an `@handle` of `other` written by `author` reaches them."""
    return can_reach(author, other) and can_view_profile(author, other.profile)


def can_see_follow_lists(viewer, profile: Profile) -> bool:
    """Follower and following lists are for signed-in members who may see the profile."""
    return _signed_in(viewer) and can_view_profile(viewer, profile)


def can_follow(user) -> bool:
    """Any signed-in member may follow an organisation or a network (a network's page is
    open to anyone with its link, unlisted or not)."""
    return _signed_in(user)
