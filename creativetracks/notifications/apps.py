from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "creativetracks.notifications"
    label = "notifications"
