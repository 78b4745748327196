"""What the impact reports read of the matchmaking (the contract of
reports/sections/meetings.py, see docs/reports.md)."""

from datetime import datetime

from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone

from .models import Seat
from .queries import held_meetings


def meetings_held(events: QuerySet, since: datetime, until: datetime, members: QuerySet) -> int:
    """Meetings held at these events whose slot started in [since, until), counted only
    when both people are among `members` (the countable ones: no hidden member)."""
    uncountable = Seat.objects.filter(meeting=OuterRef("pk")).exclude(user__in=members)
    return (
        held_meetings()
        .filter(
            matchmaking__event__in=events,
            slot__start__gte=since,
            slot__start__lt=min(until, timezone.now()),
        )
        .exclude(Exists(uncountable))
        .count()
    )
