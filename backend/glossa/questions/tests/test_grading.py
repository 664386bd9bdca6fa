"""Grading of every question type (issue 2, step 5), on unsaved questions."""

from typing import Any

import pytest
from django.utils import translation

from glossa.questions.gift import parse_gift
from glossa.questions.grading import Grade, grade
from glossa.questions.models import Question


def gift(source: str, **data: Any) -> Question:
    (parsed,) = parse_gift(source).questions
    question = Question(
        type=parsed.type,
        text=parsed.text,
        text_format=parsed.text_format,
        general_feedback=parsed.general_feedback,
        general_feedback_format=parsed.general_feedback_format,
        data=parsed.data | data,
    )
    question.pk = 1
    return question


def outcome(result: Grade) -> tuple[str, float]:
    return result.status, result.credit


# --- short answer ------------------------------------------------------------------------

CAFE = "Coffee in French?{=café}"
NFD_CAFE = "cafe\u0301"


@pytest.mark.parametrize(
    ("accents", "response", "expected"),
    [
        pytest.param("strict", "café", ("correct", 1.0), id="strict-exact"),
        pytest.param("strict", NFD_CAFE, ("correct", 1.0), id="strict-decomposed-equals-composed"),
        pytest.param("strict", "cafe", ("incorrect", 0.0), id="strict-missing-accent"),
        pytest.param("accept", "cafe", ("correct", 1.0), id="accept-missing-accent"),
        pytest.param("accept", "cafè", ("correct", 1.0), id="accept-wrong-accent"),
        pytest.param("partial", "café", ("correct", 1.0), id="partial-exact"),
        pytest.param("partial", NFD_CAFE, ("correct", 1.0), id="partial-decomposed"),
        pytest.param("partial", "cafe", ("partial", 0.5), id="partial-missing-accent"),
        pytest.param("partial", "tea", ("incorrect", 0.0), id="partial-wrong-word"),
    ],
)
def test_short_answer_accents_follow_the_question_rule(
    accents: str, response: str, expected: tuple[str, float]
) -> None:
    question = gift(CAFE, accents=accents)

    assert outcome(grade(question, {"text": response})) == expected


def test_composed_answer_matches_decomposed_response_and_back() -> None:
    decomposed_key = gift("Q{=cafe\u0301}")

    assert outcome(grade(decomposed_key, {"text": "café"})) == ("correct", 1.0)
    assert outcome(grade(gift(CAFE), {"text": NFD_CAFE})) == ("correct", 1.0)


def test_partial_accent_credit_is_taken_from_the_question() -> None:
    question = gift(CAFE, accents="partial", accent_credit=0.25)

    assert outcome(grade(question, {"text": "cafe"})) == ("partial", 0.25)


@pytest.mark.parametrize(
    "response",
    ["no one", "  No   One ", "NO ONE", "no\tone\n", "\u00a0no one"],
)
def test_short_answer_ignores_case_and_extra_whitespace(response: str) -> None:
    assert outcome(grade(gift("Who?{=no one}"), {"text": response})) == ("correct", 1.0)


@pytest.mark.parametrize("response", ["l'information", "l\u2019information", "L\u02bcinformation"])
def test_typographic_and_plain_apostrophes_are_equal(response: str) -> None:
    question = gift("Q{=l\u2019information}")

    assert outcome(grade(question, {"text": response})) == ("correct", 1.0)


def test_case_sensitive_question_refuses_other_case() -> None:
    question = gift("Capital of Germany?{=Berlin}", case_sensitive=True)

    assert outcome(grade(question, {"text": "berlin"})) == ("incorrect", 0.0)
    assert outcome(grade(question, {"text": " Berlin "})) == ("correct", 1.0)


def test_several_accepted_answers_each_give_their_own_credit_and_feedback() -> None:
    question = gift(
        "Hometown?{=Nazareth#Yes! =%75%Nazereth#Misspelled. =%25%Bethlehem#Born there.}"
    )

    right = grade(question, {"text": "nazareth"})
    misspelled = grade(question, {"text": "Nazereth"})
    born = grade(question, {"text": "Bethlehem"})

    assert outcome(right) == ("correct", 1.0)
    assert (outcome(misspelled), misspelled.feedback_html) == (
        ("partial", 0.75),
        "<div>Misspelled.</div>",
    )
    assert outcome(born) == ("partial", 0.25)
    assert right.expected == "Nazareth"


