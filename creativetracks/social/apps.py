from django.apps import AppConfig


class SocialConfig(AppConfig):
    name = "creativetracks.social"
    label = "social"
