"""Writes of the questions app: editing question banks and questions, importing quiz files."""

import logging
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.db import IntegrityError, connection, transaction
from django.db.models import F, ProtectedError
from django.utils.translation import gettext as _

from glossa.accounts.models import User
from glossa.common.exceptions import ConflictError, DomainError
from glossa.media.models import MediaAsset, MediaKind
from glossa.media.selectors import media_asset_can_edit
from glossa.questions.aiken import looks_like_aiken, parse_aiken
from glossa.questions.gift import parse_gift
from glossa.questions.models import (
    INDEXED_CHARS,
    Category,
    Question,
    QuestionBank,
    QuestionImport,
    QuestionType,
    TextFormat,
)
from glossa.questions.moodlexml import looks_like_moodle_xml, parse_moodle_xml
from glossa.questions.parsing import ParsedQuestion, ParseResult, decode_source
from glossa.questions.validators import question_data_errors

logger = logging.getLogger(__name__)

FORMATS = ("gift", "aiken", "moodlexml")
# Types whose prompt is a recording: they need an audio asset, and only they may have one.
AUDIO_TYPES = {QuestionType.DICTATION, QuestionType.LISTENING_CHOICE}


class UnknownFormatError(DomainError):
    code = "unknown_format"


class InvalidBankNameError(DomainError):
    code = "invalid_bank"


class InvalidQuestionError(DomainError):
    code = "invalid"


class VersionConflictError(ConflictError):
    """The question changed since the author loaded it; ``current`` is it as it is now."""

    code = "version_conflict"

    def __init__(self, message: str, *, current: Question) -> None:
        super().__init__(message)
        self.current = current


class InUseError(ConflictError):
    code = "question_in_use"


# --- editing ------------------------------------------------------------------------------


def _bank_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > INDEXED_CHARS:
        message = _("The bank name must be between 1 and %(limit)s characters long.")
        raise InvalidBankNameError(
            message % {"limit": INDEXED_CHARS},
            fields={"name": [message % {"limit": INDEXED_CHARS}]},
        )
    return name


def _bank_save(bank: QuestionBank) -> QuestionBank:
    try:
        with transaction.atomic():
            bank.save()
    except IntegrityError:
        message = _("You already have a question bank with this name.")
        raise InvalidBankNameError(message, fields={"name": [message]}) from None
    return bank


def question_bank_create(*, owner: User, name: str) -> QuestionBank:
    """Create an empty bank owned by ``owner``; the name is unique among the owner's banks."""
    bank = _bank_save(QuestionBank(owner=owner, name=_bank_name(name)))
    logger.info("questions.bank.created bank=%s", bank.pk)
    return bank


def question_bank_rename(*, bank: QuestionBank, name: str) -> QuestionBank:
    bank.name = _bank_name(name)
    _bank_save(bank)
    logger.info("questions.bank.renamed bank=%s", bank.pk)
    return bank


def question_bank_delete(*, bank: QuestionBank) -> None:
    """Delete ``bank`` with its questions; refused (409 ``question_in_use``) while any of
    them is in an exercise set or was answered, so no learner's result loses its question."""
    bank_id = bank.pk
    try:
        with transaction.atomic():
            bank.delete()
    except ProtectedError:
        raise InUseError(
            _("Some questions of this bank are used in exercises; remove them there first.")
        ) from None
    logger.info("questions.bank.deleted bank=%s", bank_id)


@dataclass
class QuestionChanges:
    """The fields an author sets; ``None`` leaves a field as it is (on update)."""

    type: str | None = None
    title: str | None = None
    text: str | None = None
    text_format: str | None = None
    general_feedback: str | None = None
    general_feedback_format: str | None = None
    data: dict[str, Any] | None = None
    category_id: int | None = None
    media_id: int | None = None
    # Separate flags: None above means "unchanged", so clearing needs saying so.
    clear_category: bool = False
    clear_media: bool = False


def _check_question(question: Question) -> None:
    """Refuse a question a learner could not answer or the grader could not grade."""
    fields: dict[str, list[str]] = {}
    errors = question_data_errors(question.type, question.data)
    if errors:
        fields["data"] = errors
    if question.type in AUDIO_TYPES:
        asset = question.media
        if asset is None:
            fields["media_id"] = [_("This type of question needs an audio recording.")]
        elif asset.kind != MediaKind.AUDIO:
            fields["media_id"] = [_("Choose an audio recording, not a video.")]
    elif question.media_id is not None:
        fields["media_id"] = [_("Only dictation and listening questions have a recording.")]
    if fields:
        raise InvalidQuestionError(
            _("The question is not valid. Check it and try again."), fields=fields
        )


