from django.contrib import messages
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError


@receiver(user_logged_in)
def accept_waiting_invitation(sender, request, user, **kwargs):
    """A visitor who opened an invitation, then signed up (or in), lands in the network."""
    from .services import SESSION_KEY, accept_invitation

    session = getattr(request, "session", None)
    token = session.pop(SESSION_KEY, None) if session is not None else None
    if not token:
        return
    try:
        membership = accept_invitation(user, token)
    except DomainError as refusal:
        messages.warning(request, refusal.message)
        return
    messages.success(
        request,
        _("Welcome to %(network)s: you are now a member.") % {"network": membership.network.name},
    )
