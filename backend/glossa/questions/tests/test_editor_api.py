"""The question-bank editor API: banks, questions, preview, version checks, permissions."""

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from glossa.accounts.models import Role, User
from glossa.courses.tests.factories import make_course, make_lesson, make_user
from glossa.exercises.services import exercise_set_create
from glossa.questions.models import Category, Question, QuestionBank, QuestionType
from glossa.questions.tests.factories import GAP_FILL, ORDERING, make_audio, make_question

pytestmark = pytest.mark.django_db

API = "/api/v1"
SINGLE = {
    "answers": [
        {"id": "a1", "text": "hola", "fraction": 1.0},
        {"id": "a2", "text": "adiós", "fraction": 0.0},
    ]
}


@pytest.fixture
def owner() -> User:
    return make_user(role=Role.TEACHER)


@pytest.fixture
def bank(owner: User) -> QuestionBank:
    bank = QuestionBank.objects.create(owner=owner, name="Semana 1")
    make_question(bank=bank, type=QuestionType.ORDERING)
    return bank


@pytest.fixture
def question(bank: QuestionBank) -> Question:
    return bank.questions.get()


def _client(api_client: APIClient, user: User | None) -> APIClient:
    if user is not None:
        api_client.force_authenticate(user)
    return api_client


# --- permissions for every endpoint, verb and role ----------------------------------------

ENDPOINTS = [
    pytest.param("get", "/question-banks", None, 200, id="banks-list"),
    pytest.param("post", "/question-banks", {"name": "New"}, 201, id="banks-create"),
    pytest.param("get", "/question-banks/{bank}", None, 200, id="bank-get"),
    pytest.param("patch", "/question-banks/{bank}", {"name": "Renamed"}, 200, id="bank-patch"),
    pytest.param("delete", "/question-banks/{bank}", None, 204, id="bank-delete"),
    pytest.param("get", "/question-banks/{bank}/questions", None, 200, id="questions-list"),
    pytest.param("post", "/question-banks/{bank}/questions",
                 {"type": "single_choice", "text": "¿Hola?", "data": SINGLE}, 201,
                 id="questions-create"),
    pytest.param("get", "/questions/{question}", None, 200, id="question-get"),
    pytest.param("patch", "/questions/{question}", {"title": "T", "version": 1}, 200,
                 id="question-patch"),
    pytest.param("delete", "/questions/{question}", None, 204, id="question-delete"),
    pytest.param("get", "/questions/{question}/preview", None, 200, id="question-preview"),
    pytest.param("get", "/question-banks/{bank}/export?format=gift", None, 200, id="export"),
]  # fmt: skip
# Creating a bank and listing one's own banks never touch another's bank: no 404 there.
OWN_ONLY = {"/question-banks"}


def _state(bank: QuestionBank) -> tuple[Any, ...]:
    return (
        list(QuestionBank.objects.values_list("id", "name")),
        list(Question.objects.values_list("id", "title", "version")),
    )


@pytest.mark.parametrize(("method", "path", "body", "success"), ENDPOINTS)
@pytest.mark.parametrize(
    ("role", "expected"),
    [
        pytest.param(None, 401, id="anonymous"),
        pytest.param(Role.LEARNER, 403, id="learner"),
        pytest.param(Role.MODERATOR, 403, id="moderator"),
        pytest.param("other-teacher", 404, id="other-teacher"),
        pytest.param("owner", "success", id="owner"),
        pytest.param(Role.ADMIN, "success", id="admin"),
    ],
)
def test_every_endpoint_allows_the_owner_and_admins_only(
    api_client: APIClient,
    owner: User,
    bank: QuestionBank,
    question: Question,
    method: str,
    path: str,
    body: dict[str, Any] | None,
    success: int,
    role: str | None,
    expected: int | str,
) -> None:
    if role == "owner":
        user: User | None = owner
    elif role == "other-teacher":
        user = make_user(role=Role.TEACHER)
    else:
        user = make_user(role=role) if role else None
    if expected == "success" or (expected == 404 and path in OWN_ONLY):
        expected = success
    before = _state(bank)
    url = API + path.format(bank=bank.pk, question=question.pk)

    response = getattr(_client(api_client, user), method)(url, body, format="json")

    assert response.status_code == expected, response.content
    if expected in {401, 403, 404}:
        assert response.json()["code"] in {"not_authenticated", "permission_denied", "not_found"}
        assert _state(bank) == before


