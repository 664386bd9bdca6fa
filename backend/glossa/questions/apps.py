from django.apps import AppConfig


class QuestionsConfig(AppConfig):
    name = "glossa.questions"
    label = "questions"
