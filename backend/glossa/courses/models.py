"""Courses, their lessons and the blocks a lesson is made of.

A course has one or more authors (``CourseAuthor``, ordered: the first owner is shown as the
author). A lesson is an ordered list of blocks; a block is text (Markdown), audio, a dialogue
or an exercise set (``glossa.exercises.ExerciseSet`` points at its block). Positions are unique
within their parent, so reordering goes through services that move rows in two steps.

Courses, lessons and blocks are deleted in two stages: ``deleted_at`` puts a row in the trash
(it vanishes from every learner and authoring read but the trash) and ``purge_trash`` deletes
it for good after :data:`TRASH_DAYS`. MariaDB has no partial unique index, so a trashed lesson
or block keeps its (parent, position) unique by moving to ``TRASH_POSITION_BASE + id``, far
past any live position. ``version`` counts the edits of a row so two authors editing at once
cannot overwrite each other unseen (services refuse a write naming an older version).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from glossa.profiles.languages import language_codes

# Indexed text columns stay within 191 characters so a utf8mb4 index fits in MySQL/MariaDB.
INDEXED_CHARS = 191

# Days a deleted course, lesson or block stays in the trash before ``purge_trash`` removes it.
TRASH_DAYS = 30
# Trashed lessons and blocks sit at this position plus their id (see the module docstring).
TRASH_POSITION_BASE = 1_000_000_000


def validate_language_code(value: str) -> None:
    if value not in language_codes():
        raise ValidationError(
            _("Use a two-letter ISO 639-1 language code, such as “es”."), code="invalid"
        )


class Level(models.TextChoices):
    A1 = "A1", "A1"
    A2 = "A2", "A2"
    B1 = "B1", "B1"
    B2 = "B2", "B2"
    C1 = "C1", "C1"
    C2 = "C2", "C2"


class CourseStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class Course(models.Model):
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    title = models.CharField(_("title"), max_length=INDEXED_CHARS)
    # Casefolded title without accents, kept by the services, so search ignores case and
    # accents the same way on SQLite, MariaDB and PostgreSQL.
    title_search = models.CharField(_("title for search"), max_length=INDEXED_CHARS, editable=False)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    description = models.TextField(_("description (Markdown)"), blank=True)
    language = models.CharField(
        _("target language"),
        max_length=8,
        validators=[validate_language_code],
        help_text=_("ISO 639-1 code of the language taught."),
    )
    level = models.CharField(_("level"), max_length=2, choices=Level.choices)
    status = models.CharField(
        _("status"), max_length=16, choices=CourseStatus.choices, default=CourseStatus.DRAFT
    )
    authors = models.ManyToManyField(  # type: ignore[var-annotated]
        settings.AUTH_USER_MODEL,
        through="CourseAuthor",
        related_name="authored_courses",
        verbose_name=_("authors"),
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    media_requires_enrollment = models.BooleanField(
        _("media only for enrolled learners"),
        default=False,
        help_text=_("Lesson media of this course plays only for enrolled learners and authors."),
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    deleted_at = models.DateTimeField(_("deleted at"), null=True, blank=True, db_index=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")
        ordering = ["title", "id"]
        indexes = [
            models.Index(fields=["status", "language", "level"], name="courses_catalog_idx"),
        ]

    def __str__(self) -> str:
        return self.title


class AuthorRole(models.TextChoices):
    OWNER = "owner", _("Owner")
    COAUTHOR = "coauthor", _("Co-author")


class CourseAuthor(models.Model):
    course = models.ForeignKey(
        Course, verbose_name=_("course"), on_delete=models.CASCADE, related_name="course_authors"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="course_authorships",
    )
    role = models.CharField(
        _("role"), max_length=16, choices=AuthorRole.choices, default=AuthorRole.OWNER
    )
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("course author")
        verbose_name_plural = _("course authors")
        ordering = ["course", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["course", "user"], name="courses_author_course_user_uniq"
            )
        ]

    def __str__(self) -> str:
        return f"{self.course} — {self.user}"


class CourseListPosition(models.Model):
    """Where a course sits in one person's authoring list (courses without a row come last)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="course_list_positions",
    )
    course = models.ForeignKey(
        Course,
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="list_positions",
    )
    position = models.PositiveIntegerField(_("position"))

    class Meta:
        verbose_name = _("course list position")
        verbose_name_plural = _("course list positions")
        ordering = ["user", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="courses_listpos_user_course")
        ]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.course_id} #{self.position}"


