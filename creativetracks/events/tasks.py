from django_tasks import task


@task()
def send_event_reminders() -> int:
    """Queued by the clock every few minutes; sends each due reminder once."""
    from .services import send_due_reminders

    return send_due_reminders()
