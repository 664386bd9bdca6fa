"""A package that is not what it claims is refused with the reason, and nothing is kept."""

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from pytest_django.fixtures import Settings

from glossa.accounts.models import Role, User
from glossa.authoring.tests.conftest import client_for
from glossa.courses.models import Course
from glossa.courses.tests.factories import make_user
from glossa.media.models import MediaAsset
from glossa.packages.services import course_export
from glossa.packages.tests.conftest import Rich
from glossa.questions.models import QuestionBank

pytestmark = pytest.mark.django_db(transaction=True)

URL = "/api/v1/authoring/courses/import"


def _export(rich: Rich) -> bytes:
    target = io.BytesIO()
    course_export(course=rich.course, target=target)
    return target.getvalue()


def _entries(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(entries: dict[str, bytes], compress: int = zipfile.ZIP_STORED) -> bytes:
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w", compress) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return target.getvalue()


def _with_manifest(package: bytes, change: Callable[[dict[str, Any]], None]) -> bytes:
    entries = _entries(package)
    manifest = json.loads(entries["manifest.json"])
    change(manifest)
    entries["manifest.json"] = json.dumps(manifest).encode()
    return _zip(entries)


def _stored_files() -> set[str]:
    root = Path(default_storage.path(""))
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


def _post(user: User, package: bytes) -> Any:
    return client_for(user).post(
        URL,
        {"file": SimpleUploadedFile("course.zip", package, "application/zip")},
        format="multipart",
    )


def _refused(rich: Rich, package: bytes, status: int = 400) -> dict[str, Any]:
    """Post ``package`` as a new teacher; check the refusal and that nothing was kept."""
    importer = make_user(role=Role.TEACHER)
    courses, assets, banks = Course.objects.count(), MediaAsset.objects.count(), 0
    files = _stored_files()

    response = _post(importer, package)

    assert response.status_code == status, response.json()
    assert Course.objects.count() == courses
    assert MediaAsset.objects.count() == assets
    assert QuestionBank.objects.filter(owner=importer).count() == banks
    assert _stored_files() == files
    body: dict[str, Any] = response.json()
    return body


def _swap_first_media(package: bytes, data: bytes) -> bytes:
    entries = _entries(package)
    name = next(name for name in entries if name.startswith("media/"))
    entries[name] = data
    return _zip(entries)


def test_refused_when_the_file_is_not_a_zip(rich: Rich) -> None:
    body = _refused(rich, b"%PDF-1.7 not a course")

    assert body["code"] == "invalid_package"
    assert body["message"] == (
        "This is not a Glossa course package: the file is not a zip archive."
    )


def test_refused_when_the_zip_has_no_manifest(rich: Rich) -> None:
    body = _refused(rich, _zip({"notes.txt": b"hello"}))

    assert "notes.txt" in body["message"]


def test_refused_when_an_entry_would_climb_out_of_its_folder(rich: Rich) -> None:
    entries = _entries(_export(rich)) | {"../../config/settings.py": b"DEBUG = True"}

    body = _refused(rich, _zip(entries))

    assert "../../config/settings.py" in body["message"]


def test_refused_when_an_entry_expands_suspiciously_much(rich: Rich) -> None:
    entries = _entries(_export(rich)) | {"media/" + "0" * 64 + ".mp3": b"\0" * (8 * 1024 * 1024)}

    body = _refused(rich, _zip(entries, zipfile.ZIP_DEFLATED))

    assert "expands suspiciously much" in body["message"]


def test_refused_with_413_naming_the_limit_when_the_package_is_too_large(
    rich: Rich, settings: Settings
) -> None:
    package = _export(rich)
    settings.GLOSSA_PACKAGE_MAX_BYTES = 1024 * 1024

    body = _refused(rich, package + b"\0" * (1024 * 1024), status=413)

    assert body["code"] == "too_large"
    assert body["message"] == "The package is too large: at most 1 MB."
    assert body["limit_bytes"] == 1024 * 1024


def test_refused_when_the_manifest_is_not_json(rich: Rich) -> None:
    entries = _entries(_export(rich)) | {"manifest.json": b"{not json"}

    body = _refused(rich, _zip(entries))

    assert body["message"].startswith("manifest.json is not readable JSON (UTF-8)")


def test_refused_when_the_manifest_is_not_a_glossa_manifest(rich: Rich) -> None:
    package = _with_manifest(_export(rich), lambda manifest: manifest.update(format="scorm"))

    body = _refused(rich, package)

    assert body["message"] == (
        "This is not a Glossa course package: manifest.json does not say so."
    )


def test_refused_with_the_versions_when_a_newer_glossa_made_the_package(rich: Rich) -> None:
    package = _with_manifest(_export(rich), lambda manifest: manifest.update(schema_version=2))

    body = _refused(rich, package)

    assert "package schema 2" in body["message"]
    assert "reads schema 1" in body["message"]


def test_refused_naming_the_field_when_the_manifest_has_a_wrong_value(rich: Rich) -> None:
    def wrong_level(manifest: dict[str, Any]) -> None:
        manifest["course"]["level"] = "Z9"
        manifest["lessons"][0]["blocks"][0]["colour"] = "red"

    body = _refused(rich, _with_manifest(_export(rich), wrong_level))

    assert set(body["fields"]) == {"manifest.course.level", "manifest.lessons.0.blocks.0.colour"}
    assert body["fields"]["manifest.lessons.0.blocks.0.colour"] == [
        "This key is not part of the package format."
    ]


def test_refused_when_an_exercise_names_a_question_the_package_lacks(rich: Rich) -> None:
    def dangling(manifest: dict[str, Any]) -> None:
        manifest["lessons"][1]["blocks"][0]["exercise_set"]["items"][0]["question"] = "q99"

    body = _refused(rich, _with_manifest(_export(rich), dangling))

    assert body["fields"] == {
        "manifest.lessons.1.blocks.0.exercise_set.items.0.question": [
            "No question of the package has this ref."
        ]
    }


def test_refused_when_a_block_uses_a_video_as_its_audio(rich: Rich) -> None:
    def video_as_audio(manifest: dict[str, Any]) -> None:
        video = next(entry for entry in manifest["media"] if entry["kind"] == "video")
        manifest["lessons"][0]["blocks"][1]["media"] = video["ref"]

    body = _refused(rich, _with_manifest(_export(rich), video_as_audio))

    [message] = body["fields"]["manifest.lessons.0.blocks.1.media"]
    assert message.endswith("” is not an audio file of the package.")


def test_refused_when_a_media_file_does_not_match_its_sha256(rich: Rich) -> None:
    package = _export(rich)
    entries = _entries(package)
    name = next(name for name in entries if name.startswith("media/"))
    damaged = bytearray(entries[name])
    damaged[len(damaged) // 2] ^= 0xFF

    body = _refused(rich, _swap_first_media(package, bytes(damaged)))

    assert body["message"] == (f"“{name}” is damaged: its SHA-256 differs from the manifest's.")


def test_refused_when_a_media_file_is_not_the_size_the_manifest_says(rich: Rich) -> None:
    body = _refused(rich, _swap_first_media(_export(rich), b"short"))

    assert list(body["fields"]) == ["manifest.media.0.size"]


def test_refused_and_earlier_files_removed_when_a_later_recording_is_not_audio(
    rich: Rich,
) -> None:
    package = _export(rich)
    manifest = json.loads(_entries(package)["manifest.json"])
    recording = next(entry for entry in manifest["media"] if entry["type"] == "file")
    fake = b"this is not audio at all" * 10
    digest = hashlib.sha256(fake).hexdigest()
    path = f"media/{digest}.wav"
    old_path = recording["path"]
    recording |= {"sha256": digest, "size": len(fake), "path": path}
    entries = {name: data for name, data in _entries(package).items() if name != old_path} | {
        path: fake,
        "manifest.json": json.dumps(manifest).encode(),
    }

    body = _refused(rich, _zip(entries))

    assert body["message"].startswith(f"{path}: ")


@pytest.mark.parametrize("depth", [40, 100_000], ids=["deeper-than-any-package", "past-recursion"])
def test_refused_when_the_manifest_is_nested_too_deeply(rich: Rich, depth: int) -> None:
    def nest(manifest: dict[str, Any]) -> None:
        data = manifest["questions"][0]["data"]
        for _ in range(depth):
            data["more"] = {}
            data = data["more"]

    package = _export(rich)
    if depth < 1000:
        package = _with_manifest(package, nest)
    else:
        entries = _entries(package)
        entries["manifest.json"] = b"[" * depth + b"]" * depth
        package = _zip(entries)

    body = _refused(rich, package)

    assert body["code"] == "invalid_package"
    assert body["message"] == "manifest.json is nested too deeply: at most 32 levels."


@pytest.mark.parametrize(
    "character", ["\u0000", "\ud800"], ids=["nul", "lone-surrogate"]
)  # PostgreSQL and MariaDB refuse both in a JSON column, with a server error.
def test_refused_naming_the_field_when_a_question_answer_holds_an_unstorable_character(
    rich: Rich, character: str
) -> None:
    def poison(manifest: dict[str, Any]) -> None:
        manifest["questions"][0]["data"]["answers"][0]["text"] = f"qui{character}ero"

    body = _refused(rich, _with_manifest(_export(rich), poison))

    assert body["fields"] == {
        "data": ["The answers cannot hold the character U+0000 or an unpaired surrogate."]
    }


def test_refused_with_413_naming_the_audio_limit_when_a_recording_exceeds_it(
    rich: Rich, settings: Settings
) -> None:
    package = _export(rich)
    manifest = json.loads(_entries(package)["manifest.json"])
    recording = next(entry for entry in manifest["media"] if entry["type"] == "file")
    # The dialogue's WAV (about 88 kB) is over the limit a teacher's upload would meet.
    settings.GLOSSA_MEDIA_MAX_AUDIO_BYTES = recording["size"] - 1

    body = _refused(rich, package, status=413)

    assert body["code"] == "too_large"
    assert body["message"].startswith("The audio file is too large: the limit is ")


def test_refused_naming_the_field_when_a_questions_data_is_larger_than_the_editor_sends(
    rich: Rich,
) -> None:
    # MariaDB refused 20 MB of data in one row (max_allowed_packet) with a server error.
    def enlarge(manifest: dict[str, Any]) -> None:
        manifest["questions"][0]["data"]["note"] = "x" * (2 * 1024 * 1024)

    body = _refused(rich, _with_manifest(_export(rich), enlarge))

    assert body["fields"] == {
        "manifest.questions.0.data": [
            "The question's data is too large: at most 2097152 characters of JSON."
        ]
    }
