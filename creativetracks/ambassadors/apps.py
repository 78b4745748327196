from django.apps import AppConfig


class AmbassadorsConfig(AppConfig):
    name = "creativetracks.ambassadors"
    label = "ambassadors"
