"""Fixtures for tests that make real speech (registered in backend/conftest.py).

Clips are really made with eSpeak NG and FFmpeg; ``syntheses`` counts what the task speaks
and ``run_tasks`` runs the tasks a write queues after its commit (the immediate backend).
"""

from collections.abc import Callable
from typing import Any

import pytest

from glossa.speech import synthesis
from glossa.speech.synthesis import Speech

RunTasks = Callable[[Callable[[], Any]], Any]


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
def run_tasks(django_capture_on_commit_callbacks: Any) -> RunTasks:
    """Run ``action`` and the tasks it queues after its commit."""

    def run(action: Callable[[], Any]) -> Any:
        with django_capture_on_commit_callbacks(execute=True):
            return action()

    return run
