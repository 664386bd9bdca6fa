"""Table-driven tests of the GIFT reader, one construct at a time (Moodle is the reference)."""

from typing import Any

import pytest

from glossa.questions.gift import parse_gift
from glossa.questions.parsing import ParsedQuestion, decode_source


def only(source: str) -> ParsedQuestion:
    result = parse_gift(decode_source(source))
    assert result.errors == []
    assert len(result.questions) == 1
    return result.questions[0]


def answers(question: ParsedQuestion, *keys: str) -> list[tuple[Any, ...]]:
    return [tuple(answer[key] for key in keys) for answer in question.data["answers"]]


@pytest.mark.parametrize(
    ("source", "expected_type"),
    [
        pytest.param("Who?{~Grant ~Jefferson =no one}", "single_choice", id="single-choice"),
        pytest.param("Pick two {~%50%a ~%50%b ~c}", "multiple_choice", id="multiple-response"),
        pytest.param("Grant is dead.{T}", "true_false", id="T"),
        pytest.param("Grant is dead.{TRUE}", "true_false", id="TRUE"),
        pytest.param("Grant is dead.{F}", "true_false", id="F"),
        pytest.param("Grant is dead.{FALSE}", "true_false", id="FALSE"),
        pytest.param("Who?{=no one =nobody}", "short_answer", id="short-answer"),
        pytest.param("Year?{#1822:5}", "numerical", id="numerical"),
        pytest.param("Match {=a -> 1 =b -> 2}", "matching", id="matching"),
        pytest.param("Write an essay.{}", "essay", id="essay"),
        pytest.param("Essay with feedback.{####Think about it.}", "essay", id="essay-feedback"),
        pytest.param("Just some text.", "description", id="description"),
    ],
)
def test_type_is_detected_like_moodle_when_reading_answer_block(
    source: str, expected_type: str
) -> None:
    assert only(source).type == expected_type


def test_missing_word_keeps_blank_when_block_is_inside_text() -> None:
    question = only("Grant is {~buried =entombed ~living} in Grant's tomb.")

    assert question.text == "Grant is _____ in Grant's tomb."
    assert answers(question, "text", "fraction") == [
        ("buried", 0.0),
        ("entombed", 1.0),
        ("living", 0.0),
    ]


def test_text_has_no_blank_when_block_ends_question() -> None:
    assert only("Who's buried in Grant's tomb?{=no one}").text == "Who's buried in Grant's tomb?"


def test_true_false_text_with_escaped_equals_imports_as_one_question() -> None:
    question = only("1+1\\=2{T}")

    assert question.type == "true_false"
    assert question.text == "1+1=2"
    assert question.data["answer"] is True


@pytest.mark.parametrize(
    ("source", "text"),
    [
        pytest.param("a \\~ b{}", "a ~ b", id="tilde"),
        pytest.param("a \\= b{}", "a = b", id="equals"),
        pytest.param("a \\# b{}", "a # b", id="hash"),
        pytest.param("a \\{ b \\}{}", "a { b }", id="braces"),
        pytest.param("a\\: b{}", "a: b", id="colon"),
        pytest.param("line one\\nline two{}", "line one\nline two", id="newline"),
        pytest.param("back \\\\ slash{}", "back \\ slash", id="backslash"),
        pytest.param("TeX $1 \\\\neq 0${}", "TeX $1 \\neq 0$", id="backslash-before-n"),
    ],
)
def test_escapes_become_literal_characters_when_in_question_text(source: str, text: str) -> None:
    assert only(source).text == text


def test_escapes_work_in_titles_answers_and_feedback() -> None:
    question = only("::Title\\: a \\{b\\}::Which? {=x \\= 1 # yes \\# one ~y \\~ 2 #no}")

    assert question.title == "Title: a {b}"
    assert answers(question, "text", "feedback") == [("x = 1", "yes # one"), ("y ~ 2", "no")]


def test_title_is_read_and_removed_from_text() -> None:
    question = only("::Kanji Origins::Japanese characters originally\ncame from? {=China}")

    assert question.title == "Kanji Origins"
    assert question.text == "Japanese characters originally\ncame from?"


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        pytest.param("[html]", "html", id="html"),
        pytest.param("[markdown]", "markdown", id="markdown"),
        pytest.param("[plain]", "plain", id="plain"),
        pytest.param("[moodle]", "moodle", id="moodle"),
        pytest.param("", "moodle", id="default"),
    ],
)
def test_text_format_marker_sets_format_and_is_stripped(prefix: str, expected: str) -> None:
    question = only(f"::T::{prefix}Who is *he*?{{=x#[html]<b>yes</b>}}")

    assert (question.text, question.text_format) == ("Who is *he*?", expected)
    assert question.general_feedback_format == expected
    assert answers(question, "feedback", "feedback_format") == [("<b>yes</b>", "html")]


