import pytest

from creativetracks.core import queries
from creativetracks.demo import services

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_home_page_loads_cleanly_with_and_without_javascript(
    browser, live_server, screenshot_dir, javascript
):
    services.seed_consortium()
    context = browser.new_context(
        java_script_enabled=javascript, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    problems = []
    page.on(
        "console",
        lambda message: problems.append(message.text) if message.type == "error" else None,
    )
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))

    response = page.goto(live_server.url + "/")
    assert response.status == 200
    assert page.locator("h1").first.inner_text().startswith("Creative Tracks connects")
    assert page.get_by_role("link", name="INOVA+").first.is_visible()
    # Every figure the apps register (members, countries, labs, events...), counted live.
    assert page.locator(".figure").count() == len(queries.headline_figures()) >= 5
    page.screenshot(path=screenshot_dir / "home.png", full_page=True)

    # The skip link is the first stop for keyboard users.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"

    page.get_by_role("link", name="About").first.click()
    page.wait_for_url("**/about/")
    page.screenshot(path=screenshot_dir / "about.png", full_page=True)

    phone = browser.new_context(
        java_script_enabled=javascript, viewport={"width": 390, "height": 844}
    )
    phone_page = phone.new_page()
    phone_page.goto(live_server.url + "/accounts/signup/")
    phone_page.screenshot(path=screenshot_dir / "signup-phone.png", full_page=True)
    phone.close()
    context.close()
    assert problems == []
