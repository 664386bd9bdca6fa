"""Read Moodle XML question files (``question/format/xml`` in Moodle).

The file is parsed with defusedxml: a DOCTYPE, entity declarations and external references
are refused before anything is expanded, so a "billion laughs" or XXE file costs nothing.
Each ``<question>`` becomes a question or an error carrying the line where it starts.

Types: ``multichoice`` (``<single>`` decides single or multiple choice), ``truefalse``,
``shortanswer`` (``<usecase>``), ``numerical``, ``matching``, ``essay``, ``description``,
``ordering`` (the plugin; answers in their right order), ``gapselect`` and ``ddwtos`` (drag
mode gap fill: option *n* fills gap ``[[n]]``, the unused options become distractors) and
``cloze`` (``multianswer``) when every gap is a short answer (type mode gap fill). Others
(calculated, drag-and-drop onto images, random, cloze with menus) are reported as errors.
Files embedded in questions (``<file>``) are not imported.
"""

import re
from typing import Any
from xml.etree.ElementTree import Element, TreeBuilder
from xml.etree.ElementTree import ParseError as XMLParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser
from django.utils.translation import gettext as _

from glossa.questions.grading import plain_text
from glossa.questions.models import AccentRule, GapMode, OrderingUnit, QuestionType, TextFormat
from glossa.questions.parsing import ParsedQuestion, ParseError, ParseResult, QuestionSyntaxError

# Not a valid XML name, so no attribute of the file can collide with it.
_LINE = "#line"
FORMATS = {"html": TextFormat.HTML.value, "moodle_auto_format": TextFormat.MOODLE.value,
           "plain_text": TextFormat.PLAIN.value, "markdown": TextFormat.MARKDOWN.value}  # fmt: skip
MAX_ANSWERS = 100


class _LineBuilder(TreeBuilder):
    """A tree builder that notes on each element the line where its start tag is."""

    def __init__(self) -> None:
        super().__init__()
        self.parser: Any = None

    def start(self, tag: Any, attrs: dict[str, str]) -> Element:
        line = self.parser.parser.CurrentLineNumber if self.parser is not None else 0
        return super().start(tag, {**attrs, _LINE: str(line)})


def parse_moodle_xml(source: str | bytes) -> ParseResult:
    """Parse a Moodle XML file; every question becomes a question or a line-numbered error."""
    result = ParseResult(format="moodlexml")
    root = _root(source, result)
    if root is None:
        return result
    category: str | None = None
    for node in root.iter("question"):
        kind = node.get("type", "")
        line = int(node.get(_LINE, "0"))
        if kind == "category":
            category = _category(node, result)
            continue
        try:
            question = _question(node, kind, line)
        except QuestionSyntaxError as error:
            result.errors.append(ParseError(error.line, error.message))
            continue
        question.category = category
        result.questions.append(question)
    return result


def _root(source: str | bytes, result: ParseResult) -> Element | None:
    builder = _LineBuilder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=True)
    builder.parser = parser
    try:
        parser.feed(source)
        root: Element = parser.close()
    except DefusedXmlException:
        message = _("The file declares a DTD or entities, which question files never need.")
        result.errors.append(ParseError(0, message))
        return None
    except XMLParseError as error:
        line = error.position[0] if error.position else 0
        message = _("The file is not well-formed XML: %(error)s.") % {"error": str(error)}
        result.errors.append(ParseError(line, message))
        return None
    if root.tag != "quiz":
        result.errors.append(ParseError(1, _("A Moodle XML file must start with <quiz>.")))
        return None
    return root


def _text(node: Element | None, path: str = "text") -> str:
    found = node.find(path) if node is not None else None
    return (found.text or "").strip() if found is not None else ""


def _formatted(node: Element | None, default: str = TextFormat.MOODLE) -> tuple[str, str]:
    if node is None:
        return "", default
    return _text(node), FORMATS.get(node.get("format", ""), default)


def _category(node: Element, result: ParseResult) -> str | None:
    raw = _text(node.find("category"))
    raw = re.sub(r"^\$[a-z]+\$/?", "", raw)
    names = [name.replace("\ue010", "/").strip() for name in raw.replace("//", "\ue010").split("/")]
    names = [name for name in names if name]
    if names and names[0] == "top":
        names = names[1:]
    path = "/".join(names)
    if path and path not in result.categories:
        result.categories.append(path)
    return path or None


