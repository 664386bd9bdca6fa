from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from glossa.accounts.models import Role
from glossa.courses import services
from glossa.courses.models import BlockType, CourseStatus
from glossa.courses.tests.factories import (
    make_block,
    make_course,
    make_enrollment,
    make_lesson,
    make_user,
)
from glossa.exercises.services import exercise_set_create
from glossa.questions.models import Question, QuestionBank, QuestionType

pytestmark = pytest.mark.django_db


def _url(lesson_id: int) -> str:
    return f"/api/v1/lessons/{lesson_id}"


def _question(bank: QuestionBank, title: str) -> Question:
    data = {
        "answers": [
            {"id": "a1", "text": "hola", "format": "plain", "fraction": 1.0, "feedback": ""},
            {"id": "a2", "text": "adiós", "format": "plain", "fraction": 0.0, "feedback": ""},
        ]
    }
    return Question.objects.create(
        bank=bank,
        type=QuestionType.SINGLE_CHOICE,
        title=title,
        text="¿Qué?",
        text_format="plain",
        data=data,
    )


def _full_lesson(n_blocks_of_each: int = 1) -> Any:
    teacher = make_user(role=Role.TEACHER)
    course = make_course(owner=teacher)
    lesson = make_lesson(course=course)
    bank = QuestionBank.objects.create(name="Bank", owner=teacher)
    for index in range(n_blocks_of_each):
        services.block_text_create(lesson=lesson, markdown=f"## Part {index}\n\nHola.")
        services.block_audio_create(
            lesson=lesson,
            title="Listen",
            audio=ContentFile(b"ID3", name="a.mp3"),
            transcript="Hola.",
        )
        services.block_dialogue_create(
            lesson=lesson,
            title="At the café",
            lines=[
                services.DialogueLineData(
                    "Ana", "¡Hola!", "Привет!", ContentFile(b"ID3", name="l.mp3")
                ),
                services.DialogueLineData("Luis", "¿Qué tal?", "Как дела?"),
            ],
        )
        questions = [_question(bank, f"q{index}-{n}") for n in range(3)]
        exercise_set_create(lesson=lesson, title="Practice", questions=questions)
    return course, lesson


def test_blocks_in_order_with_payload_by_type_when_learner_is_enrolled(
    api_client: APIClient,
) -> None:
    course, lesson = _full_lesson()
    learner = make_user()
    make_enrollment(user=learner, course=course)
    api_client.force_authenticate(learner)

    response = api_client.get(_url(lesson.pk))

    assert response.status_code == 200
    body = response.json()
    assert body["course"] == {"id": course.pk, "title": course.title}
    assert body["is_completed"] is False
    assert [block["type"] for block in body["blocks"]] == [
        "text",
        "audio",
        "dialogue",
        "exercise_set",
    ]
    assert [block["position"] for block in body["blocks"]] == [1, 2, 3, 4]
    text, audio, dialogue, exercise = body["blocks"]
    assert text["html"] == "<h2>Part 0</h2>\n<p>Hola.</p>\n"
    assert audio["title"] == "Listen"
    assert audio["transcript"] == "Hola."
    assert audio["audio_url"].startswith("/media/courses/")
    assert [(line["speaker"], line["text"], line["translation"]) for line in dialogue["lines"]] == [
        ("Ana", "¡Hola!", "Привет!"),
        ("Luis", "¿Qué tal?", "Как дела?"),
    ]
    assert dialogue["lines"][0]["audio_url"].endswith(".mp3")
    assert dialogue["lines"][1]["audio_url"] is None
    questions = exercise["exercise_set"]["questions"]
    assert [q["title"] for q in questions] == ["q0-0", "q0-1", "q0-2"]
    assert questions[0]["points"] == 1.0
    assert questions[0]["options"] == [
        {"id": "a1", "text_html": "<p>hola</p>"},
        {"id": "a2", "text_html": "<p>adiós</p>"},
    ]
    assert "fraction" not in str(questions)


