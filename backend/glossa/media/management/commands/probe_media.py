"""``python -m glossa probe_media PATH [--json]``: what the upload pipeline decides about a file."""

import json
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError, no_translations

from glossa.media.probe import ProbeError, media_probe

HELP = """Probe an audio or video file by its content, as an upload is probed. With --json
exactly one JSON object is printed: {"kind": "audio"|"video", "container", "codecs": [...],
"duration": SECONDS} when the file is accepted, or {"error": "..."} with exit status 1 when
it is refused (empty, truncated, damaged, not media, or a container Glossa does not take)."""


class Command(BaseCommand):
    help = HELP

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("path", metavar="PATH", help="The file to probe.")
        parser.add_argument("--json", action="store_true", help="Print one JSON object.")

    # Scripts read the messages: they stay in English whatever the site's language.
    @no_translations
    def handle(self, *args: Any, **options: Any) -> None:
        try:
            probe = media_probe(options["path"])
        except ProbeError as error:
            if options["json"]:
                self.stdout.write(json.dumps({"error": error.reason}, ensure_ascii=False))
            raise CommandError(error.reason) from error

        if options["json"]:
            self.stdout.write(json.dumps(probe.as_contract(), ensure_ascii=False))
            return
        self.stdout.write(f"kind: {probe.kind}")
        self.stdout.write(f"container: {probe.container}")
        self.stdout.write(f"codecs: {', '.join(probe.codecs)}")
        self.stdout.write(f"duration: {probe.duration} s")
        if probe.width and probe.height:
            self.stdout.write(f"size: {probe.width}x{probe.height}")
