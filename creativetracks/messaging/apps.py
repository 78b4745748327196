from django.apps import AppConfig


class MessagingConfig(AppConfig):
    name = "creativetracks.messaging"
    label = "messaging"
