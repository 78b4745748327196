"""The organiser's side of setting matchmaking up: settings, time windows cut into
slots, tables."""

from datetime import datetime, timedelta

from django.db import transaction
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.events.models import Event

from ..models import Matchmaking, Meeting, ProposedMeeting, Slot, Table, TimeWindow
from ..permissions import can_manage_matchmaking

MAX_SLOTS = 400
MAX_TABLES = 1000


def _check_organiser(user, event: Event) -> None:
    if not can_manage_matchmaking(user, event):
        raise NotAllowed(_("Only the event's organisers run its matchmaking."))


@transaction.atomic
def configure_matchmaking(user, event: Event, data: dict) -> Matchmaking:
    """Switch matchmaking on for an event, or change its settings. A new meeting
    length cuts the windows again, which is refused once meetings are booked."""
    _check_organiser(user, event)
    matchmaking, created = Matchmaking.objects.select_for_update().get_or_create(event=event)
    if event.is_past and created:
        raise DomainError(_("This event is over."))
    old_minutes = matchmaking.meeting_minutes
    matchmaking.is_open = data["is_open"]
    matchmaking.meeting_minutes = data["meeting_minutes"]
    matchmaking.max_meetings = data["max_meetings"]
    matchmaking.requests_close = data.get("requests_close")
    if not created and old_minutes != matchmaking.meeting_minutes:
        if Meeting.objects.filter(matchmaking=matchmaking).exists():
            raise DomainError(_("Meetings are booked: the meeting length can't change any more."))
        ProposedMeeting.objects.filter(run__matchmaking=matchmaking).delete()
        matchmaking.save()
        for window in matchmaking.windows.all():
            window.slots.all().delete()
            cut_into_slots(matchmaking, window)
    matchmaking.save()
    return matchmaking


def cut_into_slots(matchmaking: Matchmaking, window: TimeWindow) -> list[Slot]:
    """The window's slots of the meeting length, saved (at most MAX_SLOTS per event)."""
    length = timedelta(minutes=matchmaking.meeting_minutes)
    slots = []
    start = window.start
    while start + length <= window.end:
        slots.append(Slot(window=window, matchmaking=matchmaking, start=start, end=start + length))
        start += length
    if matchmaking.slots.count() + len(slots) > MAX_SLOTS:
        raise DomainError(
            _("That makes more than %(n)s slots: use longer meetings or shorter windows.")
            % {"n": MAX_SLOTS}
        )
    return Slot.objects.bulk_create(slots)


@transaction.atomic
def add_time_window(user, matchmaking: Matchmaking, start: datetime, end: datetime) -> TimeWindow:
    """A stretch of time for meetings, cut into slots of the meeting length."""
    _check_organiser(user, matchmaking.event)
    matchmaking = Matchmaking.objects.select_for_update().get(pk=matchmaking.pk)
    if end <= start:
        raise DomainError(_("A window ends after it starts."))
    if end - start < timedelta(minutes=matchmaking.meeting_minutes):
        raise DomainError(_("The window is shorter than one meeting."))
    if matchmaking.windows.filter(start__lt=end, end__gt=start).exists():
        raise DomainError(_("This window overlaps another one."))
    window = TimeWindow.objects.create(matchmaking=matchmaking, start=start, end=end)
    cut_into_slots(matchmaking, window)
    return window


@transaction.atomic
def remove_time_window(user, window: TimeWindow) -> None:
    _check_organiser(user, window.matchmaking.event)
    if Meeting.objects.filter(slot__window=window).exists():
        raise DomainError(_("Meetings are booked in this window: cancel them before removing it."))
    window.delete()


@transaction.atomic
def add_table(user, matchmaking: Matchmaking, data: dict) -> Table:
    _check_organiser(user, matchmaking.event)
    if matchmaking.tables.count() >= MAX_TABLES:
        raise DomainError(_("An event has at most %(n)s tables.") % {"n": MAX_TABLES})
    if matchmaking.tables.filter(name__iexact=data["name"]).exists():
        raise DomainError(_("There is already a table with this name."))
    position = matchmaking.tables.count()
    return Table.objects.create(
        matchmaking=matchmaking,
        name=data["name"],
        capacity=data["capacity"],
        online=data.get("online", False),
        position=position,
    )


@transaction.atomic
def add_numbered_tables(user, matchmaking: Matchmaking, count: int, capacity: int = 1) -> int:
    """Tables "Table 1" … "Table N" after the last number used; returns how many."""
    _check_organiser(user, matchmaking.event)
    existing = set(matchmaking.tables.values_list("name", flat=True))
    if len(existing) + count > MAX_TABLES:
        raise DomainError(_("An event has at most %(n)s tables.") % {"n": MAX_TABLES})
    position = len(existing)
    number, tables = 1, []
    while len(tables) < count:
        name = _("Table %(n)s") % {"n": number}
        if name not in existing:
            tables.append(
                Table(matchmaking=matchmaking, name=name, capacity=capacity, position=position)
            )
            position += 1
        number += 1
    Table.objects.bulk_create(tables)
    return len(tables)


@transaction.atomic
def remove_table(user, table: Table) -> None:
    _check_organiser(user, table.matchmaking.event)
    if table.meetings.exists():
        raise DomainError(_("Meetings are booked at this table: cancel them first."))
    ProposedMeeting.objects.filter(table=table).delete()
    table.delete()
