"""Read the Aiken quiz format, as Moodle's importer does (``question/format/aiken``).

A question is one or more lines of text, then options ``A) text`` or ``A. text`` (one per
line, any capital letter, the two delimiters may be mixed), then ``ANSWER: X``. Text is
plain (HTML in it is shown as typed); numeric prefixes such as ``17090 -`` stay part of the
text. Moodle maps the answer letter to the option's position; this reader maps it to the
option's own label, which is the same for well-formed files and right for the rest.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from glossa.questions.models import QuestionType, TextFormat
from glossa.questions.parsing import ParsedQuestion, ParseError, ParseResult

_OPTION = re.compile(r"^([A-Z])[).][ \t]+(.*)$")
_ANSWER = re.compile(r"^ANSWER:\s*(.*)$")


@dataclass
class _Draft:
    line: int
    text: list[str] = field(default_factory=list)
    options: list[tuple[str, str, int]] = field(default_factory=list)


def parse_aiken(text: str) -> ParseResult:
    """Parse decoded Aiken text; each question becomes a question or a line-numbered error."""
    result = ParseResult(format="aiken")
    draft: _Draft | None = None
    failed = False
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if len(line) < 1:
            continue
        option, answer = _OPTION.match(line), _ANSWER.match(line)
        if answer:
            if draft is not None and not failed:
                _finish(draft, answer.group(1).strip(), number, result)
            elif draft is None:
                result.errors.append(ParseError(number, _("This ANSWER line has no question.")))
            draft, failed = None, False
        elif option:
            if draft is None:
                draft, failed = _Draft(number), True
                message = _("This option has no question before it.")
                result.errors.append(ParseError(number, message))
            elif not failed:
                draft.options.append((option.group(1), option.group(2).strip(), number))
        elif draft is not None and draft.options:
            if not failed:
                message = _("The question has no ANSWER line after its options.")
                result.errors.append(ParseError(draft.line, message))
            draft, failed = _Draft(number, [line]), False
        elif draft is None:
            draft, failed = _Draft(number, [line]), False
        else:
            draft.text.append(line)
    if draft is not None and not failed:
        message = _("The question has no ANSWER line after its options.")
        result.errors.append(ParseError(draft.line, message))
    return result


def _finish(draft: _Draft, letter: str, line: int, result: ParseResult) -> None:
    labels = [label for label, _text, _line in draft.options]
    if len(draft.options) < 2:
        message = _("The question needs at least two options such as A) and B).")
        result.errors.append(ParseError(draft.line, message))
        return
    if len(set(labels)) != len(labels):
        message = _("Two options of this question have the same letter.")
        result.errors.append(ParseError(draft.line, message))
        return
    if len(letter) != 1 or letter not in labels:
        message = _("The answer %(letter)s is not one of the options %(labels)s.")
        result.errors.append(
            ParseError(line, message % {"letter": letter or "''", "labels": ", ".join(labels)})
        )
        return
    answers = [
        {"id": f"a{number}", "text": text, "format": TextFormat.PLAIN.value,
         "fraction": 1.0 if label == letter else 0.0, "feedback": "",
         "feedback_format": TextFormat.PLAIN.value}
        for number, (label, text, _line) in enumerate(draft.options, start=1)
    ]  # fmt: skip
    question = ParsedQuestion(
        type=QuestionType.SINGLE_CHOICE,
        text="\n".join(draft.text),
        line=draft.line,
        text_format=TextFormat.PLAIN,
        general_feedback_format=TextFormat.PLAIN,
        data={"answers": answers},
    )
    result.questions.append(question)


def looks_like_aiken(text: str) -> bool:
    """Tell Aiken from GIFT: ANSWER lines after lettered options and no GIFT answer block."""
    lines = [line.strip() for line in text.split("\n")]
    has_answer = any(re.match(r"^ANSWER:\s*[A-Z]\s*$", line) for line in lines)
    has_option = any(_OPTION.match(line) for line in lines)
    has_gift_block = re.search(r"(?<!\\)\{", text) is not None
    return has_answer and has_option and not has_gift_block
