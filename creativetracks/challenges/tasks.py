from django_tasks import task


@task()
def advance_challenge_phases() -> int:
    """Open announced challenges, close entries at the deadline and reviews at their end
    date; each change is claimed with a conditional update, so a second tick does nothing."""
    from .services import advance_due_phases

    return advance_due_phases()
