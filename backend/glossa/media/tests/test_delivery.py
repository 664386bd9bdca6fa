"""Delivery: signed links, Range byte for byte, ETag, caching, content types, visibility, S3."""

from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import boto3
import pytest
from django.core import signing
from django.test import Client
from moto import mock_aws
from pytest_django.fixtures import Settings

from glossa.accounts.models import Role
from glossa.courses.models import CourseStatus
from glossa.courses.tests.factories import make_course, make_enrollment, make_user
from glossa.media.models import MediaAsset, RenditionName
from glossa.media.selectors import delivery_url, media_asset_get, media_asset_summary
from glossa.media.tasks import media_asset_process_task
from glossa.media.tests.test_processing import make_asset

pytestmark = pytest.mark.django_db


@pytest.fixture
def audio(media_dir: Path) -> MediaAsset:
    asset = make_asset(media_dir / "audio.wav")
    media_asset_process_task.enqueue(asset_id=asset.pk)
    return asset


def _url(asset: MediaAsset, name: str = RenditionName.AUDIO_AAC) -> str:
    return delivery_url(asset=asset, rendition=name)


def _content(response: Any) -> bytes:
    return b"".join(response.streaming_content)


def test_whole_file_with_type_length_etag_and_caching(client: Client, audio: MediaAsset) -> None:
    expected = audio.renditions.get(name="audio_aac").file.read()

    response = client.get(_url(audio))

    assert response.status_code == 200
    assert _content(response) == expected
    assert response["Content-Type"] == "audio/mp4"
    assert response["Content-Length"] == str(len(expected))
    assert response["Accept-Ranges"] == "bytes"
    assert response["ETag"].startswith('"')
    assert response["Cache-Control"] == "private, max-age=3600"


@pytest.mark.parametrize(
    ("header", "start", "end"),
    [
        ("bytes=0-99", 0, 99),
        ("bytes=100-", 100, None),
        ("bytes=-50", -50, None),
        ("bytes=7-7", 7, 7),
    ],
    ids=["first-100", "from-100", "last-50", "one-byte"],
)
def test_range_returns_exactly_the_bytes_asked_for(
    client: Client, audio: MediaAsset, header: str, start: int, end: int | None
) -> None:
    data = audio.renditions.get(name="audio_aac").file.read()
    size = len(data)
    first = start if start >= 0 else size + start
    last = end if end is not None else size - 1

    response = client.get(_url(audio), HTTP_RANGE=header)

    assert response.status_code == 206
    assert _content(response) == data[first : last + 1]
    assert response["Content-Range"] == f"bytes {first}-{last}/{size}"
    assert response["Content-Length"] == str(last - first + 1)


def test_range_past_the_end_is_416(client: Client, audio: MediaAsset) -> None:
    size = audio.renditions.get(name="audio_aac").size

    response = client.get(_url(audio), HTTP_RANGE=f"bytes={size}-")

    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{size}"


def test_unchanged_file_answers_304(client: Client, audio: MediaAsset) -> None:
    etag = client.get(_url(audio))["ETag"]

    response = client.get(_url(audio), HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304


def test_each_rendition_has_its_content_type(
    client: Client, media_dir: Path, audio: MediaAsset
) -> None:
    video = make_asset(media_dir / "video.mp4")
    media_asset_process_task.enqueue(asset_id=video.pk)

    assert client.get(_url(audio, "audio_opus"))["Content-Type"] == "audio/webm"
    assert client.get(_url(video, "video_720"))["Content-Type"] == "video/mp4"
    assert client.get(_url(video, "poster"))["Content-Type"] == "image/jpeg"


def test_forged_or_expired_link_is_refused(
    client: Client, audio: MediaAsset, settings: Settings
) -> None:
    token = _url(audio).rsplit("/", 1)[1]
    forged = signing.dumps([audio.pk, "audio_aac"], salt="another purpose")

    assert client.get(f"/api/v1/media/files/{forged}").status_code == 404
    assert client.get(f"/api/v1/media/files/{token}x").status_code == 404
    settings.GLOSSA_MEDIA_URL_MAX_AGE = -1
    response = client.get(f"/api/v1/media/files/{token}")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_stored_files_are_not_served_from_the_public_media_path(
    client: Client, audio: MediaAsset
) -> None:
    rendition = audio.renditions.get(name="audio_aac")

    assert client.get(f"/media/{rendition.file.name}").status_code == 404
    assert client.get(f"/media/{audio.original.name}").status_code == 404


def test_media_of_a_draft_course_is_playable_by_its_authors_only(media_dir: Path) -> None:
    owner = make_user(role=Role.TEACHER)
    course = make_course(owner=owner, status=CourseStatus.DRAFT)
    asset = make_asset(media_dir / "audio.mp3", owner=owner, course=course)
    media_asset_process_task.enqueue(asset_id=asset.pk)
    asset = media_asset_get(asset_id=asset.pk)  # type: ignore[assignment]

    learner = make_user()
    assert media_asset_summary(asset=asset, user=learner)["sources"] == []
    assert len(media_asset_summary(asset=asset, user=owner)["sources"]) == 2


def test_media_requiring_enrollment_plays_for_enrolled_learners_only(media_dir: Path) -> None:
    course = make_course(status=CourseStatus.PUBLISHED)
    course.media_requires_enrollment = True
    course.save()
    asset = make_asset(media_dir / "audio.mp3", course=course)
    media_asset_process_task.enqueue(asset_id=asset.pk)
    asset = media_asset_get(asset_id=asset.pk)  # type: ignore[assignment]
    enrolled, stranger = make_user(), make_user()
    make_enrollment(user=enrolled, course=course)

    assert media_asset_summary(asset=asset, user=stranger)["sources"] == []
    assert media_asset_summary(asset=asset, user=enrolled)["sources"] != []


@mock_aws
def test_object_storage_redirects_to_a_short_lived_signed_url(
    client: Client, media_dir: Path, settings: Settings
) -> None:
    boto3.client("s3", region_name="us-east-1").create_bucket(Bucket="glossa-test")
    settings.STORAGES = settings.STORAGES | {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": "glossa-test",
                "region_name": "us-east-1",
                "default_acl": None,
                "querystring_expire": 300,
                "signature_version": "s3v4",
                "file_overwrite": False,
            },
        }
    }
    settings.GLOSSA_MEDIA_SIGNED_URL_SECONDS = 120
    asset = make_asset(media_dir / "audio.ogg")
    media_asset_process_task.enqueue(asset_id=asset.pk)
    rendition = asset.renditions.get(name="audio_opus")

    response = client.get(_url(asset, "audio_opus"))

    assert response.status_code == 302
    assert response["Cache-Control"] == "private, no-store"
    location = urlparse(response["Location"])
    query = parse_qs(location.query)
    assert location.path.endswith(rendition.file.name)
    assert query["X-Amz-Expires"] == ["120"]
    assert query["response-content-type"] == ["audio/webm"]
    stored = boto3.client("s3", region_name="us-east-1").get_object(
        Bucket="glossa-test", Key=rendition.file.name
    )
    assert stored["Body"].read()[:4] == b"\x1aE\xdf\xa3"
