from django.contrib.auth.models import AnonymousUser

from creativetracks.core.withholding import is_withheld_from, sees_withheld

from .models import ContactVisibility, Organisation, OrganisationMembership, Profile, Visibility

Viewer = AnonymousUser | object  # a User or AnonymousUser


def visible_levels(viewer) -> list[str]:
    """The profile visibility levels a viewer may see in listings."""
    if getattr(viewer, "is_authenticated", False):
        return [Visibility.PUBLIC, Visibility.MEMBERS]
    return [Visibility.PUBLIC]


def can_view_profile(viewer, profile: Profile) -> bool:
    if getattr(viewer, "is_authenticated", False) and (
        viewer.pk == profile.user_id or viewer.is_staff
    ):
        return True
    return profile.visibility in visible_levels(viewer)


def can_open_profile(viewer, profile: Profile) -> bool:
    """The profile page itself: as `can_view_profile`, and a profile a moderator hid is
    gone for everyone but its owner and staff. Free when the profile comes from
    `queries.profile_for_page` (annotated); one query otherwise."""
    if not can_view_profile(viewer, profile):
        return False
    if getattr(viewer, "is_authenticated", False) and (
        viewer.pk == profile.user_id or viewer.is_staff
    ):
        return True
    withheld = getattr(profile, "withheld", None)
    if withheld:  # annotated: hidden for someone, so ask whether the viewer moderates
        return sees_withheld(viewer)
    return withheld is not None or not is_withheld_from(viewer, profile)


def can_see_contact(viewer, profile: Profile) -> bool:
    if getattr(viewer, "is_authenticated", False) and viewer.pk == profile.user_id:
        return True
    if profile.contact_visibility == ContactVisibility.PUBLIC:
        return can_view_profile(viewer, profile)
    if profile.contact_visibility == ContactVisibility.MEMBERS:
        return getattr(viewer, "is_authenticated", False) and can_view_profile(viewer, profile)
    return False


def can_edit_profile(user, profile: Profile) -> bool:
    return getattr(user, "is_authenticated", False) and user.pk == profile.user_id


def can_create_organisation(user) -> bool:
    return getattr(user, "is_authenticated", False)


def can_edit_organisation(user, organisation: Organisation) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_staff:
        return True
    return OrganisationMembership.objects.filter(
        organisation=organisation, user=user, role=OrganisationMembership.Role.ADMIN
    ).exists()


def can_verify_organisation(user) -> bool:
    return getattr(user, "is_authenticated", False) and user.is_staff
