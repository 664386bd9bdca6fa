"""Export a course as a package and import a package as a new course (docs/api.md)."""

from typing import IO

from glossa.accounts.models import User
from glossa.courses.models import Course
from glossa.packages.exporter import course_package_write
from glossa.packages.importer import ImportResult, course_package_read


def course_export(*, course: Course, target: IO[bytes]) -> None:
    """Write the package of ``course`` to ``target`` (a binary file open for writing)."""
    course_package_write(course=course, target=target)


def course_import(*, owner: User, source: IO[bytes]) -> ImportResult:
    """Import a package as a new draft course owned by ``owner`` (a teacher or admin)."""
    return course_package_read(owner=owner, source=source)
