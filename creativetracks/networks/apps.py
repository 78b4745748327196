from django.apps import AppConfig


class NetworksConfig(AppConfig):
    name = "creativetracks.networks"
    label = "networks"
