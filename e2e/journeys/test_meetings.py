"""Request a B2B meeting at an event, be accepted, and book a time at a table."""

import pytest
from playwright.sync_api import expect

from creativetracks.meetings.models import Meeting, MeetingRequest
from creativetracks.meetings.tests.test_browser import lisbon  # noqa: F401 (a fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_request_a_b2b_meeting(journey, lisbon):  # noqa: F811
    organiser, matchmaking, ana, kofi = lisbon
    slug = matchmaking.event.slug
    page = journey.open(ana)
    page.goto(journey.url(f"/events/{slug}/"))
    expect(page.get_by_role("heading", name="B2B meetings")).to_be_visible()
    page.get_by_role("link", name="People you should meet").first.click()
    expect(page.get_by_text("offers distribution; you're looking for distribution")).to_be_visible()
    journey.shot(page, "suggestions")
    page.get_by_role("link", name="Kofi Mensah").click()
    page.fill("textarea[name=message]", "Shall we talk about distributing our film?")
    page.get_by_label("Must meet").check()
    journey.shot(page, "request")
    page.get_by_role("button", name="Send the request").click()
    expect(page.get_by_text("Your request is sent.")).to_be_visible()
    request = MeetingRequest.objects.get(requester=ana, recipient=kofi)
    assert request.priority == 2

    page = journey.open(kofi, width=390, height=844)
    page.goto(journey.url(f"/events/{slug}/meetings/requests/"))
    journey.shot(page, "requests")
    page.get_by_role("link", name="Ana Ferreira").click()
    page.get_by_label("Accept").check()
    page.get_by_role("button", name="Send my answer").click()
    expect(page.get_by_text("Accepted: choose a time")).to_be_visible()
    journey.shot(page, "choose-a-time")
    page.locator("input[name=slot]").first.check()
    page.get_by_role("button", name="Book this time").click()
    expect(page.get_by_role("heading", name="My meetings")).to_be_visible()
    expect(page.get_by_role("link", name="Ana Ferreira")).to_be_visible()
    journey.shot(page, "agenda")
    meeting = Meeting.objects.get(request=request)
    assert meeting.table_id is not None