def _fraction(answer: Element, line: int) -> float:
    try:
        fraction = round(float(answer.get("fraction", "0")) / 100, 7)
    except ValueError:
        raise QuestionSyntaxError(line, _("An answer's fraction is not a number.")) from None
    if not -1 <= fraction <= 1:
        raise QuestionSyntaxError(line, _("An answer's fraction is outside -100 to 100."))
    return fraction


def _answers(node: Element, line: int) -> list[Element]:
    answers = node.findall("answer")
    if len(answers) > MAX_ANSWERS:
        message = _("A question can have at most %(limit)s answers; this one has %(count)s.")
        raise QuestionSyntaxError(line, message % {"limit": MAX_ANSWERS, "count": len(answers)})
    return answers


def _feedback(answer: Element, default: str) -> tuple[str, str]:
    return _formatted(answer.find("feedback"), default)


def _question(node: Element, kind: str, line: int) -> ParsedQuestion:
    text, text_format = _formatted(node.find("questiontext"))
    general, general_format = _formatted(node.find("generalfeedback"), text_format)
    question = ParsedQuestion(
        type=QuestionType.DESCRIPTION,
        text=text,
        line=line,
        title=_text(node.find("name"))[:255],
        text_format=text_format,
        general_feedback=general,
        general_feedback_format=general_format,
    )
    reader = _READERS.get(kind)
    if reader is None:
        message = _("Moodle questions of type “%(type)s” cannot be imported.")
        raise QuestionSyntaxError(line, message % {"type": kind})
    reader(question, node)
    if not question.text.strip() and question.type not in {
        QuestionType.GAP_FILL,
        QuestionType.ORDERING,
    }:
        raise QuestionSyntaxError(line, _("The question has no text."))
    return question


def _read_multichoice(question: ParsedQuestion, node: Element) -> None:
    line = question.line
    items: list[dict[str, Any]] = []
    for number, answer in enumerate(_answers(node, line), start=1):
        text, text_format = _formatted(answer, question.text_format)
        if not text:
            raise QuestionSyntaxError(line, _("An answer of this question is empty."))
        feedback, feedback_format = _feedback(answer, question.text_format)
        items.append({"id": f"a{number}", "text": text, "format": text_format,
                      "fraction": _fraction(answer, line), "feedback": feedback,
                      "feedback_format": feedback_format})  # fmt: skip
    if len(items) < 2:
        raise QuestionSyntaxError(line, _("A multiple-choice question needs at least two answers."))
    if _text(node, "single").lower() in {"false", "0"}:
        if max(item["fraction"] for item in items) <= 0:
            raise QuestionSyntaxError(line, _("At least one answer must give credit."))
        question.type = QuestionType.MULTIPLE_CHOICE
    else:
        if max(item["fraction"] for item in items) < 1:
            message = _("One answer of a single-choice question must be worth 100%.")
            raise QuestionSyntaxError(line, message)
        question.type = QuestionType.SINGLE_CHOICE
    question.data = {"answers": items}


def _read_truefalse(question: ParsedQuestion, node: Element) -> None:
    answers = {_text(a).lower(): a for a in _answers(node, question.line)}
    right = answers.get("true")
    wrong = answers.get("false")
    if right is None or wrong is None:
        message = _("A true/false question needs a “true” and a “false” answer.")
        raise QuestionSyntaxError(question.line, message)
    value = _fraction(right, question.line) > _fraction(wrong, question.line)
    correct, incorrect = (right, wrong) if value else (wrong, right)
    feedback_correct, correct_format = _feedback(correct, question.text_format)
    feedback_incorrect, incorrect_format = _feedback(incorrect, question.text_format)
    question.type = QuestionType.TRUE_FALSE
    question.data = {"answer": value, "feedback_correct": feedback_correct,
                     "feedback_correct_format": correct_format,
                     "feedback_incorrect": feedback_incorrect,
                     "feedback_incorrect_format": incorrect_format}  # fmt: skip


