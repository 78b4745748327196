import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from creativetracks.core.periodic import periodic_tasks


@pytest.mark.django_db
def test_a_clock_tick_queues_every_registered_periodic_task():
    call_command("run_clock", "--once")

    queued = set(DBTaskResult.objects.values_list("task_path", flat=True))
    expected = {task.module_path for task in periodic_tasks()}
    assert "creativetracks.notifications.tasks.schedule_digests" in expected
    assert queued == expected
