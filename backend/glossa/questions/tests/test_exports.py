"""Exporting a bank as GIFT and Moodle XML: the files read back as the same questions."""

import copy
from pathlib import Path
from typing import Any

import pytest
from defusedxml.ElementTree import fromstring
from rest_framework.test import APIClient

from glossa.accounts.models import Role, User
from glossa.courses.tests.factories import make_user
from glossa.questions.exports import bank_export
from glossa.questions.models import Question, QuestionBank, QuestionType
from glossa.questions.services import questions_import
from glossa.questions.tests.factories import GAP_FILL, ORDERING, make_question

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures"
VALID_CORPUS = [
    "gift/moodle_questions.gift.txt",
    "gift/moodle_questions_in_category.gift.txt",
    "gift/moodle_examples.txt",
    "gift/rgmf_redes_tema2.gift.txt",
    "gift/rgiftparser_epidemiology_fr.gift",
    "gift/pegjs_numerical1.gift",
    "gift/pegjs_matching1.gift",
    "gift/pegjs_mcHTMLComment.gift",
    "gift/pegjs_multipleAnswersFloat.gift",
    "gift/pegjs_escapeColon.gift",
    "gift/pegjs_descriptionTitleEscapedColon.gift",
    "gift/pegjs_newlineAndLaTeX.gift",
    "gift/pegjs_type_inferred_multiline_markdown.gift",
    "aiken/fisdap_example.aiken.txt",
    "aiken/mood-c2a_example.aiken.txt",
    "aiken/moodle_questions.aiken.txt",
]


def _import(source: bytes, fmt: str | None, bank: str, owner: User | None = None) -> list[Question]:
    report = questions_import(source=source, fmt=fmt, bank_name=bank, owner=owner,
                              dry_run=False, skip_invalid=True)  # fmt: skip
    return list(Question.objects.filter(pk__in=report.question_ids).select_related("category"))


def _numeric_bounds(data: dict[str, Any]) -> dict[str, Any]:
    """Moodle XML writes a range as its middle and a tolerance: compare the bounds."""
    data = copy.deepcopy(data)
    for answer in data.get("answers", []):
        if "min" in answer:
            low, high = answer.pop("min"), answer.pop("max")
            answer["value"], answer["tolerance"] = (low + high) / 2, (high - low) / 2
        if "value" in answer:
            answer["low"] = round(answer["value"] - answer["tolerance"], 9)
            answer["high"] = round(answer["value"] + answer.pop("tolerance"), 9)
            answer.pop("value")
    return data


def _snapshot(question: Question, fmt: str) -> tuple[Any, ...]:
    data = question.data
    title = question.title
    if fmt == "moodlexml":
        data = _numeric_bounds(data)
        if question.type == QuestionType.SHORT_ANSWER:
            data = data | {"accents": "strict"}  # Moodle has no accent rule.
    return (question.type, title, question.text, question.text_format,
            question.general_feedback, question.general_feedback_format, data,
            question.category.path if question.category else None)  # fmt: skip


def _round_trip(questions: list[Question], fmt: str) -> list[Question]:
    bank = questions[0].bank
    export = bank_export(bank=bank, questions=questions, fmt=fmt)
    assert export.skipped == 0
    return _import(export.content, fmt, f"{bank.name} again")


@pytest.mark.parametrize("fmt", ["gift", "moodlexml"])
@pytest.mark.parametrize("name", VALID_CORPUS)
def test_corpus_bank_exported_and_imported_again_is_the_same(
    corpus_dir: Path, name: str, fmt: str
) -> None:
    original = _import((corpus_dir / name).read_bytes(), None, "Corpus")
    assert original, name

    again = _round_trip(original, fmt)

    before = sorted((_snapshot(q, fmt) for q in original), key=str)
    after = sorted((_snapshot(q, fmt) for q in again), key=str)
    if fmt == "moodlexml":
        # Moodle needs a name: an untitled question gets the start of its text.
        before = [s[:1] + ("",) + s[2:] for s in before]
        after = [s[:1] + ("",) + s[2:] for s in after]
        before, after = sorted(before, key=str), sorted(after, key=str)
    assert len(after) == len(before)
    assert after == before


