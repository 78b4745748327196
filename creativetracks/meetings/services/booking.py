"""Placing accepted requests in a slot at a table: self-booking by a participant,
and the one function that every placement (the scheduler's included) goes through.

Race safety: the two people's marketplace entries are locked (in id order) before
their meetings are counted, and the slot row before its tables are counted, so two
bookings can't both take a person's last meeting or a table's last place; the
database's unique (slot, person) seat is the final guard against double booking."""

from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.notifications.services import notify

from ..models import Entry, Meeting, MeetingRequest, Seat, Slot, Table, Unavailability
from ..permissions import can_manage_matchmaking, is_party
from .requests import _name, request_url


class SlotTaken(DomainError):
    status = 409


def place_meeting(
    request: MeetingRequest,
    slot: Slot,
    *,
    table: Table | None = None,
    source: str = Meeting.Source.BOOKED,
    run=None,
) -> Meeting:
    """Create the meeting if every rule holds, inside the caller's transaction; raise
    SlotTaken (or DomainError) otherwise."""
    matchmaking = request.matchmaking
    people = [request.requester_id, request.recipient_id]
    if request.status != MeetingRequest.Status.ACCEPTED:
        raise DomainError(_("Only accepted requests become meetings."))
    if Meeting.objects.filter(request=request).exists():
        raise DomainError(_("This meeting already has a time."))
    if slot.matchmaking_id != matchmaking.pk:
        raise DomainError(_("This time is not one of the event's slots."))
    entries = list(
        Entry.objects.select_for_update()
        .filter(matchmaking=matchmaking, user_id__in=people)
        .order_by("pk")
    )
    if len(entries) != 2:
        raise DomainError(_("Both people must be in the marketplace."))
    if Unavailability.objects.filter(entry__in=entries, slot=slot).exists():
        raise SlotTaken(_("One of you is not available at this time."))
    if Seat.objects.filter(slot=slot, user_id__in=people).exists():
        raise SlotTaken(_("One of you already has a meeting at this time."))
    counts = dict(
        Seat.objects.filter(meeting__matchmaking=matchmaking, user_id__in=people)
        .values("user_id")
        .annotate(n=Count("pk"))
        .values_list("user_id", "n")
    )
    if any(counts.get(person, 0) >= matchmaking.max_meetings for person in people):
        raise SlotTaken(
            _("One of you has reached the event's maximum of %(n)s meetings.")
            % {"n": matchmaking.max_meetings}
        )
    Slot.objects.select_for_update().filter(pk=slot.pk).first()
    used = dict(
        Meeting.objects.filter(slot=slot)
        .values("table_id")
        .annotate(n=Count("pk"))
        .values_list("table_id", "n")
    )
    tables = [table] if table is not None else list(matchmaking.tables.all())
    free = next((t for t in tables if used.get(t.pk, 0) < t.capacity), None)
    if free is None:
        raise SlotTaken(_("Every table is taken at this time."))
    try:
        with transaction.atomic():
            meeting = Meeting.objects.create(
                request=request,
                matchmaking=matchmaking,
                slot=slot,
                table=free,
                source=source,
                run=run,
            )
            Seat.objects.bulk_create(
                Seat(meeting=meeting, user_id=person, slot=slot) for person in people
            )
    except IntegrityError as error:
        raise SlotTaken(_("One of you already has a meeting at this time.")) from error
    return meeting


@transaction.atomic
def book_meeting(user, request: MeetingRequest, slot: Slot) -> Meeting:
    """Either person of an accepted request picks a time free for both."""
    request = (
        MeetingRequest.objects.select_for_update(of=("self",))
        .select_related("matchmaking__event", "requester__profile", "recipient__profile")
        .get(pk=request.pk)
    )
    if not is_party(user, request):
        raise NotAllowed(_("This is not your meeting."))
    event = request.matchmaking.event
    if timezone.now() >= event.end:
        raise DomainError(_("This event is over."))
    meeting = place_meeting(request, slot)
    when = timezone.localtime(slot.start, event.zone)
    notify(
        request.other(user),
        "meeting_booked",
        text=_("%(name)s booked your meeting at %(event)s: %(when)s, %(table)s.")
        % {
            "name": _name(user),
            "event": event,
            "when": f"{when:%d %b %H:%M} ({event.time_zone})",
            "table": meeting.table.name,
        },
        url=request_url(request),
        actor=user,
    )
    return meeting


@transaction.atomic
def unbook_meeting(user, meeting: Meeting) -> MeetingRequest:
    """Free the time of a meeting (the request stays accepted, ready for another time)."""
    request = MeetingRequest.objects.select_for_update(of=("self",)).get(pk=meeting.request_id)
    event = request.matchmaking.event
    if not (is_party(user, request) or can_manage_matchmaking(user, event)):
        raise NotAllowed(_("This is not your meeting."))
    Meeting.objects.filter(pk=meeting.pk).delete()
    for person in (request.requester, request.recipient):
        notify(
            person,
            "meeting_booked",
            text=_("Your meeting at %(event)s no longer has a time: choose another one.")
            % {"event": event},
            url=request_url(request),
            actor=user,
        )
    return request
