from django_tasks import task

from . import digests, outbox


@task()
def deliver_email(email_id: int) -> str:
    return outbox.deliver(email_id)


@task()
def deliver_emails(email_ids: list[int]) -> int:
    """Send a batch; a crash part-way leaves the rest for the sweep."""
    sent = 0
    for email_id in email_ids:
        sent += outbox.deliver(email_id) == "sent"
    return sent


@task()
def sweep_outbox() -> int:
    """Retry what a dead worker left behind (run by the clock)."""
    ids = outbox.due_email_ids()
    for email_id in ids:
        outbox.deliver(email_id)
    return len(ids)


@task()
def send_digest_batch(period: str, user_ids: list[int], period_start: str) -> int:
    return digests.send_digest_batch(period, user_ids, period_start)


@task()
def schedule_digests() -> int:
    return digests.schedule_due_digests()
