import io
import uuid
from typing import Any

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from glossa.accounts.models import User
from glossa.courses.models import Block, BlockType, Course, CourseStatus, DialogueLine, Lesson
from glossa.demo.audio import AUDIO_DIR, expected_manifest, read_manifest
from glossa.demo.content import COURSES
from glossa.demo.services import demo_load, demo_password
from glossa.exercises.models import ExerciseSet, ExerciseSetItem
from glossa.questions.models import Question, QuestionType

pytestmark = pytest.mark.django_db

MODELS = (User, Course, Lesson, Block, DialogueLine, ExerciseSet, ExerciseSetItem, Question)


def _counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS}


def test_nothing_duplicated_when_loaded_twice() -> None:
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    first = _counts()

    call_command("load_demo", stdout=out)

    assert _counts() == first
    assert first["Course"] == 2
    assert first["User"] == 3


def test_credentials_printed_when_demo_loaded() -> None:
    out = io.StringIO()

    call_command("load_demo", stdout=out)

    text = out.getvalue()
    for email in ("learner@glossa.local", "teacher@glossa.local", "admin@glossa.local"):
        assert email in text
    assert demo_password() in text


def test_accounts_can_sign_in_with_printed_password_when_loaded() -> None:
    demo_load()

    users = {user.email: user for user in User.objects.all()}
    assert all(user.check_password(demo_password()) for user in users.values())
    assert all(user.email_verified for user in users.values())
    admin = users["admin@glossa.local"]
    assert (admin.is_staff, admin.is_superuser) == (True, True)
    assert users["teacher@glossa.local"].is_teacher
    assert not users["learner@glossa.local"].is_staff


def test_every_lesson_has_text_dialogue_audio_and_exercises_when_loaded() -> None:
    demo_load()

    courses = Course.objects.order_by("language")
    assert [(c.language, c.status) for c in courses] == [
        ("en", CourseStatus.PUBLISHED),
        ("es", CourseStatus.PUBLISHED),
    ]
    for course in courses:
        lessons = list(course.lessons.order_by("position"))
        assert len(lessons) == 4
        for lesson in lessons[:3]:
            types = {block.type for block in lesson.blocks.all()}
            assert types == {
                BlockType.TEXT,
                BlockType.DIALOGUE,
                BlockType.AUDIO,
                BlockType.EXERCISE_SET,
            }
        # The last lesson practises listening and word order: a text and an exercise set.
        assert [block.type for block in lessons[3].blocks.order_by("position")] == [
            BlockType.TEXT,
            BlockType.EXERCISE_SET,
        ]
        for lesson in lessons:
            text = lesson.blocks.get(type=BlockType.TEXT)
            assert text.html.startswith("<h2>")


def test_every_recording_exists_in_storage_when_loaded() -> None:
    demo_load()

    lines = list(DialogueLine.objects.all())
    audio_blocks = list(Block.objects.filter(type=BlockType.AUDIO))
    assert len(lines) >= 2 * 3 * 4
    names = [line.audio.name for line in lines] + [block.audio.name for block in audio_blocks]
    for name in names:
        assert name
        assert default_storage.exists(name)
        assert default_storage.size(name) > 1000
    assert all(block.transcript for block in audio_blocks)


def test_each_course_has_ten_questions_covering_every_type_when_loaded() -> None:
    demo_load()

    for course in Course.objects.all():
        questions = Question.objects.filter(
            exercise_set_items__exercise_set__block__lesson__course=course
        ).distinct()
        assert questions.count() >= 10
        assert {q.type for q in questions} == set(QuestionType.values)


