"""A teacher's own recording of a text block or a dialogue line: upload, replace, remove.

Files are made once with FFmpeg's test sources; the content decides, never the name.
"""

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from pytest_django.fixtures import Settings

from glossa.authoring import services
from glossa.authoring.tests.conftest import World, client_for
from glossa.common.exceptions import NotFoundError
from glossa.courses.models import Block, BlockType, DialogueLine
from glossa.courses.tests.factories import make_block
from glossa.media.tests.fixtures import ffmpeg

pytestmark = pytest.mark.django_db

API = "/api/v1/authoring"
TONE = ["-f", "lavfi", "-i", "sine=frequency=440:duration=1"]


@pytest.fixture(scope="module")
def sounds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    if shutil.which(settings.GLOSSA_FFMPEG) is None:
        pytest.skip("ffmpeg is not installed (Debian package ffmpeg)")
    directory = tmp_path_factory.mktemp("recordings")
    ffmpeg(*TONE, "-c:a", "libmp3lame", str(directory / "hola.mp3"))
    ffmpeg(*TONE, "-c:a", "libopus", str(directory / "hola.ogg"))
    ffmpeg(*TONE, str(directory / "hola.wav"))
    ffmpeg("-f", "lavfi", "-i", "testsrc2=size=160x120:rate=10:duration=1", *TONE,
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac",
            "-shortest", str(directory / "clip.mp4"))  # fmt: skip
    return {path.name: path.read_bytes() for path in directory.iterdir()}


@pytest.fixture(autouse=True)
def _storage_on_disk(disk_storage: Path) -> None:
    """Each test starts with an empty storage, so it can tell exactly which files were kept."""


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    with translation.override("en"):
        yield


def _file(name: str, content: bytes) -> SimpleUploadedFile:
    # The browser's type is a lie on purpose: only the content may decide.
    return SimpleUploadedFile(name, content, content_type="audio/mpeg")


def _upload(client: Any, url: str, name: str, content: bytes, version: int = 1) -> Any:
    return client.post(url, {"file": _file(name, content), "version": version}, format="multipart")


def _stored() -> list[str]:
    """Every file in this test's storage."""
    files: list[str] = []
    _walk("", files)
    return sorted(files)


def _walk(folder: str, files: list[str]) -> None:
    try:
        directories, names = default_storage.listdir(folder)
    except FileNotFoundError:  # nothing was ever stored
        return
    files += [f"{folder}/{name}".lstrip("/") for name in names]
    for directory in directories:
        _walk(f"{folder}/{directory}".lstrip("/"), files)


def test_recording_kept_and_offered_to_learners_when_author_uploads_for_a_line(
    world: World, sounds: dict[str, bytes]
) -> None:
    url = f"{API}/dialogue-lines/{world.line.pk}/recording"

    response = _upload(client_for(world.coauthor), url, "ana.mp3", sounds["hola.mp3"])

    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["version"] == 2
    assert body["audio_url"].startswith(f"/media/courses/{world.course.pk}/dialogues/")
    assert body["audio_url"].endswith("-recording.mp3")
    world.line.refresh_from_db()
    assert default_storage.open(world.line.audio.name).read() == sounds["hola.mp3"]
    lesson = client_for(world.owner).get(f"/api/v1/lessons/{world.lesson.pk}").json()
    lines = next(block for block in lesson["blocks"] if block["id"] == world.dialogue.pk)["lines"]
    assert lines[0]["audio_url"] == body["audio_url"]
    assert lines[1]["audio_url"] is None


def test_recording_kept_and_offered_to_learners_when_author_uploads_for_a_text(
    world: World, sounds: dict[str, bytes]
) -> None:
    url = f"{API}/blocks/{world.text.pk}/recording"

    response = _upload(client_for(world.owner), url, "intro.ogg", sounds["hola.ogg"])

    assert response.status_code == 200, response.json()
    body = response.json()
    assert (body["id"], body["version"]) == (world.text.pk, 2)
    assert body["audio_url"].startswith(f"/media/courses/{world.course.pk}/blocks/")
    assert body["audio_url"].endswith("-recording.ogg")
    lesson = client_for(world.owner).get(f"/api/v1/lessons/{world.lesson.pk}").json()
    text = next(block for block in lesson["blocks"] if block["id"] == world.text.pk)
    assert text["audio_url"] == body["audio_url"]


def test_suffix_follows_the_content_when_a_wav_is_named_mp3(
    world: World, sounds: dict[str, bytes]
) -> None:
    url = f"{API}/dialogue-lines/{world.line.pk}/recording"

    response = _upload(client_for(world.owner), url, "ana.mp3", sounds["hola.wav"])

    assert response.status_code == 200, response.json()
    assert response.json()["audio_url"].endswith("-recording.wav")


