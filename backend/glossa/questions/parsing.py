"""What the quiz-file parsers produce, independent of the file format."""

import re
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from glossa.common.exceptions import DomainError


@dataclass
class ParsedQuestion:
    """One question read from a file, ready to become a :class:`Question` row."""

    type: str
    text: str
    line: int
    title: str = ""
    text_format: str = "moodle"
    general_feedback: str = ""
    general_feedback_format: str = "moodle"
    data: dict[str, Any] = field(default_factory=dict)
    category: str | None = None


@dataclass(frozen=True)
class ParseError:
    """A question that could not be read: the 1-based line and a sentence for a person."""

    line: int
    message: str


@dataclass
class ParseResult:
    format: str
    questions: list[ParsedQuestion] = field(default_factory=list)
    errors: list[ParseError] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)


class QuestionSyntaxError(Exception):
    """Raised inside a parser for one question; the parser turns it into a ParseError."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class UndecodableFileError(DomainError):
    code = "undecodable_file"


# A run of three or more bytes from 0xC0 up: a Cyrillic word in Windows-1251, where in
# Windows-1252 the same bytes are accented Latin letters, which Western words use one at a time.
_CYRILLIC_WORD = re.compile(rb"[\xc0-\xff]{3,}")
_HIGH_LETTER = re.compile(rb"[\xc0-\xff]")


def decode_source(source: str | bytes) -> str:
    """Return the text of a quiz file: UTF-8 (with or without BOM), UTF-16 with a BOM, or
    for old exports Windows-1251 (Russian) or Windows-1252 (Western), told apart by their
    letters; line endings become ``\\n``.

    Raises :class:`UndecodableFileError` for anything else (binary files, other encodings).
    """
    if isinstance(source, bytes):
        if source.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = _decode(source, "utf-16")
        else:
            try:
                text = source.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = _decode(source, _legacy_encoding(source))
    else:
        text = source.removeprefix("\ufeff")
    if "\x00" in text:
        raise UndecodableFileError(_("The file is not a text file."))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _legacy_encoding(source: bytes) -> str:
    """Tell a Windows-1251 file from a Windows-1252 one: almost every byte decodes in both,
    so a Russian file read as 1252 would import as "Ñòîëèöà" without any error."""
    high = len(_HIGH_LETTER.findall(source))
    in_words = sum(len(word) for word in _CYRILLIC_WORD.findall(source))
    return "cp1251" if high and in_words * 2 > high else "cp1252"


def _decode(source: bytes, encoding: str) -> str:
    try:
        return source.decode(encoding).removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise UndecodableFileError(
            _("The file is not in UTF-8 and could not be read. Save it as UTF-8 and try again.")
        ) from None
