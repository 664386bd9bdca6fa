"""Every authoring endpoint and verb, for every role: the status, and no change on refusal.

anonymous → 401; learner and moderator → 403; a teacher who is not an author → 404 (the
course does not exist for them), except on the endpoints that name no course; co-authors
may do everything but delete the course and manage its authors (403); owners and
administrators may do everything.
"""

import io
import math
import struct
import wave
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from glossa.accounts.models import Role, User
from glossa.authoring.tests.conftest import World, client_for
from glossa.courses.models import (
    Block,
    Course,
    CourseAuthor,
    CourseListPosition,
    DialogueLine,
    Lesson,
)
from glossa.courses.tests.factories import make_user
from glossa.exercises.models import ExerciseSet, ExerciseSetItem

pytestmark = pytest.mark.django_db

API = "/api/v1/authoring"

ROLES = ["anonymous", "learner", "moderator", "teacher", "coauthor", "owner", "admin"]


@dataclass(frozen=True)
class Endpoint:
    method: str
    url: Callable[[World], str]
    success: int
    body: Callable[[World], dict[str, Any]] | None = None
    # Owner (or administrator) only: a co-author gets 403.
    owner_only: bool = False
    # Names no course (lists, create, preview): a teacher who authors nothing still succeeds.
    collection: bool = False
    format: str = "json"
    # Run before the snapshot, to give the endpoint something to change.
    setup: Callable[[World], None] | None = None


def _new_teacher_email(world: World) -> dict[str, Any]:
    return {"email": make_user(role=Role.TEACHER).email}


