"""Who may do what with events, as predicates.

Organisers are the staff of the organising partner, the admins of the organising
organisation or network, and platform staff. Answers about one event are kept on
the event object, so a page asking many times costs one query."""

from creativetracks.core.permissions import is_platform_staff, is_signed_in, partner_ids_of
from creativetracks.networks.permissions import can_manage_network, is_verified
from creativetracks.profiles.models import OrganisationMembership

from .models import Event, Registration


def admin_organisation_ids_of(user) -> frozenset[int]:
    if not is_signed_in(user):
        return frozenset()
    cached = getattr(user, "_admin_organisation_ids", None)
    if cached is None:
        cached = frozenset(
            OrganisationMembership.objects.filter(
                user=user, role=OrganisationMembership.Role.ADMIN
            ).values_list("organisation_id", flat=True)
        )
        user._admin_organisation_ids = cached
    return cached


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


def can_create_event(user) -> bool:
    """Partner staff, organisation admins, network admins and platform staff."""
    if not is_verified(user):
        return is_platform_staff(user)
    return bool(
        is_platform_staff(user)
        or partner_ids_of(user)
        or admin_organisation_ids_of(user)
        or admin_network_ids_of(user)
    )


def is_organiser(user, event: Event) -> bool:
    if not is_signed_in(user):
        return False
    if is_platform_staff(user):
        return True
    if event.organiser_partner_id:
        return event.organiser_partner_id in partner_ids_of(user)
    if event.organiser_organisation_id:
        return event.organiser_organisation_id in admin_organisation_ids_of(user)
    if event.organiser_network_id:
        return can_manage_network(user, event.organiser_network)
    return False


can_edit_event = is_organiser
can_manage_registrations = is_organiser
can_check_in = is_organiser


def can_register(user, event: Event) -> bool:
    """May try: the service then explains a closed window or a full event."""
    return is_verified(user) and not event.is_past


def can_see_online_link(user, event: Event, registration: Registration | None) -> bool:
    if is_organiser(user, event):
        return True
    return registration is not None and registration.holds_a_place
