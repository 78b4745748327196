from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from creativetracks.accounts import services as account_services
from creativetracks.core.models import Partner
from creativetracks.profiles import services as profile_services
from creativetracks.profiles.models import Organisation, OrganisationMembership

from . import data


@transaction.atomic
def seed_consortium() -> list[Partner]:
    partners = []
    for position, fields in enumerate(data.PARTNERS):
        values = {key: value for key, value in fields.items() if key != "slug"}
        partner, _ = Partner.objects.update_or_create(
            slug=fields["slug"], defaults={**values, "position": position}
        )
        partners.append(partner)
    return partners


@transaction.atomic
def seed_demo_accounts() -> list[dict]:
    """Create the per-role accounts once; a second run leaves them untouched."""
    User = get_user_model()
    for account in data.DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            email=account["email"],
            defaults={"display_name": account["name"], "is_staff": account.get("staff", False)},
        )
        if created:
            user.set_password(data.DEMO_PASSWORD)
            user.save(update_fields=["password"])
            # The demo's people signed up through the form, which records their consent;
            # without it every demo sign-in would start at the terms page.
            account_services.accept_terms(user)
            if account.get("profile"):
                profile_services.update_profile(user, user.profile, "basics", account["profile"])
                for section in ("work", "exchange", "privacy"):
                    profile_services.update_profile(
                        user,
                        user.profile,
                        section,
                        {**account["profile"], "skills": account.get("skills", [])},
                    )
        EmailAddress.objects.get_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )
        if account.get("group"):
            group, _ = Group.objects.get_or_create(name=account["group"])
            user.groups.add(group)
        if account.get("partner"):
            Partner.objects.get(slug=account["partner"]).staff.add(user)
    return data.DEMO_ACCOUNTS


@transaction.atomic
def attach_demo_roles() -> None:
    """Give the organisation admin and partner staff accounts their organisations."""
    User = get_user_model()
    for account in data.DEMO_ACCOUNTS:
        user = User.objects.get(email=account["email"])
        organisation = None
        if account.get("organisation_admin"):
            organisation = Organisation.objects.filter(partner__isnull=True).order_by("pk").first()
        elif account.get("partner"):
            organisation = Organisation.objects.filter(partner__slug=account["partner"]).first()
        if organisation is None:
            continue
        role = (
            OrganisationMembership.Role.ADMIN
            if account.get("organisation_admin")
            else OrganisationMembership.Role.STAFF
        )
        OrganisationMembership.objects.get_or_create(
            organisation=organisation, user=user, defaults={"role": role}
        )
        profile_services.index_profile(user.profile)
