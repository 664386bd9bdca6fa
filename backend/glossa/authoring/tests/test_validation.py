"""Bad input gets a clear error and changes nothing; owners manage authors."""

from typing import Any

import pytest

from glossa.accounts.models import Role
from glossa.authoring.tests.conftest import World, client_for
from glossa.courses.models import Block, Course, CourseAuthor, CourseStatus
from glossa.courses.tests.factories import make_course, make_user

pytestmark = pytest.mark.django_db

API = "/api/v1/authoring"


@pytest.mark.parametrize(
    ("block_type", "body", "field"),
    [
        pytest.param("text", {"transcript": "x"}, "transcript", id="text-transcript"),
        pytest.param("audio", {"markdown": "x"}, "markdown", id="audio-markdown"),
        pytest.param("exercise_set", {"speech_voices": ["es"]}, "speech_voices", id="set-voices"),
        pytest.param("dialogue", {"markdown": "x"}, "markdown", id="dialogue-markdown"),
    ],
)
def test_field_error_and_no_block_when_field_does_not_fit_the_type(
    world: World, block_type: str, body: dict[str, Any], field: str
) -> None:
    count = Block.objects.count()

    response = client_for(world.owner).post(
        f"{API}/lessons/{world.lesson.pk}/blocks", {"type": block_type, **body}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["fields"] == {
        field: ["This field does not apply to a block of this type."]
    }
    assert Block.objects.count() == count


@pytest.mark.parametrize(
    ("body", "field"),
    [
        pytest.param({"title": "", "language": "es", "level": "A1"}, "title", id="blank-title"),
        pytest.param({"title": "X", "language": "xx", "level": "A1"}, "language", id="language"),
        pytest.param({"title": "X", "language": "es", "level": "D1"}, "level", id="level"),
        pytest.param(
            {"title": "X", "language": "es", "level": "A1", "slug": "x"}, "slug", id="slug"
        ),
    ],
)
def test_field_error_and_no_course_when_create_input_is_bad(
    body: dict[str, Any], field: str
) -> None:
    teacher = make_user(role=Role.TEACHER)

    response = client_for(teacher).post(f"{API}/courses", body, format="json")

    assert response.status_code == 400
    assert field in response.json()["fields"]
    assert not Course.objects.exists()


def test_unique_slug_when_two_courses_share_a_title() -> None:
    client = client_for(make_user(role=Role.TEACHER))
    body = {"title": "Italiano", "language": "it", "level": "B1"}

    first = client.post(f"{API}/courses", body, format="json").json()
    second = client.post(f"{API}/courses", body, format="json").json()

    assert first["slug"] == "italiano"
    assert second["slug"].startswith("italiano-")


def test_cannot_publish_when_course_has_no_lesson(world: World) -> None:
    empty = make_course(owner=world.owner, status=CourseStatus.DRAFT)

    response = client_for(world.owner).post(
        f"{API}/courses/{empty.pk}/publish", {"version": 1}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["code"] == "cannot_publish"
    assert Course.objects.get(pk=empty.pk).status == CourseStatus.DRAFT


def test_speech_voices_saved_when_text_block_names_them(world: World) -> None:
    response = client_for(world.owner).patch(
        f"{API}/blocks/{world.text.pk}",
        {"speech_voices": ["es", "es-419"], "version": 1},
        format="json",
    )

    assert response.status_code == 200, response.json()
    assert response.json()["speech_voices"] == ["es", "es-419"]
    assert Block.objects.get(pk=world.text.pk).speech_voices == ["es", "es-419"]


def test_html_rendered_and_sanitised_when_previewing_markdown(world: World) -> None:
    response = client_for(world.owner).post(
        f"{API}/markdown/preview",
        {"markdown": "# Hola\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>"},
        format="json",
    )

    assert response.status_code == 200
    html = response.json()["html"]
    assert "<h1>Hola</h1>" in html
    assert "href" not in html
    assert "onerror" not in html


def test_coauthor_added_by_email_when_owner_names_a_teacher(world: World) -> None:
    teacher = make_user(role=Role.TEACHER)

    response = client_for(world.owner).post(
        f"{API}/courses/{world.course.pk}/authors",
        {"email": teacher.email.upper(), "role": "coauthor"},
        format="json",
    )

    assert response.status_code == 201, response.json()
    assert response.json()["role"] == "coauthor"
    assert CourseAuthor.objects.filter(course=world.course, user=teacher).exists()
    listed = client_for(teacher).get(f"{API}/courses").json()["results"]
    assert [course["id"] for course in listed] == [world.course.pk]


@pytest.mark.parametrize("who", ["learner", "unknown", "existing"])
def test_email_error_and_no_author_when_email_is_not_a_new_teacher(world: World, who: str) -> None:
    emails = {
        "learner": make_user().email,
        "unknown": "nobody@example.org",
        "existing": world.coauthor.email,
    }
    count = CourseAuthor.objects.count()

    response = client_for(world.owner).post(
        f"{API}/courses/{world.course.pk}/authors", {"email": emails[who]}, format="json"
    )

    assert response.status_code == 400
    assert "email" in response.json()["fields"]
    assert CourseAuthor.objects.count() == count


def test_owner_stays_when_admin_tries_to_remove_them(world: World) -> None:
    admin = make_user(role=Role.ADMIN)

    response = client_for(admin).delete(f"{API}/courses/{world.course.pk}/authors/{world.owner.pk}")

    assert response.status_code == 400
    assert CourseAuthor.objects.filter(course=world.course, user=world.owner).exists()


def test_removed_coauthor_loses_access_when_owner_removes_them(world: World) -> None:
    response = client_for(world.owner).delete(
        f"{API}/courses/{world.course.pk}/authors/{world.coauthor.pk}"
    )

    assert response.status_code == 204
    assert client_for(world.coauthor).get(f"{API}/courses/{world.course.pk}").status_code == 404


def test_not_found_when_ids_are_out_of_range(world: World) -> None:
    client = client_for(world.owner)

    for url in [
        f"{API}/courses/99999999999999999999",
        f"{API}/lessons/0",
        f"{API}/blocks/12345678901234567890123",
    ]:
        assert client.get(url).status_code == 404
