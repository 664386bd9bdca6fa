import threading
import uuid
from typing import Any

import pytest
from django.db import connection
from rest_framework.test import APIClient

from glossa.courses.tests.factories import make_enrollment, make_lesson, make_user
from glossa.exercises import services
from glossa.exercises.models import Attempt, AttemptAnswer
from glossa.exercises.tests.conftest import Quiz

pytestmark = pytest.mark.django_db


def _url(quiz: Quiz) -> str:
    return f"/api/v1/exercise-sets/{quiz.exercise_set.pk}/attempts"


def _answers(quiz: Quiz) -> list[dict[str, Any]]:
    q = quiz.questions
    return [
        {"question_id": q["single"].pk, "response": {"choice": "a1"}},
        {"question_id": q["multiple"].pk, "response": {"choices": ["a1", "a2"]}},
        {"question_id": q["true-false"].pk, "response": {"value": False}},
        {"question_id": q["short"].pk, "response": {"text": "  Grasias "}},
        {"question_id": q["numerical"].pk, "response": {"value": 7}},
        {
            "question_id": q["matching"].pk,
            "response": {"pairs": {"a1": "c1", "a2": "c2", "a3": "c2"}},
        },
        {"question_id": q["essay"].pk, "response": {"text": "Me llamo Ana."}},
    ]


def _submit(api_client: APIClient, quiz: Quiz, submission_id: str | None = None) -> Any:
    api_client.force_authenticate(quiz.learner)
    body = {"submission_id": submission_id or str(uuid.uuid4()), "answers": _answers(quiz)}
    return api_client.post(_url(quiz), body, format="json")


def test_exact_score_and_result_per_question_when_every_type_is_answered(
    api_client: APIClient, quiz: Quiz
) -> None:
    response = _submit(api_client, quiz)

    assert response.status_code == 201
    body = response.json()
    assert (body["score"], body["max_score"], body["percent"]) == (5.1667, 7.0, 73.8)
    rows = [
        (r["type"], r["status"], r["credit"], r["points"], r["max_points"])
        for r in body["questions"]
    ]
    assert rows == [
        ("single_choice", "correct", 1.0, 2.0, 2.0),
        ("multiple_choice", "correct", 1.0, 1.0, 1.0),
        ("true_false", "incorrect", 0.0, 0.0, 1.0),
        ("short_answer", "partial", 0.5, 0.5, 1.0),
        ("numerical", "correct", 1.0, 1.0, 1.0),
        ("matching", "partial", 0.6667, 0.6667, 1.0),
        ("essay", "pending", 0.0, 0.0, 1.0),
        ("description", "ungraded", 0.0, 0.0, 0.0),
    ]
    by_type = {r["type"]: r for r in body["questions"]}
    assert "Sí, «hola» = hello." in by_type["single_choice"]["feedback_html"]
    assert by_type["true_false"]["expected"] == "True"
    assert "Нет, верно." in by_type["true_false"]["feedback_html"]
    assert by_type["short_answer"]["expected"] == "gracias"
    # The chosen answer's feedback, then the question's general feedback.
    feedback = by_type["short_answer"]["feedback_html"]
    assert feedback.index("Почти: пишется через c.") < feedback.index("Gracias.")
    assert by_type["matching"]["expected"] == "uno → один; dos → два; tres → три"
    assert body["questions"][0]["question_id"] == quiz.questions["single"].pk


def test_answers_stored_with_their_grades_when_attempt_submitted(
    api_client: APIClient, quiz: Quiz
) -> None:
    _submit(api_client, quiz)

    attempt = Attempt.objects.get()
    assert attempt.user == quiz.learner
    essay = AttemptAnswer.objects.get(attempt=attempt, question=quiz.questions["essay"])
    assert essay.status == "pending"
    assert essay.response == {"text": "Me llamo Ana."}


