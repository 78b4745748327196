"""Reads of the matchmaking shared by views, the event page and the demo: each in a
constant number of queries."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from creativetracks.core.pagination import open_page
from creativetracks.events.models import Event
from creativetracks.social.queries import blocked_user_ids, without_blocked

from . import permissions, recommendations
from .models import (
    Entry,
    EntryFacet,
    Matchmaking,
    Meeting,
    MeetingRequest,
    ProposedMeeting,
    ScheduleRun,
    Seat,
    Slot,
    Unavailability,
)

PAGE_SIZE = 24


def matchmaking_of(event: Event) -> Matchmaking | None:
    matchmaking = Matchmaking.objects.filter(event=event).first()
    if matchmaking is not None:
        matchmaking.event = event
    return matchmaking


def entry_of(user, matchmaking: Matchmaking) -> Entry | None:
    if not getattr(user, "is_authenticated", False):
        return None
    entry = Entry.objects.filter(matchmaking=matchmaking, user=user).first()
    if entry is not None:
        entry.matchmaking = matchmaking
    return entry


# The event page and the organisers' tab ------------------------------------------------


def event_panel(request, event: Event) -> dict | None:
    """The B2B panel on the event page: only when the event has matchmaking."""
    matchmaking = matchmaking_of(event)
    user = request.user
    organiser = permissions.can_manage_matchmaking(user, event)
    if matchmaking is None or (not matchmaking.is_open and not organiser):
        return None
    participant = permissions.is_participant(user, event)
    return {
        "event": event,
        "matchmaking": matchmaking,
        "participant": participant,
        "organiser": organiser,
        "entry": entry_of(user, matchmaking) if participant else None,
        "entries": matchmaking.entries.count(),
    }


def manage_tab_label(event: Event) -> str:
    return _("B2B meetings")


# The marketplace -------------------------------------------------------------------------


@dataclass
class MarketFilters:
    q: str = ""
    offers: str = ""
    seeks: str = ""
    sector: str = ""
    language: str = ""
    country: str = ""

    @property
    def active(self) -> bool:
        return any(vars(self).values())


def marketplace_entries(matchmaking: Matchmaking, viewer, filters: MarketFilters) -> QuerySet:
    entries = without_blocked(
        Entry.objects.filter(matchmaking=matchmaking), viewer, "user"
    ).select_related("user__profile")
    for facet, value in (
        ("offers", filters.offers),
        ("seeks", filters.seeks),
        ("sectors", filters.sector),
        ("languages", filters.language),
    ):
        if value:
            entries = entries.filter(
                pk__in=EntryFacet.objects.filter(facet=facet, value=value).values("entry_id")
            )
    if filters.country:
        entries = entries.filter(user__profile__country=filters.country)
    for word in filters.q.split()[:5]:
        entries = entries.filter(
            Q(user__profile__display_name__icontains=word)
            | Q(user__profile__headline__icontains=word)
            | Q(pitch__icontains=word)
        )
    return entries.order_by("user__profile__display_name", "pk")


def marketplace_page(matchmaking: Matchmaking, viewer, filters: MarketFilters, page=1):
    page = open_page(marketplace_entries(matchmaking, viewer, filters), page, PAGE_SIZE)
    _mark_relations(matchmaking, viewer, page.object_list)
    return page


def _mark_relations(matchmaking: Matchmaking, viewer, entries: list[Entry]) -> None:
    """Each entry's open request with the viewer, if any (one query for the page)."""
    others = [e.user_id for e in entries]
    open_requests = MeetingRequest.objects.filter(
        Q(requester=viewer, recipient_id__in=others) | Q(recipient=viewer, requester_id__in=others),
        matchmaking=matchmaking,
        status__in=MeetingRequest.OPEN,
    ).only("pk", "requester_id", "recipient_id", "status")
    by_other = {
        r.recipient_id if r.requester_id == viewer.pk else r.requester_id: r for r in open_requests
    }
    for entry in entries:
        entry.open_request = by_other.get(entry.user_id)
        entry.matchmaking = matchmaking


def entry_for_page(matchmaking: Matchmaking, viewer, entry_id: int) -> Entry | None:
    entry = (
        without_blocked(Entry.objects.filter(matchmaking=matchmaking, pk=entry_id), viewer, "user")
        .select_related("user__profile")
        .first()
    )
    if entry is not None:
        _mark_relations(matchmaking, viewer, [entry])
    return entry


def _candidate(entry: Entry) -> recommendations.Candidate:
    profile = entry.user.profile
    return recommendations.Candidate(
        entry_id=entry.pk,
        user_id=entry.user_id,
        offers=set(entry.offers),
        seeks=set(entry.seeks),
        sectors=set(entry.sectors),
        languages=set(entry.languages or profile.languages),
        country=str(profile.country or ""),
    )


