"""Find an opportunity I am eligible for, read why, and save it with a deadline reminder."""

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from creativetracks.ambassadors.tests.conftest import person
from creativetracks.opportunities.models import SavedOpportunity
from creativetracks.opportunities.tests.conftest import partner_staff, publish, set_profile

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_find_an_eligible_opportunity_and_save_it(journey):
    publisher = partner_staff()
    now = timezone.now()
    residency = publish(
        publisher,
        title="Residency in Maputo",
        kind="residency",
        destination_countries=["MZ"],
        destination_regions=["AF"],
        residence_countries=["PT", "BR"],
        min_age=18,
        max_age=35,
        amount=2500,
        currency="EUR",
        deadline=now + timedelta(days=12),
        deadline_time_zone="Africa/Maputo",
    )
    publish(
        publisher, title="Design seed grant", sectors=["design"], deadline=now + timedelta(days=40)
    )
    publish(publisher, title="Nationals of Japan only", nationalities=["JP"], deadline=None)
    member = person("mia@example.org", "Mia Santos", "PT")
    set_profile(member, nationalities=["PT"], date_of_birth=date(1998, 6, 1), sectors=["design"])

    page = journey.open(member)
    page.goto(journey.url("/opportunities/"))
    expect(page.locator(".result-card")).to_have_count(3)
    journey.shot(page, "opportunities")
    page.select_option("#opportunity-eligible", "yes")
    if not journey.javascript:
        page.get_by_role("button", name="Search", exact=True).click()
    expect(page).to_have_url(re.compile(r".*eligible=yes.*"))
    expect(page.locator(".result-card")).to_have_count(2)
    assert "Nationals of Japan only" not in page.locator("main").inner_text()
    journey.shot(page, "eligible-for-me")
    page.get_by_role("link", name="Residency in Maputo").click()
    page.wait_for_url(re.compile(r".*/opportunities/\d+/$"))
    expect(page.locator(".eligibility-box")).to_contain_text("You are eligible")
    journey.shot(page, "opportunity")
    page.get_by_role("button", name="Save and remind me").click()
    expect(page.get_by_role("button", name="Remove from saved")).to_be_visible()
    journey.shot(page, "saved")
    assert SavedOpportunity.objects.filter(user=member, opportunity=residency).exists()
