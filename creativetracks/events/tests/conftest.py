"""Fixtures for the events' tests: real rows through the real services."""

from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import make_user
from creativetracks.core.models import Partner
from creativetracks.events import services
from creativetracks.events.models import Event


def make_partner(slug: str = "inova", name: str = "INOVA+") -> Partner:
    return Partner.objects.get_or_create(
        slug=slug, defaults={"name": name, "country": "PT", "summary": "A partner."}
    )[0]


def make_event(organiser, title: str = "Kick-Start Lisbon", **fields) -> Event:
    """An event published through the service by `organiser` (partner staff)."""
    partner = organiser.partner_organisations.first()
    start = fields.pop("start", timezone.now() + timedelta(days=10))
    data = {
        "kind": "workshop",
        "title": title,
        "subtitle": "",
        "description": "A *workshop*.",
        "languages": ["en", "pt"],
        "network": None,
        "visibility": "public",
        "start": start,
        "end": start + timedelta(hours=6),
        "time_zone": "Europe/Lisbon",
        "online": False,
        "online_url": "",
        "venue_name": "Fábrica",
        "address": "Rua 1",
        "city": "Lisbon",
        "country": "PT",
        "capacity": 50,
        "waitlist": True,
        "requires_approval": False,
        "registration_opens": None,
        "registration_closes": None,
        "organiser": f"partner:{partner.pk}",
        **fields,
    }
    return services.create_event(organiser, data)


@pytest.fixture
def partner(db):
    return make_partner()


@pytest.fixture
def organiser(partner):
    user = make_user("rita@example.org", display_name="Rita Organiser")
    partner.staff.add(user)
    return user


@pytest.fixture
def event(organiser):
    return make_event(organiser)


def attendees(n: int, prefix: str = "person"):
    return [make_user(f"{prefix}{i}@example.org", display_name=f"Person {i}") for i in range(n)]
