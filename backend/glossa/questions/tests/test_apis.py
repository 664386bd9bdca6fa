"""Teacher import and bank list endpoints."""

import uuid
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from rest_framework.test import APIClient

from glossa.accounts.models import User
from glossa.questions import services
from glossa.questions.models import Category, Question, QuestionBank, QuestionImport
from glossa.questions.services import questions_import

GIFT = b"$CATEGORY: Grammar/Verbs\n\n::Q1::1+1\\=2{T}\n\nCapital?{=Paris ~Rome}\n"
BROKEN = GIFT + b"\nBroken {=a\n"


def upload(content: bytes, name: str = "quiz.gift") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="text/plain")


def post(client: APIClient, url: str, **data: Any) -> Any:
    return client.post(
        f"/api/v1/question-banks/{url}", data, format="multipart", HTTP_ACCEPT_LANGUAGE="en"
    )


@pytest.fixture
def teacher_client(api_client: APIClient, teacher: User) -> APIClient:
    api_client.force_authenticate(teacher)
    return api_client


def test_preview_reports_questions_and_errors_and_writes_nothing(
    teacher_client: APIClient,
) -> None:
    response = post(teacher_client, "import/preview", file=upload(BROKEN))

    assert response.status_code == 200
    body = response.json()
    assert body["format"] == "gift"
    assert body["questions"] == 2
    assert body["by_type"] == {"true_false": 1, "single_choice": 1}
    assert body["categories"] == ["Grammar/Verbs"]
    assert body["errors"] == [
        {"line": 7, "message": "The answer block opened with { here is never closed with }."}
    ]
    assert body["preview"] == [
        {"line": 3, "type": "true_false", "title": "Q1", "text": "1+1=2"},
        {"line": 5, "type": "single_choice", "title": "", "text": "Capital?"},
    ]
    assert (QuestionBank.objects.count(), Question.objects.count()) == (0, 0)


def test_import_creates_bank_owned_by_teacher(teacher_client: APIClient, teacher: User) -> None:
    response = post(teacher_client, "import", file=upload(GIFT), bank="Week 1")

    assert response.status_code == 201
    body = response.json()
    bank = QuestionBank.objects.get()
    assert (bank.name, bank.owner) == ("Week 1", teacher)
    assert body["bank"] == {"id": bank.pk, "name": "Week 1"}
    assert body["question_ids"] == list(bank.questions.values_list("id", flat=True))
    assert list(Category.objects.values_list("path", flat=True)) == ["Grammar", "Grammar/Verbs"]


def test_import_refuses_invalid_file_with_errors_and_writes_nothing(
    teacher_client: APIClient,
) -> None:
    response = post(teacher_client, "import", file=upload(BROKEN), bank="Week 1")

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "import_invalid"
    assert body["errors"] == [
        {"line": 7, "message": "The answer block opened with { here is never closed with }."}
    ]
    assert body["questions"] == 2
    assert QuestionBank.objects.count() == 0


def test_import_with_skip_invalid_writes_valid_questions(teacher_client: APIClient) -> None:
    response = post(
        teacher_client, "import", file=upload(BROKEN), bank="Week 1", skip_invalid="true"
    )

    assert response.status_code == 201
    assert len(response.json()["errors"]) == 1
    assert Question.objects.count() == 2


def test_nothing_to_import_said_when_skipping_invalid_and_no_question_is_valid(
    teacher_client: APIClient,
) -> None:
    response = post(
        teacher_client, "import", file=upload(b"Broken {=a\n"), bank="B", skip_invalid="true"
    )

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "import_invalid"
    assert body["message"] == "The file has no valid question: there is nothing to import."
    assert len(body["errors"]) == 1
    assert QuestionBank.objects.count() == 0


SUBMISSION = "0b6f1f3e-8a52-4c1e-9a53-1a3a4a3e7c11"


def test_imported_once_when_the_same_submission_is_sent_again(teacher_client: APIClient) -> None:
    first = post(teacher_client, "import", file=upload(GIFT), bank="W", submission_id=SUBMISSION)
    again = post(teacher_client, "import", file=upload(GIFT), bank="W", submission_id=SUBMISSION)

    assert first.status_code == 201
    assert again.status_code == 200
    assert again.json() == first.json()
    assert Question.objects.count() == 2
    assert QuestionImport.objects.get().result == first.json()