def _read_shortanswer(question: ParsedQuestion, node: Element) -> None:
    line = question.line
    items: list[dict[str, Any]] = []
    for number, answer in enumerate(_answers(node, line), start=1):
        text = _text(answer)
        fraction = _fraction(answer, line)
        if not text:
            raise QuestionSyntaxError(line, _("An answer of this question is empty."))
        if fraction < 0:
            raise QuestionSyntaxError(line, _("A short answer cannot have a negative weight."))
        feedback, feedback_format = _feedback(answer, question.text_format)
        items.append({"id": f"a{number}", "text": text, "fraction": fraction,
                      "feedback": feedback, "feedback_format": feedback_format})  # fmt: skip
    if not any(item["fraction"] >= 1 for item in items):
        message = _("At least one answer of a short-answer question must be worth 100%.")
        raise QuestionSyntaxError(line, message)
    question.type = QuestionType.SHORT_ANSWER
    question.data = {"answers": items, "case_sensitive": _text(node, "usecase") == "1",
                     "accents": AccentRule.STRICT.value, "accent_credit": 0.5}  # fmt: skip


def _number(text: str, line: int) -> float:
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        value = float("nan")
    if value != value or value in {float("inf"), float("-inf")}:  # noqa: PLR0124
        raise QuestionSyntaxError(line, _("%(text)s is not a number.") % {"text": text[:40]})
    return value


def _read_numerical(question: ParsedQuestion, node: Element) -> None:
    line = question.line
    items: list[dict[str, Any]] = []
    for answer in _answers(node, line):
        feedback, feedback_format = _feedback(answer, question.text_format)
        if _text(answer) == "*":
            # Moodle's catch-all answer: its feedback is what a wrong value gets.
            question.data |= {"other_feedback": feedback, "other_feedback_format": feedback_format}
            continue
        items.append({"id": f"a{len(items) + 1}", "value": _number(_text(answer), line),
                      "tolerance": abs(_number(_text(answer, "tolerance") or "0", line)),
                      "fraction": _fraction(answer, line), "feedback": feedback,
                      "feedback_format": feedback_format})  # fmt: skip
    if not any(item["fraction"] >= 1 for item in items):
        message = _("At least one answer of a numerical question must be worth 100%.")
        raise QuestionSyntaxError(line, message)
    question.type = QuestionType.NUMERICAL
    question.data = {"answers": items, **question.data}


def _read_matching(question: ParsedQuestion, node: Element) -> None:
    pairs: list[dict[str, str]] = []
    distractors: list[str] = []
    for sub in node.findall("subquestion"):
        left, left_format = _formatted(sub, question.text_format)
        right = _text(sub.find("answer"))
        if not right:
            raise QuestionSyntaxError(
                question.line, _("A pair of this matching question has no answer.")
            )
        if left:
            pairs.append({"id": f"a{len(pairs) + 1}", "left": left, "left_format": left_format,
                          "right": right})  # fmt: skip
        else:
            distractors.append(right)
    if not pairs or len(pairs) + len(distractors) < 2:
        raise QuestionSyntaxError(question.line, _("A matching question needs at least two pairs."))
    question.type = QuestionType.MATCHING
    question.data = {"pairs": pairs, "distractors": distractors}


def _read_essay(question: ParsedQuestion, node: Element) -> None:
    question.type = QuestionType.ESSAY


def _read_description(question: ParsedQuestion, node: Element) -> None:
    question.type = QuestionType.DESCRIPTION


def _read_ordering(question: ParsedQuestion, node: Element) -> None:
    answers = _answers(node, question.line)
    # The plugin writes the items in their right order, each with its position as fraction.
    ordered = sorted(enumerate(answers), key=lambda pair: (_order_key(pair[1]), pair[0]))
    items = [{"id": f"i{number}", "text": plain_text(_text(answer))}
             for number, (_index, answer) in enumerate(ordered, start=1)]  # fmt: skip
    if len(items) < 2 or any(not item["text"] for item in items):
        message = _("An ordering question needs at least two items, none of them empty.")
        raise QuestionSyntaxError(question.line, message)
    spaced = any(" " in item["text"] for item in items)
    question.type = QuestionType.ORDERING
    question.data = {
        "items": items,
        "unit": (OrderingUnit.SENTENCE if spaced else OrderingUnit.WORD).value,
    }


