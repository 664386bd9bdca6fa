"""Writes for courses, lessons, blocks and enrollments."""

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.core.files import File
from django.db import IntegrityError, transaction
from django.db.models import F, Max, QuerySet
from django.utils import timezone

from glossa.accounts.models import User
from glossa.common.richtext import render_markdown
from glossa.courses.models import (
    TRASH_DAYS,
    AuthorRole,
    Block,
    BlockType,
    Course,
    CourseAuthor,
    CourseStatus,
    DialogueLine,
    Enrollment,
    Lesson,
)
from glossa.courses.search import search_key

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DialogueLineData:
    speaker: str
    text: str
    translation: str = ""
    audio: File | None = None  # type: ignore[type-arg]


def course_prepare(course: Course) -> None:
    """Fill the columns derived from what an author typed; call before saving a course.

    The admin and every service that changes a course call this, so the search column and
    the publication date never drift from the title and the status.
    """
    course.title_search = search_key(course.title)
    if course.status == CourseStatus.PUBLISHED and course.published_at is None:
        course.published_at = timezone.now()


@transaction.atomic
def course_create(
    *,
    owner: User,
    slug: str,
    title: str,
    language: str,
    level: str,
    summary: str = "",
    description: str = "",
    status: str = CourseStatus.DRAFT,
    media_requires_enrollment: bool = False,
) -> Course:
    course = Course(
        slug=slug,
        title=title,
        language=language,
        level=level,
        summary=summary,
        description=description,
        status=status,
        media_requires_enrollment=media_requires_enrollment,
    )
    course_prepare(course)
    course.full_clean()
    course.save()
    CourseAuthor.objects.create(course=course, user=owner, role=AuthorRole.OWNER, position=0)

    logger.info("courses.course.created course_id=%s", course.pk)
    return course


def course_publish(*, course: Course) -> Course:
    course.status = CourseStatus.PUBLISHED
    course_prepare(course)
    course.save(update_fields=["status", "published_at", "updated_at"])
    logger.info("courses.course.published course_id=%s", course.pk)
    return course


def course_author_add(*, course: Course, user: User) -> CourseAuthor:
    """Add ``user`` as a co-author after the existing authors (no-op if already one)."""
    last = course.course_authors.aggregate(last=Max("position"))["last"]
    author, _created = CourseAuthor.objects.get_or_create(
        course=course,
        user=user,
        defaults={"role": AuthorRole.COAUTHOR, "position": 0 if last is None else last + 1},
    )
    return author


def lesson_create(*, course: Course, title: str) -> Lesson:
    """Append a lesson to the end of ``course``."""
    last = course.lessons.filter(deleted_at__isnull=True).aggregate(last=Max("position"))["last"]
    lesson = Lesson.objects.create(course=course, title=title, position=(last or 0) + 1)
    logger.info("courses.lesson.created lesson_id=%s course_id=%s", lesson.pk, course.pk)
    return lesson


# Larger than any real position, so moving rows past it never collides with a row in place.
_POSITION_OFFSET = 1_000_000


def positions_set(rows: QuerySet[Any], ordered_ids: list[int]) -> None:
    """Number ``rows`` 1..n in the order of ``ordered_ids`` without breaking uniqueness.

    The unique (parent, position) constraint is checked row by row on MySQL and SQLite, so a
    plain swap fails half-way. Every row first moves past ``_POSITION_OFFSET`` in one
    statement, then takes its final place; the caller holds the rows locked.
    """
    rows.update(position=F("position") + _POSITION_OFFSET)
    for position, pk in enumerate(ordered_ids, start=1):
        rows.filter(pk=pk).update(position=position)


@transaction.atomic
def lesson_move(*, lesson: Lesson, position: int) -> Lesson:
    """Move ``lesson`` to ``position`` (1-based, clamped) and renumber its course's lessons.

    Trashed lessons keep their out-of-the-way positions and are not counted.
    """
    siblings = Lesson.objects.select_for_update().filter(
        course_id=lesson.course_id, deleted_at__isnull=True
    )
    ordered = [pk for pk in siblings.order_by("position", "id").values_list("id", flat=True)]
    ordered.remove(lesson.pk)
    ordered.insert(max(0, min(position - 1, len(ordered))), lesson.pk)
    positions_set(siblings, ordered)

    lesson.refresh_from_db(fields=["position"])
    logger.info("courses.lesson.moved lesson_id=%s position=%s", lesson.pk, lesson.position)
    return lesson


@transaction.atomic
def block_move(*, block: Block, position: int) -> Block:
    """Move ``block`` to ``position`` (1-based, clamped) and renumber its lesson's live blocks."""
    siblings = Block.objects.select_for_update().filter(
        lesson_id=block.lesson_id, deleted_at__isnull=True
    )
    ordered = [pk for pk in siblings.order_by("position", "id").values_list("id", flat=True)]
    ordered.remove(block.pk)
    ordered.insert(max(0, min(position - 1, len(ordered))), block.pk)
    positions_set(siblings, ordered)

    block.refresh_from_db(fields=["position"])
    return block


