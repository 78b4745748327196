from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "creativetracks.notifications"
    label = "notifications"

    def ready(self):
        from . import signals  # noqa: F401
