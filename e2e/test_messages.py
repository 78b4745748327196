"""Two members talk: A writes from B's profile, B sees it arrive without reloading and answers."""

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from creativetracks.profiles.tests.factories import person
from creativetracks.social.tests.builders import connect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
ARRIVAL = 15_000  # ms: the page asks for new messages every few seconds
NEEDS_PROFILE_ACTIONS = (
    'The profile page must include {% include "social/_profile_actions.html" '
    "with profile=profile %} (docs/social-and-messages.md)"
)


@pytest.fixture
def pair(db):
    amina = person("amina@example.org", "Amina Mussa", country="MZ", headline="Textile designer")
    joao = person("joao@example.org", "João Ferreira", country="PT", headline="Film producer")
    connect(amina.user, joao.user)
    return amina, joao


def signed_in(browser, live_server, profile, *, javascript=True, width=1100):
    client = Client()
    client.force_login(profile.user)
    context = browser.new_context(
        java_script_enabled=javascript, viewport={"width": width, "height": 900}
    )
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )
    page = context.new_page()
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    return context, page, problems


def test_a_conversation_between_two_members(browser, live_server, pair, screenshot_dir):
    amina, joao = pair
    a_context, a, a_problems = signed_in(browser, live_server, amina)
    b_context, b, b_problems = signed_in(browser, live_server, joao, width=430)

    b.goto(live_server.url + "/messages/")
    expect(b.get_by_text("No conversations yet")).to_be_visible()

    a.goto(live_server.url + joao.get_absolute_url())
    expect(a.locator("#profile-actions"), NEEDS_PROFILE_ACTIONS).to_be_visible()
    a.screenshot(path=screenshot_dir / "1-a-profile.png", full_page=True)
    a.get_by_role("link", name="Message", exact=True).click()
    expect(a.get_by_label("To")).to_have_value(joao.handle)
    a.get_by_role("textbox", name="Message").fill(
        "Olá João! Are you coming to the **Porto** screening?"
    )
    a.screenshot(path=screenshot_dir / "2-a-new-message.png", full_page=True)
    a.get_by_role("button", name="Send").click()
    expect(a.locator("#message-list")).to_contain_text("Are you coming to the Porto screening?")
    expect(a.locator("#message-list strong")).to_have_text("Porto")

    # B's inbox shows the new conversation without a reload.
    row = b.locator(".conversation-row--unread")
    expect(row).to_contain_text("Amina Mussa", timeout=ARRIVAL)
    b.screenshot(path=screenshot_dir / "3-b-inbox.png", full_page=True)
    row.get_by_role("link").click()
    expect(b.locator("#message-list")).to_contain_text("Are you coming to the Porto screening?")

    # A writes again: it appears on A's page and, without reload, on B's.
    a.get_by_role("textbox", name="Message").fill("The screening starts at 19:00.")
    a.get_by_role("button", name="Send").click()
    expect(a.get_by_role("textbox", name="Message")).to_have_value("")
    expect(a.locator("#message-list .chat-message")).to_have_count(2, timeout=ARRIVAL)
    expect(b.locator("#message-list")).to_contain_text("starts at 19:00", timeout=ARRIVAL)
    b.screenshot(path=screenshot_dir / "4-b-conversation.png", full_page=True)

    b.get_by_role("textbox", name="Message").fill("Yes! See you there.\nI'll bring Rui.")
    b.get_by_role("button", name="Send").click()
    expect(a.locator("#message-list")).to_contain_text("I'll bring Rui.", timeout=ARRIVAL)
    expect(b.locator("#message-list .chat-message")).to_have_count(3, timeout=ARRIVAL)
    a.screenshot(path=screenshot_dir / "5-a-conversation.png", full_page=True)
    b.screenshot(path=screenshot_dir / "6-b-conversation.png", full_page=True)

    assert a.locator(".chat-message--mine").count() == 2  # each message appears once
    assert b.locator(".chat-message--mine").count() == 1
    assert a_problems == [] and b_problems == [], a_problems + b_problems
    a_context.close()
    b_context.close()


def test_follow_connect_and_feed_from_a_profile(browser, live_server, screenshot_dir):
    """The profile buttons swap in place with htmx; the request arrives on the other side."""
    from creativetracks.social.services import record_activity

    lucia = person("lucia@example.org", "Lúcia Santos", country="BR", headline="Music producer")
    wei = person("wei@example.org", "Li Wei", country="CN", headline="Game designer")
    a_context, a, a_problems = signed_in(browser, live_server, lucia)
    a.goto(live_server.url + wei.get_absolute_url())
    actions = a.locator("#profile-actions")
    expect(actions, NEEDS_PROFILE_ACTIONS).to_be_visible()
    actions.get_by_role("button", name="Follow").click()
    expect(actions.get_by_role("button", name="Following")).to_be_visible()
    actions.get_by_text("Connect", exact=True).click()
    actions.get_by_label("Add a note (optional)").fill("Loved your game at the Shanghai expo.")
    a.screenshot(path=screenshot_dir / "1-connect-note.png", full_page=True)
    actions.get_by_role("button", name="Send request").click()
    expect(actions).to_contain_text("Request sent")
    assert a.url.endswith(wei.get_absolute_url())  # swapped in place, no navigation
    a.screenshot(path=screenshot_dir / "2-request-sent.png", full_page=True)

    record_activity(wei.user, "posted_thread", text="Playtesters wanted", url="/directory/")
    b_context, b, b_problems = signed_in(browser, live_server, wei, width=430)
    b.goto(live_server.url + "/connections/")
    expect(b.get_by_text("Loved your game at the Shanghai expo.")).to_be_visible()
    b.screenshot(path=screenshot_dir / "3-connections.png", full_page=True)
    b.get_by_role("button", name="Accept").click()
    expect(b.get_by_text("You are now connected with Lúcia Santos.")).to_be_visible()

    a.goto(live_server.url + "/feed/")
    expect(a.locator(".activity").first).to_contain_text("Playtesters wanted")
    a.screenshot(path=screenshot_dir / "4-feed.png", full_page=True)
    a.goto(live_server.url + f"/people/{wei.handle}/followers/")
    expect(a.locator(".person-row")).to_contain_text("Lúcia Santos")
    a.screenshot(path=screenshot_dir / "5-followers.png", full_page=True)
    assert a_problems == [] and b_problems == [], a_problems + b_problems
    a_context.close()
    b_context.close()
