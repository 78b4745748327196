"""Saving opportunities and the deadline reminders 7 days and 1 day before."""

from datetime import timedelta

import pytest
from django.utils import timezone

from creativetracks.notifications.models import Notification
from creativetracks.opportunities.models import DeadlineReminder, SavedOpportunity
from creativetracks.opportunities.services import save_opportunity, send_deadline_reminders

from .conftest import publish


def test_save_and_unsave(client, member, publisher):
    opportunity = publish(publisher, title="Keep me")
    client.force_login(member)
    response = client.post(f"/opportunities/{opportunity.pk}/save/")
    assert response.status_code == 302
    assert SavedOpportunity.objects.filter(user=member, opportunity=opportunity).exists()
    client.post(f"/opportunities/{opportunity.pk}/save/")  # twice: still one
    assert SavedOpportunity.objects.count() == 1
    assert "Keep me" in client.get("/opportunities/saved/").content.decode()
    client.post(f"/opportunities/{opportunity.pk}/save/", {"action": "unsave"})
    assert not SavedOpportunity.objects.exists()


def test_visitors_are_sent_to_sign_in_and_hidden_ones_cant_be_saved(
    client, member, other_member, publisher
):
    opportunity = publish(publisher)
    assert client.post(f"/opportunities/{opportunity.pk}/save/").status_code == 302
    assert not SavedOpportunity.objects.exists()
    pending = publish(other_member)
    client.force_login(member)
    assert client.post(f"/opportunities/{pending.pk}/save/").status_code == 404


def test_reminders_a_week_and_a_day_before_each_sent_once(member, publisher):
    now = timezone.now()
    opportunity = publish(publisher, title="Closing soon", deadline=now + timedelta(days=10))
    save_opportunity(member, opportunity)
    assert send_deadline_reminders(now) == 0
    week_before = now + timedelta(days=3, hours=1)
    assert send_deadline_reminders(week_before) == 1
    assert send_deadline_reminders(week_before) == 0  # the tick comes twice
    assert send_deadline_reminders(week_before + timedelta(days=2)) == 0
    day_before = now + timedelta(days=9, hours=1)
    assert send_deadline_reminders(day_before) == 1
    assert send_deadline_reminders(day_before) == 0
    texts = list(
        Notification.objects.filter(recipient=member, kind="opportunity_deadline").values_list(
            "text", flat=True
        )
    )
    assert texts == [
        "“Closing soon” closes within a week.",
        "“Closing soon” closes within a day.",
    ] or sorted(texts) == sorted(
        ["“Closing soon” closes within a week.", "“Closing soon” closes within a day."]
    )
    # After the deadline, nothing more.
    assert send_deadline_reminders(now + timedelta(days=11)) == 0


def test_saved_the_day_before_gets_one_reminder_not_two(member, publisher):
    now = timezone.now()
    opportunity = publish(publisher, deadline=now + timedelta(hours=20))
    save_opportunity(member, opportunity)
    assert send_deadline_reminders(now) == 1
    assert DeadlineReminder.objects.count() == 2
    assert Notification.objects.filter(kind="opportunity_deadline").count() == 1
    assert send_deadline_reminders(now + timedelta(hours=1)) == 0


@pytest.mark.django_db(transaction=True)
def test_the_periodic_task_sends_reminders(member, publisher):
    from conftest import run_queued_tasks
    from creativetracks.opportunities.tasks import send_deadline_reminders as task

    save_opportunity(member, publish(publisher, deadline=timezone.now() + timedelta(days=2)))
    task.enqueue()
    run_queued_tasks()
    assert Notification.objects.filter(recipient=member, kind="opportunity_deadline").count() == 1