def test_unanswered_questions_incorrect_with_expected_answer_when_left_out(
    api_client: APIClient, quiz: Quiz
) -> None:
    api_client.force_authenticate(quiz.learner)
    only_numerical = [{"question_id": quiz.questions["numerical"].pk, "response": {"value": 7}}]

    response = api_client.post(
        _url(quiz), {"submission_id": str(uuid.uuid4()), "answers": only_numerical}, format="json"
    )

    body = response.json()
    assert response.status_code == 201
    assert (body["score"], body["max_score"]) == (1.0, 7.0)
    single = body["questions"][0]
    assert (single["status"], single["expected"]) == ("incorrect", "hello")


def test_counted_once_when_same_submission_is_sent_twice(api_client: APIClient, quiz: Quiz) -> None:
    submission_id = str(uuid.uuid4())

    first = _submit(api_client, quiz, submission_id)
    second = _submit(api_client, quiz, submission_id)

    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json() == second.json()
    assert Attempt.objects.count() == 1
    assert AttemptAnswer.objects.count() == 8


def test_stored_result_returned_when_retry_differs_from_first_submission(
    api_client: APIClient, quiz: Quiz
) -> None:
    submission_id = str(uuid.uuid4())
    first = _submit(api_client, quiz, submission_id)
    api_client.force_authenticate(quiz.learner)

    retry = api_client.post(
        _url(quiz), {"submission_id": submission_id, "answers": []}, format="json"
    )

    assert retry.status_code == 200
    assert retry.json()["score"] == first.json()["score"]
    assert Attempt.objects.count() == 1


def test_every_attempt_kept_when_submission_ids_differ(api_client: APIClient, quiz: Quiz) -> None:
    first = _submit(api_client, quiz)
    second = _submit(api_client, quiz)

    assert (first.status_code, second.status_code) == (201, 201)
    assert first.json()["id"] != second.json()["id"]
    assert Attempt.objects.filter(user=quiz.learner).count() == 2


def test_winner_returned_when_a_concurrent_request_inserted_first(
    quiz: Quiz, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reproduce the race deterministically: the other request's attempt is committed between
    # this request's look-up (which saw nothing) and its insert.
    submission_id = uuid.uuid4()
    answers = [services.AnswerData(quiz.questions["numerical"].pk, {"value": 7})]
    winner, _created = services.attempt_submit(
        user=quiz.learner,
        exercise_set=quiz.exercise_set,
        submission_id=submission_id,
        answers=answers,
    )
    real_lookup = services._existing_attempt
    calls: list[int] = []

    def first_lookup_misses(**kwargs: Any) -> Attempt | None:
        calls.append(1)
        return None if len(calls) == 1 else real_lookup(**kwargs)

    monkeypatch.setattr(services, "_existing_attempt", first_lookup_misses)
    attempt, created = services.attempt_submit(
        user=quiz.learner,
        exercise_set=quiz.exercise_set,
        submission_id=submission_id,
        answers=answers,
    )

    assert (attempt.pk, created) == (winner.pk, False)
    assert Attempt.objects.count() == 1
    assert AttemptAnswer.objects.count() == 8


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="SQLite in memory serialises writers, so two requests cannot race; the same branch "
    "is covered by test_winner_returned_when_a_concurrent_request_inserted_first.",
)
@pytest.mark.django_db(transaction=True)
def test_one_attempt_stored_when_two_identical_submissions_race(quiz: Quiz) -> None:
    submission_id = uuid.uuid4()
    answers = [services.AnswerData(quiz.questions["numerical"].pk, {"value": 7})]
    barrier = threading.Barrier(2)
    results: list[tuple[int, bool]] = []
    errors: list[BaseException] = []

    def submit() -> None:
        try:
            barrier.wait()
            attempt, created = services.attempt_submit(
                user=quiz.learner,
                exercise_set=quiz.exercise_set,
                submission_id=submission_id,
                answers=answers,
            )
            results.append((attempt.pk, created))
        except BaseException as error:  # noqa: BLE001 - the assertion below reports it
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert sorted(created for _pk, created in results) == [False, True]
    assert len({pk for pk, _created in results}) == 1
    assert Attempt.objects.count() == 1


