"""Every real GIFT and Aiken file of the shared corpus, read as Moodle would read it.

Expected values are written by hand from the files; the ``.expected.json`` files next to
some of them are another parser's reading and are cross-checked for count, type and text.
"""

import json
import re
from pathlib import Path
from typing import Any

import pytest

from glossa.questions.parsing import ParsedQuestion, ParseResult
from glossa.questions.services import questions_parse
from glossa.questions.validators import question_data_errors


def parse(corpus_dir: Path, name: str) -> ParseResult:
    return questions_parse(source=(corpus_dir / name).read_bytes(), fmt=None)


def choices(question: ParsedQuestion) -> list[tuple[str, float]]:
    return [(a["text"], a["fraction"]) for a in question.data["answers"]]


def test_moodle_fixture_imports_every_type_with_feedback(corpus_dir: Path) -> None:
    result = parse(corpus_dir, "gift/moodle_questions.gift.txt")

    assert result.errors == []
    essay, match, single, multi, number, short, tf_false, tf_t, tf_true = result.questions
    assert (essay.type, essay.title, essay.text, essay.line) == ("essay", "Q8", "How are you?", 2)
    assert (match.type, match.text_format) == ("matching", "html")
    assert [(p["left_format"], p["right"]) for p in match.data["pairs"]] == [
        ("html", "Forum"),
        ("moodle", "Choice"),
        ("plain", "Database"),
        ("markdown", "Wiki"),
    ]
    assert match.data["distractors"] == ["Chat"]
    assert single.type == "single_choice"
    assert [(a["text"], a["format"], a["fraction"], a["feedback"], a["feedback_format"])
            for a in single.data["answers"]] == [
        ("yellow", "moodle", 1.0, "right; good!", "moodle"),
        ("red", "moodle", 0.0, "wrong, it's yellow", "html"),
        ("blue", "plain", 0.0, "wrong, it's yellow", "moodle"),
    ]  # fmt: skip
    assert multi.type == "multiple_choice"
    assert choices(multi) == [("yellow", 0.5), ("red", -1.0), ("off-beige", 0.5), ("blue", -1.0)]
    assert number.type == "numerical"
    assert number.text == "What is a number from 1 to 5?"
    assert [(a["value"], a["tolerance"]) for a in number.data["answers"]] == [(3.0, 2.0)]
    assert number.data["other_feedback"] == "Completely wrong"
    assert short.type == "short_answer"
    assert [(a["text"], a["fraction"], a["feedback"]) for a in short.data["answers"]] == [
        ("Frog", 1.0, "Good!"),
        ("Cat", 0.5, "What is it with Moodlers and cats?"),
        ("*", 0.0, "Completely wrong"),
    ]
    assert tf_false.text == "42 is the Absolute Answer to everything."
    assert tf_false.data["answer"] is False
    assert tf_false.data["feedback_incorrect"] == "42 is the Ultimate Answer."
    assert tf_false.data["feedback_correct"] == "You gave the right answer."
    assert tf_false.general_feedback == (
        "This is, of course, a Hitchiker's Guide to the Galaxy reference."
    )
    assert (tf_t.title, tf_t.data["answer"], tf_true.data["answer"]) == ("2-08 TSL", True, True)


def test_moodle_export_with_category_and_escaped_html(corpus_dir: Path) -> None:
    result = parse(corpus_dir, "gift/moodle_questions_in_category.gift.txt")

    assert result.errors == []
    assert result.categories == ["Default for New Features"]
    assert [q.type for q in result.questions] == [
        "matching",
        "single_choice",
        "short_answer",
        "true_false",
    ]
    assert {q.category for q in result.questions} == {"Default for New Features"}
    greeting = result.questions[1]
    assert greeting.text.startswith(
        '<a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3">Listen to this greeting:</a>'
    )
    assert choices(greeting) == [
        ("English", 0.0),
        ("French", 1.0),
        ("German", 0.0),
        ("Spanish", 0.0),
    ]
    user = result.questions[2]
    assert [(a["text"], a["fraction"], a["feedback"]) for a in user.data["answers"]] == [
        ("Moodler", 1.0, "")
    ]
    acronym = result.questions[3]
    assert acronym.text.endswith('<span style="font-style: italic;">Modular Object-Oriented '
                                 "Dynamic Learning Environment</span>.")  # fmt: skip
    assert acronym.data["answer"] is True


