"""Writes of the authoring API: courses, lessons, blocks and dialogue lines.

Edits of a versioned row (course, lesson, block, dialogue line) lock it, compare the version
the author last saw with the stored one and bump it, so of two authors editing at once the
second gets ``VersionConflictError`` instead of silently overwriting the first. Deleting a
course, lesson or block puts it in the trash (``deleted_at``); ``purge_trash`` removes it
for good later. Positions taken by callers are 0-based indexes among the live siblings.
"""

import logging
import secrets
from functools import partial
from typing import Any, NoReturn, TypedDict, TypeVar

from django.core.files import File
from django.db import transaction
from django.db.models import Max, Model
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from glossa.accounts.models import User
from glossa.authoring import selectors
from glossa.common.exceptions import ConflictError, DomainError, NotFoundError
from glossa.common.richtext import render_markdown
from glossa.courses import services as course_services
from glossa.courses.models import (
    INDEXED_CHARS,
    TRASH_POSITION_BASE,
    AuthorRole,
    Block,
    BlockType,
    Course,
    CourseAuthor,
    CourseListPosition,
    CourseStatus,
    DialogueLine,
    Lesson,
)
from glossa.courses.selectors import user_may_author
from glossa.exercises import services as exercise_services
from glossa.exercises.models import ExerciseSet
from glossa.media import services as media_services
from glossa.media.models import MediaAsset
from glossa.media.selectors import media_asset_can_edit
from glossa.speech.services import SpeechTextError, speech_block_sync

logger = logging.getLogger(__name__)

Row = TypeVar("Row", Course, Lesson, Block, DialogueLine)


class VersionConflictError(ConflictError):
    """The row changed since the author loaded it; ``current`` is the row as it is now."""

    code = "version_conflict"

    def __init__(self, message: str, *, current: Model) -> None:
        super().__init__(message)
        self.current = current


class AuthoringInvalidError(DomainError):
    code = "invalid"


class CannotPublishError(DomainError):
    code = "cannot_publish"


class ParentInTrashError(ConflictError):
    code = "parent_deleted"


_CONFLICT_MESSAGES = {
    Course: gettext_lazy("Someone else changed this course. Reload to see their changes."),
    Lesson: gettext_lazy("Someone else changed this lesson. Reload to see their changes."),
    Block: gettext_lazy("Someone else changed this block. Reload to see their changes."),
    DialogueLine: gettext_lazy(
        "Someone else changed this dialogue line. Reload to see their changes."
    ),
}


_GONE_MESSAGES = {
    Course: gettext_lazy("This course no longer exists."),
    Lesson: gettext_lazy("This lesson no longer exists."),
    Block: gettext_lazy("This block no longer exists."),
    DialogueLine: gettext_lazy("This dialogue line no longer exists."),
}


def _locked(row: Row, version: int | None = None) -> Row:
    """Lock ``row`` until the transaction ends and return it fresh from the database.

    With ``version``, refuse unless the stored version is the one the author last saw;
    ``NotFoundError`` when the row is gone meanwhile.
    """
    fresh = type(row).objects.select_for_update().filter(pk=row.pk).first()
    if fresh is None:  # deleted (a dialogue line) or purged since the caller read it
        raise NotFoundError(str(_GONE_MESSAGES[type(row)]))
    if version is not None and fresh.version != version:
        raise VersionConflictError(str(_CONFLICT_MESSAGES[type(row)]), current=fresh)
    return fresh


def _speech_sync(block: Block, *, field: str | None = None) -> None:
    """Queue the generated speech of ``block``'s texts as they now are, after the commit.

    Clips are cached by (text, voice, speed): an unchanged text makes nothing new, a changed
    one gets its clips at once, so learners keep hearing an edited text. A text too long to
    be spoken is refused under ``field`` (``SpeechTextError``); without ``field`` (a copy of
    a text already saved) it is only logged.
    """
    try:
        speech_block_sync(block=block)
    except SpeechTextError as error:
        if field is None:
            logger.warning("courses.block.speech_skipped block_id=%s reason=too_long", block.pk)
            return
        raise SpeechTextError(error.message, fields={field: [error.message]}) from error


def _copy_title(title: str) -> str:
    suffix = _(" (copy)")
    return title[: INDEXED_CHARS - len(suffix)] + suffix


# --- courses ---------------------------------------------------------------------------------


