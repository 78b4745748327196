from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "creativetracks.resources"
    label = "resources"