def test_best_credit_wins_when_several_answers_match() -> None:
    question = gift("Q{=%50%*ing =%100%running}")

    assert outcome(grade(question, {"text": "running"})) == ("correct", 1.0)
    assert outcome(grade(question, {"text": "jumping"})) == ("partial", 0.5)


def test_wildcard_matches_any_text_and_escaped_star_is_literal() -> None:
    catch_all = gift("Best animal?{=Frog#Good! =%0%*#Completely wrong}")
    literal = gift("Q{=a\\\\*b}")

    wrong = grade(catch_all, {"text": "dog"})
    assert (outcome(wrong), wrong.feedback_html) == (
        ("incorrect", 0.0),
        "<div>Completely wrong</div>",
    )
    assert outcome(grade(literal, {"text": "a*b"})) == ("correct", 1.0)
    assert outcome(grade(literal, {"text": "axxb"})) == ("incorrect", 0.0)


# --- choice ------------------------------------------------------------------------------

MULTI = "Q{~%50%Grant ~%50%Grant's wife ~%-50%No one ~%-100%Grant's father}"


@pytest.mark.parametrize(
    ("picked", "expected"),
    [
        pytest.param(["a1", "a2"], ("correct", 1.0), id="both-right"),
        pytest.param(["a1"], ("partial", 0.5), id="one-right"),
        pytest.param(["a1", "a2", "a3"], ("partial", 0.5), id="penalty"),
        pytest.param(["a1", "a4"], ("incorrect", 0.0), id="penalty-clamped-to-zero"),
        pytest.param([], ("incorrect", 0.0), id="nothing"),
        pytest.param(["a1", "a1", "a2"], ("correct", 1.0), id="duplicates-count-once"),
    ],
)
def test_multiple_choice_adds_fractions_and_clamps(
    picked: list[str], expected: tuple[str, float]
) -> None:
    assert outcome(grade(gift(MULTI), {"choices": picked})) == expected


def test_multiple_choice_with_thirds_gives_full_credit_for_all_right() -> None:
    question = gift("Q{~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d}")

    assert outcome(grade(question, {"choices": ["a1", "a2", "a3"]})) == ("correct", 1.0)
    assert grade(question, {"choices": ["a1"]}).credit == pytest.approx(0.3333333)


def test_single_choice_gives_the_chosen_answer_credit_and_feedback() -> None:
    question = gift("Q{~wrong#No. ~%50%half#Almost. =right#Yes.####See page 4.}")

    half = grade(question, {"choice": "a2"})
    assert outcome(half) == ("partial", 0.5)
    assert half.feedback_html == "<div>Almost.</div><div>See page 4.</div>"
    assert half.expected == "right"
    assert outcome(grade(question, {"choice": "a3"})) == ("correct", 1.0)
    assert outcome(grade(question, {"choice": "a1"})) == ("incorrect", 0.0)


def test_true_false_shows_the_feedback_for_right_or_wrong() -> None:
    question = gift("42 is it.{FALSE#Wrong, sorry.#Right!}")

    right = grade(question, {"value": False})
    wrong = grade(question, {"value": True})
    assert (outcome(right), right.feedback_html) == (("correct", 1.0), "<div>Right!</div>")
    assert (outcome(wrong), wrong.feedback_html) == (("incorrect", 0.0), "<div>Wrong, sorry.</div>")
    assert right.expected == "False"


# --- numerical ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "value", "expected"),
    [
        pytest.param("{#1822:5}", 1826, ("correct", 1.0), id="inside-tolerance"),
        pytest.param("{#1822:5}", 1827, ("correct", 1.0), id="tolerance-edge"),
        pytest.param("{#1822:5}", 1828, ("incorrect", 0.0), id="outside-tolerance"),
        pytest.param("{#3.141..3.142}", 3.1415, ("correct", 1.0), id="inside-range"),
        pytest.param("{#3.141..3.142}", 3.143, ("incorrect", 0.0), id="outside-range"),
        pytest.param("{#0.3}", 0.1 + 0.2, ("correct", 1.0), id="float-rounding"),
        pytest.param("{#=1822:0 =%50%1822:2}", 1822, ("correct", 1.0), id="best-of-several"),
        pytest.param("{#=1822:0 =%50%1822:2}", 1823, ("partial", 0.5), id="partial-answer"),
        pytest.param("{#-5..5}", "-2,5", ("correct", 1.0), id="decimal-comma-string"),
    ],
)
def test_numerical_accepts_values_within_tolerance_or_range(
    source: str, value: object, expected: tuple[str, float]
) -> None:
    assert outcome(grade(gift(f"Q{source}"), {"value": value})) == expected


