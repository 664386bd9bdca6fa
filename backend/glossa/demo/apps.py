from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "glossa.demo"
    label = "demo"
    verbose_name = "Demo content"
