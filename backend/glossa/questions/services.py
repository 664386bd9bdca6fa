"""Writes of the questions app: importing quiz files into question banks."""

import logging
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.db import IntegrityError, connection, transaction
from django.utils.translation import gettext as _

from glossa.accounts.models import User
from glossa.common.exceptions import DomainError
from glossa.questions.aiken import looks_like_aiken, parse_aiken
from glossa.questions.gift import parse_gift
from glossa.questions.models import (
    INDEXED_CHARS,
    Category,
    Question,
    QuestionBank,
    QuestionImport,
)
from glossa.questions.parsing import ParsedQuestion, ParseResult, decode_source

logger = logging.getLogger(__name__)

FORMATS = ("gift", "aiken")


class UnknownFormatError(DomainError):
    code = "unknown_format"


class InvalidBankNameError(DomainError):
    code = "invalid_bank"


@dataclass
class ImportReport:
    """What an import found and did.

    ``questions`` counts the valid questions in the file, whether or not they were written;
    ``errors`` lists every invalid one as ``{"line", "message"}``; ``question_ids`` is empty
    unless questions were written (``written``).
    """

    format: str
    questions: int
    by_type: dict[str, int]
    categories: list[str]
    errors: list[dict[str, Any]]
    bank_id: int | None = None
    bank_name: str = ""
    question_ids: list[int] = field(default_factory=list)
    written: bool = False
    replayed: bool = False
    parsed: list[ParsedQuestion] = field(default_factory=list, repr=False)

    def summary(self) -> dict[str, Any]:
        """Return the JSON object of the import contract."""
        return {
            "format": self.format,
            "questions": self.questions,
            "by_type": self.by_type,
            "categories": self.categories,
            "errors": self.errors,
        }

    def result(self) -> dict[str, Any]:
        """Return the summary of a written import with its bank and new question ids."""
        bank = {"id": self.bank_id, "name": self.bank_name}
        return self.summary() | {"bank": bank, "question_ids": self.question_ids}

    @classmethod
    def from_result(cls, result: dict[str, Any]) -> "ImportReport":
        """Rebuild the report of an import done before (see :class:`QuestionImport`)."""
        return cls(
            format=result["format"],
            questions=result["questions"],
            by_type=result["by_type"],
            categories=result["categories"],
            errors=result["errors"],
            bank_id=result["bank"]["id"],
            bank_name=result["bank"]["name"],
            question_ids=result["question_ids"],
            written=True,
            replayed=True,
        )


def questions_parse(*, source: str | bytes, fmt: str | None) -> ParseResult:
    """Decode and parse a quiz file; ``fmt`` None detects GIFT or Aiken from the content."""
    text = decode_source(source)
    if fmt is None:
        fmt = "aiken" if looks_like_aiken(text) else "gift"
    if fmt == "gift":
        return parse_gift(text)
    if fmt == "aiken":
        return parse_aiken(text)
    raise UnknownFormatError(
        _("The format %(format)s is not supported; use gift or aiken.") % {"format": fmt}
    )


