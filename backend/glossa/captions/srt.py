"""SubRip (.srt) files, read leniently and turned into WebVTT cues.

SubRip has no specification; players agree on blocks separated by blank lines, each an
optional number, a timing line ``00:00:01,000 --> 00:00:04,000`` and the text. Files in the
wild also use a period before the milliseconds, fewer millisecond digits, no hours, numbers
that start at 0 or repeat, a missing blank line between two cues, display coordinates after
the timings, HTML-like tags (``<i>``, ``<font color>``) and ASS position codes (``{\\an8}``).
All of those are read; the text becomes WebVTT cue text, where ``<b> <i> <u>`` survive, other
tags are dropped keeping their text, and ``{\\anN}`` becomes WebVTT line and align settings.
"""

import re

from django.utils.translation import gettext as _

from glossa.captions.webvtt import CaptionError, Cue, WebVTTFile, normalize_newlines, parse_settings

_TIME = r"(?:(\d+):)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})"
TIMING_LINE = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(?:\s.*)?$")
_NUMBER = re.compile(r"^\s*\d+\s*$")
_ASS_OVERRIDE = re.compile(r"\{\\[^{}]*\}")
_ASS_POSITION = re.compile(r"\{\\an([1-9])\}")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")

# {\anN} numbers positions like a phone keypad: 7 8 9 at the top, 1 2 3 at the bottom.
_ROW_SETTINGS = {7: "line:0", 8: "line:0", 9: "line:0", 4: "line:50%", 5: "line:50%", 6: "line:50%"}
_COLUMN_SETTINGS = {1: "align:left", 4: "align:left", 7: "align:left",
                    3: "align:right", 6: "align:right", 9: "align:right"}  # fmt: skip


def looks_like_srt(text: str) -> bool:
    return any(TIMING_LINE.match(line) for line in normalize_newlines(text).split("\n"))


def parse(text: str) -> WebVTTFile:
    lines = normalize_newlines(text).split("\n")
    result = WebVTTFile()
    block: list[tuple[int, str]] = []
    for number, line in enumerate([*lines, ""], start=1):
        if line.strip():
            block.append((number, line))
        elif block:
            _read_block(block, result)
            block = []
    return result


def _read_block(block: list[tuple[int, str]], result: WebVTTFile) -> None:
    timing_rows = [index for index, (_number, line) in enumerate(block) if TIMING_LINE.match(line)]
    if (
        not timing_rows
        or timing_rows[0] > 1
        or (timing_rows[0] == 1 and not _NUMBER.match(block[0][1]))
    ):
        message = _(
            "This text is not part of a subtitle: a subtitle starts with its number or a "
            "timing line such as 00:00:01,000 --> 00:00:04,000."
        )
        result.errors.append(CaptionError(block[0][0], message))
        return
    # A timing line inside the text starts the next subtitle (its blank line was forgotten),
    # taking the number just above it along.
    for position, row in enumerate(timing_rows):
        following = timing_rows[position + 1] if position + 1 < len(timing_rows) else len(block)
        if (
            following < len(block)
            and following - 1 > row
            and _NUMBER.match(block[following - 1][1])
        ):
            following -= 1
        _read_cue(block[row], block[row + 1 : following], result)


def _read_cue(
    timing: tuple[int, str], text_lines: list[tuple[int, str]], result: WebVTTFile
) -> None:
    number, line = timing
    match = TIMING_LINE.match(line)
    assert match is not None  # noqa: S101 - only timing lines are passed in
    start = _milliseconds(match.groups()[:4])
    end = _milliseconds(match.groups()[4:])
    if start is None or end is None:
        result.errors.append(
            CaptionError(number, _("Minutes and seconds in a timing line go up to 59."))
        )
        return
    text, settings = convert_text("\n".join(text for _number, text in text_lines))
    result.cues.append(Cue(number, "", start, end, text, parse_settings(settings)))


def _milliseconds(groups: tuple[str | None, ...]) -> int | None:
    hours, minutes, seconds, fraction = groups
    if int(minutes or 0) > 59 or int(seconds or 0) > 59:
        return None
    total = (int(hours or 0) * 60 + int(minutes or 0)) * 60 + int(seconds or 0)
    return total * 1000 + int((fraction or "0").ljust(3, "0"))


def convert_text(text: str) -> tuple[str, str]:
    """SubRip text as WebVTT cue text (not yet sanitised) and the WebVTT settings it implies."""
    position = _ASS_POSITION.search(text)
    settings: list[str] = []
    if position is not None:
        code = int(position.group(1))
        settings = [s for s in (_ROW_SETTINGS.get(code), _COLUMN_SETTINGS.get(code)) if s]
    text = _ASS_OVERRIDE.sub("", text).replace("\\N", "\n").replace("\\h", "\u00a0")
    # A line emptied by the codes (an "{\\an8}" line of its own) must not become a blank line,
    # which would end the cue in WebVTT.
    text = "\n".join(line for line in text.split("\n") if line.strip())
    # Only "<" that opens a tag is markup in SubRip; any other ("2<3") is text.
    pieces: list[str] = []
    last = 0
    for tag in _TAG.finditer(text):
        pieces.append(text[last : tag.start()].replace("<", "&lt;"))
        pieces.append(tag.group())
        last = tag.end()
    pieces.append(text[last:].replace("<", "&lt;"))
    return "".join(pieces), " ".join(settings)
