"""Who may write to whom, and who may read a conversation."""

from django.utils.translation import gettext as _

from creativetracks.networks.queries import share_a_network
from creativetracks.profiles.permissions import can_view_profile
from creativetracks.social.permissions import can_reach
from creativetracks.social.queries import are_connected, is_blocked

from .models import Participant


def may_message_directly(sender, recipient) -> bool:
    """Connected members and members who share a network land in each other's inbox;
    anyone else's first message arrives as a message request."""
    return are_connected(sender, recipient) or share_a_network(sender, recipient)


def can_message(sender, recipient) -> bool:
    """Whether `sender` may start a conversation with `recipient` (directly or as a request):
    no block between them, and a profile the sender may see (or an existing link)."""
    if not can_reach(sender, recipient):
        return False
    return can_view_profile(sender, recipient.profile) or may_message_directly(sender, recipient)


def participant_of(user, conversation) -> Participant | None:
    """The member's place in a conversation they have not left, if any."""
    if not getattr(user, "is_authenticated", False):
        return None
    return Participant.objects.filter(
        conversation=conversation, user=user, left_at__isnull=True
    ).first()


def can_read(user, conversation) -> bool:
    """Only current participants read a conversation (staff included: it is private)."""
    return participant_of(user, conversation) is not None


def send_refusal(
    sender, conversation, others: list[Participant], *, opening: bool = False
) -> str | None:
    """Why `sender` may not write in a conversation now (None when they may); `others`
    are the other current participants. After the opening message of a request, its
    sender writes again once someone accepts it."""
    if not others:
        return _("Nobody else is in this conversation any more.")
    if not conversation.is_group:
        other = others[0].user
        if is_blocked(sender, other) or not other.is_active:
            return _("You can't send messages to %(name)s.") % {"name": other.profile.display_name}
    if not opening and not any(p.state == Participant.State.ACCEPTED for p in others):
        return _("Your message request has not been accepted yet; you can write again once it is.")
    return None
