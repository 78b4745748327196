from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "creativetracks.events"
    label = "events"
