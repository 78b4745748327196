from django.contrib import messages
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError


@receiver(user_logged_in)
def accept_waiting_jury_invitation(sender, request, user, **kwargs):
    """A person who opened a jury invitation, then signed up (or in), takes the seat."""
    from .services import SESSION_KEY, accept_jury_invitation

    session = getattr(request, "session", None)
    token = session.pop(SESSION_KEY, None) if session is not None else None
    if not token:
        return
    try:
        seat = accept_jury_invitation(user, token)
    except DomainError as refusal:
        messages.warning(request, refusal.message)
        return
    messages.success(request, _("You sit on the jury of %(c)s.") % {"c": seat.challenge.title})
