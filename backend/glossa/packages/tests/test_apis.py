"""GET authoring/courses/{id}/export and POST authoring/courses/import, for every role."""

import io
import zipfile

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from pytest_django.fixtures import Settings

from glossa.accounts.models import Role, User
from glossa.authoring.services import course_trash
from glossa.authoring.tests.conftest import client_for
from glossa.courses.models import Course, CourseStatus
from glossa.courses.services import course_author_add
from glossa.courses.tests.factories import make_course, make_user
from glossa.packages.exporter import package_file_name
from glossa.packages.tests.conftest import Rich

pytestmark = pytest.mark.django_db(transaction=True)

API = "/api/v1/authoring/courses"
ROLES = ["anonymous", "learner", "moderator", "teacher", "coauthor", "owner", "admin"]


def _person(role: str, rich: Rich) -> User | None:
    if role == "anonymous":
        return None
    if role == "owner":
        return rich.owner
    if role == "coauthor":
        coauthor = make_user(role=Role.TEACHER)
        course_author_add(course=rich.course, user=coauthor)
        return coauthor
    return make_user(role=Role(role))


def _export(rich: Rich, user: User | None = None) -> bytes:
    response = client_for(user or rich.owner).get(f"{API}/{rich.course.pk}/export")
    assert response.status_code == 200
    return b"".join(response.streaming_content)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", 401),
        ("learner", 403),
        ("moderator", 403),
        ("teacher", 404),
        ("coauthor", 200),
        ("owner", 200),
        ("admin", 200),
    ],
)
def test_export_answers_each_role(rich: Rich, role: str, expected: int) -> None:
    response = client_for(_person(role, rich)).get(f"{API}/{rich.course.pk}/export")

    assert response.status_code == expected
    if expected == 200:
        assert response["Content-Type"] == "application/zip"
        # Español en el café.zip, in RFC 5987's encoding since it is not ASCII.
        assert response["Content-Disposition"] == (
            "attachment; filename*=utf-8''Espa%C3%B1ol%20en%20el%20caf%C3%A9.zip"
        )
        package = b"".join(response.streaming_content)  # type: ignore[attr-defined]
        with zipfile.ZipFile(io.BytesIO(package)) as archive:
            assert "manifest.json" in archive.namelist()


def test_export_of_a_trashed_course_is_not_found(rich: Rich) -> None:
    course_trash(course=rich.course)

    response = client_for(rich.owner).get(f"{API}/{rich.course.pk}/export")

    assert response.status_code == 404


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", 401),
        ("learner", 403),
        ("moderator", 403),
        ("teacher", 201),
        ("admin", 201),
    ],
)
def test_import_answers_each_role(rich: Rich, role: str, expected: int) -> None:
    package = _export(rich)
    person = _person(role, rich)
    before = Course.objects.count()

    response = client_for(person).post(
        f"{API}/import",
        {"file": SimpleUploadedFile("course.zip", package, "application/zip")},
        format="multipart",
    )

    assert response.status_code == expected, response.json()
    if expected != 201:
        assert Course.objects.count() == before
        return
    body = response.json()
    course = Course.objects.get(pk=body["id"])
    assert body == {
        "id": course.pk,
        "slug": course.slug,
        "title": "Español en el café",
        "status": CourseStatus.DRAFT,
        "lesson_count": 2,
        "question_bank_id": body["question_bank_id"],
        "warnings": [],
    }
    assert list(course.authors.all()) == [person]


def test_import_without_a_file_names_the_field(rich: Rich) -> None:
    response = client_for(rich.owner).post(f"{API}/import", {}, format="multipart")

    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["file"]


@pytest.mark.parametrize(
    ("role", "expected"),
    [("anonymous", 401), ("learner", 403), ("moderator", 403), ("teacher", 200), ("admin", 200)],
)
def test_import_limit_told_to_teachers_and_admins(
    rich: Rich, role: str, expected: int, settings: Settings
) -> None:
    settings.GLOSSA_PACKAGE_MAX_BYTES = 5 * 1024**3

    response = client_for(_person(role, rich)).get(f"{API}/import")

    assert response.status_code == expected
    if expected == 200:
        assert response.json() == {"max_bytes": 5 * 1024**3}


def test_export_refused_naming_the_file_when_a_media_file_is_missing_from_storage(
    rich: Rich,
) -> None:
    default_storage.delete(rich.audio.original.name)
    client = client_for(rich.owner)
    client.raise_request_exception = False

    response = client.get(f"{API}/{rich.course.pk}/export")

    assert response.status_code == 409
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "status": 409,
        "code": "media_missing",
        "message": "The media file “hola.mp3” of this course is missing from storage. "
        "Upload it again, or remove it from its lesson, and export again.",
        "fields": {},
    }


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Español en el café", "Español en el café.zip"),
        ("Русский: падежи / часть 2?", "Русский падежи часть 2.zip"),
        ('  "Hola"\t<mundo>  ', "Hola mundo.zip"),
        ("...", "{slug}.zip"),
    ],
    ids=["accents", "cyrillic-and-separators", "quotes-tabs-brackets", "nothing-left"],
)
def test_package_named_after_the_course_title(title: str, name: str, db: None) -> None:
    course = make_course(title=title)

    assert package_file_name(course) == name.format(slug=course.slug)
