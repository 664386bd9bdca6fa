"""Read Moodle's GIFT quiz format.

Moodle's importer (``question/format/gift/format.php``) is the reference, and this module
follows its reading of every construct: questions are separated by blank lines; ``//``
lines are comments; ``$CATEGORY:`` switches category; ``::title::``; the first ``{...}``
is the answer block and its content decides the type (empty: essay, ``#``: numerical,
any ``~``: multiple choice, ``=`` with ``->``: matching, ``T``/``TRUE``/``F``/``FALSE``:
true/false, otherwise short answer; no braces: description); text after the closing brace
makes a missing-word question whose text keeps ``_____`` in place of the block; ``####``
starts general feedback; ``#`` an answer's feedback; ``%50%`` a weight; ``[html]``,
``[markdown]``, ``[plain]``, ``[moodle]`` a text format; ``\\~ \\= \\# \\{ \\} \\: \\n``
and ``\\\\`` are escapes anywhere, titles included.

Where Moodle would silently import nonsense, this reader reports an error with the line
instead: text before the first ``~``/``=`` of a multiple-choice block, a second answer
block, weights that are not numbers between -100 and 100, numbers that are not (finite)
numbers, more than ``MAX_ANSWERS`` answers in one question,
and answer sets Moodle's own question types refuse on save (no 100% answer, positive
multiple-response weights that do not add up to 100%). One tolerance Moodle lacks: a
stray ``";`` right after the closing brace (left by PHP string exports, as in Moodle's own
test fixture) is ignored.

Short answers are imported with ``accents: "strict"`` and ignoring case: a language
teacher who writes ``café`` expects ``cafe`` to be wrong until they relax it. GIFT has no
syntax for either, so Glossa reads two options from comment lines, in the style of Moodle's
``// [tag:...]`` (Moodle ignores them): ``// [accents:strict|accept|partial]`` and
``// [case:sensitive|insensitive]``. In the comments of a question they apply to it; in a
block of comments alone they apply to every question after it.
"""

import bisect
import math
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from django.utils.translation import gettext as _

from glossa.questions.models import INDEXED_CHARS, AccentRule, QuestionType, TextFormat
from glossa.questions.parsing import ParsedQuestion, ParseError, ParseResult, QuestionSyntaxError

# Escaped characters become private-use placeholders while the structure is parsed, so an
# escaped brace or tilde can never be taken for syntax; they turn back into text at the end.
_BACKSLASH = "\ue000"
_ESCAPES = {"\\:": "\ue001", "\\#": "\ue002", "\\=": "\ue003", "\\{": "\ue004", "\\}": "\ue005",
            "\\~": "\ue006", "\\n": "\ue007"}  # fmt: skip
_UNESCAPE = {
    "\ue001": ":", "\ue002": "#", "\ue003": "=", "\ue004": "{", "\ue005": "}", "\ue006": "~",
    "\ue007": "\n",
}  # fmt: skip
_WEIGHT = re.compile(r"%\s*(-?\d+(?:\.\d*)?|-?\.\d+)\s*%")
_FORMATS = {choice.value for choice in TextFormat}
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_CONTEXT_PREFIX = re.compile(r"^\$[a-z]+\$/?")
MISSING_WORD = "_____"
# Far more than any real question; the answers are stored as one JSON value, which past a
# few hundred thousand answers outgrows MySQL's max_allowed_packet (16 MB by default).
MAX_ANSWERS = 100
# Glossa's own options, written as Moodle-style comment tags so Moodle ignores them:
# "// [accents:partial]" and "// [case:sensitive]" before a short-answer question, or alone
# in a comment block to hold for the rest of the file.
_OPTION = re.compile(r"\[(accents|case):([^\]]*)\]")
_OPTION_VALUES = {
    "accents": {rule.value for rule in AccentRule},
    "case": {"sensitive", "insensitive"},
}


def escape_pre(text: str) -> str:
    text = text.replace("\\\\", _BACKSLASH)
    for escape, placeholder in _ESCAPES.items():
        text = text.replace(escape, placeholder)
    return text.replace(_BACKSLASH, "\\")


def escape_post(text: str) -> str:
    return "".join(_UNESCAPE.get(char, char) for char in text)


@dataclass
class _Block:
    """A question's text after escapes, with the file line of its first character, and the
    Glossa options found in its comment lines."""

    text: str
    first_line: int
    options: dict[str, str] = field(default_factory=dict)

    @cached_property
    def _newlines(self) -> list[int]:
        return [match.start() for match in re.finditer("\n", self.text)]

    def line_at(self, offset: int) -> int:
        # A binary search: counting the newlines before each of a block's n answers made a
        # block with 100,000 answers take minutes.
        return self.first_line + bisect.bisect_left(self._newlines, max(offset, 0))


