"""Opportunities, resources and ambassadors in Debian's chromium, with screenshots."""

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from conftest import DEFAULT_PASSWORD
from creativetracks.ambassadors.services import verify_member
from creativetracks.opportunities.tests.conftest import partner_staff, publish, set_profile
from creativetracks.resources.tests.conftest import add_resource, make_track

from .conftest import ambassador, person, region

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, live_server, email: str) -> None:
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_url(re.compile(r".*/$"))


def test_opportunities_resources_and_ambassadors(browser, live_server, screenshot_dir):
    publisher = partner_staff()
    now = timezone.now()
    publish(
        publisher,
        title="Residency in Maputo",
        kind="residency",
        destination_countries=["MZ"],
        destination_regions=["AF"],
        residence_countries=["PT", "BR"],
        min_age=18,
        max_age=35,
        amount=2500,
        currency="EUR",
        deadline=now + timedelta(days=12),
        deadline_time_zone="Africa/Maputo",
    )
    publish(
        publisher, title="Design seed grant", sectors=["design"], deadline=now + timedelta(days=40)
    )
    publish(publisher, title="Nationals of Japan only", nationalities=["JP"], deadline=None)
    member = person("mia@example.org", "Mia Santos", "PT")
    set_profile(member, nationalities=["PT"], date_of_birth=date(1998, 6, 1), sectors=["design"])
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
    page.goto(live_server.url + "/opportunities/")
    assert page.locator(".result-card").count() == 3
    page.screenshot(path=screenshot_dir / "1-opportunities.png", full_page=True)
    page.select_option("#opportunity-eligible", "yes")
    page.wait_for_url(re.compile(r".*eligible=yes.*"))
    page.wait_for_function("document.querySelectorAll('.result-card').length === 2")
    page.screenshot(path=screenshot_dir / "2-eligible-for-me.png", full_page=True)
    page.click("text=Residency in Maputo")
    page.wait_for_url(re.compile(r".*/opportunities/\d+/$"))
    assert "You are eligible" in page.locator(".eligibility-box").inner_text()
    page.screenshot(path=screenshot_dir / "3-opportunity.png", full_page=True)
    page.click("text=Save and remind me")
    page.wait_for_selector("text=Remove from saved")

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
