from django.apps import AppConfig


class ExercisesConfig(AppConfig):
    name = "glossa.exercises"
    label = "exercises"