def parse_gift(text: str) -> ParseResult:
    """Parse decoded GIFT text; every question becomes a question or a line-numbered error."""
    result = ParseResult(format="gift")
    category: str | None = None
    defaults: dict[str, str] = {}
    seen: set[str] = set()  # result.categories as a set: a list lookup per line was quadratic
    for block in _blocks(text, result):
        if not block.text:
            # A block of comments only: its options hold for the rest of the file.
            defaults |= block.options
            continue
        if block.text.startswith("$CATEGORY:"):
            category = _category(block, result, seen)
            rest = block.text.find("\n")
            if rest == -1 or not block.text[rest:].strip():
                defaults |= block.options
                continue
            block = _trimmed(block, rest)
        try:
            question = _question(block)
        except QuestionSyntaxError as error:
            result.errors.append(ParseError(error.line, error.message))
            continue
        question.category = category
        _apply_options(question, defaults | block.options)
        result.questions.append(question)
    result.errors.sort(key=lambda error: error.line)
    return result


def _blocks(text: str, result: ParseResult) -> list[_Block]:
    """Split the file into questions at blank lines; comment lines count as empty text."""
    blocks: list[_Block] = []
    current: list[str] = []
    options: dict[str, str] = {}
    start = 0
    for number, line in enumerate([*text.split("\n"), ""], start=1):
        if not line.strip():
            if any(part.strip() for part in current):
                block = _trimmed(_Block(escape_pre("\n".join(current)), start), 0)
                blocks.append(_Block(block.text, block.first_line, options))
            elif options:
                blocks.append(_Block("", start, options))
            current, options = [], {}
            continue
        if not current:
            start = number
        if line.lstrip().startswith("//"):
            options |= _comment_options(line, number, result)
            current.append("")
        else:
            # Moodle trims every line; trailing spaces are kept here as Markdown hard breaks.
            current.append(line.lstrip())
    return blocks


def _comment_options(line: str, number: int, result: ParseResult) -> dict[str, str]:
    """Read Glossa's options from a comment line (Moodle ignores them as comments)."""
    options: dict[str, str] = {}
    for name, value in _OPTION.findall(line):
        allowed = _OPTION_VALUES[name]
        if value in allowed:
            options[name] = value
            continue
        message = _("The option [%(name)s:%(value)s] must be one of: %(allowed)s.")
        values = {"name": name, "value": value, "allowed": ", ".join(sorted(allowed))}
        result.errors.append(ParseError(number, message % values))
    return options


def _apply_options(question: ParsedQuestion, options: dict[str, str]) -> None:
    if question.type != QuestionType.SHORT_ANSWER:
        return
    if "accents" in options:
        question.data["accents"] = options["accents"]
    if "case" in options:
        question.data["case_sensitive"] = options["case"] == "sensitive"


def _trimmed(block: _Block, offset: int) -> _Block:
    """Drop ``offset`` characters and then leading whitespace, keeping line numbers right."""
    rest = block.text[offset:]
    lead = len(rest) - len(rest.lstrip())
    return _Block(rest.strip(), block.line_at(offset + lead), block.options)


def _category(block: _Block, result: ParseResult, seen: set[str]) -> str | None:
    raw = escape_post(block.text.split("\n", 1)[0][len("$CATEGORY:") :]).strip()
    raw = _CONTEXT_PREFIX.sub("", raw)
    # Moodle writes a literal slash in a category name as "//".
    names = [name.replace("\ue010", "/").strip() for name in raw.replace("//", "\ue010").split("/")]
    names = [name for name in names if name]
    if names and names[0] == "top":
        names = names[1:]
    if not names:
        return None
    path = "/".join(names)
    if len(path) > INDEXED_CHARS:
        message = _("The category path is longer than %(limit)s characters.")
        result.errors.append(ParseError(block.first_line, message % {"limit": INDEXED_CHARS}))
        return None
    if path not in seen:
        seen.add(path)
        result.categories.append(path)
    return path


def _text_with_format(text: str, default: str) -> tuple[str, str]:
    """Split a leading ``[html]``-style format marker off ``text`` (escapes still pending)."""
    text = text.strip()
    text_format = default
    if text.startswith("["):
        end = text.find("]")
        if end > 0 and text[1:end] in _FORMATS:
            text_format, text = text[1:end], text[end + 1 :]
    return escape_post(text).strip(), text_format


