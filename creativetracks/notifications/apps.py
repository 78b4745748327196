from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "creativetracks.notifications"
    label = "notifications"

    def ready(self):
        from . import personal_data

        personal_data.register()
        from creativetracks.core.periodic import register_periodic

        from . import signals  # noqa: F401
        from .tasks import schedule_digests, sweep_outbox

        register_periodic(schedule_digests)
        register_periodic(sweep_outbox)
