"""Make the renditions players get, with the ``ffmpeg`` program (GLOSSA_FFMPEG).

Video: H.264/AAC MP4 at 720p and 360p (never upscaled; ``+faststart`` so playback starts
before the download ends) and a JPEG poster. Audio: AAC in MP4 and Opus in WebM, both
loudness-normalised to -16 LUFS with ffmpeg's two-pass ``loudnorm``, so lessons play at one
volume. ffmpeg runs as a child process with a time limit: a damaged file cannot hang or
crash the worker.
"""

import json
import logging
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from glossa.media.models import RenditionName
from glossa.media.probe import ProbeError, media_probe

logger = logging.getLogger(__name__)

LOUDNESS = {"I": "-16", "TP": "-1.5", "LRA": "11"}
_LOUDNORM_JSON = re.compile(r"\{[^{}]*\"input_i\"[^{}]*\}", re.DOTALL)


class TranscodeError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Rendition:
    name: str
    path: Path
    content_type: str
    width: int | None = None
    height: int | None = None


def renditions_make(
    *, source: Path, kind: str, duration: float | None, workdir: Path
) -> list[Rendition]:
    if kind == "video":
        return _video(source, duration or 0.0, workdir)
    return _audio(source, workdir)


def _video(source: Path, duration: float, workdir: Path) -> list[Rendition]:
    has_audio = media_probe(source).has_audio
    outputs = []
    # The H.264 level is fixed so the codecs string players see (selectors.SOURCE_TYPES) is
    # true: 4.0 covers 720p at any usual frame rate, 3.0 keeps 360p playable on old phones.
    for name, height, crf, audio_rate, level in (
        (RenditionName.VIDEO_720, 720, "23", "128k", "4.0"),
        (RenditionName.VIDEO_360, 360, "26", "96k", "3.0"),
    ):
        target = workdir / f"{height}p.mp4"
        audio = ["-c:a", "aac", "-b:a", audio_rate, "-ac", "2"] if has_audio else ["-an"]
        _ffmpeg(
            ["-i", str(source), "-map", "0:v:0", *(["-map", "0:a:0"] if has_audio else [])]
            # Even dimensions (H.264 with 4:2:0 needs them), never taller than the source.
            + ["-vf", f"scale=-2:'2*trunc(min({height},ih)/2)':flags=bicubic,format=yuv420p"]
            + ["-c:v", "libx264", "-preset", "veryfast", "-crf", crf, "-profile:v", "high"]
            + ["-level:v", level, "-fpsmax", "30" if height == 360 else "60"]
            + [*audio, "-movflags", "+faststart", "-f", "mp4", str(target)]
        )
        outputs.append(_checked(name, target, "video/mp4"))

    poster = workdir / "poster.jpg"
    # A frame a little into the video: the very first one is often black.
    at = f"{min(1.0, duration / 2):.3f}"
    _ffmpeg(
        ["-ss", at, "-i", str(source), "-frames:v", "1", "-update", "1"]
        + ["-vf", "scale=-2:'min(720,ih)'", "-q:v", "3", str(poster)]
    )
    if not poster.is_file() or poster.stat().st_size == 0:
        raise TranscodeError(_("No poster image could be taken from the video."))
    outputs.append(Rendition(RenditionName.POSTER, poster, "image/jpeg"))
    return outputs


def _audio(source: Path, workdir: Path) -> list[Rendition]:
    loudnorm = _loudnorm_filter(source)
    aac = workdir / "audio.m4a"
    _ffmpeg(
        ["-i", str(source), "-map", "0:a:0", "-vn", "-af", loudnorm, "-ar", "48000"]
        + ["-c:a", "aac", "-b:a", "128k", "-movflags", "+faststart", "-f", "mp4", str(aac)]
    )
    opus = workdir / "audio.webm"
    _ffmpeg(
        ["-i", str(source), "-map", "0:a:0", "-vn", "-af", loudnorm, "-ar", "48000"]
        + ["-c:a", "libopus", "-b:a", "96k", "-f", "webm", str(opus)]
    )
    return [
        _checked(RenditionName.AUDIO_AAC, aac, "audio/mp4"),
        _checked(RenditionName.AUDIO_OPUS, opus, "audio/webm"),
    ]


def _loudnorm_filter(source: Path) -> str:
    """Measure the loudness (first pass) and return the filter that corrects it linearly."""
    target = ":".join(f"{key}={value}" for key, value in LOUDNESS.items())
    output = _ffmpeg(
        ["-i", str(source), "-map", "0:a:0", "-af", f"loudnorm={target}:print_format=json"]
        + ["-f", "null", "-"]
    )
    match = _LOUDNORM_JSON.search(output)
    if match is None:
        raise TranscodeError(_("The loudness of the audio could not be measured."))
    measured = json.loads(match.group(0))
    if measured.get("input_i") in {"-inf", "inf"}:
        # Silence: there is nothing to normalise, and loudnorm would divide by it.
        return "anull"
    return (
        f"loudnorm={target}:measured_I={measured['input_i']}:measured_TP={measured['input_tp']}"
        f":measured_LRA={measured['input_lra']}:measured_thresh={measured['input_thresh']}"
        f":offset={measured['target_offset']}:linear=true"
    )


def _checked(name: str, path: Path, content_type: str) -> Rendition:
    """Probe what ffmpeg wrote: a rendition is stored only if it is itself valid media."""
    try:
        probe = media_probe(path)
    except ProbeError as error:
        raise TranscodeError(
            _("The converted file is not valid: %(reason)s") % {"reason": error.reason}
        ) from error
    return Rendition(name, path, content_type, probe.width, probe.height)


def _ffmpeg(arguments: list[str]) -> str:
    """Run ffmpeg; return its log (stderr). Raise TranscodeError when it fails or hangs."""
    command = [settings.GLOSSA_FFMPEG, "-hide_banner", "-nostdin", "-y", *arguments]
    try:
        completed = subprocess.run(  # noqa: S603 - argument list, binary from settings
            command,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=settings.GLOSSA_MEDIA_TRANSCODE_TIMEOUT,
            check=False,
        )
    except FileNotFoundError as error:
        logger.error("media.ffmpeg.missing binary=%s", settings.GLOSSA_FFMPEG)
        raise TranscodeError(_("The media converter (ffmpeg) is not installed.")) from error
    except subprocess.TimeoutExpired as error:
        raise TranscodeError(_("Converting the media took too long.")) from error
    if completed.returncode != 0:
        logger.warning(
            "media.ffmpeg.failed status=%s log=%s",
            completed.returncode,
            completed.stderr[-500:].replace("\n", " | "),
        )
        raise TranscodeError(_("The media could not be converted."))
    return completed.stderr
