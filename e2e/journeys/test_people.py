"""People journeys: complete a profile, search the directory and open a profile,
connect and message."""

import io
import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from conftest import make_user
from creativetracks.messaging.models import Message
from creativetracks.profiles.models import Profile
from creativetracks.profiles.queries import profile_completion
from creativetracks.profiles.tests.factories import directory_people, person
from creativetracks.social.models import Connection

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (400, 400), (92, 45, 210)).save(buffer, "PNG")
    return buffer.getvalue()


def save(page) -> None:
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_contain_text("saved")


def test_complete_a_profile(journey):
    member = make_user("amina@example.org", display_name="Amina Mussa")
    page = journey.open(member, width=390, height=844)
    page.goto(journey.url("/profile/"))
    expect(
        page.get_by_role("heading", name=re.compile(r"Your profile is \d+% complete"))
    ).to_be_visible()
    journey.shot(page, "profile-empty")
    page.get_by_role("link", name="Edit profile").click()

    page.get_by_label("Headline").fill("Textile designer weaving with natural dyes")
    page.get_by_label("Bio").fill("I run a small studio in Maputo and teach **weaving**.")
    page.get_by_label("Country").select_option("MZ")
    page.get_by_label("City").fill("Maputo")
    page.get_by_label("Languages you speak").select_option(["pt", "en"])
    journey.shot(page, "basics")
    save(page)

    page.get_by_role("navigation", name="Profile sections").get_by_role(
        "link", name="Sectors and skills"
    ).click()
    page.get_by_label("Design", exact=True).check()
    page.get_by_label("Skills").fill("natural dyes, hand weaving")
    save(page)

    page.get_by_role("link", name="Offers and needs").click()
    page.locator("textarea[name=offers_text]").fill("Workshops on natural dyes.")
    page.locator("textarea[name=needs_text]").fill("A distributor in Portugal.")
    save(page)

    page.get_by_role("link", name="Photo", exact=True).click()
    page.set_input_files(
        "input[type=file]", files=[{"name": "me.png", "mimeType": "image/png", "buffer": png()}]
    )
    page.locator("main form button[type=submit]").first.click()
    expect(page.get_by_role("status")).to_be_visible()

    page.goto(journey.url("/profile/edit/portfolio/new/"))
    page.get_by_label("Title").fill("Indigo series")
    page.get_by_label("Description").fill("Twelve scarves dyed with indigo.")
    page.get_by_label("Year").fill("2025")
    page.get_by_label("Link").fill("https://example.org/indigo")
    journey.shot(page, "portfolio-item")
    save(page)

    page.goto(journey.url("/profile/"))
    expect(page.get_by_role("heading", name="Your profile is 100% complete")).to_be_visible()
    expect(page.locator(".profile__header")).to_contain_text("Textile designer")
    journey.shot(page, "profile-complete")
    profile = Profile.objects.get(user=member)
    assert profile.country == "MZ" and profile.sectors == ["design"]
    assert sorted(profile.skills.names()) == ["hand weaving", "natural dyes"]
    assert profile_completion(profile).percent == 100

    page.get_by_role("link", name="View as visitor").click()
    expect(page.get_by_role("heading", name="Amina Mussa")).to_be_visible()
    expect(page.get_by_text("Indigo series")).to_be_visible()
    journey.shot(page, "as-visitor")


def test_search_the_directory_and_open_a_profile(journey):
    directory_people()
    person("hidden@example.org", "Hana Hidden", headline="Designer", visibility="hidden")
    page = journey.open(width=390, height=844)  # a visitor, on a phone
    page.goto(journey.url("/directory/"))
    page.get_by_role("searchbox", name="Search the directory").fill("designer")
    page.get_by_role("searchbox", name="Search the directory").press("Enter")
    expect(page).to_have_url(re.compile(r"q=designer"))
    expect(page.locator(".result-card")).to_have_count(2)
    assert "Hana Hidden" not in page.locator("main").inner_text()  # hidden, though a designer
    journey.shot(page, "designers")

    if journey.javascript:  # let the search's requests settle before the filter swaps in
        page.wait_for_function("!document.querySelector('.htmx-request')")
    page.locator("#f-country-MZ").check()
    if not journey.javascript:
        page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"country=MZ"))
    expect(page.locator(".result-card")).to_have_count(1)
    journey.shot(page, "designers-in-mozambique")

    page.locator(".result-card__title a", has_text="Amina Mussa").click()
    expect(page.get_by_role("heading", name="Amina Mussa")).to_be_visible()
    expect(page.get_by_text("Textile designer")).to_be_visible()
    journey.shot(page, "profile")
    amina = Profile.objects.get(user__email="amina@example.org")
    assert page.url.endswith(amina.get_absolute_url())


def test_connect_and_message(journey):
    lucia = person("lucia@example.org", "Lúcia Santos", country="BR", headline="Music producer")
    wei = person("wei@example.org", "Li Wei", country="CN", headline="Game designer")
    a = journey.open(lucia.user)
    a.goto(journey.url(wei.get_absolute_url()))
    actions = a.locator("#profile-actions")
    actions.get_by_text("Connect", exact=True).click()
    actions.get_by_label("Add a note (optional)").fill("Loved your game at the Shanghai expo.")
    journey.shot(a, "connect-note")
    actions.get_by_role("button", name="Send request").click()
    expect(a.locator("#profile-actions")).to_contain_text("Request sent")
    journey.shot(a, "request-sent")
    assert Connection.objects.get().status == "pending"

    b = journey.open(wei.user, width=430)
    b.goto(journey.url("/connections/"))
    expect(b.get_by_text("Loved your game at the Shanghai expo.")).to_be_visible()
    journey.shot(b, "connections")
    b.get_by_role("button", name="Accept").click()
    expect(b.get_by_text("You are now connected with Lúcia Santos.")).to_be_visible()
    assert Connection.objects.get().status == "accepted"

    a.goto(journey.url(wei.get_absolute_url()))
    a.locator("#profile-actions").get_by_role("link", name="Message", exact=True).click()
    expect(a.get_by_label("To")).to_have_value(wei.handle)
    a.get_by_role("textbox", name="Message").fill("Olá! Shall we make a **soundtrack**?")
    a.get_by_role("button", name="Send").click()
    expect(a.locator("#message-list strong")).to_have_text("soundtrack")
    journey.shot(a, "conversation")

    b.goto(journey.url("/messages/"))
    b.locator(".conversation-row--unread").get_by_role("link").click()
    expect(b.locator("#message-list")).to_contain_text("Shall we make a soundtrack?")
    b.get_by_role("textbox", name="Message").fill("Yes, let's talk on Friday.")
    b.get_by_role("button", name="Send").click()
    expect(b.locator("#message-list .chat-message")).to_have_count(2)
    journey.shot(b, "reply")
    assert list(Message.objects.order_by("pk").values_list("sender__email", flat=True)) == [
        "lucia@example.org",
        "wei@example.org",
    ]
