"""Uploads: the simple multipart POST, tus resumable uploads, limits and permissions."""

import base64
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from pytest_django.fixtures import Settings
from rest_framework.test import APIClient

from glossa.accounts.models import Role, User
from glossa.courses.tests.factories import make_course, make_user
from glossa.media.models import MediaAsset, MediaStatus, MediaUpload

pytestmark = pytest.mark.django_db


@pytest.fixture
def teacher() -> User:
    return make_user(role=Role.TEACHER)


@pytest.fixture
def teacher_client(api_client: APIClient, teacher: User) -> APIClient:
    api_client.force_authenticate(teacher)
    return api_client


def _upload(client: APIClient, path: Path, name: str | None = None, **data: Any) -> Any:
    file = SimpleUploadedFile(name or path.name, path.read_bytes(), "application/octet-stream")
    return client.post("/api/v1/media/assets", {"file": file, **data}, format="multipart")


def _stored_files() -> list[str]:
    def walk(directory: str) -> list[str]:
        folders, files = default_storage.listdir(directory)
        found = [f"{directory}/{name}".lstrip("/") for name in files]
        for folder in folders:
            found += walk(f"{directory}/{folder}".lstrip("/"))
        return found

    try:
        return walk("")
    except FileNotFoundError:
        return []


def test_limits_tell_the_app_what_it_may_upload(api_client: APIClient, settings: Settings) -> None:
    settings.GLOSSA_MEDIA_MAX_VIDEO_BYTES = 1000
    settings.GLOSSA_MEDIA_MAX_AUDIO_BYTES = 100

    response = api_client.get("/api/v1/media/limits")

    assert response.status_code == 200
    assert response.json() == {
        "video_max_bytes": 1000,
        "audio_max_bytes": 100,
        "video_types": [".mp4", ".webm", ".mov", ".mkv"],
        "audio_types": [".mp3", ".m4a", ".ogg", ".opus", ".wav", ".webm", ".flac"],
        "upload_chunk_bytes": 2 * 1024 * 1024,
    }


def test_default_limits_are_2_gb_for_video_and_200_mb_for_audio(api_client: APIClient) -> None:
    body = api_client.get("/api/v1/media/limits").json()

    assert (body["video_max_bytes"], body["audio_max_bytes"]) == (2 * 1024**3, 200 * 1024**2)


def test_upload_creates_an_asset_processed_into_renditions(
    teacher_client: APIClient,
    teacher: User,
    media_dir: Path,
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = _upload(teacher_client, media_dir / "audio.wav", "Lección 1.wav")

    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["kind"] == "audio"
    assert body["container"] == "wav"
    assert body["original_name"] == "Lección 1.wav"
    asset = MediaAsset.objects.get(pk=body["id"])
    assert asset.owner == teacher
    # The immediate task backend ran the processing after the commit.
    asset.refresh_from_db()
    assert asset.status == MediaStatus.READY
    assert asset.original.read() == (media_dir / "audio.wav").read_bytes()


def test_upload_with_a_wrong_extension_is_stored_by_its_content(
    teacher_client: APIClient, media_dir: Path
) -> None:
    response = _upload(teacher_client, media_dir / "audio.ogg", "song.mp4")

    assert response.status_code == 201
    assert (response.json()["kind"], response.json()["container"]) == ("audio", "ogg")
    assert MediaAsset.objects.get().original.name.endswith(".ogg")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "The file is empty."),
        (b"hello, I am a text file\n" * 20, "not an audio or video file"),
    ],
    ids=["empty", "text"],
)
def test_refused_upload_leaves_no_asset_and_no_file(
    teacher_client: APIClient, content: bytes, reason: str
) -> None:
    file = SimpleUploadedFile("talk.mp3", content, "audio/mpeg")

    response = teacher_client.post("/api/v1/media/assets", {"file": file}, format="multipart")

    assert response.status_code == 400
    assert response.json()["code"] == "unsupported_media"
    assert reason in response.json()["message"]
    assert not MediaAsset.objects.exists()
    assert _stored_files() == []


