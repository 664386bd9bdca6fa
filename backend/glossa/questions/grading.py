"""Grade one response to one question, without touching the database.

:func:`grade` is the single entry point other apps call. Response shapes by type follow
``docs/api.md``; a malformed response (wrong type, unknown ids, missing keys) never raises:
it grades as ``incorrect`` with ``detail["error"] == "malformed_response"``, so a learner's
odd input can never fail the submission of a whole attempt.
"""

import html
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import nh3
from django.utils.formats import get_format
from django.utils.translation import gettext as _

from glossa.common.richtext import render
from glossa.questions import alignment
from glossa.questions.models import AccentRule, OrderingUnit, Question, QuestionType
from glossa.questions.validators import GAP_MARKER

Status = Literal["correct", "partial", "incorrect", "pending", "ungraded"]

# Credits this close to a bound count as the bound: GIFT weights like %33.33333% add up to
# 0.9999999, which a learner who picked every right answer must see as fully correct.
_EPSILON = 1e-6


@dataclass(frozen=True)
class Grade:
    """The outcome of grading one response.

    ``credit`` is in 0..1; ``feedback_html`` is sanitised HTML (the chosen answer's feedback,
    then the question's general feedback); ``expected`` is plain text for a person.
    """

    status: Status
    credit: float
    feedback_html: str
    expected: str
    detail: dict[str, Any] = field(default_factory=dict)


def grade(question: Question, response: object) -> Grade:
    """Grade ``response`` against ``question``; never raises for a malformed response."""
    grader = _GRADERS.get(question.type)
    if grader is None:
        return Grade("ungraded", 0.0, _feedback(question), "", {})
    return grader(question, response)


# --- helpers ------------------------------------------------------------------------------


def plain_text(source: str) -> str:
    """Return authored text (any format) as plain text for ``expected``."""
    return html.unescape(nh3.clean(source, tags=set())).strip()


def _status(credit: float) -> Status:
    if credit >= 1 - _EPSILON:
        return "correct"
    if credit > _EPSILON:
        return "partial"
    return "incorrect"


def _clamp(credit: float) -> float:
    if credit >= 1 - _EPSILON:
        return 1.0
    if credit <= _EPSILON:
        return 0.0
    return round(credit, 7)


def _render(text: str, text_format: str) -> str:
    return render(text, text_format) if text.strip() else ""


def _general_feedback(question: Question) -> str:
    return _render(question.general_feedback, question.general_feedback_format)


def _feedback(question: Question, *parts: tuple[str, str]) -> str:
    """Join the answers' feedback and the general feedback, one ``<div>`` each."""
    rendered = [_render(text, text_format) for text, text_format in parts]
    return "".join(
        f"<div>{part}</div>" for part in [*rendered, _general_feedback(question)] if part
    )


def _malformed(question: Question, expected: str) -> Grade:
    return Grade("incorrect", 0.0, _feedback(question), expected, {"error": "malformed_response"})


