from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AmbassadorsConfig(AppConfig):
    name = "creativetracks.ambassadors"
    label = "ambassadors"

    def ready(self):
        from . import personal_data

        personal_data.register()
        from creativetracks.core.queries import register_figure
        from creativetracks.profiles.queries import register_verifier

        from .queries import ambassador_count, verified_user_ids

        register_figure("ambassadors", _("ambassadors"), ambassador_count, position=70)
        # The badge on profile pages and directory cards.
        register_verifier(verified_user_ids)

        from creativetracks.core.sitemaps import register_sitemap

        from .queries import public_regions

        register_sitemap("regions", public_regions)
