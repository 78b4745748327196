from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MentoringConfig(AppConfig):
    name = "creativetracks.mentoring"
    label = "mentoring"

    def ready(self) -> None:
        from . import personal_data

        personal_data.register()
        from creativetracks.core.periodic import register_periodic
        from creativetracks.core.queries import register_figure

        from . import queries
        from .tasks import send_session_reminders

        register_figure("mentorships", _("mentorships"), queries.pair_count, position=60)
        register_periodic(send_session_reminders)

        from creativetracks.core.sitemaps import register_sitemap

        register_sitemap("mentoring", queries.visible_programmes)