class CourseChanges(TypedDict, total=False):
    title: str
    summary: str
    description: str
    language: str
    level: str
    media_requires_enrollment: bool


def _unique_slug(title: str) -> str:
    base = slugify(title)[:80].strip("-") or "course"
    if not Course.objects.filter(slug=base).exists():
        return base
    return f"{base}-{secrets.token_hex(4)}"


def course_author_create(
    *,
    owner: User,
    title: str,
    language: str,
    level: str,
    summary: str = "",
    description: str = "",
    media_requires_enrollment: bool = False,
) -> Course:
    """Create a draft course with ``owner`` as its owner (a teacher or an administrator)."""
    return course_services.course_create(
        owner=owner,
        slug=_unique_slug(title),
        title=title,
        language=language,
        level=level,
        summary=summary,
        description=description,
        media_requires_enrollment=media_requires_enrollment,
    )


@transaction.atomic
def course_update(*, course: Course, version: int, changes: CourseChanges) -> Course:
    course = _locked(course, version)
    for name, value in changes.items():
        setattr(course, name, value)
    course.version += 1
    course_services.course_prepare(course)
    course.save()
    logger.info("courses.course.updated course_id=%s version=%s", course.pk, course.version)
    return course


@transaction.atomic
def course_status_set(*, course: Course, version: int, published: bool) -> Course:
    """Publish or unpublish ``course``; a course without a live lesson cannot be published."""
    course = _locked(course, version)
    if published and not course.lessons.filter(deleted_at__isnull=True).exists():
        raise CannotPublishError(_("Add at least one lesson before publishing the course."))
    course.status = CourseStatus.PUBLISHED if published else CourseStatus.DRAFT
    course.version += 1
    course_services.course_prepare(course)
    course.save()
    event = "published" if published else "unpublished"
    logger.info("courses.course.%s course_id=%s", event, course.pk)
    return course


def course_trash(*, course: Course) -> None:
    Course.objects.filter(pk=course.pk).update(deleted_at=timezone.now())
    logger.info("courses.course.trashed course_id=%s", course.pk)


def course_restore(*, course: Course) -> Course:
    Course.objects.filter(pk=course.pk).update(deleted_at=None)
    logger.info("courses.course.restored course_id=%s", course.pk)
    course.refresh_from_db()
    return course


@transaction.atomic
def course_move(*, user: User, course: Course, index: int) -> list[int]:
    """Move ``course`` to the 0-based ``index`` of ``user``'s list; return the list's ids.

    Every course of the list gets a stored position, so the order stays as arranged when
    courses are added later (new ones show first until placed).
    """
    list(CourseListPosition.objects.select_for_update().filter(user=user))
    ordered = selectors.authoring_course_ids(user=user)
    ordered.remove(course.pk)
    ordered.insert(max(0, min(index, len(ordered))), course.pk)
    CourseListPosition.objects.filter(user=user).delete()
    CourseListPosition.objects.bulk_create(
        CourseListPosition(user=user, course_id=pk, position=position)
        for position, pk in enumerate(ordered)
    )
    return ordered


@transaction.atomic
def course_duplicate(*, course: Course, owner: User) -> Course:
    """Copy ``course`` as a new draft owned by ``owner``: live lessons, blocks, dialogue lines
    and exercise sets; media files and assets are shared, not copied."""
    copy = course_services.course_create(
        owner=owner,
        slug=_unique_slug(course.title),
        title=_copy_title(course.title),
        language=course.language,
        level=course.level,
        summary=course.summary,
        description=course.description,
        media_requires_enrollment=course.media_requires_enrollment,
    )
    lessons = course.lessons.filter(deleted_at__isnull=True).order_by("position", "id")
    for position, lesson in enumerate(lessons, start=1):
        _lesson_copy(lesson, course=copy, position=position, title=lesson.title)
    logger.info("courses.course.duplicated course_id=%s copy_id=%s", course.pk, copy.pk)
    return copy


@transaction.atomic
def course_author_add(*, course: Course, email: str) -> CourseAuthor:
    """Make the teacher with ``email`` a co-author of ``course``."""
    user = User.objects.filter(email__iexact=email.strip(), is_active=True).first()
    if user is None or not user_may_author(user):
        message = _("No teacher has this email address.")
        raise AuthoringInvalidError(message, fields={"email": [message]})
    if CourseAuthor.objects.filter(course=course, user=user).exists():
        message = _("This person is already an author of the course.")
        raise AuthoringInvalidError(message, fields={"email": [message]})
    author = course_services.course_author_add(course=course, user=user)
    logger.info("courses.author.added course_id=%s user_id=%s", course.pk, user.pk)
    return author


