from django.apps import AppConfig


class OpportunitiesConfig(AppConfig):
    name = "creativetracks.opportunities"
    label = "opportunities"
