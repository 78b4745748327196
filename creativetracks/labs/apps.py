from django.apps import AppConfig


class LabsConfig(AppConfig):
    name = "creativetracks.labs"
    label = "labs"

    def ready(self):
        from . import personal_data

        personal_data.register()
        from django.utils.translation import gettext_lazy as _

        from creativetracks.core.periodic import register_periodic
        from creativetracks.core.queries import register_figure, register_home_section

        from . import queries, signals  # noqa: F401
        from .tasks import forget_expired_labs

        register_figure("labs", _("Ideation Labs"), queries.lab_count, position=40)
        register_home_section(
            "featured_labs", "labs/_home_featured.html", queries.home_section, position=10
        )
        register_periodic(forget_expired_labs)

        # Held comments count and notify once moderation releases them.
        from creativetracks.core.withholding import on_withholding_change

        from .models import Comment, Lab
        from .services import comment_withholding_changed, lab_withholding_changed

        on_withholding_change(Comment, comment_withholding_changed)
        on_withholding_change(Lab, lab_withholding_changed)

        from creativetracks.core.sitemaps import register_sitemap

        register_sitemap("labs", queries.visible_labs)
