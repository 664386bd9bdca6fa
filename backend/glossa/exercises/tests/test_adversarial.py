"""Hostile or careless submissions: a 400 naming the answer, in reasonable time, nothing stored."""

import time
import uuid
from typing import Any

import pytest
from rest_framework.test import APIClient

from glossa.courses.tests.factories import make_enrollment, make_lesson, make_user
from glossa.exercises.models import Attempt, AttemptAnswer
from glossa.exercises.services import exercise_set_create
from glossa.exercises.tests.conftest import Quiz
from glossa.questions.models import Question
from glossa.questions.services import questions_import

pytestmark = pytest.mark.django_db


def submit(client: APIClient, exercise_set_id: int, answers: list[dict[str, Any]]) -> Any:
    body = {"submission_id": str(uuid.uuid4()), "answers": answers}
    return client.post(f"/api/v1/exercise-sets/{exercise_set_id}/attempts", body, format="json")


@pytest.mark.parametrize(
    ("title", "response"),
    [
        pytest.param("matching", {"pairs": {"a1": ["c1"]}}, id="matching-list-as-choice"),
        pytest.param("matching", {"pairs": {"a1": {"id": "c1"}}}, id="matching-object-as-choice"),
        pytest.param("numerical", {"value": 10**400}, id="numerical-int-beyond-float"),
        pytest.param("numerical", {"value": -(10**400)}, id="numerical-negative-beyond-float"),
    ],
)
def test_answer_named_and_nothing_stored_when_response_cannot_be_read(
    api_client: APIClient, quiz: Quiz, title: str, response: dict[str, Any]
) -> None:
    api_client.force_authenticate(quiz.learner)
    question = quiz.questions[title]

    result = submit(
        api_client, quiz.exercise_set.pk, [{"question_id": question.pk, "response": response}]
    )

    assert result.status_code == 400
    assert result.json()["code"] == "invalid"
    assert list(result.json()["fields"]) == ["answers.0.response"]
    assert not Attempt.objects.exists()
    assert not AttemptAnswer.objects.exists()


@pytest.mark.parametrize(
    ("title", "response"),
    [
        pytest.param("essay", "x\\ud800", id="essay-text"),
        pytest.param("short", "\\udfff", id="short-text"),
    ],
)
def test_answer_named_and_nothing_stored_when_response_has_a_lone_surrogate(
    api_client: APIClient, quiz: Quiz, title: str, response: str
) -> None:
    # "\ud800" is valid JSON but no text: MariaDB's JSON check and PostgreSQL refused it.
    api_client.force_authenticate(quiz.learner)
    question_id = quiz.questions[title].pk
    body = (
        f'{{"submission_id": "{uuid.uuid4()}", '
        f'"answers": [{{"question_id": {question_id}, "response": {{"text": "{response}"}}}}]}}'
    )

    result = api_client.generic(
        "POST",
        f"/api/v1/exercise-sets/{quiz.exercise_set.pk}/attempts",
        body,
        content_type="application/json",
    )

    assert result.status_code == 400
    assert result.json()["fields"] == {
        "answers.0.response": ["Surrogate characters are not allowed."]
    }
    assert not Attempt.objects.exists()


@pytest.mark.parametrize(
    ("title", "response"),
    [
        pytest.param("essay", {"text": "Me llamo\u0000 Ana."}, id="essay-text"),
        pytest.param("short", {"text": "gracias", "note\u0000": 1}, id="key"),
        pytest.param("multiple", {"choices": ["a1", ["\u0000"]]}, id="nested"),
    ],
)
def test_answer_named_and_nothing_stored_when_response_has_a_null_character(
    api_client: APIClient, quiz: Quiz, title: str, response: dict[str, Any]
) -> None:
    # PostgreSQL cannot store U+0000 in JSON: it must be refused the same way everywhere.
    api_client.force_authenticate(quiz.learner)
    answers = [{"question_id": quiz.questions[title].pk, "response": response}]

    result = submit(api_client, quiz.exercise_set.pk, answers)

    assert result.status_code == 400
    assert result.json()["fields"] == {"answers.0.response": ["Null characters are not allowed."]}
    assert not Attempt.objects.exists()


def test_long_answer_graded_in_time_when_accepted_answer_has_several_wildcards(
    api_client: APIClient,
) -> None:
    lesson = make_lesson()
    report = questions_import(
        source="::wild::Write a word that starts with a and ends with b. {=a*a*b}",
        fmt="gift",
        bank_name="Wildcards",
        owner=None,
        dry_run=False,
        skip_invalid=False,
    )
    question = Question.objects.get(pk=report.question_ids[0])
    exercise_set = exercise_set_create(lesson=lesson, title="Wildcards", questions=[question])
    learner = make_user()
    make_enrollment(user=learner, course=lesson.course)
    api_client.force_authenticate(learner)
    answers = [{"question_id": question.pk, "response": {"text": "a" * 300_000}}]

    started = time.perf_counter()
    result = submit(api_client, exercise_set.pk, answers)
    seconds = time.perf_counter() - started

    assert result.status_code == 201
    assert seconds < 3.0
    assert result.json()["questions"][0]["status"] == "incorrect"
    assert (
        submit(
            api_client,
            exercise_set.pk,
            [{"question_id": question.pk, "response": {"text": "aXaYb"}}],
        ).json()["score"]
        == 1.0
    )
