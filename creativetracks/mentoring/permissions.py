"""Who may do what in mentoring, as predicates.

Organisers of a programme: platform staff, staff of the programme's partner, and
admins of its network. A pair's space is for the pair and the organisers; the pair's
private notes are for the pair alone."""

from creativetracks.core.permissions import (
    is_partner_staff,
    is_platform_staff,
    is_signed_in,
    partner_ids_of,
)
from creativetracks.networks.permissions import can_manage_network, is_verified

from .models import Pair, Programme


def admin_network_ids_of(user) -> frozenset[int]:
    if not is_signed_in(user):
        return frozenset()
    cached = getattr(user, "_admin_network_ids", None)
    if cached is None:
        from creativetracks.networks.models import NetworkMembership
        from creativetracks.networks.permissions import ADMIN_ROLES

        cached = frozenset(
            NetworkMembership.objects.filter(user=user, role__in=ADMIN_ROLES).values_list(
                "network_id", flat=True
            )
        )
        user._admin_network_ids = cached
    return cached


def can_create_programme(user) -> bool:
    """Partner staff, network admins and platform staff."""
    if is_platform_staff(user):
        return True
    return is_verified(user) and bool(is_partner_staff(user) or admin_network_ids_of(user))


def is_organiser(user, programme: Programme) -> bool:
    if not is_signed_in(user):
        return False
    if is_platform_staff(user):
        return True
    if programme.partner_id and programme.partner_id in partner_ids_of(user):
        return True
    return bool(programme.network_id) and can_manage_network(user, programme.network)


can_edit_programme = is_organiser
can_review_matches = is_organiser
can_publish_matches = is_organiser


def can_apply(user, programme: Programme) -> bool:
    """May try: the service explains a closed window or a second application."""
    return is_verified(user)


def is_in_pair(user, pair: Pair) -> bool:
    return is_signed_in(user) and user.pk in (pair.mentor.user_id, pair.mentee.user_id)


def can_see_space(user, pair: Pair) -> bool:
    """The pair once published; the organisers always."""
    if is_organiser(user, pair.cohort.programme):
        return True
    return pair.is_published and is_in_pair(user, pair)


def can_take_part(user, pair: Pair) -> bool:
    """Sessions, log, goals, feedback: the pair itself, once published."""
    return pair.is_published and is_in_pair(user, pair)


def can_read_private_notes(user, pair: Pair) -> bool:
    """Only the mentor and the mentee, never organisers or staff."""
    return can_take_part(user, pair)


def can_check_in(user, pair: Pair) -> bool:
    return pair.is_published and is_organiser(user, pair.cohort.programme)
