"""Load the demo accounts and courses; running it again changes nothing.

Everything goes through the owning apps' services: questions are imported from the demo's
GIFT files by ``glossa.questions``, lessons and blocks are built by ``glossa.courses``, exercise
sets by ``glossa.exercises``. Recordings are copied from ``audio/`` into default storage.
"""

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction

from glossa.accounts.models import Role, User
from glossa.courses import services as course_services
from glossa.courses.models import Course
from glossa.demo import content
from glossa.demo.audio import AUDIO_DIR
from glossa.demo.content.model import Course as DemoCourse
from glossa.demo.content.model import PracticeLesson, line_file, reading_file
from glossa.exercises.services import exercise_set_create
from glossa.media.services import media_asset_create
from glossa.profiles.services import profile_get_or_create
from glossa.questions.models import Question, QuestionBank
from glossa.questions.services import QuestionChanges, question_create, questions_import

logger = logging.getLogger(__name__)

GIFT_DIR = Path(__file__).resolve().parent / "gift"

# Known on purpose: these accounts exist to be signed in with on a local demo. Override with
# GLOSSA_DEMO_PASSWORD; never load the demo into a production database.
DEFAULT_PASSWORD = "glossa-demo-2026"  # noqa: S105


@dataclass(frozen=True)
class DemoAccount:
    email: str
    display_name: str
    role: str
    is_admin: bool = False


ACCOUNTS = (
    DemoAccount("learner@glossa.local", "Ольга (демо-ученица)", Role.LEARNER),
    DemoAccount("teacher@glossa.local", "Анна Смирнова", Role.TEACHER),
    DemoAccount("admin@glossa.local", "Администратор", Role.ADMIN, is_admin=True),
)


@dataclass
class DemoReport:
    password: str
    accounts_created: list[str] = field(default_factory=list)
    courses_created: list[str] = field(default_factory=list)


def demo_password() -> str:
    return os.environ.get("GLOSSA_DEMO_PASSWORD") or DEFAULT_PASSWORD


def _account_ensure(account: DemoAccount, password: str) -> tuple[User, bool]:
    user = User.objects.filter(email=account.email).first()
    if user is not None:
        return user, False
    user = User.objects.create_user(
        account.email,
        password,
        display_name=account.display_name,
        role=account.role,
        email_verified=True,
        is_staff=account.is_admin,
        is_superuser=account.is_admin,
    )
    profile_get_or_create(user=user)
    return user, True


def _recording(course: DemoCourse, name: str) -> ContentFile[bytes]:
    path = AUDIO_DIR / course.slug / name
    return ContentFile(path.read_bytes(), name=f"{course.slug}-{name}")


def _questions_by_title(course: DemoCourse, teacher: User) -> dict[str, Question]:
    source = (GIFT_DIR / course.gift_file).read_bytes()
    report = questions_import(
        source=source,
        fmt="gift",
        bank_name=f"Демо: {course.title}",
        owner=teacher,
        dry_run=False,
        skip_invalid=False,
    )
    if report.errors:
        raise ValueError(f"{course.gift_file} has invalid questions: {report.errors}")
    return {q.title: q for q in Question.objects.filter(pk__in=report.question_ids)}


def _course_build(course: DemoCourse, teacher: User) -> Course:
    questions = _questions_by_title(course, teacher)
    built = course_services.course_create(
        owner=teacher,
        slug=course.slug,
        title=course.title,
        language=course.language,
        level=course.level,
        summary=course.summary,
        description=course.description,
    )
    for number, lesson_content in enumerate(course.lessons, start=1):
        lesson = course_services.lesson_create(course=built, title=lesson_content.title)
        course_services.block_text_create(lesson=lesson, markdown=lesson_content.markdown)
        lines = [
            course_services.DialogueLineData(
                speaker=line.speaker,
                text=line.text,
                translation=line.translation,
                audio=_recording(course, line_file(number, position)),
            )
            for position, line in enumerate(lesson_content.lines, start=1)
        ]
        course_services.block_dialogue_create(
            lesson=lesson, title=lesson_content.dialogue_title, lines=lines
        )
        course_services.block_audio_create(
            lesson=lesson,
            title=lesson_content.reading.title,
            audio=_recording(course, reading_file(number)),
            transcript=lesson_content.reading.text,
        )
        exercise_set_create(
            lesson=lesson,
            title=lesson_content.exercise_title,
            questions=[questions[title] for title in lesson_content.questions],
        )
    if course.practice is not None:
        bank = next(iter(questions.values())).bank
        _practice_build(course, course.practice, built, bank, teacher)
    return course_services.course_publish(course=built)


def _practice_build(
    course: DemoCourse, practice: PracticeLesson, built: Course, bank: QuestionBank, teacher: User
) -> None:
    """Add the last lesson: questions of the types GIFT cannot express, built in code.

    Their recordings become media assets of the course, processed by the task worker like a
    teacher's upload.
    """
    lesson = course_services.lesson_create(course=built, title=practice.title)
    course_services.block_text_create(lesson=lesson, markdown=practice.markdown)
    questions = []
    for item in practice.questions:
        media_id = None
        if item.line is not None:
            name = line_file(*item.line)
            asset = media_asset_create(
                user=teacher,
                path=AUDIO_DIR / course.slug / name,
                original_name=name,
                course_id=built.pk,
            )
            media_id = asset.pk
        changes = QuestionChanges(
            type=item.type, title=item.title, text=item.text, data=item.data, media_id=media_id
        )
        questions.append(question_create(user=teacher, bank=bank, changes=changes))
    exercise_set_create(lesson=lesson, title=practice.exercise_title, questions=questions)


def demo_load() -> DemoReport:
    """Create the demo accounts and courses that do not exist yet; never touch existing ones.

    A course is recognised by its slug and an account by its email, so a second run (or a
    run after a learner changed their password) creates nothing and changes nothing. Each
    course is built in one transaction: a failure leaves no half-built course behind.
    """
    report = DemoReport(password=demo_password())
    users: dict[str, User] = {}
    with transaction.atomic():
        for account in ACCOUNTS:
            user, created = _account_ensure(account, report.password)
            users[account.role] = user
            if created:
                report.accounts_created.append(account.email)

    for course in content.COURSES:
        if Course.objects.filter(slug=course.slug).exists():
            continue
        with transaction.atomic():
            _course_build(course, users[Role.TEACHER])
        report.courses_created.append(course.slug)
        logger.info("demo.course.loaded slug=%s", course.slug)
    return report
