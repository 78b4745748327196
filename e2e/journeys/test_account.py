"""Account journeys: sign up and verify (keyboard only), switch language, export my data
and delete the account."""

import json
import re
import zipfile

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from conftest import DEFAULT_PASSWORD, body_of, make_user, run_queued_tasks
from creativetracks.accounts import services
from creativetracks.accounts.models import Consent, PersonalDataExport

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def tab_to(page, selector: str, limit: int = 60) -> None:
    """Press Tab until the element matching `selector` has the focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_sign_up_and_verify(journey, smtp_inbox):
    """Keyboard only: Tab between the fields, Space ticks the box, Enter submits."""
    page = journey.open(width=390, height=844)
    page.goto(journey.url("/"))
    tab_to(page, "a[href='/accounts/signup/']")
    page.keyboard.press("Enter")
    page.wait_for_url("**/accounts/signup/")
    tab_to(page, "input[name=email]")
    page.keyboard.type("Nadia.Newcomer@example.org")
    tab_to(page, "input[name=password1]")
    page.keyboard.type(DEFAULT_PASSWORD)
    tab_to(page, "input[name=password2]")
    page.keyboard.type(DEFAULT_PASSWORD)
    tab_to(page, "input[name=accept_terms]")
    page.keyboard.press("Space")
    expect(page.locator("input[name=accept_terms]")).to_be_checked()
    journey.shot(page, "signup-form")
    tab_to(page, "main button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url("**/accounts/confirm-email/")
    expect(page.locator("main")).to_contain_text("nadia.newcomer@example.org")
    journey.shot(page, "check-your-email")

    user = get_user_model().objects.get(email="nadia.newcomer@example.org")
    assert not EmailAddress.objects.get(user=user).verified
    assert Consent.objects.filter(user=user).exists()
    run_queued_tasks()  # the worker sends the email
    [message] = smtp_inbox.to("nadia.newcomer@example.org")
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", body_of(message)).group(0)
    page.goto(journey.url("/" + link.split("/", 3)[3]))
    journey.shot(page, "confirm")
    tab_to(page, "main button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("Successfully signed in as nadia")
    expect(page.locator(".account-menu__name")).to_have_text("nadia.newcomer")
    journey.shot(page, "signed-in")
    assert EmailAddress.objects.get(user=user).verified


def test_switch_language(journey):
    member = make_user("lina@example.org", display_name="Lina Lang")
    page = journey.open(member)
    page.goto(journey.url("/events/"))
    switcher = page.get_by_role("navigation", name="Language")
    switcher.get_by_role("link", name="Português").click()
    expect(page.locator("html")).to_have_attribute("lang", "pt")
    assert page.url.endswith("/events/")  # back on the same page
    journey.shot(page, "events-pt")
    assert get_user_model().objects.get(pk=member.pk).language == "pt"

    page.get_by_role("navigation", name="Idioma").get_by_role("link", name="简体中文").click()
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    journey.shot(page, "events-zh")
    assert get_user_model().objects.get(pk=member.pk).language == "zh-hans"

    # The choice follows the member to a new browser through their settings.
    elsewhere = journey.open(get_user_model().objects.get(pk=member.pk))
    elsewhere.goto(journey.url("/"))
    expect(elsewhere.locator("html")).to_have_attribute("lang", "zh-hans")


def test_export_my_data(journey):
    member = make_user("mia@example.org", display_name="Mia Member")
    services.accept_terms(member)
    page = journey.open(member)
    page.goto(journey.url("/accounts/personal-data/"))
    journey.shot(page, "your-data")
    page.get_by_role("button", name="Prepare my archive").click()
    page.wait_for_url(re.compile(r".*/personal-data/export/[0-9a-f-]+/$"))
    expect(page.locator("#export-progress")).to_contain_text("Preparing your archive")
    journey.shot(page, "queued")
    assert PersonalDataExport.objects.get(user=member).status == "queued"

    run_queued_tasks()  # the worker makes the zip
    if not journey.javascript:
        page.get_by_role("link", name="Refresh to see the progress").click()
    expect(page.get_by_text("Your archive is ready")).to_be_visible(timeout=10_000)
    journey.shot(page, "ready")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the archive").click()
    assert download.value.suggested_filename.endswith(".zip")
    with zipfile.ZipFile(download.value.path()) as archive:
        account = next(n for n in archive.namelist() if n.endswith("account.json"))
        assert "mia@example.org" in json.dumps(json.loads(archive.read(account)))
    assert PersonalDataExport.objects.get(user=member).status == "done"

    # Then the member leaves: the account and its data are erased.
    page.goto(journey.url("/accounts/delete/"))
    journey.shot(page, "delete")
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Delete my account for good").click()
    expect(page.get_by_text("Your account and your personal data are erased.")).to_be_visible()
    journey.shot(page, "erased")
    assert not get_user_model().objects.filter(email="mia@example.org").exists()
