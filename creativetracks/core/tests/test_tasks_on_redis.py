"""With REDIS_URL set, background tasks run on RQ; this drives a real RQ worker."""

import pytest

REDIS = "redis://127.0.0.1:6379/15"


@pytest.fixture
def rq_backend(settings):
    import redis

    try:
        redis.Redis.from_url(REDIS).ping()
    except redis.exceptions.ConnectionError:
        pytest.fail("Redis is not running on 127.0.0.1:6379 (see docs/configuration.md)")
    # A database of its own on the local Redis keeps the "default" queue private to the test.
    queue = "default"
    settings.INSTALLED_APPS = [*settings.INSTALLED_APPS, "django_rq", "django_tasks_rq"]
    settings.RQ_QUEUES = {queue: {"URL": REDIS}}
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": [queue], "OPTIONS": {}}
    }
    redis.Redis.from_url(REDIS).flushdb()
    yield queue
    redis.Redis.from_url(REDIS).flushdb()


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
