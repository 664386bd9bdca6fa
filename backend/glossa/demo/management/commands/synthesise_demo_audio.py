from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from glossa.demo.audio import synthesise_all


class Command(BaseCommand):
    help = (
        "Make the demo recordings from the demo texts with eSpeak NG and FFmpeg "
        "(only those missing or out of date, unless --force)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--force", action="store_true", help="Make every recording again.")

    def handle(self, *args: Any, **options: Any) -> None:
        made = synthesise_all(force=options["force"])
        self.stdout.write(f"{len(made)} recordings made.")
