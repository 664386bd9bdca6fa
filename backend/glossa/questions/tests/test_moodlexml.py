"""Moodle XML import: every mapped type, line-numbered errors, hostile XML, the command and
the web import."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from glossa.accounts.models import User
from glossa.questions.grading import grade
from glossa.questions.models import Question
from glossa.questions.moodlexml import parse_moodle_xml
from glossa.questions.validators import question_data_errors

FIXTURES = Path(__file__).parent / "fixtures"
EVERY_TYPE = FIXTURES / "every_type.moodle.xml"


def _parse(xml: str) -> object:
    return parse_moodle_xml(xml.encode())


def test_every_mapped_type_is_read_with_its_line_and_category() -> None:
    result = parse_moodle_xml(EVERY_TYPE.read_bytes())

    assert [(q.line, q.type, q.title) for q in result.questions] == [
        (9, "single_choice", "Hola"),
        (38, "multiple_choice", "Saludos"),
        (59, "true_false", "Madrid"),
        (79, "short_answer", "Gracias"),
        (105, "numerical", "Semana"),
        (129, "matching", "Números"),
        (156, "essay", "Sobre mí"),
        (165, "description", "Lee"),
        (173, "ordering", "Orden"),
        (194, "gap_fill", "Arrastrar"),
        (216, "gap_fill", "Huecos"),
    ]
    assert result.categories == ["Español/Saludos", "Español/Números"]
    assert [q.category for q in result.questions][:5] == ["Español/Saludos"] * 4 + [
        "Español/Números"
    ]
    assert [(e.line, e.message) for e in result.errors] == [
        (224, "Moodle questions of type “calculated” cannot be imported.")
    ]
    for question in result.questions:
        assert question_data_errors(question.type, question.data) == [], question.title


def test_types_keep_what_grading_needs() -> None:
    by_title = {q.title: q for q in parse_moodle_xml(EVERY_TYPE.read_bytes()).questions}

    single = by_title["Hola"]
    assert (single.text, single.text_format, single.general_feedback) == (
        "<p>¿Qué significa «hola»?</p>", "html", "Hola is hello."
    )  # fmt: skip
    assert [(a["text"], a["fraction"], a["feedback"]) for a in single.data["answers"]] == [
        ("hello", 1.0, "¡Sí!"), ("goodbye", 0.0, "")
    ]  # fmt: skip
    assert [a["fraction"] for a in by_title["Saludos"].data["answers"]] == [0.5, 0.5, -1.0]
    assert by_title["Madrid"].data | {} == {
        "answer": True, "feedback_correct": "Right.", "feedback_correct_format": "moodle",
        "feedback_incorrect": "It is.", "feedback_incorrect_format": "moodle",
    }  # fmt: skip
    assert by_title["Gracias"].data["case_sensitive"] is True
    assert by_title["Semana"].data["other_feedback"] == "Count again."
    assert by_title["Números"].data["distractors"] == ["three"]
    assert by_title["Orden"].data == {
        "items": [{"id": "i1", "text": "Yo"}, {"id": "i2", "text": "hablo"},
                  {"id": "i3", "text": "español"}], "unit": "word",
    }  # fmt: skip
    drag = by_title["Arrastrar"].data
    assert (drag["text"], drag["mode"], drag["distractors"]) == (
        "Yo [[g1]] español y [[g2]] francés.", "drag", ["como"]
    )  # fmt: skip
    cloze = by_title["Huecos"].data
    assert cloze["text"] == "Ella [[g1]] pan y [[g2]] agua."
    assert cloze["gaps"] == [
        {"id": "g1", "answers": ["come"]},
        {"id": "g2", "answers": ["bebe", "toma"]},
    ]


@pytest.mark.parametrize(
    ("question", "message"),
    [
        pytest.param('<question type="multichoice"><questiontext><text>Q</text></questiontext>'
                     '<answer fraction="50"><text>a</text></answer>'
                     '<answer fraction="0"><text>b</text></answer></question>',
                     "must be worth 100%", id="single-without-right-answer"),
        pytest.param('<question type="truefalse"><questiontext><text>Q</text></questiontext>'
                     '<answer fraction="100"><text>true</text></answer></question>',
                     "“true” and a “false”", id="truefalse-one-answer"),
        pytest.param('<question type="shortanswer"><questiontext><text>Q</text></questiontext>'
                     '<answer fraction="abc"><text>a</text></answer></question>',
                     "not a number", id="bad-fraction"),
        pytest.param('<question type="numerical"><questiontext><text>Q</text></questiontext>'
                     '<answer fraction="100"><text>seven</text></answer></question>',
                     "seven is not a number", id="bad-number"),
        pytest.param('<question type="essay"><questiontext><text> </text></questiontext></question>',
                     "no text", id="no-text"),
        pytest.param('<question type="cloze"><questiontext><text>A {1:MULTICHOICE:=x~y} b'
                     '</text></questiontext></question>', "MULTICHOICE", id="cloze-menu"),
        pytest.param('<question type="ddwtos"><questiontext><text>A [[3]]</text></questiontext>'
                     '<dragbox><text>x</text></dragbox></question>', "option number", id="gap-no-option"),
        pytest.param('<question type="random"><questiontext><text>0</text></questiontext></question>',
                     "“random”", id="random"),
    ],
)  # fmt: skip
def test_invalid_question_is_an_error_at_its_line_and_the_next_one_is_read(
    question: str, message: str
) -> None:
    valid = '<question type="essay"><questiontext><text>Fine</text></questiontext></question>'
    xml = f'<?xml version="1.0"?>\n<quiz>\n{question}\n{valid}\n</quiz>'

    result = parse_moodle_xml(xml.encode())

    assert [error.line for error in result.errors] == [3]
    assert message in result.errors[0].message
    assert [q.line for q in result.questions] == [4]


@pytest.mark.parametrize(
    ("xml", "line", "fragment"),
    [
        pytest.param("<quiz><question>", 1, "not well-formed", id="truncated"),
        pytest.param("<?xml version='1.0'?>\n<html></html>", 1, "<quiz>", id="not-a-quiz"),
        pytest.param(
            '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
            '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n'
            "<quiz><question type=\"essay\"><questiontext><text>&lol2;</text></questiontext>"
            "</question></quiz>",
            0, "DTD", id="billion-laughs",
        ),
        pytest.param(
            '<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
            "<quiz><question type=\"essay\"><questiontext><text>&xxe;</text></questiontext>"
            "</question></quiz>",
            0, "DTD", id="xxe",
        ),
    ],
)  # fmt: skip
def test_hostile_or_broken_xml_is_refused_without_expanding_anything(
    xml: str, line: int, fragment: str
) -> None:
    result = parse_moodle_xml(xml.encode())

    assert result.questions == []
    assert [error.line for error in result.errors] == [line]
    assert fragment in result.errors[0].message
    assert "root:" not in result.errors[0].message


def test_legacy_encoding_declared_in_the_file_is_honoured() -> None:
    xml = ('<?xml version="1.0" encoding="windows-1251"?>\n<quiz><question type="essay">'
           "<questiontext><text>Расскажите о себе.</text></questiontext></question></quiz>")  # fmt: skip

    result = parse_moodle_xml(xml.encode("cp1251"))

    assert result.questions[0].text == "Расскажите о себе."


def test_imported_gap_fill_grades() -> None:
    by_title = {q.title: q for q in parse_moodle_xml(EVERY_TYPE.read_bytes()).questions}
    parsed = by_title["Huecos"]
    question = Question(pk=1, type=parsed.type, text="", data=parsed.data)

    result = grade(question, {"gaps": {"g1": "come", "g2": "toma"}})

    assert result.status == "correct"


# --- the command and the web import -------------------------------------------------------


def _run(*args: str) -> tuple[dict[str, object], bool]:
    out = StringIO()
    try:
        call_command("import_questions", *args, "--json", stdout=out, stderr=StringIO())
    except CommandError:
        return json.loads(out.getvalue()), False
    return json.loads(out.getvalue()), True


@pytest.mark.django_db
def test_command_imports_moodle_xml_with_the_gift_contract() -> None:
    body, ok = _run(str(EVERY_TYPE), "--format", "moodlexml", "--skip-invalid")

    assert ok
    assert set(body) == {"format", "questions", "by_type", "categories", "errors"}
    assert (body["format"], body["questions"]) == ("moodlexml", 11)
    assert body["by_type"] == {
        "single_choice": 1, "multiple_choice": 1, "true_false": 1, "short_answer": 1,
        "numerical": 1, "matching": 1, "essay": 1, "description": 1, "ordering": 1, "gap_fill": 2,
    }  # fmt: skip
    assert body["errors"] == [
        {"line": 224, "message": "Moodle questions of type “calculated” cannot be imported."}
    ]
    assert Question.objects.count() == 11


@pytest.mark.django_db
def test_command_detects_moodle_xml_and_is_all_or_nothing() -> None:
    body, ok = _run(str(EVERY_TYPE))

    assert not ok
    assert body["format"] == "moodlexml"
    assert Question.objects.count() == 0


@pytest.mark.django_db
def test_web_import_accepts_format_moodlexml(api_client: APIClient, teacher: User) -> None:
    api_client.force_authenticate(teacher)
    upload = SimpleUploadedFile("quiz.xml", EVERY_TYPE.read_bytes(), content_type="text/xml")

    response = api_client.post(
        "/api/v1/question-banks/import",
        {"file": upload, "format": "moodlexml", "bank": "Moodle", "skip_invalid": True},
        format="multipart",
    )

    assert response.status_code == 201
    assert response.json()["format"] == "moodlexml"
    assert len(response.json()["question_ids"]) == 11
