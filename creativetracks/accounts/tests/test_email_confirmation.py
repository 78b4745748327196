import time

import pytest
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from django.core import signing

from conftest import make_user


@pytest.fixture
def pending(db):
    user = make_user("pending@example.org", verified=False)
    return EmailAddress.objects.get(user=user)


def confirm_url(key: str) -> str:
    return f"/accounts/confirm-email/{key}/"


def test_valid_key_confirms(client, pending):
    key = EmailConfirmationHMAC(pending).key
    assert client.get(confirm_url(key)).status_code == 200
    assert client.post(confirm_url(key)).status_code == 302
    pending.refresh_from_db()
    assert pending.verified


def test_tampered_key_is_a_400_with_a_message(client, pending):
    key = EmailConfirmationHMAC(pending).key
    tampered = key[:-3] + ("aaa" if not key.endswith("aaa") else "bbb")
    response = client.get(confirm_url(tampered))
    assert response.status_code == 400
    assert b"expired or is invalid" in response.content
    assert client.post(confirm_url(tampered)).status_code == 404
    pending.refresh_from_db()
    assert not pending.verified


def test_expired_key_is_a_400(client, pending, monkeypatch, settings):
    four_days_ago = time.time() - 4 * 24 * 3600
    monkeypatch.setattr(signing.time, "time", lambda: four_days_ago)
    key = EmailConfirmationHMAC(pending).key
    monkeypatch.undo()
    assert settings.ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS == 3
    response = client.get(confirm_url(key))
    assert response.status_code == 400
    assert b"expired or is invalid" in response.content
    pending.refresh_from_db()
    assert not pending.verified
