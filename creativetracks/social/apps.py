from django.apps import AppConfig


class SocialConfig(AppConfig):
    name = "creativetracks.social"
    label = "social"

    def ready(self):
        from . import personal_data

        personal_data.register()
        from . import signals  # noqa: F401