def _question(block: _Block) -> ParsedQuestion:
    text, offset, title = block.text, 0, ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end == -1:
            offset = 2
        else:
            title = escape_post(text[2:end]).strip()[:255]
            offset = end + 2
    start, finish = text.find("{", offset), text.find("}", offset)

    if start == -1 and finish == -1:
        body, body_format = _text_with_format(text[offset:], TextFormat.MOODLE)
        _check_text(block, body)
        return ParsedQuestion(QuestionType.DESCRIPTION, body, block.first_line, title, body_format)
    _check_braces(block, start, finish)

    after = text[finish + 1 :]
    if after.strip() == '";':
        after = ""
    blank = "" if not after.strip() else MISSING_WORD
    stem, stem_format = _text_with_format(text[offset:start] + blank + after, TextFormat.MOODLE)
    _check_text(block, stem)
    answer_text = text[start + 1 : finish]
    feedback = ""
    general = answer_text.rfind("####")
    if general != -1:
        feedback, answer_text = answer_text[general + 4 :], answer_text[:general]
    feedback, feedback_format = _text_with_format(feedback, stem_format)
    question = ParsedQuestion(
        type=QuestionType.ESSAY,
        text=stem,
        line=block.first_line,
        title=title,
        text_format=stem_format,
        general_feedback=feedback,
        general_feedback_format=feedback_format,
    )
    _read_answers(question, _Answers(block, answer_text, start + 1, stem_format))
    return question


def _check_text(block: _Block, text: str) -> None:
    if not text.strip() or text.strip() == MISSING_WORD:
        raise QuestionSyntaxError(block.first_line, _("The question has no text."))


def _check_braces(block: _Block, start: int, finish: int) -> None:
    text = block.text
    if finish == -1:
        message = _("The answer block opened with { here is never closed with }.")
        raise QuestionSyntaxError(block.line_at(start), message)
    if start == -1 or finish < start:
        message = _("This } closes no answer block; write \\} for a literal brace.")
        raise QuestionSyntaxError(block.line_at(finish), message)
    nested = text.find("{", start + 1, finish)
    if nested != -1:
        message = _("The answer block opened with { is opened again before it is closed.")
        raise QuestionSyntaxError(block.line_at(nested), message)
    extra = min(
        (p for p in (text.find("{", finish), text.find("}", finish + 1)) if p != -1), default=-1
    )
    if extra != -1:
        message = _(
            "A question can have only one answer block; write \\{ and \\} for literal braces."
        )
        raise QuestionSyntaxError(block.line_at(extra), message)


@dataclass
class _Answers:
    """The content of an answer block and where it sits in the file."""

    block: _Block
    text: str
    offset: int
    text_format: str

    def line_at(self, position: int) -> int:
        return self.block.line_at(self.offset + position)

    def split(self, markers: str, keep: str = "") -> list[tuple[str, int]]:
        """Split at each marker character; chunks keep a leading marker listed in ``keep``.

        The text before the first marker comes first (possibly empty), as in Moodle.
        """
        positions = [i for i, char in enumerate(self.text) if char in markers]
        if len(positions) > MAX_ANSWERS:
            message = _("A question can have at most %(limit)s answers; this one has %(count)s.")
            values = {"limit": MAX_ANSWERS, "count": len(positions)}
            raise QuestionSyntaxError(self.line_at(positions[MAX_ANSWERS]), message % values)
        bounds = [0, *positions, len(self.text)]
        chunks = [(self.text[: bounds[1]], 0)]
        for here, after in zip(positions, bounds[2:], strict=True):
            skip = 0 if self.text[here] in keep else 1
            chunks.append((self.text[here + skip : after], here + skip))
        return chunks


def _read_answers(question: ParsedQuestion, answers: _Answers) -> None:
    content = answers.text.strip()
    if not content:
        return
    if content.startswith("#"):
        _read_numerical(question, answers)
    elif "~" in content:
        _read_choice(question, answers)
    elif "=" in content and "->" in content:
        _read_matching(question, answers)
    elif content.split("#", 1)[0].strip() in _TRUE_FALSE:
        _read_true_false(question, answers)
    else:
        _read_short_answer(question, answers)


