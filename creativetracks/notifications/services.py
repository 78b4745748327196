"""Notifying members: one function for apps, channels decided here."""

from django.db import transaction
from django.utils import timezone

from . import outbox
from .kinds import CHANNEL_VALUES, DAILY, EMAIL, KINDS, OFF, WEEKLY
from .models import Notification, NotificationPreference


def channel_for(user, kind: str) -> str:
    chosen = (
        NotificationPreference.objects.filter(user=user, kind=kind)
        .values_list("channel", flat=True)
        .first()
    )
    return chosen or KINDS[kind].default


def notify(recipient, kind: str, *, text: str, url: str = "", actor=None) -> Notification | None:
    """The one function apps call when something happened that a member should know.

    The member's preference for the kind decides: in-app only, plus an email now,
    plus a daily or weekly digest, or nothing. Nothing goes to inactive accounts or to
    the actor themself. Callers decide who may know (visibility) before calling."""
    if kind not in KINDS:
        raise ValueError(f"Unknown notification kind {kind!r}: add it to notifications.kinds.KINDS")
    if not recipient.is_active or (actor is not None and actor.pk == recipient.pk):
        return None
    channel = channel_for(recipient, kind)
    if channel == OFF:
        return None
    notification = Notification.objects.create(
        recipient=recipient,
        kind=kind,
        text=text[:300],
        url=url,
        actor=actor,
        digest=channel if channel in (DAILY, WEEKLY) else "",
    )
    if channel == EMAIL:
        outbox.queue_notification_email(notification)
    return notification


@transaction.atomic
def mark_read(user, notification_id: int | None = None) -> int:
    """Mark one notification (or all of them) read; returns how many changed."""
    unread = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if notification_id is not None:
        unread = unread.filter(pk=notification_id)
    return unread.update(read_at=timezone.now())


@transaction.atomic
def set_preferences(user, choices: dict[str, str]) -> None:
    """Save a member's channel per kind (unknown kinds or channels are refused)."""
    for kind, channel in choices.items():
        if kind not in KINDS or channel not in CHANNEL_VALUES:
            raise ValueError(f"Unknown kind or channel: {kind}={channel}")
        NotificationPreference.objects.update_or_create(
            user=user, kind=kind, defaults={"channel": channel}
        )
    stop_pending_mail(user, [kind for kind, channel in choices.items() if channel == OFF])


def stop_pending_mail(user, kinds: list[str]) -> None:
    """From the moment a kind is off, nothing more of it leaves: cancel what waits."""
    if not kinds:
        return
    outbox.cancel_pending(user, kinds)
    Notification.objects.filter(recipient=user, kind__in=kinds, digested_at__isnull=True).exclude(
        digest=""
    ).update(digest="")


@transaction.atomic
def unsubscribe(user_id: int, kind: str) -> bool:
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(pk=user_id).first()
    if user is None or (kind not in KINDS and kind != "digest"):
        return False
    kinds = list(KINDS) if kind == "digest" else [kind]
    if kind == "digest":
        # Digest emails turn every digest kind back to in-app only.
        for name in kinds:
            if channel_for(user, name) in (DAILY, WEEKLY):
                NotificationPreference.objects.update_or_create(
                    user=user, kind=name, defaults={"channel": "in_app"}
                )
        Notification.objects.filter(recipient=user, digested_at__isnull=True).exclude(
            digest=""
        ).update(digest="")
        return True
    set_preferences(user, {kind: OFF})
    return True
