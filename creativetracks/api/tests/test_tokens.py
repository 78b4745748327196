"""Personal access tokens: made on the settings page, shown once, stored hashed, scoped,
expiring, revocable; and the session with CSRF for unsafe methods."""

import hashlib
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from creativetracks.api import services
from creativetracks.api.models import AccessToken

from .helpers import bearer, error_of

pytestmark = pytest.mark.django_db


def test_a_member_creates_a_token_and_sees_it_once(client, member):
    client.force_login(member)
    response = client.post(
        "/accounts/tokens/", {"name": "Newsletter", "scope": "read", "lifetime": "30"}
    )
    assert response.status_code == 200
    token = AccessToken.objects.get(user=member)
    secret = response.context["secret"]
    assert secret.startswith("ctk_") and secret in response.content.decode()
    # Only the hash is stored.
    assert token.token_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in {token.token_hash, token.prefix, token.name}
    assert token.scope == "read"
    assert timezone.now() + timedelta(days=29) < token.expires < timezone.now() + timedelta(days=31)
    page = client.get("/accounts/tokens/").content.decode()
    assert "Newsletter" in page and secret not in page


def test_a_token_without_a_name_is_refused(client, member):
    client.force_login(member)
    response = client.post("/accounts/tokens/", {"name": "  ", "scope": "read", "lifetime": ""})
    assert response.status_code == 422
    assert not AccessToken.objects.exists()


def test_the_token_works_and_records_its_last_use(client, member):
    headers = bearer(member, scope="read")
    response = client.get("/api/v1/me", **headers)
    assert response.status_code == 200
    assert response.json()["email"] == member.email
    assert response.json()["token_scope"] == "read"
    assert AccessToken.objects.get().last_used is not None


def test_revoking_stops_the_token_at_once(client, member):
    headers = bearer(member)
    token = AccessToken.objects.get()
    client.force_login(member)
    assert client.post(f"/accounts/tokens/{token.pk}/revoke/").status_code == 302
    token.refresh_from_db()
    assert token.revoked is not None
    anonymous = Client()
    response = anonymous.get("/api/v1/me", **headers)
    assert response.status_code == 401
    assert error_of(response)["code"] == "not_authenticated"


def test_nobody_revokes_someone_elses_token(client, member, other_member):
    bearer(member)
    token = AccessToken.objects.get()
    client.force_login(other_member)
    assert client.post(f"/accounts/tokens/{token.pk}/revoke/").status_code == 404
    token.refresh_from_db()
    assert token.revoked is None


def test_an_expired_token_is_refused(client, member):
    headers = bearer(member, expires=timezone.now() - timedelta(minutes=1))
    assert client.get("/api/v1/me", **headers).status_code == 401
    # Even on a public read: a bad token never falls back to anonymous.
    assert client.get("/api/v1/profiles/", **headers).status_code == 401


def test_an_unknown_or_malformed_token_is_refused(client, member):
    for value in ["Bearer nope", "Bearer ", "Basic abc", "Token x"]:
        response = client.get("/api/v1/labs/", HTTP_AUTHORIZATION=value)
        assert response.status_code == 401, value
        assert error_of(response)["code"] == "not_authenticated"


def test_a_closed_account_token_is_refused(client, member):
    headers = bearer(member)
    member.is_active = False
    member.save()
    assert client.get("/api/v1/me", **headers).status_code == 401


def test_a_read_token_cannot_write(client, member):
    headers = bearer(member, scope="read")
    response = client.post("/api/v1/notifications/read", **headers)
    assert response.status_code == 403
    assert "read-only" in error_of(response)["message"]


def test_a_read_write_token_writes(client, member):
    headers = bearer(member, scope="read-write")
    assert client.post("/api/v1/notifications/read", **headers).status_code == 200


def test_the_session_needs_the_csrf_token_for_writes(member):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(member)
    assert browser.get("/api/v1/me").status_code == 200
    refused = browser.post("/api/v1/notifications/read")
    assert refused.status_code == 403
    assert error_of(refused)["code"] == "csrf_failed"
    browser.get("/accounts/tokens/")  # sets the CSRF cookie, as any page does
    token = browser.cookies["csrftoken"].value
    accepted = browser.post("/api/v1/notifications/read", HTTP_X_CSRFTOKEN=token)
    assert accepted.status_code == 200


def test_visitors_cannot_write(client):
    response = client.post("/api/v1/notifications/read")
    assert response.status_code == 401


def test_the_service_refuses_unknown_scopes(member):
    with pytest.raises(ValueError):
        services.create_token(member, name="x", scope="admin")
