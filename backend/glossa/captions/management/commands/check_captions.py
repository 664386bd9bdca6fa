"""``python -m glossa check_captions PATH [--json] [--language CODE]``: check a WebVTT or
SubRip file the way an upload is checked, without saving anything."""

import json
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from glossa.captions.parsing import SRT, WEBVTT, CaptionFile, captions_read
from glossa.captions.timing import format_timestamp
from glossa.captions.webvtt import CaptionError

HELP = """Check a caption file (WebVTT, or SubRip which uploads convert to WebVTT) exactly as
an upload is checked. With --json exactly one JSON object is printed: {"format": "webvtt" |
"srt", "encoding": ..., "cues": N, "errors": [{"line": L, "message": ...}]}. "encoding" is the
Python codec that decodes the bytes ("utf-8-sig" and "utf-16": with a byte-order mark), null
when the bytes are not text. "cues" counts the cues an upload would keep; "errors" lists
every block or cue left out, with its 1-based line (0: the file as a whole). The exit status
is 1 when the file is refused: not text, neither WebVTT nor SubRip, or blocks but no usable
cue; an accepted file may still list errors for what it leaves out. --language (the track's
language, such as ru) helps to tell legacy code pages apart."""


class Command(BaseCommand):
    help = HELP

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("path", metavar="PATH", help="The .vtt or .srt file to check.")
        parser.add_argument("--json", action="store_true", help="Print one JSON object.")
        parser.add_argument("--language", default=None, help="The track's language code.")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["path"])
        try:
            source = path.read_bytes()
        except OSError as error:
            fmt = SRT if path.name.lower().endswith(".srt") else WEBVTT
            result = CaptionFile(format=fmt, encoding=None, refused=True)
            result.errors.append(CaptionError(0, _file_error(path, error)))
        else:
            result = captions_read(source, name=path.name, language=options["language"])

        if options["json"]:
            self.stdout.write(json.dumps(result.summary(), ensure_ascii=False))
        else:
            self._print(result)
        if result.refused:
            raise CommandError(result.errors[0].message if result.errors else "Refused.")

    def _print(self, result: CaptionFile) -> None:
        label = "WebVTT" if result.format == WEBVTT else "SubRip (converted to WebVTT)"
        self.stdout.write(f"Format: {label}")
        self.stdout.write(f"Encoding: {result.encoding or 'not text'}")
        self.stdout.write(f"Cues: {len(result.cues)}")
        if result.cues:
            first, last = result.cues[0], result.cues[-1]
            span = f"{format_timestamp(first.start)} to {format_timestamp(last.end)}"
            self.stdout.write(f"From {span}")
        for error in result.errors:
            where = f"Line {error.line}" if error.line else "File"
            self.stdout.write(self.style.ERROR(f"{where}: {error.message}"))
        if result.refused:
            self.stdout.write(self.style.ERROR("Refused: an upload of this file would fail."))
        else:
            self.stdout.write(self.style.SUCCESS("Accepted."))


def _file_error(path: Path, error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return f"The file {path} does not exist."
    if isinstance(error, IsADirectoryError):
        return f"{path} is a directory, not a file."
    return f"The file {path} could not be read: {error.strerror or error}."
