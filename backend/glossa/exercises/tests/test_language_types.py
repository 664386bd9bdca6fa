"""Attempts at ordering, gap-fill, dictation and listening questions are graded on submit and
the result says which items, gaps and words were right."""

import uuid
from decimal import Decimal
from typing import Any

import pytest
from rest_framework.test import APIClient

from glossa.accounts.models import Role
from glossa.courses.tests.factories import make_course, make_enrollment, make_lesson, make_user
from glossa.exercises.models import AttemptAnswer
from glossa.exercises.services import exercise_set_create
from glossa.questions.models import Question, QuestionBank, QuestionType
from glossa.questions.tests.factories import make_question

pytestmark = pytest.mark.django_db


@pytest.fixture
def language_set() -> tuple[Any, dict[str, Question], Any]:
    teacher = make_user(role=Role.TEACHER)
    course = make_course(owner=teacher)
    bank = QuestionBank.objects.create(owner=teacher, name="Listening")
    questions: dict[str, Question] = {
        kind: make_question(bank=bank, type=kind)
        for kind in (QuestionType.ORDERING, QuestionType.GAP_FILL, QuestionType.DICTATION,
                     QuestionType.LISTENING_CHOICE)
    }  # fmt: skip
    exercise_set = exercise_set_create(
        lesson=make_lesson(course=course), title="Escuchar", questions=list(questions.values())
    )
    learner = make_user()
    make_enrollment(user=learner, course=course)
    return exercise_set, questions, learner


def _submit(api_client: APIClient, language_set: Any, responses: dict[str, Any]) -> Any:
    exercise_set, questions, learner = language_set
    api_client.force_authenticate(learner)
    answers = [{"question_id": questions[kind].pk, "response": response}
               for kind, response in responses.items()]  # fmt: skip
    return api_client.post(
        f"/api/v1/exercise-sets/{exercise_set.pk}/attempts",
        {"submission_id": str(uuid.uuid4()), "answers": answers},
        format="json",
    )


def test_new_types_are_graded_with_their_detail_in_the_result(
    api_client: APIClient, language_set: Any
) -> None:
    response = _submit(
        api_client,
        language_set,
        {
            "ordering": {"order": ["i1", "i3", "i2"]},
            "gap_fill": {"gaps": {"g1": "hablo", "g2": "como"}},
            "dictation": {"text": "El nino come una manzana roja"},
            "listening_choice": {"choice": "a1"},
        },
    )

    assert response.status_code == 201
    body = response.json()
    by_type = {row["type"]: row for row in body["questions"]}
    assert [(r["type"], r["status"], r["credit"]) for r in body["questions"]] == [
        ("ordering", "partial", 0.3333),
        ("gap_fill", "partial", 0.5),
        ("dictation", "partial", 0.8333),
        ("listening_choice", "correct", 1.0),
    ]
    assert by_type["ordering"]["expected_order"] == ["i1", "i2", "i3"]
    assert by_type["ordering"]["expected"] == "Yo hablo español"
    assert by_type["gap_fill"]["gaps"] == {"g1": "correct", "g2": "incorrect"}
    assert by_type["dictation"]["words"][-1] == {
        "expected": None, "given": "roja", "status": "extra"
    }  # fmt: skip
    assert by_type["listening_choice"]["words"] is None
    assert body["score"] == pytest.approx(2.6666, abs=1e-3)
    stored = AttemptAnswer.objects.get(question__type="gap_fill")
    assert stored.detail == {"gaps": {"g1": "correct", "g2": "incorrect"}}
    assert stored.credit == Decimal("0.5000")


def test_a_malformed_ordering_answer_is_refused_and_nothing_is_stored(
    api_client: APIClient, language_set: Any
) -> None:
    response = _submit(api_client, language_set, {"ordering": {"order": ["i1"]}})

    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["answers.0.response"]
    assert AttemptAnswer.objects.count() == 0


def test_the_lesson_shows_new_types_without_answers(
    api_client: APIClient, language_set: Any
) -> None:
    exercise_set, _questions, learner = language_set
    api_client.force_authenticate(learner)

    response = api_client.get(f"/api/v1/lessons/{exercise_set.block.lesson_id}")

    assert response.status_code == 200
    block = next(b for b in response.json()["blocks"] if b["type"] == "exercise_set")
    shown = {q["type"]: q for q in block["exercise_set"]["questions"]}
    assert [s["type"] for s in shown["gap_fill"]["segments"]][:2] == ["text", "gap"]
    assert shown["dictation"]["word_count"] == 5
    assert shown["dictation"]["media"]["sources"]
    assert "manzana" not in str(shown["dictation"])
    assert "hablo" not in str(shown["gap_fill"])
