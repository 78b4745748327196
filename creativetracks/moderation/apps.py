from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "creativetracks.moderation"
    label = "moderation"
    verbose_name = "Moderation"

    def ready(self) -> None:
        from creativetracks.core.periodic import register_periodic

        from . import personal_data, spam, tasks

        personal_data.register()

        spam.connect()
        register_periodic(tasks.lift_expired_suspensions)
