"""Who may do what as an ambassador, as predicates. An ambassador's regions are looked
up once per request and kept on the user object."""

from creativetracks.core.permissions import is_platform_staff, is_signed_in

from .models import ContactMessage, Region


def regions_of(user) -> list[Region]:
    """The regions the user is an active ambassador of."""
    if not is_signed_in(user):
        return []
    cached = getattr(user, "_ambassador_regions", None)
    if cached is None:
        cached = list(
            Region.objects.filter(ambassadors__user=user, ambassadors__active=True)
            .distinct()
            .order_by("position", "name")
        )
        user._ambassador_regions = cached
    return cached


def is_ambassador(user) -> bool:
    return bool(regions_of(user))


def can_see_dashboard(user, region: Region | None = None) -> bool:
    """Ambassadors see their own regions' dashboards; staff see every region's."""
    if is_platform_staff(user):
        return True
    regions = regions_of(user)
    return bool(regions) if region is None else any(r.pk == region.pk for r in regions)


def covers(user, country: str) -> bool:
    """Whether the user is an ambassador for the country (staff cover everywhere)."""
    if is_platform_staff(user):
        return True
    return bool(country) and any(country in region.countries for region in regions_of(user))


def can_verify(user, member) -> bool:
    profile = getattr(member, "profile", None)
    if profile is None or member.pk == getattr(user, "pk", None):
        return False
    return covers(user, str(profile.country or ""))


def can_read_message(user, message: ContactMessage) -> bool:
    if not is_signed_in(user):
        return False
    if is_platform_staff(user):
        return True
    return message.deliveries.filter(recipient=user).exists()
