from django_tasks import task


@task()
def lift_expired_suspensions() -> int:
    """Give accounts back when their suspension ends; running it again does nothing."""
    from .services import lift_expired_suspensions as lift

    return lift()
