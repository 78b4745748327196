"""Reminders the day before: once per registration, by a periodic task."""

from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import body_of, run_queued_tasks
from creativetracks.core.periodic import periodic_tasks
from creativetracks.events import services
from creativetracks.events.models import Registration
from creativetracks.events.tasks import send_event_reminders
from creativetracks.notifications.models import Notification

from .conftest import attendees, make_event

pytestmark = pytest.mark.django_db


def test_the_reminder_task_is_periodic():
    assert send_event_reminders in periodic_tasks()


# The real worker closes its connection when done: the test can't run in a transaction.
@pytest.mark.django_db(transaction=True)
def test_each_confirmed_participant_is_reminded_once_by_email(organiser, smtp_inbox):
    now = timezone.now()
    soon = make_event(organiser, "Tomorrow's Workshop", start=now + timedelta(hours=20), capacity=2)
    later = make_event(organiser, "Next Month", start=now + timedelta(days=30))
    a, b, c = attendees(3)
    for person in (a, b, c):
        services.register_for_event(person, soon)  # c is waitlisted
    services.register_for_event(a, later)
    send_event_reminders.enqueue()
    send_event_reminders.enqueue()  # the clock ticking twice
    run_queued_tasks()
    run_queued_tasks()  # the outbox sends what the reminders queued
    reminded = Notification.objects.filter(kind="event_reminder")
    assert sorted(reminded.values_list("recipient__email", flat=True)) == sorted([a.email, b.email])
    assert "Tomorrow's Workshop" in reminded.first().text
    reminders = [m for m in smtp_inbox.messages if "Tomorrow: Tomorrow's Workshop" in body_of(m)]
    assert sorted(m["To"] for m in reminders) == sorted([a.email, b.email])
    assert services.send_due_reminders() == 0
    assert Registration.objects.filter(event=soon, reminder_sent_at__isnull=False).count() == 2
    assert services.send_due_reminders(now + timedelta(days=29, hours=12)) == 1


def test_a_reminder_claimed_elsewhere_is_not_sent_again(organiser, member):
    event = make_event(organiser, start=timezone.now() + timedelta(hours=3))
    registration = services.register_for_event(member, event)
    Registration.objects.filter(pk=registration.pk).update(reminder_sent_at=timezone.now())
    assert services.send_due_reminders() == 0
    assert not Notification.objects.filter(kind="event_reminder").exists()
