"""Who may moderate what, as predicates.

Platform staff and the `Moderators` group moderate everything; owners and admins of a
network moderate reports about content inside their network (its discussions, its
labs and events), short of suspending or banning accounts, which is platform-wide."""

from creativetracks.core.permissions import MODERATORS_GROUP, is_moderator, is_signed_in

__all__ = ["MODERATORS_GROUP", "is_moderator"]


def moderated_network_ids(user) -> frozenset[int]:
    """The networks whose reports this member handles as their owner or admin."""
    if not is_signed_in(user):
        return frozenset()
    cached = getattr(user, "_moderated_network_ids", None)
    if cached is None:
        from creativetracks.networks.models import NetworkMembership
        from creativetracks.networks.permissions import ADMIN_ROLES

        cached = frozenset(
            NetworkMembership.objects.filter(user=user, role__in=ADMIN_ROLES).values_list(
                "network_id", flat=True
            )
        )
        user._moderated_network_ids = cached
    return cached


def can_use_queue(user) -> bool:
    return is_moderator(user) or bool(moderated_network_ids(user))


def can_handle_report(user, report) -> bool:
    return is_moderator(user) or (
        report.network_id is not None and report.network_id in moderated_network_ids(user)
    )


def can_sanction(user) -> bool:
    """Suspending and banning reach the whole platform: moderators only."""
    return is_moderator(user)


def can_view_audit_log(user) -> bool:
    return is_moderator(user)


def can_review_held(user) -> bool:
    return is_moderator(user)
