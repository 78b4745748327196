import json

import pytest
from django.db import connection
from django.db.utils import OperationalError


@pytest.mark.django_db
def test_healthy_database_and_queue(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    state = json.loads(response.content)
    assert state["status"] == "ok"
    assert state["database"]["ok"] is True
    assert state["tasks"] == {
        "ok": True,
        "backend": "database",
        "queued": 0,
        "oldest_waiting_seconds": 0,
    }


@pytest.mark.django_db
def test_queued_tasks_are_reported(client):
    from creativetracks.core.tasks import send_email

    send_email.enqueue(
        {
            "subject": "s",
            "body": "b",
            "from_email": "a@example.org",
            "to": ["b@example.org"],
            "cc": [],
            "bcc": [],
            "reply_to": [],
            "headers": {},
            "alternatives": [],
            "attachments": [],
        }
    )
    state = json.loads(client.get("/healthz").content)
    assert state["tasks"]["queued"] == 1


@pytest.mark.django_db
def test_database_down_is_a_503(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", refuse)
    response = client.get("/healthz")
    assert response.status_code == 503
    state = json.loads(response.content)
    assert state["status"] == "unavailable"
    assert state["database"] == {
        "ok": False,
        "vendor": connection.vendor,
        "error": "OperationalError",
    }


@pytest.mark.django_db
def test_unreachable_task_queue_is_a_503(client, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    settings.RQ_QUEUES = {"default": {"URL": "redis://127.0.0.1:1/0"}}
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["tasks"]["ok"] is False
