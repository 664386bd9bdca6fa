"""Media for the tests, generated once per session with FFmpeg's test sources (lavfi).

Each file is a second or two long and a few kilobytes, so the whole set takes about a second
to make. Variants (truncated, damaged, renamed) are derived from these in the tests.
"""

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation
from pytest_django.fixtures import Settings

from glossa.media.tests.fixtures import ffmpeg

VIDEO = ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=10:duration=2"]
TONE = ["-f", "lavfi", "-i", "sine=frequency=440:duration=2"]
H264 = ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"]

# name -> ffmpeg arguments (inputs, codecs, output options); kind and container expected.
SAMPLES: dict[str, tuple[list[str], str, str]] = {
    "video.mp4": ([*VIDEO, *TONE, *H264, "-c:a", "aac", "-shortest"], "video", "mp4"),
    "video.mov": ([*VIDEO, *TONE, *H264, "-c:a", "aac", "-shortest", "-f", "mov"], "video", "mov"),
    "video.webm": (
        [*VIDEO, *TONE, "-c:v", "libvpx", "-b:v", "200k", "-c:a", "libopus", "-shortest"],
        "video",
        "webm",
    ),
    "video.mkv": ([*VIDEO, *TONE, *H264, "-c:a", "aac", "-shortest"], "video", "matroska"),
    "silent.mp4": ([*VIDEO, *H264], "video", "mp4"),
    "audio.mp3": ([*TONE, "-c:a", "libmp3lame"], "audio", "mp3"),
    "audio.m4a": ([*TONE, "-c:a", "aac"], "audio", "m4a"),
    "audio.ogg": ([*TONE, "-c:a", "libopus"], "audio", "ogg"),
    "audio.opus": ([*TONE, "-c:a", "libopus"], "audio", "ogg"),
    "audio.wav": ([*TONE], "audio", "wav"),
    "audio.webm": ([*TONE, "-c:a", "libopus"], "audio", "webm"),
    "audio.flac": ([*TONE, "-c:a", "flac"], "audio", "flac"),
}


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which(settings.GLOSSA_FFMPEG) is None:
        pytest.skip("ffmpeg is not installed (Debian package ffmpeg)")
    directory = tmp_path_factory.mktemp("media")
    for name, (arguments, _kind, _container) in SAMPLES.items():
        ffmpeg(*arguments, str(directory / name))
    return directory


@pytest.fixture(autouse=True)
def _storage_on_disk(disk_storage: Path, settings: Settings, tmp_path: Path) -> None:
    # ffmpeg reads and writes real files: each test gets an empty media directory on disk.
    settings.GLOSSA_MEDIA_UPLOAD_DIR = tmp_path / "uploads"


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    # A request with Accept-Language leaves its language active in the thread; services
    # called directly by a later test must not inherit it.
    with translation.override("en"):
        yield
