from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "creativetracks.api"
    label = "api"
