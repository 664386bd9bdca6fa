"""Authoring lists and details take a fixed number of queries, whatever their size."""

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from glossa.accounts.models import Role
from glossa.authoring.services import lesson_trash
from glossa.authoring.tests.conftest import World, client_for
from glossa.courses.models import BlockType
from glossa.courses.tests.factories import (
    make_block,
    make_course,
    make_dialogue_line,
    make_lesson,
    make_user,
)

pytestmark = pytest.mark.django_db

API = "/api/v1/authoring"


def _queries(client: Any, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_course_list_queries_constant_when_courses_grow() -> None:
    teacher = make_user(role=Role.TEACHER)
    client = client_for(teacher)
    make_course(owner=teacher)
    small = _queries(client, f"{API}/courses")
    for _index in range(6):
        make_lesson(course=make_course(owner=teacher))

    assert _queries(client, f"{API}/courses") == small


def test_course_list_takes_three_queries_when_teacher_lists(
    django_assert_num_queries: Any,
) -> None:
    teacher = make_user(role=Role.TEACHER)
    for _index in range(3):
        make_course(owner=teacher)
    client = client_for(teacher)

    # Count, page, authors.
    with django_assert_num_queries(3):
        client.get(f"{API}/courses")


def test_lesson_detail_queries_constant_when_blocks_grow(world: World) -> None:
    client = client_for(world.owner)
    small = _queries(client, f"{API}/lessons/{world.lesson.pk}")
    for _index in range(4):
        make_block(lesson=world.lesson, markdown="More")
        dialogue = make_block(lesson=world.lesson, type=BlockType.DIALOGUE)
        make_dialogue_line(block=dialogue, position=1)

    assert _queries(client, f"{API}/lessons/{world.lesson.pk}") == small


def test_course_detail_queries_constant_when_lessons_grow(world: World) -> None:
    client = client_for(world.owner)
    small = _queries(client, f"{API}/courses/{world.course.pk}")
    for _index in range(5):
        make_block(lesson=make_lesson(course=world.course))

    assert _queries(client, f"{API}/courses/{world.course.pk}") == small


def test_trash_queries_constant_when_trash_grows(world: World) -> None:
    client = client_for(world.owner)
    small = _queries(client, f"{API}/trash")
    for _index in range(5):
        lesson_trash(lesson=make_lesson(course=world.course))

    assert _queries(client, f"{API}/trash") == small