def test_unknown_format_marker_stays_in_text() -> None:
    assert only("[latex]x{}").text == "[latex]x"


def test_per_answer_feedback_and_general_feedback_are_kept() -> None:
    question = only("Q{\n=right#Well done.\n~wrong#Not this one.\n####[html]<p>General.</p>}")

    assert answers(question, "text", "feedback") == [
        ("right", "Well done."),
        ("wrong", "Not this one."),
    ]
    assert question.general_feedback == "<p>General.</p>"
    assert question.general_feedback_format == "html"


def test_weights_negative_and_float_are_read_as_fractions() -> None:
    question = only("Q{~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d ~%-50%e}")

    assert question.type == "multiple_choice"
    assert answers(question, "fraction") == [
        (0.3333333,),
        (0.3333333,),
        (0.3333333,),
        (-1.0,),
        (-0.5,),
    ]


def test_weighted_wrong_answers_with_one_right_answer_stay_single_choice() -> None:
    question = only("Difficult.{~wrong ~%50%half credit =full credit}")

    assert question.type == "single_choice"
    assert answers(question, "fraction") == [(0.0,), (0.5,), (1.0,)]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param("{#1822}", [{"value": 1822.0, "tolerance": 0.0}], id="exact"),
        pytest.param("{#-1}", [{"value": -1.0, "tolerance": 0.0}], id="negative"),
        pytest.param("{#3.1415:0.0005}", [{"value": 3.1415, "tolerance": 0.0005}], id="tol"),
        pytest.param("{#3.141..3.142}", [{"min": 3.141, "max": 3.142}], id="range"),
        pytest.param("{#-3.142..-3.141}", [{"min": -3.142, "max": -3.141}], id="neg-range"),
        pytest.param("{#3,5:0,5}", [{"value": 3.5, "tolerance": 0.5}], id="decimal-comma"),
    ],
)
def test_numerical_answers_keep_value_tolerance_or_range(
    source: str, expected: list[dict[str, float]]
) -> None:
    question = only(f"Number?{source}")

    keys = ["min", "max"] if "min" in expected[0] else ["value", "tolerance"]
    assert [{k: a[k] for k in keys} for a in question.data["answers"]] == expected


def test_numerical_with_several_weighted_answers_and_wrong_feedback() -> None:
    question = only("Born? {#\n=1822:0#Exact.\n=%50%1822:2#Close.\n~#Far off.}")

    assert answers(question, "value", "tolerance", "fraction", "feedback") == [
        (1822.0, 0.0, 1.0, "Exact."),
        (1822.0, 2.0, 0.5, "Close."),
    ]
    assert question.data["other_feedback"] == "Far off."


def test_short_answer_has_weights_feedback_wildcard_and_strict_accents() -> None:
    question = only("Best animal?{=Frog#Good! =%50%Cat#Hmm. =%0%*#Wrong.}")

    assert answers(question, "text", "fraction", "feedback") == [
        ("Frog", 1.0, "Good!"),
        ("Cat", 0.5, "Hmm."),
        ("*", 0.0, "Wrong."),
    ]
    assert question.data["accents"] == "strict"
    assert question.data["case_sensitive"] is False


def test_matching_pairs_keep_formats_and_empty_left_is_distractor() -> None:
    question = only("Match {\n=[html]<b>Forum</b> -> talk\n=Wiki->edit\n= -> chat\n}")

    assert question.data == {
        "pairs": [
            {"id": "a1", "left": "<b>Forum</b>", "left_format": "html", "right": "talk"},
            {"id": "a2", "left": "Wiki", "left_format": "moodle", "right": "edit"},
        ],
        "distractors": ["chat"],
    }


def test_true_false_feedback_follows_moodle_wrong_then_right_order() -> None:
    question = only("42 is it.{FALSE#Shown to a wrong answer.#Shown to a right answer.}")

    assert question.data["answer"] is False
    assert question.data["feedback_incorrect"] == "Shown to a wrong answer."
    assert question.data["feedback_correct"] == "Shown to a right answer."


def test_category_applies_to_following_questions_and_strips_moodle_context() -> None:
    result = parse_gift(
        "$CATEGORY: $course$/top/IDEA/Epidemiology\n\nQ1{T}\n\n$CATEGORY: Other//Misc\nQ2{F}\n"
    )

    assert result.errors == []
    assert result.categories == ["IDEA/Epidemiology", "Other/Misc"]
    assert [q.category for q in result.questions] == ["IDEA/Epidemiology", "Other/Misc"]
    assert [q.line for q in result.questions] == [3, 6]


