from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "creativetracks.core"
    label = "core"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from .queries import (
            active_member_count,
            partner_count,
            partner_country_count,
            register_figure,
        )

        register_figure("members", _("members"), active_member_count, position=10)
        register_figure("partners", _("consortium partners"), partner_count, position=80)
        register_figure(
            "partner_countries", _("partner countries"), partner_country_count, position=90
        )
