"""Cue text: the WebVTT cue text parsing rules, and the safe forms Glossa stores and shows.

:func:`parse` follows the tokenizer and tree construction of the WebVTT specification
(section "WebVTT cue text parsing rules"): character references are decoded as HTML decodes
them in text, unknown tags are dropped and their text kept, end tags that close nothing are
ignored. :func:`render` writes the tree back as WebVTT cue text that holds only the spans
WebVTT defines (``c i b u ruby rt v lang`` and timestamps), with every ``&``, ``<`` and ``>``
of the text escaped: whatever a caption file contained, no HTML gets through, and a player
that reads WebVTT shows it as the author meant. :func:`plain` is the text alone.
"""

import html
import re
from dataclasses import dataclass, field

from glossa.captions.timing import format_timestamp, parse_timestamp

ELEMENT_TAGS = frozenset({"c", "i", "b", "u", "ruby", "rt", "v", "lang"})

# The extent of one HTML character reference after "&", as HTML's tokenizer consumes it in
# text: numeric (decimal or hex) or a run of name characters; html.unescape then resolves the
# longest known name, legacy names without ";" included (``&notit;`` is "¬it;").
_CHARACTER_REFERENCE = re.compile(r"#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?")
_ASCII_WHITESPACE = re.compile(r"[\t\n\f\r ]+")


@dataclass
class Text:
    value: str


@dataclass
class Timestamp:
    milliseconds: int


@dataclass
class Element:
    tag: str
    classes: list[str] = field(default_factory=list)
    annotation: str = ""
    children: list["Node"] = field(default_factory=list)
    parent: "Element | None" = field(default=None, repr=False, compare=False)


Node = Text | Timestamp | Element


@dataclass
class _Token:
    kind: str  # "text", "start", "end" or "timestamp"
    value: str
    classes: list[str] = field(default_factory=list)
    annotation: str = ""


def parse(text: str) -> Element:
    """Return the tree of ``text`` under a root element whose tag is the empty string."""
    root = Element(tag="")
    current = root
    for token in _tokens(text):
        if token.kind == "text":
            current.children.append(Text(token.value))
        elif token.kind == "start":
            current = _start(current, token)
        elif token.kind == "end":
            current = _end(current, token.value)
        else:
            milliseconds = parse_timestamp(token.value, whole=True)
            if milliseconds is not None:
                current.children.append(Timestamp(milliseconds))
    return root


def _start(current: Element, token: _Token) -> Element:
    if token.value not in ELEMENT_TAGS or (token.value == "rt" and current.tag != "ruby"):
        return current
    annotation = token.annotation if token.value in {"v", "lang"} else ""
    classes = [name for name in token.classes if name]
    element = Element(tag=token.value, classes=classes, annotation=annotation, parent=current)
    current.children.append(element)
    return element


def _end(current: Element, tag: str) -> Element:
    if current.parent is None:
        return current
    if tag == current.tag:
        return current.parent
    if tag == "ruby" and current.tag == "rt" and current.parent.parent is not None:
        return current.parent.parent
    return current


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(text):
        token, position = _next_token(text, position)
        tokens.append(token)
    return tokens


def _next_token(text: str, position: int) -> tuple[_Token, int]:
    """One step of the WebVTT cue text tokenizer: the token at ``position`` and where the
    next one starts."""
    state = "data"
    result = ""
    buffer = ""
    classes: list[str] = []
    while True:
        c = text[position] if position < len(text) else ""
        if state == "data":
            if c == "&":
                decoded, position = _character_reference(text, position + 1)
                result += decoded
                continue
            if c == "<" and not result:
                state = "tag"
            elif c in {"<", ""}:
                return _Token("text", result), position
            else:
                result += c
        elif state == "tag":
            if c in {"\t", "\n", "\f", " "}:
                state = "annotation"
            elif c == ".":
                state = "class"
            elif c == "/":
                state = "end"
            elif c.isascii() and c.isdigit():
                result, state = c, "timestamp"
            elif c in {">", ""}:
                return _Token("start", ""), _after_tag(c, position)
            else:
                result, state = c, "start"
        elif state == "start":
            if c in {"\t", "\f", " ", "\n"}:
                buffer = "\n" if c == "\n" else ""
                state = "annotation"
            elif c == ".":
                state = "class"
            elif c in {">", ""}:
                return _Token("start", result), _after_tag(c, position)
            else:
                result += c
        elif state == "class":
            if c in {"\t", "\f", " ", "\n"}:
                classes.append(buffer)
                buffer = "\n" if c == "\n" else ""
                state = "annotation"
            elif c == ".":
                classes.append(buffer)
                buffer = ""
            elif c in {">", ""}:
                classes.append(buffer)
                return _Token("start", result, classes), _after_tag(c, position)
            else:
                buffer += c
        elif state == "annotation":
            if c == "&":
                decoded, position = _character_reference(text, position + 1, allowed=">")
                buffer += decoded
                continue
            if c in {">", ""}:
                annotation = _ASCII_WHITESPACE.sub(" ", buffer).strip("\t\n\f\r ")
                token = _Token("start", result, classes, annotation)
                return token, _after_tag(c, position)
            buffer += c
        elif c in {">", ""}:  # the end tag and timestamp tag states
            kind = "end" if state == "end" else "timestamp"
            return _Token(kind, result), _after_tag(c, position)
        else:
            result += c
        position += 1


