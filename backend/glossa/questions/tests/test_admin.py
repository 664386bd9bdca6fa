"""Staff manage banks, categories and questions in the Django admin."""

import json

import pytest
from django.test import Client

from glossa.accounts.models import User
from glossa.questions.models import Question, QuestionBank
from glossa.questions.services import questions_import

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client: Client) -> Client:
    admin = User.objects.create_superuser("admin@example.com", "admin password 1234")
    client.force_login(admin)
    return client


@pytest.fixture
def bank() -> QuestionBank:
    questions_import(source="$CATEGORY: Verbs\n\nQ{T}\n\nW{=x ~y}\n\nS{=café}\n", fmt="gift",
                     bank_name="Bank", owner=None, dry_run=False, skip_invalid=False)  # fmt: skip
    return QuestionBank.objects.get()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/questions/questionbank/",
        "/admin/questions/questionbank/?q=Bank",
        "/admin/questions/category/",
        "/admin/questions/question/",
        "/admin/questions/question/?type__exact=true_false",
        "/admin/questions/question/add/",
    ],
)
def test_admin_page_shown_when_staff_opens_it(
    admin_client: Client, bank: QuestionBank, url: str
) -> None:
    assert admin_client.get(url).status_code == 200


def test_change_pages_shown_for_bank_and_question(admin_client: Client, bank: QuestionBank) -> None:
    question = bank.questions.first()
    assert question is not None

    assert admin_client.get(f"/admin/questions/questionbank/{bank.pk}/change/").status_code == 200
    assert admin_client.get(f"/admin/questions/question/{question.pk}/change/").status_code == 200


def test_question_with_ungradable_data_is_not_saved(
    admin_client: Client, bank: QuestionBank
) -> None:
    question = bank.questions.get(type="true_false")
    form = {
        "bank": bank.pk, "type": "true_false", "title": "", "text": "Q", "text_format": "moodle",
        "general_feedback": "", "general_feedback_format": "moodle",
        "data": json.dumps({"answer": "maybe"}),
    }  # fmt: skip

    response = admin_client.post(
        f"/admin/questions/question/{question.pk}/change/", form, HTTP_ACCEPT_LANGUAGE="en"
    )

    assert response.status_code == 200
    assert "must be true or false" in response.content.decode()
    question.refresh_from_db()
    assert question.data["answer"] is True
    assert Question.objects.count() == 3


def test_short_answer_rules_are_set_from_their_own_fields(
    admin_client: Client, bank: QuestionBank
) -> None:
    question = bank.questions.get(type="short_answer")
    form = {
        "bank": bank.pk, "type": "short_answer", "title": "", "text": "S",
        "text_format": "moodle", "general_feedback": "", "general_feedback_format": "moodle",
        "data": json.dumps(question.data), "accents": "partial", "accent_credit": "0.25",
        "case_sensitive": "on",
    }  # fmt: skip

    response = admin_client.post(f"/admin/questions/question/{question.pk}/change/", form)

    assert response.status_code == 302
    question.refresh_from_db()
    assert question.data["accents"] == "partial"
    assert question.data["accent_credit"] == 0.25
    assert question.data["case_sensitive"] is True
    assert question.data["answers"][0]["text"] == "café"
    # An admin edit is an edit: the editor's next PATCH with the old version gets a conflict.
    assert question.version == 2
