from django.apps import AppConfig


class NetworksConfig(AppConfig):
    name = "creativetracks.networks"
    label = "networks"

    def ready(self):
        from creativetracks.core.periodic import register_periodic

        from . import signals  # noqa: F401
        from .tasks import discard_stale_previews

        register_periodic(discard_stale_previews)
