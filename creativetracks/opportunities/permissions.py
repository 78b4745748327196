"""Who may do what with opportunities, as predicates."""

from creativetracks.core.permissions import is_partner_staff_or_staff, is_signed_in
from creativetracks.networks.permissions import is_verified

from .models import Opportunity


def represents_verified_organisation(user) -> bool:
    if not is_signed_in(user):
        return False
    cached = getattr(user, "_verified_organisation", None)
    if cached is None:
        from creativetracks.profiles.models import OrganisationMembership

        cached = OrganisationMembership.objects.filter(
            user=user, organisation__verified=True
        ).exists()
        user._verified_organisation = cached
    return cached


def can_publish_directly(user) -> bool:
    """Partner staff, platform staff and people of verified organisations skip review."""
    return is_partner_staff_or_staff(user) or represents_verified_organisation(user)


def can_submit_opportunity(user) -> bool:
    """Any member with a confirmed address may submit (members' go through review)."""
    return is_verified(user)


def can_review(user) -> bool:
    return is_partner_staff_or_staff(user)


def can_edit_opportunity(user, opportunity: Opportunity) -> bool:
    if not is_signed_in(user):
        return False
    return can_review(user) or opportunity.created_by_id == user.pk


def can_save(user) -> bool:
    return is_signed_in(user)
