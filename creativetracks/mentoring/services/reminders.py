"""Reminders of upcoming mentoring sessions (a periodic task)."""

from datetime import timedelta

from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from creativetracks.notifications.services import notify

from ..models import (
    Pair,
    Session,
)

# Reminders ------------------------------------------------------------------------------

REMINDER_AHEAD = timedelta(hours=24)


def send_due_session_reminders(now=None) -> int:
    """Remind both sides of each session starting within a day; each reminder is
    claimed with a conditional update first, so it is sent once however often this runs."""
    now = now or timezone.now()
    due = (
        Session.objects.filter(
            Q(pair__status=Pair.Status.ACTIVE),
            reminder_sent__isnull=True,
            cancelled=False,
            starts__gt=now,
            starts__lte=now + REMINDER_AHEAD,
        )
        .select_related("pair__cohort__programme", "pair__mentor__user", "pair__mentee__user")
        .order_by("pk")
    )
    sent = 0
    for session in due:
        claimed = Session.objects.filter(pk=session.pk, reminder_sent__isnull=True).update(
            reminder_sent=now
        )
        if not claimed:
            continue
        pair = session.pair
        for person in (pair.mentor.user, pair.mentee.user):
            notify(
                person,
                "mentoring_session",
                text=_("Mentoring session soon: %(when)s UTC (%(programme)s)")
                % {
                    "when": formats.date_format(session.starts, "l j F, H:i"),
                    "programme": pair.cohort.programme.title,
                },
                url=pair.get_absolute_url(),
            )
        sent += 1
    return sent
