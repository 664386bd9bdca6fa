from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from glossa.common.exceptions import DomainError
from glossa.courses.models import Course
from glossa.packages.services import course_export


class Command(BaseCommand):
    help = "Write a course as a package (zip of manifest.json and media/) to PATH."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("course_id", type=int)
        parser.add_argument("path", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        course = Course.objects.filter(pk=options["course_id"], deleted_at__isnull=True).first()
        if course is None:
            raise CommandError(f"No course with id {options['course_id']}.")
        path: Path = options["path"]
        partial = path.with_name(f".{path.name}.partial")
        try:
            with partial.open("wb") as target:
                course_export(course=course, target=target)
            partial.replace(path)
        except DomainError as error:
            partial.unlink(missing_ok=True)
            raise CommandError(error.message) from error
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise CommandError(f"Cannot write {path}: {error.strerror or error}") from error
        self.stdout.write(f"Exported course {course.pk} ({course.title}) to {path}")
