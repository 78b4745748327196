from django.apps import AppConfig


class NetworksConfig(AppConfig):
    name = "creativetracks.networks"
    label = "networks"

    def ready(self):
        from . import signals  # noqa: F401
