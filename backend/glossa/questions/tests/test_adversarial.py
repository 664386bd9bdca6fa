"""Hostile or broken quiz files and answers: a clear error in reasonable time, never a 500."""

import json
import time
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from glossa.accounts.models import User
from glossa.questions.models import Question, QuestionBank

pytestmark = pytest.mark.django_db

# Far above what the parser needs for these files, far below what the quadratic code took.
SECONDS = 3.0


def send(client: APIClient, url: str, content: bytes, **data: Any) -> tuple[Any, float]:
    file = SimpleUploadedFile("quiz.gift", content, content_type="text/plain")
    started = time.perf_counter()
    response = client.post(
        f"/api/v1/question-banks/{url}", {"file": file, **data}, format="multipart"
    )
    return response, time.perf_counter() - started


@pytest.fixture
def teacher_client(api_client: APIClient, teacher: User) -> APIClient:
    api_client.force_authenticate(teacher)
    return api_client


def test_error_with_short_message_in_time_when_a_number_is_a_long_run_of_digits(
    teacher_client: APIClient,
) -> None:
    content = b"How many? {#" + b"1" * 20_000 + b"x}"

    response, seconds = send(teacher_client, "import/preview", content)

    assert response.status_code == 200
    assert seconds < SECONDS
    [error] = response.json()["errors"]
    assert error["line"] == 1
    assert error["message"] == "1" * 40 + " is not a number."


@pytest.mark.parametrize("number", ["1e999", "-1e400", "5:1e999", "1..1e999"])
def test_import_refused_and_nothing_written_when_a_number_is_infinite(
    teacher_client: APIClient, number: str
) -> None:
    content = b"::ok::Two plus two? {#4}\n\n::huge::How far? {#" + number.encode() + b"}\n"

    response, _seconds = send(teacher_client, "import", content, bank="Numbers")

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "import_invalid"
    assert [error["line"] for error in body["errors"]] == [3]
    assert "too large a number" in body["errors"][0]["message"]
    assert not QuestionBank.objects.exists()
    assert not Question.objects.exists()


@pytest.mark.parametrize(
    ("answers", "line", "count"),
    [
        pytest.param(b"=a->b " * 100_000, 4, 100_000, id="matching-pairs"),
        pytest.param(b"~a\n" * 100_000 + b"=b", 104, 100_001, id="choices-on-lines"),
    ],
)
def test_error_at_the_line_in_time_when_a_question_has_a_hundred_thousand_answers(
    teacher_client: APIClient, answers: bytes, line: int, count: int
) -> None:
    content = b"Header\n\n// a comment\nWhich? {" + answers + b"}\n\nBroken {=a\n"

    response, seconds = send(teacher_client, "import/preview", content)

    assert response.status_code == 200
    assert seconds < SECONDS
    body = response.json()
    assert body["questions"] == 1
    assert [error["line"] for error in body["errors"]] == [line, content.count(b"\n")]
    message = f"A question can have at most 100 answers; this one has {count}."
    assert body["errors"][0]["message"] == message


def test_import_refused_and_nothing_written_when_a_question_has_over_100_answers(
    teacher_client: APIClient,
) -> None:
    # Stored as one JSON value, 160,000 answers outgrew MySQL's 16 MB packet: a 500.
    fine = b"Fine? {" + b"~wrong " * 99 + b"=right}"
    content = fine + b"\n\nToo many? {" + b"~wrong " * 100 + b"=right}\n"

    response, _seconds = send(teacher_client, "import", content, bank="Many")

    assert response.status_code == 400
    assert [error["line"] for error in response.json()["errors"]] == [3]
    assert not Question.objects.exists()
    assert send(teacher_client, "import", fine, bank="Many")[0].status_code == 201


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        pytest.param("::Столица::Столица России? {=Москва ~Париж ~Берлин}", "cp1251", id="ru"),
        pytest.param("::Ёж::Ёлка и ёж — это... {=ель и ёж ~ящик}", "cp1251", id="ru-yo"),
        pytest.param("::Größe::Welche Größe? {=große Straße ~Maß}", "cp1252", id="de"),
        pytest.param("::Ações::Não são ações? {=não ~sim}", "cp1252", id="pt"),
        pytest.param("::Café::Où est le café ? {=à côté ~là-bas}", "cp1252", id="fr"),
    ],
)
def test_letters_kept_when_file_is_in_a_windows_code_page(
    teacher_client: APIClient, text: str, encoding: str
) -> None:
    response, _seconds = send(teacher_client, "import", text.encode(encoding), bank="Legacy")

    assert response.status_code == 201
    question = Question.objects.get()
    expected_title, rest = text[2:].split("::", 1)
    assert question.title == expected_title
    assert question.text == rest.split("{")[0].strip()
    assert question.answers[0]["text"] == rest.split("{=")[1].split(" ~")[0]


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"// only a comment\n\n\n", id="comments-only"),
        pytest.param(b"$CATEGORY: Grammar\n", id="category-only"),
    ],
)
def test_command_fails_with_one_json_error_when_file_has_no_questions(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "quiz.gift"
    path.write_bytes(content)
    out = StringIO()

    with pytest.raises(CommandError):
        call_command("import_questions", str(path), "--json", stdout=out, stderr=StringIO())

    body = json.loads(out.getvalue())
    assert body["questions"] == 0
    assert body["errors"] == [{"line": 0, "message": "The file contains no questions."}]
    assert not QuestionBank.objects.exists()


def test_preview_in_time_when_a_file_has_forty_thousand_categories(
    teacher_client: APIClient,
) -> None:
    units = "".join(f"$CATEGORY: Unit {n}\n\n" for n in range(40_000))
    content = (units + "Last? {T}\n").encode()

    response, seconds = send(teacher_client, "import/preview", content)

    assert response.status_code == 200
    assert seconds < SECONDS
    body = response.json()
    assert body["questions"] == 1
    assert body["categories"][:2] == ["Unit 0", "Unit 1"]
    assert len(body["categories"]) == 40_000
