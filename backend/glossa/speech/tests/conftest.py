"""Spoken texts for the speech tests; clips are really made with eSpeak NG and FFmpeg."""

import shutil
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.utils import translation

from glossa.speech import synthesis
from glossa.speech.synthesis import Speech

if shutil.which("espeak-ng") is None or shutil.which("ffmpeg") is None:
    pytest.skip(
        "espeak-ng and ffmpeg are needed (apt-get install espeak-ng ffmpeg; .ci/run does)",
        allow_module_level=True,
    )


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    with translation.override("en"):
        yield


@pytest.fixture
def syntheses(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, bool]]:
    """Every (text, voice, slow) the task speaks, still spoken for real."""
    calls: list[tuple[str, str, bool]] = []
    real: Callable[..., Speech] = synthesis.synthesise

    def spy(*, text: str, voice: str, slow: bool) -> Speech:
        calls.append((text, voice, slow))
        return real(text=text, voice=voice, slow=slow)

    monkeypatch.setattr(synthesis, "synthesise", spy)
    return calls


@pytest.fixture
def run_tasks(django_capture_on_commit_callbacks: Any) -> Callable[..., Any]:
    """Run ``action`` and the tasks it queues after its commit (the immediate backend)."""

    def run(action: Callable[[], Any]) -> Any:
        with django_capture_on_commit_callbacks(execute=True):
            return action()

    return run
