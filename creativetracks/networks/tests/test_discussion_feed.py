"""The RSS/Atom feed of a public network's discussions, at a member's personal address."""

import re

import pytest
from django.test import Client

from creativetracks.networks import services
from creativetracks.networks.feeds import feed_key
from creativetracks.networks.tests.conftest import make_network

pytestmark = pytest.mark.django_db


def feed_links(page: str) -> dict[str, str]:
    found = re.findall(
        r'<link rel="alternate" type="application/(rss|atom)\+xml"[^>]*href="([^"]+)"', page
    )
    return dict(found)


def test_a_member_finds_a_personal_feed_of_a_public_networks_discussions(
    client, member, other_member
):
    network = make_network(member)
    services.start_thread(member, network=network, title="Kilns to share", body="Who has *one*?")
    client.force_login(other_member)  # signed in, not a member: reads a public network
    page = client.get(f"/networks/{network.slug}/discussions/").content.decode()
    links = feed_links(page)
    assert set(links) == {"rss", "atom"}
    assert links["rss"].startswith(f"/networks/{network.slug}/discussions/feed/")
    assert f'href="{links["rss"]}">RSS</a>' in page
    reader = Client()  # a feed reader: no session
    rss = reader.get(links["rss"])
    assert rss.status_code == 200 and rss["Content-Type"].startswith("application/rss+xml")
    body = rss.content.decode()
    assert "<title>Kilns to share</title>" in body and "Who has one?" in body
    assert "Maputo Makers: discussions" in body
    atom = reader.get(links["atom"])
    assert atom["Content-Type"].startswith("application/atom+xml")
    assert "Kilns to share" in atom.content.decode()


def test_unlisted_networks_have_no_feed(client, member):
    unlisted = make_network(member, "Quiet circle", listing="unlisted")
    services.start_thread(member, network=unlisted, title="Ours only", body="Psst")
    client.force_login(member)
    page = client.get(f"/networks/{unlisted.slug}/discussions/").content.decode()
    assert feed_links(page) == {} and "feed" not in page.lower().split("</head>")[0]
    key = feed_key(member, unlisted)  # even a well-signed key
    response = Client().get(f"/networks/{unlisted.slug}/discussions/feed/{key}/rss/")
    assert response.status_code == 404 and b"Ours only" not in response.content


def test_a_wrong_or_retired_key_is_not_found(member, other_member):
    network = make_network(member)
    other = make_network(member, "Lisbon Open Studio")
    services.start_thread(member, network=network, title="Kilns", body="?")
    reader = Client()
    base = f"/networks/{network.slug}/discussions/feed"
    assert reader.get(f"{base}/nonsense/rss/").status_code == 404
    assert reader.get(f"{base}/{feed_key(member, other)}/rss/").status_code == 404
    key = feed_key(other_member, network)
    assert reader.get(f"{base}/{key}/rss/").status_code == 200
    other_member.set_password("a new long password 123")
    other_member.save()
    assert reader.get(f"{base}/{key}/rss/").status_code == 404
    member.is_active = False
    member.save()
    assert reader.get(f"{base}/{feed_key(member, network)}/atom/").status_code == 404


def test_the_feed_shows_what_its_member_reads(member, other_member):
    from creativetracks.social import services as social

    network = make_network(member)
    services.start_thread(member, network=network, title="From the owner", body="Hi")
    social.block_member(other_member, member)
    body = (
        Client()
        .get(f"/networks/{network.slug}/discussions/feed/{feed_key(other_member, network)}/rss/")
        .content.decode()
    )
    assert "From the owner" not in body


@pytest.mark.parametrize("count", [3, 30])
def test_the_feed_costs_a_constant_number_of_queries(member, count, django_assert_max_num_queries):
    network = make_network(member)
    for number in range(count):
        services.start_thread(member, network=network, title=f"Thread {number}", body="Hi")
    path = f"/networks/{network.slug}/discussions/feed/{feed_key(member, network)}/rss/"
    reader = Client()
    with django_assert_max_num_queries(8):
        response = reader.get(path)
    assert response.content.decode().count("<item>") == count
