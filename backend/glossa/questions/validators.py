"""Check that ``Question.data`` has the shape its type needs (see the models docstring).

Shared by the model's ``clean()`` (admin edits) and the tests of the importers, so a
question that reaches :func:`glossa.questions.grading.grade` can always be graded.
"""

import re
from typing import Any, TypeGuard

from django.utils.translation import gettext as _

from glossa.questions.models import AccentRule, GapMode, OrderingUnit, QuestionType

# ``[[g1]]`` in a gap-fill text: an id of letters, digits, ``_`` or ``-``.
GAP_MARKER = re.compile(r"\[\[([A-Za-z0-9_-]{1,32})\]\]")
# As many answers as the GIFT reader accepts: far more than any real question.
MAX_ANSWERS = 100
MAX_ITEMS = 50
MAX_GAPS = 50
MAX_GAP_ANSWERS = 20
# A dictation is graded by aligning words, which costs expected × typed steps.
MAX_DICTATION_WORDS = 500
# PostgreSQL's and MariaDB's JSON columns refuse U+0000 and unpaired surrogates.
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _answers_errors(data: dict[str, Any], *, low: float) -> list[str]:
    answers = data.get("answers")
    if not isinstance(answers, list) or not answers:
        return [_("The question needs a list of answers.")]
    if len(answers) > MAX_ANSWERS:
        return [_("A question can have at most %(limit)s answers.") % {"limit": MAX_ANSWERS}]
    errors: list[str] = []
    ids = [answer.get("id") for answer in answers if isinstance(answer, dict)]
    if len(ids) != len(answers) or not all(isinstance(i, str) and i for i in ids):
        errors.append(_("Every answer needs an id such as “a1”."))
    elif len(set(ids)) != len(ids):
        errors.append(_("Two answers have the same id."))
    for answer in answers:
        fraction = answer.get("fraction") if isinstance(answer, dict) else None
        if not _is_number(fraction) or not low <= float(fraction) <= 1:  # type: ignore[arg-type]
            errors.append(_("Every answer needs a fraction between %(low)s and 1.") % {"low": low})
            break
    return errors


def _choice_errors(question_type: str, data: dict[str, Any]) -> list[str]:
    errors = _answers_errors(data, low=-1)
    if errors:
        return errors
    if not all(isinstance(a.get("text"), str) and a["text"] for a in data["answers"]):
        errors.append(_("Every answer needs a text."))
    best = max(float(a["fraction"]) for a in data["answers"])
    if question_type == QuestionType.SINGLE_CHOICE and best < 1:
        errors.append(_("One answer must be worth 100%."))
    if question_type == QuestionType.MULTIPLE_CHOICE and best <= 0:
        errors.append(_("At least one answer must give credit."))
    return errors


def _short_answer_errors(data: dict[str, Any]) -> list[str]:
    errors = _answers_errors(data, low=0)
    if not errors and not all(
        isinstance(a.get("text"), str) and a["text"] for a in data["answers"]
    ):
        errors.append(_("Every answer needs a text."))
    if data.get("accents", AccentRule.STRICT) not in AccentRule.values:
        errors.append(_("“accents” must be strict, accept or partial."))
    credit = data.get("accent_credit", 0.5)
    if not _is_number(credit) or not 0 <= float(credit) <= 1:
        errors.append(_("“accent_credit” must be a number between 0 and 1."))
    if not isinstance(data.get("case_sensitive", False), bool):
        errors.append(_("“case_sensitive” must be true or false."))
    return errors


def _numerical_errors(data: dict[str, Any]) -> list[str]:
    errors = _answers_errors(data, low=0)
    if errors:
        return errors
    for answer in data["answers"]:
        ranged = _is_number(answer.get("min")) and _is_number(answer.get("max"))
        valued = _is_number(answer.get("value")) and _is_number(answer.get("tolerance", 0))
        if not (ranged or valued):
            return [_("Every answer needs a value and tolerance, or a min and max.")]
    return errors


def _matching_errors(data: dict[str, Any]) -> list[str]:
    pairs = data.get("pairs")
    if not isinstance(pairs, list) or not pairs:
        return [_("A matching question needs a list of pairs.")]
    if len(pairs) > MAX_ANSWERS:
        return [_("A matching question can have at most %(limit)s pairs.") % {"limit": MAX_ANSWERS}]
    keys = ("id", "left", "right")
    if not all(isinstance(p, dict) and all(isinstance(p.get(k), str) and p[k] for k in keys)
               for p in pairs):  # fmt: skip
        return [_("Every pair needs an id, a left side and a right side.")]
    if len({p["id"] for p in pairs}) != len(pairs):
        return [_("Two pairs have the same id.")]
    distractors = data.get("distractors", [])
    if not isinstance(distractors, list) or not all(isinstance(d, str) for d in distractors):
        return [_("“distractors” must be a list of texts.")]
    return []


def _texts(value: object) -> TypeGuard[list[str]]:
    return isinstance(value, list) and all(isinstance(item, str) and item.strip() for item in value)


