from django.apps import AppConfig


class CommonConfig(AppConfig):
    name = "glossa.common"
    label = "common"
