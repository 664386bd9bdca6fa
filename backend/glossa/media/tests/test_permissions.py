"""Every media endpoint and verb, for every role: the status, and no change on refusal.

anonymous → 401; learner and moderator → 403; a teacher who does not author the course →
404 (its media do not exist for them); co-authors, owners and administrators may manage
them. Playing media (files/<token>) has its own rules, tested in test_delivery; the limits
(GET media/limits) are public.
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from glossa.accounts.models import Role, User
from glossa.courses.models import Course
from glossa.courses.services import course_author_add
from glossa.courses.tests.factories import make_course, make_user
from glossa.media.models import MediaAsset, MediaStatus
from glossa.media.services import media_asset_create

pytestmark = pytest.mark.django_db(transaction=True)

ROLES = ["anonymous", "learner", "moderator", "teacher", "coauthor", "owner", "admin"]


@dataclass
class Place:
    owner: User
    coauthor: User
    course: Course
    asset: MediaAsset
    media_dir: Path


@dataclass(frozen=True)
class Endpoint:
    method: str
    url: Callable[[Place], str]
    success: int
    body: Callable[[Place], dict[str, Any]] | None = None
    # Names no asset (the list, tus creation): a teacher who authors nothing gets an answer.
    collection: bool = False


def _upload(place: Place) -> dict[str, Any]:
    data = (place.media_dir / "audio.mp3").read_bytes()
    return {
        "file": SimpleUploadedFile("nuevo.mp3", data, "audio/mpeg"),
        "course": str(place.course.pk),
    }


ENDPOINTS: dict[str, Endpoint] = {
    "assets-list": Endpoint("get", lambda p: "/api/v1/media/assets", 200, collection=True),
    "assets-create": Endpoint("post", lambda p: "/api/v1/media/assets", 201, _upload),
    "asset-get": Endpoint("get", lambda p: f"/api/v1/media/assets/{p.asset.pk}", 200),
    "asset-delete": Endpoint("delete", lambda p: f"/api/v1/media/assets/{p.asset.pk}", 204),
    "asset-retry": Endpoint("post", lambda p: f"/api/v1/media/assets/{p.asset.pk}/retry", 200),
}


@pytest.fixture
def place(media_dir: Path) -> Place:
    owner = make_user(role=Role.TEACHER)
    coauthor = make_user(role=Role.TEACHER)
    course = make_course(owner=owner, title="Hablamos")
    course_author_add(course=course, user=coauthor)
    asset = media_asset_create(
        user=owner, path=media_dir / "audio.m4a", original_name="hola.m4a", course_id=course.pk
    )
    # Retry applies to a failed asset; the others do not mind the status.
    MediaAsset.objects.filter(pk=asset.pk).update(status=MediaStatus.FAILED, error="boom")
    return Place(owner=owner, coauthor=coauthor, course=course, asset=asset, media_dir=media_dir)


def _person(role: str, place: Place) -> User | None:
    people = {"anonymous": None, "owner": place.owner, "coauthor": place.coauthor}
    if role in people:
        return people[role]
    return make_user(role=Role(role))


def _expected(role: str, endpoint: Endpoint) -> int:
    if role == "anonymous":
        return 401
    if role in ("learner", "moderator"):
        return 403
    if role == "teacher" and not endpoint.collection:
        # A teacher may upload, but not into another's course; the course is not found.
        return 404
    return endpoint.success


def _snapshot() -> list[tuple[Any, ...]]:
    return list(MediaAsset.objects.order_by("pk").values_list("pk", "status", "error", "course"))


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", list(ENDPOINTS))
def test_status_and_nothing_changed_on_refusal_when_role_calls_endpoint(
    place: Place, name: str, role: str
) -> None:
    endpoint = ENDPOINTS[name]
    person = _person(role, place)
    client = APIClient()
    if person is not None:
        client.force_authenticate(person)
    before = _snapshot()

    body = endpoint.body(place) if endpoint.body else None
    response = getattr(client, endpoint.method)(endpoint.url(place), body, format="multipart")

    expected = _expected(role, endpoint)
    assert response.status_code == expected, getattr(response, "data", response)
    if expected >= 400:
        assert _snapshot() == before
        assert response.json()["status"] == expected


@pytest.mark.parametrize("role", ["teacher", "coauthor", "owner", "admin"])
def test_only_editable_assets_listed_for_role(place: Place, role: str) -> None:
    person = _person(role, place)
    client = APIClient()
    client.force_authenticate(person)

    response = client.get("/api/v1/media/assets")

    ids = [asset["id"] for asset in response.json()["results"]]
    assert ids == ([] if role == "teacher" else [place.asset.pk])
