"""People and a small course for the authoring tests."""

from dataclasses import dataclass

import pytest
from rest_framework.test import APIClient

from glossa.accounts.models import Role, User
from glossa.authoring.services import block_trash, course_trash, lesson_trash
from glossa.courses.models import Block, BlockType, Course, DialogueLine, Lesson
from glossa.courses.services import course_author_add
from glossa.courses.tests.factories import (
    make_block,
    make_course,
    make_dialogue_line,
    make_lesson,
    make_user,
)
from glossa.exercises.models import ExerciseSet, ExerciseSetItem
from glossa.questions.models import Question, QuestionBank, QuestionType


def make_question(*, bank: QuestionBank, title: str = "Greeting") -> Question:
    return Question.objects.create(
        bank=bank, type=QuestionType.ESSAY, title=title, text="Write.", data={}
    )


@dataclass
class World:
    owner: User
    coauthor: User
    course: Course
    lesson: Lesson
    text: Block
    dialogue: Block
    line: DialogueLine
    exercise_block: Block
    exercise_set: ExerciseSet
    item: ExerciseSetItem
    bank: QuestionBank
    spare_question: Question
    trashed_lesson: Lesson
    trashed_block: Block
    trashed_course: Course


@pytest.fixture
def world(db: None) -> World:
    owner = make_user(role=Role.TEACHER)
    coauthor = make_user(role=Role.TEACHER)
    course = make_course(owner=owner, title="Spanish for travellers")
    course_author_add(course=course, user=coauthor)
    lesson = make_lesson(course=course, title="At the airport")
    text = make_block(lesson=lesson, markdown="¡Hola!", title="Intro")
    dialogue = make_block(lesson=lesson, type=BlockType.DIALOGUE, title="Check-in")
    line = make_dialogue_line(block=dialogue, position=1)
    make_dialogue_line(block=dialogue, position=2, speaker="Luis", text="¿Pasaporte?")
    exercise_block = make_block(lesson=lesson, type=BlockType.EXERCISE_SET, title="Practice")
    exercise_set = ExerciseSet.objects.create(block=exercise_block, title="Practice")
    bank = QuestionBank.objects.create(name="Travel", owner=owner)
    item = ExerciseSetItem.objects.create(
        exercise_set=exercise_set, question=make_question(bank=bank), position=1
    )
    shared_bank = QuestionBank.objects.create(name="Shared")
    old_lesson = make_lesson(course=course, title="Old lesson")
    old_block = make_block(lesson=lesson, markdown="Old text")
    lesson_trash(lesson=old_lesson)
    block_trash(block=old_block)
    old_course = make_course(owner=owner, title="Old course")
    course_author_add(course=old_course, user=coauthor)
    course_trash(course=old_course)
    return World(
        owner=owner,
        coauthor=coauthor,
        course=course,
        lesson=lesson,
        text=text,
        dialogue=dialogue,
        line=line,
        exercise_block=exercise_block,
        exercise_set=exercise_set,
        item=item,
        bank=bank,
        spare_question=make_question(bank=shared_bank, title="Spare"),
        trashed_lesson=old_lesson,
        trashed_block=old_block,
        trashed_course=old_course,
    )


def client_for(user: User | None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client
