"""With REDIS_URL set, background tasks run on RQ; this drives a real RQ worker."""

import pytest

REDIS = "redis://127.0.0.1:6379/15"


@pytest.fixture
def rq_backend(rq_settings):
    rq_settings(REDIS, "default")  # a database of its own keeps the queue private to the test
    return "default"


@pytest.mark.django_db(transaction=True)
def test_email_is_queued_on_redis_and_delivered_by_an_rq_worker(rq_backend, smtp_inbox):
    import django_rq
    from django_tasks_rq import Job
    from rq import SimpleWorker

    from creativetracks.core.tasks import send_email

    data = {
        "subject": "From RQ",
        "body": "Hello",
        "from_email": "a@example.org",
        "to": ["rq@example.org"],
        "cc": [],
        "bcc": [],
        "reply_to": [],
        "headers": {},
        "alternatives": [],
        "attachments": [],
    }
    result = send_email.enqueue(data)
    queue = django_rq.get_queue(rq_backend)
    assert queue.count == 1
    assert smtp_inbox.messages == []

    SimpleWorker([queue], connection=queue.connection, job_class=Job).work(burst=True)
    [message] = smtp_inbox.to("rq@example.org")
    assert message["Subject"] == "From RQ"
    result.refresh()
    assert result.status == "SUCCESSFUL"


def test_the_admin_forgets_django_rq_once_its_settings_are_gone():
    """Runs after the RQ tests (file order): django-rq's admin page registered itself while
    the app was installed, and the fixture took it back, so admin pages still render."""
    from django.apps import apps
    from django.contrib import admin

    assert all(apps.is_installed(model._meta.app_config.name) for model in admin.site._registry)
