from django.apps import AppConfig


class ProgressConfig(AppConfig):
    name = "glossa.progress"
    label = "progress"
