"""The API's "me": the signed-in member's account, their profile (to update) and their
event registrations."""

from ninja import Router, Schema

from creativetracks.api.auth import member_of, writer_of
from creativetracks.api.errors import responses
from creativetracks.api.pagination import DEFAULT_LIMIT, page_of, paginate
from creativetracks.events.api import RegistrationOut, registration_out
from creativetracks.events.models import Registration
from creativetracks.notifications.queries import unread_count
from creativetracks.profiles.api import ProfileOut, ProfilePatch, profile_out, update_my_profile
from creativetracks.profiles.queries import profile_for_page

router = Router()


class MeOut(Schema):
    email: str
    display_name: str
    time_zone: str
    language: str
    is_staff: bool
    unread_notifications: int
    profile: ProfileOut
    token_scope: str | None = None  # the scope of the token used, None in a session


def _my_profile(user):
    return profile_for_page(user.profile.handle)


@router.get("", response=responses({200: MeOut}), url_name="api_me")
def get_me(request):
    user = member_of(request)
    token = getattr(request, "api_token", None)
    return MeOut(
        email=user.email,
        display_name=user.display_name,
        time_zone=user.time_zone,
        language=user.language,
        is_staff=user.is_staff,
        unread_notifications=unread_count(user),
        profile=profile_out(_my_profile(user), user),
        token_scope=token.scope if token else None,
    )


@router.patch("/profile", response=responses({200: ProfileOut}), url_name="api_my_profile")
def update_profile(request, payload: ProfilePatch):
    """Change some fields of one's profile; each is checked as the profile forms check it."""
    user = writer_of(request)
    update_my_profile(user, payload)
    return profile_out(_my_profile(user), user)


@router.get(
    "/registrations",
    response=responses({200: page_of(RegistrationOut)}),
    url_name="api_my_registrations",
)
def list_my_registrations(request, cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """The member's active registrations (confirmed, waitlisted, pending, attended), newest first."""
    user = member_of(request)
    registrations = Registration.objects.filter(
        user=user, status__in=Registration.ACTIVE
    ).select_related("event")
    rows, next_cursor = paginate(registrations, cursor, limit, ("-created", "-id"))
    return {"items": [registration_out(r) for r in rows], "next_cursor": next_cursor}
