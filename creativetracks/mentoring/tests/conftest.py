from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import make_user
from creativetracks.core.models import Partner
from creativetracks.mentoring import services


@pytest.fixture
def partner(db):
    return Partner.objects.create(
        name="British Council Brazil", slug="bc-brazil", country="BR", summary="Partner"
    )


@pytest.fixture
def organiser(partner):
    user = make_user("organiser@example.org", display_name="Olga Organiser")
    partner.staff.add(user)
    return user


def programme_data(partner, **extra) -> dict:
    now = timezone.now()
    data = {
        "title": "Creative Futures Mentoring",
        "description": "Pairs **young** entrepreneurs with mentors.",
        "languages": ["en", "pt"],
        "sectors": ["design"],
        "partner": partner,
        "network": None,
        "visibility": "public",
        "applications_open": now - timedelta(days=1),
        "applications_close": now + timedelta(days=14),
        "mentorship_weeks": 12,
        "cohort_count": 1,
    }
    data.update(extra)
    return data


@pytest.fixture
def programme(organiser, partner):
    return services.create_programme(organiser, programme_data(partner))


def person(email: str, name: str, *, country: str = "BR", languages=("en",)):
    user = make_user(email, display_name=name)
    user.profile.country = country
    user.profile.languages = list(languages)
    user.profile.save()
    return user


def add_mentor(
    programme, user, *, capacity=1, languages=("en",), sectors=(), expertise=("funding",)
):
    return services.apply_as_mentor(
        user,
        programme,
        {
            "expertise": list(expertise),
            "sectors": list(sectors),
            "languages": list(languages),
            "countries": [],
            "capacity": capacity,
            "availability": "Evenings",
        },
    )


def add_mentee(programme, user, *, languages=("en",), sectors=(), ranking=(), goals="Find funding"):
    return services.apply_as_mentee(
        user,
        programme,
        {
            "goals": goals,
            "sectors": list(sectors),
            "languages": list(languages),
            "meeting_mode": "online",
            "ranking": list(ranking),
        },
    )


@pytest.fixture
def published_pair(programme, organiser):
    """A published pair: Maria mentors Teo."""
    mentor = add_mentor(programme, person("maria@example.org", "Maria Mentor", country="PT"))
    add_mentee(programme, person("teo@example.org", "Teo Mentee"))
    cohort = programme.cohorts.get()
    services.run_matching(organiser, cohort)
    services.publish_matches(organiser, cohort)
    return mentor.pairs.select_related("mentor__user", "mentee__user", "cohort__programme").get()
