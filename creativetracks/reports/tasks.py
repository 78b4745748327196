from django_tasks import task


@task()
def make_report_pdf(export_id: str) -> str:
    """Make the PDF of a requested report; a second run leaves a finished export alone."""
    from . import services

    return services.make_report_pdf(export_id)


@task()
def discard_old_exports() -> int:
    """Periodic: forget report PDFs older than a week."""
    from . import services

    return services.discard_old_exports()
