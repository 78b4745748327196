from django_tasks import task


@task()
def run_scheduler(run_id: int) -> int | None:
    """Solve a queued schedule run; a duplicate delivery finds it taken and does nothing."""
    from .services import execute_schedule_run

    run = execute_schedule_run(run_id)
    return run.placed if run else None
