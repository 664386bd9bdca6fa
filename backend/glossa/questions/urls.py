from django.urls import path

from glossa.questions import apis

urlpatterns = [
    path("question-banks", apis.QuestionBankListApi.as_view(), name="question-bank-list"),
    path(
        "question-banks/import/preview",
        apis.QuestionBankImportPreviewApi.as_view(),
        name="question-bank-import-preview",
    ),
    path(
        "question-banks/import",
        apis.QuestionBankImportApi.as_view(),
        name="question-bank-import",
    ),
]
