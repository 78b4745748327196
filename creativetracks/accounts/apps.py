from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "creativetracks.accounts"
    label = "accounts"

    def ready(self):
        from creativetracks.core.periodic import register_periodic

        from . import cached_auth, personal_data
        from .tasks import discard_old_personal_data_exports

        personal_data.register_exporter("account", personal_data.export_account)
        personal_data.register_eraser("account", personal_data.erase_account_traces)
        register_periodic(discard_old_personal_data_exports)
        cached_auth.watch_users()
