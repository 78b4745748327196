"""sitemap.xml lists public pages only; robots.txt points to it."""

import re

import pytest
from django.urls import reverse

from creativetracks.labs.models import Lab
from creativetracks.labs.tests.conftest import make_lab
from creativetracks.profiles.tests.factories import person

pytestmark = pytest.mark.django_db


def all_locations(client) -> str:
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    sections = re.findall(r"<loc>([^<]+)</loc>", index.content.decode())
    assert sections
    return "".join(
        client.get(url.replace("http://testserver", "")).content.decode() for url in sections
    )


def test_the_sitemap_lists_public_pages_and_nothing_private(client, member):
    public = person("amina@example.org", "Amina Mussa", visibility="public")
    members_only = person("joao@example.org", "João Ferreira", visibility="members")
    hidden = person("lucia@example.org", "Lúcia Santos", visibility="hidden")
    open_lab = make_lab(member, "Open call for sound designers")
    private_lab = make_lab(member, "Members only call", visibility=Lab.Visibility.MEMBERS)

    locations = all_locations(client)

    assert reverse("directory") in locations and reverse("labs") in locations
    assert public.get_absolute_url() in locations
    assert open_lab.get_absolute_url() in locations
    for private in (members_only, hidden, private_lab):
        assert private.get_absolute_url() not in locations


def test_robots_txt_keeps_crawlers_out_of_private_areas_and_names_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /accounts/" in text and "Disallow: /messages/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_regions_and_published_tracks_are_listed_but_no_discussion_or_feed(client, member):
    from creativetracks.ambassadors.tests.conftest import region
    from creativetracks.networks import services as networks
    from creativetracks.networks.feeds import feed_key
    from creativetracks.networks.tests.conftest import make_network
    from creativetracks.resources.tests.conftest import make_track

    lusophone = region("Lusophone Africa", ["MZ", "AO"])
    track = make_track([], title="Going international", slug="going-international")
    draft = make_track([], title="Draft", slug="draft-track")
    draft.published = False
    draft.save()
    network = make_network(member)
    thread = networks.start_thread(member, network=network, title="Kilns", body="?")

    locations = all_locations(client)

    assert lusophone.get_absolute_url() in locations
    assert track.get_absolute_url() in locations and reverse("tracks") in locations
    assert draft.get_absolute_url() not in locations
    assert thread.get_absolute_url() not in locations and "/discussions/" not in locations
    assert feed_key(member, network) not in locations
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /networks/*/discussions/" in robots
