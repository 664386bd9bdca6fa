from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "glossa.accounts"
    label = "accounts"
