from django.apps import AppConfig


class OpportunitiesConfig(AppConfig):
    name = "creativetracks.opportunities"
    label = "opportunities"

    def ready(self):
        from . import personal_data

        personal_data.register()
        from creativetracks.core.periodic import register_periodic

        from .tasks import (
            import_opportunity_feeds,
            send_deadline_reminders,
            send_opportunity_alerts,
        )

        register_periodic(send_opportunity_alerts)
        register_periodic(send_deadline_reminders)
        register_periodic(import_opportunity_feeds)

        from creativetracks.core.sitemaps import register_sitemap

        from .queries import listed_opportunities

        register_sitemap("opportunities", listed_opportunities)
