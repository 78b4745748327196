"""Register for an event, get the ticket, and be checked in by the organiser."""

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from conftest import make_user
from creativetracks.core.models import Partner
from creativetracks.events import services
from creativetracks.events.models import Registration
from creativetracks.events.tests.conftest import make_event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def workshop(db):
    partner = Partner.objects.create(
        name="Visiting Arts", slug="visiting-arts", country="GB", summary="A partner."
    )
    organiser = make_user("organiser@example.org", display_name="Olivia Organiser")
    partner.staff.add(organiser)
    event = make_event(
        organiser,
        "Kick-Start Cardiff",
        subtitle="International Creative Entrepreneurship Workshop",
        description="Four days to **kick-start** your creative business: pitching, "
        "funding, international partners and a portfolio clinic.",
        city="Cardiff",
        country="GB",
        venue_name="Chapter Arts Centre",
        address="Market Road",
        time_zone="Europe/London",
        capacity=30,
        languages=["en"],
        start=datetime.combine(
            date.today() + timedelta(days=30), time(9, 30), tzinfo=ZoneInfo("Europe/London")
        ),
    )
    for n in range(11):
        services.register_for_event(make_user(f"early{n}@example.org"), event, {})
    services.add_question(
        organiser,
        event,
        {
            "label": "Your sector",
            "kind": "single",
            "choices": ["Design", "Music"],
            "required": True,
        },
    )
    return event


def test_register_for_an_event_and_check_in(journey, workshop):
    amina = make_user("amina@example.org", display_name="Amina Mussa")
    page = journey.open()
    page.goto(journey.url("/events/"))
    expect(page.get_by_role("link", name="Kick-Start Cardiff")).to_be_visible()
    journey.shot(page, "events")

    page = journey.open(amina)
    page.goto(journey.url(workshop.get_absolute_url()))
    expect(page.get_by_text("11 / 30 places")).to_be_visible()
    journey.shot(page, "event")
    page.get_by_role("link", name="Register").click()
    page.wait_for_url(re.compile(r".*/register/$"))
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_text("This field is required.")).to_be_visible()
    page.get_by_label("Music").check()
    page.get_by_role("button", name="Register").click()
    page.wait_for_url(re.compile(r".*/ticket/$"))
    registration = Registration.objects.get(user__email="amina@example.org")
    expect(page.get_by_text(registration.ticket_code)).to_be_visible()
    expect(page.locator("img.ticket__qr")).to_be_visible()
    assert page.locator("img.ticket__qr").evaluate("img => img.naturalWidth") > 0
    journey.shot(page, "ticket")

    organiser = journey.open(workshop.created_by, width=390, height=844)  # at the door
    organiser.goto(journey.url(f"/events/{workshop.slug}/manage/check-in/"))
    organiser.get_by_label("Ticket code").fill("WRONG-CODE")
    organiser.get_by_role("button", name="Check in").click()
    expect(organiser.get_by_text("Unknown ticket code: WRONGCODE.")).to_be_visible()
    organiser.get_by_label("Ticket code").fill(registration.ticket_code.lower())
    organiser.get_by_role("button", name="Check in").click()
    expect(organiser.get_by_text("Welcome, Amina Mussa! Checked in.")).to_be_visible()
    journey.shot(organiser, "check-in")
    organiser.get_by_label("Ticket code").fill(registration.ticket_code)
    organiser.get_by_role("button", name="Check in").click()
    expect(organiser.get_by_text("Already checked in: Amina Mussa")).to_be_visible()
    journey.shot(organiser, "second-check-in")
    assert Registration.objects.get(pk=registration.pk).status == "attended"

    organiser.goto(journey.url(f"/events/{workshop.slug}/manage/"))
    expect(organiser.get_by_role("cell", name="Music")).to_be_visible()
    journey.shot(organiser, "participants")
    organiser.goto(journey.url("/events/calendar/?month=" + workshop.local_start.strftime("%Y-%m")))
    expect(organiser.get_by_role("link", name="Kick-Start Cardiff").first).to_be_visible()
    journey.shot(organiser, "calendar")
