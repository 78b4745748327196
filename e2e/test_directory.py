import re

import pytest
from playwright.sync_api import expect

from creativetracks.profiles.tests.factories import directory_people, person

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def people(db):
    directory_people()
    person(
        "lucia@example.org",
        "Lúcia Santos",
        country="BR",
        city="São Paulo",
        headline="Music producer",
        sectors=["music"],
        languages=["pt"],
    )


def result_names(page) -> list[str]:
    return sorted(page.locator(".result-card__title a").all_inner_texts())


def test_search_filter_and_back_button_with_javascript(
    browser, live_server, people, screenshot_dir
):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(live_server.url + "/directory/")
    assert result_names(page) == ["Amina Mussa", "João Ferreira", "Li Wei", "Lúcia Santos"]
    page.screenshot(path=screenshot_dir / "1-all.png", full_page=True)

    page.fill("#directory-q", "designer")
    expect(page).to_have_url(re.compile(r"q=designer"))
    expect(page.locator(".result-card")).to_have_count(2)
    assert result_names(page) == ["Amina Mussa", "Li Wei"]
    page.screenshot(path=screenshot_dir / "2-designer.png", full_page=True)

    assert errors == [], "after search: " + "\n".join(errors)
    page.check("#f-country-MZ")
    expect(page).to_have_url(re.compile(r"country=MZ"))
    expect(page.locator(".result-card")).to_have_count(1)
    assert result_names(page) == ["Amina Mussa"]
    assert page.locator("#results-count").inner_text().startswith("1 result")
    page.screenshot(path=screenshot_dir / "3-designer-mozambique.png", full_page=True)

    assert errors == [], "after filter: " + "\n".join(errors)
    assert not page.locator("text=Apply filters").is_visible()  # JavaScript applies filters itself
    page.go_back()
    expect(page.locator(".result-card")).to_have_count(2)
    assert result_names(page) == ["Amina Mussa", "Li Wei"]
    assert "country=MZ" not in page.url
    page.screenshot(path=screenshot_dir / "4-back.png", full_page=True)
    assert errors == [], "\n".join(errors)