def test_numerical_shows_wrong_answer_feedback_and_expected_value() -> None:
    question = gift("Q{#3:2~#Completely wrong}")

    result = grade(question, {"value": 10})
    assert (outcome(result), result.feedback_html) == (
        ("incorrect", 0.0),
        "<div>Completely wrong</div>",
    )
    assert result.expected == "3 ± 2"


@pytest.mark.parametrize(
    ("language", "expected"),
    [pytest.param("en", "2.5 ± 0.5 / 4.5..5.5", id="en"),
     pytest.param("ru", "2,5 ± 0,5 / 4,5..5,5", id="ru")],
)  # fmt: skip
def test_numerical_expected_value_written_with_the_languages_decimal_separator(
    language: str, expected: str
) -> None:
    question = gift("Q{#=2.5:0.5 =4.5..5.5}")

    with translation.override(language):
        result = grade(question, {"value": 10})

    assert result.expected == expected


# --- matching, essay, description --------------------------------------------------------


def test_matching_credit_is_the_share_of_right_pairs() -> None:
    question = gift("Match {=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo = -> Paris}")

    # Choices: c1 Ottawa, c2 Rome, c3 Tokyo, c4 Paris (the distractor).
    assert outcome(grade(question, {"pairs": {"a1": "c1", "a2": "c2", "a3": "c3"}})) == (
        "correct",
        1.0,
    )
    two_of_three = grade(question, {"pairs": {"a1": "c1", "a2": "c2", "a3": "c4"}})
    assert two_of_three.status == "partial"
    assert two_of_three.credit == pytest.approx(2 / 3, abs=1e-6)
    assert grade(question, {"pairs": {"a1": "c1"}}).credit == pytest.approx(1 / 3, abs=1e-6)
    assert two_of_three.expected == "Canada → Ottawa; Italy → Rome; Japan → Tokyo"


def test_essay_is_pending_and_description_ungraded() -> None:
    assert outcome(grade(gift("Write.{}"), {"text": "My essay."})) == ("pending", 0.0)
    assert outcome(grade(gift("Read this."), None)) == ("ungraded", 0.0)


@pytest.mark.parametrize(
    ("source", "response"),
    [
        pytest.param("Q{=a ~b}", {"choice": "a9"}, id="single-unknown-id"),
        pytest.param("Q{=a ~b}", "a1", id="single-not-object"),
        pytest.param(MULTI, {"choices": "a1"}, id="multiple-not-list"),
        pytest.param(MULTI, {"choices": ["a1", "zz"]}, id="multiple-unknown-id"),
        pytest.param("Q{T}", {"value": "true"}, id="true-false-string"),
        pytest.param("Q{=x}", {"text": 5}, id="short-not-text"),
        pytest.param("Q{#5}", {"value": "five"}, id="numerical-not-number"),
        pytest.param("Q{#5}", {"value": True}, id="numerical-bool"),
        pytest.param("Q{#5}", {"value": float("nan")}, id="numerical-nan"),
        pytest.param("M{=a -> 1 =b -> 2}", {"pairs": {"zz": "c1"}}, id="matching-unknown"),
        pytest.param("M{=a -> 1 =b -> 2}", {"pairs": {"a1": "c9"}}, id="matching-bad-choice"),
        pytest.param("Write.{}", {"text": None}, id="essay-no-text"),
    ],
)
def test_malformed_response_grades_incorrect_without_raising(source: str, response: object) -> None:
    result = grade(gift(source), response)

    assert outcome(result) == ("incorrect", 0.0)
    assert result.detail == {"error": "malformed_response"}


def test_feedback_html_is_sanitised() -> None:
    question = gift("Q{=[html]a#[html]<img src\\=x onerror\\=alert(1)><b>ok</b> ~b}")

    feedback = grade(question, {"choice": "a1"}).feedback_html
    assert "onerror" not in feedback
    assert "<b>ok</b>" in feedback


def test_expected_answer_is_plain_text_of_the_rendered_option() -> None:
    question = gift("Q{=[markdown]**Paris** & co ~Rome}")

    assert grade(question, {"choice": "a2"}).expected == "Paris & co"


def test_expected_short_answer_keeps_angle_brackets_as_typed() -> None:
    question = gift("Q{=a < b}")

    assert grade(question, {"text": "x"}).expected == "a < b"
