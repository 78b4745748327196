"""Reporting a lab and deciding on it in Debian's chromium, with screenshots."""

import re

import pytest

from conftest import DEFAULT_PASSWORD, make_user

from .conftest import established

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, live_server, email: str) -> None:
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_url(re.compile(r".*/$"))


def test_report_and_decide(browser, live_server, screenshot_dir):
    from creativetracks.labs.services import post_comment
    from creativetracks.labs.tests.conftest import make_lab

    owner = established(make_user("owner@example.org", display_name="Ada Author"))
    reporter = established(make_user("reporter@example.org", display_name="Rui Reporter"))
    make_user("mod@example.org", display_name="Mo Derator", is_staff=True)
    lab = make_lab(owner, "Sea sounds")
    post_comment(make_user("new@example.org", display_name="Nia New"), lab, "https://spam.example")

    page = browser.new_page()
    sign_in(page, live_server, reporter.email)
    page.goto(live_server.url + lab.get_absolute_url())
    page.screenshot(path=screenshot_dir / "1-lab-with-report-link.png", full_page=True)
    page.click("a.report-link")
    page.check("input[value=scam]")
    page.fill("textarea[name=note]", "Asks for money before any work.")
    page.screenshot(path=screenshot_dir / "2-report-form.png", full_page=True)
    page.click("form.form button[type=submit]")
    page.wait_for_url(re.compile(r".*/labs/.*"))
    assert "Moderators will look at your report" in page.content()
    page.close()

    page = browser.new_page()
    sign_in(page, live_server, "mod@example.org")
    page.goto(live_server.url + "/moderation/")
    assert "spam.example" in page.content()
    page.screenshot(path=screenshot_dir / "3-queue.png", full_page=True)
    page.click("text=Sea sounds")
    page.screenshot(path=screenshot_dir / "4-report.png", full_page=True)
    page.check("input[name=action][value=warn]")
    page.fill("textarea[name=note]", "No payments before the work, please.")
    page.click("text=Record the decision")
    page.wait_for_url(re.compile(r".*/moderation/$"))
    page.goto(live_server.url + "/moderation/audit/")
    assert "member.warn" in page.content()
    page.screenshot(path=screenshot_dir / "5-audit-log.png", full_page=True)
    page.close()
