from django.apps import AppConfig


class ProfilesConfig(AppConfig):
    name = "glossa.profiles"
    label = "profiles"
