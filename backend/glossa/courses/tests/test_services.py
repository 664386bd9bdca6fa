import pytest
from django.core.exceptions import ValidationError

from glossa.courses import services
from glossa.courses.models import Course, CourseStatus
from glossa.courses.search import search_key
from glossa.courses.tests.factories import make_block, make_course, make_lesson, make_user

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        pytest.param(1, ["C", "A", "B", "D"], id="to-first"),
        pytest.param(2, ["A", "C", "B", "D"], id="swap-with-previous"),
        pytest.param(4, ["A", "B", "D", "C"], id="to-last"),
        pytest.param(99, ["A", "B", "D", "C"], id="past-the-end-clamped"),
        pytest.param(0, ["C", "A", "B", "D"], id="before-the-start-clamped"),
        pytest.param(3, ["A", "B", "C", "D"], id="same-place"),
    ],
)
def test_lessons_renumbered_without_gaps_when_a_lesson_moves(
    position: int, expected: list[str]
) -> None:
    course = make_course()
    lessons = {title: make_lesson(course=course, title=title) for title in "ABCD"}

    services.lesson_move(lesson=lessons["C"], position=position)

    rows = list(course.lessons.order_by("position").values_list("title", "position"))
    assert rows == [(title, index) for index, title in enumerate(expected, start=1)]


def test_blocks_renumbered_when_a_block_moves() -> None:
    lesson = make_lesson()
    make_block(lesson=lesson, title="1")
    make_block(lesson=lesson, title="2")
    third = make_block(lesson=lesson, title="3")

    services.block_move(block=third, position=1)

    assert list(lesson.blocks.order_by("position").values_list("title", flat=True)) == [
        "3",
        "1",
        "2",
    ]


def test_search_title_and_owner_set_when_course_created() -> None:
    teacher = make_user(role="teacher")

    course = services.course_create(
        owner=teacher, slug="ruso", title="Ruso ÁGIL", language="ru", level="A2"
    )

    assert course.title_search == "ruso agil"
    assert list(course.course_authors.values_list("user", "role")) == [(teacher.pk, "owner")]
    assert course.status == CourseStatus.DRAFT
    assert course.published_at is None


def test_publication_time_kept_when_published_twice() -> None:
    course = make_course(status=CourseStatus.DRAFT)
    services.course_publish(course=course)
    first = course.published_at

    services.course_publish(course=course)

    course.refresh_from_db()
    assert first is not None
    assert course.published_at == first


def test_coauthor_added_after_the_owner_once_when_added_twice() -> None:
    course = make_course()
    coauthor = make_user(role="teacher")

    services.course_author_add(course=course, user=coauthor)
    services.course_author_add(course=course, user=coauthor)

    assert list(course.course_authors.values_list("role", "position")) == [
        ("owner", 0),
        ("coauthor", 1),
    ]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Español", "espanol"),
        ("  ENGLISH   for  Travel ", "english for travel"),
        ("Ёлка", "елка"),
        ("Français", "francais"),
        ("Straße", "strasse"),
    ],
)
def test_search_key_ignores_case_accents_and_spacing_when_normalising(text: str, key: str) -> None:
    assert search_key(text) == key


@pytest.mark.parametrize("language", ["english", "xx", "EN", ""])
def test_nothing_created_when_course_language_is_not_an_iso_code(language: str) -> None:
    with pytest.raises(ValidationError) as error:
        services.course_create(
            owner=make_user(role="teacher"), slug="c", title="C", language=language, level="A1"
        )

    assert "language" in error.value.message_dict
    assert not Course.objects.exists()
