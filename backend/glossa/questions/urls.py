from django.urls import path

from glossa.questions.apis import banks, imports

urlpatterns = [
    path("question-banks", banks.QuestionBankListApi.as_view(), name="question-bank-list"),
    path(
        "question-banks/import/preview",
        imports.QuestionBankImportPreviewApi.as_view(),
        name="question-bank-import-preview",
    ),
    path(
        "question-banks/import",
        imports.QuestionBankImportApi.as_view(),
        name="question-bank-import",
    ),
    path(
        "question-banks/<int:bank_id>",
        banks.QuestionBankDetailApi.as_view(),
        name="question-bank-detail",
    ),
    path(
        "question-banks/<int:bank_id>/questions",
        banks.BankQuestionListApi.as_view(),
        name="question-bank-questions",
    ),
    path(
        "question-banks/<int:bank_id>/export",
        banks.QuestionBankExportApi.as_view(),
        name="question-bank-export",
    ),
    path("questions/<int:question_id>", banks.QuestionDetailApi.as_view(), name="question-detail"),
    path(
        "questions/<int:question_id>/preview",
        banks.QuestionPreviewApi.as_view(),
        name="question-preview",
    ),
]
