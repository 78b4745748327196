from django.apps import AppConfig


class SocialConfig(AppConfig):
    name = "creativetracks.social"
    label = "social"

    def ready(self):
        from . import signals  # noqa: F401
