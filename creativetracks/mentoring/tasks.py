from django_tasks import task


@task()
def send_session_reminders() -> int:
    """Queued by the clock every few minutes; sends each due session reminder once."""
    from .services import send_due_session_reminders

    return send_due_session_reminders()