def test_moodle_reference_examples_all_import(corpus_dir: Path) -> None:
    result = parse(corpus_dir, "gift/moodle_examples.txt")

    assert result.errors == []
    by_type: dict[str, int] = {}
    for question in result.questions:
        by_type[question.type] = by_type.get(question.type, 0) + 1
    assert by_type == {
        "single_choice": 16,
        "short_answer": 9,
        "true_false": 5,
        "numerical": 8,
        "matching": 3,
        "multiple_choice": 2,
    }
    texts = {q.line: q for q in result.questions}
    assert texts[10].text == "Grant is _____ in Grant's tomb."
    assert texts[45].text == "Two plus two equals _____."
    assert choices(texts[45]) == [("four", 1.0), ("4", 1.0)]
    assert texts[74].data["answers"][0] | {"id": ""} == {
        "id": "", "min": 3.141, "max": 3.142, "fraction": 1.0, "feedback": "",
        "feedback_format": "moodle",
    }  # fmt: skip
    assert [(a["value"], a["tolerance"], a["fraction"]) for a in texts[76].data["answers"]] == [
        (1822.0, 0.0, 1.0),
        (1822.0, 2.0, 0.5),
    ]
    assert (texts[90].title, texts[90].text) == (
        "Kanji Origins",
        "Japanese characters originally\ncame from what country?",
    )
    assert texts[108].text_format == "markdown"
    assert choices(texts[117]) == [
        ("Jerusalem", 0.0),
        ("Bethlehem", 0.25),
        ("Galilee", 0.5),
        ("Nazareth", 1.0),
    ]
    assert choices(texts[136]) == [
        ("No one", -0.5),
        ("Grant", 0.5),
        ("Grant's wife", 0.5),
        ("Grant's father", -0.5),
    ]
    assert choices(texts[143]) == [("= 2 + 2", 0.0), ("= 2 + 3", 1.0), ("= 2 + 4", 0.0)]
    control = texts[148]
    assert [a["text"] for a in control.data["answers"]] == ["~", "=", "#", "{", "}", "\\"]
    assert control.data["answers"][5]["feedback"].startswith(
        "Correct! \\ (backslash) is not a control character. BUT,\n"
    )
    assert [p["right"] for p in texts[177].data["pairs"]] == ["Ottawa", "Rome", "Tokyo"]


def test_teacher_exam_with_five_accepted_short_answers(corpus_dir: Path) -> None:
    result = parse(corpus_dir, "gift/rgmf_redes_tema2.gift.txt")

    assert result.errors == []
    short, single, false, true = result.questions
    assert short.text.startswith("¿Qué nombre recibe un conjunto de equipos")
    assert choices(short) == [
        ("Red de ordenadores", 1.0),
        ("Red de computadores", 1.0),
        ("Red informática", 1.0),
        ("Red", 1.0),
        ("Redes", 1.0),
    ]
    assert choices(single)[0] == ("Corriente eléctrica", 1.0)
    assert (false.type, false.data["answer"], true.data["answer"]) == ("true_false", False, True)


def test_french_epidemiology_bank_keeps_nested_categories(corpus_dir: Path) -> None:
    result = parse(corpus_dir, "gift/rgiftparser_epidemiology_fr.gift")

    assert result.errors == []
    assert len(result.questions) == 39
    assert result.categories == [
        "IDEA/Alerte-Investigation",
        "IDEA/Schemas",
        "IDEA/Biostatistiques",
        "IDEA/Surveillance",
        "IDEA/Enquetes",
        "IDEA/EpidemiesVaccins",
        "IDEA/Environnement",
    ]
    first = result.questions[0]
    assert (first.title, first.text_format, first.category) == (
        "AI-taux_attaque",
        "html",
        "IDEA/Alerte-Investigation",
    )
    assert choices(first)[3] == ("40,0%", 1.0)
    signals = next(q for q in result.questions if q.title == "AI-types_signaux")
    assert signals.type == "multiple_choice"
    assert [a["fraction"] for a in signals.data["answers"]] == [
        0.3333333,
        0.3333333,
        0.3333333,
        -0.5,
        -0.5,
    ]
    assert (
        signals.data["answers"][1]["text"] == "Les signalements d’évènements sanitaires inhabituels"
    )


