from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "creativetracks.core"
    label = "core"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from . import cache
        from .models import Partner
        from .queries import (
            FIGURES,
            HOME,
            active_member_count,
            partner_count,
            partner_country_count,
            register_figure,
        )

        register_figure(
            "members", _("members"), active_member_count, position=10, depends_on=["accounts"]
        )
        register_figure(
            "partners", _("consortium partners"), partner_count, position=80, depends_on=[Partner]
        )
        register_figure(
            "partner_countries",
            _("partner countries"),
            partner_country_count,
            position=90,
            depends_on=[Partner],
        )
        # The footer of every page lists the partners; the home page shows them too.
        cache.invalidate_on_change([HOME, FIGURES], Partner)
        cache.watch_visitor_pages()
        cache.watch_member_pages()

        from django.contrib.admin.models import LogEntry
        from django.db.models.signals import post_save

        from .audit import record_admin_change

        post_save.connect(record_admin_change, sender=LogEntry, dispatch_uid="core-audit-admin")
