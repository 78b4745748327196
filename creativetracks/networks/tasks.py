from django_tasks import task


@task()
def send_import_invitations(import_id: int) -> int:
    """Send the invitations of a confirmed CSV import; running it again sends nothing twice."""
    from .services import process_import

    return process_import(import_id)


@task()
def discard_stale_previews() -> int:
    """Periodic: forget CSV previews nobody confirmed (they hold personal data)."""
    from .services import discard_stale_previews

    return discard_stale_previews()
