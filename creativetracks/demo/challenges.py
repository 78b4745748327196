"""Demo challenges: the real b.creative challenge 2017 and an open demo challenge.

Source for the real facts: shared/seed/creative-tracks-2015-2017.txt — the winner of the
b.creative challenge, Aris Papadopoulos representing LATRA, was awarded at b.creative
Shanghai on 15 November 2017. Everything else about that challenge (its brief, dates
before the award, criteria, the other entries, the jury's scores) is demo material,
chosen so the ranking agrees with the real outcome. Idempotent: challenges are
recognised by their address.
"""

from datetime import UTC, datetime, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from creativetracks.challenges.models import (
    Assignment,
    Challenge,
    Criterion,
    Juror,
    Prize,
    Score,
    Submission,
)
from creativetracks.core.models import Partner

from .data import DEMO_DOMAIN
from .members import MEMBER_DOMAIN

BCREATIVE_SLUG = "b-creative-challenge-2017"
OPEN_SLUG = "creative-tracks-open-challenge"
WINNER_EMAIL = f"aris.papadopoulos@{DEMO_DOMAIN}"
ENTRY_TITLES = [
    "Threads of the Delta",
    "Open Kiln",
    "Sound Maps of the Harbour",
    "Pop-up Design School",
    "The Shared Atelier",
    "Market Stories",
    "Light Rooms",
    "Craft Without Borders",
]
CRITERIA = [
    ("Creativity and originality", "How new is the idea, and how boldly is it carried?", 3),
    ("Feasibility", "Can the team make it happen with the means described?", 2),
    ("Impact", "Who benefits, and how much, in the creative sector and beyond?", 2),
    ("International dimension", "Does it connect people and places across borders?", 1),
]


def _members(count: int) -> list:
    return list(
        get_user_model()
        .objects.filter(email__endswith="@" + MEMBER_DOMAIN, is_active=True)
        .select_related("profile")
        .order_by("pk")[:count]
    )


