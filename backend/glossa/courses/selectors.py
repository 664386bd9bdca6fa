"""Reads for the catalog, course pages and lessons, with related rows already loaded."""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet, Value
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from glossa.accounts.models import Role, User
from glossa.captions.selectors import tracks_for_assets
from glossa.common.exceptions import ForbiddenError, NotFoundError
from glossa.common.richtext import render_markdown
from glossa.courses.models import (
    Block,
    Course,
    CourseAuthor,
    CourseStatus,
    DialogueLine,
    Enrollment,
    Lesson,
)
from glossa.courses.search import search_key
from glossa.media.models import MediaRendition
from glossa.profiles import languages as profile_languages
from glossa.progress.models import LessonCompletion
from glossa.speech.selectors import speech_for_blocks

AnyUser = User | AnonymousUser

# Ids in URLs are checked against the column's range: a 30-digit id must be a 404, not an
# overflow in the database driver.
MAX_ID = 2**63 - 1


def id_in_range(value: int) -> bool:
    return 0 < value <= MAX_ID


def language_name(code: str) -> str:
    """Return the name of the language ``code`` in the request's language (the code if unknown)."""
    return profile_languages.language_name(code, get_language() or "en")


def language_is_known(code: str) -> bool:
    return code in profile_languages.language_codes()


def _authors_prefetch() -> Prefetch[str]:
    return Prefetch(
        "course_authors",
        queryset=CourseAuthor.objects.select_related("user").order_by("position", "id"),
    )


def _live_lesson_count() -> Count:
    return Count("lessons", filter=Q(lessons__deleted_at__isnull=True), distinct=True)


def _is_enrolled(user: AnyUser) -> Exists | Value:
    if not user.is_authenticated:
        return Value(False)
    return Exists(Enrollment.objects.filter(course=OuterRef("pk"), user=user))


def course_list(
    *,
    user: AnyUser,
    language: str | None = None,
    level: str | None = None,
    search: str | None = None,
    enrolled: bool | None = None,
) -> QuerySet[Course]:
    """Published courses for the catalog, in title order.

    ``enrolled=True`` keeps only the courses the user is enrolled in (none for an anonymous
    visitor), ``enrolled=False`` only the others; ``None`` keeps both.
    """
    courses = Course.objects.filter(status=CourseStatus.PUBLISHED, deleted_at__isnull=True)
    if enrolled is not None:
        if user.is_authenticated:
            mine = Exists(Enrollment.objects.filter(course=OuterRef("pk"), user=user))
            courses = courses.filter(mine) if enrolled else courses.exclude(mine)
        elif enrolled:
            courses = courses.none()
    if language:
        courses = courses.filter(language=language)
    if level:
        courses = courses.filter(level=level)
    if search and search_key(search):
        courses = courses.filter(title_search__contains=search_key(search))
    return (
        courses.annotate(lesson_count=_live_lesson_count(), is_enrolled=_is_enrolled(user))
        .prefetch_related(_authors_prefetch())
        .order_by("title", "id")
    )


def course_languages() -> list[dict[str, str]]:
    """The languages taught by at least one published course, named in the request's language.

    For the catalog's language filter, so a learner is offered only choices that find something.
    """
    codes = (
        Course.objects.filter(status=CourseStatus.PUBLISHED, deleted_at__isnull=True)
        .order_by()
        .values_list("language", flat=True)
        .distinct()
    )
    languages = [{"code": code, "name": language_name(code)} for code in codes]
    return sorted(languages, key=lambda language: (language["name"].casefold(), language["code"]))


def course_is_author(*, user: AnyUser, course: Course) -> bool:
    if not user.is_authenticated:
        return False
    return CourseAuthor.objects.filter(course=course, user=user).exists()


def user_is_admin(user: AnyUser) -> bool:
    """Administrators edit every course; staff flags alone (a moderator's) do not count."""
    return bool(user.is_authenticated and (user.is_superuser or user.role == Role.ADMIN))


def user_may_author(user: AnyUser) -> bool:
    """Whether ``user`` may use the authoring endpoints at all (teachers and administrators)."""
    return bool(user.is_authenticated and (user.role == Role.TEACHER or user_is_admin(user)))


def course_can_edit(*, user: AnyUser, course: Course) -> bool:
    """Whether ``user`` may change ``course``, its lessons, blocks and media.

    True for administrators and for teachers who are one of the course's authors (owner or
    co-author). A trashed course stays editable by them so it can be restored.
    """
    if user_is_admin(user):
        return True
    return user_may_author(user) and course_is_author(user=user, course=course)


def course_media_visible(*, user: AnyUser, course: Course) -> bool:
    """Whether ``user`` may play the lesson media (and read the captions) of ``course``.

    Media of a published course plays for anyone who may see the course page, or, when the
    course sets ``media_requires_enrollment``, for enrolled learners, authors and staff. Media
    of a draft or trashed course plays only for those who may edit it.
    """
    if course_can_edit(user=user, course=course):
        return True
    if course.deleted_at is not None or course.status != CourseStatus.PUBLISHED:
        return False
    if not course.media_requires_enrollment:
        return True
    if not user.is_authenticated:
        return False
    if user.is_staff or course_is_author(user=user, course=course):
        return True
    return Enrollment.objects.filter(course=course, user=user).exists()


def _visible_to(user: AnyUser) -> Q:
    live = Q(deleted_at__isnull=True)
    published = Q(status=CourseStatus.PUBLISHED)
    if not user.is_authenticated:
        return live & published
    if user.is_staff:
        return live
    authored = Q(Exists(CourseAuthor.objects.filter(course=OuterRef("pk"), user=user)))
    return live & (published | authored)


