"""Processing: renditions made by ffmpeg, status, bounded retries, idempotency, retry API."""

import shutil
from pathlib import Path
from typing import Any

import av
import pytest
from django.core.files import File
from pytest_django.fixtures import Settings
from rest_framework.test import APIClient

from glossa.accounts.models import Role, User
from glossa.courses.tests.factories import make_course, make_user
from glossa.media import services
from glossa.media.models import MediaAsset, MediaKind, MediaStatus, RenditionName
from glossa.media.probe import media_probe
from glossa.media.tasks import media_asset_process_task

pytestmark = pytest.mark.django_db


def make_asset(source: Path, *, owner: User | None = None, **fields: Any) -> MediaAsset:
    probe = media_probe(source)
    asset = MediaAsset(
        owner=owner or make_user(role=Role.TEACHER),
        kind=probe.kind,
        original_name=source.name,
        size=source.stat().st_size,
        container=probe.container,
        codecs=probe.codecs,
        duration=probe.duration,
        width=probe.width,
        height=probe.height,
        **fields,
    )
    with source.open("rb") as handle:
        asset.original.save(source.name, File(handle), save=False)
    asset.save()
    return asset


def _rendition_probe(asset: MediaAsset, name: str) -> Any:
    rendition = asset.renditions.get(name=name)
    return media_probe(rendition.file.path), rendition


@pytest.mark.parametrize("name", ["video.mp4", "video.webm", "video.mov", "video.mkv"])
def test_video_becomes_h264_aac_mp4_at_two_sizes_and_a_poster(media_dir: Path, name: str) -> None:
    asset = make_asset(media_dir / name)

    media_asset_process_task.enqueue(asset_id=asset.pk)

    asset.refresh_from_db()
    assert asset.status == MediaStatus.READY
    assert asset.error == ""
    for rendition_name in (RenditionName.VIDEO_720, RenditionName.VIDEO_360):
        probe, rendition = _rendition_probe(asset, rendition_name)
        assert (probe.container, probe.codecs) == ("mp4", ["h264", "aac"])
        assert probe.duration == pytest.approx(2.0, abs=0.15)
        assert rendition.content_type == "video/mp4"
    # 320x240 is never upscaled to 720p; 360p is also above it, so both keep 240 lines.
    assert asset.renditions.get(name=RenditionName.VIDEO_720).height == 240
    poster = asset.renditions.get(name=RenditionName.POSTER)
    assert poster.content_type == "image/jpeg"
    assert poster.file.read(3) == b"\xff\xd8\xff"


def test_large_video_is_scaled_down_to_720_and_360_lines(media_dir: Path, tmp_path: Path) -> None:
    from glossa.media.tests.conftest import H264
    from glossa.media.tests.fixtures import ffmpeg

    source = tmp_path / "hd.mp4"
    ffmpeg("-f", "lavfi", "-i", "testsrc2=size=1280x960:rate=5:duration=1", *H264, str(source))
    asset = make_asset(source)

    media_asset_process_task.enqueue(asset_id=asset.pk)

    sizes = {r.name: (r.width, r.height) for r in asset.renditions.all()}
    assert sizes[RenditionName.VIDEO_720] == (960, 720)
    assert sizes[RenditionName.VIDEO_360] == (480, 360)
    # The levels the codecs strings of the sources promise (avc1.640028, avc1.64001e).
    for name, level in ((RenditionName.VIDEO_720, 40), (RenditionName.VIDEO_360, 30)):
        with av.open(asset.renditions.get(name=name).file.path) as container:
            video = container.streams.video[0].codec_context
            assert (video.profile, video.level) == ("High", level)
    assert media_probe(asset.renditions.get(name="video_360").file.path).codecs == ["h264"]


@pytest.mark.parametrize(
    "name",
    ["audio.mp3", "audio.m4a", "audio.ogg", "audio.opus", "audio.wav", "audio.webm", "audio.flac"],
)
def test_audio_becomes_aac_and_opus(media_dir: Path, name: str) -> None:
    asset = make_asset(media_dir / name)

    media_asset_process_task.enqueue(asset_id=asset.pk)

    asset.refresh_from_db()
    assert asset.status == MediaStatus.READY
    aac, aac_row = _rendition_probe(asset, RenditionName.AUDIO_AAC)
    opus, opus_row = _rendition_probe(asset, RenditionName.AUDIO_OPUS)
    assert (aac.codecs, aac_row.content_type) == (["aac"], "audio/mp4")
    assert (opus.container, opus.codecs, opus_row.content_type) == ("webm", ["opus"], "audio/webm")
    assert aac.duration == pytest.approx(2.0, abs=0.15)


