"""The WebVTT parser algorithm of the W3C specification ("WebVTT file parsing"), with notes.

The parser keeps exactly the cues a browser would: a signature line, an optional header,
then blocks separated by blank lines, where a block whose first or second line holds "-->"
is a cue, STYLE and REGION blocks before the first cue are read and dropped (Glossa's player
styles captions itself), and anything else (NOTE comments, stray text, cues whose timing line
does not parse) is skipped. Where the specification silently skips a block that an author
surely meant as something, the parser also records an error with the line, so a teacher sees
what was left out; comments are never errors.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from glossa.captions.timing import collect_timestamp

SIGNATURE = "WEBVTT"
_ASCII_WHITESPACE = "\t\n\f\r "
_PERCENTAGE = re.compile(r"[0-9]+(?:\.[0-9]+)?%")
_LINE_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


@dataclass(frozen=True)
class CaptionError:
    """A problem in a caption file: the 1-based line (0: the file as a whole) and a sentence."""

    line: int
    message: str


@dataclass
class CueSettings:
    """The cue settings the specification defines, with its defaults."""

    vertical: str = ""
    line: float | None = None  # None is "auto"
    snap_to_lines: bool = True
    line_align: str = "start"
    position: float | None = None  # None is "auto"
    position_align: str = "auto"
    size: float = 100.0
    align: str = "center"
    # The settings as written, kept when valid (region is left out: regions are not kept).
    tokens: list[str] = field(default_factory=list)

    def text(self) -> str:
        return " ".join(self.tokens)


@dataclass
class Cue:
    line: int  # of the timing line
    identifier: str
    start: int
    end: int
    text: str
    settings: CueSettings


@dataclass
class WebVTTFile:
    cues: list[Cue] = field(default_factory=list)
    errors: list[CaptionError] = field(default_factory=list)
    signature: bool = True


def has_signature(text: str) -> bool:
    return text == SIGNATURE or (text.startswith(SIGNATURE) and text[6:7] in {" ", "\t", "\n"})


def normalize_newlines(text: str) -> str:
    return text.replace("\x00", "\ufffd").replace("\r\n", "\n").replace("\r", "\n")


def parse(text: str) -> WebVTTFile:
    """Parse decoded text (a leading byte-order mark already removed)."""
    text = normalize_newlines(text)
    if not has_signature(text):
        error = CaptionError(1, _("A WebVTT file must start with the line WEBVTT."))
        return WebVTTFile(errors=[error], signature=False)
    return _Parser(text.split("\n")).run()


class _Parser:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.position = 0  # index of the next line to read
        self.seen_cue = False
        self.result = WebVTTFile()

    def past_end(self) -> bool:
        last = len(self.lines) - 1
        return self.position > last or (self.position == last and self.lines[last] == "")

    def skip_blank_lines(self) -> None:
        while not self.past_end() and self.lines[self.position] == "":
            self.position += 1

    def run(self) -> WebVTTFile:
        self.position = 1  # the signature line is read
        if self.past_end():
            return self.result
        if self.lines[1] != "":
            self.collect_block(in_header=True)
        else:
            self.position = 2
        self.skip_blank_lines()
        while not self.past_end():
            self.collect_block(in_header=False)
            self.skip_blank_lines()
        return self.result

    def collect_block(self, *, in_header: bool) -> None:
        """The specification's "collect a WebVTT block", plus the record of what it skipped."""
        first_line = self.position
        line_count = 0
        previous_position = self.position
        buffer: list[str] = []
        seen_arrow = False
        cue: Cue | None = None
        failed_timing = False
        style_or_region = False
        while True:
            index = self.position
            line = self.lines[index]
            line_count += 1
            seen_eof = index == len(self.lines) - 1
            self.position += 1
            if "-->" in line:
                if not in_header and (line_count == 1 or (line_count == 2 and not seen_arrow)):
                    seen_arrow = True
                    previous_position = self.position
                    cue, error = _cue_from_timing_line(line, index + 1, "\n".join(buffer))
                    if cue is None:
                        failed_timing = True
                        self.result.errors.append(CaptionError(index + 1, error))
                    else:
                        buffer = []
                        self.seen_cue = True
                else:
                    self.position = previous_position
                    break
            elif line == "":
                break
            else:
                if not in_header and line_count == 2 and _opens_style_or_region(buffer, self):
                    style_or_region = True
                    buffer = []
                buffer.append(line)
                previous_position = self.position
            if seen_eof:
                break

        if cue is not None:
            cue.text = "\n".join(buffer)
            self.result.cues.append(cue)
        elif not (in_header or failed_timing or style_or_region):
            self._note_skipped(first_line, buffer)

    def _note_skipped(self, first_line: int, buffer: list[str]) -> None:
        head = buffer[0] if buffer else ""
        if _is_block_keyword(head, "NOTE", rest_any=True):
            return
        if _is_block_keyword(head, "STYLE") or _is_block_keyword(head, "REGION"):
            if len(buffer) > 1:
                message = _("Style and region blocks must come before the first cue; "
                            "this one is ignored.")  # fmt: skip
                self.result.errors.append(CaptionError(first_line + 1, message))
            return
        message = _(
            "This text is not part of a cue: a cue starts with a timing line such as "
            "00:00:01.000 --> 00:00:04.000."
        )
        self.result.errors.append(CaptionError(first_line + 1, message))


