from django.apps import AppConfig


class MentoringConfig(AppConfig):
    name = "creativetracks.mentoring"
    label = "mentoring"