def test_audio_is_normalised_to_the_target_loudness(media_dir: Path, tmp_path: Path) -> None:
    from glossa.media.tests.fixtures import ffmpeg

    quiet = tmp_path / "quiet.wav"
    ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:duration=3", "-af", "volume=-30dB", str(quiet))
    asset = make_asset(quiet)

    media_asset_process_task.enqueue(asset_id=asset.pk)

    from glossa.media.transcode import _ffmpeg

    measured = _ffmpeg(
        [
            "-i",
            asset.renditions.get(name="audio_aac").file.path,
            "-af",
            "ebur128",
            "-f",
            "null",
            "-",
        ]
    )
    integrated = float(measured.rsplit("I:", 1)[1].split("LUFS")[0])
    assert integrated == pytest.approx(-16, abs=1.5)


def test_processing_again_is_idempotent(media_dir: Path) -> None:
    asset = make_asset(media_dir / "audio.mp3")
    media_asset_process_task.enqueue(asset_id=asset.pk)
    files = sorted(r.file.name for r in asset.renditions.all())

    media_asset_process_task.enqueue(asset_id=asset.pk)

    assert sorted(r.file.name for r in asset.renditions.all()) == files
    asset.refresh_from_db()
    assert (asset.status, asset.attempts) == (MediaStatus.READY, 1)


def test_failure_is_retried_then_reported_with_the_reason(
    media_dir: Path, settings: Settings
) -> None:
    settings.GLOSSA_FFMPEG = "/nonexistent/ffmpeg"
    settings.GLOSSA_MEDIA_PROCESSING_ATTEMPTS = 3
    asset = make_asset(media_dir / "audio.mp3")

    media_asset_process_task.enqueue(asset_id=asset.pk)

    asset.refresh_from_db()
    assert asset.status == MediaStatus.FAILED
    assert asset.attempts == 3
    assert asset.error == "The media converter (ffmpeg) is not installed."
    assert not asset.renditions.exists()
    assert asset.original.read() == (media_dir / "audio.mp3").read_bytes()


def test_retry_endpoint_processes_a_failed_asset_again(
    media_dir: Path, api_client: APIClient, django_capture_on_commit_callbacks: Any
) -> None:
    teacher = make_user(role=Role.TEACHER)
    asset = make_asset(
        media_dir / "audio.ogg", owner=teacher, status=MediaStatus.FAILED, error="x", attempts=3
    )
    api_client.force_authenticate(teacher)

    with django_capture_on_commit_callbacks(execute=True):
        response = api_client.post(f"/api/v1/media/assets/{asset.pk}/retry")

    assert response.status_code == 200
    assert response.json()["status"] == "queued"
    asset.refresh_from_db()
    assert (asset.status, asset.error, asset.attempts) == (MediaStatus.READY, "", 1)


def test_retry_of_an_asset_that_did_not_fail_is_a_conflict(
    media_dir: Path, api_client: APIClient
) -> None:
    teacher = make_user(role=Role.TEACHER)
    asset = make_asset(media_dir / "audio.ogg", owner=teacher, status=MediaStatus.READY)
    api_client.force_authenticate(teacher)

    response = api_client.post(f"/api/v1/media/assets/{asset.pk}/retry")

    assert response.status_code == 409
    asset.refresh_from_db()
    assert asset.status == MediaStatus.READY


def test_asset_of_a_course_is_managed_by_its_authors_only(
    media_dir: Path, api_client: APIClient
) -> None:
    owner = make_user(role=Role.TEACHER)
    course = make_course(owner=owner)
    asset = make_asset(media_dir / "audio.mp3", owner=owner, course=course)
    outsider = make_user(role=Role.TEACHER)
    admin = make_user(role=Role.ADMIN)

    api_client.force_authenticate(outsider)
    assert api_client.get(f"/api/v1/media/assets/{asset.pk}").status_code == 404
    assert api_client.delete(f"/api/v1/media/assets/{asset.pk}").status_code == 404
    assert api_client.post(f"/api/v1/media/assets/{asset.pk}/retry").status_code == 404
    api_client.force_authenticate(make_user(role=Role.LEARNER))
    assert api_client.get(f"/api/v1/media/assets/{asset.pk}").status_code == 403
    assert api_client.delete(f"/api/v1/media/assets/{asset.pk}").status_code == 403
    assert MediaAsset.objects.filter(pk=asset.pk).exists()
    api_client.force_authenticate(admin)
    assert api_client.get(f"/api/v1/media/assets/{asset.pk}").status_code == 200


def test_delete_removes_the_asset_and_its_files(
    media_dir: Path, api_client: APIClient, django_capture_on_commit_callbacks: Any
) -> None:
    teacher = make_user(role=Role.TEACHER)
    asset = make_asset(media_dir / "audio.mp3", owner=teacher)
    media_asset_process_task.enqueue(asset_id=asset.pk)
    paths = [Path(asset.original.path)] + [Path(r.file.path) for r in asset.renditions.all()]
    assert all(path.is_file() for path in paths)
    api_client.force_authenticate(teacher)

    with django_capture_on_commit_callbacks(execute=True):
        response = api_client.delete(f"/api/v1/media/assets/{asset.pk}")

    assert response.status_code == 204
    assert not MediaAsset.objects.filter(pk=asset.pk).exists()
    assert not any(path.exists() for path in paths)