class Lesson(models.Model):
    course = models.ForeignKey(
        Course, verbose_name=_("course"), on_delete=models.CASCADE, related_name="lessons"
    )
    title = models.CharField(_("title"), max_length=INDEXED_CHARS)
    position = models.PositiveIntegerField(_("position"))
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    deleted_at = models.DateTimeField(_("deleted at"), null=True, blank=True, db_index=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")
        ordering = ["course", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["course", "position"], name="courses_lesson_course_position_uniq"
            )
        ]

    def __str__(self) -> str:
        return self.title


class BlockType(models.TextChoices):
    TEXT = "text", _("Text")
    AUDIO = "audio", _("Audio")
    VIDEO = "video", _("Video")
    DIALOGUE = "dialogue", _("Dialogue")
    EXERCISE_SET = "exercise_set", _("Exercise set")


def block_audio_path(block: "Block", filename: str) -> str:
    return f"courses/{block.lesson.course_id}/blocks/{filename}"


def dialogue_line_audio_path(line: "DialogueLine", filename: str) -> str:
    return f"courses/{line.block.lesson.course_id}/dialogues/{filename}"


class Block(models.Model):
    """One piece of a lesson; which columns are used depends on ``type``.

    ``text``: ``markdown`` (source) and ``html`` (rendered and sanitised by the service that
    saves the block). ``audio`` and ``video``: ``title``, ``media`` (an uploaded asset;
    older audio blocks may have the ``audio`` file instead) and ``transcript``. ``dialogue``:
    ``title`` and its lines. ``exercise_set``: ``title``; the set itself is
    ``block.exercise_set``. ``speech_voices`` lists the eSpeak NG voices a teacher chose for
    generated speech of a text or dialogue block.
    """

    lesson = models.ForeignKey(
        Lesson, verbose_name=_("lesson"), on_delete=models.CASCADE, related_name="blocks"
    )
    position = models.PositiveIntegerField(_("position"))
    type = models.CharField(_("type"), max_length=16, choices=BlockType.choices)
    title = models.CharField(_("title"), max_length=INDEXED_CHARS, blank=True)
    markdown = models.TextField(_("text (Markdown)"), blank=True)
    html = models.TextField(_("rendered HTML"), blank=True, editable=False)
    audio = models.FileField(_("audio"), upload_to=block_audio_path, max_length=255, blank=True)
    transcript = models.TextField(_("transcript"), blank=True)
    # PROTECT: an asset a lesson plays cannot vanish under it (the media app refuses too).
    media = models.ForeignKey(
        "media.MediaAsset",
        verbose_name=_("media"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="blocks",
    )
    speech_voices = models.JSONField(_("speech voices"), default=list, blank=True)
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    deleted_at = models.DateTimeField(_("deleted at"), null=True, blank=True, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("block")
        verbose_name_plural = _("blocks")
        ordering = ["lesson", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["lesson", "position"], name="courses_block_lesson_position_uniq"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_type_display()} {self.position}: {self.title}".strip()


class DialogueLine(models.Model):
    block = models.ForeignKey(
        Block, verbose_name=_("block"), on_delete=models.CASCADE, related_name="lines"
    )
    position = models.PositiveIntegerField(_("position"))
    speaker = models.CharField(_("speaker"), max_length=80)
    text = models.TextField(_("text"))
    translation = models.TextField(_("translation"), blank=True)
    audio = models.FileField(
        _("audio"), upload_to=dialogue_line_audio_path, max_length=255, blank=True
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    class Meta:
        verbose_name = _("dialogue line")
        verbose_name_plural = _("dialogue lines")
        ordering = ["block", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["block", "position"], name="courses_line_block_position_uniq"
            )
        ]

    def __str__(self) -> str:
        return f"{self.speaker}: {self.text[:60]}"


class Enrollment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="enrollments",
    )
    course = models.ForeignKey(
        Course, verbose_name=_("course"), on_delete=models.CASCADE, related_name="enrollments"
    )
    created_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)

    class Meta:
        verbose_name = _("enrollment")
        verbose_name_plural = _("enrollments")
        ordering = ["-created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="courses_enrollment_uniq")
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.course}"
