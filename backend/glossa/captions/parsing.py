"""Read an uploaded caption file, whatever it is: the one entry point of the parsers.

:func:`captions_read` decodes the bytes, tells WebVTT (by its signature) from SubRip (by its
timing lines), parses, then keeps only cues Glossa can show: text left after sanitising, an
end after the start. Every cue or block left out is listed with its line. The file is refused
when it is not text, is neither format, or has blocks but not one usable cue; a WebVTT file
with no cue at all (just the signature) is valid and gives an empty track to fill in.
"""

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from glossa.captions import cuetext, srt, webvtt
from glossa.captions.encoding import UndecodableError, decode
from glossa.captions.timing import format_timestamp
from glossa.captions.webvtt import CaptionError

WEBVTT = "webvtt"
SRT = "srt"


@dataclass(frozen=True)
class ParsedCue:
    line: int
    start: int  # milliseconds
    end: int
    text: str  # sanitised WebVTT cue text
    identifier: str = ""
    settings: str = ""
    cue_settings: webvtt.CueSettings = field(default_factory=webvtt.CueSettings, compare=False)


@dataclass
class CaptionFile:
    format: str
    encoding: str | None
    cues: list[ParsedCue] = field(default_factory=list)
    errors: list[CaptionError] = field(default_factory=list)
    refused: bool = False

    def summary(self) -> dict[str, Any]:
        """The ``check_captions --json`` object."""
        return {
            "format": self.format,
            "encoding": self.encoding,
            "cues": len(self.cues),
            "errors": [{"line": error.line, "message": error.message} for error in self.errors],
        }


def captions_read(source: bytes, *, name: str = "", language: str | None = None) -> CaptionFile:
    """Decode and parse ``source``; ``name`` (the file name) only names the format of a file
    that is neither; ``language`` helps to guess a legacy code page."""
    guessed_format = SRT if name.lower().endswith(".srt") else WEBVTT
    if not source:
        return _refused(guessed_format, "utf-8", 0, _("The file is empty."))
    try:
        decoded = decode(source, language=language)
    except UndecodableError:
        message = _(
            "The file is not text in an encoding Glossa can read. Save it as UTF-8 and try again."
        )
        return _refused(guessed_format, None, 0, message)

    text = decoded.text.removeprefix("\ufeff")
    if webvtt.has_signature(webvtt.normalize_newlines(text)):
        result = CaptionFile(format=WEBVTT, encoding=decoded.encoding)
        parsed = webvtt.parse(text)
    elif text.startswith(webvtt.SIGNATURE):
        # Meant as WebVTT ("WEBVTT-FILE", "WEBVTTX"): say so rather than read it as SubRip.
        message = _("The first line must be WEBVTT alone or followed by a space and a title.")
        return _refused(WEBVTT, decoded.encoding, 1, message)
    elif srt.looks_like_srt(text):
        result = CaptionFile(format=SRT, encoding=decoded.encoding)
        parsed = srt.parse(text)
    else:
        if not text.strip():
            return _refused(guessed_format, decoded.encoding, 0, _("The file is empty."))
        message = _(
            "This is neither a WebVTT file (it does not start with the line WEBVTT) nor a "
            "SubRip file (no timing line such as 00:00:01,000 --> 00:00:04,000 was found)."
        )
        return _refused(guessed_format, decoded.encoding, 1, message)

    result.errors = list(parsed.errors)
    for cue in parsed.cues:
        kept = _usable(cue, result.errors)
        if kept is not None:
            result.cues.append(kept)
    result.errors.sort(key=lambda error: error.line)
    result.refused = not result.cues and bool(result.errors)
    return result


def _usable(cue: webvtt.Cue, errors: list[CaptionError]) -> ParsedCue | None:
    # Only a cue with no text at all is left out: "&nbsp;" or a lone space is text the
    # author wrote (the specification's own tests have such cues).
    if not cue.text.strip("\t\n\f\r "):
        errors.append(CaptionError(cue.line, _("The cue has no text, so it is left out.")))
        return None
    if cue.end <= cue.start:
        message = _(
            "The cue ends (%(end)s) no later than it starts (%(start)s), so it would never "
            "show; it is left out."
        ) % {"end": format_timestamp(cue.end), "start": format_timestamp(cue.start)}
        errors.append(CaptionError(cue.line, message))
        return None
    tree = cuetext.parse(cue.text)
    return ParsedCue(
        line=cue.line,
        start=cue.start,
        end=cue.end,
        text=cuetext.render(tree),
        identifier=cue.identifier,
        settings=cue.settings.text(),
        cue_settings=cue.settings,
    )


def _refused(fmt: str, encoding: str | None, line: int, message: str) -> CaptionFile:
    return CaptionFile(
        format=fmt, encoding=encoding, errors=[CaptionError(line, message)], refused=True
    )
