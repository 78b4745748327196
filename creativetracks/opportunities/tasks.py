from django_tasks import task


@task()
def send_opportunity_alerts() -> int:
    """Saved searches' alerts for the current day or week; each claimed once per period."""
    from .services import send_opportunity_alerts as send

    return send()


@task()
def send_deadline_reminders() -> int:
    """Reminders 7 days and 1 day before the deadlines of saved opportunities."""
    from .services import send_deadline_reminders as send

    return send()


@task()
def import_opportunity_feeds() -> int:
    """Fetch the configured RSS/Atom feeds (each at most hourly) and import new entries."""
    from .importing import import_all_feeds

    return import_all_feeds()
