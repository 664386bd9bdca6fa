"""Fixtures shared by every app's tests; app-specific ones live in each app's tests/."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

# Fixtures that more than one app's tests use.
pytest_plugins = ["glossa.media.tests.fixtures", "glossa.speech.tests.fixtures"]

CORPUS_DIR = Path(
    os.environ.get("GLOSSA_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus")
)


@pytest.fixture(autouse=True)
def _clear_cache() -> Iterator[None]:
    # Throttle and lockout counters live in the cache; each test starts clean.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.fixture
def corpus_dir() -> Path:
    if not CORPUS_DIR.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS_DIR}; set GLOSSA_CORPUS to its path")
    return CORPUS_DIR
