"""Daily and weekly digests, sent at each member's local morning.

The clock calls `schedule_due_digests` often (every few minutes); members whose local
time is in the digest hour get one task per batch. A batch costs a constant number
of queries whatever its size, a `DigestRun` row makes each digest happen once per
member and period, and every notification carried is stamped so no digest repeats it.
"""

import zoneinfo
from collections import defaultdict
from datetime import date, datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from . import outbox
from .kinds import DAILY, WEEKLY
from .models import DigestRun, Notification, OutboxEmail

DIGEST_HOUR = 8  # local time
WEEKLY_DAY = 0  # Monday
BATCH_SIZE = 500


def local_now(time_zone: str, now: datetime) -> datetime:
    try:
        return now.astimezone(zoneinfo.ZoneInfo(time_zone or "UTC"))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return now.astimezone(zoneinfo.ZoneInfo("UTC"))


def period_start_if_due(period: str, time_zone: str, now: datetime) -> date | None:
    """The period a digest would cover if this member's local morning is now."""
    local = local_now(time_zone, now)
    if local.hour != DIGEST_HOUR:
        return None
    if period == WEEKLY:
        return local.date() if local.weekday() == WEEKLY_DAY else None
    return local.date()


def schedule_due_digests(now: datetime | None = None) -> int:
    """Queue one task per batch of members whose digest is due; returns members queued."""
    from .tasks import send_digest_batch

    now = now or timezone.now()
    queued = 0
    for period in (DAILY, WEEKLY):
        waiting = (
            Notification.objects.filter(
                digest=period, digested_at__isnull=True, recipient__is_active=True
            )
            .values_list("recipient_id", "recipient__time_zone")
            .distinct()
        )
        by_start: dict[date, list[int]] = defaultdict(list)
        for user_id, time_zone in waiting:
            start = period_start_if_due(period, time_zone, now)
            if start is not None:
                by_start[start].append(user_id)
        for start, user_ids in by_start.items():
            for offset in range(0, len(user_ids), BATCH_SIZE):
                batch = sorted(user_ids)[offset : offset + BATCH_SIZE]
                transaction.on_commit(
                    lambda period=period, batch=batch, start=start: send_digest_batch.enqueue(
                        period, batch, start.isoformat()
                    )
                )
                queued += len(batch)
    return queued


@transaction.atomic
def send_digest_batch(period: str, user_ids: list[int], period_start: str) -> int:
    """Build and queue the digests of one batch of members; returns emails queued."""
    start = date.fromisoformat(period_start)
    users = {u.pk: u for u in get_user_model().objects.filter(pk__in=user_ids, is_active=True)}
    done = set(
        DigestRun.objects.filter(user_id__in=users, period=period, period_start=start).values_list(
            "user_id", flat=True
        )
    )
    due_users = [uid for uid in sorted(users) if uid not in done]
    items = defaultdict(list)
    for notification in Notification.objects.filter(
        recipient_id__in=due_users, digest=period, digested_at__isnull=True
    ).order_by("recipient_id", "created", "pk"):
        items[notification.recipient_id].append(notification)
    receiving = [uid for uid in due_users if items[uid]]
    DigestRun.objects.bulk_create(
        [DigestRun(user_id=uid, period=period, period_start=start) for uid in receiving],
        ignore_conflicts=True,
    )
    emails = []
    for uid in receiving:
        user = users[uid]
        subject = digest_subject(period, len(items[uid]))
        text, html, headers = outbox.render_email(
            user, "digest", subject, {"groups": grouped(items[uid]), "period": period}, "digest"
        )
        emails.append(
            OutboxEmail(
                recipient=user.email,
                user=user,
                kind="digest",
                idempotency_key=f"digest:{period}:{start}:{uid}",
                subject=subject,
                body_text=text,
                body_html=html,
                headers=headers,
            )
        )
    OutboxEmail.objects.bulk_create(emails, ignore_conflicts=True)
    carried = [n.pk for uid in receiving for n in items[uid]]
    Notification.objects.filter(pk__in=carried).update(digested_at=timezone.now())
    keys = [e.idempotency_key for e in emails]
    ids = list(
        OutboxEmail.objects.filter(
            idempotency_key__in=keys, state=OutboxEmail.State.PENDING
        ).values_list("pk", flat=True)
    )
    if ids:
        from .tasks import deliver_emails

        transaction.on_commit(lambda: deliver_emails.enqueue(ids))
    return len(ids)


def digest_subject(period: str, count: int) -> str:
    what = "today" if period == DAILY else "this week"
    return f"{count} new on Creative Tracks {what}"


def grouped(notifications: list[Notification]) -> list[tuple[str, list[Notification]]]:
    """Group by kind so a digest reads at a glance ("3 new replies…")."""
    from .kinds import KINDS

    groups: dict[str, list[Notification]] = defaultdict(list)
    for notification in notifications:
        groups[notification.kind].append(notification)
    return [
        (str(KINDS[kind].label) if kind in KINDS else kind, items) for kind, items in groups.items()
    ]