def test_script_never_reaches_the_response_when_text_block_contains_one(
    api_client: APIClient,
) -> None:
    lesson = make_lesson()
    services.block_text_create(
        lesson=lesson,
        markdown='Hi <script>alert("x")</script> <img src=x onerror="alert(1)"> [a](javascript:alert(1))',
    )
    api_client.force_authenticate(make_user(is_staff=True))

    html = api_client.get(_url(lesson.pk)).json()["blocks"][0]["html"]

    assert "<script" not in html
    assert "onerror" not in html
    assert 'href="javascript' not in html
    assert html.startswith("<p>Hi ")


def test_cached_html_follows_markdown_when_text_block_is_updated() -> None:
    block = services.block_text_create(lesson=make_lesson(), markdown="*old*")

    services.block_text_update(block=block, markdown="**new**")

    block.refresh_from_db()
    assert block.html == "<p><strong>new</strong></p>\n"


def test_previous_and_next_lesson_ids_when_lesson_is_in_the_middle(api_client: APIClient) -> None:
    course = make_course()
    first, middle, last = (make_lesson(course=course) for _index in range(3))
    learner = make_user()
    make_enrollment(user=learner, course=course)
    api_client.force_authenticate(learner)

    bodies = [api_client.get(_url(lesson.pk)).json() for lesson in (first, middle, last)]

    assert [(b["previous_lesson_id"], b["next_lesson_id"]) for b in bodies] == [
        (None, middle.pk),
        (first.pk, last.pk),
        (middle.pk, None),
    ]


def test_forbidden_when_learner_is_not_enrolled(api_client: APIClient) -> None:
    lesson = make_lesson()
    api_client.force_authenticate(make_user())

    response = api_client.get(_url(lesson.pk))

    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"
    assert response.json()["message"]
    assert response.json()["course_id"] == lesson.course_id


def test_unauthorized_when_anonymous(api_client: APIClient) -> None:
    response = api_client.get(_url(make_lesson().pk))

    assert response.status_code == 401


def test_not_found_when_course_is_unpublished_even_if_learner_was_enrolled(
    api_client: APIClient,
) -> None:
    course = make_course(status=CourseStatus.DRAFT)
    lesson = make_lesson(course=course)
    learner = make_user()
    make_enrollment(user=learner, course=course)
    api_client.force_authenticate(learner)

    response = api_client.get(_url(lesson.pk))

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


@pytest.mark.parametrize("who", ["author", "coauthor", "staff"])
def test_preview_allowed_when_user_is_an_author_or_staff_of_a_draft(
    api_client: APIClient, who: str
) -> None:
    owner = make_user(role=Role.TEACHER)
    course = make_course(status=CourseStatus.DRAFT, owner=owner)
    lesson = make_lesson(course=course)
    make_block(lesson=lesson, type=BlockType.TEXT, markdown="Draft text.")
    user = {
        "author": owner,
        "coauthor": make_user(role=Role.TEACHER),
        "staff": make_user(is_staff=True),
    }[who]
    if who == "coauthor":
        services.course_author_add(course=course, user=user)
    api_client.force_authenticate(user)

    response = api_client.get(_url(lesson.pk))

    assert response.status_code == 200
    assert response.json()["blocks"][0]["html"] == "<p>Draft text.</p>\n"


@pytest.mark.parametrize("lesson_id", ["999999", "0", "123456789012345678901234567890", "x1"])
def test_not_found_error_shape_when_lesson_id_is_bad(api_client: APIClient, lesson_id: str) -> None:
    api_client.force_authenticate(make_user())

    response = api_client.get(f"/api/v1/lessons/{lesson_id}")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def _queries_for_lesson(api_client: APIClient, blocks_of_each: int) -> int:
    course, lesson = _full_lesson(blocks_of_each)
    api_client.force_authenticate(course.course_authors.get().user)
    with CaptureQueriesContext(connection) as context:
        response = api_client.get(_url(lesson.pk))
    assert response.status_code == 200
    assert len(response.json()["blocks"]) == 4 * blocks_of_each
    return len(context.captured_queries)


def test_query_count_constant_when_lesson_has_more_blocks(api_client: APIClient) -> None:
    small = _queries_for_lesson(api_client, 1)
    large = _queries_for_lesson(api_client, 5)

    assert small == large == 6  # lesson + access, lesson ids, blocks, lines, items, questions
