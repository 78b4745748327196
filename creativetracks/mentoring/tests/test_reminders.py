from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import run_queued_tasks
from creativetracks.core.periodic import periodic_tasks
from creativetracks.mentoring import services
from creativetracks.mentoring.models import Session
from creativetracks.mentoring.tasks import send_session_reminders
from creativetracks.notifications.models import Notification

pytestmark = pytest.mark.django_db


def test_reminders_are_sent_once_to_both(published_pair):
    soon = services.schedule_session(
        published_pair.mentor.user,
        published_pair,
        {"starts": timezone.now() + timedelta(hours=3), "minutes": 60},
    )
    services.schedule_session(
        published_pair.mentor.user,
        published_pair,
        {"starts": timezone.now() + timedelta(days=5), "minutes": 60},
    )
    Notification.objects.all().delete()
    assert services.send_due_session_reminders() == 1
    assert services.send_due_session_reminders() == 0
    reminded = Notification.objects.filter(kind="mentoring_session")
    assert {n.recipient for n in reminded} == {
        published_pair.mentor.user,
        published_pair.mentee.user,
    }
    assert Session.objects.get(pk=soon.pk).reminder_sent is not None


def test_a_cancelled_session_is_not_reminded(published_pair):
    session = services.schedule_session(
        published_pair.mentee.user,
        published_pair,
        {"starts": timezone.now() + timedelta(hours=3), "minutes": 60},
    )
    services.cancel_session(published_pair.mentee.user, session)
    assert services.send_due_session_reminders() == 0


@pytest.mark.django_db(transaction=True)
def test_the_clock_runs_the_task(published_pair):
    assert send_session_reminders in periodic_tasks()
    services.schedule_session(
        published_pair.mentor.user,
        published_pair,
        {"starts": timezone.now() + timedelta(hours=2), "minutes": 30},
    )
    Notification.objects.all().delete()
    send_session_reminders.enqueue()
    send_session_reminders.enqueue()
    run_queued_tasks()
    assert Notification.objects.filter(kind="mentoring_session").count() == 2
