"""Reads about the social graph shared by other apps (messaging, networks, feeds)."""

from django.db.models import Q

from .models import Block, Connection


def ordered_pair(first_id: int, second_id: int) -> tuple[int, int]:
    return (first_id, second_id) if first_id < second_id else (second_id, first_id)


def are_connected(first, second) -> bool:
    low, high = ordered_pair(first.pk, second.pk)
    return Connection.objects.filter(user_low_id=low, user_high_id=high, status=Connection.Status.ACCEPTED).exists()


def is_blocked(first, second) -> bool:
    """Whether either member blocks the other (blocking works in both directions)."""
    return Block.objects.filter(
        Q(blocker=first, blocked=second) | Q(blocker=second, blocked=first)
    ).exists()


def blocked_user_ids(user) -> set[int]:
    """Everyone `user` blocks or is blocked by: hidden from each other everywhere."""
    if not getattr(user, "is_authenticated", False):
        return set()
    pairs = Block.objects.filter(Q(blocker=user) | Q(blocked=user)).values_list("blocker_id", "blocked_id")
    return {other for pair in pairs for other in pair if other != user.pk}
