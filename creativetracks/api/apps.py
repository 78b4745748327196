from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "creativetracks.api"
    label = "api"

    def ready(self):
        from creativetracks.core.cache import prefetch_with_session

        from . import caching, personal_data

        personal_data.register()
        prefetch_with_session(caching.session_prefetch_keys)
