from django.apps import AppConfig


class ChallengesConfig(AppConfig):
    name = "creativetracks.challenges"
    label = "challenges"

    def ready(self):
        from . import personal_data

        personal_data.register()
        from creativetracks.core.periodic import register_periodic
        from creativetracks.core.queries import register_home_section

        from . import queries, signals  # noqa: F401
        from .tasks import advance_challenge_phases

        register_periodic(advance_challenge_phases)
        register_home_section(
            "challenges", "challenges/_home_open.html", queries.home_section, position=30
        )

        from creativetracks.core.sitemaps import register_sitemap

        register_sitemap("challenges", queries.visible_challenges)
