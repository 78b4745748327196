"""Demo mentoring: a finished 2017 programme (every pair closed, with sessions, logs and
feedback) and a running one (pairs mid-way, sessions coming up, check-ins).

Both are run by INOVA+, the consortium leader, whose demo staff account
(partner@demo.creativetracks.org) organises them. The demo member is a mentee in the
running programme. Pairs come from the real matching algorithm; rows are bulk inserted,
and a second run adds nothing (programmes are recognised by their address).
"""

import random
from datetime import UTC, datetime, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from creativetracks.core.models import Partner
from creativetracks.mentoring import matching
from creativetracks.mentoring.models import (
    CheckIn,
    Cohort,
    Feedback,
    LogEntry,
    Mentee,
    Mentor,
    Pair,
    PrivateNote,
    Programme,
    Session,
)

from .data import DEMO_DOMAIN
from .people import EMAIL_DOMAIN

PARTNER_STAFF = f"partner@{DEMO_DOMAIN}"
DEMO_MEMBER = f"member@{DEMO_DOMAIN}"
FINISHED, RUNNING = "creative-entrepreneurs-mentoring-2017", "creative-tracks-mentoring"

EXPERTISE = [
    "funding applications",
    "international touring",
    "pricing and contracts",
    "brand strategy",
    "export and distribution",
    "crowdfunding",
    "intellectual property",
    "pitching to investors",
    "social media marketing",
    "co-production",
]
GOALS = [
    "Find funding to take my studio abroad and price my work properly.",
    "Prepare a pitch to investors and understand contracts for co-production.",
    "Build a brand and grow an audience through social media marketing.",
    "Plan international touring and export my products to two new markets.",
    "Learn about intellectual property before licensing my designs.",
    "Launch a crowdfunding campaign for my first collection.",
]
LOGS = [
    "Went through the budget line by line; next time: the cover letter.",
    "Mapped three festivals to approach and who to write to.",
    "Reviewed the pitch deck; cut it to ten slides.",
    "Talked about pricing commissions: a day rate plus materials.",
]
NEXT = [
    "Apply to the mobility grant in spring.",
    "Keep meeting once a month, informally.",
    "Launch the online shop before the summer.",
    "",
]


def _people(count: int) -> list:
    return list(
        get_user_model()
        .objects.filter(email__endswith=f"@{EMAIL_DOMAIN}", is_active=True)
        .select_related("profile")
        .order_by("pk")[:count]
    )


def _languages(user) -> list[str]:
    return list(user.profile.languages[:3]) or ["en"]


def _cohort_with_pairs(
    cohort: Cohort, mentors: list, mentees: list, rng: random.Random, favourite=None
) -> list[Pair]:
    """Applications from these people, matched by the real algorithm; the first mentor
    ranks `favourite` (the demo member) first, so the demo member always has a mentor."""
    mentor_rows = Mentor.objects.bulk_create(
        Mentor(
            cohort=cohort,
            user=user,
            expertise=rng.sample(EXPERTISE, 3),
            sectors=list(user.profile.sectors[:2]),
            languages=sorted(set(_languages(user)) | {"en"}),
            countries=[user.profile.country.code] if user.profile.country else [],
            capacity=rng.choice([1, 2, 2, 3]),
            availability=rng.choice(["Two evenings a month", "Fridays, online", "Flexible"]),
        )
        for user in mentors
    )
    mentee_rows = Mentee.objects.bulk_create(
        Mentee(
            cohort=cohort,
            user=user,
            goals=rng.choice(GOALS),
            sectors=list(user.profile.sectors[:2]),
            languages=_languages(user),
            meeting_mode=rng.choice(["online", "either", "in_person"]),
            ranking=[m.pk for m in rng.sample(mentor_rows, 2)] if rng.random() < 0.5 else [],
        )
        for user in mentees
    )
    by_user = {m.pk: m.user for m in mentee_rows}
    if favourite is not None:
        mentor_rows[0].ranking = [m.pk for m in mentee_rows if m.user == favourite]
        Mentor.objects.bulk_update(mentor_rows[:1], ["ranking"])
    mentor_by_id = {r.pk: r for r in mentor_rows}
    mentee_by_id = {m.pk: m for m in mentee_rows}
    result = matching.match(
        [
            matching.MenteeIn(
                id=m.pk,
                languages=frozenset(m.languages),
                sectors=frozenset(m.sectors),
                goals=m.goals,
                country=by_user[m.pk].profile.country.code or "",
                ranking=tuple(m.ranking),
            )
            for m in mentee_rows
        ],
        [
            matching.MentorIn(
                id=r.pk,
                capacity=r.capacity,
                languages=frozenset(r.languages),
                sectors=frozenset(r.sectors),
                expertise=tuple(r.expertise),
                countries=frozenset(r.countries),
                ranking=tuple(r.ranking),
            )
            for r in mentor_rows
        ],
    )
    return Pair.objects.bulk_create(
        Pair(
            cohort=cohort,
            mentor=mentor_by_id[s.mentor_id],
            mentee=mentee_by_id[s.mentee_id],
            score=s.score,
            reasons=list(s.reasons),
            status=Pair.Status.ACTIVE,
            published=cohort.published,
            goals="1. " + rng.choice(GOALS) + "\n2. Meet every two weeks.",
        )
        for s in result.suggestions
    )


