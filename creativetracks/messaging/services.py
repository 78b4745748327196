"""Every change a member makes to conversations: start, send, read, answer a request,
mute, leave. Sending schedules the unread-message email (see tasks)."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.notifications.services import notify
from creativetracks.social.queries import ordered_pair

from . import permissions, tasks
from .attachments import PreparedAttachment
from .models import MAX_PARTICIPANTS, Attachment, Conversation, Message, Participant


def _names(users) -> str:
    return ", ".join(user.profile.display_name for user in users)


def direct_key(first, second) -> str:
    low, high = ordered_pair(first.pk, second.pk)
    return f"{low}:{high}"


@transaction.atomic
def start_conversation(
    sender,
    recipients: list,
    body: str = "",
    attachment: PreparedAttachment | None = None,
    title: str = "",
) -> Conversation:
    """Write to one member (their one-to-one conversation with you, created on first use)
    or to a small group. Recipients who are not connected with you and share no network
    with you get a message request instead of an inbox entry."""
    recipients = list({r.pk: r for r in recipients if r.pk != sender.pk}.values())
    if not recipients:
        raise DomainError(_("Say who the message is for."))
    if len(recipients) + 1 > MAX_PARTICIPANTS:
        raise DomainError(_("A conversation has at most %(n)d people.") % {"n": MAX_PARTICIPANTS})
    refused = [r for r in recipients if not permissions.can_message(sender, r)]
    if refused:
        raise NotAllowed(_("You can't send messages to %(names)s.") % {"names": _names(refused)})
    if len(recipients) == 1:
        conversation, created = _direct_conversation(sender, recipients[0])
        if not created:
            send_message(sender, conversation, body, attachment)
            return conversation
    else:
        conversation = Conversation.objects.create(
            title=title.strip()[:120], is_group=True, created_by=sender
        )
    states = {
        r.pk: Participant.State.ACCEPTED
        if permissions.may_message_directly(sender, r)
        else Participant.State.REQUESTED
        for r in recipients
    }
    Participant.objects.bulk_create(
        [Participant(conversation=conversation, user=sender)]
        + [Participant(conversation=conversation, user=r, state=states[r.pk]) for r in recipients]
    )
    _post(sender, conversation, body, attachment, opening=True)
    for recipient in recipients:
        if states[recipient.pk] == Participant.State.REQUESTED:
            notify(
                recipient,
                "message_request",
                text=_("%(name)s sent you a message request") % {"name": _names([sender])},
                url=conversation.get_absolute_url(),
                actor=sender,
            )
    return conversation


def _direct_conversation(sender, recipient) -> tuple[Conversation, bool]:
    key = direct_key(sender, recipient)
    existing = Conversation.objects.filter(direct_key=key).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            return Conversation.objects.create(direct_key=key, created_by=sender), True
    except IntegrityError:  # both started it at the same moment: use the other one
        return Conversation.objects.get(direct_key=key), False


@transaction.atomic
def send_message(
    sender, conversation: Conversation, body: str = "", attachment: PreparedAttachment | None = None
) -> Message:
    """Post a message. Replying to a message request accepts it."""
    return _post(sender, conversation, body, attachment)


def _post(sender, conversation, body, attachment, *, opening: bool = False) -> Message:
    # The lock makes messages of one conversation commit in id order, so a reader who
    # has seen message n never misses a message with a smaller id.
    given, conversation = (
        conversation,
        Conversation.objects.select_for_update().get(pk=conversation.pk),
    )
    me = permissions.participant_of(sender, conversation)
    if me is None:
        raise NotAllowed(_("You are not in this conversation."))
    body = (body or "").strip()
    if not body and attachment is None:
        raise DomainError(_("Write a message or attach a file."))
    others = list(
        conversation.participants.filter(left_at__isnull=True)
        .exclude(user=sender)
        .select_related("user__profile")
    )
    refusal = permissions.send_refusal(sender, conversation, others, opening=opening)
    if refusal:
        raise NotAllowed(refusal)
    message = Message.objects.create(conversation=conversation, sender=sender, body=body)
    if attachment is not None:
        _store_attachment(message, attachment)
    conversation.last_message = message
    conversation.last_message_at = message.created
    conversation.save(update_fields=["last_message", "last_message_at"])
    given.last_message, given.last_message_at = message, message.created
    me.last_read_id = message.pk
    me.state = Participant.State.ACCEPTED
    me.save(update_fields=["last_read_id", "state"])
    _schedule_unread_emails(conversation, sender)
    return message


def _store_attachment(message: Message, prepared: PreparedAttachment) -> Attachment:
    attachment = Attachment(
        message=message, kind=prepared.kind, name=prepared.name, size=prepared.size
    )
    attachment.file.save(prepared.file.name, prepared.file, save=False)
    if prepared.thumbnail is not None:
        attachment.thumbnail.save(prepared.thumbnail.name, prepared.thumbnail, save=False)
    attachment.save()
    return attachment


def _schedule_unread_emails(conversation: Conversation, sender) -> None:
    """Queue one task per participant who has none pending; after the delay it decides
    whether the message is still unread and a notice is due. (Message requests are
    announced at once, by start_conversation.)"""
    due = timezone.now() + tasks.UNREAD_EMAIL_DELAY
    waiting = Participant.objects.filter(
        conversation=conversation,
        state=Participant.State.ACCEPTED,
        left_at__isnull=True,
        muted=False,
        email_due_at__isnull=True,
    ).exclude(user=sender)
    ids = list(waiting.values_list("pk", flat=True))
    if not ids:
        return
    Participant.objects.filter(pk__in=ids).update(email_due_at=due)
    transaction.on_commit(lambda: [tasks.schedule_unread_email(pk, due) for pk in ids])


def mark_read(participant: Participant, conversation: Conversation) -> None:
    """The member has seen everything up to the conversation's latest message."""
    last = conversation.last_message_id or 0
    if participant.last_read_id < last:
        Participant.objects.filter(pk=participant.pk, last_read_id__lt=last).update(
            last_read_id=last
        )
        participant.last_read_id = last


