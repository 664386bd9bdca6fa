from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from glossa.demo.services import ACCOUNTS, demo_load


class Command(BaseCommand):
    help = "Create the demo accounts and courses (idempotent) and print how to sign in."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Load the demo even with production settings (its passwords are public).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        production = str(settings.SETTINGS_MODULE).endswith(".production")
        if production and not options["allow_production"]:
            raise CommandError(
                "The demo creates an administrator whose password is public; with production "
                "settings it needs --allow-production and GLOSSA_DEMO_PASSWORD."
            )
        report = demo_load()

        created = ", ".join(report.courses_created) or "none (already loaded)"
        self.stdout.write(f"Demo courses created: {created}")
        self.stdout.write("Demo accounts (for local use only):")
        for account in ACCOUNTS:
            note = "" if account.email in report.accounts_created else "  (existed; left as it was)"
            self.stdout.write(
                f"  {account.role:<8} {account.email:<24} password: {report.password}{note}"
            )
