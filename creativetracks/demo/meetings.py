"""Demo B2B matchmaking at the upcoming b.creative Lisbon conference.

INOVA+ (partner@demo.creativetracks.org) runs it: two afternoon windows of 20-minute
slots, 20 tables and an online room. Every confirmed participant has a marketplace
entry drawn from their profile; each sends a few requests to the people the real
recommender ranks highest for them, and most are accepted, so the organiser has
something to schedule. The demo member has requests waiting, accepted ones and two
booked meetings. A second run adds nothing (the matchmaking is recognised by its event).
"""

import random
from datetime import datetime, time, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from creativetracks.core import taxonomy
from creativetracks.events.models import Event, Registration
from creativetracks.meetings import queries, recommendations
from creativetracks.meetings.models import (
    FACETS,
    Entry,
    EntryFacet,
    Matchmaking,
    MeetingRequest,
    Table,
    TimeWindow,
)
from creativetracks.meetings.services import place_meeting
from creativetracks.meetings.services.setup import cut_into_slots

from .data import DEMO_DOMAIN

EVENT_SLUG = "b-creative-lisbon"
PITCHES = [
    "Looking for partners for a touring exhibition next year.",
    "I run a small studio and want to meet distributors and festival programmers.",
    "Happy to share what we learnt crowdfunding our first collection.",
    "Searching for co-producers for a short documentary on craft traditions.",
    "Open to residencies and exchanges with studios abroad.",
    "We build interactive installations and look for venues and commissioners.",
]
EXCHANGE = [slug for slug, _label in taxonomy.EXCHANGE_CATEGORIES]


@transaction.atomic
def seed_meetings() -> int:
    """Returns the number of requests created (0 when already there)."""
    event = Event.objects.filter(slug=EVENT_SLUG).first()
    if event is None or Matchmaking.objects.filter(event=event).exists():
        return 0
    rng = random.Random(2026)
    matchmaking = Matchmaking.objects.create(
        event=event,
        meeting_minutes=20,
        max_meetings=8,
        requests_close=event.start - timedelta(hours=12),
    )
    day = event.local_start.date()
    for begins, ends in ((time(14, 0), time(16, 0)), (time(16, 30), time(18, 10))):
        start = datetime.combine(day, begins, tzinfo=event.zone)
        end = datetime.combine(day, ends, tzinfo=event.zone)
        window = TimeWindow.objects.create(matchmaking=matchmaking, start=start, end=end)
        cut_into_slots(matchmaking, window)
    Table.objects.bulk_create(
        [Table(matchmaking=matchmaking, name=f"Table {n}", position=n) for n in range(1, 21)]
        + [Table(matchmaking=matchmaking, name="Online room", capacity=5, online=True, position=21)]
    )
    participants = list(
        Registration.objects.filter(event=event, status__in=Registration.HOLDS_A_PLACE)
        .select_related("user__profile")
        .order_by("pk")
    )
    entries = []
    for registration in participants:
        profile = registration.user.profile
        offers = profile.offer_categories or rng.sample(EXCHANGE, 2)
        seeks = [s for s in (profile.need_categories or rng.sample(EXCHANGE, 2)) if s not in offers]
        entries.append(
            Entry(
                matchmaking=matchmaking,
                user=registration.user,
                pitch=rng.choice(PITCHES),
                offers=offers[:3],
                seeks=(seeks or [rng.choice([e for e in EXCHANGE if e not in offers])])[:3],
                sectors=profile.sectors[:3],
                languages=profile.languages[:4] or ["en"],
            )
        )
    Entry.objects.bulk_create(entries)
    entries = list(Entry.objects.filter(matchmaking=matchmaking).select_related("user__profile"))
    EntryFacet.objects.bulk_create(
        EntryFacet(entry=entry, facet=facet, value=value)
        for entry in entries
        for facet in FACETS
        for value in dict.fromkeys(getattr(entry, facet))
    )
    candidates = {entry.pk: queries._candidate(entry) for entry in entries}
    by_id = {entry.pk: entry for entry in entries}
    demo = next((e for e in entries if e.user.email == f"member@{DEMO_DOMAIN}"), None)
    pairs: set[frozenset] = set()
    requests = []
    now = timezone.now()
    Status = MeetingRequest.Status
    for entry in entries:
        others = [c for pk, c in candidates.items() if pk != entry.pk]
        ranked = recommendations.rank(candidates[entry.pk], others, limit=12)
        for suggestion in rng.sample(ranked, min(len(ranked), rng.randint(2, 4))):
            other = by_id[suggestion.entry_id]
            pair = frozenset((entry.user_id, other.user_id))
            if pair in pairs:
                continue
            pairs.add(pair)
            roll = rng.random()
            if demo is not None and other.pk == demo.pk and roll < 0.5:
                status = Status.PENDING  # the demo member has requests to answer
            else:
                status = (
                    Status.ACCEPTED
                    if roll < 0.7
                    else Status.DECLINED
                    if roll < 0.8
                    else Status.PENDING
                )
            requests.append(
                MeetingRequest(
                    matchmaking=matchmaking,
                    requester=entry.user,
                    recipient=other.user,
                    message=f"Hello! {suggestion.reason[:1].upper()}{suggestion.reason[1:]}: shall we meet?"
                    if suggestion.reason
                    else "Hello! Shall we meet in Lisbon?",
                    priority=rng.choice([1, 1, 2]),
                    recipient_priority=rng.choice([1, 1, 2]) if status == Status.ACCEPTED else 1,
                    status=status,
                    reason="My agenda is full, sorry." if status == Status.DECLINED else "",
                    created=now - timedelta(days=rng.randint(1, 10), minutes=rng.randint(0, 600)),
                    answered=now - timedelta(hours=rng.randint(1, 20))
                    if status != Status.PENDING
                    else None,
                )
            )
    if demo is not None:
        # The demo member's own story: meetings agreed and requests to answer.
        others = [c for pk, c in candidates.items() if pk != demo.pk]
        fresh = [
            s
            for s in recommendations.rank(candidates[demo.pk], others, limit=30)
            if frozenset((demo.user_id, by_id[s.entry_id].user_id)) not in pairs
        ]
        for n, suggestion in enumerate(fresh[:6]):
            status = Status.ACCEPTED if n < 3 else Status.PENDING
            requests.append(
                MeetingRequest(
                    matchmaking=matchmaking,
                    requester=by_id[suggestion.entry_id].user,
                    recipient=demo.user,
                    message="I saw your woven work: shall we meet in Lisbon?",
                    priority=2 if n % 2 else 1,
                    status=status,
                    created=now - timedelta(days=2, hours=n),
                    answered=now - timedelta(days=1) if status == Status.ACCEPTED else None,
                )
            )
    MeetingRequest.objects.bulk_create(requests)
    if demo is not None:
        mine = MeetingRequest.objects.filter(
            Q(requester=demo.user) | Q(recipient=demo.user),
            matchmaking=matchmaking,
            status=Status.ACCEPTED,
        )
        slots = list(matchmaking.slots.order_by("start"))
        for request, slot in zip(mine.order_by("pk")[:2], slots[1::3], strict=False):
            request.matchmaking = matchmaking
            place_meeting(request, slot)
    return len(requests)