def course_author_remove(*, course: Course, user_id: int) -> None:
    author = CourseAuthor.objects.filter(course=course, user_id=user_id).first()
    if author is None:
        raise NotFoundError(_("This person is not an author of the course."))
    if author.role == AuthorRole.OWNER:
        raise AuthoringInvalidError(_("The owner of a course cannot be removed."))
    author.delete()
    logger.info("courses.author.removed course_id=%s user_id=%s", course.pk, user_id)


# --- lessons ---------------------------------------------------------------------------------


def _live_lessons(course_id: int) -> Any:
    return Lesson.objects.select_for_update().filter(course_id=course_id, deleted_at__isnull=True)


def _reorder(siblings: Any, row_id: int, index: int | None) -> list[int]:
    """Place ``row_id`` at the 0-based ``index`` (None: keep) among ``siblings``; renumber."""
    ordered = list(siblings.order_by("position", "id").values_list("id", flat=True))
    if index is not None and row_id in ordered:
        ordered.remove(row_id)
        ordered.insert(max(0, min(index, len(ordered))), row_id)
    course_services.positions_set(siblings, ordered)
    return ordered


@transaction.atomic
def lesson_author_create(*, course: Course, title: str, index: int | None = None) -> Lesson:
    lesson = course_services.lesson_create(course=course, title=title)
    if index is not None:
        _reorder(_live_lessons(course.pk), lesson.pk, index)
        lesson.refresh_from_db()
    return lesson


@transaction.atomic
def lesson_update(*, lesson: Lesson, version: int, title: str) -> Lesson:
    lesson = _locked(lesson, version)
    lesson.title = title
    lesson.version += 1
    lesson.save()
    logger.info("courses.lesson.updated lesson_id=%s version=%s", lesson.pk, lesson.version)
    return lesson


@transaction.atomic
def lesson_move(*, lesson: Lesson, index: int) -> list[int]:
    ordered = _reorder(_live_lessons(lesson.course_id), lesson.pk, index)
    logger.info("courses.lesson.moved lesson_id=%s index=%s", lesson.pk, index)
    return ordered


@transaction.atomic
def lesson_trash(*, lesson: Lesson) -> None:
    """Put ``lesson`` in the trash and close the gap it leaves among its live siblings."""
    lesson = _locked(lesson)
    lesson.deleted_at = timezone.now()
    lesson.position = TRASH_POSITION_BASE + lesson.pk
    lesson.save(update_fields=["deleted_at", "position"])
    _reorder(_live_lessons(lesson.course_id), lesson.pk, None)
    logger.info("courses.lesson.trashed lesson_id=%s", lesson.pk)


@transaction.atomic
def lesson_restore(*, lesson: Lesson) -> Lesson:
    """Bring ``lesson`` back at the end of its course."""
    lesson = _locked(lesson)
    if lesson.course.deleted_at is not None:
        raise ParentInTrashError(_("The course of this lesson is in the trash. Restore it first."))
    last = _live_lessons(lesson.course_id).aggregate(last=Max("position"))["last"]
    lesson.deleted_at = None
    lesson.position = (last or 0) + 1
    lesson.save(update_fields=["deleted_at", "position"])
    logger.info("courses.lesson.restored lesson_id=%s", lesson.pk)
    return lesson


@transaction.atomic
def lesson_duplicate(*, lesson: Lesson) -> Lesson:
    """Copy ``lesson`` with its live blocks and put the copy right after it."""
    siblings = _live_lessons(lesson.course_id)
    last = siblings.aggregate(last=Max("position"))["last"]
    copy = _lesson_copy(
        lesson, course=lesson.course, position=(last or 0) + 1, title=_copy_title(lesson.title)
    )
    ordered = list(siblings.order_by("position", "id").values_list("id", flat=True))
    _reorder(siblings, copy.pk, ordered.index(lesson.pk) + 1)
    copy.refresh_from_db()
    logger.info("courses.lesson.duplicated lesson_id=%s copy_id=%s", lesson.pk, copy.pk)
    return copy


