"""Share links on a public profile and an event page, with and without JavaScript:
no CSP violation, nothing loaded from another site, "Copy link" copies the address."""

import pytest

from conftest import make_user
from creativetracks.events.tests.conftest import make_event, make_partner
from creativetracks.profiles.tests.factories import person

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_share_links_on_profile_and_event(browser, live_server, screenshot_dir, javascript):
    profile = person(
        "ana@example.org",
        "Ana Tembe",
        headline="Textile designer weaving with natural dyes",
        city="Maputo",
        country="MZ",
        bio="I run a small studio and teach **weaving**.",
        sectors=["design"],
        languages=["pt", "en"],
    )
    organiser = make_user("rita@example.org", display_name="Rita Organiser")
    make_partner().staff.add(organiser)
    event = make_event(organiser, "Kick-Start Lisbon", subtitle="A day for new studios")

    context = browser.new_context(
        java_script_enabled=javascript, viewport={"width": 1280, "height": 900}
    )
    if javascript:
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page = context.new_page()
    problems, elsewhere = [], []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on(
        "request",
        lambda r: elsewhere.append(r.url) if not r.url.startswith(live_server.url) else None,
    )

    for name, path in [
        ("profile", profile.get_absolute_url()),
        ("event", event.get_absolute_url()),
    ]:
        assert page.goto(live_server.url + path).status == 200
        share = page.locator("section.share")
        assert share.get_by_role("link", name="Facebook").is_visible()
        assert share.get_by_role("link", name="LinkedIn").is_visible()
        assert share.get_by_role("link", name="Email").is_visible()
        assert page.get_by_label("Link to this page").input_value() == live_server.url + path
        copy = share.get_by_role("button", name="Copy link")
        if javascript:
            copy.click()
            page.get_by_text("Link copied").wait_for()
            assert page.evaluate("navigator.clipboard.readText()") == live_server.url + path
        else:
            assert not copy.is_visible()
        page.screenshot(path=screenshot_dir / f"{name}.png", full_page=True)
        share.screenshot(path=screenshot_dir / f"{name}-share.png")

    context.close()
    assert problems == [] and elsewhere == []
