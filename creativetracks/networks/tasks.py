from django_tasks import task


@task()
def send_import_invitations(import_id: int) -> int:
    """Send the invitations of a confirmed CSV import; running it again sends nothing twice."""
    from .services import process_import

    return process_import(import_id)
