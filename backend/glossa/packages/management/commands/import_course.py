from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from glossa.accounts.models import User
from glossa.common.exceptions import DomainError
from glossa.courses.selectors import user_may_author
from glossa.packages.services import course_import


class Command(BaseCommand):
    help = "Import a course package as a new draft course owned by the teacher with EMAIL."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--owner", required=True, help="Email of a teacher or administrator.")

    def handle(self, *args: Any, **options: Any) -> None:
        owner = User.objects.filter(email__iexact=options["owner"], is_active=True).first()
        if owner is None or not user_may_author(owner):
            raise CommandError(
                f"No active teacher or administrator has the email {options['owner']}."
            )
        path: Path = options["path"]
        try:
            with translation.override("en"), path.open("rb") as source:
                result = course_import(owner=owner, source=source)
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror or error}") from error
        except DomainError as error:
            details = "".join(
                f"\n  {name}: {' '.join(messages)}" for name, messages in error.fields.items()
            )
            raise CommandError(f"{error.message}{details}") from error
        for warning in result.warnings:
            self.stderr.write(f"warning: {warning}")
        course = result.course
        self.stdout.write(
            f"Imported course {course.pk} ({course.title}) as a draft of {owner.email}"
        )
