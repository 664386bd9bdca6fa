"""Reads of the authoring API: what a teacher may edit, with related rows already loaded.

Every getter raises ``NotFoundError`` both for a row that does not exist and for one the user
may not edit, so a teacher cannot learn which ids belong to other teachers' courses. Trashed
rows are found only through the trash readers at the end.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Count, F, Prefetch, Q, QuerySet, Subquery
from django.db.models import OuterRef as Outer
from django.utils.translation import gettext as _

from glossa.accounts.models import User
from glossa.common.exceptions import NotFoundError
from glossa.courses.models import (
    TRASH_DAYS,
    Block,
    Course,
    CourseAuthor,
    CourseListPosition,
    DialogueLine,
    Lesson,
)
from glossa.courses.selectors import id_in_range, user_is_admin
from glossa.exercises.models import ExerciseSet, ExerciseSetItem
from glossa.media.models import MediaRendition
from glossa.questions.models import Question


def _editable_courses(user: User, prefix: str = "") -> Q:
    """Rows whose course ``user`` may edit; ``prefix`` leads from the row to its course."""
    if user_is_admin(user):
        return Q()
    return Q(**{f"{prefix}course_authors__user": user})


def _authors_prefetch() -> Prefetch[str]:
    return Prefetch(
        "course_authors",
        queryset=CourseAuthor.objects.select_related("user").order_by("position", "id"),
    )


def _live_count(relation: str) -> Count:
    return Count(relation, filter=Q(**{f"{relation}__deleted_at__isnull": True}), distinct=True)


def authoring_course_list(*, user: User) -> QuerySet[Course]:
    """The live courses ``user`` may edit, in the user's own order.

    Courses the user never placed (new ones, or ones shared with them since) come first,
    newest first; then the courses in the order the user arranged them.
    """
    placed = CourseListPosition.objects.filter(user=user, course=Outer("pk")).values("position")
    return (
        Course.objects.filter(_editable_courses(user), deleted_at__isnull=True)
        .annotate(lesson_count=_live_count("lessons"), list_position=Subquery(placed[:1]))
        .prefetch_related(_authors_prefetch())
        .order_by(F("list_position").asc(nulls_first=True), "-created_at", "-id")
    )


def authoring_course_ids(*, user: User) -> list[int]:
    return list(authoring_course_list(user=user).values_list("id", flat=True))


def authoring_course_get(*, user: User, course_id: int) -> Course:
    """A live course ``user`` may edit, with authors and live lessons (with block counts)."""
    lessons = (
        Lesson.objects.filter(deleted_at__isnull=True)
        .annotate(block_count=_live_count("blocks"))
        .order_by("position", "id")
    )
    course = None
    if id_in_range(course_id):
        course = (
            Course.objects.filter(_editable_courses(user), pk=course_id, deleted_at__isnull=True)
            .annotate(lesson_count=_live_count("lessons"))
            .prefetch_related(_authors_prefetch(), Prefetch("lessons", queryset=lessons))
            .first()
        )
    if course is None:
        raise NotFoundError(_("The course does not exist."))
    return course


def authoring_blocks() -> QuerySet[Block]:
    """Live blocks with what the authoring block payload shows, in a fixed number of queries."""
    items = ExerciseSetItem.objects.select_related("question").order_by("position", "id")
    return (
        Block.objects.filter(deleted_at__isnull=True)
        .select_related("exercise_set", "media")
        .prefetch_related(
            Prefetch("lines", queryset=DialogueLine.objects.order_by("position", "id")),
            Prefetch("exercise_set__items", queryset=items),
            Prefetch("media__renditions", queryset=MediaRendition.objects.order_by("name")),
        )
        .order_by("position", "id")
    )


def _live_lessons(user: User) -> QuerySet[Lesson]:
    return Lesson.objects.filter(
        _editable_courses(user, "course__"),
        deleted_at__isnull=True,
        course__deleted_at__isnull=True,
    )


def authoring_lesson_get(*, user: User, lesson_id: int) -> Lesson:
    """A live lesson of a live course ``user`` may edit, with its live blocks in order."""
    lesson = None
    if id_in_range(lesson_id):
        lesson = (
            _live_lessons(user)
            .select_related("course")
            .prefetch_related(Prefetch("blocks", queryset=authoring_blocks()))
            .filter(pk=lesson_id)
            .first()
        )
    if lesson is None:
        raise NotFoundError(_("The lesson does not exist."))
    return lesson


def authoring_block_get(*, user: User, block_id: int) -> Block:
    block = None
    if id_in_range(block_id):
        block = (
            authoring_blocks()
            .filter(
                _editable_courses(user, "lesson__course__"),
                pk=block_id,
                lesson__deleted_at__isnull=True,
                lesson__course__deleted_at__isnull=True,
            )
            .select_related("lesson__course")
            .first()
        )
    if block is None:
        raise NotFoundError(_("The block does not exist."))
    return block


def authoring_line_get(*, user: User, line_id: int) -> DialogueLine:
    line = None
    if id_in_range(line_id):
        line = (
            DialogueLine.objects.filter(
                _editable_courses(user, "block__lesson__course__"),
                pk=line_id,
                block__deleted_at__isnull=True,
                block__lesson__deleted_at__isnull=True,
                block__lesson__course__deleted_at__isnull=True,
            )
            .select_related("block")
            .first()
        )
    if line is None:
        raise NotFoundError(_("The dialogue line does not exist."))
    return line


def authoring_exercise_set_get(*, user: User, exercise_set_id: int) -> ExerciseSet:
    exercise_set = None
    if id_in_range(exercise_set_id):
        exercise_set = (
            ExerciseSet.objects.filter(
                _editable_courses(user, "block__lesson__course__"),
                pk=exercise_set_id,
                block__deleted_at__isnull=True,
                block__lesson__deleted_at__isnull=True,
                block__lesson__course__deleted_at__isnull=True,
            )
            .select_related("block")
            .first()
        )
    if exercise_set is None:
        raise NotFoundError(_("The exercise set does not exist."))
    return exercise_set


def authoring_item_get(*, user: User, item_id: int) -> ExerciseSetItem:
    item = None
    if id_in_range(item_id):
        item = (
            ExerciseSetItem.objects.filter(
                _editable_courses(user, "exercise_set__block__lesson__course__"),
                pk=item_id,
                exercise_set__block__deleted_at__isnull=True,
                exercise_set__block__lesson__deleted_at__isnull=True,
                exercise_set__block__lesson__course__deleted_at__isnull=True,
            )
            .select_related("question", "exercise_set")
            .first()
        )
    if item is None:
        raise NotFoundError(_("The exercise-set item does not exist."))
    return item


def authoring_items(*, exercise_set_id: int) -> list[ExerciseSetItem]:
    items = ExerciseSetItem.objects.filter(exercise_set_id=exercise_set_id)
    return list(items.select_related("question").order_by("position", "id"))


def authoring_question_get(*, user: User, question_id: int) -> Question:
    """A bank question ``user`` may put in an exercise set: from their own bank, an unowned
    (shared) bank, or any bank for an administrator."""
    question = None
    if id_in_range(question_id):
        questions = Question.objects.filter(pk=question_id)
        if not user_is_admin(user):
            questions = questions.filter(Q(bank__owner=user) | Q(bank__owner__isnull=True))
        question = questions.first()
    if question is None:
        raise NotFoundError(_("The question does not exist."))
    return question


# --- trash -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrashEntry:
    kind: str
    id: int
    title: str
    course_id: int
    course_title: str
    deleted_at: datetime

    @property
    def purge_at(self) -> datetime:
        return self.deleted_at + timedelta(days=TRASH_DAYS)


def trash_list(*, user: User) -> list[TrashEntry]:
    """What ``user`` may restore, most recently deleted first (three queries)."""
    courses = Course.objects.filter(_editable_courses(user), deleted_at__isnull=False)
    lessons = Lesson.objects.filter(
        _editable_courses(user, "course__"), deleted_at__isnull=False
    ).select_related("course")
    blocks = Block.objects.filter(
        _editable_courses(user, "lesson__course__"), deleted_at__isnull=False
    ).select_related("lesson__course")
    entries = [
        TrashEntry("course", c.pk, c.title, c.pk, c.title, c.deleted_at)  # type: ignore[arg-type]
        for c in courses
    ]
    entries += [
        TrashEntry("lesson", x.pk, x.title, x.course_id, x.course.title, x.deleted_at)  # type: ignore[arg-type]
        for x in lessons
    ]
    entries += [
        TrashEntry(
            "block",
            b.pk,
            b.title or str(b.get_type_display()),
            b.lesson.course_id,
            b.lesson.course.title,
            b.deleted_at,  # type: ignore[arg-type]
        )
        for b in blocks
    ]
    return sorted(entries, key=lambda entry: (entry.deleted_at, entry.id), reverse=True)


_TRASHED: dict[str, tuple[Any, str]] = {
    "course": (Course, ""),
    "lesson": (Lesson, "course__"),
    "block": (Block, "lesson__course__"),
}


def trashed_get(*, user: User, kind: str, row_id: int) -> Any:
    """A trashed course, lesson or block ``user`` may restore."""
    if kind not in _TRASHED:
        raise NotFoundError(_("There is no such item in the trash."))
    model, prefix = _TRASHED[kind]
    row = None
    if id_in_range(row_id):
        rows = model.objects.filter(_editable_courses(user, prefix), deleted_at__isnull=False)
        row = rows.filter(pk=row_id).first()
    if row is None:
        raise NotFoundError(_("There is no such item in the trash."))
    return row
