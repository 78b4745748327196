"""Submit to a challenge with a file; the deadline passes; a juror scores the entry in a
blind review; the organiser awards it and publishes the results."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from conftest import make_user
from creativetracks.challenges.models import Challenge, Score, Submission
from creativetracks.challenges.services import advance_due_phases
from creativetracks.challenges.tests.conftest import make_challenge, seat
from creativetracks.challenges.tests.test_submissions import PDF
from creativetracks.core.models import Partner

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_submit_to_a_challenge_and_score_it_as_a_juror(journey, tmp_path):
    partner = Partner.objects.create(name="INOVA+", slug="inova", country="PT", summary="Leader.")
    challenge = make_challenge(
        partner,
        title="Cities of Makers",
        slug="cities-of-makers",
        summary="Pitch a project that brings makers from two countries together.",
        brief="Tell us **what** you will make, with whom, and what you need.",
        blind_review=True,
        min_age=18,
        max_age=35,
    )
    applicant = make_user("amara@example.org", display_name="Amara Okafor")
    profile = applicant.profile
    profile.date_of_birth = timezone.now().date().replace(year=2000)
    profile.country = "NG"
    profile.save()
    juror = make_user("liwei@example.org", display_name="Li Wei")
    olga = make_user("olga@example.org", display_name="Olga Organiser")
    partner.staff.add(olga)
    seat(challenge, juror)
    plan = tmp_path / "Amara-plan.pdf"
    plan.write_bytes(PDF)

    page = journey.open(applicant)
    page.goto(journey.url(challenge.get_absolute_url()))
    expect(page.get_by_role("heading", name="Cities of Makers")).to_be_visible()
    journey.shot(page, "challenge")
    page.get_by_role("link", name="Enter the challenge").click()
    page.fill("input[name=title]", "Loom Bridges")
    page.fill("input[name=summary]", "Weavers in Lagos and Porto share one loom, online.")
    page.fill(
        "textarea[name=description]", "We connect **two studios** with a shared pattern library."
    )
    page.fill("textarea[name=links]", "https://example.org/loom-bridges")
    journey.shot(page, "entry-form")
    page.get_by_role("button", name="Save the draft").click()
    expect(page.get_by_text("Your draft is saved")).to_be_visible()
    page.set_input_files("input[name=file]", str(plan))
    page.get_by_role("button", name="Attach", exact=True).click()
    expect(page.get_by_text("The file is attached")).to_be_visible()
    page.get_by_role("button", name="Submit the entry").click()
    expect(page.get_by_text("Your entry is submitted")).to_be_visible()
    journey.shot(page, "entry-submitted")
    assert Submission.objects.get().state == "submitted"

    # The deadline passes: the clock closes entries and gives the jury its queue.
    Challenge.objects.filter(pk=challenge.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    advance_due_phases()
    page.goto(journey.url(Submission.objects.get().get_absolute_url()))
    expect(page.get_by_text("Entries are locked")).to_be_visible()

    page = journey.open(juror)
    page.goto(journey.url(f"/challenges/{challenge.slug}/review/"))
    expect(page.get_by_role("link", name=re.compile("Loom Bridges"))).to_be_visible()
    assert "Amara" not in page.content()
    journey.shot(page, "jury-queue")
    page.get_by_role("link", name=re.compile("Loom Bridges")).click()
    expect(page.get_by_text("Blind review: the applicants' names are hidden.")).to_be_visible()
    assert "Amara" not in page.content()
    originality, feasibility = challenge.criteria.order_by("position")
    page.fill(f"input[name=score_{originality.pk}]", "8")
    page.fill(f"textarea[name=note_{originality.pk}]", "A fresh way to share craft across borders.")
    page.fill(f"input[name=score_{feasibility.pk}]", "6")
    page.fill("textarea[name=comment]", "Promising; the budget needs detail.")
    page.check("input[name=complete]")
    journey.shot(page, "scoring")
    page.get_by_role("button", name="Save my scores").click()
    expect(page.get_by_text("Your scores are saved")).to_be_visible()
    expect(page.get_by_text("Complete")).to_be_visible()
    journey.shot(page, "queue-after-scoring")
    assert sorted(Score.objects.values_list("value", flat=True)) == [6, 8]

    # The organiser awards the entry and publishes the results.
    page = journey.open(olga)
    page.goto(journey.url(f"/challenges/{challenge.slug}/ranking/"))
    expect(page.get_by_role("heading", name="Ranking")).to_be_visible()
    page.select_option("select[name$='-award']", "winner")
    page.fill("textarea[name$='-feedback']", "A clear, generous idea.")
    journey.shot(page, "ranking")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("is updated")).to_be_visible()
    page.get_by_role("button", name="Publish the results").click()
    expect(page.get_by_text("The results are published.")).to_be_visible()
    expect(page.get_by_text("Amara Okafor")).to_be_visible()
    journey.shot(page, "results")
    assert Challenge.objects.get().phase == "results"
