"""Reminders the day before an event: each registration gets exactly one."""

from datetime import timedelta

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from creativetracks.notifications.services import notify

from ..models import Registration

REMINDER_AHEAD = timedelta(hours=24)


def send_due_reminders(now=None) -> int:
    """Remind everyone with a place at an event starting within a day; returns how
    many were sent. Each reminder is claimed with a conditional update first, so
    two workers (or a repeated clock tick) never send one twice."""
    now = now or timezone.now()
    due = (
        Registration.objects.filter(
            status=Registration.Status.CONFIRMED,
            reminder_sent_at__isnull=True,
            event__start__gt=now,
            event__start__lte=now + REMINDER_AHEAD,
        )
        .select_related("event", "user")
        .order_by("pk")
    )
    sent = 0
    for registration in due.iterator():
        claimed = Registration.objects.filter(
            pk=registration.pk, reminder_sent_at__isnull=True
        ).update(reminder_sent_at=now)
        if not claimed:
            continue
        event = registration.event
        when = formats.date_format(event.start.astimezone(event.zone), "l j F, H:i")
        notify(
            registration.user,
            "event_reminder",
            text=_("Tomorrow: %(event)s, %(when)s (%(zone)s), %(place)s")
            % {"event": event, "when": when, "zone": event.time_zone, "place": event.place},
            url=event.get_absolute_url(),
        )
        sent += 1
    return sent
