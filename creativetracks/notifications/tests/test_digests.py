from datetime import UTC, datetime, timedelta

import pytest

from conftest import make_user, run_queued_tasks
from creativetracks.notifications import digests, services
from creativetracks.notifications.models import DigestRun, Notification, OutboxEmail
from creativetracks.notifications.services import notify

pytestmark = pytest.mark.django_db(transaction=True)

# Wednesday 2026-11-25 00:30 UTC is 08:30 in Shanghai and 21:30 (the day before) in São Paulo.
SHANGHAI_MORNING = datetime(2026, 11, 25, 0, 30, tzinfo=UTC)
SAO_PAULO_MORNING = datetime(2026, 11, 25, 11, 15, tzinfo=UTC)


def daily_member(email, time_zone):
    user = make_user(email, time_zone=time_zone)
    services.set_preferences(user, {"thread_reply": "daily"})
    return user


def test_digest_arrives_at_each_members_local_morning(smtp_inbox):
    wei = daily_member("wei@example.org", "Asia/Shanghai")
    lucia = daily_member("lucia@example.org", "America/Sao_Paulo")
    for user in (wei, lucia):
        notify(user, "thread_reply", text=f"A reply for {user.email}", url="/networks/")
    run_queued_tasks()
    assert smtp_inbox.messages == []  # digests wait for the morning

    assert digests.schedule_due_digests(now=SHANGHAI_MORNING) == 1
    run_queued_tasks()
    assert [m["To"] for m in smtp_inbox.messages] == ["wei@example.org"]

    assert digests.schedule_due_digests(now=SAO_PAULO_MORNING) == 1
    run_queued_tasks()
    assert sorted(m["To"] for m in smtp_inbox.messages) == ["lucia@example.org", "wei@example.org"]
    body = smtp_inbox.to("lucia@example.org")[0].get_body(("plain",)).get_content()
    assert "A reply for lucia@example.org" in body and "Replies in discussions" in body


def test_a_digest_never_repeats_an_item_and_runs_once_per_period(smtp_inbox):
    wei = daily_member("wei@example.org", "Asia/Shanghai")
    notify(wei, "thread_reply", text="First reply")
    digests.schedule_due_digests(now=SHANGHAI_MORNING)
    run_queued_tasks()
    # The clock ticks again within the same hour: nothing new is sent.
    notify(wei, "thread_reply", text="Second reply")
    digests.schedule_due_digests(now=SHANGHAI_MORNING + timedelta(minutes=10))
    run_queued_tasks()
    assert len(smtp_inbox.messages) == 1
    # The next morning carries only what is new.
    digests.schedule_due_digests(now=SHANGHAI_MORNING + timedelta(days=1))
    run_queued_tasks()
    second = smtp_inbox.messages[1].get_body(("plain",)).get_content()
    assert "Second reply" in second and "First reply" not in second
    assert DigestRun.objects.filter(user=wei).count() == 2


def test_weekly_digest_waits_for_monday(smtp_inbox):
    wei = make_user("weekly@example.org", time_zone="Asia/Shanghai")
    services.set_preferences(wei, {"new_follower": "weekly"})
    notify(wei, "new_follower", text="Someone follows you")
    assert digests.schedule_due_digests(now=SHANGHAI_MORNING) == 0  # a Wednesday
    monday_morning = SHANGHAI_MORNING + timedelta(days=5)
    assert digests.schedule_due_digests(now=monday_morning) == 1
    run_queued_tasks()
    assert len(smtp_inbox.to("weekly@example.org")) == 1


def test_unsubscribing_from_digests_stops_pending_items(smtp_inbox):
    from creativetracks.notifications.unsubscribe import make_token

    wei = daily_member("wei@example.org", "Asia/Shanghai")
    notify(wei, "thread_reply", text="Pending")
    assert services.unsubscribe(wei.pk, "digest")
    assert digests.schedule_due_digests(now=SHANGHAI_MORNING) == 0
    assert make_token(wei.pk, "digest")


def test_batch_query_count_does_not_grow_with_the_batch(django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for size, prefix in [(5, "small"), (50, "large")]:
        users = [daily_member(f"{prefix}{n}@example.org", "Asia/Shanghai") for n in range(size)]
        for user in users:
            notify(user, "thread_reply", text="Reply one")
            notify(user, "thread_reply", text="Reply two")
        with CaptureQueriesContext(connection) as captured, django_assert_max_num_queries(12):
            queued = digests.send_digest_batch("daily", [u.pk for u in users], "2026-11-25")
        assert queued == size
        counts.append(len(captured))
    assert counts[0] == counts[1]


class WorkerKilled(BaseException):
    """Stands for the worker process dying (not an ordinary, caught exception)."""


def test_worker_killed_mid_batch_then_restarted_delivers_each_email_exactly_once(
    smtp_inbox, monkeypatch
):
    from creativetracks.notifications import outbox

    members = [make_user(f"m{n}@example.org") for n in range(10)]
    for member in members:
        notify(member, "mention", text=f"Hello {member.email}")
    ids = list(OutboxEmail.objects.order_by("pk").values_list("pk", flat=True))
    real_send = outbox.send_now
    sent = []

    def dying_send(email):
        if len(sent) == 4:
            raise WorkerKilled()
        real_send(email)
        sent.append(email.pk)

    monkeypatch.setattr(outbox, "send_now", dying_send)
    from creativetracks.notifications.tasks import deliver_emails

    with pytest.raises(WorkerKilled):
        deliver_emails.call(ids)
    assert len(smtp_inbox.messages) == 4
    monkeypatch.setattr(outbox, "send_now", real_send)

    # The restarted worker runs everything queued, and the clock's sweep picks up
    # the email whose worker died holding it, once its lease has passed.
    run_queued_tasks()
    OutboxEmail.objects.filter(state="sending").update(
        next_attempt_at=datetime(2000, 1, 1, tzinfo=UTC)
    )
    outbox_ids = outbox.due_email_ids()
    for email_id in outbox_ids:
        outbox.deliver(email_id)
    run_queued_tasks()

    recipients = sorted(m["To"] for m in smtp_inbox.messages)
    assert recipients == sorted(m.email for m in members)  # every one, each exactly once
    assert set(OutboxEmail.objects.values_list("state", flat=True)) == {"sent"}
    assert Notification.objects.count() == 10
