from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "creativetracks.events"
    label = "events"

    def ready(self):
        from . import personal_data

        personal_data.register()
        from django.utils.translation import gettext_lazy as _

        from creativetracks.core.periodic import register_periodic
        from creativetracks.core.queries import register_figure, register_home_section

        from . import queries
        from .tasks import send_event_reminders

        register_figure("events", _("events held"), queries.held_event_count, position=40)
        register_home_section(
            "events", "events/_home_upcoming.html", queries.home_upcoming, position=20
        )
        register_periodic(send_event_reminders)

        from creativetracks.core.sitemaps import register_sitemap

        register_sitemap("events", queries.visible_events)
