"""Delete for good what authors put in the trash more than 30 days ago.

``python -m glossa purge_trash [--days N] [--json]`` prints how many courses, lessons and
blocks were removed. Run it once a day from cron or a scheduled job (see
docs/admin-guide.md); running it twice is harmless.
"""

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from glossa.courses.models import TRASH_DAYS
from glossa.courses.services import trash_purge


class Command(BaseCommand):
    help = "Delete courses, lessons and blocks that have been in the trash for 30 days."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--days",
            type=int,
            default=TRASH_DAYS,
            help=f"Purge what was trashed more than this many days ago. Default: {TRASH_DAYS}.",
        )
        parser.add_argument("--json", action="store_true", help="Print the counts as JSON.")

    def handle(self, *args: Any, **options: Any) -> None:
        days = options["days"]
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        counts = trash_purge(older_than_days=days)
        if options["json"]:
            self.stdout.write(json.dumps(counts))
        else:
            self.stdout.write(
                f"Purged {counts['courses']} courses, {counts['lessons']} lessons "
                f"and {counts['blocks']} blocks."
            )
