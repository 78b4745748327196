"""The stylesheets use logical properties only (core/tests/test_stylesheets.py); this
journey forces `dir="rtl"` on pages and checks that the layout mirrors, so that a
right-to-left language can be added without rewriting the CSS."""

import pytest

from creativetracks.demo import services

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_pages_mirror_when_the_direction_is_right_to_left(browser, live_server, screenshot_dir):
    services.seed_consortium()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    for name, path in [("home", "/"), ("sign-in", "/accounts/login/"), ("about", "/about/")]:
        page.goto(live_server.url + path)
        ltr_brand = page.locator(".brand").bounding_box()
        page.evaluate("document.documentElement.dir = 'rtl'")
        brand = page.locator(".brand").bounding_box()
        main = page.locator("main h1").first.bounding_box()
        page.screenshot(path=screenshot_dir / f"{name}-rtl.png", full_page=True)
        # The brand moves from the left edge to the right edge, and headings start on the right.
        assert ltr_brand["x"] < 1280 / 2 < brand["x"], name
        assert main["x"] + main["width"] > 1280 / 2, name
    context.close()
