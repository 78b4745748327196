"""Pieces every app's router shares: references to people, form validation, limits."""

from django.forms import Form
from ninja import Schema

from .errors import ApiError


class PersonRef(Schema):
    handle: str
    display_name: str
    url: str


def person_ref(user) -> PersonRef | None:
    """A reference to a member (their profile loaded), or None for a closed account."""
    if user is None or not user.is_active:
        return None
    profile = user.profile
    return PersonRef(
        handle=profile.handle, display_name=profile.display_name, url=profile.get_absolute_url()
    )


class PersonName(Schema):
    """Someone the caller deals with (a connection, a participant): their name always,
    their handle and page only when the caller may open the profile."""

    display_name: str
    handle: str | None
    url: str | None


def person_name(viewer, user) -> PersonName:
    from creativetracks.profiles.permissions import can_view_profile

    profile = user.profile
    visible = can_view_profile(viewer, profile)
    return PersonName(
        display_name=profile.display_name,
        handle=profile.handle if visible else None,
        url=profile.get_absolute_url() if visible else None,
    )


def cleaned(form: Form) -> dict:
    """The form's cleaned data, or a 422 listing its errors field by field."""
    if not form.is_valid():
        fields = {name: [str(m) for m in errors] for name, errors in form.errors.items()}
        raise ApiError(422, fields=fields)
    return form.cleaned_data
