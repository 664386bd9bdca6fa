"""Speak a text with eSpeak NG and encode it as MP3 with FFmpeg (both as programs).

MP3 because every browser plays it, Safari included, and speech is small in it (mono,
22.05 kHz, 32 kbit/s: about 240 kB a minute).
"""

import io
import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

# Words per minute. eSpeak NG's default is 175; learners follow 150 more easily, and the slow
# version also leaves a longer gap between words (``-g``, in units of 10 ms).
NORMAL_WPM = 150
SLOW_WPM = 100
SLOW_WORD_GAP = 5
TIMEOUT_SECONDS = 300


class SynthesisError(Exception):
    """eSpeak NG or FFmpeg is missing or failed; the message says which and why."""


@dataclass(frozen=True)
class Speech:
    audio: bytes  # MP3
    duration: float  # seconds


def synthesise(*, text: str, voice: str, slow: bool) -> Speech:
    """Return ``text`` spoken by ``voice`` (an eSpeak NG voice id) as MP3.

    The text goes through standard input, never the command line, so a text starting with
    ``-`` cannot be read as an option.
    """
    espeak = shutil.which(settings.GLOSSA_ESPEAK_NG)
    ffmpeg = shutil.which(settings.GLOSSA_FFMPEG)
    if espeak is None or ffmpeg is None:
        raise SynthesisError("espeak-ng and ffmpeg are needed (apt-get install espeak-ng ffmpeg)")
    speed = ["-s", str(SLOW_WPM), "-g", str(SLOW_WORD_GAP)] if slow else ["-s", str(NORMAL_WPM)]

    with tempfile.TemporaryDirectory(prefix="glossa-speech-") as workdir:
        wav_path = Path(workdir) / "speech.wav"
        _run([espeak, "-v", voice, *speed, "-b", "1", "--stdin", "-w", str(wav_path)], text)
        wav = wav_path.read_bytes()
    duration = _duration(wav)
    mp3 = _run(
        [
            ffmpeg,
            "-nostdin",
            "-loglevel",
            "error",
            "-f",
            "wav",
            "-i",
            "pipe:0",
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
            "-f",
            "mp3",
            "pipe:1",
        ],
        wav,
    )
    if not mp3:
        raise SynthesisError("ffmpeg produced no audio")
    return Speech(audio=mp3, duration=duration)


def _run(command: list[str], data: str | bytes) -> bytes:
    payload = data.encode() if isinstance(data, str) else data
    try:
        result = subprocess.run(  # noqa: S603 - programs found by path, text on stdin
            command, input=payload, capture_output=True, check=True, timeout=TIMEOUT_SECONDS
        )
    except subprocess.CalledProcessError as error:
        reason = error.stderr.decode(errors="replace").strip()[:500]
        raise SynthesisError(f"{Path(command[0]).name} failed: {reason}") from error
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SynthesisError(f"{Path(command[0]).name} failed: {error}") from error
    return result.stdout


def _duration(wav: bytes) -> float:
    try:
        with wave.open(io.BytesIO(wav)) as reader:
            frames, rate = reader.getnframes(), reader.getframerate()
    except (wave.Error, EOFError) as error:
        raise SynthesisError("espeak-ng produced no audio") from error
    if not frames or not rate:
        raise SynthesisError("espeak-ng produced no audio")
    return float(frames) / float(rate)