def _weight(chunk: str, line: int, default: float) -> tuple[float, str]:
    stripped = chunk.lstrip()
    if not stripped.startswith("%"):
        return default, chunk
    match = _WEIGHT.match(stripped)
    if match is None:
        message = _("The weight in %(text)s must be a percentage such as %%50%% or %%-25%%.")
        raise QuestionSyntaxError(line, message % {"text": escape_post(stripped[:20])})
    fraction = round(float(match.group(1)) / 100, 7)
    if not -1 <= fraction <= 1:
        message = _("The weight %(weight)s%% is outside -100%% to 100%%.")
        raise QuestionSyntaxError(line, message % {"weight": match.group(1)})
    return fraction, stripped[match.end() :]


def _answer_and_feedback(chunk: str, default: str) -> tuple[str, str, str, str]:
    answer, _sep, feedback = chunk.partition("#")
    text, text_format = _text_with_format(answer, default)
    feedback_text, feedback_format = _text_with_format(feedback, default)
    return text, text_format, feedback_text, feedback_format


def _chunk_line(answers: _Answers, chunk: str, position: int) -> int:
    return answers.line_at(position + len(chunk) - len(chunk.lstrip()))


def _read_choice(question: ParsedQuestion, answers: _Answers) -> None:
    chunks = answers.split("~=", keep="=")
    lead, lead_position = chunks[0]
    if lead.strip():
        message = _('The answer "%(text)s" must start with = (right) or ~ (wrong or weighted).')
        line = _chunk_line(answers, lead, lead_position)
        raise QuestionSyntaxError(line, message % {"text": escape_post(lead.strip()[:40])})
    single = "=" in answers.text
    items: list[dict[str, Any]] = []
    for number, (chunk, position) in enumerate(chunks[1:], start=1):
        line = _chunk_line(answers, chunk, position)
        right = chunk.lstrip().startswith("=")
        body = chunk.lstrip()[1:] if right else chunk
        fraction, body = _weight(body, line, 1.0 if right else 0.0)
        text, text_format, feedback, feedback_format = _answer_and_feedback(
            body, answers.text_format
        )
        if not text:
            raise QuestionSyntaxError(line, _("An answer of this question is empty."))
        items.append({"id": f"a{number}", "text": text, "format": text_format,
                      "fraction": fraction, "feedback": feedback,
                      "feedback_format": feedback_format})  # fmt: skip
    line = question.line
    if len(items) < 2:
        raise QuestionSyntaxError(line, _("A multiple-choice question needs at least two answers."))
    if single:
        if max(item["fraction"] for item in items) < 1:
            message = _("One answer of a single-choice question must be worth 100%.")
            raise QuestionSyntaxError(line, message)
        question.type = QuestionType.SINGLE_CHOICE
    else:
        question.type = QuestionType.MULTIPLE_CHOICE
        total = sum(item["fraction"] for item in items if item["fraction"] > 0)
        if round(total, 2) != 1:
            message = _(
                "The positive weights of a multiple-response question must add up to 100%%; "
                "here they add up to %(total)s%%."
            )
            raise QuestionSyntaxError(line, message % {"total": f"{total * 100:g}"})
    question.data = {"answers": items}


def _read_matching(question: ParsedQuestion, answers: _Answers) -> None:
    chunks = answers.split("=")
    if chunks[0][0].strip():
        chunk, position = chunks[0]
        message = _("Each pair of a matching question must start with =.")
        raise QuestionSyntaxError(_chunk_line(answers, chunk, position), message)
    pairs: list[dict[str, str]] = []
    distractors: list[str] = []
    for chunk, position in chunks[1:]:
        line = _chunk_line(answers, chunk, position)
        left, arrow, right = chunk.partition("->")
        if not arrow:
            raise QuestionSyntaxError(line, _("Each pair of a matching question needs ->."))
        left_text, left_format = _text_with_format(left, answers.text_format)
        right_text = escape_post(right).strip()
        if not right_text:
            raise QuestionSyntaxError(line, _("A pair of this matching question has no answer."))
        if left_text:
            pairs.append({"id": f"a{len(pairs) + 1}", "left": left_text,
                          "left_format": left_format, "right": right_text})  # fmt: skip
        else:
            distractors.append(right_text)
    if len(pairs) + len(distractors) < 2 or not pairs:
        message = _("A matching question needs at least two pairs.")
        raise QuestionSyntaxError(question.line, message)
    question.type = QuestionType.MATCHING
    question.data = {"pairs": pairs, "distractors": distractors}


