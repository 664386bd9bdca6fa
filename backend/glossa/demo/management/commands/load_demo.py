from typing import Any

from django.core.management.base import BaseCommand

from glossa.demo.services import ACCOUNTS, demo_load


class Command(BaseCommand):
    help = "Create the demo accounts and courses (idempotent) and print how to sign in."

    def handle(self, *args: Any, **options: Any) -> None:
        report = demo_load()

        created = ", ".join(report.courses_created) or "none (already loaded)"
        self.stdout.write(f"Demo courses created: {created}")
        self.stdout.write("Demo accounts (for local use only):")
        for account in ACCOUNTS:
            note = "" if account.email in report.accounts_created else "  (existed; left as it was)"
            self.stdout.write(
                f"  {account.role:<8} {account.email:<24} password: {report.password}{note}"
            )
