"""Invitations by email: single-use tokens that expire, accepted before or after sign-up."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.notifications.services import notify

from .. import permissions
from ..models import Invitation, Network, NetworkMembership

INVITATION_DAYS = 14
# Where a visitor's invitation waits while they sign up or sign in.
SESSION_KEY = "networks:invitation"
MAX_TOKEN_LENGTH = 100


class InvitationUnusable(DomainError):
    """Used already, or expired: the link is gone for good."""

    status = 410


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_path(token: str) -> str:
    return reverse("network_invitation", args=[token])


def invitation_by_token(token: str) -> Invitation | None:
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    return (
        Invitation.objects.select_related("network", "invited_by__profile")
        .filter(token_hash=hash_token(token))
        .first()
    )


def check_usable(invitation: Invitation) -> None:
    if invitation.accepted:
        raise InvitationUnusable(_("This invitation was already used."))
    if invitation.is_expired:
        raise InvitationUnusable(
            _("This invitation expired on %(date)s. Ask the network's admins for a new one.")
            % {"date": date_format(timezone.localtime(invitation.expires), "DATE_FORMAT")}
        )


def send_invitations(invitations: list[Invitation], inviter, note: str = "") -> None:
    """Give each invitation a fresh token and email it; members with an account hear in-app too."""
    if not invitations:
        return
    now = timezone.now()
    site = settings.SITE_URL.rstrip("/")
    inviter_name = inviter.profile.display_name if inviter else _("The network's admins")
    messages = []
    links = {}
    for invitation in invitations:
        token = secrets.token_urlsafe(32)
        invitation.token_hash = hash_token(token)
        invitation.sent = now
        invitation.expires = now + timedelta(days=INVITATION_DAYS)
        links[invitation.email] = invitation_path(token)
        network = invitation.network
        body = render_to_string(
            "networks/email/invitation.txt",
            {
                "invitation": invitation,
                "network": network,
                "inviter": inviter_name,
                "note": note,
                "link": site + links[invitation.email],
                "about": site + network.get_absolute_url(),
                "days": INVITATION_DAYS,
            },
        )
        subject = _("%(name)s invites you to join %(network)s on Creative Tracks") % {
            "name": inviter_name,
            "network": network.name,
        }
        messages.append(EmailMessage(subject, body, to=[invitation.email]))
    Invitation.objects.bulk_update(invitations, ["token_hash", "sent", "expires"])
    get_connection().send_messages(messages)
    accounts = get_user_model().objects.filter(
        email__in=[i.email for i in invitations], is_active=True
    )
    for account in accounts:
        invitation = next(i for i in invitations if i.email == account.email)
        notify(
            account,
            "network_invitation",
            text=_("%(name)s invites you to join %(network)s")
            % {"name": inviter_name, "network": invitation.network.name},
            url=links[account.email],
            actor=inviter,
        )


@transaction.atomic
def invite_by_email(
    user, network: Network, email: str, name: str = "", note: str = ""
) -> Invitation:
    """Invite one address; inviting it again renews the link (one invitation per address)."""
    if not permissions.can_manage_network(user, network):
        raise NotAllowed(_("Only the network's admins send invitations."))
    email = email.strip().lower()
    if NetworkMembership.objects.filter(network=network, user__email=email).exists():
        raise DomainError(_("%(email)s is already a member of this network.") % {"email": email})
    invitation, created = Invitation.objects.select_for_update().get_or_create(
        network=network, email=email, defaults={"name": name.strip(), "invited_by": user}
    )
    if invitation.accepted:
        raise DomainError(_("%(email)s already accepted an invitation.") % {"email": email})
    if not created:
        invitation.invited_by = user
        invitation.name = name.strip() or invitation.name
        invitation.save(update_fields=["invited_by", "name"])
    send_invitations([invitation], user, note=note)
    return invitation


@transaction.atomic
def accept_invitation(user, token: str) -> NetworkMembership:
    """Join the network an invitation is for; the link then stops working."""
    invitation = invitation_by_token(token)
    if invitation is None:
        raise DomainError(_("This invitation link is not valid. Check you copied all of it."))
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    check_usable(invitation)
    if not permissions.is_verified(user):
        raise NotAllowed(_("Confirm your email address before accepting an invitation."))
    membership, _created = NetworkMembership.objects.get_or_create(
        network_id=invitation.network_id, user=user
    )
    invitation.accepted = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted", "accepted_by"])
    return membership


@transaction.atomic
def revoke_invitation(user, invitation: Invitation) -> None:
    if not permissions.can_manage_network(user, invitation.network):
        raise NotAllowed(_("Only the network's admins manage invitations."))
    if invitation.accepted:
        raise DomainError(_("This invitation was already accepted."))
    invitation.delete()