def _read_true_false(question: ParsedQuestion, answers: _Answers) -> None:
    parts = answers.text.split("#", 2)
    value = _TRUE_FALSE[parts[0].strip()]
    wrong, wrong_format = _text_with_format(parts[1] if len(parts) > 1 else "", answers.text_format)
    right, right_format = _text_with_format(parts[2] if len(parts) > 2 else "", answers.text_format)
    question.type = QuestionType.TRUE_FALSE
    # Moodle: {T#a#b} shows "a" to whoever answers wrongly and "b" to whoever answers rightly.
    question.data = {"answer": value, "feedback_correct": right,
                     "feedback_correct_format": right_format, "feedback_incorrect": wrong,
                     "feedback_incorrect_format": wrong_format}  # fmt: skip


def _read_short_answer(question: ParsedQuestion, answers: _Answers) -> None:
    chunks = answers.split("=")
    if not chunks[0][0].strip():
        chunks = chunks[1:]
    items: list[dict[str, Any]] = []
    for number, (chunk, position) in enumerate(chunks, start=1):
        line = _chunk_line(answers, chunk, position)
        fraction, body = _weight(chunk, line, 1.0)
        if fraction < 0:
            raise QuestionSyntaxError(line, _("A short answer cannot have a negative weight."))
        text, _format, feedback, feedback_format = _answer_and_feedback(body, answers.text_format)
        if not text:
            raise QuestionSyntaxError(line, _("An answer of this question is empty."))
        items.append({"id": f"a{number}", "text": text, "fraction": fraction,
                      "feedback": feedback, "feedback_format": feedback_format})  # fmt: skip
    if not any(item["fraction"] >= 1 for item in items):
        message = _("At least one answer of a short-answer question must be worth 100%.")
        raise QuestionSyntaxError(question.line, message)
    question.type = QuestionType.SHORT_ANSWER
    question.data = {"answers": items, "case_sensitive": False,
                     "accents": AccentRule.STRICT.value, "accent_credit": 0.5}  # fmt: skip


def _read_numerical(question: ParsedQuestion, answers: _Answers) -> None:
    hash_position = answers.text.index("#")
    content = answers.text[hash_position + 1 :]
    other, other_format = "", answers.text_format
    tilde = content.find("~")
    if tilde != -1:
        _text, _f, other, other_format = _answer_and_feedback(content[tilde + 1 :], other_format)
        content = content[:tilde]
    sub = _Answers(answers.block, content, answers.offset + hash_position + 1, answers.text_format)
    chunks = sub.split("=")
    if not chunks[0][0].strip():
        chunks = chunks[1:]
    items: list[dict[str, Any]] = []
    for number, (chunk, position) in enumerate(chunks, start=1):
        line = _chunk_line(sub, chunk, position)
        fraction, body = _weight(chunk, line, 1.0)
        value, _format, feedback, feedback_format = _answer_and_feedback(body, sub.text_format)
        item: dict[str, Any] = {"id": f"a{number}", **_numeric_answer(value, line),
                                   "fraction": fraction, "feedback": feedback,
                                   "feedback_format": feedback_format}  # fmt: skip
        items.append(item)
    if not items:
        raise QuestionSyntaxError(question.line, _("A numerical question needs an answer."))
    if not any(float(item["fraction"]) >= 1 for item in items):
        message = _("At least one answer of a numerical question must be worth 100%.")
        raise QuestionSyntaxError(question.line, message)
    question.type = QuestionType.NUMERICAL
    question.data = {"answers": items}
    if other:
        question.data |= {"other_feedback": other, "other_feedback_format": other_format}


def _numeric_answer(text: str, line: int) -> dict[str, float]:
    if text.find("..") > 0:
        low, high = (_float(part, line) for part in text.split("..", 1))
        if low > high:
            low, high = high, low
        return {"min": low, "max": high}
    if text.find(":") > 0:
        value, tolerance = (_float(part, line) for part in text.split(":", 1))
        return {"value": value, "tolerance": abs(tolerance)}
    return {"value": _float(text, line), "tolerance": 0.0}


# Unambiguous, so a long run of digits is matched in linear time: "\d+\.?\d*" can split the
# same digits between its two runs in n ways, and a regex engine tries them all.
_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")


def _float(text: str, line: int) -> float:
    cleaned = text.strip().replace("\u2212", "-")
    # A decimal comma is how most of the world writes 3,14.
    if re.fullmatch(r"-?\d+,\d+", cleaned):
        cleaned = cleaned.replace(",", ".")
    shown = {"text": text.strip()[:40] or "''"}
    if not _NUMBER.fullmatch(cleaned):
        raise QuestionSyntaxError(line, _("%(text)s is not a number.") % shown)
    number = float(cleaned)
    if not math.isfinite(number):
        raise QuestionSyntaxError(line, _("%(text)s is too large a number.") % shown)
    return number