def mark_read_up_to(participant: Participant, message_id: int) -> None:
    if participant.last_read_id < message_id:
        Participant.objects.filter(pk=participant.pk, last_read_id__lt=message_id).update(
            last_read_id=message_id
        )
        participant.last_read_id = message_id


def _mine(user, conversation: Conversation) -> Participant:
    participant = permissions.participant_of(user, conversation)
    if participant is None:
        raise NotAllowed(_("You are not in this conversation."))
    return participant


@transaction.atomic
def accept_request(user, conversation: Conversation) -> Participant:
    """Move a message request into the inbox; its sender may then write freely."""
    participant = _mine(user, conversation)
    participant.state = Participant.State.ACCEPTED
    participant.save(update_fields=["state"])
    return participant


@transaction.atomic
def ignore_request(user, conversation: Conversation) -> Participant:
    """Hide a message request. Its sender is not told and cannot write again."""
    participant = _mine(user, conversation)
    if participant.state != Participant.State.REQUESTED:
        raise DomainError(_("This conversation is not a message request."))
    participant.state = Participant.State.IGNORED
    participant.email_due_at = None
    participant.save(update_fields=["state", "email_due_at"])
    return participant


@transaction.atomic
def set_muted(user, conversation: Conversation, muted: bool) -> Participant:
    """A muted conversation sends no email and leaves the header count alone."""
    participant = _mine(user, conversation)
    participant.muted = muted
    participant.save(update_fields=["muted"])
    return participant


@transaction.atomic
def leave_conversation(user, conversation: Conversation) -> None:
    """Leave a group: its messages are no longer yours to read, and the others see you left."""
    participant = _mine(user, conversation)
    if not conversation.is_group:
        raise DomainError(_("Only group conversations can be left."))
    participant.left_at = timezone.now()
    participant.email_due_at = None
    participant.save(update_fields=["left_at", "email_due_at"])
    Message.objects.create(conversation=conversation, sender=user, kind=Message.Kind.LEFT)
