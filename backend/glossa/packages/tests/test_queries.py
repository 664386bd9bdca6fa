"""A course package takes a fixed number of queries, however many lessons and blocks."""

import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from glossa.authoring import services as authoring
from glossa.courses.models import Block, BlockType, Course
from glossa.courses.tests.factories import make_block, make_dialogue_line, make_lesson
from glossa.exercises.services import exercise_set_item_add
from glossa.packages.services import course_export
from glossa.packages.tests.conftest import Rich
from glossa.questions.models import Question

pytestmark = pytest.mark.django_db


def _queries(course: Course) -> int:
    with CaptureQueriesContext(connection) as context:
        course_export(course=course, target=io.BytesIO())
    return len(context.captured_queries)


def test_export_queries_constant_when_lessons_and_blocks_grow(rich: Rich) -> None:
    small = _queries(rich.course)
    question = Question.objects.filter(bank__owner=rich.owner).first()
    assert question is not None
    for _index in range(5):
        lesson = make_lesson(course=rich.course)
        make_block(lesson=lesson, type=BlockType.TEXT)
        dialogue = make_block(lesson=lesson, type=BlockType.DIALOGUE)
        make_dialogue_line(block=dialogue, position=1)
        practice = authoring.block_author_create(
            user=rich.owner, lesson=lesson, type=BlockType.EXERCISE_SET, changes={}
        )
        exercise_set = Block.objects.get(pk=practice.pk).exercise_set
        exercise_set_item_add(exercise_set=exercise_set, question=question)
        authoring.block_author_create(
            user=rich.owner,
            lesson=lesson,
            type=BlockType.AUDIO,
            changes={"media_id": rich.audio.pk},
        )

    # Lessons, blocks, lines, exercise items, caption tracks, cues.
    assert _queries(rich.course) == small == 6