def _account(email: str, name: str):
    from allauth.account.models import EmailAddress

    user, created = get_user_model().objects.get_or_create(
        email=email, defaults={"display_name": name}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
    profile = user.profile
    if profile.display_name != name or profile.visibility != "public":
        profile.display_name = name
        profile.visibility = "public"
        profile.save(update_fields=["display_name", "visibility"])
    return user


def _criteria(challenge: Challenge) -> list[Criterion]:
    return Criterion.objects.bulk_create(
        Criterion(challenge=challenge, name=n, description=d, weight=w, position=i)
        for i, (n, d, w) in enumerate(CRITERIA)
    )


@transaction.atomic
def seed_bcreative(partner: Partner) -> Challenge | None:
    if Challenge.objects.filter(slug=BCREATIVE_SLUG).exists():
        return None
    juror_accounts = [_account(f"juror@{DEMO_DOMAIN}", "Li Wei")] + [
        _account(f"bcreative.juror{i}@{DEMO_DOMAIN}", name)
        for i, name in enumerate(["Sofia Marques", "Pieter de Vries"], start=1)
    ]
    winner = _account(WINNER_EMAIL, "Aris Papadopoulos")
    challenge = Challenge.objects.create(
        title="b.creative challenge 2017",
        slug=BCREATIVE_SLUG,
        summary="The Creative Tracks challenge for young creative entrepreneurs, awarded at b.creative Shanghai.",
        brief=(
            "The **b.creative challenge** invited young creative entrepreneurs from all over the "
            "world to present a project that connects creativity, entrepreneurship and "
            "international cooperation.\n\nThe winner was awarded at **b.creative Shanghai** on "
            "15 November 2017, during the EU–China High Level People to People Dialogue."
        ),
        rules="One entry per person or team. Entries in English. Teams of up to five people.",
        partner=partner,
        phase=Challenge.Phase.RESULTS,
        visibility=Challenge.Visibility.PUBLIC,
        time_zone="Asia/Shanghai",
        opens_at=datetime(2017, 6, 1, 0, 0, tzinfo=UTC),
        deadline=datetime(2017, 9, 15, 15, 59, tzinfo=UTC),
        review_ends_at=datetime(2017, 10, 31, 15, 59, tzinfo=UTC),
        min_age=18,
        max_age=35,
        max_team_size=5,
        normalise_scores=True,
        reviews_per_entry=None,
        review_closed_at=datetime(2017, 10, 31, 15, 59, tzinfo=UTC),
        results_published_at=datetime(2017, 11, 15, 8, 0, tzinfo=UTC),
        notified_phase=Challenge.Phase.RESULTS,
    )
    criteria = _criteria(challenge)
    prize = Prize.objects.create(
        challenge=challenge,
        title="b.creative challenge award",
        description="Presented at b.creative Shanghai on 15 November 2017.",
    )
    applicants = [
        u for u in _members(len(ENTRY_TITLES) + 10) if u.pk not in {j.pk for j in juror_accounts}
    ]
    submitted = datetime(2017, 9, 1, 10, 0, tzinfo=UTC)
    entries = [
        Submission(
            challenge=challenge,
            lead=winner,
            title="LATRA",
            summary="The winning entry of the b.creative challenge 2017, presented by Aris Papadopoulos for LATRA.",
            description="Aris Papadopoulos represented **LATRA** and received the award at b.creative Shanghai.",
            represents="LATRA",
            state=Submission.State.SUBMITTED,
            submitted_at=submitted,
            created=submitted,
            shortlisted=True,
            award=Submission.Award.WINNER,
            prize=prize,
        )
    ]
    for i, (title, lead) in enumerate(zip(ENTRY_TITLES, applicants, strict=False)):
        entries.append(
            Submission(
                challenge=challenge,
                lead=lead,
                title=title,
                summary=f"{title}: a demo entry to the b.creative challenge.",
                description="A demo entry: the real entries of 2017 are not part of the public record.",
                state=Submission.State.SUBMITTED,
                submitted_at=submitted + timedelta(days=i + 1),
                created=submitted,
                shortlisted=i < 2,
            )
        )
    entries = Submission.objects.bulk_create(entries)
    seats = Juror.objects.bulk_create(
        Juror(
            challenge=challenge,
            email=u.email,
            name=u.profile.display_name,
            user=u,
            accepted=challenge.opens_at,
        )
        for u in juror_accounts
    )
    assignments = Assignment.objects.bulk_create(
        Assignment(juror=seat, submission=entry, completed=challenge.review_ends_at, comment="")
        for seat in seats
        for entry in entries
    )
    scores = []
    for assignment in assignments:
        entry_index = entries.index(next(e for e in entries if e.pk == assignment.submission_id))
        juror_index = seats.index(next(s for s in seats if s.pk == assignment.juror_id))
        for criterion in criteria:
            # The winner leads on every card; the others spread deterministically below it.
            base = (
                9
                if entry_index == 0
                else 3 + (entry_index * 7 + criterion.position * 3 + juror_index) % 5
            )
            value = max(0, min(10, base - juror_index))  # a harsher juror each time
            scores.append(Score(assignment=assignment, criterion=criterion, value=value))
    Score.objects.bulk_create(scores)
    return challenge


@transaction.atomic
def seed_open_challenge(partner: Partner) -> Challenge | None:
    if Challenge.objects.filter(slug=OPEN_SLUG).exists():
        return None
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    organiser = get_user_model().objects.filter(email=f"partner@{DEMO_DOMAIN}").first()
    challenge = Challenge.objects.create(
        title="Creative Tracks open challenge",
        slug=OPEN_SLUG,
        summary="A demo challenge open for entries: pitch a cross-border creative project.",
        brief=(
            "Pitch a project that brings creative entrepreneurs from **two or more countries** "
            "together. Tell us what you will make, with whom, and what you need."
        ),
        rules="Entries in English, Portuguese, French, Spanish or Chinese. PDFs and images up to 2 MB.",
        partner=partner,
        created_by=organiser,
        phase=Challenge.Phase.OPEN,
        time_zone="Europe/Lisbon",
        opens_at=now - timedelta(days=7),
        deadline=now + timedelta(days=30),
        review_ends_at=now + timedelta(days=60),
        min_age=18,
        max_age=35,
        max_team_size=4,
        blind_review=True,
        normalise_scores=True,
        public_vote=True,
        reviews_per_entry=2,
        notified_phase=Challenge.Phase.OPEN,
    )
    _criteria(challenge)
    Prize.objects.create(challenge=challenge, title="Mentoring and a travel grant", position=1)
    juror = get_user_model().objects.filter(email=f"juror@{DEMO_DOMAIN}").first()
    if juror is not None:
        Juror.objects.create(
            challenge=challenge, email=juror.email, name="Li Wei", user=juror, accepted=now
        )
    member = get_user_model().objects.filter(email=f"member@{DEMO_DOMAIN}").first()
    if member is not None:
        Submission.objects.create(
            challenge=challenge,
            lead=member,
            title="Aso-oke across continents",
            summary="Hand-woven aso-oke meets contemporary European design.",
            description="A draft: add your team and files, then submit.",
        )
    return challenge


def seed_challenges() -> int:
    """Both challenges, once; returns how many were added."""
    partner = Partner.objects.filter(slug="inova").first()
    if partner is None:
        return 0
    return sum(1 for c in (seed_bcreative(partner), seed_open_challenge(partner)) if c is not None)