def test_accents_earn_partial_credit_in_spanish_when_left_out(api_client: APIClient) -> None:
    demo_load()
    learner = User.objects.get(email="learner@glossa.local")
    course = Course.objects.get(language="es")
    api_client.force_authenticate(learner)
    api_client.post(f"/api/v1/courses/{course.pk}/enrollment")
    lesson = course.lessons.get(position=1)
    lesson_body = api_client.get(f"/api/v1/lessons/{lesson.pk}").json()
    exercise = next(b for b in lesson_body["blocks"] if b["type"] == "exercise_set")["exercise_set"]
    adios = next(q for q in exercise["questions"] if q["title"] == "Adiós")

    result = api_client.post(
        f"/api/v1/exercise-sets/{exercise['id']}/attempts",
        {
            "submission_id": str(uuid.uuid4()),
            "answers": [{"question_id": adios["id"], "response": {"text": "Adios"}}],
        },
        format="json",
    ).json()

    graded = next(q for q in result["questions"] if q["question_id"] == adios["id"])
    assert (graded["status"], graded["credit"], graded["expected"]) == ("partial", 0.5, "adiós")


def test_recordings_made_from_the_current_text_when_committed() -> None:
    # Fails when a demo text changes without `python -m glossa synthesise_demo_audio`.
    assert read_manifest() == expected_manifest()
    for name in expected_manifest():
        assert (AUDIO_DIR / name).is_file(), name


def test_recordings_stay_small_when_committed() -> None:
    total = sum(path.stat().st_size for path in AUDIO_DIR.glob("*/*.mp3"))

    assert total < 2 * 1024 * 1024
    assert len(COURSES) >= 2


def _perfect_response(question: dict[str, Any], data: dict[str, Any]) -> dict[str, Any] | None:
    answers = data.get("answers", [])
    best = max(answers, key=lambda answer: answer["fraction"]) if answers else None
    match question["type"]:
        case "single_choice":
            return {"choice": best["id"]} if best else None
        case "multiple_choice":
            return {"choices": [a["id"] for a in answers if a["fraction"] > 0]}
        case "true_false":
            return {"value": data["answer"]}
        case "short_answer":
            return {"text": best["text"]} if best else None
        case "numerical":
            return {"value": best["value"]} if best else None
        case "matching":
            choice_ids = {choice["text"]: choice["id"] for choice in question["choices"]}
            return {"pairs": {pair["id"]: choice_ids[pair["right"]] for pair in data["pairs"]}}
        case "essay":
            return {"text": "My family is small."}
        case "listening_choice":
            return {"choice": best["id"]} if best else None
        case "ordering":
            return {"order": [item["id"] for item in data["items"]]}
        case "gap_fill":
            return {"gaps": {gap["id"]: gap["answers"][0] for gap in data["gaps"]}}
        case "dictation":
            return {"text": data["text"]}
    return None


def test_full_score_reachable_when_learner_answers_every_demo_set_right(
    api_client: APIClient,
) -> None:
    demo_load()
    learner = User.objects.get(email="learner@glossa.local")
    api_client.force_authenticate(learner)

    for course in Course.objects.all():
        assert api_client.post(f"/api/v1/courses/{course.pk}/enrollment").status_code == 201
        for lesson in course.lessons.all():
            body = api_client.get(f"/api/v1/lessons/{lesson.pk}").json()
            block = next(b for b in body["blocks"] if b["type"] == "exercise_set")
            exercise = block["exercise_set"]
            data = {
                q.pk: q.data
                for q in Question.objects.filter(pk__in=[q["id"] for q in exercise["questions"]])
            }
            answers = [
                {"question_id": q["id"], "response": _perfect_response(q, data[q["id"]])}
                for q in exercise["questions"]
            ]

            result = api_client.post(
                f"/api/v1/exercise-sets/{exercise['id']}/attempts",
                {"submission_id": str(uuid.uuid4()), "answers": answers},
                format="json",
            ).json()

            assert result["percent"] == 100.0, (lesson.title, result)
            assert {q["status"] for q in result["questions"]} <= {"correct", "pending", "ungraded"}


def test_refused_and_nothing_created_when_settings_are_production(
    settings: Any,
) -> None:
    settings.SETTINGS_MODULE = "config.settings.production"

    with pytest.raises(CommandError, match="--allow-production"):
        call_command("load_demo", stdout=io.StringIO())

    assert not User.objects.exists()
    assert not Course.objects.exists()
