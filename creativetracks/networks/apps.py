from django.apps import AppConfig


class NetworksConfig(AppConfig):
    name = "creativetracks.networks"
    label = "networks"

    def ready(self):
        from . import personal_data

        personal_data.register()
        from django.utils.translation import gettext_lazy as _

        from creativetracks.core.periodic import register_periodic
        from creativetracks.profiles.queries import register_directory_kind

        from . import signals  # noqa: F401
        from .indexing import NETWORK, network_cards
        from .tasks import discard_stale_previews

        register_periodic(discard_stale_previews)

        # Held threads and replies count and notify once moderation releases them.
        from creativetracks.core.withholding import on_withholding_change

        from .models import Reply, Thread
        from .services.discussions import reply_withholding_changed, thread_withholding_changed

        on_withholding_change(Thread, thread_withholding_changed)
        on_withholding_change(Reply, reply_withholding_changed)
        register_directory_kind(NETWORK, _("Networks"), network_cards)

        from creativetracks.core.sitemaps import register_sitemap

        from .queries import listed_networks

        register_sitemap("networks", listed_networks)
