"""Apply as a mentee, the organiser matches and publishes, the pair opens its space."""

import re

import pytest
from playwright.sync_api import expect

from conftest import DEFAULT_PASSWORD

from .conftest import add_mentor, person

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(browser, live_server, email: str):
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_url(re.compile(r".*/$"))
    return page


def test_apply_match_publish_and_meet(browser, live_server, programme, screenshot_dir):
    add_mentor(
        programme,
        person("ana@example.org", "Ana Ferreira", country="PT", languages=("pt", "en")),
        capacity=2,
        languages=("en", "pt"),
        sectors=("design",),
        expertise=("funding applications", "export"),
    )
    add_mentor(
        programme,
        person("kofi@example.org", "Kofi Mensah", country="GH"),
        expertise=("brand strategy",),
    )
    person("amina@example.org", "Amina Mussa", country="MZ", languages=("pt", "en"))
    url = live_server.url + programme.get_absolute_url()

    mentee = sign_in(browser, live_server, "amina@example.org")
    mentee.goto(url)
    mentee.screenshot(path=screenshot_dir / "1-programme.png", full_page=True)
    mentee.click("text=Apply as a mentee")
    mentee.fill("#id_goals", "Find funding to export my designs to Portugal.")
    mentee.check("input[name=sectors][value=design]")
    mentee.select_option("#id_languages", ["pt", "en"])
    mentee.check("input[name=meeting_mode][value=online]")
    mentee.select_option("#id_choice_1", label="Ana Ferreira (funding applications, export)")
    mentee.screenshot(path=screenshot_dir / "2-apply.png", full_page=True)
    mentee.click("form.form button[type=submit]")
    expect(mentee.locator(".messages")).to_contain_text("Your application is in")

    organiser = sign_in(browser, live_server, "organiser@example.org")
    organiser.goto(url + "review/")
    organiser.click("text=Run the matching")
    expect(organiser.locator(".messages")).to_contain_text(
        "Matching done: 1 pair, 0 mentees without a mentor."
    )
    expect(organiser.locator("table").first).to_contain_text("The mentee's choice no. 1")
    organiser.screenshot(path=screenshot_dir / "3-review.png", full_page=True)
    organiser.click("text=Publish the matches")
    expect(organiser.locator(".messages")).to_contain_text("1 pair is published")

    mentee.goto(live_server.url + "/mentoring/")
    mentee.click(".mentoring-mine a")
    expect(mentee.locator("h1")).to_have_text("Ana Ferreira mentors Amina Mussa")
    mentee.fill("#note_body", "Ask Ana about the Lisbon fair.")
    mentee.locator(".mentoring-private button[type=submit]").click()
    expect(mentee.locator(".mentoring-private")).to_contain_text("Ask Ana about the Lisbon fair.")
    mentee.screenshot(path=screenshot_dir / "4-space.png", full_page=True)

    organiser.goto(mentee.url)
    expect(organiser.locator("h1")).to_have_text("Ana Ferreira mentors Amina Mussa")
    assert "Lisbon fair" not in organiser.content()
    mentee.context.close()
    organiser.context.close()