def questions_import(
    *,
    source: str | bytes,
    fmt: str | None,
    bank_name: str,
    owner: User | None,
    dry_run: bool,
    skip_invalid: bool,
    submission_id: uuid.UUID | None = None,
) -> ImportReport:
    """Import a GIFT or Aiken file into the bank ``bank_name`` of ``owner``.

    All or nothing by default: when any question is invalid nothing is written and the
    report lists every error. ``skip_invalid`` writes the valid questions anyway;
    ``dry_run`` never writes. The bank and the categories are created when missing, in the
    same transaction as the questions. Raises :class:`DomainError` subclasses for a file
    that cannot be decoded, an unknown format or an unusable bank name.

    With a ``submission_id`` (web imports), an import is done once per owner and id: sending
    it again returns the first import's report (``replayed``) and writes nothing, even when
    both requests race; the unique constraint on :class:`QuestionImport` decides the race.
    """
    once = (owner, submission_id) if owner and submission_id and not dry_run else None
    if once is not None:
        done = _import_done(*once)
        if done is not None:
            return done

    bank_name = bank_name.strip()
    if not bank_name or len(bank_name) > INDEXED_CHARS:
        message = _("The bank name must be between 1 and %(limit)s characters long.")
        raise InvalidBankNameError(message % {"limit": INDEXED_CHARS})
    result = questions_parse(source=source, fmt=fmt)
    report = ImportReport(
        format=result.format,
        questions=len(result.questions),
        by_type=dict(Counter(question.type for question in result.questions)),
        categories=result.categories,
        errors=[{"line": e.line, "message": e.message} for e in result.errors],
        parsed=result.questions,
    )
    if dry_run or not result.questions or (result.errors and not skip_invalid):
        return report

    try:
        with transaction.atomic():
            record = (
                QuestionImport.objects.create(owner=once[0], submission_id=once[1])
                if once is not None
                else None
            )
            _questions_write(report, result, owner=owner, bank_name=bank_name)
            if record is not None:
                record.result = report.result()
                record.save(update_fields=["result"])
    except IntegrityError:
        winner = _import_done(*once) if once is not None else None
        if winner is None:
            raise
        return winner
    logger.info(
        "questions.bank.imported bank=%s format=%s questions=%s errors=%s",
        report.bank_id,
        result.format,
        len(report.question_ids),
        len(result.errors),
    )
    return report


def _import_done(owner: User, submission_id: uuid.UUID) -> ImportReport | None:
    record = QuestionImport.objects.filter(owner=owner, submission_id=submission_id).first()
    return ImportReport.from_result(record.result) if record is not None else None


def _questions_write(
    report: ImportReport, result: ParseResult, *, owner: User | None, bank_name: str
) -> None:
    """Write the parsed questions into the bank (created when missing); fill in ``report``."""
    bank, _created = QuestionBank.objects.get_or_create(owner=owner, name=bank_name)
    categories = _categories_ensure(bank, result.categories)
    rows = [_question_row(bank, categories, parsed) for parsed in result.questions]
    if connection.features.can_return_rows_from_bulk_insert:
        Question.objects.bulk_create(rows)
    else:
        # MySQL/MariaDB do not return ids from a bulk insert; the ids are in the report.
        for row in rows:
            row.save()
    report.bank_id, report.bank_name, report.written = bank.pk, bank.name, True
    report.question_ids = [row.pk for row in rows]


def _categories_ensure(bank: QuestionBank, paths: list[str]) -> dict[str, Category]:
    """Create the categories of ``paths`` (and their parents) that ``bank`` lacks.

    Paths are matched without regard to case, as MySQL's collation compares them, so
    "Grammar" and "grammar" are one category whatever the database.
    """
    existing = {category.path.casefold(): category for category in bank.categories.all()}
    for path in paths:
        names = path.split("/")
        for depth in range(1, len(names) + 1):
            prefix = "/".join(names[:depth])
            if prefix.casefold() in existing:
                continue
            parent = existing.get("/".join(names[: depth - 1]).casefold()) if depth > 1 else None
            existing[prefix.casefold()] = Category.objects.create(
                bank=bank, name=names[depth - 1][:INDEXED_CHARS], parent=parent, path=prefix
            )
    return existing


def _question_row(
    bank: QuestionBank, categories: dict[str, Category], parsed: ParsedQuestion
) -> Question:
    return Question(
        bank=bank,
        category=categories.get(parsed.category.casefold()) if parsed.category else None,
        type=parsed.type,
        title=parsed.title[:255],
        text=parsed.text,
        text_format=parsed.text_format,
        general_feedback=parsed.general_feedback,
        general_feedback_format=parsed.general_feedback_format,
        data=parsed.data,
        source_line=parsed.line,
    )
