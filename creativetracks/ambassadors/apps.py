from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AmbassadorsConfig(AppConfig):
    name = "creativetracks.ambassadors"
    label = "ambassadors"

    def ready(self):
        from creativetracks.core.queries import register_figure

        from .queries import ambassador_count

        register_figure("ambassadors", _("ambassadors"), ambassador_count, position=70)
