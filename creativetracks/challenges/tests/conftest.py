"""Fixtures for the challenges' tests: real rows, phases set as a test needs them."""

from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import make_user
from creativetracks.challenges.models import (
    Assignment,
    Challenge,
    Criterion,
    Juror,
    Submission,
)
from creativetracks.core.models import Partner


def make_challenge(partner: Partner, phase: str = "open", **fields) -> Challenge:
    now = timezone.now()
    values = {
        "title": "Creative Futures",
        "slug": f"creative-futures-{Challenge.objects.count() + 1}",
        "summary": "Ideas for a creative city.",
        "brief": "Tell us about *your* idea.",
        "partner": partner,
        "phase": phase,
        "time_zone": "Europe/Lisbon",
        "opens_at": now - timedelta(days=10),
        "deadline": now + timedelta(days=10),
        "review_ends_at": now + timedelta(days=30),
        **fields,
    }
    challenge = Challenge.objects.create(**values)
    Criterion.objects.create(challenge=challenge, name="Originality", weight=2, position=1)
    Criterion.objects.create(challenge=challenge, name="Feasibility", weight=1, position=2)
    return challenge


def make_entry(
    challenge: Challenge, lead, state: str = "submitted", title: str = "Loom"
) -> Submission:
    return Submission.objects.create(
        challenge=challenge,
        lead=lead,
        title=title,
        summary=f"{title}: a summary.",
        description="All about it.",
        state=state,
        submitted_at=timezone.now() if state == "submitted" else None,
    )


def seat(challenge: Challenge, user) -> Juror:
    return Juror.objects.create(
        challenge=challenge, email=user.email, user=user, accepted=timezone.now()
    )


def to_review(challenge: Challenge) -> Challenge:
    """Move a challenge into the jury review as if its deadline had just passed."""
    now = timezone.now()
    Challenge.objects.filter(pk=challenge.pk).update(
        phase="review", deadline=now - timedelta(minutes=1), opens_at=now - timedelta(days=20)
    )
    challenge.refresh_from_db()
    return challenge


def assign(seat_: Juror, entry: Submission) -> Assignment:
    return Assignment.objects.create(juror=seat_, submission=entry)


@pytest.fixture
def partner(db) -> Partner:
    return Partner.objects.create(name="INOVA+", slug="inova", country="PT", summary="Leader.")


@pytest.fixture
def organiser(partner):
    user = make_user("organiser@example.org", display_name="Olga Organiser")
    partner.staff.add(user)
    return user


@pytest.fixture
def juror_user(db):
    return make_user("juror@example.org", display_name="Jun Juror")


@pytest.fixture
def applicant(db):
    user = make_user("applicant@example.org", display_name="Ana Applicant")
    profile = user.profile
    profile.country = "PT"
    profile.save()
    return user


@pytest.fixture
def challenge(partner):
    return make_challenge(partner)