def _after_tag(c: str, position: int) -> int:
    return position + 1 if c == ">" else position


def _character_reference(text: str, position: int, allowed: str = "") -> tuple[str, int]:
    """Decode the character reference that starts after an ``&`` at ``position - 1``."""
    if position < len(text) and text[position] in allowed:
        return "&", position
    match = _CHARACTER_REFERENCE.match(text, position)
    if match is None:
        return "&", position
    return html.unescape("&" + match.group()), match.end()


def render(root: Element) -> str:
    """Write the tree as WebVTT cue text: the known spans only, the text escaped."""
    return "".join(_render(node) for node in root.children)


def _render(node: Node) -> str:
    if isinstance(node, Text):
        return _escape(node.value)
    if isinstance(node, Timestamp):
        return f"<{format_timestamp(node.milliseconds)}>"
    opening = node.tag + "".join(f".{_class_name(name)}" for name in node.classes)
    if node.annotation:
        opening += " " + _escape(node.annotation)
    inner = "".join(_render(child) for child in node.children)
    return f"<{opening}>{inner}</{node.tag}>"


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _class_name(name: str) -> str:
    # A class name ends at whitespace, "." or ">", so only these need leaving out.
    return re.sub(r"[\s.<>&]", "", name)


def plain(root: Element) -> str:
    """The text a person reads, without markup; ruby text is kept after its base."""
    parts: list[str] = []
    for node in root.children:
        if isinstance(node, Text):
            parts.append(node.value)
        elif isinstance(node, Element):
            parts.append(plain(node))
    return "".join(parts)


def sanitize(text: str) -> str:
    """Return ``text`` (WebVTT cue text, possibly hostile) as safe WebVTT cue text."""
    return render(parse(text))


# What may open a tag in typed text: a letter (a span), a "/" (its end) or a digit (a
# timestamp), up to a ">". Any other "<" ("2 < 3") is a character the author meant.
_TAG_LIKE = re.compile(r"<(?:/?[A-Za-z][^<>]*|[0-9][0-9:.]*)>")


def clean(text: str) -> str:
    """Return text a teacher typed (or an editor sent) as safe WebVTT cue text.

    WebVTT spans (``<i>``, ``<v Anna>``) keep their meaning; a ``<`` that opens no tag is
    kept as text rather than swallowing what follows; blank lines, which would end the cue
    in a WebVTT file, are dropped.
    """
    pieces: list[str] = []
    last = 0
    for tag in _TAG_LIKE.finditer(text):
        pieces.append(text[last : tag.start()].replace("<", "&lt;"))
        pieces.append(tag.group())
        last = tag.end()
    pieces.append(text[last:].replace("<", "&lt;"))
    lines = "".join(pieces).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return sanitize("\n".join(line for line in lines if line.strip()))


def dump(root: Element) -> str:
    """The tree in the format of the web-platform-tests cue text parsing tests.

    Elements appear as the HTML the WebVTT DOM construction rules make of them (a class or
    voice span is a ``<span>``), one node per line, children indented by two spaces.
    """
    lines: list[str] = []
    _dump(root.children, 0, lines)
    return "".join(f"| {line}\n" for line in lines)


_DOM_NAMES = {"c": "span", "v": "span", "lang": "span"}


def _dump(nodes: list[Node], depth: int, lines: list[str]) -> None:
    indent = "  " * depth
    for node in nodes:
        if isinstance(node, Text):
            lines.append(f'{indent}"{node.value}"')
        elif isinstance(node, Timestamp):
            lines.append(f"{indent}<?timestamp {format_timestamp(node.milliseconds)}>")
        else:
            lines.append(f"{indent}<{_DOM_NAMES.get(node.tag, node.tag)}>")
            attributes = []
            if node.classes:
                attributes.append(f'class="{" ".join(node.classes)}"')
            if node.tag == "lang":
                attributes.append(f'lang="{node.annotation}"')
            if node.tag == "v":
                attributes.append(f'title="{node.annotation}"')
            lines.extend(f"{indent}  {attribute}" for attribute in sorted(attributes))
            _dump(node.children, depth + 1, lines)
