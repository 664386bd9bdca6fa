from typing import Any

import pytest

from glossa.accounts.models import Role
from glossa.authoring.tests.conftest import World, client_for
from glossa.courses.models import Course, CourseStatus
from glossa.courses.tests.factories import make_user

pytestmark = pytest.mark.django_db

API = "/api/v1/authoring"


def test_teacher_builds_and_publishes_a_course_when_authoring_from_scratch() -> None:
    teacher = make_user(role=Role.TEACHER)
    client = client_for(teacher)

    course = client.post(
        f"{API}/courses", {"title": "Español A1", "language": "es", "level": "A1"}, format="json"
    )
    assert course.status_code == 201, course.json()
    body: dict[str, Any] = course.json()
    assert body["status"] == "draft"
    assert body["version"] == 1
    assert body["authors"][0]["id"] == teacher.pk
    assert body["authors"][0]["role"] == "owner"
    course_id = body["id"]

    lesson = client.post(f"{API}/courses/{course_id}/lessons", {"title": "Hola"}, format="json")
    assert lesson.status_code == 201, lesson.json()
    lesson_id = lesson.json()["id"]
    text = client.post(
        f"{API}/lessons/{lesson_id}/blocks",
        {"type": "text", "markdown": "**Hola** <script>x</script>"},
        format="json",
    )
    assert text.status_code == 201, text.json()
    assert text.json()["html"] == "<p><strong>Hola</strong> </p>\n"
    dialogue = client.post(
        f"{API}/lessons/{lesson_id}/blocks", {"type": "dialogue", "title": "Saludo"}, format="json"
    )
    line = client.post(
        f"{API}/blocks/{dialogue.json()['id']}/lines",
        {"speaker": "Ana", "text": "¡Hola!", "translation": "Привет!"},
        format="json",
    )
    assert line.status_code == 201, line.json()
    exercises = client.post(
        f"{API}/lessons/{lesson_id}/blocks",
        {"type": "exercise_set", "title": "Práctica"},
        format="json",
    )
    assert exercises.status_code == 201, exercises.json()
    assert exercises.json()["exercise_set"]["items"] == []

    published = client.post(f"{API}/courses/{course_id}/publish", {"version": 1}, format="json")
    assert published.status_code == 200, published.json()
    assert published.json()["status"] == "published"
    assert published.json()["version"] == 2
    assert Course.objects.get(pk=course_id).status == CourseStatus.PUBLISHED

    detail = client.get(f"{API}/lessons/{lesson_id}").json()
    assert [block["type"] for block in detail["blocks"]] == ["text", "dialogue", "exercise_set"]
    assert detail["blocks"][1]["lines"][0]["speaker"] == "Ana"


def test_unpublished_course_leaves_the_catalog_and_is_a_draft_again(world: World) -> None:
    client = client_for(world.owner)
    published = client.post(
        f"{API}/courses/{world.course.pk}/publish", {"version": 1}, format="json"
    )
    assert published.status_code == 200, published.json()
    assert client_for(None).get(f"/api/v1/courses/{world.course.pk}").status_code == 200

    response = client.post(
        f"{API}/courses/{world.course.pk}/unpublish", {"version": 2}, format="json"
    )

    assert response.status_code == 200, response.json()
    assert response.json()["status"] == "draft"
    assert Course.objects.get(pk=world.course.pk).status == CourseStatus.DRAFT
    assert client_for(None).get(f"/api/v1/courses/{world.course.pk}").status_code == 404
