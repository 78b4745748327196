from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "creativetracks.reports"
    label = "reports"

    def ready(self):
        from . import personal_data

        personal_data.register()
        from creativetracks.core import cache
        from creativetracks.core.periodic import register_periodic

        from . import context_processors, queries, sections  # noqa: F401 (sign-in receiver)
        from .tasks import discard_old_exports

        sections.register_builtin_sections()
        register_periodic(discard_old_exports)
        # The public impact page's figures are counted once and shared until one of the
        # apps they count writes something.
        for app_label in queries.IMPACT_DEPENDS_ON:
            cache.invalidate_on_app_change(app_label, queries.IMPACT)