@pytest.fixture
def teacher_bank() -> QuestionBank:
    bank = QuestionBank.objects.create(owner=make_user(role=Role.TEACHER), name="Español 1")
    make_question(bank=bank, type=QuestionType.ORDERING, text="")
    make_question(bank=bank, type=QuestionType.GAP_FILL, text="")
    drag = GAP_FILL | {
        "mode": "drag",
        "distractors": ["como"],
        "gaps": [{"id": "g1", "answers": ["hablo"]}, {"id": "g2", "answers": ["leo"]}],
    }
    make_question(bank=bank, type=QuestionType.GAP_FILL, data=drag, text="")
    make_question(bank=bank, type=QuestionType.DICTATION)
    make_question(bank=bank, type=QuestionType.LISTENING_CHOICE)
    return bank


def test_moodle_xml_keeps_ordering_and_gap_fill_and_counts_what_it_leaves_out(
    teacher_bank: QuestionBank,
) -> None:
    questions = list(teacher_bank.questions.all())

    export = bank_export(bank=teacher_bank, questions=questions, fmt="moodlexml")
    again = _import(export.content, "moodlexml", "Again")

    assert export.skipped == 2
    assert [q.type for q in again] == ["ordering", "gap_fill", "gap_fill"]
    assert again[0].data == ORDERING
    assert again[1].data == GAP_FILL
    assert (again[2].data["mode"], again[2].data["distractors"]) == ("drag", ["como"])
    assert [g["answers"] for g in again[2].data["gaps"]] == [["hablo"], ["leo"]]


def test_moodle_xml_has_what_moodle_needs_for_every_question(teacher_bank: QuestionBank) -> None:
    make_question(bank=teacher_bank, type=QuestionType.GAP_FILL, text="Complete.")

    export = bank_export(bank=teacher_bank, questions=list(teacher_bank.questions.all()),
                         fmt="moodlexml")  # fmt: skip

    assert export.content.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')
    quiz = fromstring(export.content)
    for question in quiz.iter("question"):
        assert question.find("name/text") is not None
        assert question.find("questiontext/text") is not None
    last = list(quiz.iter("question"))[-1]
    assert last.get("type") == "cloze"
    assert last.findtext("questiontext/text", "").startswith("Complete.\n\nYo {1:SA:=hablo}")


def test_gift_export_leaves_out_what_gift_cannot_hold_and_says_so(
    teacher_bank: QuestionBank,
) -> None:
    export = bank_export(bank=teacher_bank, questions=list(teacher_bank.questions.all()),
                         fmt="gift")  # fmt: skip

    assert export.skipped == 5
    assert "// 5 question(s) left out" in export.content.decode()


def test_export_endpoint_downloads_a_named_file(api_client: APIClient) -> None:
    teacher = make_user(role=Role.TEACHER)
    bank = QuestionBank.objects.create(owner=teacher, name="Verbos: presente")
    make_question(bank=bank, type=QuestionType.ORDERING)
    Question.objects.create(bank=bank, type="true_false", text="¿Sí?", data={"answer": True})
    api_client.force_authenticate(teacher)

    gift = api_client.get(f"/api/v1/question-banks/{bank.pk}/export?format=gift")
    xml = api_client.get(f"/api/v1/question-banks/{bank.pk}/export?format=moodlexml")
    bad = api_client.get(f"/api/v1/question-banks/{bank.pk}/export?format=csv")

    assert gift.status_code == 200
    assert gift["Content-Type"] == "text/plain; charset=utf-8"
    assert gift["Content-Disposition"] == 'attachment; filename="verbos-presente.gift.txt"'
    assert "¿Sí? {TRUE}" in gift.content.decode()
    assert xml["Content-Disposition"] == 'attachment; filename="verbos-presente.xml"'
    assert xml["Content-Type"] == "application/xml"
    assert b'<question type="ordering">' in xml.content
    assert xml["Glossa-Skipped-Questions"] == "0"
    assert (bad.status_code, list(bad.json()["fields"])) == (400, ["format"])


def test_export_of_a_russian_bank_name_keeps_it_in_the_file_name(api_client: APIClient) -> None:
    teacher = make_user(role=Role.TEACHER)
    bank = QuestionBank.objects.create(owner=teacher, name="Глаголы")
    make_question(bank=bank, type=QuestionType.DICTATION)
    api_client.force_authenticate(teacher)

    response = api_client.get(f"/api/v1/question-banks/{bank.pk}/export?format=gift")

    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''%D0%B3%D0%BB%D0%B0%D0%B3%D0%BE%D0%BB%D1%8B.gift.txt"
    )
    assert response["Glossa-Skipped-Questions"] == "1"