def _lesson_copy(lesson: Lesson, *, course: Course, position: int, title: str) -> Lesson:
    copy = Lesson.objects.create(course=course, title=title, position=position)
    blocks = lesson.blocks.filter(deleted_at__isnull=True).order_by("position", "id")
    for block_position, block in enumerate(blocks, start=1):
        _block_copy(block, lesson=copy, position=block_position)
    return copy


# --- blocks ----------------------------------------------------------------------------------


class BlockChanges(TypedDict, total=False):
    title: str
    markdown: str
    transcript: str
    speech_voices: list[str]
    media_id: int | None


# Which fields an author may set on each type of block.
BLOCK_FIELDS: dict[str, frozenset[str]] = {
    BlockType.TEXT: frozenset({"title", "markdown", "speech_voices"}),
    BlockType.AUDIO: frozenset({"title", "transcript", "media_id"}),
    BlockType.VIDEO: frozenset({"title", "transcript", "media_id"}),
    BlockType.DIALOGUE: frozenset({"title", "speech_voices"}),
    BlockType.EXERCISE_SET: frozenset({"title"}),
}


def _check_block_fields(block_type: str, names: set[str]) -> None:
    wrong = sorted(names - BLOCK_FIELDS[block_type])
    if wrong:
        message = _("This field does not apply to a block of this type.")
        raise AuthoringInvalidError(
            _("Some fields do not apply to this block. Remove them and try again."),
            fields={name: [message] for name in wrong},
        )


def _live_blocks(lesson_id: int) -> Any:
    return Block.objects.select_for_update().filter(lesson_id=lesson_id, deleted_at__isnull=True)


def _block_apply(block: Block, changes: BlockChanges, *, user: User) -> None:
    for name, value in changes.items():
        if name == "media_id":
            _media_attach(block, value, user=user)  # type: ignore[arg-type]
        else:
            setattr(block, name, value)
    block.html = render_markdown(block.markdown) if block.type == BlockType.TEXT else ""


def _media_attach(block: Block, media_id: int | None, *, user: User) -> None:
    """Point an audio or video block at an uploaded asset of the same kind.

    The asset must be one ``user`` may edit, and belong to the block's course or to no course
    yet (it then joins the course, so learners' access follows the course's media rule).
    """
    if media_id is None or media_id == block.media_id:
        block.media_id = media_id
        return
    course = block.lesson.course
    asset = MediaAsset.objects.select_related("course").filter(pk=media_id).first()
    if asset is None or not media_asset_can_edit(user=user, asset=asset):
        _media_refuse(_("The media file does not exist."))
    elif asset.kind != block.type:
        if block.type == BlockType.VIDEO:
            _media_refuse(_("Choose a video file for a video block."))
        _media_refuse(_("Choose an audio file for an audio block."))
    elif asset.course_id not in (None, course.pk):
        _media_refuse(_("This media file belongs to another course. Upload it to this one."))
    if asset.course_id is None:
        MediaAsset.objects.filter(pk=asset.pk).update(course=course)
    block.media = asset


def _media_refuse(message: str) -> NoReturn:
    raise AuthoringInvalidError(message, fields={"media_id": [message]})


@transaction.atomic
def block_author_create(
    *, user: User, lesson: Lesson, type: str, changes: BlockChanges, index: int | None = None
) -> Block:
    """Add a block of ``type`` to ``lesson`` (at the end, or at the 0-based ``index``).

    An ``exercise_set`` block gets its empty exercise set at once.
    """
    _check_block_fields(type, set(changes))
    last = _live_blocks(lesson.pk).aggregate(last=Max("position"))["last"]
    block = Block(lesson=lesson, type=type, position=(last or 0) + 1)
    _block_apply(block, changes, user=user)
    block.save()
    if type == BlockType.EXERCISE_SET:
        exercise_services.exercise_set_for_block_create(block=block, title=block.title)
    _speech_sync(block, field="markdown")
    if index is not None:
        _reorder(_live_blocks(lesson.pk), block.pk, index)
    logger.info("courses.block.created block_id=%s lesson_id=%s", block.pk, lesson.pk)
    return block


