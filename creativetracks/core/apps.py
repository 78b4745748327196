from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "creativetracks.core"
    label = "core"
