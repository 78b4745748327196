"""Every write of the ambassadors app: routing contact messages, verifying members,
featuring regional content."""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from creativetracks.core import audit
from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.notifications.services import notify

from . import permissions, queries
from .models import Ambassador, ContactDelivery, ContactMessage, Feature, Region, Verification


def recipients_for(country: str) -> tuple[list, bool]:
    """The active ambassadors of every region holding the country; platform staff when
    there are none. Returns (users, routed_to_staff)."""
    regions = [r.pk for r in queries.regions_for_country(country)] if country else []
    users = list(
        get_user_model()
        .objects.filter(
            is_active=True,
            ambassadorships__region__in=regions,
            ambassadorships__active=True,
        )
        .distinct()
        .order_by("pk")
    )
    if users:
        return users, False
    staff = list(get_user_model().objects.filter(is_active=True, is_staff=True).order_by("pk"))
    return staff, True


@transaction.atomic
def contact_ambassadors(
    sender, *, name: str, email: str, country: str, body: str
) -> ContactMessage:
    """Route a message to the ambassadors of `country` (fallback: staff), delivered in
    the app and by email (the notification kind `ambassador_contact` defaults to email)."""
    recipients, to_staff = recipients_for(country)
    if not recipients:
        raise DomainError(_("Nobody can receive messages right now. Please try again later."))
    if sender is not None and getattr(sender, "is_authenticated", False):
        email = sender.email
    else:
        sender = None
    message = ContactMessage.objects.create(
        sender=sender, name=name, email=email, country=country, body=body, routed_to_staff=to_staff
    )
    ContactDelivery.objects.bulk_create(
        ContactDelivery(message=message, recipient=user) for user in recipients
    )
    text = _("%(name)s wrote to the ambassadors: “%(start)s”") % {
        "name": name,
        "start": body[:80] + ("…" if len(body) > 80 else ""),
    }
    for user in recipients:
        notify(user, "ambassador_contact", text=text, url=message.get_absolute_url(), actor=sender)
    return message


@transaction.atomic
def verify_member(user, member) -> Verification:
    """Give a member of the ambassador's region the verified badge (once)."""
    if not permissions.can_verify(user, member):
        raise NotAllowed(_("You can verify members of your own region only."))
    region = next(
        (r for r in permissions.regions_of(user) if str(member.profile.country) in r.countries),
        None,
    )
    verification, created = Verification.objects.get_or_create(
        user=member, defaults={"verified_by": user, "region": region}
    )
    if created:
        audit.record(user, "member.verify", target=member)
        notify(
            member,
            "member_verified",
            text=_("Your profile is verified by your Creative Tracks ambassador."),
            url=member.profile.get_absolute_url(),
            actor=user,
        )
    return verification


@transaction.atomic
def withdraw_verification(user, member) -> None:
    """Take a member's badge back (an ambassador of their region, or staff)."""
    if not permissions.can_verify(user, member):
        raise NotAllowed(_("You can change verifications of your own region only."))
    if Verification.objects.filter(user=member).delete()[0]:
        audit.record(user, "member.unverify", target=member)


@transaction.atomic
def feature_content(user, region: Region, *, opportunity=None, resource=None) -> Feature:
    if not permissions.can_see_dashboard(user, region):
        raise NotAllowed(_("You can feature content in your own region only."))
    if (opportunity is None) == (resource is None):
        raise DomainError(_("Choose one opportunity or one resource to feature."))
    try:
        with transaction.atomic():
            return Feature.objects.create(
                region=region, opportunity=opportunity, resource=resource, featured_by=user
            )
    except IntegrityError:
        raise DomainError(_("This is already featured in the region.")) from None


@transaction.atomic
def remove_feature(user, feature: Feature) -> None:
    if not permissions.can_see_dashboard(user, feature.region):
        raise NotAllowed(_("You can change your own region's featured content only."))
    feature.delete()


def appoint_ambassador(user, region: Region, message: str = "") -> Ambassador:
    """Used by the demo seed and the admin: make a member an ambassador of a region."""
    ambassador, _created = Ambassador.objects.update_or_create(
        user=user, region=region, defaults={"active": True, "message": message}
    )
    return ambassador
