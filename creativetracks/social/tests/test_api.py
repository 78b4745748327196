"""The API's connections: one's own, changed through the social services."""

import json

import pytest

from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.social import services
from creativetracks.social.models import Connection
from creativetracks.social.tests.builders import connect, member_named

pytestmark = pytest.mark.django_db


def post(client, path, data, headers):
    body = json.dumps(data) if data is not None else ""
    return client.post(path, body, content_type="application/json", **headers)


def test_request_accept_and_list(client, member, other_member):
    response = post(
        client,
        "/api/v1/connections/",
        {"handle": other_member.profile.handle, "note": "Hi"},
        bearer(member),
    )
    assert response.status_code == 201
    sent = response.json()
    assert sent["status"] == "pending" and sent["direction"] == "sent" and sent["note"] == "Hi"
    assert sent["person"]["display_name"] == "Otto Other"
    assert (
        client.get("/api/v1/connections/?status=sent", **bearer(member)).json()["items"][0]["id"]
        == sent["id"]
    )
    headers = bearer(other_member)
    [received] = client.get("/api/v1/connections/?status=received", **headers).json()["items"]
    assert (
        received["direction"] == "received" and received["person"]["display_name"] == "Mia Member"
    )
    accepted = post(client, f"/api/v1/connections/{sent['id']}/accept", None, headers)
    assert accepted.status_code == 200 and accepted.json()["status"] == "accepted"
    [row] = client.get("/api/v1/connections/", **bearer(member)).json()["items"]
    assert row["status"] == "accepted" and row["responded"]


def test_asking_someone_who_asked_you_accepts(client, member, other_member):
    services.request_connection(other_member, member)
    response = post(
        client, "/api/v1/connections/", {"handle": other_member.profile.handle}, bearer(member)
    )
    assert response.status_code == 201 and response.json()["status"] == "accepted"


def test_refusals_come_from_the_services(client, member, other_member):
    headers = bearer(member)
    connect(member, other_member)
    again = post(client, "/api/v1/connections/", {"handle": other_member.profile.handle}, headers)
    assert again.status_code == 409 and "already connected" in error_of(again)["message"]
    stranger = member_named("Sam Stranger")
    pending = services.request_connection(member, stranger)
    # only the member who was asked may accept
    response = post(client, f"/api/v1/connections/{pending.pk}/accept", None, headers)
    assert response.status_code == 403
    hidden = member_named("Hu Hidden", visibility="hidden")
    assert (
        post(client, "/api/v1/connections/", {"handle": hidden.profile.handle}, headers).status_code
        == 404
    )
    blocker = member_named("Bo Blocker")
    services.block_member(blocker, member)
    response = post(client, "/api/v1/connections/", {"handle": blocker.profile.handle}, headers)
    assert response.status_code == 403
    response = client.get("/api/v1/connections/?status=nonsense", **headers)
    assert response.status_code == 422 and "status" in error_of(response)["fields"]


def test_decline_withdraw_and_remove(client, member, other_member):
    third = member_named("Tia Third")
    asked = services.request_connection(other_member, member)
    assert (
        post(client, f"/api/v1/connections/{asked.pk}/decline", None, bearer(member)).status_code
        == 204
    )
    mine = services.request_connection(member, third)
    assert client.delete(f"/api/v1/connections/{mine.pk}", **bearer(member)).status_code == 204
    friends = connect(member, other_member)
    assert (
        client.delete(f"/api/v1/connections/{friends.pk}", **bearer(other_member)).status_code
        == 204
    )
    assert not Connection.objects.exists()


def test_other_peoples_connections_are_404(client, member, other_member, staff_user):
    connection = connect(member, other_member)
    for user in (member_named("Olga Outsider"), staff_user):
        headers = bearer(user)
        assert client.delete(f"/api/v1/connections/{connection.pk}", **headers).status_code == 404
        assert (
            post(client, f"/api/v1/connections/{connection.pk}/accept", None, headers).status_code
            == 404
        )
        assert client.get("/api/v1/connections/", **headers).json()["items"] == []
    assert Connection.objects.count() == 1
    assert client.get("/api/v1/connections/").status_code == 401


def test_connection_requests_share_the_sites_rate_limit(client, member, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "connection_request": "1/h"}
    headers = bearer(member)
    first, second = member_named("One"), member_named("Two")
    assert (
        post(client, "/api/v1/connections/", {"handle": first.profile.handle}, headers).status_code
        == 201
    )
    assert (
        post(client, "/api/v1/connections/", {"handle": second.profile.handle}, headers).status_code
        == 429
    )


@pytest.mark.parametrize("size", [2, 12])
def test_list_costs_constant_queries(client, member, django_assert_max_num_queries, size):
    for number in range(size):
        connect(member, member_named(f"Friend {number}"))
        services.request_connection(member_named(f"Asker {number}"), member)
    headers = bearer(member)
    with django_assert_max_num_queries(5):
        assert len(client.get("/api/v1/connections/?limit=100", **headers).json()["items"]) == size
    with django_assert_max_num_queries(5):
        body = client.get("/api/v1/connections/?status=received&limit=100", **headers).json()
    assert len(body["items"]) == size
