"""Registering, receiving the ticket and checking in, in Debian's chromium."""

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from conftest import DEFAULT_PASSWORD, make_user
from creativetracks.core.models import Partner
from creativetracks.events import services
from creativetracks.events.models import Registration

from .conftest import make_event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, live_server, email: str) -> None:
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_url(re.compile(r".*/$"))


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
    make_user("amina@example.org", display_name="Amina Mussa")
    return event


def test_register_get_the_ticket_and_check_in(browser, live_server, workshop, screenshot_dir):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(live_server.url + "/events/")
    expect(page.get_by_role("link", name="Kick-Start Cardiff")).to_be_visible()
    page.screenshot(path=screenshot_dir / "1-events.png", full_page=True)

    sign_in(page, live_server, "amina@example.org")
    page.goto(live_server.url + workshop.get_absolute_url())
    expect(page.get_by_text("11 / 30 places")).to_be_visible()
    page.screenshot(path=screenshot_dir / "2-event.png", full_page=True)
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
    page.screenshot(path=screenshot_dir / "3-ticket.png", full_page=True)

    organiser = browser.new_page(viewport={"width": 1280, "height": 900})
    sign_in(organiser, live_server, "organiser@example.org")
    organiser.goto(live_server.url + f"/events/{workshop.slug}/manage/check-in/")
    organiser.get_by_label("Ticket code").fill("WRONG-CODE")
    organiser.get_by_role("button", name="Check in").click()
    expect(organiser.get_by_text("Unknown ticket code: WRONGCODE.")).to_be_visible()
    organiser.get_by_label("Ticket code").fill(registration.ticket_code.lower())
    organiser.get_by_role("button", name="Check in").click()
    expect(organiser.get_by_text("Welcome, Amina Mussa! Checked in.")).to_be_visible()
    organiser.screenshot(path=screenshot_dir / "4-check-in.png", full_page=True)
    organiser.get_by_label("Ticket code").fill(registration.ticket_code)
    organiser.get_by_role("button", name="Check in").click()
    expect(organiser.get_by_text("Already checked in: Amina Mussa")).to_be_visible()
    organiser.screenshot(path=screenshot_dir / "5-second-check-in.png", full_page=True)
    assert Registration.objects.get(pk=registration.pk).status == "attended"

    organiser.goto(live_server.url + f"/events/{workshop.slug}/manage/")
    expect(organiser.get_by_role("cell", name="Music")).to_be_visible()
    organiser.screenshot(path=screenshot_dir / "6-participants.png", full_page=True)
    organiser.goto(
        live_server.url + "/events/calendar/?month=" + workshop.local_start.strftime("%Y-%m")
    )
    expect(organiser.get_by_role("link", name="Kick-Start Cardiff").first).to_be_visible()
    organiser.screenshot(path=screenshot_dir / "7-calendar.png", full_page=True)
    # Closed here, so no request reaches the live server after the test's database is gone.
    organiser.close()
    page.close()
