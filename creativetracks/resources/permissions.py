"""Who may do what in the resource library, as predicates."""

from creativetracks.core.permissions import is_partner_staff_or_staff, is_signed_in
from creativetracks.opportunities.permissions import represents_verified_organisation

from .models import Resource


def can_publish_resource(user) -> bool:
    """Partner staff, platform staff and people of verified organisations add resources."""
    return is_partner_staff_or_staff(user) or represents_verified_organisation(user)


def can_edit_resource(user, resource: Resource) -> bool:
    if not is_signed_in(user):
        return False
    return is_partner_staff_or_staff(user) or resource.created_by_id == user.pk


def can_take_part(user) -> bool:
    """Bookmark, vote and track progress: any signed-in member."""
    return is_signed_in(user)