@transaction.atomic
def block_update(*, user: User, block: Block, version: int, changes: BlockChanges) -> Block:
    """Change ``block``; a new text or new voices queue their generated speech."""
    block = _locked(block, version)
    _check_block_fields(block.type, set(changes))
    spoken = (block.markdown, list(block.speech_voices or []))
    _block_apply(block, changes, user=user)
    block.version += 1
    block.save()
    if (block.markdown, list(block.speech_voices or [])) != spoken:
        _speech_sync(block, field="markdown")
    if block.type == BlockType.EXERCISE_SET and "title" in changes:
        ExerciseSet.objects.filter(block=block).update(title=block.title)
    logger.info("courses.block.updated block_id=%s version=%s", block.pk, block.version)
    return block


@transaction.atomic
def block_move(*, block: Block, index: int, lesson: Lesson | None = None) -> list[int]:
    """Move ``block`` to the 0-based ``index`` of ``lesson`` (default: its own lesson).

    Return the ids of the target lesson's blocks in their new order.
    """
    block = _locked(block)
    source_id = block.lesson_id
    if lesson is not None and lesson.pk != source_id:
        last = _live_blocks(lesson.pk).aggregate(last=Max("position"))["last"]
        block.lesson = lesson
        block.position = (last or 0) + 1
        block.save(update_fields=["lesson", "position"])
        _reorder(_live_blocks(source_id), block.pk, None)
    ordered = _reorder(_live_blocks(block.lesson_id), block.pk, index)
    logger.info("courses.block.moved block_id=%s lesson_id=%s", block.pk, block.lesson_id)
    return ordered


@transaction.atomic
def block_trash(*, block: Block) -> None:
    block = _locked(block)
    block.deleted_at = timezone.now()
    block.position = TRASH_POSITION_BASE + block.pk
    block.save(update_fields=["deleted_at", "position"])
    _reorder(_live_blocks(block.lesson_id), block.pk, None)
    logger.info("courses.block.trashed block_id=%s", block.pk)


@transaction.atomic
def block_restore(*, block: Block) -> Block:
    """Bring ``block`` back at the end of its lesson."""
    block = _locked(block)
    if block.lesson.deleted_at is not None or block.lesson.course.deleted_at is not None:
        raise ParentInTrashError(_("The lesson of this block is in the trash. Restore it first."))
    last = _live_blocks(block.lesson_id).aggregate(last=Max("position"))["last"]
    block.deleted_at = None
    block.position = (last or 0) + 1
    block.save(update_fields=["deleted_at", "position"])
    logger.info("courses.block.restored block_id=%s", block.pk)
    return block


@transaction.atomic
def block_duplicate(*, block: Block) -> Block:
    """Copy ``block`` (lines and exercise set too) and put the copy right after it."""
    siblings = _live_blocks(block.lesson_id)
    last = siblings.aggregate(last=Max("position"))["last"]
    copy = _block_copy(block, lesson=block.lesson, position=(last or 0) + 1)
    ordered = list(siblings.order_by("position", "id").values_list("id", flat=True))
    _reorder(siblings, copy.pk, ordered.index(block.pk) + 1)
    copy.refresh_from_db()
    logger.info("courses.block.duplicated block_id=%s copy_id=%s", block.pk, copy.pk)
    return copy


def _block_copy(block: Block, *, lesson: Lesson, position: int) -> Block:
    source_id = block.pk
    copy = Block.objects.get(pk=source_id)
    copy.pk = None
    copy.lesson = lesson
    copy.position = position
    copy.version = 1
    copy.save(force_insert=True)
    DialogueLine.objects.bulk_create(
        DialogueLine(
            block=copy,
            position=line.position,
            speaker=line.speaker,
            text=line.text,
            translation=line.translation,
            audio=line.audio.name,
        )
        for line in DialogueLine.objects.filter(block_id=source_id).order_by("position", "id")
    )
    exercise_set = ExerciseSet.objects.filter(block_id=source_id).first()
    if exercise_set is not None:
        exercise_services.exercise_set_copy(source=exercise_set, block=copy)
    _speech_sync(copy)
    return copy


# --- dialogue lines --------------------------------------------------------------------------


class LineChanges(TypedDict, total=False):
    speaker: str
    text: str
    translation: str


def _live_lines(block_id: int) -> Any:
    return DialogueLine.objects.select_for_update().filter(block_id=block_id)