def _opens_style_or_region(buffer: list[str], parser: _Parser) -> bool:
    """A STYLE or REGION line before the first cue opens a block that the next lines fill."""
    if parser.seen_cue or len(buffer) != 1:
        return False
    return _is_block_keyword(buffer[0], "STYLE") or _is_block_keyword(buffer[0], "REGION")


def _is_block_keyword(line: str, keyword: str, *, rest_any: bool = False) -> bool:
    if not line.startswith(keyword):
        return False
    rest = line[len(keyword) :]
    if rest_any:
        return rest == "" or rest[0] in " \t"
    return rest.strip(_ASCII_WHITESPACE) == ""


def _cue_from_timing_line(line: str, number: int, identifier: str) -> tuple[Cue | None, str]:
    """The specification's "collect WebVTT cue timings and settings"."""
    position = _skip_whitespace(line, 0)
    start = collect_timestamp(line, position)
    if start is None:
        return None, _(
            "This line has the arrow --> of a timing line but does not start with a valid "
            "time (like 00:01.000 or 01:02:03.000)."
        )
    position = _skip_whitespace(line, start[1])
    if not line.startswith("-->", position):
        return None, _("The start time must be followed by the arrow -->.")
    position = _skip_whitespace(line, position + 3)
    end = collect_timestamp(line, position)
    if end is None:
        return None, _(
            "The end time after the arrow --> is not a valid time (like 00:04.000 or 01:02:07.000)."
        )
    settings = parse_settings(line[end[1] :])
    return Cue(number, identifier, start[0], end[0], "", settings), ""


def _skip_whitespace(text: str, position: int) -> int:
    while position < len(text) and text[position] in _ASCII_WHITESPACE:
        position += 1
    return position


def parse_settings(text: str) -> CueSettings:
    """The specification's "parse the WebVTT cue settings" (regions are not kept)."""
    settings = CueSettings()
    for token in text.split():
        name, colon, value = token.partition(":")
        if not colon or not name or not value:
            continue
        if _apply_setting(settings, name, value):
            settings.tokens.append(token)
    return settings


def _apply_setting(settings: CueSettings, name: str, value: str) -> bool:
    if name == "vertical" and value in {"rl", "lr"}:
        settings.vertical = value
    elif name == "line":
        return _apply_line(settings, value)
    elif name == "position":
        number, _comma, alignment = value.partition(",")
        percentage = parse_percentage(number)
        if percentage is None or (
            _comma and alignment not in {"line-left", "center", "line-right"}
        ):
            return False
        settings.position = percentage
        settings.position_align = alignment or settings.position_align
    elif name == "size":
        percentage = parse_percentage(value)
        if percentage is None:
            return False
        settings.size = percentage
    elif name == "align" and value in {"start", "center", "end", "left", "right"}:
        settings.align = value
    else:
        return False
    return True


def _apply_line(settings: CueSettings, value: str) -> bool:
    position, comma, alignment = value.partition(",")
    if not any(character.isascii() and character.isdigit() for character in position):
        return False
    if position.endswith("%"):
        number = parse_percentage(position)
    elif _LINE_NUMBER.fullmatch(position):
        number = float(position)
    else:
        number = None
    if number is None or (comma and alignment not in {"start", "center", "end"}):
        return False
    settings.line = number
    settings.line_align = alignment or settings.line_align
    settings.snap_to_lines = not position.endswith("%")
    return True


def parse_percentage(text: str) -> float | None:
    if not _PERCENTAGE.fullmatch(text):
        return None
    number = float(text[:-1])
    return number if 0 <= number <= 100 else None