def test_imported_again_when_a_new_submission_is_sent(teacher_client: APIClient) -> None:
    post(teacher_client, "import", file=upload(GIFT), bank="W", submission_id=SUBMISSION)
    other = "5d1c7a0e-2f1b-4d7a-8c8e-0f6b8e3d2a10"
    response = post(teacher_client, "import", file=upload(GIFT), bank="W", submission_id=other)

    assert response.status_code == 201
    assert Question.objects.count() == 4


def test_losing_request_of_a_race_returns_the_winners_import(
    teacher: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    submission = uuid.UUID(SUBMISSION)
    winner = questions_import(source=GIFT, fmt=None, bank_name="W", owner=teacher, dry_run=False,
                              skip_invalid=False, submission_id=submission)  # fmt: skip
    # The loser looked before the winner had committed, so it saw no earlier import.
    real_done = services._import_done
    looks: list[object] = []

    def done_after_first_look(owner: User, submission_id: uuid.UUID) -> object:
        looks.append(submission_id)
        return None if len(looks) == 1 else real_done(owner, submission_id)

    monkeypatch.setattr(services, "_import_done", done_after_first_look)

    loser = questions_import(source=GIFT, fmt=None, bank_name="W", owner=teacher, dry_run=False,
                             skip_invalid=False, submission_id=submission)  # fmt: skip

    assert len(looks) == 2  # the second look came after its insert lost to the winner's
    assert loser.replayed
    assert loser.question_ids == winner.question_ids
    assert Question.objects.count() == 2


def test_empty_file_is_refused(teacher_client: APIClient) -> None:
    response = post(teacher_client, "import", file=upload(b"// only a comment\n"), bank="B")

    assert response.status_code == 400
    assert response.json()["code"] == "import_invalid"


@override_settings(GLOSSA_IMPORT_MAX_BYTES=100)
def test_oversize_file_is_refused_naming_the_limit(teacher_client: APIClient) -> None:
    response = post(teacher_client, "import/preview", file=upload(b"Q{T}\n\n" * 50))

    assert response.status_code == 400
    assert response.json()["fields"]["file"] == [
        "The file is larger than 100 bytes; split it and try again."
    ]


def test_undecodable_file_gets_a_clear_error(teacher_client: APIClient) -> None:
    response = post(teacher_client, "import/preview", file=upload(b"\x81\x8d\x8f garbage"))

    assert response.status_code == 400
    assert response.json()["code"] == "undecodable_file"


def test_unknown_field_is_refused(teacher_client: APIClient) -> None:
    response = post(teacher_client, "import/preview", file=upload(GIFT), owner="1")

    assert response.status_code == 400
    assert "owner" in response.json()["fields"]


@pytest.mark.parametrize("url", ["import", "import/preview"])
def test_learner_cannot_import(api_client: APIClient, learner: User, url: str) -> None:
    api_client.force_authenticate(learner)

    response = post(api_client, url, file=upload(GIFT), bank="Mine")

    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"
    assert QuestionBank.objects.count() == 0


def test_anonymous_cannot_list_banks(api_client: APIClient, db: None) -> None:
    assert api_client.get("/api/v1/question-banks").status_code == 401


def test_learner_cannot_list_banks(api_client: APIClient, learner: User) -> None:
    api_client.force_authenticate(learner)

    assert api_client.get("/api/v1/question-banks").status_code == 403


def test_teacher_lists_only_own_banks_with_counts_in_constant_queries(
    teacher_client: APIClient, teacher: User, django_assert_num_queries: Any
) -> None:
    other = User.objects.create_user("other@example.com", "a-long-password-3", role="teacher")
    for number in range(3):
        questions_import(source=GIFT, fmt=None, bank_name=f"Bank {number}", owner=teacher,
                         dry_run=False, skip_invalid=False)  # fmt: skip
    questions_import(source=GIFT, fmt=None, bank_name="Not mine", owner=other, dry_run=False,
                     skip_invalid=False)  # fmt: skip

    # Count, page of banks, categories prefetch; the user is force-authenticated.
    with django_assert_num_queries(3):
        response = teacher_client.get("/api/v1/question-banks")

    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 3
    assert [(b["name"], b["question_count"]) for b in body["results"]] == [
        ("Bank 0", 2),
        ("Bank 1", 2),
        ("Bank 2", 2),
    ]
    assert [c["path"] for c in body["results"][0]["categories"]] == ["Grammar", "Grammar/Verbs"]
