"""B2B meetings held at events: counted by the meetings app, when it is installed.

The meetings app sits below reports, so it cannot register into this app; instead
this section reads the app's `creativetracks.meetings.reporting.meetings_held(events,
since, until, members)` (see docs/reports.md for the contract). When the app is
installed without that module, `count_meetings` counts its `Meeting` rows by name
(without importing the app); without the app the figure shows as not available.
"""

import importlib
import logging

from django.apps import apps
from django.core.exceptions import FieldError
from django.db import DatabaseError
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext as _

from ..registry import Figure, Scope, SectionData
from .events import events_in

MEETINGS_APP = "creativetracks.meetings"
logger = logging.getLogger(__name__)


def count_meetings(events, since, until, members) -> int | None:
    """Meetings at these events whose slot started in [since, until) and in the past,
    nobody marked absent or saying it did not happen, every participant countable.
    None when the meetings app's tables are not what this expects."""
    from django.utils import timezone

    try:
        meeting_model = apps.get_model("meetings", "Meeting")
        seat_model = apps.get_model("meetings", "Seat")
        missed = seat_model.objects.filter(meeting=OuterRef("pk")).filter(
            Q(no_show=True) | Q(happened=False) | ~Q(user__in=members)
        )
        return (
            meeting_model.objects.filter(
                matchmaking__event__in=events,
                slot__start__gte=since,
                slot__start__lt=min(until, timezone.now()),
            )
            .exclude(Exists(missed))
            .count()
        )
    except (LookupError, FieldError, DatabaseError):
        logger.warning("Could not count the B2B meetings", exc_info=True)
        return None


def meetings_counter():
    """The meetings app's counting function, or None when it is not there (yet)."""
    if not apps.is_installed(MEETINGS_APP):
        return None
    try:
        module = importlib.import_module(f"{MEETINGS_APP}.reporting")
    except ImportError:
        return count_meetings
    return getattr(module, "meetings_held", count_meetings)


def build(scope: Scope) -> SectionData:
    counter = meetings_counter()
    if counter is None:
        return SectionData(
            [Figure("meetings_held", _("B2B meetings held"), None)],
            [],
            note=_("B2B meetings are not available on this platform yet."),
        )
    events = events_in(scope.filters)
    current = counter(events, scope.filters.since, scope.filters.until, scope.countable)
    previous = counter(events, scope.previous.since, scope.previous.until, scope.countable)
    if current is None:
        return SectionData(
            [Figure("meetings_held", _("B2B meetings held"), None)],
            [],
            note=_("B2B meetings could not be counted."),
        )
    return SectionData([Figure("meetings_held", _("B2B meetings held"), current, previous)], [])
