from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "creativetracks.api"
    label = "api"

    def ready(self):
        from . import personal_data

        personal_data.register()
