from django_tasks import task


@task()
def make_personal_data_export(export_id: str) -> str:
    """Make a member's personal-data archive; a second run leaves a finished one alone."""
    from . import services

    return services.make_personal_data_export(export_id)


@task()
def discard_old_personal_data_exports() -> int:
    """Periodic: forget personal-data archives older than a week."""
    from . import services

    return services.discard_old_personal_data_exports()