def _apply(question: Question, changes: QuestionChanges, *, user: User) -> None:
    for name in ("type", "title", "text", "text_format", "general_feedback",
                 "general_feedback_format", "data"):  # fmt: skip
        value = getattr(changes, name)
        if value is not None:
            setattr(question, name, value)
    if changes.clear_category:
        question.category = None
    elif changes.category_id is not None:
        category = Category.objects.filter(pk=changes.category_id, bank=question.bank).first()
        if category is None:
            message = _("Choose a category of this bank.")
            raise InvalidQuestionError(message, fields={"category_id": [message]})
        question.category = category
    if changes.clear_media:
        question.media = None
    elif changes.media_id is not None:
        asset = MediaAsset.objects.filter(pk=changes.media_id).first()
        if asset is None or not media_asset_can_edit(user=user, asset=asset):
            message = _("Choose one of your recordings.")
            raise InvalidQuestionError(message, fields={"media_id": [message]})
        question.media = asset


def question_create(*, user: User, bank: QuestionBank, changes: QuestionChanges) -> Question:
    """Add a question to ``bank``; raises :class:`InvalidQuestionError` naming each bad field."""
    question = Question(bank=bank, text_format=TextFormat.MARKDOWN,
                        general_feedback_format=TextFormat.MARKDOWN)  # fmt: skip
    _apply(question, changes, user=user)
    _check_question(question)
    question.save()
    logger.info("questions.question.created question=%s bank=%s", question.pk, bank.pk)
    return question


def question_update(
    *, user: User, question: Question, version: int, changes: QuestionChanges
) -> Question:
    """Change ``question`` if it is still at ``version``; bump the version.

    Raises :class:`VersionConflictError` (with the question as it is now) when someone saved
    it meanwhile, :class:`InvalidQuestionError` when the result would not be valid. Attempts
    already graded keep their stored results.
    """
    with transaction.atomic():
        # Lock the row alone: PostgreSQL refuses FOR UPDATE across the outer joins of the
        # nullable category and media, and MariaDB has no FOR UPDATE OF to narrow it.
        Question.objects.select_for_update().filter(pk=question.pk).values_list("pk").get()
        fresh = Question.objects.select_related("bank", "category", "media").get(pk=question.pk)
        if fresh.version != version:
            message = _("Someone else changed this question. Reload to see their changes.")
            raise VersionConflictError(message, current=fresh)
        _apply(fresh, changes, user=user)
        _check_question(fresh)
        fresh.version = F("version") + 1
        fresh.save()
        fresh.refresh_from_db(fields=["version", "updated_at"])
    logger.info("questions.question.updated question=%s version=%s", fresh.pk, fresh.version)
    return fresh


def question_delete(*, question: Question) -> None:
    """Delete ``question``; refused (409 ``question_in_use``) while an exercise uses it."""
    question_id = question.pk
    try:
        with transaction.atomic():
            question.delete()
    except ProtectedError:
        raise InUseError(
            _("This question is used in exercises; remove it from them first.")
        ) from None
    logger.info("questions.question.deleted question=%s", question_id)


# --- import -------------------------------------------------------------------------------


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
    """Decode and parse a quiz file; ``fmt`` None detects GIFT, Aiken or Moodle XML from the
    content."""
    if fmt is not None and fmt not in FORMATS:
        message = _("The format %(format)s is not supported; use gift, aiken or moodlexml.")
        raise UnknownFormatError(message % {"format": fmt})
    if fmt == "moodlexml" and isinstance(source, bytes):
        # XML declares its own encoding; the parser reads it from the bytes.
        return parse_moodle_xml(source)
    text = decode_source(source)
    if fmt is None:
        if looks_like_moodle_xml(text):
            return parse_moodle_xml(source if isinstance(source, bytes) else text)
        fmt = "aiken" if looks_like_aiken(text) else "gift"
    if fmt == "moodlexml":
        return parse_moodle_xml(text)
    return parse_aiken(text) if fmt == "aiken" else parse_gift(text)


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
    """Import a GIFT, Aiken or Moodle XML file into the bank ``bank_name`` of ``owner``.

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
