from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "creativetracks.resources"
    label = "resources"

    def ready(self):
        from . import personal_data

        personal_data.register()

        from creativetracks.core.sitemaps import register_sitemap

        from .queries import visible_resources, visible_tracks

        register_sitemap("resources", visible_resources)
        register_sitemap("tracks", visible_tracks)
