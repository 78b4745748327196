"""Post a lab (a poll), vote, comment, ask to join; the poster replies and accepts."""

import re

import pytest
from playwright.sync_api import expect

from conftest import make_user
from creativetracks.labs import services
from creativetracks.labs.models import Ballot, Comment, Lab
from creativetracks.labs.tests.conftest import make_lab

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_post_a_lab_comment_and_vote(journey):
    poster = make_user("amara@example.org", display_name="Amara Okafor", time_zone="Africa/Lagos")
    voter = make_user("tendai@example.org", display_name="Tendai Moyo")
    for n, title in enumerate(["Portfolio night in Maputo", "Feedback on my ceramics series"]):
        summary = ["Bring three pieces and meet makers.", "Three new bowls: what works?"][n]
        make_lab(voter, title, kind=["meetup", "feedback"][n], sectors=["crafts"], summary=summary)

    page = journey.open(poster)
    page.goto(journey.url("/labs/"))
    expect(page.get_by_role("heading", name="Ideation Labs")).to_be_visible()
    page.get_by_role("link", name="Post a lab").click()
    page.wait_for_url(re.compile(r".*/labs/new/$"))
    page.get_by_label("Poll").check()
    page.get_by_label("Title").fill("Which day for our weaving workshop?")
    page.get_by_label("Short description").fill("Help us pick a day for the natural dyes workshop.")
    page.get_by_label("Long description").fill(
        "We run a **hands-on** workshop on natural dyes in Lagos.\n\n- Indigo\n- Madder"
    )
    page.get_by_label("Skills wanted").fill("natural dyes, hand weaving")
    page.get_by_label("Crafts").check()
    page.get_by_label("Open until (optional)").fill("2099-06-30")
    journey.shot(page, "post-a-lab")
    page.get_by_role("button", name="Post the lab").click()

    page.wait_for_url(re.compile(r".*/polls/new/$"))
    page.get_by_label("Question").fill("Which day suits you?")
    page.locator("#id_options").fill("Friday\nSaturday\nSunday")
    page.get_by_role("button", name="Open the poll").click()
    page.wait_for_url(re.compile(r".*/labs/\d+-which-day.*"))
    expect(page.get_by_role("heading", name="Which day for our weaving workshop?")).to_be_visible()
    expect(page.get_by_text("end of 30 June 2099 (Africa/Lagos time)")).to_be_visible()
    journey.shot(page, "lab-page")
    lab = Lab.objects.get(title="Which day for our weaving workshop?")

    page = journey.open(voter, width=390, height=844)
    page.goto(journey.url(lab.get_absolute_url()))
    page.get_by_label("Saturday").check()
    page.get_by_role("button", name="Vote").click()
    expect(page.get_by_text("Your vote is counted.")).to_be_visible()
    expect(page.get_by_text("100% (1)")).to_be_visible()
    page.locator("#id_body").fill(
        f"Saturday works for me, @{poster.profile.handle}! <script>alert(1)</script>"
    )
    page.get_by_role("button", name="Comment", exact=True).click()
    expect(page.locator(".post__body").filter(has_text="Saturday works for me")).to_be_visible()
    page.get_by_role("link", name="Ask to join").click()
    page.locator("#id_note").fill("I can bring indigo from my garden.")
    page.get_by_role("button", name="Send the request").click()
    expect(page.get_by_text("Your request is sent")).to_be_visible()
    journey.shot(page, "after-voting-and-commenting")

    page = journey.open(poster)
    page.goto(journey.url(lab.get_absolute_url()))
    comment = Comment.objects.get()
    page.locator(f"#comment-{comment.pk} summary").click()
    page.get_by_label("Your reply").fill("See you on Saturday then.")
    page.get_by_role("button", name="Reply", exact=True).click()
    expect(page.get_by_text("See you on Saturday then.")).to_be_visible()
    page.get_by_role("button", name="Accept").click()
    expect(page.get_by_text("Tendai Moyo is now a collaborator.")).to_be_visible()
    journey.shot(page, "owner-view")

    page.goto(journey.url("/labs/"))
    expect(page.get_by_text("Which day for our weaving workshop?")).to_be_visible()
    journey.shot(page, "listing")

    assert Ballot.objects.filter(voter=voter).count() == 1
    assert Comment.objects.filter(parent=comment).exists()
    assert "<script>" not in page.content()
    services.close_lab(poster, lab)
