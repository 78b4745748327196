"""Fixtures for the opportunities' tests: rows made through the real services."""

from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import make_user
from creativetracks.core.models import Partner
from creativetracks.opportunities import services


def partner_staff(email: str = "partner@example.org"):
    user = make_user(email, display_name="Paula Partner")
    partner, _ = Partner.objects.get_or_create(
        slug="inova", defaults={"name": "INOVA+", "country": "PT", "summary": "Lead partner."}
    )
    partner.staff.add(user)
    return user


@pytest.fixture
def publisher(db):
    return partner_staff()


def opportunity_data(**fields) -> dict:
    data = {
        "kind": "grant",
        "title": "Seed fund for studios",
        "organiser": "Fundação Criativa",
        "description": "Money for *studios*.",
        "link": "https://example.org/apply",
        "deadline": timezone.now() + timedelta(days=20),
        "deadline_time_zone": "Europe/Lisbon",
        "languages": ["en"],
        "visibility": "public",
    }
    data.update(fields)
    return data


def publish(user, **fields):
    return services.submit_opportunity(user, opportunity_data(**fields))


def set_profile(user, **fields):
    profile = user.profile
    for key, value in fields.items():
        setattr(profile, key, value)
    profile.save()
    if hasattr(user, "_applicant"):
        del user._applicant
    return profile
