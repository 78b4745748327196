from django.apps import AppConfig


class ProfilesConfig(AppConfig):
    name = "creativetracks.profiles"
    label = "profiles"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from creativetracks.core.queries import register_figure

        from . import queries, signals  # noqa: F401

        register_figure(
            "countries", _("countries reached"), queries.member_country_count, position=20
        )
        register_figure(
            "organisations", _("organisations"), queries.organisation_count, position=30
        )
