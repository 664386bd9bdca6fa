"""Typed builders for courses and the rows around them; other apps' tests use them too.

Plain functions rather than factory_boy classes: mypy strict sees their real return types.
Every argument has a sensible default, so a test names only what it is about.
"""

from itertools import count

from django.utils import timezone

from glossa.accounts.models import Role, User
from glossa.common.richtext import render_markdown
from glossa.courses.models import (
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

_sequence = count(1)


def make_user(
    *, role: str = Role.LEARNER, is_staff: bool = False, display_name: str | None = None
) -> User:
    n = next(_sequence)
    return User.objects.create_user(
        f"person{n}@example.org",
        "correct horse battery staple",
        display_name=f"Person {n}" if display_name is None else display_name,
        role=role,
        is_staff=is_staff,
        email_verified=True,
    )


def make_course(
    *,
    title: str | None = None,
    owner: User | None = None,
    language: str = "es",
    level: str = "A1",
    status: str = CourseStatus.PUBLISHED,
    description: str = "Learn **step by step**.",
) -> Course:
    n = next(_sequence)
    title = f"Course {n}" if title is None else title
    course = Course.objects.create(
        slug=f"course-{n}",
        title=title,
        title_search=search_key(title),
        summary="A short course.",
        description=description,
        language=language,
        level=level,
        status=status,
        published_at=timezone.now() if status == CourseStatus.PUBLISHED else None,
    )
    CourseAuthor.objects.create(
        course=course, user=owner or make_user(role=Role.TEACHER), role=AuthorRole.OWNER
    )
    return course


def make_lesson(
    *, course: Course | None = None, position: int | None = None, title: str | None = None
) -> Lesson:
    course = course or make_course()
    if position is None:
        position = course.lessons.filter(deleted_at__isnull=True).count() + 1
    title = f"Lesson {next(_sequence)}" if title is None else title
    return Lesson.objects.create(course=course, title=title, position=position)


def make_block(
    *,
    lesson: Lesson | None = None,
    type: str = BlockType.TEXT,
    position: int | None = None,
    markdown: str = "",
    title: str = "",
) -> Block:
    lesson = lesson or make_lesson()
    if position is None:
        position = lesson.blocks.filter(deleted_at__isnull=True).count() + 1
    html = render_markdown(markdown) if type == BlockType.TEXT else ""
    return Block.objects.create(
        lesson=lesson, type=type, position=position, markdown=markdown, html=html, title=title
    )


def make_dialogue_line(
    *, block: Block, position: int, speaker: str = "Ana", text: str = "¡Hola!"
) -> DialogueLine:
    return DialogueLine.objects.create(
        block=block, position=position, speaker=speaker, text=text, translation="Привет!"
    )


def make_enrollment(*, user: User, course: Course) -> Enrollment:
    return Enrollment.objects.create(user=user, course=course)
