"""Several RQ workers on one Redis queue: a task delivered twice sends its email once.

On PostgreSQL the two workers are real `manage.py rqworker` processes started side by
side (as `run_worker` runs them in production): the race itself. On SQLite, whose test
database lives in this process's memory, they are two RQ workers in two threads taking
turns to run a job: an in-memory database shared between threads answers "table is
locked" at once instead of waiting as a database file does, so there only the duplicate
delivery is tested, not the overlap. Redis database 9 on
127.0.0.1 is the test's own.
"""

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.db import connection, connections

from conftest import make_user

REDIS = "redis://127.0.0.1:6379/9"
QUEUE = "default"
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def rq_queue(rq_settings):
    settings = rq_settings(REDIS, QUEUE)
    # The email key claims live in the cache: the workers must share it, as in production.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS}
    }
    import django_rq

    return django_rq.get_queue(QUEUE)


def run_two_workers(queue, smtp_inbox) -> None:
    """Two workers start at once and work until the queue is empty."""
    if connection.vendor == "postgresql":
        _two_worker_processes(smtp_inbox)
    else:
        _two_worker_threads(queue)


def _two_worker_processes(smtp_inbox) -> None:
    db = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": (
            f"postgres://{db['USER'] or 'postgres'}:{db['PASSWORD'] or ''}@"
            f"{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
        ),
        "REDIS_URL": REDIS,
        "EMAIL_URL": f"smtp://{smtp_inbox.host}:{smtp_inbox.port}",
        "DEBUG": "1",
        "SECRET_KEY": django_settings.SECRET_KEY,
    }
    command = [
        sys.executable,
        str(ROOT / "manage.py"),
        "rqworker",
        QUEUE,
        "--burst",
        "--job-class",
        "django_tasks_rq.Job",
    ]
    workers = [
        subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        for _ in range(2)
    ]
    for worker in workers:
        output, _ = worker.communicate(timeout=120)
        assert worker.returncode == 0, output.decode()


def _two_worker_threads(queue) -> None:
    from django_tasks_rq import Job
    from rq import SimpleWorker
    from rq.timeouts import TimerDeathPenalty

    turn = threading.Lock()

    class ThreadWorker(SimpleWorker):
        death_penalty_class = TimerDeathPenalty

        def _install_signal_handlers(self):  # signals belong to the main thread
            pass

        def execute_job(self, job, queue):
            with turn:
                return super().execute_job(job, queue)

    start = threading.Barrier(2)
    errors = []

    def work(name: str) -> None:
        try:
            start.wait(timeout=10)
            worker = ThreadWorker([queue], connection=queue.connection, job_class=Job, name=name)
            worker.work(burst=True)
        except Exception as error:  # reported by the test below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(f"racer-{n}",)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []


@pytest.mark.django_db(transaction=True)
def test_two_workers_racing_over_a_duplicated_outbox_email_send_it_once(rq_queue, smtp_inbox):
    from creativetracks.notifications import outbox
    from creativetracks.notifications.models import OutboxEmail
    from creativetracks.notifications.tasks import deliver_email

    user = make_user("racer@example.org")
    email = outbox.queue_email(
        user=user, kind="test", key="race:1", subject="Only once", text="Hello"
    )
    # Duplicate delivery: the same email queued again (a retry, the sweep, a redelivery).
    deliver_email.enqueue(email.pk)
    deliver_email.enqueue(email.pk)
    assert rq_queue.count == 3

    run_two_workers(rq_queue, smtp_inbox)

    assert rq_queue.count == 0
    assert [m["Subject"] for m in smtp_inbox.to("racer@example.org")] == ["Only once"]
    email.refresh_from_db()
    assert email.state == OutboxEmail.State.SENT and email.attempts == 1


@pytest.mark.django_db(transaction=True)
def test_two_workers_racing_over_a_duplicated_plain_email_send_it_once(rq_queue, smtp_inbox):
    from django.core.mail import EmailMessage

    from creativetracks.core.email import serialise_message
    from creativetracks.core.tasks import send_email

    data = serialise_message(
        EmailMessage("Password reset", "Follow the link", "a@example.org", ["reset@example.org"])
    )
    for _ in range(3):
        send_email.enqueue(data)

    run_two_workers(rq_queue, smtp_inbox)

    assert rq_queue.count == 0
    assert [m["Subject"] for m in smtp_inbox.to("reset@example.org")] == ["Password reset"]


@pytest.mark.django_db(transaction=True)
def test_a_failed_send_releases_its_claim_so_a_retry_sends_it(settings, smtp_inbox):
    from django.core.mail import EmailMessage

    from creativetracks.core.email import deliver, serialise_message

    data = serialise_message(EmailMessage("Retry me", "b", "a@example.org", ["retry@example.org"]))
    settings.EMAIL_PORT = 1  # nothing listens there
    with pytest.raises(OSError):
        deliver(data)
    settings.EMAIL_PORT = smtp_inbox.port
    assert deliver(data) == 1
    assert deliver(data) == 0  # delivered twice: sent once
    assert len(smtp_inbox.to("retry@example.org")) == 1
