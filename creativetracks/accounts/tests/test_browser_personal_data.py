"""Your data in Debian's chromium: a member asks for the archive, watches it being made
(htmx polls), downloads it, then deletes the account. Screenshots in e2e/output/."""

import re

import pytest

from conftest import DEFAULT_PASSWORD, make_user, run_queued_tasks
from creativetracks.accounts import services

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_member_downloads_their_data_then_deletes_the_account(
    browser, live_server, screenshot_dir
):
    member = make_user("mia@example.org", display_name="Mia Member")
    services.accept_terms(member)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=login]", "mia@example.org")
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_url(re.compile(r".*/$"))

    page.goto(live_server.url + "/accounts/personal-data/")
    assert "version 2026-12" in page.inner_text("main")
    page.screenshot(path=screenshot_dir / "1-your-data.png", full_page=True)
    page.click("text=Prepare my archive")
    page.wait_for_url(re.compile(r".*/personal-data/export/[0-9a-f-]+/$"))
    assert "Preparing your archive" in page.locator("#export-progress").inner_text()
    page.screenshot(path=screenshot_dir / "2-archive-queued.png")
    run_queued_tasks()
    page.wait_for_selector("text=Your archive is ready", timeout=10_000)  # htmx polled
    page.screenshot(path=screenshot_dir / "3-archive-ready.png")
    with page.expect_download() as download:
        page.click("text=Download the archive")
    assert download.value.suggested_filename.endswith(".zip")

    page.goto(live_server.url + "/accounts/delete/")
    page.screenshot(path=screenshot_dir / "4-delete.png", full_page=True)
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.click("text=Delete my account for good")
    page.wait_for_url(re.compile(r".*/$"))
    assert "Your account and your personal data are erased." in page.inner_text("body")
    page.screenshot(path=screenshot_dir / "5-erased.png")
    assert errors == []
