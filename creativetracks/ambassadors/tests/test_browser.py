"""Resources and ambassadors in Debian's chromium, with screenshots. Finding and saving an
opportunity is a journey: e2e/journeys/test_opportunities.py."""

import re

import pytest

from conftest import DEFAULT_PASSWORD
from creativetracks.ambassadors.services import verify_member
from creativetracks.opportunities.tests.conftest import partner_staff
from creativetracks.resources.tests.conftest import add_resource, make_track

from .conftest import ambassador, person, region

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, live_server, email: str) -> None:
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_url(re.compile(r".*/$"))


def test_resources_and_ambassadors(browser, live_server, screenshot_dir):
    publisher = partner_staff()
    person("mia@example.org", "Mia Santos", "PT")
    africa = region("Southern Africa", ["MZ", "ZA"])
    europe = region("Southern Europe", ["PT", "ES"])
    tendai = ambassador("tendai@example.org", "Tendai Moyo", "MZ", africa)
    ambassador("rui@example.org", "Rui Costa", "PT", europe)
    verify_member(tendai, person("zola@example.org", "Zola Dube", "ZA"))
    person("amara@example.org", "Amara Nkosi", "ZA")
    guides = [
        add_resource(publisher, title=t, topics=["funding"])
        for t in ("Funding basics", "Budget template", "Grant writing")
    ]
    make_track(guides, title="Funding 101", slug="funding-101")

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    sign_in(page, live_server, "mia@example.org")
    page.goto(live_server.url + "/resources/")
    page.screenshot(path=screenshot_dir / "4-resources.png", full_page=True)
    page.goto(live_server.url + "/resources/tracks/funding-101/")
    page.locator(".track-step button").first.click()
    page.wait_for_selector("text=1 of 3 done")
    page.screenshot(path=screenshot_dir / "5-track.png", full_page=True)

    page.goto(live_server.url + "/ambassadors/")
    assert page.locator("svg.worldmap__svg").count() == 1
    page.screenshot(path=screenshot_dir / "6-ambassadors.png", full_page=True)
    page.goto(live_server.url + "/ambassadors/contact/")
    page.fill("textarea[name=body]", "Hello, how do I find a co-producer?")
    page.click("form.card button[type=submit]")
    page.wait_for_url(re.compile(r".*/ambassadors/$"))

    page.context.clear_cookies()
    sign_in(page, live_server, "tendai@example.org")
    page.goto(live_server.url + "/ambassadors/dashboard/")
    assert "Amara Nkosi" in page.locator("#awaiting-heading + ul").inner_text()
    page.screenshot(path=screenshot_dir / "7-dashboard.png", full_page=True)
    assert errors == []