def suggestions_for(entry: Entry, limit: int = 12) -> list[tuple[Entry, str]]:
    """People you should meet: never yourself, anyone blocked either way, or anyone
    you already have a request with (whatever its answer)."""
    user = entry.user
    excluded = blocked_user_ids(user) | {user.pk}
    for a, b in (
        MeetingRequest.objects.filter(
            Q(requester=user) | Q(recipient=user), matchmaking_id=entry.matchmaking_id
        )
        .exclude(status=MeetingRequest.Status.CANCELLED)
        .values_list("requester_id", "recipient_id")
    ):
        excluded |= {a, b}
    others = [
        e
        for e in Entry.objects.filter(matchmaking_id=entry.matchmaking_id).select_related(
            "user__profile"
        )
        if e.user_id not in excluded
    ]
    by_id = {e.pk: e for e in others}
    ranked = recommendations.rank(_candidate(entry), [_candidate(e) for e in others], limit)
    return [(by_id[s.entry_id], s.reason) for s in ranked]


# Requests and agendas ----------------------------------------------------------------------


@dataclass
class MyRequests:
    incoming: list = field(default_factory=list)
    outgoing: list = field(default_factory=list)
    accepted: list = field(default_factory=list)
    closed: list = field(default_factory=list)


def requests_of(user, matchmaking: Matchmaking) -> MyRequests:
    rows = (
        MeetingRequest.objects.filter(
            Q(requester=user) | Q(recipient=user), matchmaking=matchmaking
        )
        .select_related(
            "requester__profile", "recipient__profile", "meeting__slot", "meeting__table"
        )
        .order_by("-created", "-pk")
    )
    mine = MyRequests()
    for request in rows:
        request.other_person = request.other(user)
        if request.status == MeetingRequest.Status.PENDING:
            (mine.incoming if request.recipient_id == user.pk else mine.outgoing).append(request)
        elif request.status == MeetingRequest.Status.ACCEPTED:
            mine.accepted.append(request)
        else:
            mine.closed.append(request)
    return mine


def request_for_page(user, matchmaking: Matchmaking, request_id: int) -> MeetingRequest | None:
    request = (
        MeetingRequest.objects.filter(matchmaking=matchmaking, pk=request_id)
        .select_related(
            "requester__profile", "recipient__profile", "meeting__slot", "meeting__table"
        )
        .first()
    )
    if request is None:
        return None
    request.matchmaking = matchmaking
    if not permissions.can_see_request(user, request):
        return None
    request.other_person = request.other(user)
    return request


def free_slots_for(request: MeetingRequest) -> list[Slot]:
    """Slots in the future where both people are free and a table has room."""
    matchmaking = request.matchmaking
    people = [request.requester_id, request.recipient_id]
    busy = set(
        Seat.objects.filter(user_id__in=people, meeting__matchmaking=matchmaking).values_list(
            "slot_id", flat=True
        )
    ) | set(
        Unavailability.objects.filter(
            entry__matchmaking=matchmaking, entry__user_id__in=people
        ).values_list("slot_id", flat=True)
    )
    room = sum(matchmaking.tables.values_list("capacity", flat=True))
    used = dict(
        Meeting.objects.filter(matchmaking=matchmaking)
        .values("slot_id")
        .annotate(n=Count("pk"))
        .values_list("slot_id", "n")
    )
    return [
        slot
        for slot in matchmaking.slots.filter(start__gt=timezone.now()).order_by("start")
        if slot.pk not in busy and used.get(slot.pk, 0) < room
    ]


def agenda_of(user, matchmaking: Matchmaking) -> list[Seat]:
    """My meetings in time order, each with the other person and the table."""
    seats = list(
        Seat.objects.filter(user=user, meeting__matchmaking=matchmaking)
        .select_related(
            "slot",
            "meeting__table",
            "meeting__request__requester__profile",
            "meeting__request__recipient__profile",
        )
        .order_by("slot__start")
    )
    for seat in seats:
        seat.other_person = seat.meeting.request.other(user)
    return seats


def meeting_for_page(user, matchmaking: Matchmaking, meeting_id: int) -> Meeting | None:
    meeting = (
        Meeting.objects.filter(matchmaking=matchmaking, pk=meeting_id)
        .select_related(
            "slot", "table", "request__requester__profile", "request__recipient__profile"
        )
        .first()
    )
    if meeting is None:
        return None
    meeting.matchmaking = matchmaking
    meeting.request.matchmaking = matchmaking
    if not permissions.can_see_request(user, meeting.request):
        return None
    return meeting


def availability_of(entry: Entry) -> tuple[list[Slot], set[int], set[int]]:
    """Every slot, the ones I marked unavailable, the ones holding my meetings."""
    slots = list(Slot.objects.filter(matchmaking_id=entry.matchmaking_id).order_by("start"))
    unavailable = set(entry.unavailable.values_list("slot_id", flat=True))
    booked = set(
        Seat.objects.filter(user_id=entry.user_id, slot__in=slots).values_list("slot_id", flat=True)
    )
    return slots, unavailable, booked


