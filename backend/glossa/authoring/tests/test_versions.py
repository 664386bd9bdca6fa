"""Two authors editing at once: the second write naming an old version is refused."""

from collections.abc import Callable
from typing import Any

import pytest

from glossa.authoring.tests.conftest import World, client_for
from glossa.courses.models import Block, Course, DialogueLine, Lesson

pytestmark = pytest.mark.django_db

API = "/api/v1/authoring"


def test_course_version_bumps_and_new_course_returned_when_patch_names_current_version(
    world: World,
) -> None:
    client = client_for(world.owner)

    response = client.patch(
        f"{API}/courses/{world.course.pk}",
        {"title": "Spanish on the road", "version": 1},
        format="json",
    )

    assert response.status_code == 200, response.json()
    assert response.json()["title"] == "Spanish on the road"
    assert response.json()["version"] == 2
    course = Course.objects.get(pk=world.course.pk)
    assert (course.title, course.version, course.title_search) == (
        "Spanish on the road",
        2,
        "spanish on the road",
    )


# (resource, url, stale body, how to read the stored value that must not change)
CASES: dict[str, tuple[str, Callable[[World], str], dict[str, Any], Callable[[World], Any]]] = {
    "course": (
        "course",
        lambda w: f"{API}/courses/{w.course.pk}",
        {"title": "Mine", "version": 1},
        lambda w: Course.objects.get(pk=w.course.pk).title,
    ),
    "publish": (
        "course",
        lambda w: f"{API}/courses/{w.course.pk}/unpublish",
        {"version": 1},
        lambda w: Course.objects.get(pk=w.course.pk).status,
    ),
    "lesson": (
        "lesson",
        lambda w: f"{API}/lessons/{w.lesson.pk}",
        {"title": "Mine", "version": 1},
        lambda w: Lesson.objects.get(pk=w.lesson.pk).title,
    ),
    "block": (
        "block",
        lambda w: f"{API}/blocks/{w.text.pk}",
        {"markdown": "Mine", "version": 1},
        lambda w: Block.objects.get(pk=w.text.pk).markdown,
    ),
    "line": (
        "line",
        lambda w: f"{API}/dialogue-lines/{w.line.pk}",
        {"text": "Mine", "version": 1},
        lambda w: DialogueLine.objects.get(pk=w.line.pk).text,
    ),
}


def _edit_by_coauthor(world: World, kind: str) -> None:
    """The co-author saves first, so the row is at version 2."""
    client = client_for(world.coauthor)
    urls = {
        "course": (f"{API}/courses/{world.course.pk}", {"title": "Theirs", "version": 1}),
        "lesson": (f"{API}/lessons/{world.lesson.pk}", {"title": "Theirs", "version": 1}),
        "block": (f"{API}/blocks/{world.text.pk}", {"markdown": "Theirs", "version": 1}),
        "line": (f"{API}/dialogue-lines/{world.line.pk}", {"text": "Theirs", "version": 1}),
    }
    url, body = urls[kind]
    assert client.patch(url, body, format="json").status_code == 200


@pytest.mark.parametrize("case", list(CASES))
def test_conflict_with_current_resource_and_nothing_saved_when_version_is_stale(
    world: World, case: str
) -> None:
    kind, url, body, stored = CASES[case]
    _edit_by_coauthor(world, kind)
    before = stored(world)

    method = "post" if case == "publish" else "patch"
    response = getattr(client_for(world.owner), method)(url(world), body, format="json")

    assert response.status_code == 409
    error = response.json()
    assert error["code"] == "version_conflict"
    assert error["message"].startswith("Someone else changed this")
    assert error["message"].endswith("Reload to see their changes.")
    assert error["current"]["version"] == 2
    assert stored(world) == before


def test_conflict_message_in_russian_when_client_asks_for_russian(world: World) -> None:
    _edit_by_coauthor(world, "lesson")

    response = client_for(world.owner).patch(
        f"{API}/lessons/{world.lesson.pk}",
        {"title": "Mine", "version": 1},
        format="json",
        HTTP_ACCEPT_LANGUAGE="ru",
    )

    assert response.status_code == 409
    assert "Обновите страницу" in response.json()["message"]
    assert response.json()["current"]["title"] == "Theirs"


def test_version_required_when_patching_a_block(world: World) -> None:
    response = client_for(world.owner).patch(
        f"{API}/blocks/{world.text.pk}", {"markdown": "No version"}, format="json"
    )

    assert response.status_code == 400
    assert "version" in response.json()["fields"]
    assert Block.objects.get(pk=world.text.pk).markdown == "¡Hola!"
