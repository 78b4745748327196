"""The unread-message notice: when a message has stayed unread for a while, the member is
notified (kind "message": their notification preferences choose email now, a digest,
in-app only or nothing), at most once per conversation per period, never for a muted
conversation. Message requests are announced when they arrive ("message_request")."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, ngettext, override
from django_tasks import task

from creativetracks.core.withholding import without_withheld

# How long a message stays unread before an email goes out, and the least time
# between two emails about one conversation to one member.
UNREAD_EMAIL_DELAY = timedelta(minutes=15)
UNREAD_EMAIL_PERIOD = timedelta(hours=6)


def schedule_unread_email(participant_id: int, due) -> None:
    email_unread_messages.using(run_after=due).enqueue(participant_id)


@task()
def email_unread_messages(participant_id: int) -> str:
    """Idempotent: only the task matching the participant's `email_due_at` does anything,
    and it clears that mark (or moves it and queues its successor)."""
    from .models import Message, Participant

    now = timezone.now()
    with transaction.atomic():
        participant = (
            Participant.objects.select_for_update(of=("self",))
            .select_related("user__profile", "conversation")
            .filter(pk=participant_id)
            .first()
        )
        if participant is None or participant.email_due_at is None:
            return "nothing scheduled"
        if participant.email_due_at > now:
            return "not due yet"
        participant.email_due_at = None
        user, conversation = participant.user, participant.conversation
        unread = (
            without_withheld(
                Message.objects.filter(
                    conversation=conversation,
                    id__gt=participant.last_read_id,
                    kind=Message.Kind.TEXT,
                ),
                user,
            )
            .exclude(sender=user)
            .select_related("sender__profile")
            .order_by("id")
        )
        first_unread = unread.first()
        wanted = (
            first_unread is not None
            and not participant.muted
            and participant.left_at is None
            and participant.state == Participant.State.ACCEPTED
            and user.is_active
        )
        if not wanted:
            participant.save(update_fields=["email_due_at"])
            return "nothing to send"
        later = max(
            first_unread.created + UNREAD_EMAIL_DELAY,
            (participant.emailed_at + UNREAD_EMAIL_PERIOD) if participant.emailed_at else now,
        )
        if later > now:
            participant.email_due_at = later
            participant.save(update_fields=["email_due_at"])
            transaction.on_commit(lambda: schedule_unread_email(participant.pk, later))
            return "later"
        senders = list(dict.fromkeys(m.sender for m in unread[:50] if m.sender))
        _notify(participant, senders, unread.count())
        participant.emailed_at = now
        participant.save(update_fields=["email_due_at", "emailed_at"])
        return "sent"


def _notify(participant, senders: list, count: int) -> None:
    from creativetracks.notifications.services import notify

    user, conversation = participant.user, participant.conversation
    names = ", ".join(sender.profile.display_name for sender in senders)
    with override(user.language or None):
        text = ngettext(
            "%(count)d unread message from %(names)s",
            "%(count)d unread messages from %(names)s",
            count,
        ) % {"count": count, "names": names}
        if conversation.title:
            text += " " + gettext("in “%(title)s”") % {"title": conversation.title}
    notify(
        user,
        "message",
        text=text,
        url=conversation.get_absolute_url(),
        actor=senders[-1] if len(senders) == 1 else None,
    )
