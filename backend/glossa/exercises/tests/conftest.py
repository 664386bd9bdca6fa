from dataclasses import dataclass
from decimal import Decimal

import pytest

from glossa.accounts.models import Role, User
from glossa.courses.models import Lesson
from glossa.courses.tests.factories import make_course, make_enrollment, make_lesson, make_user
from glossa.exercises.models import ExerciseSet
from glossa.exercises.services import exercise_set_create
from glossa.questions.models import Question
from glossa.questions.services import questions_import

# One question of every type, written in GIFT and imported by the questions app, so the
# attempts below are graded by the real grader.
EVERY_TYPE_GIFT = """
::single::Что значит «hola»? {=hello#Sí, «hola» \\= hello. ~goodbye#No: «goodbye» es «adiós». ~thanks}

::multiple::Выберите приветствия. {~%50%hola ~%50%buenos días ~%-100%gracias#«gracias» — это «спасибо».}

::true-false::Мадрид — столица Испании. {T#Нет, верно.#Да!}

::short::Переведите «спасибо». {=gracias =%50%grasias#Почти: пишется через c. ####Gracias.}

::numerical::Сколько дней в неделе? {#7:0}

::matching::Сопоставьте. {=uno -> один =dos -> два =tres -> три}

::essay::Расскажите о себе. {}

::description::Прочитайте внимательно.
"""


@dataclass
class Quiz:
    teacher: User
    learner: User
    lesson: Lesson
    exercise_set: ExerciseSet
    questions: dict[str, Question]


@pytest.fixture
def quiz() -> Quiz:
    teacher = make_user(role=Role.TEACHER)
    course = make_course(owner=teacher)
    lesson = make_lesson(course=course)
    report = questions_import(
        source=EVERY_TYPE_GIFT,
        fmt="gift",
        bank_name="Every type",
        owner=teacher,
        dry_run=False,
        skip_invalid=False,
    )
    assert report.errors == []
    questions = {q.title: q for q in Question.objects.filter(pk__in=report.question_ids)}
    ordered = [questions[title] for title in ("single", "multiple", "true-false", "short")]
    ordered += [questions[title] for title in ("numerical", "matching", "essay", "description")]
    entries: list[Question | tuple[Question, Decimal]] = [(ordered[0], Decimal(2)), *ordered[1:]]
    exercise_set = exercise_set_create(lesson=lesson, title="Проверьте себя", questions=entries)
    learner = make_user()
    make_enrollment(user=learner, course=course)
    return Quiz(teacher, learner, lesson, exercise_set, questions)
