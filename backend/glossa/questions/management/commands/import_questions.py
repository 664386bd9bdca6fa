"""``python -m glossa import_questions PATH [--format gift|aiken|moodlexml] [--bank NAME]
[--dry-run] [--json] [--skip-invalid]``: import a GIFT, Aiken or Moodle XML quiz file into a
question bank."""

import json
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from glossa.accounts.models import User
from glossa.common.exceptions import DomainError
from glossa.questions.services import FORMATS, ImportReport, questions_import

HELP = """Import a GIFT, Aiken or Moodle XML quiz file into a question bank: a system bank without owner,
or with --owner the bank of that teacher.

By default the import is all or nothing: if any question is invalid, nothing is written,
every error is listed with its 1-based line number and the exit status is 1. With
--skip-invalid the valid questions are written and the errors are still listed; the exit
status is 0 when at least one question is valid, 1 otherwise. --dry-run writes nothing and
exits as the real import would. "questions" counts the valid questions found in the file,
whether or not they were written. A file with no question at all (empty, comments only)
fails with one error at line 0. With --json exactly one JSON object is printed:
{"format", "questions", "by_type", "categories", "errors": [{"line", "message"}]}; an error
about the file as a whole (missing, unreadable, unknown format) has line 0. The format is
detected from the content unless --format is given."""


class Command(BaseCommand):
    help = HELP

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "path", metavar="PATH", help="The GIFT, Aiken or Moodle XML file to import."
        )
        parser.add_argument("--format", choices=FORMATS, default=None, dest="fmt")
        parser.add_argument("--bank", default=None, help="Bank name; defaults to the file name.")
        parser.add_argument("--owner", default=None, help="Email of the teacher who owns the bank.")
        parser.add_argument("--dry-run", action="store_true", help="Check the file; write nothing.")
        parser.add_argument("--json", action="store_true", help="Print one JSON object.")
        parser.add_argument(
            "--skip-invalid", action="store_true", help="Import the valid questions anyway."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["path"])
        try:
            owner = _owner(options["owner"])
            source = path.read_bytes()
            report = questions_import(
                source=source,
                fmt=options["fmt"],
                bank_name=options["bank"] or path.stem.removesuffix(".gift") or path.name,
                owner=owner,
                dry_run=options["dry_run"],
                skip_invalid=options["skip_invalid"],
            )
        except (OSError, DomainError) as error:
            message = error.message if isinstance(error, DomainError) else _file_error(path, error)
            self._fail(options, message)
            return
        if not report.questions and not report.errors:
            # As the web import says: an empty file (or a wrong path to one) is no success.
            self._fail(options | {"fmt": report.format}, "The file contains no questions.")
            return

        if options["json"]:
            self.stdout.write(json.dumps(report.summary(), ensure_ascii=False))
        else:
            self._print_summary(report, options)
        if report.errors and (report.questions == 0 or not options["skip_invalid"]):
            raise CommandError(f"{len(report.errors)} invalid question(s); see the errors above.")

    def _fail(self, options: dict[str, Any], message: str) -> None:
        if options["json"]:
            body = {"format": options["fmt"], "questions": 0, "by_type": {}, "categories": [],
                    "errors": [{"line": 0, "message": message}]}  # fmt: skip
            self.stdout.write(json.dumps(body, ensure_ascii=False))
        raise CommandError(message)

    def _print_summary(self, report: ImportReport, options: dict[str, Any]) -> None:
        by_type = ", ".join(f"{kind}: {count}" for kind, count in sorted(report.by_type.items()))
        self.stdout.write(f"Format: {report.format}")
        self.stdout.write(
            f"Valid questions: {report.questions}" + (f" ({by_type})" if by_type else "")
        )
        if report.categories:
            self.stdout.write("Categories: " + ", ".join(report.categories))
        for error in report.errors:
            self.stdout.write(self.style.ERROR(f"Line {error['line']}: {error['message']}"))
        if report.written:
            self.stdout.write(self.style.SUCCESS(
                f"Imported {len(report.question_ids)} question(s) into bank {report.bank_id}."
            ))  # fmt: skip
        elif options["dry_run"]:
            self.stdout.write("Dry run: nothing was written.")
        else:
            self.stdout.write("Nothing was written.")


def _owner(email: str | None) -> User | None:
    if email is None:
        return None
    owner = User.objects.filter(email=email.strip().lower()).first()
    if owner is None or not owner.is_teacher:
        raise DomainError(f"No teacher has the email address {email}.")
    return owner


def _file_error(path: Path, error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return f"The file {path} does not exist."
    if isinstance(error, IsADirectoryError):
        return f"{path} is a directory, not a file."
    return f"The file {path} could not be read: {error.strerror or error}."
