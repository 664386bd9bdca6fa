from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "glossa.accounts"
    label = "accounts"

    def ready(self) -> None:
        # Registers the OpenAPI extension for our authentication class.
        from glossa.accounts import schema  # noqa: F401