def test_numerical_file_reads_ranges_tolerances_and_html(corpus_dir: Path) -> None:
    result = parse(corpus_dir, "gift/pegjs_numerical1.gift")

    assert result.errors == []
    bounds = [
        [{k: v for k, v in a.items() if k in {"value", "tolerance", "min", "max"}}
         for a in q.data["answers"]]
        for q in result.questions
    ]  # fmt: skip
    assert bounds[:8] == [
        [{"value": 1822.0, "tolerance": 0.0}],
        [{"value": -1.0, "tolerance": 0.0}],
        [{"value": 3.1415, "tolerance": 0.0005}],
        [{"value": -3.142, "tolerance": 0.001}],
        [{"min": 3.141, "max": 3.142}],
        [{"min": -3.142, "max": -3.141}],
        [{"min": 1.0, "max": 5.0}],
        [{"min": -5.0, "max": 5.0}],
    ]
    grasp = result.questions[9]
    assert (grasp.title, grasp.text, grasp.text_format) == (
        "Combien de principes GRASP y a-t-il?",
        "<p>Combien de principes GRASP y a-t-il?</p>",
        "html",
    )
    assert [(a["value"], a["fraction"]) for a in grasp.data["answers"]] == [
        (5.0, 0.0),
        (9.0, 1.0),
        (23.0, 0.0),
    ]
    assert (
        'title="Gang des quatre" href="http://fr.wikipedia.org'
        in (grasp.data["answers"][2]["feedback"])
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param(
            "pegjs_descriptionTitleEscapedColon.gift",
            [("description", "Description Title:", ("You can use your pencil and paper for these "
              "next questions.")), ("true_false", "", "True or false?")],
            id="description-title-colon",
        ),
        pytest.param(
            "pegjs_escapeColon.gift",
            [("single_choice", "", "Specify the seasons:")],
            id="escape-colon",
        ),
        pytest.param(
            "pegjs_matching1.gift",
            [("matching", "", "Matching Question."),
             ("matching", "", "Match the following countries with their corresponding capitals.")],
            id="matching",
        ),
        pytest.param(
            "pegjs_multipleAnswersFloat.gift",
            [("multiple_choice", "", "Select all of the options below which name a continent:")],
            id="multiple-float",
        ),
        pytest.param(
            "pegjs_newlineAndLaTeX.gift", [("essay", "", "Blah\nblah $ 1 \\neq 0 $")], id="latex"
        ),
        pytest.param("pegjs_tag_id_and_two_tags.gift", [("essay", "", "Essay?")], id="tags"),
        pytest.param(
            "pegjs_type_inferred_multiline_markdown.gift",
            [("short_answer", "", "stem line1  \nstem line2")],
            id="multiline-markdown",
        ),
    ],
)  # fmt: skip
def test_small_gift_files_read_type_title_and_text(
    corpus_dir: Path, name: str, expected: list[tuple[str, str, str]]
) -> None:
    result = parse(corpus_dir, f"gift/{name}")

    assert result.errors == []
    assert [(q.type, q.title, q.text) for q in result.questions] == expected


def test_multiple_response_float_weights_add_up_to_full_credit(corpus_dir: Path) -> None:
    (question,) = parse(corpus_dir, "gift/pegjs_multipleAnswersFloat.gift").questions

    assert choices(question) == [
        ("Africa", 0.3333333),
        ("Asia", 0.3333333),
        ("China", -1.0),
        ("Antarctica", 0.3333333),
        ("America", -1.0),
    ]


def test_html_export_keeps_comment_newline_escapes_and_moodle_answers(corpus_dir: Path) -> None:
    (question,) = parse(corpus_dir, "gift/pegjs_mcHTMLComment.gift").questions

    assert question.text.startswith("<p>¿En qué supuestos podría el Fiscal")
    assert [(a["format"], a["fraction"]) for a in question.data["answers"]] == [
        ("moodle", 0.0),
        ("moodle", 0.0),
        ("moodle", 1.0),
    ]
    feedback = question.general_feedback
    assert feedback.startswith('<p><span style="color: #ff6600;"><strong>Artículo 5')
    assert "</p>\n<p><em>" in feedback
    assert "<!--<var>LE0000017566_20130224</var>-->" in feedback


