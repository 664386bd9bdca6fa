"""Spoken texts for the speech tests; clips are really made with eSpeak NG and FFmpeg."""

import shutil
from collections.abc import Iterator

import pytest
from django.utils import translation

if shutil.which("espeak-ng") is None or shutil.which("ffmpeg") is None:
    pytest.skip(
        "espeak-ng and ffmpeg are needed (apt-get install espeak-ng ffmpeg; .ci/run does)",
        allow_module_level=True,
    )


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    with translation.override("en"):
        yield
