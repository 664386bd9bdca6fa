"""Demo recordings: where they live and how they are made from the text with eSpeak NG.

Each course's recordings are in ``audio/<course slug>/``; ``audio/manifest.json`` records, per
file, a hash of the text and voice it was made from, so a test notices when a text changed
and its recording was not made again (``python -m glossa synthesise_demo_audio``).
"""

import hashlib
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from glossa.demo.content import COURSES

AUDIO_DIR = Path(__file__).resolve().parent / "audio"
MANIFEST = AUDIO_DIR / "manifest.json"
WORDS_PER_MINUTE = "135"  # a little slower than eSpeak's default 175, for beginners


def source_hash(text: str, voice: str) -> str:
    return hashlib.sha256(f"{voice}\n{text}".encode()).hexdigest()[:16]


def expected_manifest() -> dict[str, str]:
    """Return ``{"<slug>/<file>": hash}`` for every recording the demo content needs."""
    return {
        f"{course.slug}/{name}": source_hash(text, voice)
        for course in COURSES
        for name, (text, voice) in course.audio_files().items()
    }


def read_manifest() -> dict[str, str]:
    if not MANIFEST.is_file():
        return {}
    manifest: dict[str, str] = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return manifest


def synthesise(text: str, voice: str, target: Path) -> None:
    """Speak ``text`` with eSpeak NG and encode it as a small MP3 (mono, 22.05 kHz, 32 kbit/s)."""
    espeak, ffmpeg = shutil.which("espeak-ng"), shutil.which("ffmpeg")
    if espeak is None or ffmpeg is None:
        raise RuntimeError("espeak-ng and ffmpeg are needed: apt-get install espeak-ng ffmpeg")
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as workdir:
        wav = Path(workdir) / "speech.wav"
        subprocess.run(  # noqa: S603 - fixed program, text passed as one argument
            [espeak, "-v", voice, "-s", WORDS_PER_MINUTE, "-w", str(wav), text],
            check=True,
            capture_output=True,
        )
        subprocess.run(  # noqa: S603
            [
                ffmpeg,
                "-y",
                "-loglevel",
                "error",
                "-i",
                str(wav),
                "-ac",
                "1",
                "-ar",
                "22050",
                "-codec:a",
                "libmp3lame",
                "-b:a",
                "32k",
                "-map_metadata",
                "-1",
                "-fflags",
                "+bitexact",
                str(target),
            ],
            check=True,
            capture_output=True,
        )


def synthesise_all(*, force: bool = False) -> list[str]:
    """Make the recordings that are missing or out of date; delete those no longer used.

    Returns the names made. The manifest is rewritten to match the content.
    """
    expected, recorded = expected_manifest(), read_manifest()
    made = []
    for course in COURSES:
        for name, (text, voice) in course.audio_files().items():
            key = f"{course.slug}/{name}"
            target = AUDIO_DIR / key
            if force or recorded.get(key) != expected[key] or not target.is_file():
                synthesise(text, voice, target)
                made.append(key)
    for stale in AUDIO_DIR.glob("*/*.mp3"):
        if f"{stale.parent.name}/{stale.name}" not in expected:
            stale.unlink()
    MANIFEST.write_text(json.dumps(expected, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return made
