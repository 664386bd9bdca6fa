"""Hostile or careless submissions: a 400 naming the answer, in reasonable time, nothing stored."""

import uuid
from typing import Any

import pytest
from rest_framework.test import APIClient

from glossa.exercises.models import Attempt, AttemptAnswer
from glossa.exercises.tests.conftest import Quiz

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