def test_truncated_upload_is_refused_with_the_reason(
    teacher_client: APIClient, media_dir: Path
) -> None:
    data = (media_dir / "video.webm").read_bytes()
    file = SimpleUploadedFile("cut.webm", data[: len(data) // 2], "video/webm")

    response = teacher_client.post("/api/v1/media/assets", {"file": file}, format="multipart")

    assert response.status_code == 400
    assert response.json()["message"] == (
        "The file is incomplete: it ends before the end of its recording."
    )


def test_audio_over_its_limit_gets_413_naming_the_limit(
    teacher_client: APIClient, media_dir: Path, settings: Settings
) -> None:
    settings.GLOSSA_MEDIA_MAX_AUDIO_BYTES = 10_000

    response = _upload(teacher_client, media_dir / "audio.wav")

    assert response.status_code == 413
    body = response.json()
    assert body["code"] == "too_large"
    assert body["message"] == "The audio file is too large: the limit is 9.8\xa0KB."
    assert body["limit_bytes"] == 10_000
    assert not MediaAsset.objects.exists()


def test_body_larger_than_any_limit_is_refused_before_it_is_read(
    teacher_client: APIClient, media_dir: Path, settings: Settings
) -> None:
    settings.GLOSSA_MEDIA_MAX_VIDEO_BYTES = 1000
    settings.GLOSSA_MEDIA_MAX_AUDIO_BYTES = 500

    response = _upload(teacher_client, media_dir / "video.mp4")

    assert response.status_code == 413
    assert response.json()["code"] == "too_large"
    assert (
        "Video may be up to 1000\xa0bytes, audio up to 500\xa0bytes."
        in (response.json()["message"])
    )


def test_upload_into_a_course_needs_its_authorship(
    teacher_client: APIClient, teacher: User, media_dir: Path
) -> None:
    own = make_course(owner=teacher)
    other = make_course()

    accepted = _upload(teacher_client, media_dir / "audio.mp3", course=own.pk)
    refused = _upload(teacher_client, media_dir / "audio.mp3", course=other.pk)

    assert accepted.status_code == 201
    assert accepted.json()["course_id"] == own.pk
    assert refused.status_code == 404
    assert MediaAsset.objects.count() == 1


@pytest.mark.parametrize("role", [Role.LEARNER, Role.MODERATOR])
def test_learners_and_moderators_cannot_upload(
    api_client: APIClient, media_dir: Path, role: str
) -> None:
    api_client.force_authenticate(make_user(role=role))

    response = _upload(api_client, media_dir / "audio.mp3")

    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"
    assert not MediaAsset.objects.exists()


def test_anonymous_cannot_upload(api_client: APIClient, media_dir: Path) -> None:
    assert _upload(api_client, media_dir / "audio.mp3").status_code == 401


# --- tus ----------------------------------------------------------------------------------

TUS = {"Tus-Resumable": "1.0.0"}


def _tus_create(client: APIClient, length: int, name: str = "lecture.mp4") -> Any:
    metadata = "filename " + base64.b64encode(name.encode()).decode()
    return client.post(
        "/api/v1/media/uploads",
        headers=TUS | {"Upload-Length": str(length), "Upload-Metadata": metadata},
    )


def _tus_patch(client: APIClient, location: str, offset: int, chunk: bytes) -> Any:
    return client.generic(
        "PATCH",
        location,
        chunk,  # type: ignore[arg-type]
        content_type="application/offset+octet-stream",
        headers=TUS | {"Upload-Offset": str(offset)},
    )


def test_tus_upload_resumes_after_a_dropped_connection(
    teacher_client: APIClient, media_dir: Path
) -> None:
    data = (media_dir / "video.mp4").read_bytes()
    created = _tus_create(teacher_client, len(data))
    assert created.status_code == 201
    location = created["Location"]

    first = _tus_patch(teacher_client, location, 0, data[:10_000])
    assert first.status_code == 204
    # The connection drops; the client asks where to go on from.
    head = teacher_client.head(location, headers=TUS)
    assert head.status_code == 200
    offset = int(head["Upload-Offset"])
    assert offset == 10_000
    rest = _tus_patch(teacher_client, location, offset, data[offset:])
    assert rest.status_code == 204
    assert int(rest["Upload-Offset"]) == len(data)

    guid = location.rsplit("/", 1)[1]
    response = teacher_client.post("/api/v1/media/assets", {"upload": guid}, format="json")

    assert response.status_code == 201, response.json()
    assert response.json()["original_name"] == "lecture.mp4"
    assert response.json()["kind"] == "video"
    asset = MediaAsset.objects.get()
    assert asset.original.read() == data
    assert not MediaUpload.objects.exists()


def test_tus_patch_at_the_wrong_offset_is_a_conflict(
    teacher_client: APIClient, media_dir: Path
) -> None:
    data = (media_dir / "audio.mp3").read_bytes()
    location = _tus_create(teacher_client, len(data))["Location"]

    response = _tus_patch(teacher_client, location, 100, data[100:200])

    assert response.status_code == 409


def test_tus_refuses_more_bytes_than_declared(teacher_client: APIClient) -> None:
    location = _tus_create(teacher_client, 10)["Location"]

    response = _tus_patch(teacher_client, location, 0, b"x" * 11)

    assert response.status_code == 400
    assert response.json()["code"] == "invalid_upload"


def test_tus_creation_over_the_limit_names_the_limit(
    teacher_client: APIClient, settings: Settings
) -> None:
    settings.GLOSSA_MEDIA_MAX_VIDEO_BYTES = 5000
    settings.GLOSSA_MEDIA_MAX_AUDIO_BYTES = 1000

    response = _tus_create(teacher_client, 5001)

    assert response.status_code == 413
    assert response.json()["code"] == "too_large"
    assert "4.9\xa0KB" in response.json()["message"]
    assert not MediaUpload.objects.exists()


def test_tus_malformed_header_is_a_400_in_the_error_shape(teacher_client: APIClient) -> None:
    response = teacher_client.post("/api/v1/media/uploads", headers=TUS | {"Upload-Length": "lots"})

    assert response.status_code == 400
    assert response.json()["code"] == "invalid_upload"


def test_unfinished_tus_upload_cannot_become_an_asset(teacher_client: APIClient) -> None:
    location = _tus_create(teacher_client, 1000)["Location"]
    _tus_patch(teacher_client, location, 0, b"x" * 10)

    response = teacher_client.post(
        "/api/v1/media/assets", {"upload": location.rsplit("/", 1)[1]}, format="json"
    )

    assert response.status_code == 409
    assert not MediaAsset.objects.exists()
    assert MediaUpload.objects.count() == 1


def test_another_teachers_upload_is_not_found(
    teacher_client: APIClient, api_client: APIClient, media_dir: Path
) -> None:
    data = (media_dir / "audio.mp3").read_bytes()
    location = _tus_create(teacher_client, len(data))["Location"]
    other = APIClient()
    other.force_authenticate(make_user(role=Role.TEACHER))

    assert _tus_patch(other, location, 0, data).status_code == 404
    assert other.head(location, headers=TUS).status_code == 404
    response = other.post(
        "/api/v1/media/assets", {"upload": location.rsplit("/", 1)[1]}, format="json"
    )
    assert response.status_code == 404


def test_refused_tus_upload_is_discarded(teacher_client: APIClient, settings: Settings) -> None:
    data = b"not media at all " * 100
    location = _tus_create(teacher_client, len(data), "notes.mp3")["Location"]
    _tus_patch(teacher_client, location, 0, data)

    response = teacher_client.post(
        "/api/v1/media/assets", {"upload": location.rsplit("/", 1)[1]}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["code"] == "unsupported_media"
    assert not MediaUpload.objects.exists()
    assert list(Path(settings.GLOSSA_MEDIA_UPLOAD_DIR).iterdir()) == []


def test_learner_cannot_start_a_tus_upload(api_client: APIClient) -> None:
    api_client.force_authenticate(make_user(role=Role.LEARNER))

    response = _tus_create(api_client, 100)

    assert response.status_code == 403
    assert not MediaUpload.objects.exists()


def test_copying_uploads_keeps_the_original_byte_for_byte(
    teacher_client: APIClient, media_dir: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.flac"
    shutil.copy(media_dir / "audio.flac", copy)

    asset_id = _upload(teacher_client, copy).json()["id"]

    asset = MediaAsset.objects.get(pk=asset_id)
    assert asset.original.read() == copy.read_bytes()
    import hashlib

    assert asset.sha256 == hashlib.sha256(copy.read_bytes()).hexdigest()


def test_purge_deletes_expired_uploads_and_their_files(
    teacher_client: APIClient, settings: Settings
) -> None:
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    expired = _tus_create(teacher_client, 100)["Location"]
    _tus_patch(teacher_client, expired, 0, b"x" * 10)
    fresh = _tus_create(teacher_client, 100)["Location"]
    MediaUpload.objects.filter(guid=expired.rsplit("/", 1)[1]).update(
        expires=timezone.now() - timedelta(minutes=1)
    )

    call_command("media_purge_uploads")

    assert list(MediaUpload.objects.values_list("guid", flat=True)) == [
        uuid.UUID(fresh.rsplit("/", 1)[1])
    ]
    assert list(Path(settings.GLOSSA_MEDIA_UPLOAD_DIR).iterdir()) == []


def test_refusal_is_in_the_language_of_the_request(teacher_client: APIClient) -> None:
    file = SimpleUploadedFile("talk.mp3", b"", "audio/mpeg")

    response = teacher_client.post(
        "/api/v1/media/assets",
        {"file": file},
        format="multipart",
        headers={"Accept-Language": "ru"},
    )

    assert response.status_code == 400
    assert response.json()["message"] == "Файл пустой."


def test_tus_discovery_is_answered_in_headers(teacher_client: APIClient) -> None:
    response = teacher_client.options("/api/v1/media/uploads", headers=TUS)

    assert response.status_code == 204
    assert response["Tus-Version"] == "1.0.0"
    assert "creation" in response["Tus-Extension"].split(",")
    assert "creation-defer-length" not in response["Tus-Extension"]
    assert int(response["Tus-Max-Size"]) == 2 * 1024**3
    assert "Access-Control-Allow-Origin" not in response


def test_tus_upload_is_kept_when_the_course_is_wrong(
    teacher_client: APIClient, teacher: User, media_dir: Path
) -> None:
    data = (media_dir / "audio.mp3").read_bytes()
    location = _tus_create(teacher_client, len(data), "lesson.mp3")["Location"]
    _tus_patch(teacher_client, location, 0, data)
    guid = location.rsplit("/", 1)[1]

    wrong = teacher_client.post(
        "/api/v1/media/assets", {"upload": guid, "course": make_course().pk}, format="json"
    )
    right = teacher_client.post(
        "/api/v1/media/assets",
        {"upload": guid, "course": make_course(owner=teacher).pk},
        format="json",
    )

    assert wrong.status_code == 404
    assert right.status_code == 201
    assert MediaAsset.objects.get().original.read() == data