def test_earlier_recording_replaced_and_its_file_deleted_when_author_uploads_again(
    world: World, sounds: dict[str, bytes], django_capture_on_commit_callbacks: Any
) -> None:
    client = client_for(world.owner)
    url = f"{API}/dialogue-lines/{world.line.pk}/recording"
    with django_capture_on_commit_callbacks(execute=True):
        _upload(client, url, "first.mp3", sounds["hola.mp3"])
    first = DialogueLine.objects.get(pk=world.line.pk).audio.name

    with django_capture_on_commit_callbacks(execute=True):
        response = _upload(client, url, "second.ogg", sounds["hola.ogg"], version=2)

    assert response.status_code == 200, response.json()
    assert response.json()["version"] == 3
    second = DialogueLine.objects.get(pk=world.line.pk).audio.name
    assert second != first
    assert _stored() == [second]


REFUSALS = [
    pytest.param(
        "notes.mp3",
        lambda sounds: b"Just some notes, not a sound.\n" * 20,
        400,
        "unsupported_media",
        "",
        id="text renamed mp3",
    ),
    pytest.param(
        "empty.mp3", lambda sounds: b"", 400, "unsupported_media", "The file is empty.", id="empty"
    ),
    pytest.param(
        "clip.mp3",
        lambda sounds: sounds["clip.mp4"],
        400,
        "unsupported_media",
        "This file is a video. Choose an audio recording.",
        id="video",
    ),
    pytest.param(
        "cut.mp3",
        lambda sounds: sounds["hola.wav"][: len(sounds["hola.wav"]) // 3],
        400,
        "unsupported_media",
        "",
        id="truncated",
    ),
]


@pytest.mark.parametrize(("name", "content", "status", "code", "message"), REFUSALS)
@pytest.mark.parametrize("target", ["line", "text"])
def test_refused_with_the_reason_and_nothing_kept_when_not_audio(
    world: World,
    sounds: dict[str, bytes],
    target: str,
    name: str,
    content: Any,
    status: int,
    code: str,
    message: str,
) -> None:
    url = {
        "line": f"{API}/dialogue-lines/{world.line.pk}/recording",
        "text": f"{API}/blocks/{world.text.pk}/recording",
    }[target]

    response = _upload(client_for(world.owner), url, name, content(sounds))

    assert response.status_code == status, response.json()
    body = response.json()
    assert body["code"] == code
    assert body["message"].endswith(".")
    if message:
        assert body["message"] == message
    assert DialogueLine.objects.get(pk=world.line.pk).version == 1
    assert not DialogueLine.objects.get(pk=world.line.pk).audio
    assert Block.objects.get(pk=world.text.pk).version == 1
    assert not Block.objects.get(pk=world.text.pk).audio
    assert _stored() == []


@pytest.mark.parametrize(
    ("limit", "sound"),
    [
        pytest.param(2000, "hola.mp3", id="file over the limit"),
        pytest.param(2000, "hola.wav", id="body over the limit"),
    ],
)
def test_refused_naming_the_limit_and_nothing_kept_when_too_large(
    world: World, sounds: dict[str, bytes], settings: Settings, limit: int, sound: str
) -> None:
    settings.GLOSSA_MEDIA_MAX_AUDIO_BYTES = limit
    url = f"{API}/dialogue-lines/{world.line.pk}/recording"

    response = _upload(client_for(world.owner), url, sound, sounds[sound])

    assert response.status_code == 413, response.json()
    body = response.json()
    assert body["code"] == "too_large"
    assert body["message"] == "The audio file is too large: the limit is 2.0\xa0KB."
    assert body["limit_bytes"] == limit
    assert not DialogueLine.objects.get(pk=world.line.pk).audio
    assert _stored() == []


def test_stale_version_refused_with_the_current_line_and_nothing_kept(
    world: World, sounds: dict[str, bytes]
) -> None:
    DialogueLine.objects.filter(pk=world.line.pk).update(version=2, text="Changed meanwhile.")
    url = f"{API}/dialogue-lines/{world.line.pk}/recording"

    response = _upload(client_for(world.owner), url, "ana.mp3", sounds["hola.mp3"], version=1)

    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "version_conflict"
    assert body["current"]["text"] == "Changed meanwhile."
    assert body["current"]["audio_url"] is None
    assert _stored() == []


def test_missing_file_or_version_refused_naming_the_field(world: World) -> None:
    url = f"{API}/blocks/{world.text.pk}/recording"

    response = client_for(world.owner).post(url, {}, format="multipart")

    assert response.status_code == 400
    assert sorted(response.json()["fields"]) == ["file", "version"]


def test_block_other_than_text_refused_when_given_a_recording(
    world: World, sounds: dict[str, bytes]
) -> None:
    audio = make_block(lesson=world.lesson, type=BlockType.AUDIO, title="Listen")

    response = _upload(
        client_for(world.owner), f"{API}/blocks/{audio.pk}/recording", "a.mp3", sounds["hola.mp3"]
    )

    assert response.status_code == 400
    assert response.json()["fields"] == {
        "file": ["Only a text block or a dialogue line can have a recording."]
    }
    audio.refresh_from_db()
    assert (audio.version, audio.audio.name) == (1, "")
    assert _stored() == []


def test_recording_removed_and_its_file_deleted_when_author_removes_it(
    world: World, sounds: dict[str, bytes], django_capture_on_commit_callbacks: Any
) -> None:
    client = client_for(world.owner)
    url = f"{API}/blocks/{world.text.pk}/recording"
    _upload(client, url, "intro.mp3", sounds["hola.mp3"])

    with django_capture_on_commit_callbacks(execute=True):
        response = client.delete(f"{url}?version=2")

    assert response.status_code == 200, response.json()
    assert (response.json()["audio_url"], response.json()["version"]) == (None, 3)
    assert _stored() == []


def test_copy_keeps_playing_the_recording_when_the_original_removes_it(
    world: World, sounds: dict[str, bytes], django_capture_on_commit_callbacks: Any
) -> None:
    client = client_for(world.owner)
    _upload(client, f"{API}/dialogue-lines/{world.line.pk}/recording", "a.mp3", sounds["hola.mp3"])
    copy = client.post(f"{API}/blocks/{world.dialogue.pk}/duplicate").json()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.delete(f"{API}/dialogue-lines/{world.line.pk}/recording?version=2")

    assert response.status_code == 200, response.json()
    assert response.json()["audio_url"] is None
    kept = DialogueLine.objects.get(pk=copy["lines"][0]["id"]).audio.name
    assert copy["lines"][0]["audio_url"].endswith(kept)
    assert _stored() == [kept]


def test_removal_with_a_stale_version_refused_and_the_recording_kept(
    world: World, sounds: dict[str, bytes]
) -> None:
    client = client_for(world.owner)
    url = f"{API}/dialogue-lines/{world.line.pk}/recording"
    _upload(client, url, "a.mp3", sounds["hola.mp3"])

    response = client.delete(f"{url}?version=1")

    assert response.status_code == 409
    assert response.json()["current"]["audio_url"] is not None
    assert DialogueLine.objects.get(pk=world.line.pk).audio
    assert len(_stored()) == 1


def test_removal_without_a_version_refused(world: World) -> None:
    response = client_for(world.owner).delete(f"{API}/blocks/{world.text.pk}/recording")

    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["version"]


def test_nothing_to_remove_changes_nothing(world: World) -> None:
    response = client_for(world.owner).delete(f"{API}/blocks/{world.text.pk}/recording?version=1")

    assert response.status_code == 200
    assert (response.json()["audio_url"], response.json()["version"]) == (None, 1)


def test_recording_file_deleted_when_author_deletes_its_line(
    world: World, sounds: dict[str, bytes], django_capture_on_commit_callbacks: Any
) -> None:
    client = client_for(world.owner)
    _upload(client, f"{API}/dialogue-lines/{world.line.pk}/recording", "a.mp3", sounds["hola.mp3"])

    with django_capture_on_commit_callbacks(execute=True):
        response = client.delete(f"{API}/dialogue-lines/{world.line.pk}")

    assert response.status_code == 204
    assert not DialogueLine.objects.filter(pk=world.line.pk).exists()
    assert _stored() == []


def test_copy_keeps_playing_the_recording_when_the_original_line_is_deleted(
    world: World, sounds: dict[str, bytes], django_capture_on_commit_callbacks: Any
) -> None:
    client = client_for(world.owner)
    _upload(client, f"{API}/dialogue-lines/{world.line.pk}/recording", "a.mp3", sounds["hola.mp3"])
    copy = client.post(f"{API}/blocks/{world.dialogue.pk}/duplicate").json()

    with django_capture_on_commit_callbacks(execute=True):
        client.delete(f"{API}/dialogue-lines/{world.line.pk}")

    kept = DialogueLine.objects.get(pk=copy["lines"][0]["id"]).audio.name
    assert _stored() == [kept]


def test_not_found_and_nothing_kept_when_the_line_was_deleted_during_the_upload(
    world: World, sounds: dict[str, bytes]
) -> None:
    # The upload read the line, then a co-author deleted it while FFmpeg probed the file.
    line = DialogueLine.objects.get(pk=world.line.pk)
    services.line_delete(line=DialogueLine.objects.get(pk=world.line.pk))

    with pytest.raises(NotFoundError, match="This dialogue line no longer exists."):
        services.line_recording_set(line=line, version=1, upload=_file("a.mp3", sounds["hola.mp3"]))

    assert _stored() == []


def test_not_found_when_two_authors_delete_the_same_line_at_once(world: World) -> None:
    line = DialogueLine.objects.get(pk=world.line.pk)
    services.line_delete(line=DialogueLine.objects.get(pk=world.line.pk))

    with pytest.raises(NotFoundError, match="This dialogue line no longer exists."):
        services.line_delete(line=line)

    assert list(DialogueLine.objects.filter(block=world.dialogue).values_list("position")) == [(1,)]
