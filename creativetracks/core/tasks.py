from typing import Any

from django_tasks import task

from .email import deliver


@task()
def send_email(message: dict[str, Any]) -> int:
    """Deliver one queued email; a failure raises so the task is marked failed."""
    return deliver(message)
