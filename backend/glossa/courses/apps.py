from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "glossa.courses"
    label = "courses"