def test_comments_and_metadata_lines_are_ignored() -> None:
    result = parse_gift("// [id:393]\n// [tag:fred]\nEssay?{}\n// trailing comment\n")

    assert [(q.type, q.text, q.line) for q in result.questions] == [("essay", "Essay?", 3)]


def test_crlf_bom_and_blank_lines_separate_questions() -> None:
    result = parse_gift(decode_source("\ufeffQ1{T}\r\n\r\n\r\nQ2\r\n{F}\r\n".encode()))

    assert [(q.text, q.line) for q in result.questions] == [("Q1", 1), ("Q2", 4)]


def test_stray_php_quote_after_closing_brace_is_tolerated() -> None:
    question = only('::Q5:: What is a number from 1 to 5? {#3:2~#Completely wrong}";')

    assert question.text == "What is a number from 1 to 5?"
    assert question.type == "numerical"


def test_feedback_continues_on_following_lines() -> None:
    question = only("Q{\n~a # first\n   line two\n=b # ok}")

    assert answers(question, "feedback") == [("first\nline two",), ("ok",)]


@pytest.mark.parametrize(
    ("source", "line", "fragment"),
    [
        pytest.param("Text\nA single line scope {", 2, "never closed", id="unterminated"),
        pytest.param("Q }", 1, "closes no answer block", id="stray-close"),
        pytest.param("Q {=a {=b}", 1, "opened again", id="nested"),
        pytest.param("Q {=a ~b}\nthen {=c}", 2, "only one answer block", id="two-blocks"),
        pytest.param(
            "Q {\n  right\n  ~wrong\n  ~wrong\n}", 2, "must start with =", id="mc-no-prefix"
        ),
        pytest.param("Q {~a}", 1, "at least two answers", id="mc-one-answer"),
        pytest.param("Q {=%50%a ~b}", 1, "worth 100%", id="single-no-full"),
        pytest.param("Q {~%abc%a ~b =c}", 1, "must be a percentage", id="bad-weight"),
        pytest.param("Q {~%150%a =b}", 1, "outside", id="weight-too-big"),
        pytest.param("Q {~%50%a ~b ~c}", 1, "add up to 100%", id="mr-under-100"),
        pytest.param("Q {=a -> 1\n=b}", 2, "needs ->", id="match-no-arrow"),
        pytest.param("Q {=a -> 1 =b ->}", 1, "no answer", id="match-empty-right"),
        pytest.param("Q {#abc}", 1, "is not a number", id="numerical-nan"),
        pytest.param("Q {#\n=1\n=%50%x..2}", 3, "is not a number", id="numerical-bad-range"),
        pytest.param("Q {#=%50%1}", 1, "worth 100%", id="numerical-no-full"),
        pytest.param("Q {=%50%a =%20%b}", 1, "worth 100%", id="short-no-full"),
        pytest.param("::T::{=a ~b}", 1, "no text", id="empty-text"),
    ],
)
def test_invalid_question_is_refused_with_its_line(source: str, line: int, fragment: str) -> None:
    result = parse_gift("// header\n\n" + source)

    assert result.questions == []
    assert len(result.errors) == 1
    assert result.errors[0].line == line + 2
    assert fragment in result.errors[0].message


def test_errors_do_not_hide_the_valid_questions_around_them() -> None:
    result = parse_gift("Q1{T}\n\nBroken {=a\n\nQ3{F}\n\nAlso broken }\n")

    assert [q.text for q in result.questions] == ["Q1", "Q3"]
    assert [e.line for e in result.errors] == [3, 7]


def test_comment_options_set_accent_and_case_rules_of_short_answers() -> None:
    result = parse_gift(
        "// [accents:partial]\n\n"
        "Q1{=café}\n\n"
        "// [accents:accept] [case:sensitive]\nQ2{=Café}\n\n"
        "Q3{=été}\n\n"
        "// [accents:strict]\nQ4{T}\n"
    )

    assert result.errors == []
    assert [(q.data.get("accents"), q.data.get("case_sensitive")) for q in result.questions] == [
        ("partial", False),
        ("accept", True),
        ("partial", False),
        (None, None),
    ]


def test_unknown_option_value_is_an_error_with_its_line() -> None:
    result = parse_gift("Q0{T}\n\n// [accents:loose]\nQ{=x}\n")

    assert [e.line for e in result.errors] == [3]
    assert "accept, partial, strict" in result.errors[0].message
    assert result.questions[1].data["accents"] == "strict"
