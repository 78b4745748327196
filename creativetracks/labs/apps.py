from django.apps import AppConfig


class LabsConfig(AppConfig):
    name = "creativetracks.labs"
    label = "labs"
