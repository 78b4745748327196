"""A region page and a learning track with their share box, and a public network's
discussions page with its personal feed links, in Chromium: no console or CSP error,
nothing loaded from another site, and the feed opens (screenshots under e2e/output/)."""

import pytest
from django.conf import settings
from django.test import Client

from creativetracks.ambassadors.tests.conftest import ambassador, region
from creativetracks.networks import services as networks
from creativetracks.networks.tests.conftest import make_network, person
from creativetracks.opportunities.tests.conftest import partner_staff
from creativetracks.resources.tests.conftest import add_resource, make_track

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_region_track_and_discussion_feed_pages(browser, live_server, screenshot_dir):
    lusophone = region("Lusophone Africa", ["MZ", "AO", "CV"])
    lusophone.description = "Mozambique, Angola and Cabo Verde: ask us about the network."
    lusophone.save()
    ambassador("ana@example.org", "Ana Tembe", "MZ", lusophone)
    staff = partner_staff()
    track = make_track(
        [
            add_resource(staff, title="Export basics", topics=["internationalisation"]),
            add_resource(staff, title="Pricing abroad", topics=["business-models"]),
        ]
    )
    owner = person("owner@example.org", "Mia Member")
    network = make_network(owner)
    networks.start_thread(owner, network=network, title="Kilns to share", body="Who has one?")

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems, elsewhere = [], []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on(
        "request",
        lambda r: elsewhere.append(r.url) if not r.url.startswith(live_server.url) else None,
    )
    for name, path in [
        ("region", lusophone.get_absolute_url()),
        ("track", track.get_absolute_url()),
    ]:
        assert page.goto(live_server.url + path).status == 200
        assert page.locator("section.share").get_by_role("link", name="LinkedIn").is_visible()
        page.screenshot(path=screenshot_dir / f"{name}.png", full_page=True)

    client = Client()
    client.force_login(owner)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )
    assert page.goto(live_server.url + f"/networks/{network.slug}/discussions/").status == 200
    rss = page.get_by_role("link", name="RSS", exact=True)
    assert rss.is_visible()
    page.screenshot(path=screenshot_dir / "discussions.png", full_page=True)
    feed = context.request.get(live_server.url + rss.get_attribute("href"))
    assert feed.status == 200 and "Kilns to share" in feed.text()
    assert problems == [] and elsewhere == []