def _tone() -> bytes:
    """Half a second of a 440 Hz tone as WAV: real audio, made without FFmpeg."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(8000)
        sound.writeframes(
            b"".join(
                struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * n / 8000)))
                for n in range(4000)
            )
        )
    return buffer.getvalue()


def _recording(world: World) -> dict[str, Any]:
    return {"file": SimpleUploadedFile("hola.wav", _tone()), "version": 1}


def _recorded(world: World) -> None:
    Block.objects.filter(pk=world.text.pk).update(audio="courses/1/blocks/old.mp3")
    DialogueLine.objects.filter(pk=world.line.pk).update(audio="courses/1/dialogues/old.mp3")


ENDPOINTS: dict[str, Endpoint] = {
    "courses-list": Endpoint("get", lambda w: f"{API}/courses", 200, collection=True),
    "courses-create": Endpoint(
        "post",
        lambda w: f"{API}/courses",
        201,
        lambda w: {"title": "Nuevo", "language": "es", "level": "A2"},
        collection=True,
    ),
    "course-get": Endpoint("get", lambda w: f"{API}/courses/{w.course.pk}", 200),
    "course-patch": Endpoint(
        "patch",
        lambda w: f"{API}/courses/{w.course.pk}",
        200,
        lambda w: {"title": "Renamed", "version": 1},
    ),
    "course-delete": Endpoint(
        "delete", lambda w: f"{API}/courses/{w.course.pk}", 204, owner_only=True
    ),
    "course-move": Endpoint(
        "post", lambda w: f"{API}/courses/{w.course.pk}/move", 200, lambda w: {"position": 0}
    ),
    "course-duplicate": Endpoint("post", lambda w: f"{API}/courses/{w.course.pk}/duplicate", 201),
    "course-publish": Endpoint(
        "post", lambda w: f"{API}/courses/{w.course.pk}/publish", 200, lambda w: {"version": 1}
    ),
    "course-unpublish": Endpoint(
        "post", lambda w: f"{API}/courses/{w.course.pk}/unpublish", 200, lambda w: {"version": 1}
    ),
    "authors-list": Endpoint(
        "get", lambda w: f"{API}/courses/{w.course.pk}/authors", 200, owner_only=True
    ),
    "authors-add": Endpoint(
        "post",
        lambda w: f"{API}/courses/{w.course.pk}/authors",
        201,
        _new_teacher_email,
        owner_only=True,
    ),
    "authors-remove": Endpoint(
        "delete",
        lambda w: f"{API}/courses/{w.course.pk}/authors/{w.coauthor.pk}",
        204,
        owner_only=True,
    ),
    "lessons-create": Endpoint(
        "post", lambda w: f"{API}/courses/{w.course.pk}/lessons", 201, lambda w: {"title": "Dos"}
    ),
    "lesson-get": Endpoint("get", lambda w: f"{API}/lessons/{w.lesson.pk}", 200),
    "lesson-patch": Endpoint(
        "patch",
        lambda w: f"{API}/lessons/{w.lesson.pk}",
        200,
        lambda w: {"title": "En el hotel", "version": 1},
    ),
    "lesson-delete": Endpoint("delete", lambda w: f"{API}/lessons/{w.lesson.pk}", 204),
    "lesson-move": Endpoint(
        "post", lambda w: f"{API}/lessons/{w.lesson.pk}/move", 200, lambda w: {"position": 0}
    ),
    "lesson-duplicate": Endpoint("post", lambda w: f"{API}/lessons/{w.lesson.pk}/duplicate", 201),
    "blocks-create": Endpoint(
        "post",
        lambda w: f"{API}/lessons/{w.lesson.pk}/blocks",
        201,
        lambda w: {"type": "text", "markdown": "Nuevo"},
    ),
    "block-get": Endpoint("get", lambda w: f"{API}/blocks/{w.text.pk}", 200),
    "block-patch": Endpoint(
        "patch",
        lambda w: f"{API}/blocks/{w.text.pk}",
        200,
        lambda w: {"markdown": "Adiós", "version": 1},
    ),
    "block-delete": Endpoint("delete", lambda w: f"{API}/blocks/{w.text.pk}", 204),
    "block-move": Endpoint(
        "post", lambda w: f"{API}/blocks/{w.text.pk}/move", 200, lambda w: {"position": 2}
    ),
    "block-duplicate": Endpoint("post", lambda w: f"{API}/blocks/{w.text.pk}/duplicate", 201),
    "block-recording-upload": Endpoint(
        "post",
        lambda w: f"{API}/blocks/{w.text.pk}/recording",
        200,
        _recording,
        format="multipart",
    ),
    "block-recording-remove": Endpoint(
        "delete",
        lambda w: f"{API}/blocks/{w.text.pk}/recording?version=1",
        200,
        setup=_recorded,
    ),
    "lines-create": Endpoint(
        "post",
        lambda w: f"{API}/blocks/{w.dialogue.pk}/lines",
        201,
        lambda w: {"speaker": "Ana", "text": "Gracias."},
    ),
    "line-patch": Endpoint(
        "patch",
        lambda w: f"{API}/dialogue-lines/{w.line.pk}",
        200,
        lambda w: {"text": "¡Buenas!", "version": 1},
    ),
    "line-delete": Endpoint("delete", lambda w: f"{API}/dialogue-lines/{w.line.pk}", 204),
    "line-recording-upload": Endpoint(
        "post",
        lambda w: f"{API}/dialogue-lines/{w.line.pk}/recording",
        200,
        _recording,
        format="multipart",
    ),
    "line-recording-remove": Endpoint(
        "delete",
        lambda w: f"{API}/dialogue-lines/{w.line.pk}/recording?version=1",
        200,
        setup=_recorded,
    ),
    "line-move": Endpoint(
        "post", lambda w: f"{API}/dialogue-lines/{w.line.pk}/move", 200, lambda w: {"position": 1}
    ),
    "items-create": Endpoint(
        "post",
        lambda w: f"{API}/exercise-sets/{w.exercise_set.pk}/items",
        201,
        lambda w: {"question_id": w.spare_question.pk, "points": "2"},
    ),
    "item-patch": Endpoint(
        "patch", lambda w: f"{API}/exercise-set-items/{w.item.pk}", 200, lambda w: {"points": 3}
    ),
    "item-delete": Endpoint("delete", lambda w: f"{API}/exercise-set-items/{w.item.pk}", 204),
    "item-move": Endpoint(
        "post",
        lambda w: f"{API}/exercise-set-items/{w.item.pk}/move",
        200,
        lambda w: {"position": 0},
    ),
    "trash-list": Endpoint("get", lambda w: f"{API}/trash", 200, collection=True),
    "trash-restore-course": Endpoint(
        "post",
        lambda w: f"{API}/trash/course/{w.trashed_course.pk}/restore",
        200,
        owner_only=True,
    ),
    "trash-restore-lesson": Endpoint(
        "post", lambda w: f"{API}/trash/lesson/{w.trashed_lesson.pk}/restore", 200
    ),
    "trash-restore-block": Endpoint(
        "post", lambda w: f"{API}/trash/block/{w.trashed_block.pk}/restore", 200
    ),
    "markdown-preview": Endpoint(
        "post",
        lambda w: f"{API}/markdown/preview",
        200,
        lambda w: {"markdown": "*hola*"},
        collection=True,
    ),
}


def _person(role: str, world: World) -> User | None:
    if role == "anonymous":
        return None
    if role == "coauthor":
        return world.coauthor
    if role == "owner":
        return world.owner
    if role == "admin":
        return make_user(role=Role.ADMIN, is_staff=True)
    if role == "moderator":
        # Staff flag on purpose: moderating the community grants no authoring.
        return make_user(role=Role.MODERATOR, is_staff=True)
    return make_user(role=Role.TEACHER if role == "teacher" else Role.LEARNER)


def _expected(role: str, endpoint: Endpoint) -> int:
    if role == "anonymous":
        return 401
    if role in {"learner", "moderator"}:
        return 403
    if role == "teacher":
        return endpoint.success if endpoint.collection else 404
    if role == "coauthor" and endpoint.owner_only:
        return 403
    return endpoint.success


def _snapshot() -> dict[str, list[tuple[Any, ...]]]:
    """Every authoring-relevant column of every row, to prove a refusal changed nothing."""
    return {
        "courses": list(
            Course.objects.order_by("pk").values_list(
                "pk", "title", "status", "version", "deleted_at", "media_requires_enrollment"
            )
        ),
        "authors": list(CourseAuthor.objects.order_by("pk").values_list("pk", "user_id", "role")),
        "order": list(CourseListPosition.objects.order_by("pk").values_list("pk", "position")),
        "lessons": list(
            Lesson.objects.order_by("pk").values_list(
                "pk", "course_id", "title", "position", "version", "deleted_at"
            )
        ),
        "blocks": list(
            Block.objects.order_by("pk").values_list(
                "pk", "lesson_id", "position", "version", "markdown", "title", "audio", "deleted_at"
            )
        ),
        "lines": list(
            DialogueLine.objects.order_by("pk").values_list(
                "pk", "position", "version", "speaker", "text", "audio"
            )
        ),
        "sets": list(ExerciseSet.objects.order_by("pk").values_list("pk", "title")),
        "items": list(
            ExerciseSetItem.objects.order_by("pk").values_list(
                "pk", "position", "points", "question_id"
            )
        ),
    }


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", list(ENDPOINTS))
def test_status_and_nothing_changed_on_refusal_when_role_calls_endpoint(
    world: World, name: str, role: str
) -> None:
    endpoint = ENDPOINTS[name]
    person = _person(role, world)
    if endpoint.setup:
        endpoint.setup(world)
    body = endpoint.body(world) if endpoint.body else None
    before = _snapshot()

    client = client_for(person)
    response = getattr(client, endpoint.method)(endpoint.url(world), body, format=endpoint.format)

    expected = _expected(role, endpoint)
    assert response.status_code == expected, response.content
    if expected >= 400:
        assert (
            response.json()["code"]
            == {
                401: "not_authenticated",
                403: "permission_denied",
                404: "not_found",
            }[expected]
        )
        assert _snapshot() == before