# The organisers' side ---------------------------------------------------------------------


@dataclass
class GridRow:
    slot: Slot
    cells: list  # one list of meetings (or proposals) per table


def grid(matchmaking: Matchmaking, run: ScheduleRun | None = None) -> list[GridRow]:
    """Slots × tables: the meetings booked, plus a run's proposals when reviewing."""
    tables = list(matchmaking.tables.all())
    column = {t.pk: i for i, t in enumerate(tables)}
    slots = list(matchmaking.slots.order_by("start"))
    cells: dict[int, list[list]] = {s.pk: [[] for _ in tables] for s in slots}
    meetings = (
        Meeting.objects.filter(matchmaking=matchmaking)
        .select_related("request__requester__profile", "request__recipient__profile")
        .prefetch_related(Prefetch("seats", queryset=Seat.objects.order_by("pk")))
    )
    for meeting in meetings:
        meeting.proposed = False
        cells[meeting.slot_id][column[meeting.table_id]].append(meeting)
    if run is not None:
        for proposal in ProposedMeeting.objects.filter(run=run).select_related(
            "request__requester__profile", "request__recipient__profile"
        ):
            proposal.proposed = True
            cells[proposal.slot_id][column[proposal.table_id]].append(proposal)
    return [GridRow(slot, cells[slot.pk]) for slot in slots]


@dataclass
class Stats:
    participants: int = 0
    requests: int = 0
    pending: int = 0
    accepted: int = 0
    declined: int = 0
    meetings: int = 0
    unscheduled: int = 0
    held: int = 0
    no_shows: int = 0
    useful: int = 0
    follow_ups: int = 0
    feedback: int = 0
    countries: int = 0
    cross_border: int = 0
    country_pairs: list = field(default_factory=list)
    comments: list = field(default_factory=list)


def statistics(matchmaking: Matchmaking) -> Stats:
    """The figures the organisers read. A meeting is held once its time has passed,
    unless someone was marked a no-show or said it did not take place (`held_meetings`)."""
    stats = Stats(participants=matchmaking.entries.count())
    by_status = dict(
        matchmaking.requests.values("status").annotate(n=Count("pk")).values_list("status", "n")
    )
    stats.pending = by_status.get("pending", 0)
    stats.accepted = by_status.get("accepted", 0)
    stats.declined = by_status.get("declined", 0)
    stats.requests = sum(by_status.values())
    seats = Seat.objects.filter(meeting__matchmaking=matchmaking).values_list(
        "meeting_id",
        "user__profile__country",
        "no_show",
        "happened",
        "useful",
        "follow_up",
        "slot__start",
    )
    now = timezone.now()
    per_meeting: dict[int, list] = defaultdict(list)
    for row in seats:
        per_meeting[row[0]].append(row)
    stats.meetings = len(per_meeting)
    stats.unscheduled = max(0, stats.accepted - stats.meetings)
    countries: set[str] = set()
    pairs: dict[tuple[str, str], int] = defaultdict(int)
    for rows in per_meeting.values():
        stats.no_shows += sum(1 for r in rows if r[2])
        stats.feedback += sum(1 for r in rows if r[3] is not None)
        stats.useful += sum(1 for r in rows if r[4])
        stats.follow_ups += sum(1 for r in rows if r[5])
        if rows[0][6] < now and not any(r[2] or r[3] is False for r in rows):
            stats.held += 1
            met = sorted(str(r[1] or "") for r in rows)
            countries |= {c for c in met if c}
            if len(met) == 2 and met[0] and met[1] and met[0] != met[1]:
                stats.cross_border += 1
                pairs[(met[0], met[1])] += 1
    stats.countries = len(countries)
    stats.country_pairs = sorted(pairs.items(), key=lambda item: (-item[1], item[0]))[:10]
    stats.comments = list(
        Seat.objects.filter(meeting__matchmaking=matchmaking)
        .exclude(comment="")
        .select_related("user__profile")
        .order_by("-feedback_at", "-pk")[:20]
    )
    return stats


def runs_of(matchmaking: Matchmaking) -> list[ScheduleRun]:
    return list(matchmaking.runs.all()[:10])


def run_of(matchmaking: Matchmaking, run_id: int) -> ScheduleRun | None:
    run = ScheduleRun.objects.filter(matchmaking=matchmaking, pk=run_id).first()
    if run is not None:
        run.matchmaking = matchmaking
    return run


def held_meetings() -> QuerySet[Meeting]:
    """Meetings held: their time has passed, nobody was marked a no-show and nobody
    said it did not take place (feedback is optional, so silence counts as held)."""
    missed = Seat.objects.filter(meeting=OuterRef("pk")).filter(Q(no_show=True) | Q(happened=False))
    return Meeting.objects.filter(slot__start__lt=timezone.now()).exclude(Exists(missed))
