"""Follows and blocks through the API: the social services decide (who may follow whom,
blocks end follows and connections), the lists are one's own."""

import json

import pytest

from conftest import make_user
from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.networks.models import Network
from creativetracks.notifications.models import Notification
from creativetracks.profiles.models import Organisation
from creativetracks.social import services
from creativetracks.social.models import Block, Connection, Follow
from creativetracks.social.tests.builders import connect, member_named

pytestmark = pytest.mark.django_db


def post(client, path, data, headers):
    body = json.dumps(data) if data is not None else ""
    return client.post(path, body, content_type="application/json", **headers)


def kinds(response) -> list[tuple[str, str]]:
    assert response.status_code == 200, response.content
    return [(item["kind"], item["handle"] or item["slug"]) for item in response.json()["items"]]


def test_follow_people_organisations_and_networks(client, member, other_member):
    organisation = Organisation.objects.create(
        name="Tecelagem", slug="tecelagem", kind="collective", country="PT"
    )
    network = Network.objects.create(name="Weavers", slug="weavers", listing="public")
    headers = bearer(member)
    handle = other_member.profile.handle
    for _ in range(2):  # again: no change, told once
        response = post(client, f"/api/v1/follows/people/{handle}", None, headers)
        assert response.status_code == 200
        assert response.json() == {"kind": "person", "target": handle, "following": True}
    assert Notification.objects.filter(recipient=other_member, kind="new_follower").count() == 1
    assert post(client, "/api/v1/follows/organisations/tecelagem", None, headers).status_code == 200
    assert post(client, "/api/v1/follows/networks/weavers", None, headers).status_code == 200
    assert Follow.objects.filter(follower=member).count() == 3

    listed = kinds(client.get("/api/v1/follows/", **headers))
    assert listed == [
        ("network", "weavers"),
        ("organisation", "tecelagem"),
        ("person", handle),
    ]
    assert kinds(client.get("/api/v1/follows/?kind=person", **headers)) == [("person", handle)]

    for path in (f"people/{handle}", "organisations/tecelagem", "networks/weavers"):
        response = client.delete(f"/api/v1/follows/{path}", **headers)
        assert response.status_code == 200 and response.json()["following"] is False
    assert not Follow.objects.exists() and kinds(client.get("/api/v1/follows/", **headers)) == []
    assert organisation.pk and network.pk


def test_what_may_not_be_followed(client, member, staff_user):
    hidden = member_named("Hidden Hana", visibility="hidden")
    response = post(client, f"/api/v1/follows/people/{hidden.profile.handle}", None, bearer(member))
    assert response.status_code == 404
    me = post(client, f"/api/v1/follows/people/{member.profile.handle}", None, bearer(member))
    assert me.status_code == 403 and error_of(me)["code"] == "forbidden"
    assert post(client, "/api/v1/follows/networks/nowhere", None, bearer(member)).status_code == 404
    assert (
        post(client, "/api/v1/follows/organisations/none", None, bearer(member)).status_code == 404
    )
    # staff may see hidden profiles and so follow them, as on the site
    ok = post(client, f"/api/v1/follows/people/{hidden.profile.handle}", None, bearer(staff_user))
    assert ok.status_code == 200
    assert Follow.objects.filter(follower=member).count() == 0


def test_blocking_and_unblocking(client, member, other_member):
    connect(member, other_member)
    services.follow_member(other_member, member)
    headers = bearer(member)
    handle = other_member.profile.handle
    blocked = post(client, "/api/v1/blocks/", {"handle": handle}, headers)
    assert blocked.status_code == 200, blocked.content
    block = blocked.json()
    assert block["person"]["display_name"] == "Otto Other"
    assert not Connection.objects.exists() and not Follow.objects.exists()
    # once blocked, neither follows the other
    refused = post(client, f"/api/v1/follows/people/{handle}", None, headers)
    assert refused.status_code == 403
    theirs = post(
        client, f"/api/v1/follows/people/{member.profile.handle}", None, bearer(other_member)
    )
    assert theirs.status_code == 403
    listed = client.get("/api/v1/blocks/", **headers).json()["items"]
    assert [b["id"] for b in listed] == [block["id"]]
    # someone else's block is not found
    assert client.delete(f"/api/v1/blocks/{block['id']}", **bearer(other_member)).status_code == 404
    assert client.delete(f"/api/v1/blocks/{block['id']}", **headers).status_code == 204
    assert not Block.objects.exists()
    me = post(client, "/api/v1/blocks/", {"handle": member.profile.handle}, headers)
    assert me.status_code == 409


def test_only_members_with_write_tokens(client, member, other_member):
    handle = other_member.profile.handle
    assert client.get("/api/v1/follows/").status_code == 401
    assert client.get("/api/v1/blocks/").status_code == 401
    read = bearer(member, scope="read")
    assert post(client, f"/api/v1/follows/people/{handle}", None, read).status_code == 403
    assert post(client, "/api/v1/blocks/", {"handle": handle}, read).status_code == 403
    assert client.get("/api/v1/follows/", **read).status_code == 200
    assert not Follow.objects.exists() and not Block.objects.exists()


def test_lists_cost_constant_queries(client, member, django_assert_max_num_queries):
    headers = bearer(member)

    def add(n, start):
        for i in range(start, start + n):
            other = make_user(f"f{i}@example.org", display_name=f"Fay {i}")
            services.follow_member(member, other)
            services.follow_network(
                member, Network.objects.create(name=f"Net {i}", slug=f"net-{i}")
            )
            services.block_member(member, make_user(f"b{i}@example.org"))

    add(2, 0)
    with django_assert_max_num_queries(8):
        assert len(client.get("/api/v1/follows/", **headers).json()["items"]) == 4
    with django_assert_max_num_queries(7):
        assert len(client.get("/api/v1/blocks/", **headers).json()["items"]) == 2
    add(10, 2)
    with django_assert_max_num_queries(8):
        assert len(client.get("/api/v1/follows/?limit=50", **headers).json()["items"]) == 24
    with django_assert_max_num_queries(7):
        assert len(client.get("/api/v1/blocks/?limit=50", **headers).json()["items"]) == 12
