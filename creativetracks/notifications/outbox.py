"""The outbox: every email is a row, sent by a task with retries and backoff.

Each row has an idempotency key (unique), so the same email can't be queued twice;
a worker claims a row before sending it and marks it sent right after the SMTP
server accepts it, so a worker that dies mid-batch leaves the rest to the next one.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from .models import OutboxEmail, SuppressedAddress
from .unsubscribe import make_token

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5
BACKOFF_SECONDS = [60, 300, 1800, 7200, 21600]
LEASE = timedelta(minutes=10)


def unsubscribe_url(user_id: int, kind: str) -> str:
    return settings.SITE_URL.rstrip("/") + reverse("unsubscribe", args=[make_token(user_id, kind)])


def render_email(
    user, kind: str, subject: str, context: dict, template: str
) -> tuple[str, str, dict]:
    """Text and HTML bodies in the member's language, with one-click unsubscribe headers."""
    link = unsubscribe_url(user.pk, kind)
    context = {
        **context,
        "user": user,
        "unsubscribe_url": link,
        "site_url": settings.SITE_URL.rstrip("/"),
        "subject": subject,
    }
    with translation.override(user.language or settings.LANGUAGE_CODE):
        text = render_to_string(f"notifications/email/{template}.txt", context)
        html = render_to_string(f"notifications/email/{template}.html", context)
    headers = {
        "List-Unsubscribe": f"<{link}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    return text, html, headers


def queue_email(
    *,
    user,
    kind: str,
    key: str,
    subject: str,
    text: str,
    html: str = "",
    headers: dict | None = None,
) -> OutboxEmail | None:
    """Add an email to the outbox once (by key) and have a worker send it after commit."""
    if SuppressedAddress.objects.filter(email=user.email.lower()).exists():
        return None
    try:
        with transaction.atomic():
            email = OutboxEmail.objects.create(
                recipient=user.email,
                user=user,
                kind=kind,
                idempotency_key=key,
                subject=subject[:300],
                body_text=text,
                body_html=html,
                headers=headers or {},
            )
    except IntegrityError:
        return None  # already queued under this key
    from .tasks import deliver_email

    transaction.on_commit(lambda: deliver_email.enqueue(email.pk))
    return email


def queue_notification_email(notification) -> OutboxEmail | None:
    user = notification.recipient
    subject = notification.text
    text, html, headers = render_email(
        user, notification.kind, subject, {"notification": notification}, "notification"
    )
    return queue_email(
        user=user,
        kind=notification.kind,
        key=f"notification:{notification.pk}",
        subject=subject,
        text=text,
        html=html,
        headers=headers,
    )


def cancel_pending(user, kinds: list[str]) -> int:
    return OutboxEmail.objects.filter(
        user=user, kind__in=kinds, state=OutboxEmail.State.PENDING
    ).update(state=OutboxEmail.State.CANCELLED)


def claim(email_id: int) -> OutboxEmail | None:
    """Take one due email for this worker (pending, or stuck in 'sending' past its lease)."""
    now = timezone.now()
    with transaction.atomic():
        email = OutboxEmail.objects.select_for_update(skip_locked=True).filter(pk=email_id).first()
        if email is None:
            return None
        stuck = (
            email.state == OutboxEmail.State.SENDING
            and email.next_attempt_at
            and email.next_attempt_at <= now
        )
        if email.state != OutboxEmail.State.PENDING and not stuck:
            return None
        if (
            email.state == OutboxEmail.State.PENDING
            and email.next_attempt_at
            and email.next_attempt_at > now
        ):
            return None
        email.state = OutboxEmail.State.SENDING
        email.attempts += 1
        email.next_attempt_at = now + LEASE
        email.save(update_fields=["state", "attempts", "next_attempt_at"])
    return email


def send_now(email: OutboxEmail) -> None:
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email.recipient],
        headers={
            **email.headers,
            "Message-ID": f"<{email.idempotency_key.replace(':', '.')}.{email.pk}@creativetracks>",
        },
    )
    if email.body_html:
        message.attach_alternative(email.body_html, "text/html")
    get_connection(backend=settings.EMAIL_DELIVERY_BACKEND).send_messages([message])


def deliver(email_id: int) -> str:
    """Send one email; on failure schedule a retry with backoff, or give up after MAX_ATTEMPTS."""
    email = claim(email_id)
    if email is None:
        return "skipped"
    if SuppressedAddress.objects.filter(email=email.recipient.lower()).exists():
        OutboxEmail.objects.filter(pk=email.pk).update(state=OutboxEmail.State.CANCELLED)
        return "cancelled"
    try:
        send_now(email)
    except Exception as error:  # any delivery failure is recorded, never lost
        return record_failure(email, error)
    OutboxEmail.objects.filter(pk=email.pk).update(
        state=OutboxEmail.State.SENT, sent_at=timezone.now(), last_error=""
    )
    return "sent"


def record_failure(email: OutboxEmail, error: Exception) -> str:
    from .tasks import deliver_email

    message = f"{error.__class__.__name__}: {error}"[:2000]
    if email.attempts >= MAX_ATTEMPTS:
        OutboxEmail.objects.filter(pk=email.pk).update(
            state=OutboxEmail.State.FAILED, last_error=message
        )
        log.warning("Email %s failed for good: %s", email.pk, message)
        return "failed"
    retry_at = timezone.now() + timedelta(seconds=BACKOFF_SECONDS[email.attempts - 1])
    OutboxEmail.objects.filter(pk=email.pk).update(
        state=OutboxEmail.State.PENDING, last_error=message, next_attempt_at=retry_at
    )
    deliver_email.using(run_after=retry_at).enqueue(email.pk)
    return "retry"


def due_email_ids(limit: int = 500) -> list[int]:
    """Emails a sweep should (re)try: pending and due, or stuck past their lease."""
    now = timezone.now()
    from django.db.models import Q

    return list(
        OutboxEmail.objects.filter(
            Q(state=OutboxEmail.State.PENDING, next_attempt_at__isnull=True)
            | Q(
                state__in=[OutboxEmail.State.PENDING, OutboxEmail.State.SENDING],
                next_attempt_at__lte=now,
            )
        )
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
    )