def _order_key(answer: Element) -> float:
    try:
        return float(answer.get("fraction", "0"))
    except ValueError:
        return 0.0


def _read_gap_options(question: ParsedQuestion, node: Element) -> None:
    options = [_text(option) for option in node.findall("selectoption") + node.findall("dragbox")]
    text = plain_text(question.text)
    used = sorted({int(number) for number in re.findall(r"\[\[(\d+)\]\]", text)})
    if not used:
        raise QuestionSyntaxError(question.line, _("The question text has no gap such as [[1]]."))
    if used[-1] > len(options) or any(not option for option in options):
        message = _("Every gap [[n]] needs a non-empty option number n.")
        raise QuestionSyntaxError(question.line, message)
    gaps = [{"id": f"g{number}", "answers": [options[number - 1]]} for number in used]
    distractors = [option for index, option in enumerate(options, start=1) if index not in used]
    question.type = QuestionType.GAP_FILL
    question.data = {"text": re.sub(r"\[\[(\d+)\]\]", r"[[g\1]]", text), "gaps": gaps,
                     "mode": GapMode.DRAG.value, "distractors": distractors,
                     "case_sensitive": False, "accents": AccentRule.STRICT.value}  # fmt: skip
    question.text, question.text_format = "", TextFormat.PLAIN


# {1:SHORTANSWER:=hablo#Bien~%50%habló#Casi} and the short forms SA, SAC, SHORTANSWER_C.
_CLOZE = re.compile(r"\{(\d*):([A-Z_]+):((?:\\.|[^\\}])*)\}")
_CLOZE_SHORT = {"SHORTANSWER": False, "SA": False, "MW": False,
                "SHORTANSWER_C": True, "SAC": True, "MWC": True}  # fmt: skip


def _read_cloze(question: ParsedQuestion, node: Element) -> None:
    text = plain_text(question.text)
    gaps: list[dict[str, Any]] = []
    case_sensitive: set[bool] = set()

    def gap(match: re.Match[str]) -> str:
        kind = match.group(2)
        if kind not in _CLOZE_SHORT:
            message = _("Only short-answer gaps of a cloze question can be imported, not %(type)s.")
            raise QuestionSyntaxError(question.line, message % {"type": kind})
        case_sensitive.add(_CLOZE_SHORT[kind])
        answers = []
        for chunk in re.split(r"(?<!\\)~", match.group(3)):
            body = chunk.split("#", 1)[0]
            full = body.startswith(("=", "%100%"))
            answer = re.sub(r"^(=|%-?\d+(\.\d+)?%)", "", body).replace("\\", "").strip()
            if full and answer:
                answers.append(answer)
        if not answers:
            raise QuestionSyntaxError(
                question.line, _("A gap of this cloze question has no right answer.")
            )
        gaps.append({"id": f"g{len(gaps) + 1}", "answers": answers})
        return f"[[g{len(gaps)}]]"

    gap_text = _CLOZE.sub(gap, text)
    if not gaps:
        raise QuestionSyntaxError(question.line, _("The cloze question has no gap."))
    question.type = QuestionType.GAP_FILL
    question.data = {"text": gap_text, "gaps": gaps, "mode": GapMode.TYPE.value,
                     "distractors": [], "case_sensitive": case_sensitive == {True},
                     "accents": AccentRule.STRICT.value}  # fmt: skip
    question.text, question.text_format = "", TextFormat.PLAIN


_READERS = {
    "multichoice": _read_multichoice,
    "truefalse": _read_truefalse,
    "shortanswer": _read_shortanswer,
    "numerical": _read_numerical,
    "match": _read_matching,
    "matching": _read_matching,
    "essay": _read_essay,
    "description": _read_description,
    "ordering": _read_ordering,
    "gapselect": _read_gap_options,
    "ddwtos": _read_gap_options,
    "cloze": _read_cloze,
    "multianswer": _read_cloze,
}


def looks_like_moodle_xml(text: str) -> bool:
    head = text.lstrip()[:200]
    return head.startswith(("<?xml", "<quiz"))
