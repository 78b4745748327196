from django.conf import settings
from django.db import connection
from django.utils import timezone


def database_state() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any failure means "down"; the message says why
        return {"ok": False, "vendor": connection.vendor, "error": error.__class__.__name__}
    return {"ok": True, "vendor": connection.vendor}


def task_queue_state() -> dict:
    backend = settings.TASKS["default"]["BACKEND"]
    try:
        if backend == "django_tasks_rq.RQBackend":
            import django_rq

            queue = django_rq.get_queue("default")
            queue.connection.ping()
            return {"ok": True, "backend": "rq", "queued": queue.count}
        from django_tasks_db.models import DBTaskResult

        ready = DBTaskResult.objects.ready()
        oldest = ready.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
        waiting_seconds = int((timezone.now() - oldest).total_seconds()) if oldest else 0
        return {
            "ok": True,
            "backend": "database",
            "queued": ready.count(),
            "oldest_waiting_seconds": waiting_seconds,
        }
    except Exception as error:  # a broken queue is reported, not raised
        return {"ok": False, "backend": backend, "error": error.__class__.__name__}