def course_get(*, user: AnyUser, course_id: int) -> Course:
    """Return a course the user may see, with its lessons in order.

    Drafts are visible only to their authors and to staff; to anyone else they do not exist
    (``NotFoundError``), so a draft's title never leaks.
    """
    completed: Exists | Value = Value(False)
    if user.is_authenticated:
        completed = Exists(LessonCompletion.objects.filter(lesson=OuterRef("pk"), user=user))
    lessons = (
        Lesson.objects.filter(deleted_at__isnull=True)
        .annotate(is_completed=completed)
        .order_by("position", "id")
    )
    if not id_in_range(course_id):
        raise NotFoundError(_("The course does not exist."))
    course = (
        Course.objects.filter(_visible_to(user), pk=course_id)
        .annotate(lesson_count=_live_lesson_count(), is_enrolled=_is_enrolled(user))
        .prefetch_related(_authors_prefetch(), Prefetch("lessons", queryset=lessons))
        .first()
    )
    if course is None:
        raise NotFoundError(_("The course does not exist."))
    return course


def course_description_html(course: Course) -> str:
    return render_markdown(course.description)


def course_owner(course: Course) -> User | None:
    """The author shown for a course: its first author (from the prefetched authors)."""
    authors = list(course.course_authors.all())
    return authors[0].user if authors else None


def lesson_access_check(*, user: AnyUser, lesson: Lesson) -> None:
    """Raise unless ``user`` may open ``lesson``.

    Expects ``lesson`` from :func:`lesson_get` or annotated the same way (``is_enrolled`` and
    ``is_author``). Unpublished courses are invisible (``NotFoundError``) to anyone but their
    authors and staff; published lessons need an enrollment (``ForbiddenError``).
    """
    course = lesson.course
    privileged = bool(user.is_authenticated and (user.is_staff or lesson.is_author))  # type: ignore[attr-defined]
    if course.status != CourseStatus.PUBLISHED and not privileged:
        raise NotFoundError(_("The lesson does not exist."))
    if not privileged and not lesson.is_enrolled:  # type: ignore[attr-defined]
        # The course is published: naming it lets the app link to its Enroll button.
        raise ForbiddenError(
            _("Enroll in the course to open its lessons."), extra={"course_id": course.pk}
        )


def lessons_with_access(user: AnyUser) -> QuerySet[Lesson]:
    """Lessons annotated with what :func:`lesson_access_check` needs (one query).

    Trashed lessons and the lessons of trashed courses are left out.
    """
    lessons = Lesson.objects.filter(
        deleted_at__isnull=True, course__deleted_at__isnull=True
    ).select_related("course")
    if not user.is_authenticated:
        return lessons.annotate(
            is_enrolled=Value(False), is_author=Value(False), is_completed=Value(False)
        )
    return lessons.annotate(
        is_enrolled=Exists(Enrollment.objects.filter(course=OuterRef("course_id"), user=user)),
        is_author=Exists(CourseAuthor.objects.filter(course=OuterRef("course_id"), user=user)),
        is_completed=Exists(LessonCompletion.objects.filter(lesson=OuterRef("pk"), user=user)),
    )


def lesson_get_accessible(*, user: AnyUser, lesson_id: int) -> Lesson:
    """Return a lesson ``user`` may open, or raise ``NotFoundError`` / ``ForbiddenError``."""
    lesson = None
    if id_in_range(lesson_id):
        lesson = lessons_with_access(user).filter(pk=lesson_id).first()
    if lesson is None:
        raise NotFoundError(_("The lesson does not exist."))
    lesson_access_check(user=user, lesson=lesson)
    return lesson


def lesson_get(*, user: AnyUser, lesson_id: int) -> Lesson:
    """Return a lesson with its blocks, dialogue lines and exercise questions loaded.

    Besides the access annotations the lesson carries ``previous_lesson_id``,
    ``next_lesson_id``, ``media_visible`` (whether ``user`` may play the lesson's media),
    ``tracks_by_asset`` (caption tracks by asset id) and ``speech`` (ready generated clips of
    texts and dialogue lines, see ``speech_for_blocks``). The number of queries does not
    depend on the number of blocks.
    """
    lesson = lesson_get_accessible(user=user, lesson_id=lesson_id)

    blocks = (
        Block.objects.filter(deleted_at__isnull=True)
        .select_related("exercise_set", "media")
        .prefetch_related(
            Prefetch("lines", queryset=DialogueLine.objects.order_by("position", "id")),
            "exercise_set__items__question",
            Prefetch("media__renditions", queryset=MediaRendition.objects.order_by("name")),
        )
        .order_by("position", "id")
    )
    lesson_ids = list(
        Lesson.objects.filter(course_id=lesson.course_id, deleted_at__isnull=True)
        .order_by("position", "id")
        .values_list("id", flat=True)
    )
    index = lesson_ids.index(lesson.pk)
    lesson.previous_lesson_id = lesson_ids[index - 1] if index > 0 else None  # type: ignore[attr-defined]
    lesson.next_lesson_id = lesson_ids[index + 1] if index + 1 < len(lesson_ids) else None  # type: ignore[attr-defined]
    lesson.ordered_blocks = list(blocks.filter(lesson=lesson))  # type: ignore[attr-defined]

    # Lesson media and its captions: one check for the course, two queries for every track.
    media_ids = [block.media_id for block in lesson.ordered_blocks if block.media_id]  # type: ignore[attr-defined]
    visible = bool(media_ids) and course_media_visible(user=user, course=lesson.course)
    lesson.media_visible = visible  # type: ignore[attr-defined]
    lesson.tracks_by_asset = tracks_for_assets(media_ids) if visible else {}  # type: ignore[attr-defined]
    lesson.speech = speech_for_blocks(lesson.ordered_blocks)  # type: ignore[attr-defined]
    return lesson
