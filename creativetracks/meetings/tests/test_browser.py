"""Running the scheduler in Debian's chromium. Requesting and booking a meeting, with and
without JavaScript, is a journey: e2e/journeys/test_meetings.py."""

import re

import pytest
from playwright.sync_api import expect

from conftest import DEFAULT_PASSWORD, run_queued_tasks
from creativetracks.meetings.models import Meeting, ScheduleRun

from .factories import accepted_request, make_matchmaking, make_organiser, make_participant

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, live_server, email: str) -> None:
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_url(re.compile(r".*/$"))


@pytest.fixture
def lisbon(db):
    organiser = make_organiser("inova@example.org")
    matchmaking = make_matchmaking(organiser, title="b.creative Lisbon", slots=6, tables=3)
    ana = make_participant(
        matchmaking,
        "ana@example.org",
        "Ana Ferreira",
        "PT",
        offers=["co-production"],
        seeks=["distribution"],
        sectors=["audiovisual-film"],
    )
    kofi = make_participant(
        matchmaking,
        "kofi@example.org",
        "Kofi Mensah",
        "GH",
        offers=["distribution"],
        seeks=["co-production"],
        sectors=["music"],
        pitch="I distribute West African music and film across Europe.",
    )
    for i, country in enumerate(["BR", "CN", "MZ", "FR"]):
        make_participant(
            matchmaking,
            f"p{i}@example.org",
            f"Participant {country}",
            country,
            offers=["funding"],
            seeks=["advice"],
        )
    return organiser, matchmaking, ana, kofi


def test_the_organiser_runs_reviews_and_publishes_the_schedule(
    browser, live_server, lisbon, screenshot_dir
):
    organiser, matchmaking, ana, kofi = lisbon
    others = list(matchmaking.entries.exclude(user__in=[ana, kofi]).select_related("user"))
    for other in others:
        accepted_request(matchmaking, ana, other.user)
        accepted_request(matchmaking, kofi, other.user)
    slug = matchmaking.event.slug
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, live_server, "inova@example.org")
    page.goto(f"{live_server.url}/events/{slug}/manage/meetings/")
    page.screenshot(path=screenshot_dir / "setup.png", full_page=True)
    page.get_by_role("link", name="Scheduler").click()
    page.get_by_role("button", name="Run the scheduler").click()
    expect(page.get_by_text("The scheduler is working")).to_be_visible()
    page.screenshot(path=screenshot_dir / "progress.png")
    # The worker runs beside the server, as `make run` does; htmx polls and reloads.
    run_queued_tasks()
    run = ScheduleRun.objects.get()
    assert run.status == "done", (run.status, run.note)
    expect(page.get_by_role("button", name="Publish to the participants' agendas")).to_be_visible(
        timeout=15000
    )
    assert ScheduleRun.objects.get().placed == 8
    page.screenshot(path=screenshot_dir / "review.png", full_page=True)
    page.get_by_role("button", name="Publish to the participants' agendas").click()
    expect(page.get_by_text("Published: 8 meetings")).to_be_visible()
    page.screenshot(path=screenshot_dir / "grid.png", full_page=True)
    assert Meeting.objects.filter(source="scheduled").count() == 8
    context.close()