# --- banks --------------------------------------------------------------------------------


def test_teacher_creates_renames_and_deletes_a_bank(api_client: APIClient, owner: User) -> None:
    client = _client(api_client, owner)

    created = client.post(f"{API}/question-banks", {"name": " Verbos "}, format="json")
    bank_id = created.json()["id"]
    renamed = client.patch(f"{API}/question-banks/{bank_id}", {"name": "Verbos 2"}, format="json")
    deleted = client.delete(f"{API}/question-banks/{bank_id}")

    assert created.status_code == 201
    assert created.json() == {
        "id": bank_id,
        "name": "Verbos",
        "question_count": 0,
        "categories": [],
    }
    assert renamed.json()["name"] == "Verbos 2"
    assert deleted.status_code == 204
    assert not QuestionBank.objects.filter(pk=bank_id).exists()


def test_a_second_bank_with_the_same_name_is_refused(
    api_client: APIClient, owner: User, bank: QuestionBank
) -> None:
    response = _client(api_client, owner).post(
        f"{API}/question-banks", {"name": "Semana 1"}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["fields"] == {
        "name": ["You already have a question bank with this name."]
    }
    assert QuestionBank.objects.count() == 1


def test_a_bank_whose_questions_are_in_an_exercise_is_not_deleted(
    api_client: APIClient, owner: User, bank: QuestionBank, question: Question
) -> None:
    exercise_set_create(lesson=make_lesson(course=make_course(owner=owner)), title="S",
                        questions=[question])  # fmt: skip

    response = _client(api_client, owner).delete(f"{API}/question-banks/{bank.pk}")
    question_response = api_client.delete(f"{API}/questions/{question.pk}")

    assert (response.status_code, response.json()["code"]) == (409, "question_in_use")
    assert question_response.status_code == 409
    assert Question.objects.filter(pk=question.pk).exists()


# --- questions ----------------------------------------------------------------------------


def test_question_is_created_with_full_author_data(
    api_client: APIClient, owner: User, bank: QuestionBank
) -> None:
    category = Category.objects.create(bank=bank, name="Gramática", path="Gramática")
    body = {"type": "gap_fill", "title": "Hablar", "text": "Complete.", "data": GAP_FILL,
            "category_id": category.pk}  # fmt: skip

    response = _client(api_client, owner).post(
        f"{API}/question-banks/{bank.pk}/questions", body, format="json"
    )

    assert response.status_code == 201
    created = response.json()
    assert created["data"] == GAP_FILL
    assert (created["type"], created["version"], created["bank_id"]) == ("gap_fill", 1, bank.pk)
    assert created["category"] == {"id": category.pk, "path": "Gramática"}
    assert (created["text_format"], created["media"]) == ("markdown", None)
    assert Question.objects.get(pk=created["id"]).data == GAP_FILL


@pytest.mark.parametrize(
    ("body", "field"),
    [
        pytest.param({"type": "ordering", "data": {"items": []}}, "data", id="bad-data"),
        pytest.param({"type": "dictation", "data": {"text": "Hola."}}, "media_id", id="no-audio"),
        pytest.param({"type": "ordering", "data": ORDERING, "media_id": 999}, "media_id",
                     id="unknown-media"),
        pytest.param({"type": "ordering", "data": ORDERING, "category_id": 999}, "category_id",
                     id="unknown-category"),
        pytest.param({"type": "ordering", "data": ORDERING, "answer": 1}, "answer",
                     id="unknown-field"),
        pytest.param({"type": "riddle"}, "type", id="unknown-type"),
    ],
)  # fmt: skip
def test_invalid_question_is_refused_naming_the_field(
    api_client: APIClient, owner: User, bank: QuestionBank, body: dict[str, Any], field: str
) -> None:
    response = _client(api_client, owner).post(
        f"{API}/question-banks/{bank.pk}/questions", body, format="json"
    )

    assert response.status_code == 400
    assert field in response.json()["fields"]
    assert bank.questions.count() == 1


def test_dictation_takes_the_teachers_own_audio_only(
    api_client: APIClient, owner: User, bank: QuestionBank
) -> None:
    mine = make_audio(owner=owner)
    theirs = make_audio(owner=make_user(role=Role.TEACHER))
    video = make_audio(owner=owner, kind="video")
    client = _client(api_client, owner)
    url = f"{API}/question-banks/{bank.pk}/questions"

    def post(media_id: int) -> Any:
        body = {"type": "dictation", "data": {"text": "Hola."}, "media_id": media_id}
        return client.post(url, body, format="json")

    ok, foreign, wrong_kind = post(mine.pk), post(theirs.pk), post(video.pk)

    assert ok.status_code == 201
    assert ok.json()["media"]["id"] == mine.pk
    assert foreign.json()["fields"]["media_id"] == ["Choose one of your recordings."]
    assert wrong_kind.json()["fields"]["media_id"] == ["Choose an audio recording, not a video."]


def test_patch_bumps_the_version_and_a_stale_version_gets_409_with_the_current_question(
    api_client: APIClient, owner: User, question: Question
) -> None:
    client = _client(api_client, owner)
    url = f"{API}/questions/{question.pk}"

    first = client.patch(url, {"title": "Primero", "version": 1}, format="json")
    stale = client.patch(url, {"title": "Segundo", "version": 1}, format="json")

    assert (first.status_code, first.json()["version"]) == (200, 2)
    assert stale.status_code == 409
    body = stale.json()
    assert body["code"] == "version_conflict"
    assert body["message"] == "Someone else changed this question. Reload to see their changes."
    assert (body["current"]["title"], body["current"]["version"]) == ("Primero", 2)
    question.refresh_from_db()
    assert (question.title, question.version) == ("Primero", 2)


def test_patch_without_version_is_refused(
    api_client: APIClient, owner: User, question: Question
) -> None:
    response = _client(api_client, owner).patch(
        f"{API}/questions/{question.pk}", {"title": "X"}, format="json"
    )

    assert response.status_code == 400
    assert "version" in response.json()["fields"]


def test_patch_with_invalid_data_changes_nothing(
    api_client: APIClient, owner: User, question: Question
) -> None:
    response = _client(api_client, owner).patch(
        f"{API}/questions/{question.pk}",
        {"data": {"items": [{"id": "x", "text": "solo"}]}, "version": 1},
        format="json",
    )

    assert response.status_code == 400
    question.refresh_from_db()
    assert (question.data, question.version) == (ORDERING, 1)


def test_preview_is_what_a_learner_sees(
    api_client: APIClient, owner: User, question: Question
) -> None:
    response = _client(api_client, owner).get(f"{API}/questions/{question.pk}/preview")

    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"id", "type", "title", "text_html", "items", "unit"}
    assert [item["id"] for item in body["items"]] != ["i1", "i2", "i3"]
    assert "fraction" not in str(body)


