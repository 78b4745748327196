from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "creativetracks.accounts"
    label = "accounts"
