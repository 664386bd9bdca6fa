"""Course package figures: export and import time and memory for a course with large media.

Run: .venv/bin/python bench/course_package.py [--megabytes 200] [--lessons 50]
Prints figures; it asserts nothing. Needs the ffmpeg program to make its sample audio.
The media are copied in chunks both ways, so Python's peak memory should stay near a few MB
whatever their size; processing the imported media is left to the task worker (not timed).
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "backend"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from django.conf import settings
from django.db import connection
from django.test.utils import override_settings, setup_test_environment


def make_audio(path: Path, megabytes: int) -> None:
    """A WAV of about ``megabytes`` (uncompressed 48 kHz stereo: ~11.5 MB a minute)."""
    seconds = max(1, round(megabytes * 60 / 11.5))
    subprocess.run(  # noqa: S603 - fixed argument list
        [settings.GLOSSA_FFMPEG, "-v", "error", "-y", "-f", "lavfi", "-i",
         f"sine=frequency=440:sample_rate=48000:duration={seconds}", "-ac", "2", str(path)],
        check=True,
    )  # fmt: skip


def build_course(audio: Path, lessons: int) -> object:
    from glossa.accounts.models import Role
    from glossa.authoring import services as authoring
    from glossa.courses.models import BlockType
    from glossa.courses.tests.factories import make_user
    from glossa.media.services import media_asset_create

    owner = make_user(role=Role.TEACHER)
    course = authoring.course_author_create(owner=owner, title="Bench", language="es", level="A1")
    asset = media_asset_create(
        user=owner, path=audio, original_name="long.wav", course_id=course.pk
    )
    for number in range(lessons):
        lesson = authoring.lesson_author_create(course=course, title=f"Lesson {number}")
        authoring.block_author_create(
            user=owner, lesson=lesson, type=BlockType.TEXT, changes={"markdown": "Hola. " * 200}
        )
        authoring.block_author_create(
            user=owner, lesson=lesson, type=BlockType.AUDIO, changes={"media_id": asset.pk}
        )
    return course


def measure(label: str, action: object) -> object:
    tracemalloc.start()
    started = time.perf_counter()
    result = action()  # type: ignore[operator]
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"  {label:28} {elapsed * 1000:10.0f} ms {peak / 1024 / 1024:10.1f} MiB peak")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--lessons", type=int, default=50)
    options = parser.parse_args()

    from glossa.accounts.models import Role
    from glossa.courses.tests.factories import make_user
    from glossa.packages.services import course_export, course_import

    setup_test_environment()
    with tempfile.TemporaryDirectory() as work:
        storage = {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": f"{work}/storage"},
        }
        tasks = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend",
                             "QUEUES": ["default", "media"]}}  # fmt: skip
        with override_settings(STORAGES=settings.STORAGES | {"default": storage}, TASKS=tasks):
            database = connection.creation.create_test_db(verbosity=0)
            try:
                audio = Path(work) / "long.wav"
                make_audio(audio, options.megabytes)
                size = audio.stat().st_size
                course = build_course(audio, options.lessons)
                print(
                    f"\ncourse package: {options.lessons} lessons, one audio of "
                    f"{size / 1024 / 1024:.0f} MB"
                )
                target = Path(work) / "course.zip"

                def export() -> None:
                    with target.open("wb") as handle:
                        course_export(course=course, target=handle)  # type: ignore[arg-type]

                measure("export", export)
                print(f"  {'package size':28} {target.stat().st_size / 1024 / 1024:10.1f} MB")
                importer = make_user(role=Role.TEACHER)

                def read() -> None:
                    with target.open("rb") as handle:
                        course_import(owner=importer, source=handle)

                measure("import", read)
            finally:
                connection.creation.destroy_test_db(database, verbosity=0)


if __name__ == "__main__":
    main()