def test_markdown_answers_keep_their_line_breaks(corpus_dir: Path) -> None:
    (question,) = parse(corpus_dir, "gift/pegjs_type_inferred_multiline_markdown.gift").questions

    assert [a["text"] for a in question.data["answers"]] == [
        "answer1 line1  \nanswer1 line2",
        "answer2 line1  \nanswer2 line2",
    ]
    assert question.text_format == "markdown"


@pytest.mark.parametrize(
    ("name", "line", "fragment"),
    [
        pytest.param("ethanou_error_missingCurly.gift", 1, "never closed", id="missing-curly"),
        pytest.param("ethanou_error_missingAnswer.gift", 2, "Correct Answer", id="missing-answer"),
    ],
)
def test_error_files_are_refused_with_the_right_line(
    corpus_dir: Path, name: str, line: int, fragment: str
) -> None:
    result = parse(corpus_dir, f"gift/{name}")

    assert result.questions == []
    assert [error.line for error in result.errors] == [line]
    assert fragment in result.errors[0].message


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


_PEGJS_TYPES = {
    "MC": {"single_choice", "multiple_choice"},
    "TF": {"true_false"},
    "Short": {"short_answer"},
    "Numerical": {"numerical"},
    "Matching": {"matching"},
    "Essay": {"essay"},
    "Description": {"description"},
}


def _expected_files() -> list[str]:
    from conftest import CORPUS_DIR

    return sorted(p.name for p in (CORPUS_DIR / "gift").glob("*.expected.json"))


@pytest.mark.parametrize("name", _expected_files())
def test_reading_agrees_with_pegjs_on_count_type_and_stem(corpus_dir: Path, name: str) -> None:
    expected: list[dict[str, Any]] = json.loads((corpus_dir / "gift" / name).read_text("utf-8"))
    result = parse(corpus_dir, "gift/" + name.replace(".expected.json", ".gift"))

    assert len(result.questions) == len(expected)
    for question, other in zip(result.questions, expected, strict=True):
        assert question.type in _PEGJS_TYPES[other["type"]]
        # pegjs puts a space after the missing-word blank ("_____ ."); Moodle does not.
        assert _squeeze(question.text) == _squeeze(other["stem"]["text"])
        assert question.text_format == other["stem"]["format"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param(
            "moodle_questions.aiken.txt",
            [
                ("The Moodle project was started by:", "Martin Dougiamas", 4),
                (('Moodle\'s abilities include handling user input that includes <html class="cool">'
                 " & images:"), "True", 2),
            ],
            id="moodle",
        ),
        pytest.param(
            "mood-c2a_example.aiken.txt",
            [
                ("What is the correct answer to this question?", "Possibly this one?", 3),
                ("Which LMS has the most quiz import formats?", "Moodle", 6),
            ],
            id="mixed-delimiters-no-final-newline",
        ),
        pytest.param(
            "fisdap_example.aiken.txt",
            [
                ("17090 - Is this the first question?", "YES!", 4),
                ("17094 - Is this the second question?", "yes", 4),
                ("17095 - Last question, did you like Star Wars?", "Storm Trooper!", 4),
            ],
            id="crlf-numeric-prefix",
        ),
    ],
)  # fmt: skip
def test_aiken_files_import_as_single_choice(
    corpus_dir: Path, name: str, expected: list[tuple[str, str, int]]
) -> None:
    result = parse(corpus_dir, f"aiken/{name}")

    assert (result.format, result.errors) == ("aiken", [])
    assert {q.type for q in result.questions} == {"single_choice"}
    assert {q.text_format for q in result.questions} == {"plain"}
    assert [
        (
            q.text,
            next(a["text"] for a in q.data["answers"] if a["fraction"] == 1),
            len(q.data["answers"]),
        )
        for q in result.questions
    ] == expected


def test_every_corpus_question_has_data_its_type_can_grade(corpus_dir: Path) -> None:
    files = [*(corpus_dir / "gift").iterdir(), *(corpus_dir / "aiken").iterdir()]
    questions = [
        question
        for path in files
        if "error_" not in path.name and path.suffix != ".json"
        for question in questions_parse(source=path.read_bytes(), fmt=None).questions
    ]

    assert len(questions) == 126
    assert {q.line: question_data_errors(q.type, q.data) for q in questions if
            question_data_errors(q.type, q.data)} == {}  # fmt: skip
