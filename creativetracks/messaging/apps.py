from django.apps import AppConfig


class MessagingConfig(AppConfig):
    name = "creativetracks.messaging"
    label = "messaging"

    def ready(self):
        from . import personal_data

        personal_data.register()
        from . import signals  # noqa: F401
