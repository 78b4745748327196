from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "creativetracks.demo"
    label = "demo"