def test_list_shows_own_and_course_assets_in_few_queries(
    media_dir: Path, api_client: APIClient, django_assert_num_queries: Any
) -> None:
    teacher = make_user(role=Role.TEACHER)
    course = make_course(owner=teacher)
    for _ in range(3):
        asset = make_asset(media_dir / "audio.mp3", owner=teacher, course=course)
        media_asset_process_task.enqueue(asset_id=asset.pk)
    make_asset(media_dir / "audio.mp3", owner=teacher)
    make_asset(media_dir / "audio.mp3")  # someone else's
    api_client.force_authenticate(teacher)

    with django_assert_num_queries(3):  # count, page (with course), renditions
        response = api_client.get("/api/v1/media/assets")
    by_course = api_client.get(f"/api/v1/media/assets?course={course.pk}")

    assert response.status_code == 200
    assert response.json()["count"] == 4
    assert by_course.json()["count"] == 3
    ready = by_course.json()["results"][0]
    assert ready["status"] == "ready"
    assert [source["label"] for source in ready["sources"]] == ["Opus", "AAC"]


def test_video_summary_lists_sources_and_poster(media_dir: Path) -> None:
    from glossa.media.selectors import media_asset_get, media_asset_summary

    asset = make_asset(media_dir / "video.mp4")
    media_asset_process_task.enqueue(asset_id=asset.pk)

    loaded = media_asset_get(asset_id=asset.pk)
    assert loaded is not None
    assert asset.owner is not None
    summary = media_asset_summary(asset=loaded, user=asset.owner)

    assert summary["kind"] == MediaKind.VIDEO
    assert [source["label"] for source in summary["sources"]] == ["720p", "360p"]
    assert summary["sources"][0]["type"].startswith("video/mp4")
    assert summary["poster_url"].startswith("/api/v1/media/files/")
    assert (summary["width"], summary["height"]) == (320, 240)


def test_processing_an_asset_deleted_meanwhile_does_nothing() -> None:
    assert services.media_asset_process(asset_id=987654) is True


def test_original_is_kept_when_the_worker_copy_is_removed(media_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "lesson.wav"
    shutil.copy(media_dir / "audio.wav", source)
    asset = make_asset(source)
    source.unlink()

    media_asset_process_task.enqueue(asset_id=asset.pk)

    asset.refresh_from_db()
    assert asset.status == MediaStatus.READY


def test_delete_of_media_a_question_uses_is_refused(media_dir: Path, api_client: APIClient) -> None:
    from glossa.questions.models import Question, QuestionBank

    teacher = make_user(role=Role.TEACHER)
    asset = make_asset(media_dir / "audio.mp3", owner=teacher)
    bank = QuestionBank.objects.create(name="Listening", owner=teacher)
    question = Question.objects.create(bank=bank, type="dictation", text="Escucha.", media=asset)
    api_client.force_authenticate(teacher)

    response = api_client.delete(f"/api/v1/media/assets/{asset.pk}")

    assert response.status_code == 409
    assert "still used" in response.json()["message"]
    question.refresh_from_db()
    assert question.media == asset
    assert Path(asset.original.path).is_file()


def test_failed_attempt_is_queued_again_after_a_delay(media_dir: Path, settings: Settings) -> None:
    from django.utils import timezone
    from django_tasks import default_task_backend

    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": ["media"]}
    }
    settings.GLOSSA_FFMPEG = "/nonexistent/ffmpeg"
    asset = make_asset(media_dir / "audio.mp3")

    media_asset_process_task.call(asset_id=asset.pk)

    asset.refresh_from_db()
    assert (asset.status, asset.attempts) == (MediaStatus.QUEUED, 1)
    [queued] = default_task_backend.results  # type: ignore[attr-defined]
    assert queued.kwargs == {"asset_id": asset.pk}
    assert queued.task.run_after > timezone.now()


def test_video_with_odd_dimensions_is_converted(tmp_path: Path) -> None:
    from glossa.media.tests.fixtures import ffmpeg

    source = tmp_path / "odd.mkv"
    ffmpeg(
        "-f", "lavfi", "-i", "testsrc2=size=321x241:rate=5:duration=1", "-c:v", "ffv1", str(source)
    )
    asset = make_asset(source)

    media_asset_process_task.enqueue(asset_id=asset.pk)

    asset.refresh_from_db()
    assert asset.status == MediaStatus.READY, asset.error
    sizes = {r.name: (r.width, r.height) for r in asset.renditions.all()}
    assert sizes[RenditionName.VIDEO_720] == (320, 240)


def test_video_without_sound_becomes_video_only_mp4(media_dir: Path) -> None:
    asset = make_asset(media_dir / "silent.mp4")

    media_asset_process_task.enqueue(asset_id=asset.pk)

    asset.refresh_from_db()
    assert asset.status == MediaStatus.READY
    probe, _rendition = _rendition_probe(asset, RenditionName.VIDEO_360)
    assert (probe.codecs, probe.has_audio) == (["h264"], False)
