"""Who sees which lab: in the listing, search, the activity feed, RSS and by its address."""

import pytest

from conftest import make_user
from creativetracks.labs import services
from creativetracks.networks.models import NetworkMembership
from creativetracks.networks.tests.conftest import make_network
from creativetracks.social.queries import feed_activities
from creativetracks.social.services import block_member, follow_member

from .conftest import make_lab

pytestmark = pytest.mark.django_db


@pytest.fixture
def labs(member):
    network = make_network(member, "Harbour Makers")
    return {
        "public": make_lab(member, "Zebra public call", visibility="public"),
        "members": make_lab(member, "Zebra members call", visibility="members"),
        "network": make_lab(member, "Zebra network call", network=network, visibility="network"),
    }


def titles(response) -> set[str]:
    return {
        name
        for name in ("Zebra public call", "Zebra members call", "Zebra network call")
        if name.encode() in response.content
    }


@pytest.mark.parametrize("path", ["/labs/", "/labs/?q=zebra"])
def test_listing_and_search_show_only_what_each_viewer_may_see(client, labs, path, staff_user):
    assert titles(client.get(path)) == {"Zebra public call"}
    outsider = make_user("outsider@example.org")
    client.force_login(outsider)
    assert titles(client.get(path)) == {"Zebra public call", "Zebra members call"}
    NetworkMembership.objects.create(network=labs["network"].network, user=outsider)
    assert titles(client.get(path)) == {
        "Zebra public call",
        "Zebra members call",
        "Zebra network call",
    }
    client.force_login(staff_user)
    assert len(titles(client.get(path))) == 3


def test_search_finds_words_of_the_description(client, member):
    make_lab(member, "Harbour sounds", description="Hydrophones and **kelp** forests")
    make_lab(member, "Paper cuts")
    response = client.get("/labs/?q=kelp")
    assert b"Harbour sounds" in response.content
    assert b"Paper cuts" not in response.content


def test_direct_addresses_answer_404_to_those_who_may_not_see(client, labs):
    outsider = make_user("outsider@example.org")
    assert client.get(labs["public"].get_absolute_url()).status_code == 200
    assert client.get(labs["members"].get_absolute_url()).status_code == 404
    assert client.get(labs["network"].get_absolute_url()).status_code == 404
    client.force_login(outsider)
    assert client.get(labs["members"].get_absolute_url()).status_code == 200
    assert client.get(labs["network"].get_absolute_url()).status_code == 404
    assert client.post(f"/labs/{labs['network'].pk}/comments/", {"body": "Hi"}).status_code == 404


def test_rss_and_atom_carry_only_public_open_labs(client, labs):
    for path in ("/labs/feed/rss/", "/labs/feed/atom/"):
        response = client.get(path)
        assert response.status_code == 200
        assert titles(response) == {"Zebra public call"}
    assert client.get("/labs/feed/atom/")["Content-Type"].startswith("application/atom+xml")


def test_the_activity_feed_follows_the_visibility(labs, member):
    follower = make_user("follower@example.org")
    follow_member(follower, member)
    seen = {a.text for a in feed_activities(follower).filter(verb="posted_lab")}
    assert seen == {"Zebra public call", "Zebra members call"}
    NetworkMembership.objects.create(network=labs["network"].network, user=follower)
    seen = {a.text for a in feed_activities(follower).filter(verb="posted_lab")}
    assert "Zebra network call" in seen


def test_blocked_members_do_not_see_each_others_labs(client, member, other_member):
    lab = make_lab(member, "Zebra public call")
    block_member(other_member, member)
    client.force_login(other_member)
    assert client.get(lab.get_absolute_url()).status_code == 404
    assert titles(client.get("/labs/")) == set()


def test_changing_the_visibility_to_a_network_updates_the_feed(member):
    network = make_network(member, "Harbour Makers")
    lab = make_lab(member, "Zebra public call")
    follower = make_user("follower@example.org")
    follow_member(follower, member)
    assert feed_activities(follower).filter(verb="posted_lab").exists()
    data = {
        "kind": lab.kind,
        "title": lab.title,
        "summary": lab.summary,
        "network": network,
        "visibility": "network",
    }
    services.update_lab(member, lab, data)
    assert not feed_activities(follower).filter(verb="posted_lab").exists()
