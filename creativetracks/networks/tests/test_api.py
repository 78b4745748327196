"""The API's networks: listed as on the site, members as the site shows them, join and leave."""

import pytest

from conftest import make_user
from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.networks.models import JoinRequest, NetworkMembership

from .conftest import add_member, make_network, person

pytestmark = pytest.mark.django_db


def slugs(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["slug"] for item in response.json()["items"]]


def test_unlisted_networks_are_listed_for_their_members_only(client, member, other_member):
    public = make_network(member, "Public Makers")
    unlisted = make_network(other_member, "Quiet Circle", listing="unlisted")
    assert slugs(client.get("/api/v1/networks/")) == [public.slug]
    assert slugs(client.get("/api/v1/networks/", **bearer(member))) == [public.slug]
    assert set(slugs(client.get("/api/v1/networks/", **bearer(other_member)))) == {
        public.slug,
        unlisted.slug,
    }
    # Like the network page, the address itself opens it.
    assert client.get(f"/api/v1/networks/{unlisted.slug}").status_code == 200


def test_filters_match_the_listing(client, member):
    maputo = make_network(member, "Maputo Makers", countries=["MZ"])
    make_network(member, "Lisbon Studio", countries=["PT"], sectors=["design"])
    assert slugs(client.get("/api/v1/networks/?country=MZ")) == [maputo.slug]
    assert slugs(client.get("/api/v1/networks/?q=mapu")) == [maputo.slug]
    assert slugs(client.get("/api/v1/networks/?sector=nothing")) == []


def test_members_list_leaves_out_hidden_profiles(client, member):
    network = make_network(member, "Makers")
    visible = person("vis@example.org", "Vera Visible")
    hidden = person("hid@example.org", "Hugo Hidden", visibility="hidden")
    members_only = person("mo@example.org", "Mo Members", visibility="members")
    for user in (visible, hidden, members_only):
        add_member(network, user)
    anonymous = {
        i["person"]["handle"]
        for i in client.get(f"/api/v1/networks/{network.slug}/members").json()["items"]
    }
    assert visible.profile.handle in anonymous
    assert hidden.profile.handle not in anonymous and members_only.profile.handle not in anonymous
    signed_in = client.get(f"/api/v1/networks/{network.slug}/members", **bearer(visible)).json()
    handles = {i["person"]["handle"] for i in signed_in["items"]}
    assert members_only.profile.handle in handles and hidden.profile.handle not in handles


def test_a_member_joins_an_open_network_and_leaves_it(client, member, other_member):
    network = make_network(member, "Open Studio", join_policy="open")
    headers = bearer(other_member)
    response = client.post(
        f"/api/v1/networks/{network.slug}/join", {}, content_type="application/json", **headers
    )
    assert response.status_code == 200
    assert response.json()["status"] == "member"
    assert NetworkMembership.objects.filter(network=network, user=other_member).exists()
    again = client.post(
        f"/api/v1/networks/{network.slug}/join", {}, content_type="application/json", **headers
    )
    assert again.status_code == 409
    assert error_of(again)["code"] == "conflict"
    left = client.post(f"/api/v1/networks/{network.slug}/leave", **headers)
    assert left.status_code == 200
    assert not NetworkMembership.objects.filter(network=network, user=other_member).exists()


def test_asking_to_join_a_network_on_request(client, member, other_member):
    network = make_network(member, "Careful Circle", join_policy="request")
    response = client.post(
        f"/api/v1/networks/{network.slug}/join",
        {"message": "Hello!"},
        content_type="application/json",
        **bearer(other_member),
    )
    assert response.json()["status"] == "requested"
    assert JoinRequest.objects.get(network=network).message == "Hello!"


def test_refusals_of_the_service_keep_their_meaning(client, member, other_member):
    invitation_only = make_network(member, "Secret Club", join_policy="invitation")
    response = client.post(
        f"/api/v1/networks/{invitation_only.slug}/join",
        {},
        content_type="application/json",
        **bearer(other_member),
    )
    assert response.status_code == 403
    # The owner may not leave.
    owner_leaves = client.post(f"/api/v1/networks/{invitation_only.slug}/leave", **bearer(member))
    assert owner_leaves.status_code == 403
    unverified = make_user("new@example.org", verified=False)
    open_one = make_network(member, "Open One", join_policy="open")
    response = client.post(
        f"/api/v1/networks/{open_one.slug}/join",
        {},
        content_type="application/json",
        **bearer(unverified),
    )
    assert response.status_code == 403


def test_too_long_a_message_is_a_422(client, member, other_member):
    network = make_network(member, "Wordy", join_policy="request")
    response = client.post(
        f"/api/v1/networks/{network.slug}/join",
        {"message": "x" * 1001},
        content_type="application/json",
        **bearer(other_member),
    )
    assert response.status_code == 422
    assert "message" in error_of(response)["fields"]


def test_network_list_costs_constant_queries(client, member, django_assert_max_num_queries):
    for i in range(2):
        make_network(member, f"Few {i}")
    with django_assert_max_num_queries(6):
        assert len(client.get("/api/v1/networks/").json()["items"]) == 2
    for i in range(20):
        make_network(member, f"Many {i}")
    with django_assert_max_num_queries(6):
        assert len(client.get("/api/v1/networks/?limit=50").json()["items"]) == 22


def test_member_list_costs_constant_queries(client, member, django_assert_max_num_queries):
    network = make_network(member, "Counted")
    with django_assert_max_num_queries(6):
        client.get(f"/api/v1/networks/{network.slug}/members")
    for i in range(20):
        add_member(network, person(f"m{i}@example.org", f"M {i}"))
    with django_assert_max_num_queries(6):
        assert (
            len(client.get(f"/api/v1/networks/{network.slug}/members?limit=50").json()["items"])
            == 20
        )
