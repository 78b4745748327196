"""The API's /me: the signed-in member's own account, by session or token."""

import pytest

from creativetracks.api.tests.helpers import bearer
from creativetracks.notifications.services import notify

pytestmark = pytest.mark.django_db


def test_me_describes_the_caller(client, member, other_member):
    notify(member, "lab_comment", text="Hello", url="/")
    body = client.get("/api/v1/me", **bearer(member, scope="read-write")).json()
    assert body["email"] == member.email
    assert body["unread_notifications"] == 1
    assert body["profile"]["handle"] == member.profile.handle
    assert body["token_scope"] == "read-write"
    # The member's own email shows in their profile; nobody else's token sees this account.
    assert client.get("/api/v1/me", **bearer(other_member)).json()["email"] == other_member.email


def test_me_through_the_session(client, member):
    client.force_login(member)
    body = client.get("/api/v1/me").json()
    assert body["email"] == member.email and body["token_scope"] is None


def test_visitors_have_no_me(client):
    response = client.get("/api/v1/me")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"
