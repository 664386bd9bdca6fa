"""Write a question bank as GIFT or Moodle XML, files Moodle imports and Glossa reads back.

GIFT has no syntax for ordering, gap-fill, dictation or listening questions: a GIFT export
leaves them out and says so in a comment at the top. Moodle XML writes ordering questions
for Moodle's ordering plugin, drag-mode gap fill as "drag and drop into text" (``ddwtos``)
and typed gap fill as cloze; dictation and listening questions need their recording, which
a question file cannot carry, so they are left out too. ``Export.skipped`` counts them.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby
from xml.etree.ElementTree import Element, SubElement, indent, tostring

from glossa.questions.gift import MISSING_WORD
from glossa.questions.models import (
    AccentRule,
    GapMode,
    Question,
    QuestionBank,
    QuestionType,
    TextFormat,
)
from glossa.questions.validators import GAP_MARKER

EXPORT_FORMATS = ("gift", "moodlexml")
GIFT_TYPES = {QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE,
              QuestionType.SHORT_ANSWER, QuestionType.NUMERICAL, QuestionType.MATCHING,
              QuestionType.ESSAY, QuestionType.DESCRIPTION}  # fmt: skip
XML_TYPES = GIFT_TYPES | {QuestionType.ORDERING, QuestionType.GAP_FILL}


@dataclass(frozen=True)
class Export:
    content: bytes
    content_type: str
    suffix: str
    skipped: int


def bank_export(*, bank: QuestionBank, questions: list[Question], fmt: str) -> Export:
    """Write ``questions`` of ``bank`` (uncategorised first, then by category) as ``fmt``."""
    ordered = sorted(questions, key=lambda q: (q.category.path if q.category else "", q.pk))
    if fmt == "gift":
        kept = [q for q in ordered if q.type in GIFT_TYPES]
        text = gift_write(kept, skipped=len(ordered) - len(kept))
        return Export(
            text.encode(), "text/plain; charset=utf-8", ".gift.txt", len(ordered) - len(kept)
        )
    kept = [q for q in ordered if q.type in XML_TYPES]
    return Export(moodle_xml_write(kept), "application/xml", ".xml", len(ordered) - len(kept))


def _path(question: Question) -> str:
    return question.category.path if question.category else ""


# --- GIFT ---------------------------------------------------------------------------------

_GIFT_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\~=#{}:"} | {"\n": "\\n"})
_MARKERS = {TextFormat.HTML: "[html]", TextFormat.MARKDOWN: "[markdown]",
            TextFormat.PLAIN: "[plain]", TextFormat.MOODLE: "[moodle]"}  # fmt: skip


def _escape(text: str) -> str:
    return str(text).strip().translate(_GIFT_SPECIAL)


def _marked(text: str, text_format: str, default: str) -> str:
    """Text with a format marker when it differs from the default its reader assumes."""
    marker = "" if text_format == default else _MARKERS.get(text_format, "")  # type: ignore[call-overload]
    return marker + _escape(text)


def _percent(fraction: float) -> str:
    return f"%{round(float(fraction) * 100, 5):.12g}%"


def _feedback(answer: dict[str, object], default: str) -> str:
    feedback = str(answer.get("feedback", ""))
    if not feedback.strip():
        return ""
    return "#" + _marked(feedback, str(answer.get("feedback_format", default)), default)


def gift_write(questions: Iterable[Question], *, skipped: int = 0) -> str:
    """Return ``questions`` as GIFT; they must be of ``GIFT_TYPES``."""
    blocks: list[str] = ["// Exported from Glossa."]
    if skipped:
        blocks[0] += (
            f"\n// {skipped} question(s) left out: GIFT cannot hold ordering, gap-fill, "
            "dictation or listening questions (use Moodle XML)."
        )
    for path, group in groupby(questions, key=_path):
        if path:
            blocks.append(f"$CATEGORY: $course$/top/{path.replace('/', '/')}")
        blocks.extend(_gift_question(question) for question in group)
    return "\n\n".join(blocks) + "\n"


def _gift_question(question: Question) -> str:
    options = ""
    data = question.data
    if question.type == QuestionType.SHORT_ANSWER:
        options = f"// [accents:{data.get('accents', AccentRule.STRICT)}]\n"
        options += f"// [case:{'sensitive' if data.get('case_sensitive') else 'insensitive'}]\n"
    title = f"::{_escape(question.title)}::" if question.title.strip() else ""
    stem_format = question.text_format
    text = title + _marked(question.text, stem_format, TextFormat.MOODLE)
    if question.type == QuestionType.DESCRIPTION:
        return options + text
    stem, blank, after = text.partition(MISSING_WORD)
    general = ""
    if question.general_feedback.strip():
        general = "####" + _marked(
            question.general_feedback, question.general_feedback_format, stem_format
        )
    answers = " ".join(_gift_answers(question)) + general
    block = "{" + answers + "}"
    if blank and after.strip():
        return options + f"{stem}{block}{after}"
    return options + f"{text} {block}"


def _gift_answers(question: Question) -> list[str]:
    data, default = question.data, question.text_format
    if question.type in {QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE}:
        single = question.type == QuestionType.SINGLE_CHOICE
        parts = []
        for answer in question.answers:
            fraction = float(answer.get("fraction", 0))
            text = _marked(str(answer["text"]), str(answer.get("format", default)), default)
            if single and fraction >= 1:
                prefix = "="
            else:
                prefix = "~" + (_percent(fraction) if fraction else "")
            parts.append(prefix + text + _feedback(answer, default))
        return parts
    if question.type == QuestionType.TRUE_FALSE:
        wrong = _marked(str(data.get("feedback_incorrect", "")),
                        str(data.get("feedback_incorrect_format", default)), default)  # fmt: skip
        right = _marked(str(data.get("feedback_correct", "")),
                        str(data.get("feedback_correct_format", default)), default)  # fmt: skip
        value = "TRUE" if data.get("answer") else "FALSE"
        return [value + (f"#{wrong}#{right}" if wrong or right else "")]
    if question.type == QuestionType.SHORT_ANSWER:
        return [f"={_percent(float(a.get('fraction', 1)))}{_escape(str(a['text']))}"
                + _feedback(a, default) for a in question.answers]  # fmt: skip
    if question.type == QuestionType.NUMERICAL:
        parts = [f"={_percent(float(a.get('fraction', 1)))}{_numeric(a)}" + _feedback(a, default)
                 for a in question.answers]  # fmt: skip
        other = str(data.get("other_feedback", ""))
        other_part = ""
        if other.strip():
            other_format = str(data.get("other_feedback_format", default))
            other_part = " ~#" + _marked(other, other_format, default)
        return ["#" + " ".join(parts) + other_part]
    if question.type == QuestionType.MATCHING:
        pairs = [f"={_marked(str(p['left']), str(p.get('left_format', default)), default)} -> "
                 f"{_escape(str(p['right']))}" for p in data.get("pairs", [])]  # fmt: skip
        return pairs + [f"= -> {_escape(str(d))}" for d in data.get("distractors", [])]
    return []  # essay


def _numeric(answer: dict[str, object]) -> str:
    if "min" in answer:
        return f"{_number(answer['min'])}..{_number(answer['max'])}"
    return f"{_number(answer['value'])}:{_number(answer.get('tolerance', 0))}"


def _number(value: object) -> str:
    return repr(float(value))  # type: ignore[arg-type]


# --- Moodle XML ---------------------------------------------------------------------------

_XML_FORMATS = {TextFormat.HTML: "html", TextFormat.MOODLE: "moodle_auto_format",
                TextFormat.PLAIN: "plain_text", TextFormat.MARKDOWN: "markdown"}  # fmt: skip


def _text(parent: Element, tag: str, text: str, text_format: str | None = None) -> Element:
    node = SubElement(parent, tag)
    if text_format is not None:
        node.set("format", _XML_FORMATS.get(text_format, "moodle_auto_format"))  # type: ignore[call-overload]
    SubElement(node, "text").text = text
    return node


def _value(parent: Element, tag: str, value: str) -> None:
    SubElement(parent, tag).text = value


def _xml_fraction(fraction: object) -> str:
    return f"{round(float(fraction) * 100, 5):.12g}"  # type: ignore[arg-type]


def moodle_xml_write(questions: Iterable[Question]) -> bytes:
    """Return ``questions`` as a Moodle XML ``<quiz>``; they must be of ``XML_TYPES``."""
    quiz = Element("quiz")
    for path, group in groupby(questions, key=_path):
        if path:
            category = SubElement(quiz, "question", type="category")
            _text(category, "category", f"$course$/top/{path}")
        for question in group:
            _xml_question(quiz, question)
    indent(quiz)
    body = bytes(tostring(quiz, encoding="utf-8", xml_declaration=False))
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"


_XML_TYPES = {QuestionType.SINGLE_CHOICE: "multichoice", QuestionType.MULTIPLE_CHOICE: "multichoice",
              QuestionType.TRUE_FALSE: "truefalse", QuestionType.SHORT_ANSWER: "shortanswer",
              QuestionType.NUMERICAL: "numerical", QuestionType.MATCHING: "matching",
              QuestionType.ESSAY: "essay", QuestionType.DESCRIPTION: "description",
              QuestionType.ORDERING: "ordering"}  # fmt: skip


def _xml_question(quiz: Element, question: Question) -> None:
    data, default = question.data, question.text_format
    if question.type == QuestionType.GAP_FILL:
        _xml_gap_fill(quiz, question)
        return
    node = SubElement(quiz, "question", type=_XML_TYPES[question.type])  # type: ignore[index]
    _text(node, "name", question.title or _name(question.text))
    _text(node, "questiontext", question.text, default)
    _text(node, "generalfeedback", question.general_feedback, question.general_feedback_format)
    _value(node, "defaultgrade", "1")
    if question.type in {QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE}:
        _value(node, "single", "true" if question.type == QuestionType.SINGLE_CHOICE else "false")
        _value(node, "shuffleanswers", "true")
        _value(node, "answernumbering", "abc")
        for a in question.answers:
            answer = _text(node, "answer", str(a["text"]), str(a.get("format", default)))
            answer.set("fraction", _xml_fraction(a.get("fraction", 0)))
            _text(
                answer,
                "feedback",
                str(a.get("feedback", "")),
                str(a.get("feedback_format", default)),
            )
    elif question.type == QuestionType.TRUE_FALSE:
        value = bool(data.get("answer"))
        for text, right in (("true", value), ("false", not value)):
            key = "feedback_correct" if right else "feedback_incorrect"
            answer = _text(node, "answer", text, TextFormat.MOODLE)
            answer.set("fraction", "100" if right else "0")
            _text(
                answer, "feedback", str(data.get(key, "")), str(data.get(f"{key}_format", default))
            )
    elif question.type == QuestionType.SHORT_ANSWER:
        _value(node, "usecase", "1" if data.get("case_sensitive") else "0")
        for a in question.answers:
            answer = _text(node, "answer", str(a["text"]), TextFormat.MOODLE)
            answer.set("fraction", _xml_fraction(a.get("fraction", 1)))
            _text(
                answer,
                "feedback",
                str(a.get("feedback", "")),
                str(a.get("feedback_format", default)),
            )
    elif question.type == QuestionType.NUMERICAL:
        _xml_numerical(node, question)
    elif question.type == QuestionType.MATCHING:
        _value(node, "shuffleanswers", "true")
        for pair in data.get("pairs", []):
            sub = _text(
                node, "subquestion", str(pair["left"]), str(pair.get("left_format", default))
            )
            _text(sub, "answer", str(pair["right"]))
        for distractor in data.get("distractors", []):
            sub = _text(node, "subquestion", "", default)
            _text(sub, "answer", str(distractor))
    elif question.type == QuestionType.ORDERING:
        _value(node, "layouttype", "HORIZONTAL" if data.get("unit") == "word" else "VERTICAL")
        _value(node, "selecttype", "ALL")
        _value(node, "selectcount", "0")
        _value(node, "gradingtype", "ABSOLUTE_POSITION")
        for position, item in enumerate(data.get("items", []), start=1):
            answer = _text(node, "answer", str(item["text"]), TextFormat.PLAIN)
            answer.set("fraction", str(position))
    elif question.type == QuestionType.ESSAY:
        _value(node, "responseformat", "editor")
        _value(node, "responserequired", "1")
        _value(node, "responsefieldlines", "15")


def _xml_numerical(node: Element, question: Question) -> None:
    default = question.text_format
    for a in question.answers:
        if "min" in a:
            # Moodle's numerical answers are a value and a tolerance; a range is its middle.
            low, high = float(a["min"]), float(a["max"])
            value, tolerance = (low + high) / 2, (high - low) / 2
        else:
            value, tolerance = float(a["value"]), float(a.get("tolerance", 0))
        answer = _text(node, "answer", repr(value), TextFormat.MOODLE)
        answer.set("fraction", _xml_fraction(a.get("fraction", 1)))
        _value(answer, "tolerance", repr(tolerance))
        _text(
            answer, "feedback", str(a.get("feedback", "")), str(a.get("feedback_format", default))
        )
    other = str(question.data.get("other_feedback", ""))
    if other.strip():
        answer = _text(node, "answer", "*", TextFormat.MOODLE)
        answer.set("fraction", "0")
        _value(answer, "tolerance", "0")
        _text(answer, "feedback", other, str(question.data.get("other_feedback_format", default)))


def _xml_gap_fill(quiz: Element, question: Question) -> None:
    """Drag mode as ``ddwtos`` (one option per gap, then distractors); type mode as cloze."""
    data = question.data
    gaps = {str(gap["id"]): [str(a) for a in gap["answers"]] for gap in data.get("gaps", [])}
    drag = data.get("mode") == GapMode.DRAG
    order = list(gaps)
    if drag:
        text = GAP_MARKER.sub(lambda m: f"[[{order.index(m.group(1)) + 1}]]", str(data["text"]))
    else:
        sac = "SAC" if data.get("case_sensitive") else "SA"
        text = GAP_MARKER.sub(
            lambda m: (
                "{1:" + sac + ":" + "~".join("=" + _cloze_escape(a) for a in gaps[m.group(1)]) + "}"
            ),
            str(data["text"]),
        )
    if question.text.strip():
        # Moodle keeps the instructions and the gaps in one text; so do they here.
        text = f"{question.text.strip()}\n\n{text}"
    node = SubElement(quiz, "question", type="ddwtos" if drag else "cloze")
    _text(node, "name", question.title or _name(str(data["text"])))
    _text(node, "questiontext", text, TextFormat.PLAIN)
    _text(node, "generalfeedback", question.general_feedback, question.general_feedback_format)
    if drag:
        _value(node, "defaultgrade", "1")
        _value(node, "shuffleanswers", "1")
        options = [answers[0] for answers in gaps.values()] + [
            str(d) for d in data.get("distractors", [])
        ]
        for option in options:
            box = _text(node, "dragbox", option)
            _value(box, "group", "1")


def _cloze_escape(text: str) -> str:
    return "".join(f"\\{c}" if c in '}#~/"\\' else c for c in text)


def _name(text: str) -> str:
    return " ".join(text.split())[:60] or "Question"
