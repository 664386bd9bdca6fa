"""The import_questions command contract: JSON shape, exit status, all or nothing."""

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from glossa.accounts.models import User
from glossa.questions.models import Category, Question, QuestionBank

VALID = "::Q1::1+1\\=2{T}\n\n::Q2::Capital of France?{=Paris ~Rome ~Berlin}\n"
INVALID = VALID + "\n\nBroken {=a\n\n$CATEGORY: Grammar\n\nAlso broken {~only}\n"


def run(*args: str) -> tuple[dict[str, Any], bool]:
    out = StringIO()
    try:
        call_command("import_questions", *args, "--json", stdout=out, stderr=StringIO())
    except CommandError:
        return json.loads(out.getvalue()), False
    return json.loads(out.getvalue()), True


@pytest.fixture
def gift_file(tmp_path: Path) -> Path:
    path = tmp_path / "starter.gift"
    path.write_text(VALID, encoding="utf-8")
    return path


@pytest.fixture
def invalid_file(tmp_path: Path) -> Path:
    path = tmp_path / "broken.gift"
    path.write_text(INVALID, encoding="utf-8")
    return path


@pytest.mark.django_db
def test_valid_file_is_imported_into_bank_named_after_file(gift_file: Path) -> None:
    body, ok = run(str(gift_file))

    assert ok
    assert body == {
        "format": "gift",
        "questions": 2,
        "by_type": {"true_false": 1, "single_choice": 1},
        "categories": [],
        "errors": [],
    }
    bank = QuestionBank.objects.get()
    assert (bank.name, bank.owner) == ("starter", None)
    assert list(bank.questions.values_list("title", "text", "source_line")) == [
        ("Q1", "1+1=2", 1),
        ("Q2", "Capital of France?", 3),
    ]


@pytest.mark.django_db
def test_nothing_is_written_and_status_is_1_when_any_question_is_invalid(
    invalid_file: Path,
) -> None:
    body, ok = run(str(invalid_file))

    assert not ok
    assert body["questions"] == 2
    assert body["categories"] == ["Grammar"]
    assert [error["line"] for error in body["errors"]] == [6, 10]
    assert (QuestionBank.objects.count(), Question.objects.count()) == (0, 0)


@pytest.mark.django_db
def test_skip_invalid_imports_the_valid_questions_and_lists_errors(invalid_file: Path) -> None:
    body, ok = run(str(invalid_file), "--skip-invalid", "--bank", "Mixed")

    assert ok
    assert len(body["errors"]) == 2
    assert QuestionBank.objects.get().name == "Mixed"
    assert Question.objects.count() == 2


@pytest.mark.django_db
def test_skip_invalid_fails_when_no_question_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "bad.gift"
    path.write_text("Broken {=a\n", encoding="utf-8")

    body, ok = run(str(path), "--skip-invalid")

    assert not ok
    assert body["errors"] == [
        {"line": 1, "message": "The answer block opened with { here is never closed with }."}
    ]
    assert QuestionBank.objects.count() == 0


@pytest.mark.django_db
def test_dry_run_writes_nothing(gift_file: Path) -> None:
    body, ok = run(str(gift_file), "--dry-run")

    assert ok
    assert body["questions"] == 2
    assert (QuestionBank.objects.count(), Question.objects.count()) == (0, 0)


@pytest.mark.django_db
def test_categories_are_created_with_their_parents(tmp_path: Path) -> None:
    path = tmp_path / "cats.gift"
    path.write_text("$CATEGORY: $course$/top/IDEA/Epi\n\nQ{T}\n", encoding="utf-8")

    body, ok = run(str(path))

    assert ok
    assert body["categories"] == ["IDEA/Epi"]
    assert list(Category.objects.values_list("path", "parent__path")) == [
        ("IDEA", None),
        ("IDEA/Epi", "IDEA"),
    ]
    assert Question.objects.get().category == Category.objects.get(path="IDEA/Epi")


@pytest.mark.django_db
def test_aiken_is_detected_and_format_option_overrides(tmp_path: Path) -> None:
    path = tmp_path / "quiz.txt"
    path.write_text("Q?\nA) yes\nB) no\nANSWER: A\n", encoding="utf-8")

    detected, _ok = run(str(path), "--dry-run")
    forced, forced_ok = run(str(path), "--dry-run", "--format", "gift")

    assert (detected["format"], detected["by_type"]) == ("aiken", {"single_choice": 1})
    assert forced["format"] == "gift"
    assert forced_ok


@pytest.mark.django_db
def test_same_file_imported_twice_goes_into_same_bank(gift_file: Path) -> None:
    run(str(gift_file))
    run(str(gift_file))

    assert QuestionBank.objects.count() == 1
    assert Question.objects.count() == 4


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        pytest.param(None, "does not exist", id="missing"),
        pytest.param(b"\x00\x01\x02binary", "not a text file", id="binary"),
        pytest.param(b"\x81\x8d\x8f\x90 garbage", "not in UTF-8", id="undecodable"),
    ],
)
@pytest.mark.django_db
def test_unreadable_file_gives_one_json_error_and_status_1(
    tmp_path: Path, content: bytes | None, fragment: str
) -> None:
    path = tmp_path / "quiz.gift"
    if content is not None:
        path.write_bytes(content)

    body, ok = run(str(path))

    assert not ok
    assert body["questions"] == 0
    assert len(body["errors"]) == 1
    assert body["errors"][0]["line"] == 0
    assert fragment in body["errors"][0]["message"]


def test_cp1252_and_utf16_files_are_decoded(tmp_path: Path) -> None:
    legacy = tmp_path / "legacy.gift"
    legacy.write_bytes("Café?{=oui}".encode("cp1252"))
    wide = tmp_path / "wide.gift"
    wide.write_bytes("Café?{=oui}".encode("utf-16"))

    assert run(str(legacy), "--dry-run")[0]["questions"] == 1
    assert run(str(wide), "--dry-run")[0]["questions"] == 1


def test_readable_summary_without_json(invalid_file: Path) -> None:
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("import_questions", str(invalid_file), "--dry-run", stdout=out)

    assert "Valid questions: 2" in out.getvalue()
    assert "Line 6:" in out.getvalue()


@pytest.mark.parametrize(
    ("name", "status"),
    [pytest.param("starter.gift", 0, id="valid"), pytest.param("broken.gift", 1, id="invalid")],
)
def test_process_exit_status_and_single_json_object(
    gift_file: Path, invalid_file: Path, name: str, status: int
) -> None:
    backend = Path(__file__).resolve().parents[3]
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "PYTHONPATH": str(backend),
    }
    completed = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "glossa", "import_questions", str(gift_file.parent / name),
         "--json", "--dry-run"],
        capture_output=True, text=True, env=env, check=False, timeout=60,
    )  # fmt: skip

    assert completed.returncode == status
    body = json.loads(completed.stdout)
    assert set(body) == {"format", "questions", "by_type", "categories", "errors"}


def test_owner_option_imports_into_the_teachers_bank(gift_file: Path, teacher: User) -> None:
    _body, ok = run(str(gift_file), "--owner", "Teacher@Example.com")

    assert ok
    assert QuestionBank.objects.get().owner == teacher


def test_owner_option_refuses_a_learner(gift_file: Path, learner: User) -> None:
    body, ok = run(str(gift_file), "--owner", learner.email)

    assert not ok
    assert body["errors"][0]["message"] == "No teacher has the email address learner@example.com."
    assert QuestionBank.objects.count() == 0
