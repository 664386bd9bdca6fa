import json
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from glossa.media.probe import ProbeError, media_probe
from glossa.media.tests.conftest import SAMPLES


@pytest.mark.parametrize("name", list(SAMPLES), ids=list(SAMPLES))
def test_probe_accepts_every_supported_format(media_dir: Path, name: str) -> None:
    _arguments, kind, container = SAMPLES[name]

    probe = media_probe(media_dir / name)

    assert (probe.kind, probe.container) == (kind, container)
    assert probe.duration == pytest.approx(2.0, abs=0.1)
    assert probe.codecs


def test_probe_names_the_codecs_of_an_mp4(media_dir: Path) -> None:
    probe = media_probe(media_dir / "video.mp4")

    assert probe.codecs == ["h264", "aac"]
    assert (probe.width, probe.height) == (320, 240)
    assert probe.has_audio


def test_probe_goes_by_content_when_the_extension_is_wrong(media_dir: Path, tmp_path: Path) -> None:
    renamed = tmp_path / "lecture.mp3"
    shutil.copy(media_dir / "video.webm", renamed)

    probe = media_probe(renamed)

    assert (probe.kind, probe.container, probe.codecs) == ("video", "webm", ["vp8", "opus"])


def test_probe_refuses_an_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.mp4"
    empty.touch()

    with pytest.raises(ProbeError, match="The file is empty."):
        media_probe(empty)


@pytest.mark.parametrize(
    "content",
    [b"just some text\n" * 50, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, bytes(4096)],
    ids=["text", "png-header-garbage", "zeros"],
)
def test_probe_refuses_a_file_that_is_not_media(tmp_path: Path, content: bytes) -> None:
    fake = tmp_path / "lesson.mp4"
    fake.write_bytes(content)

    with pytest.raises(ProbeError) as refused:
        media_probe(fake)

    assert "not an audio or video file" in refused.value.reason or "not supported" in (
        refused.value.reason
    )


def test_probe_refuses_an_image(tmp_path: Path) -> None:
    from PIL import Image

    image = tmp_path / "cover.mp4"
    Image.new("RGB", (32, 32), "red").save(image, format="PNG")

    with pytest.raises(ProbeError, match="This type of file is not supported"):
        media_probe(image)


@pytest.mark.parametrize("name", list(SAMPLES), ids=list(SAMPLES))
def test_probe_refuses_a_truncated_file(media_dir: Path, tmp_path: Path, name: str) -> None:
    data = (media_dir / name).read_bytes()
    cut = tmp_path / name
    cut.write_bytes(data[: len(data) * 6 // 10])

    with pytest.raises(ProbeError) as refused:
        media_probe(cut)

    assert "incomplete" in refused.value.reason or "damaged" in refused.value.reason


def test_probe_refuses_a_file_whose_media_is_damaged(media_dir: Path, tmp_path: Path) -> None:
    data = bytearray((media_dir / "audio.flac").read_bytes())
    # Keep the stream header, overwrite the audio frames after it.
    data[200:] = bytes(len(data) - 200)
    damaged = tmp_path / "damaged.flac"
    damaged.write_bytes(bytes(data))

    with pytest.raises(ProbeError, match="damaged|incomplete"):
        media_probe(damaged)


def test_probe_accepts_a_webm_recording_without_a_declared_duration(
    media_dir: Path, tmp_path: Path
) -> None:
    # MediaRecorder writes WebM as a stream: no duration and no index in the header.
    from glossa.media.tests.conftest import TONE
    from glossa.media.tests.fixtures import ffmpeg

    recording = tmp_path / "recording.webm"
    ffmpeg(*TONE, "-c:a", "libopus", "-f", "webm", "-live", "1", str(recording))

    probe = media_probe(recording)

    assert (probe.kind, probe.container) == ("audio", "webm")
    assert probe.duration == pytest.approx(2.0, abs=0.1)


CORPUS = {
    "substudy_poem.es.mp3": {"kind": "audio", "container": "mp3", "codecs": ["mp3"]},
    "wpt_audio-only-vorbis.webm": {"kind": "audio", "container": "webm", "codecs": ["vorbis"]},
    "wpt_movie_5.mp4": {"kind": "video", "container": "mp4", "codecs": ["h264", "aac"]},
}


@pytest.mark.parametrize("name", list(CORPUS), ids=list(CORPUS))
def test_probe_accepts_the_corpus_media(corpus_dir: Path, name: str) -> None:
    probe = media_probe(corpus_dir / "media" / name)

    assert probe.as_contract() | {"duration": None} == CORPUS[name] | {"duration": None}
    assert probe.duration > 1


def test_probe_media_command_prints_the_contract(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    call_command("probe_media", str(corpus_dir / "media" / "wpt_movie_5.mp4"), "--json")

    printed = json.loads(capsys.readouterr().out)
    assert printed == {
        "kind": "video",
        "container": "mp4",
        "codecs": ["h264", "aac"],
        "duration": pytest.approx(5.155, abs=0.01),
    }
    assert list(printed) == ["kind", "container", "codecs", "duration"]


def test_probe_media_command_prints_an_error_and_fails_for_a_refused_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "notes.mp3"
    text.write_text("not audio")

    with pytest.raises(CommandError):
        call_command("probe_media", str(text), "--json")

    printed = json.loads(capsys.readouterr().out)
    assert list(printed) == ["error"]
    assert "not an audio or video file" in printed["error"]


def test_probe_media_command_exits_with_status_1_when_refused(tmp_path: Path) -> None:
    import subprocess
    import sys

    empty = tmp_path / "empty.wav"
    empty.touch()

    result = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "glossa", "probe_media", str(empty), "--json"],
        capture_output=True,
        text=True,
        check=False,
        env={"DJANGO_SETTINGS_MODULE": "config.settings.test", "PATH": "/usr/bin:/bin"},
    )

    assert result.returncode == 1
    assert json.loads(result.stdout) == {"error": "The file is empty."}