def _block_append(*, lesson: Lesson, type: str, title: str = "") -> Block:
    last = lesson.blocks.filter(deleted_at__isnull=True).aggregate(last=Max("position"))["last"]
    return Block(lesson=lesson, type=type, title=title, position=(last or 0) + 1)


def block_render(block: Block) -> None:
    """Render the cached HTML of a text block from its Markdown; call before saving it."""
    block.html = render_markdown(block.markdown) if block.type == BlockType.TEXT else ""


def block_text_create(*, lesson: Lesson, markdown: str, title: str = "") -> Block:
    block = _block_append(lesson=lesson, type=BlockType.TEXT, title=title)
    block.markdown = markdown
    block_render(block)
    block.save()
    return block


def block_text_update(*, block: Block, markdown: str) -> Block:
    block.markdown = markdown
    block_render(block)
    block.save(update_fields=["markdown", "html"])
    return block


def block_audio_create(
    *,
    lesson: Lesson,
    title: str,
    audio: File,  # type: ignore[type-arg]
    transcript: str = "",
) -> Block:
    block = _block_append(lesson=lesson, type=BlockType.AUDIO, title=title)
    block.transcript = transcript
    block.audio = audio
    block.save()
    return block


@transaction.atomic
def block_dialogue_create(
    *, lesson: Lesson, title: str, lines: Sequence[DialogueLineData]
) -> Block:
    block = _block_append(lesson=lesson, type=BlockType.DIALOGUE, title=title)
    block.save()
    for position, line in enumerate(lines, start=1):
        row = DialogueLine(
            block=block,
            position=position,
            speaker=line.speaker,
            text=line.text,
            translation=line.translation,
        )
        if line.audio is not None:
            row.audio = line.audio
        row.save()
    return block


def block_exercise_set_create(*, lesson: Lesson, title: str) -> Block:
    """Append the block an exercise set hangs on (``glossa.exercises`` creates the set)."""
    block = _block_append(lesson=lesson, type=BlockType.EXERCISE_SET, title=title)
    block.save()
    return block


def trash_purge(*, older_than_days: int = TRASH_DAYS) -> dict[str, int]:
    """Delete for good the courses, lessons and blocks trashed more than the given days ago.

    Returns how many of each were purged. Lessons, blocks, lines, exercise sets and learners'
    attempts under a purged row go with it (cascade), and so do the files of their teachers'
    recordings unless a live copy still plays one; uploaded media assets stay, they belong
    to the media library.
    """
    cutoff = timezone.now() - timedelta(days=older_than_days)
    counts = {}
    for name, model in (("courses", Course), ("lessons", Lesson), ("blocks", Block)):
        ids = list(model.objects.filter(deleted_at__lt=cutoff).values_list("pk", flat=True))
        for start in range(0, len(ids), 500):
            batch = ids[start : start + 500]
            recordings = _recordings_under(name, batch)
            model.objects.filter(pk__in=batch).delete()
            _recordings_release(recordings)
        counts[name] = len(ids)
    logger.info(
        "courses.trash.purged courses=%s lessons=%s blocks=%s",
        counts["courses"],
        counts["lessons"],
        counts["blocks"],
    )
    return counts


# How the blocks under purged rows of each kind are found.
_BLOCKS_UNDER = {"courses": "lesson__course_id__in", "lessons": "lesson_id__in", "blocks": "pk__in"}


def _recordings_under(kind: str, ids: list[int]) -> set[str]:
    """The recording files of the blocks and dialogue lines under the rows ``ids``."""
    blocks = Block.objects.filter(**{_BLOCKS_UNDER[kind]: ids})
    names = set(blocks.exclude(audio="").values_list("audio", flat=True))
    lines = DialogueLine.objects.filter(block__in=blocks).exclude(audio="")
    return names | set(lines.values_list("audio", flat=True))


def _recordings_release(names: set[str]) -> None:
    """Delete the files of ``names`` that no block or line plays any more (copies share them)."""
    kept = set(Block.objects.filter(audio__in=names).values_list("audio", flat=True))
    kept |= set(DialogueLine.objects.filter(audio__in=names).values_list("audio", flat=True))
    storage = Block._meta.get_field("audio").storage
    for name in names - kept:
        storage.delete(name)


def enrollment_create(*, user: User, course: Course) -> tuple[Enrollment, bool]:
    """Enroll ``user`` in ``course``; enrolling twice keeps the first enrollment.

    Returns the enrollment and whether it was created now. Safe against two concurrent
    requests: the unique constraint decides, and the loser reads the winner's row.
    """
    try:
        with transaction.atomic():
            enrollment, created = Enrollment.objects.get_or_create(user=user, course=course)
    except IntegrityError:
        enrollment, created = Enrollment.objects.get(user=user, course=course), False
    if created:
        logger.info("courses.enrollment.created course_id=%s user_id=%s", course.pk, user.pk)
    return enrollment, created


def enrollment_delete(*, user: User, course: Course) -> bool:
    """Leave ``course``; returns whether an enrollment existed. Progress and attempts stay."""
    deleted, _rows = Enrollment.objects.filter(user=user, course=course).delete()
    if deleted:
        logger.info("courses.enrollment.deleted course_id=%s user_id=%s", course.pk, user.pk)
    return bool(deleted)