def _matching_rules_errors(data: dict[str, Any], *, partial: bool) -> list[str]:
    """The case and accent options shared by gap fill and dictation."""
    errors: list[str] = []
    allowed = AccentRule.values if partial else [AccentRule.STRICT, AccentRule.ACCEPT]
    if data.get("accents", AccentRule.STRICT) not in allowed:
        errors.append(
            _("“accents” must be strict, accept or partial.")
            if partial
            else _("“accents” must be strict or accept.")
        )
    credit = data.get("accent_credit", 0.5)
    if partial and (not _is_number(credit) or not 0 <= float(credit) <= 1):
        errors.append(_("“accent_credit” must be a number between 0 and 1."))
    if not isinstance(data.get("case_sensitive", False), bool):
        errors.append(_("“case_sensitive” must be true or false."))
    return errors


def _ordering_errors(data: dict[str, Any]) -> list[str]:
    items = data.get("items")
    if not isinstance(items, list) or not 2 <= len(items) <= MAX_ITEMS:
        message = _("An ordering question needs between 2 and %(limit)s items.")
        return [message % {"limit": MAX_ITEMS}]
    keys = ("id", "text")
    if not all(isinstance(i, dict) and all(isinstance(i.get(k), str) and i[k].strip() for k in keys)
               for i in items):  # fmt: skip
        return [_("Every item needs an id and a text.")]
    if len({item["id"] for item in items}) != len(items):
        return [_("Two items have the same id.")]
    if len({item["text"].strip() for item in items}) == 1:
        return [_("The items must not all have the same text.")]
    if data.get("unit", OrderingUnit.WORD) not in OrderingUnit.values:
        return [_("“unit” must be word or sentence.")]
    return []


def _gap_fill_errors(data: dict[str, Any]) -> list[str]:
    text, gaps = data.get("text"), data.get("gaps")
    if not isinstance(text, str) or not text.strip():
        return [_("A gap-fill question needs a text with gaps such as [[g1]].")]
    if not isinstance(gaps, list) or not 1 <= len(gaps) <= MAX_GAPS:
        return [_("A gap-fill question needs between 1 and %(limit)s gaps.") % {"limit": MAX_GAPS}]
    if not all(isinstance(gap, dict) and isinstance(gap.get("id"), str) for gap in gaps):
        return [_("Every gap needs an id such as “g1”.")]
    errors: list[str] = []
    ids = [gap["id"] for gap in gaps]
    markers = GAP_MARKER.findall(text)
    if len(set(ids)) != len(ids):
        errors.append(_("Two gaps have the same id."))
    if sorted(markers) != sorted(set(ids)):
        errors.append(_("Every gap must appear exactly once in the text as [[id]]."))
    for gap in gaps:
        answers = gap.get("answers")
        if not _texts(answers) or not 1 <= len(answers) <= MAX_GAP_ANSWERS:
            message = _("The gap %(id)s needs between 1 and %(limit)s accepted answers.")
            errors.append(message % {"id": gap["id"], "limit": MAX_GAP_ANSWERS})
    if data.get("mode", GapMode.TYPE) not in GapMode.values:
        errors.append(_("“mode” must be type or drag."))
    if not _texts(data.get("distractors", [])):
        errors.append(_("“distractors” must be a list of texts."))
    return errors + _matching_rules_errors(data, partial=True)


def _dictation_errors(data: dict[str, Any]) -> list[str]:
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        return [_("A dictation needs the text the recording says.")]
    errors: list[str] = []
    if len(text.split()) > MAX_DICTATION_WORDS:
        message = _("A dictation can have at most %(limit)s words.")
        errors.append(message % {"limit": MAX_DICTATION_WORDS})
    if not isinstance(data.get("ignore_punctuation", True), bool):
        errors.append(_("“ignore_punctuation” must be true or false."))
    return errors + _matching_rules_errors(data, partial=False)


def _unstorable(data: object) -> bool:
    """Tell whether a key or text anywhere in ``data`` holds a character no database keeps."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str) and UNSTORABLE.search(value):
            return True
        if isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return False


def question_data_errors(question_type: str, data: object) -> list[str]:
    """Return what is wrong with ``data`` for ``question_type``; empty when it is fine."""
    if not isinstance(data, dict):
        return [_("The answers must be a JSON object.")]
    if _unstorable(data):
        return [_("The answers cannot hold the character U+0000 or an unpaired surrogate.")]
    if question_type in {QuestionType.SINGLE_CHOICE, QuestionType.LISTENING_CHOICE}:
        return _choice_errors(QuestionType.SINGLE_CHOICE, data)
    if question_type == QuestionType.MULTIPLE_CHOICE:
        return _choice_errors(question_type, data)
    if question_type == QuestionType.TRUE_FALSE:
        return (
            [] if isinstance(data.get("answer"), bool) else [_("“answer” must be true or false.")]
        )
    if question_type == QuestionType.SHORT_ANSWER:
        return _short_answer_errors(data)
    if question_type == QuestionType.NUMERICAL:
        return _numerical_errors(data)
    if question_type == QuestionType.MATCHING:
        return _matching_errors(data)
    if question_type == QuestionType.ORDERING:
        return _ordering_errors(data)
    if question_type == QuestionType.GAP_FILL:
        return _gap_fill_errors(data)
    if question_type == QuestionType.DICTATION:
        return _dictation_errors(data)
    return []
