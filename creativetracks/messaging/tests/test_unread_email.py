"""The unread-message notice by email, through the real task queue and a real SMTP server."""

from datetime import timedelta

import pytest

from conftest import body_of, run_queued_tasks
from creativetracks.messaging import services, tasks
from creativetracks.messaging.models import Participant
from creativetracks.social.tests.builders import connect

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def no_delay(monkeypatch):
    monkeypatch.setattr(tasks, "UNREAD_EMAIL_DELAY", timedelta(0))


def pass_the_delay() -> None:
    """Fifteen minutes later: the queued task and the participant's mark are due."""
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    DBTaskResult.objects.update(run_after=now)
    Participant.objects.exclude(email_due_at=None).update(email_due_at=now)


def start_chat(member, other_member, body="Hello Otto"):
    connect(member, other_member)
    return services.start_conversation(member, [other_member], body)


def test_an_unread_message_is_emailed_once(smtp_inbox, no_delay, member, other_member):
    conversation = start_chat(member, other_member)
    services.send_message(member, conversation, "And another thing")
    run_queued_tasks()
    [email] = smtp_inbox.to("other@example.org")
    assert "2 unread messages from Mia Member" in email["Subject"]
    assert f"/messages/{conversation.pk}/" in body_of(email)
    assert "And another thing" not in body_of(email)  # the text stays on the platform
    assert smtp_inbox.to("member@example.org") == []  # never about your own messages

    services.send_message(member, conversation, "Within the period")
    run_queued_tasks()
    assert len(smtp_inbox.to("other@example.org")) == 1
    # The next email waits for the period to pass.
    participant = Participant.objects.get(user=other_member)
    assert participant.email_due_at == participant.emailed_at + tasks.UNREAD_EMAIL_PERIOD


def test_no_email_when_the_message_was_read_in_time(smtp_inbox, member, other_member):
    conversation = start_chat(member, other_member)
    services.mark_read(Participant.objects.get(user=other_member), conversation)
    pass_the_delay()
    run_queued_tasks()
    assert smtp_inbox.messages == []
    assert Participant.objects.get(user=other_member).email_due_at is None


def test_a_muted_conversation_sends_no_email(smtp_inbox, no_delay, member, other_member):
    conversation = start_chat(member, other_member)
    services.set_muted(other_member, conversation, True)
    services.send_message(member, conversation, "Muted?")
    run_queued_tasks()
    assert smtp_inbox.messages == []


def test_the_email_waits_for_the_delay(smtp_inbox, member, other_member):
    start_chat(member, other_member)
    run_queued_tasks()  # nothing is due yet
    assert smtp_inbox.messages == []
    assert Participant.objects.get(user=other_member).email_due_at is not None


def test_a_message_request_is_announced_once(smtp_inbox, no_delay, member, other_member):
    services.start_conversation(member, [other_member], "Hi, stranger")
    run_queued_tasks()
    [email] = smtp_inbox.to("other@example.org")  # no unread notice on top of it
    assert "Mia Member sent you a message request" in email["Subject"]


def test_the_members_preference_for_messages_decides(smtp_inbox, no_delay, member, other_member):
    from creativetracks.notifications.models import Notification
    from creativetracks.notifications.services import set_preferences

    set_preferences(other_member, {"message": "in_app"})
    start_chat(member, other_member)
    run_queued_tasks()
    assert smtp_inbox.messages == []
    assert Notification.objects.get(recipient=other_member, kind="message").text == (
        "1 unread message from Mia Member"
    )


def test_a_stale_task_does_nothing(member, other_member, no_delay):
    start_chat(member, other_member)
    participant = Participant.objects.get(user=other_member)
    Participant.objects.filter(pk=participant.pk).update(email_due_at=None)
    assert tasks.email_unread_messages.call(participant.pk) == "nothing scheduled"
