"""Who may see the impact reports: platform staff, partner staff and funders (the
read-only `Funders` group). Everyone else is refused."""

from creativetracks.core.permissions import is_partner_staff, is_platform_staff, is_signed_in

FUNDERS = "Funders"


def is_funder(user) -> bool:
    if not is_signed_in(user):
        return False
    cached = getattr(user, "_is_funder", None)
    if cached is None:
        cached = user.groups.filter(name=FUNDERS).exists()
        user._is_funder = cached
    return cached


def can_see_reports(user) -> bool:
    return is_platform_staff(user) or is_partner_staff(user) or is_funder(user)


def can_download_export(user, export) -> bool:
    """A PDF export is the requester's (staff may open any)."""
    return can_see_reports(user) and (
        is_platform_staff(user) or export.requested_by_id == getattr(user, "pk", None)
    )
