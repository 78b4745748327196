from django.apps import AppConfig


class ChallengesConfig(AppConfig):
    name = "creativetracks.challenges"
    label = "challenges"