def _best_answers(answers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    best = max((float(answer.get("fraction", 0)) for answer in answers), default=0.0)
    if best <= 0:
        return []
    return [a for a in answers if float(a.get("fraction", 0)) >= best - _EPSILON]


def _choice_text(answer: dict[str, Any], question: Question) -> str:
    """An option as a person reads it: rendered in its format, then without tags."""
    text = str(answer.get("text", ""))
    return plain_text(render(text, str(answer.get("format", question.text_format))))


def _answer_feedback(answer: dict[str, Any], question: Question) -> tuple[str, str]:
    return str(answer.get("feedback", "")), str(answer.get("feedback_format", question.text_format))


# --- choice -------------------------------------------------------------------------------


def _grade_single_choice(question: Question, response: object) -> Grade:
    answers = question.answers
    expected = " / ".join(_choice_text(a, question) for a in _best_answers(answers))
    choice = response.get("choice") if isinstance(response, dict) else None
    chosen = next((a for a in answers if a.get("id") == choice), None)
    if chosen is None:
        return _malformed(question, expected)

    credit = _clamp(float(chosen.get("fraction", 0)))
    feedback = _feedback(question, _answer_feedback(chosen, question))
    return Grade(_status(credit), credit, feedback, expected, {"choice": choice})


def _grade_multiple_choice(question: Question, response: object) -> Grade:
    answers = question.answers
    expected = " / ".join(
        _choice_text(a, question) for a in answers if float(a.get("fraction", 0)) > 0
    )
    choices = response.get("choices") if isinstance(response, dict) else None
    by_id = {a.get("id"): a for a in answers}
    if not isinstance(choices, list) or any(
        not isinstance(c, str) or c not in by_id for c in choices
    ):
        return _malformed(question, expected)

    chosen = [by_id[c] for c in dict.fromkeys(choices)]
    # Moodle semantics: the fractions of the chosen answers add up, wrong picks subtract.
    credit = _clamp(sum(float(a.get("fraction", 0)) for a in chosen))
    feedback = _feedback(question, *(_answer_feedback(a, question) for a in chosen))
    return Grade(
        _status(credit), credit, feedback, expected, {"choices": list(dict.fromkeys(choices))}
    )


def _grade_true_false(question: Question, response: object) -> Grade:
    answer = bool(question.data.get("answer"))
    expected = str(_("True") if answer else _("False"))
    value = response.get("value") if isinstance(response, dict) else None
    if not isinstance(value, bool):
        return _malformed(question, expected)

    correct = value == answer
    key = "feedback_correct" if correct else "feedback_incorrect"
    own_format = str(question.data.get(f"{key}_format", question.text_format))
    feedback = _feedback(question, (str(question.data.get(key, "")), own_format))
    credit = 1.0 if correct else 0.0
    return Grade(_status(credit), credit, feedback, expected, {"value": value})


# --- short answer -------------------------------------------------------------------------

_WHITESPACE = re.compile(r"\s+")


# Phones and word processors type a typographic apostrophe where a learner means "'"
# (l’information, don’t); the two must never make a right answer wrong.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})


def normalize_text(text: str, *, case_sensitive: bool) -> str:
    """NFC, trimmed, inner whitespace collapsed to one space, typographic apostrophes made
    plain, case folded unless asked not to."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    text = _WHITESPACE.sub(" ", text).strip()
    return text if case_sensitive else unicodedata.normalize("NFC", text.casefold())


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    )


def _wildcard_match(answer_text: str, text: str) -> bool:
    """Tell whether all of ``text`` matches a short answer where ``*`` stands for any run of
    characters and ``\\*`` for a star.

    Each piece between stars is searched for leftmost, in order, which is exact for a pattern
    with no other wildcard and takes linear time; the regex ``a.*b.*c`` this replaces
    backtracked polynomially, so a long answer to such a question pinned a worker for minutes.
    """
    first, *middle = [part.replace("\\*", "*") for part in re.split(r"(?<!\\)\*", answer_text)]
    if not middle:
        return text == first
    *middle, last = middle
    end = len(text) - len(last)
    if end < len(first) or not text.startswith(first) or not text.endswith(last):
        return False
    position = len(first)
    for part in middle:
        found = text.find(part, position, end)
        if found == -1:
            return False
        position = found + len(part)
    return True


def short_answer_credit(
    answer_text: str,
    response_text: str,
    *,
    case_sensitive: bool,
    accents: str,
    accent_credit: float,
) -> float:
    """Return how much of an answer's fraction a response earns (1, ``accent_credit`` or 0)."""
    expected = normalize_text(answer_text, case_sensitive=case_sensitive)
    given = normalize_text(response_text, case_sensitive=case_sensitive)
    if _wildcard_match(expected, given):
        return 1.0
    if accents == AccentRule.STRICT:
        return 0.0
    if not _wildcard_match(strip_accents(expected), strip_accents(given)):
        return 0.0
    return 1.0 if accents == AccentRule.ACCEPT else accent_credit


def _grade_short_answer(question: Question, response: object) -> Grade:
    answers = question.answers
    expected = " / ".join(str(a.get("text", "")) for a in _best_answers(answers))
    text = response.get("text") if isinstance(response, dict) else None
    if not isinstance(text, str):
        return _malformed(question, expected)

    data = question.data
    options = {
        "case_sensitive": bool(data.get("case_sensitive", False)),
        "accents": str(data.get("accents", AccentRule.STRICT)),
        "accent_credit": float(data.get("accent_credit", 0.5)),
    }
    best: tuple[float, dict[str, Any] | None] = (0.0, None)
    for answer in answers:
        share = short_answer_credit(str(answer.get("text", "")), text, **options)  # type: ignore[arg-type]
        credit = share * float(answer.get("fraction", 0))
        if share > 0 and (best[1] is None or credit > best[0]):
            best = (credit, answer)

    credit = _clamp(best[0])
    matched = best[1]
    parts = [_answer_feedback(matched, question)] if matched else []
    detail = {"matched": matched.get("id") if matched else None}
    return Grade(_status(credit), credit, _feedback(question, *parts), expected, detail)


# --- numerical ----------------------------------------------------------------------------


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            number = float(value)
        except OverflowError:  # an int of hundreds of digits
            return None
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", ".").replace("\u2212", "-"))
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def _numeric_bounds(answer: dict[str, Any]) -> tuple[float, float]:
    if "min" in answer:
        return float(answer["min"]), float(answer["max"])
    value, tolerance = float(answer["value"]), abs(float(answer.get("tolerance", 0)))
    return value - tolerance, value + tolerance


def _numeric_expected(answer: dict[str, Any]) -> str:
    if "min" in answer:
        return f"{_format_number(answer['min'])}..{_format_number(answer['max'])}"
    tolerance = float(answer.get("tolerance", 0))
    value = _format_number(answer["value"])
    return f"{value} ± {_format_number(tolerance)}" if tolerance else value


def _format_number(value: object) -> str:
    """The number as a learner of the active language writes it: "2,5" in Russian."""
    number = float(value)  # type: ignore[arg-type]
    text = str(int(number)) if number.is_integer() else repr(number)
    return text.replace(".", str(get_format("DECIMAL_SEPARATOR")))


def _grade_numerical(question: Question, response: object) -> Grade:
    answers = question.answers
    best_fraction = max((float(a.get("fraction", 0)) for a in answers), default=0.0)
    expected = " / ".join(
        _numeric_expected(a)
        for a in answers
        if best_fraction > 0 and float(a.get("fraction", 0)) >= best_fraction - _EPSILON
    )
    value = _number(response.get("value")) if isinstance(response, dict) else None
    if value is None:
        return _malformed(question, expected)

    matched: dict[str, Any] | None = None
    for answer in answers:
        low, high = _numeric_bounds(answer)
        # A relative epsilon absorbs binary rounding: 0.1 + 0.2 must match 0.3 ± 0.
        slack = _EPSILON * max(1.0, abs(low), abs(high))
        inside = low - slack <= value <= high + slack
        if inside and (matched is None or float(answer["fraction"]) > float(matched["fraction"])):
            matched = answer

    credit = _clamp(float(matched["fraction"])) if matched else 0.0
    if matched:
        parts = [_answer_feedback(matched, question)]
    else:
        other = str(question.data.get("other_feedback", ""))
        parts = [(other, str(question.data.get("other_feedback_format", question.text_format)))]
    detail = {"matched": matched.get("id") if matched else None}
    return Grade(_status(credit), credit, _feedback(question, *parts), expected, detail)


# --- matching -----------------------------------------------------------------------------


def matching_choices(data: dict[str, Any]) -> list[tuple[str, str]]:
    """Return the matching question's choices as ``(id, text)``: each distinct right side
    in pair order, then distractors; ids ``c1``, ``c2``, ... are stable for the same data."""
    texts: list[str] = [str(pair.get("right", "")) for pair in data.get("pairs", [])]
    texts += [str(text) for text in data.get("distractors", [])]
    unique = list(dict.fromkeys(text for text in texts if text))
    return [(f"c{index}", text) for index, text in enumerate(unique, start=1)]


def _grade_matching(question: Question, response: object) -> Grade:
    pairs = [p for p in question.data.get("pairs", []) if isinstance(p, dict)]
    lefts = [plain_text(render(str(p["left"]), str(p.get("left_format", question.text_format))))
             for p in pairs]  # fmt: skip
    expected = "; ".join(f"{left} → {p['right']}" for left, p in zip(lefts, pairs, strict=True))
    choice_text = dict(matching_choices(question.data))
    given = response.get("pairs") if isinstance(response, dict) else None
    prompt_ids = {p["id"] for p in pairs}
    if (
        not isinstance(given, dict)
        or not set(given) <= prompt_ids
        or any(
            c is not None and (not isinstance(c, str) or c not in choice_text)
            for c in given.values()
        )
    ):
        return _malformed(question, expected)

    right = [p["id"] for p in pairs if choice_text.get(str(given.get(p["id"]))) == p["right"]]
    credit = _clamp(len(right) / len(pairs)) if pairs else 0.0
    detail = {"correct_pairs": right}
    return Grade(_status(credit), credit, _feedback(question), expected, detail)


# --- ordering -----------------------------------------------------------------------------


def _grade_ordering(question: Question, response: object) -> Grade:
    items = [item for item in question.data.get("items", []) if isinstance(item, dict)]
    joiner = " " if question.data.get("unit", OrderingUnit.WORD) == OrderingUnit.WORD else "\n"
    expected = joiner.join(str(item["text"]) for item in items)
    order = response.get("order") if isinstance(response, dict) else None
    text_of = {str(item["id"]): str(item["text"]).strip() for item in items}
    if (
        not isinstance(order, list)
        or any(not isinstance(item_id, str) for item_id in order)
        or sorted(order) != sorted(text_of)
    ):
        return _malformed(question, expected)

    # Compared by text, not id: two items that read the same ("the ... the") are
    # interchangeable to a learner, so either may stand in either place.
    right = [given for given, item in zip(order, items, strict=True)
             if text_of[given] == text_of[str(item["id"])]]  # fmt: skip
    credit = _clamp(len(right) / len(items))
    detail = {"expected_order": [str(item["id"]) for item in items], "correct_items": right}
    return Grade(_status(credit), credit, _feedback(question), expected, detail)


# --- gap fill -----------------------------------------------------------------------------


def gap_fill_expected(data: dict[str, Any]) -> str:
    """The gap-fill text with every gap filled with its first accepted answer."""
    first = {str(gap.get("id")): str(gap.get("answers", [""])[0]) for gap in data.get("gaps", [])}
    return GAP_MARKER.sub(lambda match: first.get(match.group(1), ""), str(data.get("text", "")))


def _grade_gap_fill(question: Question, response: object) -> Grade:
    data = question.data
    gaps = [gap for gap in data.get("gaps", []) if isinstance(gap, dict)]
    expected = gap_fill_expected(data)
    given = response.get("gaps") if isinstance(response, dict) else None
    if (
        not isinstance(given, dict)
        or not set(given) <= {str(gap["id"]) for gap in gaps}
        or any(value is not None and not isinstance(value, str) for value in given.values())
    ):
        return _malformed(question, expected)

    options = {
        "case_sensitive": bool(data.get("case_sensitive", False)),
        "accents": str(data.get("accents", AccentRule.STRICT)),
        "accent_credit": float(data.get("accent_credit", 0.5)),
    }
    statuses: dict[str, Status] = {}
    total = 0.0
    for gap in gaps:
        text = given.get(str(gap["id"])) or ""
        shares = [short_answer_credit(str(answer), text, **options)  # type: ignore[arg-type]
                  for answer in gap["answers"] if text.strip()]  # fmt: skip
        share = max(shares, default=0.0)
        statuses[str(gap["id"])] = _status(share)
        total += share
    credit = _clamp(total / len(gaps)) if gaps else 0.0
    return Grade(_status(credit), credit, _feedback(question), expected, {"gaps": statuses})


# --- dictation ----------------------------------------------------------------------------


def _dictation_key(data: dict[str, Any]) -> Callable[[str], str]:
    case_sensitive = bool(data.get("case_sensitive", False))
    accents = str(data.get("accents", AccentRule.STRICT))

    def key(word: str) -> str:
        normalized = normalize_text(word, case_sensitive=case_sensitive)
        return strip_accents(normalized) if accents == AccentRule.ACCEPT else normalized

    return key


def _grade_dictation(question: Question, response: object) -> Grade:
    data = question.data
    expected_text = str(data.get("text", ""))
    text = response.get("text") if isinstance(response, dict) else None
    if not isinstance(text, str):
        return _malformed(question, expected_text)

    options = {"ignore_punctuation": bool(data.get("ignore_punctuation", True)),
               "key": _dictation_key(data)}  # fmt: skip
    expected = alignment.words(expected_text, **options)  # type: ignore[arg-type]
    aligned = alignment.align(expected, alignment.words(text, **options))  # type: ignore[arg-type]
    correct = sum(1 for word in aligned if word.status == "correct")
    extra = sum(1 for word in aligned if word.status == "extra")
    # Extra words count against the learner: otherwise typing every word twice, or every
    # candidate spelling, would score as well as the right text.
    credit = _clamp(correct / (len(expected) + extra)) if expected else 0.0
    detail = {"words": [word.as_dict() for word in aligned]}
    return Grade(_status(credit), credit, _feedback(question), expected_text, detail)


# --- not auto-graded ----------------------------------------------------------------------


def _grade_essay(question: Question, response: object) -> Grade:
    text = response.get("text") if isinstance(response, dict) else None
    if not isinstance(text, str):
        return _malformed(question, "")
    return Grade("pending", 0.0, _feedback(question), "", {})


def _grade_description(question: Question, response: object) -> Grade:
    return Grade("ungraded", 0.0, "", "", {})


_GRADERS: dict[str, Callable[[Question, object], Grade]] = {
    QuestionType.SINGLE_CHOICE: _grade_single_choice,
    QuestionType.MULTIPLE_CHOICE: _grade_multiple_choice,
    QuestionType.TRUE_FALSE: _grade_true_false,
    QuestionType.SHORT_ANSWER: _grade_short_answer,
    QuestionType.NUMERICAL: _grade_numerical,
    QuestionType.MATCHING: _grade_matching,
    QuestionType.ESSAY: _grade_essay,
    QuestionType.DESCRIPTION: _grade_description,
    QuestionType.ORDERING: _grade_ordering,
    QuestionType.GAP_FILL: _grade_gap_fill,
    QuestionType.DICTATION: _grade_dictation,
    QuestionType.LISTENING_CHOICE: _grade_single_choice,
}
