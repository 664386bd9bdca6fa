"""Media figures: probe time per format, upload throughput (multipart and tus), memory.

Run: .venv/bin/python bench/media_probe.py [--seconds 60]
Prints figures; it asserts nothing (targets live in docs, not in timed unit tests).
Needs the ffmpeg program to make its sample media.
"""

import argparse
import base64
import os
import resource
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
from rest_framework.test import APIClient

SAMPLES = {
    "video 720p H.264/AAC .mp4": ["-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25",
                                  "-f", "lavfi", "-i", "sine=frequency=440", "-c:v", "libx264",
                                  "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac"],
    "video VP8/Opus .webm": ["-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25",
                             "-f", "lavfi", "-i", "sine=frequency=440", "-c:v", "libvpx",
                             "-deadline", "realtime", "-b:v", "500k", "-c:a", "libopus"],
    "audio MP3 .mp3": ["-f", "lavfi", "-i", "sine=frequency=440", "-c:a", "libmp3lame"],
    "audio WAV .wav": ["-f", "lavfi", "-i", "sine=frequency=440"],
    "audio FLAC .flac": ["-f", "lavfi", "-i", "sine=frequency=440", "-c:a", "flac"],
}  # fmt: skip


def _check(condition: bool, detail: object) -> None:
    if not condition:
        raise SystemExit(f"unexpected answer: {detail!r}")


def make_samples(directory: Path, seconds: int) -> dict[str, Path]:
    paths = {}
    for label, arguments in SAMPLES.items():
        path = directory / f"sample{label.rsplit(' ', 1)[1]}"
        subprocess.run(  # noqa: S603
            [
                settings.GLOSSA_FFMPEG,
                "-v",
                "error",
                "-y",
                *arguments,
                "-t",
                str(seconds),
                str(path),
            ],
            check=True,
        )
        paths[label] = path
    return paths


def bench_probe(paths: dict[str, Path]) -> None:
    from glossa.media.probe import media_probe

    print("\nprobe (PyAV, reads every packet, decodes the first frames)")
    print(f"  {'file':30} {'size':>10} {'ms':>8} {'MB/s':>8} {'peak Python KiB':>16}")
    for label, path in paths.items():
        media_probe(path)  # warm the codec tables
        tracemalloc.start()
        started = time.perf_counter()
        runs = 5
        for _ in range(runs):
            media_probe(path)
        elapsed = (time.perf_counter() - started) / runs
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        size = path.stat().st_size
        print(
            f"  {label:30} {size / 1e6:8.1f}MB {elapsed * 1000:8.1f} "
            f"{size / 1e6 / elapsed:8.0f} {peak / 1024:16.0f}"
        )


def bench_uploads(path: Path, workdir: Path) -> None:
    from glossa.accounts.models import Role, User
    from glossa.media.models import MediaAsset

    teacher = User.objects.create_user(
        "bench@example.org", "bench password 123", display_name="Bench", role=Role.TEACHER
    )
    client = APIClient()
    client.force_authenticate(teacher)
    data = path.read_bytes()
    size_mb = len(data) / 1e6
    storage = {
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(workdir / "storage")},
        },
        "staticfiles": settings.STORAGES["staticfiles"],
    }
    # Processing is queued, not run: the figures are the request's own cost.
    tasks = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": []}}
    with override_settings(
        STORAGES=storage, GLOSSA_MEDIA_UPLOAD_DIR=workdir / "uploads", TASKS=tasks
    ):
        print(f"\nupload of {path.name} ({size_mb:.1f} MB), through Django, probe included")
        started = time.perf_counter()
        with path.open("rb") as handle:
            response = client.post("/api/v1/media/assets", {"file": handle}, format="multipart")
        elapsed = time.perf_counter() - started
        _check(response.status_code == 201, response.content)
        print(f"  multipart POST: {elapsed:.2f} s, {size_mb / elapsed:.0f} MB/s")

        chunk = settings.GLOSSA_MEDIA_UPLOAD_CHUNK_BYTES
        headers = {"Tus-Resumable": "1.0.0"}
        started = time.perf_counter()
        created = client.post(
            "/api/v1/media/uploads",
            headers=headers
            | {
                "Upload-Length": str(len(data)),
                "Upload-Metadata": "filename " + base64.b64encode(path.name.encode()).decode(),
            },
        )
        location = created["Location"]
        for offset in range(0, len(data), chunk):
            client.generic(
                "PATCH",
                location,
                data[offset : offset + chunk],  # type: ignore[arg-type]
                content_type="application/offset+octet-stream",
                headers=headers | {"Upload-Offset": str(offset)},
            )
        response = client.post(
            "/api/v1/media/assets", {"upload": location.rsplit("/", 1)[1]}, format="json"
        )
        elapsed = time.perf_counter() - started
        _check(response.status_code == 201, response.content)
        chunks = -(-len(data) // chunk)
        print(
            f"  tus, {chunks} chunks of {chunk // 1024} KiB: {elapsed:.2f} s, "
            f"{size_mb / elapsed:.0f} MB/s"
        )
        print(f"  assets stored: {MediaAsset.objects.count()}")

        from glossa.media.services import media_asset_process

        asset = MediaAsset.objects.order_by("id").first()
        if asset is None:
            raise SystemExit("no asset was stored")
        started = time.perf_counter()
        media_asset_process(asset_id=asset.pk)
        elapsed = time.perf_counter() - started
        asset.refresh_from_db()
        print(
            f"  processing (720p + 360p + poster, ffmpeg): {elapsed:.1f} s for "
            f"{asset.duration:.0f} s of video, status {asset.status}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=60, help="Length of the sample media.")
    options = parser.parse_args()

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0)
    with tempfile.TemporaryDirectory() as directory:
        workdir = Path(directory)
        started = time.perf_counter()
        paths = make_samples(workdir, options.seconds)
        print(
            f"made {len(paths)} samples of {options.seconds} s in {time.perf_counter() - started:.1f} s"
        )
        bench_probe(paths)
        bench_uploads(paths["video 720p H.264/AAC .mp4"], workdir)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak resident memory of this process: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
