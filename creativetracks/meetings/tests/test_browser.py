"""Requesting and booking a B2B meeting, and running the scheduler, in Debian's chromium."""

import re

import pytest
from playwright.sync_api import expect

from conftest import DEFAULT_PASSWORD, run_queued_tasks
from creativetracks.meetings.models import Meeting, MeetingRequest, ScheduleRun

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


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_request_accept_and_book_a_meeting(
    browser, live_server, lisbon, screenshot_dir, javascript
):
    organiser, matchmaking, ana, kofi = lisbon
    slug = matchmaking.event.slug
    context = browser.new_context(
        java_script_enabled=javascript, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    sign_in(page, live_server, "ana@example.org")
    page.goto(f"{live_server.url}/events/{slug}/")
    expect(page.get_by_role("heading", name="B2B meetings")).to_be_visible()
    page.get_by_role("link", name="People you should meet").first.click()
    expect(page.get_by_text("offers distribution; you're looking for distribution")).to_be_visible()
    page.screenshot(path=screenshot_dir / "suggestions.png", full_page=True)
    page.get_by_role("link", name="Kofi Mensah").click()
    page.fill("textarea[name=message]", "Shall we talk about distributing our film?")
    page.get_by_label("Must meet").check()
    page.get_by_role("button", name="Send the request").click()
    expect(page.get_by_text("Your request is sent.")).to_be_visible()
    request = MeetingRequest.objects.get(requester=ana, recipient=kofi)
    assert request.priority == 2

    context.clear_cookies()
    sign_in(page, live_server, "kofi@example.org")
    page.goto(f"{live_server.url}/events/{slug}/meetings/requests/")
    page.get_by_role("link", name="Ana Ferreira").click()
    page.get_by_label("Accept").check()
    page.get_by_role("button", name="Send my answer").click()
    expect(page.get_by_text("Accepted: choose a time")).to_be_visible()
    page.screenshot(path=screenshot_dir / "choose-a-time.png", full_page=True)
    page.locator("input[name=slot]").first.check()
    page.get_by_role("button", name="Book this time").click()
    expect(page.get_by_role("heading", name="My meetings")).to_be_visible()
    expect(page.get_by_role("link", name="Ana Ferreira")).to_be_visible()
    page.screenshot(path=screenshot_dir / "agenda.png", full_page=True)
    assert Meeting.objects.filter(request=request).exists()
    context.close()


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
