"""Helpers for tests that need real media files (registered in backend/conftest.py).

FFmpeg reads and writes real files, so these tests store uploads on disk, in a folder of
their own: ``disk_storage`` puts the default storage there and returns it.
"""

import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from pytest_django.fixtures import Settings


def ffmpeg(*arguments: str) -> None:
    """Run FFmpeg quietly with ``arguments`` (test sources such as ``-f lavfi``)."""
    subprocess.run(  # noqa: S603 - fixed argument list
        [settings.GLOSSA_FFMPEG, "-hide_banner", "-v", "error", "-y", *arguments],
        check=True,
        timeout=60,
    )


@pytest.fixture
def disk_storage(settings: Settings, tmp_path: Path) -> Path:
    """Store files under an empty folder of this test; return the folder."""
    location = tmp_path / "storage"
    settings.STORAGES = settings.STORAGES | {
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(location)},
        }
    }
    return location