def _programme(slug: str, title: str, description: str, partner, staff, **fields) -> Programme:
    return Programme.objects.create(
        slug=slug,
        title=title,
        description=description,
        partner=partner,
        created_by=staff,
        languages=["en", "pt", "fr", "es"],
        sectors=["design", "crafts", "music", "audiovisual-film"],
        visibility=Programme.Visibility.PUBLIC,
        **fields,
    )


@transaction.atomic
def seed_mentoring() -> int:
    """Adds the two demo programmes; returns how many programmes were added."""
    if Programme.objects.filter(slug__in=[FINISHED, RUNNING]).exists():
        return 0
    partner = Partner.objects.filter(slug="inova").first()
    User = get_user_model()
    staff = User.objects.filter(email=PARTNER_STAFF).first()
    people = _people(80)
    if partner is None or len(people) < 20:
        return 0
    rng = random.Random(16)
    now = timezone.now()
    sessions, logs, notes, check_ins, feedback = [], [], [], [], []

    # The finished programme: spring 2017, one cohort, every pair closed.
    start = datetime(2017, 3, 1, 10, tzinfo=UTC)
    finished = _programme(
        FINISHED,
        "Creative Entrepreneurs Mentoring 2017",
        "Twelve weeks with an experienced mentor, alongside the workshops in Paris, Cardiff "
        "and Porto, to accelerate the **professional development** of young creative "
        "entrepreneurs.",
        partner,
        staff,
        applications_open=start - timedelta(days=40),
        applications_close=start - timedelta(days=10),
        mentorship_weeks=12,
        cohort_count=1,
    )
    cohort = Cohort.objects.create(
        programme=finished,
        number=1,
        status=Cohort.Status.CLOSED,
        published=start,
        closed=start + timedelta(weeks=12),
    )
    pairs = _cohort_with_pairs(cohort, people[:8], people[8:28], rng)
    for pair in pairs:
        for n in range(rng.randint(3, 5)):
            sessions.append(
                Session(
                    pair=pair,
                    starts=start + timedelta(weeks=2 * n + 1, hours=rng.randint(0, 8)),
                    minutes=60,
                    mode=rng.choice(["online", "in_person"]),
                    reminder_sent=start + timedelta(weeks=2 * n + 1) - timedelta(hours=20),
                )
            )
            logs.append(
                LogEntry(
                    pair=pair,
                    author_id=pair.mentor.user_id,
                    body=rng.choice(LOGS),
                    created=start + timedelta(weeks=2 * n + 1, hours=10),
                )
            )
        if rng.random() < 0.85:
            pair.status, pair.completed = Pair.Status.COMPLETED, start + timedelta(weeks=12)
            for user_id in (pair.mentor.user_id, pair.mentee.user_id):
                feedback.append(
                    Feedback(
                        pair=pair,
                        author_id=user_id,
                        goals_met=rng.choice(["yes", "yes", "partly", "no"]),
                        rating=rng.choice([3, 4, 4, 5, 5]),
                        what_next=rng.choice(NEXT),
                    )
                )
    Pair.objects.bulk_update(pairs, ["status", "completed"])

    # The running programme: cohort 1 mid-way through, cohort 2 to come.
    started = now - timedelta(weeks=4)
    running = _programme(
        RUNNING,
        "Creative Tracks Mentoring",
        "Mentors from the consortium's networks help young creative entrepreneurs take "
        "their work across borders: funding, pricing, touring, export.",
        partner,
        staff,
        applications_open=started - timedelta(days=30),
        applications_close=started - timedelta(days=5),
        mentorship_weeks=10,
        cohort_count=2,
    )
    cohort = Cohort.objects.create(
        programme=running, number=1, status=Cohort.Status.RUNNING, published=started
    )
    Cohort.objects.create(programme=running, number=2)
    mentees = people[40:60]
    demo_member = User.objects.filter(email=DEMO_MEMBER).select_related("profile").first()
    if demo_member is not None:
        mentees = [demo_member, *mentees]
    pairs = _cohort_with_pairs(cohort, people[30:38], mentees, rng, favourite=demo_member)
    for n, pair in enumerate(pairs):
        for k in (-3, -1):
            sessions.append(
                Session(pair=pair, starts=now + timedelta(weeks=k, hours=n), minutes=60)
            )
        logs.append(
            LogEntry(
                pair=pair,
                author_id=pair.mentee.user_id,
                body=rng.choice(LOGS),
                created=now - timedelta(weeks=1),
            )
        )
        sessions.append(
            Session(
                pair=pair,
                starts=now + timedelta(days=rng.randint(2, 12), hours=n),
                minutes=45,
                where="https://meet.example.org/creative-tracks",
            )
        )
        notes.append(
            PrivateNote(
                pair=pair,
                author_id=pair.mentee.user_id,
                body="Remember to send the budget before our next session.",
            )
        )
        if n % 3 == 0:
            check_ins.append(
                CheckIn(pair=pair, author=staff, message="Halfway there: how is it going?")
            )
    Session.objects.bulk_create(sessions)
    LogEntry.objects.bulk_create(logs)
    PrivateNote.objects.bulk_create(notes)
    CheckIn.objects.bulk_create(check_ins)
    Feedback.objects.bulk_create(feedback)
    return 2
