from django_tasks import task


@task()
def forget_expired_labs() -> int:
    """Take expired and closed labs out of the activity feed; running it again does nothing."""
    from .services import forget_expired_labs as forget

    return forget()
