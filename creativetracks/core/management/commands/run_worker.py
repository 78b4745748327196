from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the background-task worker for the configured backend (database or RQ)."

    def handle(self, *args, **options):
        if settings.TASKS["default"]["BACKEND"] == "django_tasks_rq.RQBackend":
            call_command(
                "rqworker", "default", job_class="django_tasks_rq.Job", with_scheduler=True
            )
        else:
            call_command("db_worker", interval=1)
