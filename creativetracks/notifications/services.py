from django.db import transaction
from django.utils import timezone

from .kinds import KINDS
from .models import Notification


def notify(recipient, kind: str, *, text: str, url: str = "", actor=None) -> Notification | None:
    """The one function apps call when something happened that a member should know.

    The notifications app decides the channels; for now every kind is delivered in-app.
    Nothing is sent to inactive accounts or to the actor themself."""
    if kind not in KINDS:
        raise ValueError(f"Unknown notification kind {kind!r}: add it to notifications.kinds.KINDS")
    if not recipient.is_active or (actor is not None and actor.pk == recipient.pk):
        return None
    return Notification.objects.create(recipient=recipient, kind=kind, text=text[:300], url=url, actor=actor)


@transaction.atomic
def mark_read(user, notification_id: int | None = None) -> int:
    """Mark one notification (or all of them) read; returns how many changed."""
    unread = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if notification_id is not None:
        unread = unread.filter(pk=notification_id)
    return unread.update(read_at=timezone.now())
