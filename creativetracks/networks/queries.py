"""Reads about networks shared by other apps (messaging, social, feeds)."""

from .models import NetworkMembership


def network_ids_of(user) -> set[int]:
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(NetworkMembership.objects.filter(user=user).values_list("network_id", flat=True))


def share_a_network(first, second) -> bool:
    """Whether two members belong to at least one common network."""
    return NetworkMembership.objects.filter(
        user=second, network__memberships__user=first
    ).exists()
