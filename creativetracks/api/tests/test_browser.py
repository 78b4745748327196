"""The API docs page and the tokens page in Debian's chromium: Swagger UI runs under the
CSP (no violation, no CDN), and a member makes a token and uses it."""

import re

import pytest
from playwright.sync_api import expect

from conftest import DEFAULT_PASSWORD, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.same_on_every_database  # the docs page and its scripts, no data
def test_docs_page_runs_under_the_csp(browser, live_server, screenshot_dir):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on(
        "request", lambda r: None if r.url.startswith(live_server.url) else problems.append(r.url)
    )
    # The schema is built on its first request (seconds on a busy machine): build it
    # before the page asks for it, so the page's own wait measures Swagger UI alone.
    assert page.request.get(live_server.url + "/api/v1/openapi.json").ok
    page.goto(live_server.url + "/api/v1/docs")
    title = page.get_by_role("heading", name=re.compile("Creative Tracks API"))
    expect(title).to_be_visible(timeout=30_000)
    expect(page.locator(".opblock-tag-section").first).to_be_visible(timeout=30_000)
    page.screenshot(path=screenshot_dir / "api-docs.png", full_page=False)
    assert problems == []


def test_a_member_makes_a_token_and_revokes_it(browser, live_server, screenshot_dir):
    make_user("tokens@example.org", display_name="Tomás Tokens")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=login]", "tokens@example.org")
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r".*/$"))
    page.goto(live_server.url + "/accounts/tokens/")
    page.fill("input[name=name]", "My newsletter")
    page.select_option("select[name=scope]", "read-write")
    page.get_by_role("button", name="Create token").click()
    secret = page.locator(".token-secret").inner_text()
    assert secret.startswith("ctk_")
    page.screenshot(path=screenshot_dir / "token-created.png", full_page=True)
    response = page.request.get(
        live_server.url + "/api/v1/me", headers={"Authorization": f"Bearer {secret}"}
    )
    assert response.json()["email"] == "tokens@example.org"
    page.get_by_role("button", name=re.compile("Revoke")).click()
    expect(page.get_by_text("Revoked", exact=True)).to_be_visible()
    page.screenshot(path=screenshot_dir / "token-revoked.png", full_page=True)
    again = page.request.get(
        live_server.url + "/api/v1/me", headers={"Authorization": f"Bearer {secret}"}
    )
    assert again.status == 401
