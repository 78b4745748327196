"""The API's notifications: a member reads their own and marks them read; nobody else's."""

from django.http import Http404
from ninja import Router, Schema

from creativetracks.api.auth import member_of, writer_of
from creativetracks.api.errors import responses
from creativetracks.api.pagination import DEFAULT_LIMIT, page_of, paginate

from . import queries, services
from .models import Notification

router = Router()


class NotificationOut(Schema):
    id: int
    kind: str
    text: str
    url: str
    actor: str | None
    created: str
    read: bool


class MarkedOut(Schema):
    marked: int
    unread: int


def notification_out(notification: Notification) -> NotificationOut:
    actor = notification.actor
    return NotificationOut(
        id=notification.pk,
        kind=notification.kind,
        text=notification.text,
        url=notification.url,
        actor=actor.display_name or None if actor is not None and actor.is_active else None,
        created=notification.created.isoformat(),
        read=notification.read_at is not None,
    )


@router.get("/", response=responses({200: page_of(NotificationOut)}), url_name="api_notifications")
def list_notifications(
    request, unread: bool = False, cursor: str | None = None, limit: int = DEFAULT_LIMIT
):
    """The member's notifications, newest first (`unread=true` for unread ones only)."""
    user = member_of(request)
    notifications = queries.notifications_for(user)
    if unread:
        notifications = notifications.filter(read_at__isnull=True)
    rows, next_cursor = paginate(notifications, cursor, limit, ("-created", "-id"))
    return {"items": [notification_out(n) for n in rows], "next_cursor": next_cursor}


@router.post(
    "/{int:notification_id}/read",
    response=responses({200: MarkedOut}),
    url_name="api_notification_read",
)
def mark_one_read(request, notification_id: int):
    user = writer_of(request)
    if not queries.notifications_for(user).filter(pk=notification_id).exists():
        raise Http404
    marked = services.mark_read(user, notification_id)
    return MarkedOut(marked=marked, unread=queries.unread_count(user))


@router.post("/read", response=responses({200: MarkedOut}), url_name="api_notifications_read")
def mark_all_read(request):
    user = writer_of(request)
    marked = services.mark_read(user)
    return MarkedOut(marked=marked, unread=queries.unread_count(user))
