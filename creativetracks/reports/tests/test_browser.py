"""The reports in Debian's chromium: a funder filters the dashboard, asks for the PDF and
watches its progress; a visitor reads the impact page. Screenshots in e2e/output/."""

import re

import pytest

from conftest import DEFAULT_PASSWORD, run_queued_tasks

from .conftest import build_world, funder_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_funder_reads_filters_and_exports_the_report(browser, live_server, screenshot_dir):
    world = build_world(12)
    funder_user("claire@example.org")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    page.goto(live_server.url + "/impact/")
    assert (
        "entrepreneurs, networks and organisations" in page.locator(".impact-headline").inner_text()
    )
    page.screenshot(path=screenshot_dir / "1-impact.png", full_page=True)

    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=login]", "claire@example.org")
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_url(re.compile(r".*/$"))
    page.click(".account-menu summary")
    page.click("text=Impact reports")
    page.wait_for_url(re.compile(r".*/reports/$"))
    assert page.locator(".report-section").count() == 9
    assert page.locator("svg.chart").count() >= 8
    page.screenshot(path=screenshot_dir / "2-dashboard.png", full_page=True)

    page.select_option("#id_network", world.network.slug)
    page.click("text=Show")
    page.wait_for_url(re.compile(r".*network=makers-m.*"))
    members = page.locator("#section-members .report-figure__value").first.inner_text()
    assert members == str(len(world.visible))

    page.click("text=Make a PDF of the report")
    page.wait_for_url(re.compile(r".*/reports/pdf/[0-9a-f-]+/$"))
    assert "Making the PDF" in page.locator("#pdf-progress").inner_text()
    page.screenshot(path=screenshot_dir / "3-pdf-queued.png")
    run_queued_tasks()
    page.wait_for_selector("text=Your PDF is ready", timeout=10_000)  # htmx polled
    page.screenshot(path=screenshot_dir / "4-pdf-ready.png")
    with page.expect_download() as download:
        page.click("text=Download the PDF")
    assert download.value.suggested_filename.endswith(".pdf")
    assert errors == []