def test_field_error_and_nothing_stored_when_question_is_not_in_the_set(
    api_client: APIClient, quiz: Quiz
) -> None:
    api_client.force_authenticate(quiz.learner)
    answers = [
        {"question_id": quiz.questions["numerical"].pk, "response": {"value": 7}},
        {"question_id": 999999, "response": {"value": 1}},
    ]

    response = api_client.post(
        _url(quiz), {"submission_id": str(uuid.uuid4()), "answers": answers}, format="json"
    )

    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["answers.1.question_id"]
    assert not Attempt.objects.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        pytest.param({"answers": []}, "submission_id", id="no-submission-id"),
        pytest.param(
            {"submission_id": "not-a-uuid", "answers": []}, "submission_id", id="bad-uuid"
        ),
        pytest.param({"submission_id": str(uuid.uuid4())}, "answers", id="no-answers"),
        pytest.param(
            {"submission_id": str(uuid.uuid4()), "answers": [], "score": 100},
            "score",
            id="unknown-key",
        ),
        pytest.param(
            {"submission_id": str(uuid.uuid4()), "answers": [{"question_id": "x"}]},
            "answers.0.question_id",
            id="question-id-not-a-number",
        ),
        pytest.param(
            {"submission_id": str(uuid.uuid4()), "answers": [{"question_id": 1, "hint": 1}]},
            "answers.0.hint",
            id="unknown-key-in-answer",
        ),
        pytest.param(
            {"submission_id": str(uuid.uuid4()), "answers": "all"},
            "answers",
            id="answers-not-a-list",
        ),
    ],
)
def test_field_error_and_nothing_stored_when_body_is_malformed(
    api_client: APIClient, quiz: Quiz, body: dict[str, Any], field: str
) -> None:
    api_client.force_authenticate(quiz.learner)

    response = api_client.post(_url(quiz), body, format="json")

    assert response.status_code == 400
    assert any(name == field or name.startswith(f"{field}.") for name in response.json()["fields"])
    assert not Attempt.objects.exists()


def test_field_error_when_response_does_not_fit_the_question(
    api_client: APIClient, quiz: Quiz
) -> None:
    api_client.force_authenticate(quiz.learner)
    answers = [{"question_id": quiz.questions["single"].pk, "response": {"choice": "zz"}}]

    response = api_client.post(
        _url(quiz), {"submission_id": str(uuid.uuid4()), "answers": answers}, format="json"
    )

    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["answers.0.response"]
    assert not Attempt.objects.exists()


def test_bad_request_error_shape_when_json_is_malformed(api_client: APIClient, quiz: Quiz) -> None:
    api_client.force_authenticate(quiz.learner)

    response = api_client.post(_url(quiz), "{not json", content_type="application/json")

    assert response.status_code == 400
    assert response.json()["status"] == 400


@pytest.mark.parametrize("set_id", ["999999", "0", "12345678901234567890123", "abc"])
def test_not_found_error_shape_when_exercise_set_id_is_bad(
    api_client: APIClient, quiz: Quiz, set_id: str
) -> None:
    api_client.force_authenticate(quiz.learner)

    response = api_client.post(
        f"/api/v1/exercise-sets/{set_id}/attempts",
        {"submission_id": str(uuid.uuid4()), "answers": []},
        format="json",
    )

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_forbidden_and_nothing_stored_when_learner_is_not_enrolled(
    api_client: APIClient, quiz: Quiz
) -> None:
    api_client.force_authenticate(make_user())

    response = api_client.post(
        _url(quiz), {"submission_id": str(uuid.uuid4()), "answers": []}, format="json"
    )

    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"
    assert not Attempt.objects.exists()