# --- query counts -------------------------------------------------------------------------


def _count(call: Callable[[], Any]) -> int:
    with CaptureQueriesContext(connection) as context:
        response = call()
    assert response.status_code == 200
    return len(context.captured_queries)


def test_question_list_query_count_does_not_grow_with_questions(
    api_client: APIClient, owner: User, bank: QuestionBank
) -> None:
    client = _client(api_client, owner)
    url = f"{API}/question-banks/{bank.pk}/questions"
    make_question(bank=bank, type=QuestionType.DICTATION)
    small = _count(lambda: client.get(url))
    for kind in (QuestionType.DICTATION, QuestionType.LISTENING_CHOICE, QuestionType.GAP_FILL):
        make_question(bank=bank, type=kind)
        make_question(bank=bank, type=kind)

    large = _count(lambda: client.get(url))

    # The bank, its categories, the count, the questions (media joined), the renditions.
    assert large == small == 5
    assert len(client.get(url).json()["results"]) == 8


def test_bank_list_query_count_does_not_grow_with_banks(
    api_client: APIClient, owner: User, bank: QuestionBank, django_assert_num_queries: Any
) -> None:
    client = _client(api_client, owner)
    for number in range(5):
        other = QuestionBank.objects.create(owner=owner, name=f"B{number}")
        Category.objects.create(bank=other, name="C", path="C")

    with django_assert_num_queries(3):
        response = client.get(f"{API}/question-banks")

    assert response.json()["count"] == 6