@transaction.atomic
def line_create(*, block: Block, changes: LineChanges, index: int | None = None) -> DialogueLine:
    if block.type != BlockType.DIALOGUE:
        raise AuthoringInvalidError(_("Only a dialogue block has lines."))
    last = _live_lines(block.pk).aggregate(last=Max("position"))["last"]
    line = DialogueLine(block=block, position=(last or 0) + 1, **changes)
    line.save()
    _speech_sync(Block.objects.get(pk=block.pk), field="text")
    if index is not None:
        _reorder(_live_lines(block.pk), line.pk, index)
        line.refresh_from_db()
    return line


@transaction.atomic
def line_update(*, line: DialogueLine, version: int, changes: LineChanges) -> DialogueLine:
    line = _locked(line, version)
    text = line.text
    for name, value in changes.items():
        setattr(line, name, value)
    line.version += 1
    line.save()
    if line.text != text:
        _speech_sync(Block.objects.get(pk=line.block_id), field="text")
    return line


@transaction.atomic
def line_delete(*, line: DialogueLine) -> None:
    """Delete ``line``; its recording's file goes after the commit unless a copy plays it."""
    line = _locked(line)  # the recording as it is now, not as the caller last read it
    block_id, recording = line.block_id, line.audio.name
    line.delete()
    _reorder(_live_lines(block_id), 0, None)
    transaction.on_commit(partial(_recording_release, recording))


@transaction.atomic
def line_move(*, line: DialogueLine, index: int) -> list[int]:
    return _reorder(_live_lines(line.block_id), line.pk, index)


# --- recordings ------------------------------------------------------------------------------

Recorded = TypeVar("Recorded", Block, DialogueLine)


def block_recording_set(*, block: Block, version: int, upload: "File[bytes]") -> Block:
    """Keep a teacher's own recording of a text block (learners hear it before any voice).

    Raises ``AuthoringInvalidError`` for other block types, and the media app's
    ``TooLargeError`` / ``UnsupportedMediaError`` unless the content is audio within the audio
    limit; ``VersionConflictError`` on a stale ``version``. Nothing is kept on refusal.
    """
    if block.type != BlockType.TEXT:
        message = _("Only a text block or a dialogue line can have a recording.")
        raise AuthoringInvalidError(message, fields={"file": [message]})
    return _recording_set(block, version=version, upload=upload)


def line_recording_set(*, line: DialogueLine, version: int, upload: "File[bytes]") -> DialogueLine:
    """Keep a teacher's own recording of a dialogue line; as ``block_recording_set``."""
    return _recording_set(line, version=version, upload=upload)


def block_recording_remove(*, block: Block, version: int) -> Block:
    return _recording_remove(block, version=version)


def line_recording_remove(*, line: DialogueLine, version: int) -> DialogueLine:
    return _recording_remove(line, version=version)


def _recording_set(row: Recorded, *, version: int, upload: "File[bytes]") -> Recorded:
    # Probed before any lock: FFmpeg may take a while on a long file.
    with media_services.upload_local_path(upload) as path:
        probe = media_services.audio_recording_check(path=path)
        name = f"{row.pk}-{secrets.token_hex(8)}-{media_services.audio_recording_name(probe)}"
        stored = ""
        try:
            with transaction.atomic():
                row = _locked(row, version)
                previous = row.audio.name
                with path.open("rb") as handle:
                    row.audio.save(name, File(handle), save=False)
                stored = row.audio.name
                row.version += 1
                row.save(update_fields=["audio", "version"])
                transaction.on_commit(partial(_recording_release, previous))
        except Exception:
            if stored:
                row.audio.storage.delete(stored)
            raise
    logger.info(
        "courses.%s.recording_set id=%s container=%s duration=%s",
        type(row).__name__.lower(),
        row.pk,
        probe.container,
        probe.duration,
    )
    return row


@transaction.atomic
def _recording_remove(row: Recorded, *, version: int) -> Recorded:
    row = _locked(row, version)
    if not row.audio:
        return row
    previous = row.audio.name
    row.audio = ""
    row.version += 1
    row.save(update_fields=["audio", "version"])
    transaction.on_commit(partial(_recording_release, previous))
    logger.info("courses.%s.recording_removed id=%s", type(row).__name__.lower(), row.pk)
    return row


def _recording_release(name: str) -> None:
    """Delete a recording's file once no block or line plays it (copies share the file)."""
    if not name:
        return
    if (
        Block.objects.filter(audio=name).exists()
        or DialogueLine.objects.filter(audio=name).exists()
    ):
        return
    Block._meta.get_field("audio").storage.delete(name)