def test_conflict_when_submission_id_was_used_for_another_set(
    api_client: APIClient, quiz: Quiz
) -> None:
    other_set = services.exercise_set_create(
        lesson=make_lesson(course=quiz.lesson.course), title="Other", questions=[]
    )
    submission_id = str(uuid.uuid4())
    _submit(api_client, quiz, submission_id)

    response = api_client.post(
        f"/api/v1/exercise-sets/{other_set.pk}/attempts",
        {"submission_id": submission_id, "answers": []},
        format="json",
    )

    assert response.status_code == 409
    assert Attempt.objects.count() == 1


def test_only_own_attempts_listed_newest_first_when_listing(
    api_client: APIClient, quiz: Quiz
) -> None:
    first = _submit(api_client, quiz).json()
    second = _submit(api_client, quiz).json()
    classmate = make_user()
    make_enrollment(user=classmate, course=quiz.lesson.course)
    api_client.force_authenticate(classmate)
    theirs = api_client.get(_url(quiz)).json()
    api_client.force_authenticate(quiz.learner)

    mine = api_client.get(_url(quiz)).json()

    assert theirs["count"] == 0
    assert theirs["results"] == []
    assert mine["count"] == 2
    assert [a["id"] for a in mine["results"]] == [second["id"], first["id"]]
    assert mine["results"][1] == first


def test_attempt_list_query_count_constant_when_attempts_grow(
    api_client: APIClient, quiz: Quiz, django_assert_num_queries: Any
) -> None:
    _submit(api_client, quiz)
    for _index in range(4):
        _submit(api_client, quiz)

    # set + items, lesson access, count, page of attempts, their answers
    with django_assert_num_queries(6):
        response = api_client.get(_url(quiz))

    assert response.json()["count"] == 5


def test_unauthorized_when_anonymous_lists_attempts(api_client: APIClient, quiz: Quiz) -> None:
    response = api_client.get(_url(quiz))

    assert response.status_code == 401


def test_not_found_when_course_is_unpublished_for_a_learner(
    api_client: APIClient, quiz: Quiz
) -> None:
    course = quiz.lesson.course
    course.status = "draft"
    course.save()
    api_client.force_authenticate(quiz.learner)

    response = api_client.get(_url(quiz))

    assert response.status_code == 404


def test_author_can_try_own_exercise_set_when_not_enrolled(
    api_client: APIClient, quiz: Quiz
) -> None:
    api_client.force_authenticate(quiz.teacher)

    response = api_client.post(
        _url(quiz), {"submission_id": str(uuid.uuid4()), "answers": []}, format="json"
    )

    assert response.status_code == 201
    assert response.json()["score"] == 0.0


def test_field_error_and_nothing_stored_when_a_question_is_answered_twice(
    api_client: APIClient, quiz: Quiz
) -> None:
    api_client.force_authenticate(quiz.learner)
    numerical = quiz.questions["numerical"].pk
    answers = [
        {"question_id": numerical, "response": {"value": 7}},
        {"question_id": numerical, "response": {"value": 8}},
    ]

    response = api_client.post(
        _url(quiz), {"submission_id": str(uuid.uuid4()), "answers": answers}, format="json"
    )

    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["answers.1.question_id"]
    assert not Attempt.objects.exists()


@pytest.mark.parametrize("empty", [None, {}], ids=["null", "empty-object"])
def test_question_counts_as_unanswered_when_response_is_empty(
    api_client: APIClient, quiz: Quiz, empty: dict[str, Any] | None
) -> None:
    api_client.force_authenticate(quiz.learner)
    answers = [{"question_id": quiz.questions["short"].pk, "response": empty}]

    response = api_client.post(
        _url(quiz), {"submission_id": str(uuid.uuid4()), "answers": answers}, format="json"
    )

    assert response.status_code == 201
    short = next(q for q in response.json()["questions"] if q["type"] == "short_answer")
    assert (short["status"], short["points"], short["expected"]) == ("incorrect", 0.0, "gracias")
    assert AttemptAnswer.objects.get(question=quiz.questions["short"]).response is None
