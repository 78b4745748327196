"""The profiles app's part of a member's data export and erasure (accounts.personal_data)."""

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from creativetracks.accounts import personal_data
from creativetracks.core import search

from .indexing import PERSON
from .models import OrganisationMembership, PortfolioItem, Profile


def export(user) -> personal_data.Export:
    export = personal_data.collect(
        profile=Profile.objects.filter(user=user),
        portfolio=PortfolioItem.objects.filter(profile__user=user),
        organisation_memberships=OrganisationMembership.objects.filter(user=user),
    )
    profile = Profile.objects.filter(user=user).first()
    export.data["skills"] = sorted(profile.skills.names()) if profile else []
    return export


def erase(user) -> None:
    """The profile goes with the account (and its photos with it); its search document
    does not cascade, so it is removed here."""
    for profile_id in Profile.objects.filter(user=user).values_list("pk", flat=True):
        search.remove_document(PERSON, profile_id)


def obstacles(user) -> list[str]:
    """An organisation must keep an admin: its only admin hands over first."""
    names = (
        OrganisationMembership.objects.filter(user=user, role=OrganisationMembership.Role.ADMIN)
        .annotate(
            admins=Count(
                "organisation__memberships",
                filter=Q(organisation__memberships__role=OrganisationMembership.Role.ADMIN),
            )
        )
        .filter(admins=1)
        .values_list("organisation__name", flat=True)
    )
    return [
        _("You are the only admin of the organisation %(name)s: make another member admin first.")
        % {"name": name}
        for name in names
    ]


def register() -> None:
    personal_data.register_exporter("profiles", export)
    personal_data.register_eraser("profiles", erase)
    personal_data.register_erasure_check("profiles", obstacles)
