import base64
import json

import pytest

from conftest import make_user, run_queued_tasks
from creativetracks.notifications.models import OutboxEmail, SuppressedAddress
from creativetracks.notifications.services import notify

URL = "/email/webhooks/postmark/"


def auth(secret="hooks:s3cret") -> dict:
    return {"HTTP_AUTHORIZATION": "Basic " + base64.b64encode(secret.encode()).decode()}


def bounce(email: str, kind: str = "HardBounce") -> str:
    return json.dumps(
        {
            "RecordType": "Bounce",
            "Type": kind,
            "TypeCode": 1,
            "ID": 42,
            "Email": email,
            "BouncedAt": "2026-11-25T10:00:00Z",
            "MessageID": "abc",
            "Description": "The server was unable to deliver your message",
            "Details": "smtp;550 5.1.1 no such user",
        }
    )


@pytest.fixture(autouse=True)
def secret(settings):
    settings.ANYMAIL = {"WEBHOOK_SECRET": "hooks:s3cret"}


@pytest.mark.django_db(transaction=True)
def test_hard_bounce_stops_all_mail_to_the_address(client, smtp_inbox):
    member = make_user("gone@example.org")
    response = client.post(
        URL, bounce("Gone@example.org"), content_type="application/json", **auth()
    )
    assert response.status_code == 200
    assert SuppressedAddress.objects.filter(email="gone@example.org", reason="bounced").exists()
    notify(member, "mention", text="Never sent")
    run_queued_tasks()
    assert smtp_inbox.messages == []
    assert not OutboxEmail.objects.exclude(state="cancelled").exists()


@pytest.mark.django_db
def test_webhook_refuses_calls_without_the_secret(client):
    assert client.post(
        URL, bounce("x@example.org"), content_type="application/json"
    ).status_code in (400, 403)
    assert client.post(
        URL, bounce("x@example.org"), content_type="application/json", **auth("hooks:wrong")
    ).status_code in (400, 403)
    assert not SuppressedAddress.objects.exists()


@pytest.mark.django_db
def test_soft_bounce_does_not_suppress(client):
    response = client.post(
        URL, bounce("busy@example.org", "Transient"), content_type="application/json", **auth()
    )
    assert response.status_code == 200
    assert not SuppressedAddress.objects.exists()
