"""Decide what an uploaded file is by reading its content with FFmpeg's demuxers (PyAV).

The file name and the browser's MIME type are never consulted: a WebM renamed to ``.mp3`` is
a WebM, and a text file renamed to ``.mp4`` is refused. A file is accepted only when FFmpeg
recognises a supported container, finds an audio or video stream in it, can decode the first
frames of each stream and reads packets up to the duration the container declares (which is
how a truncated upload shows itself).
"""

import logging
import os
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import av
import av.error
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

VIDEO_CONTAINERS = ("mp4", "mov", "matroska", "webm")
AUDIO_CONTAINERS = ("mp3", "m4a", "mp4", "mov", "ogg", "wav", "webm", "flac")
# File name suffixes the upload form offers; the content still decides.
VIDEO_TYPES = (".mp4", ".webm", ".mov", ".mkv")
AUDIO_TYPES = (".mp3", ".m4a", ".ogg", ".opus", ".wav", ".webm", ".flac")

# Packets may stop a little short of the declared duration (encoder padding, rounding).
_TRUNCATION_SLACK_SECONDS = 0.5
_TRUNCATION_SLACK_SHARE = 0.03
_FRAMES_DECODED_PER_STREAM = 3


@dataclass(frozen=True)
class MediaProbe:
    kind: str
    container: str
    codecs: list[str]
    duration: float
    width: int | None = None
    height: int | None = None
    has_audio: bool = False
    video_codec: str | None = None
    audio_codec: str | None = None

    def as_contract(self) -> dict[str, object]:
        """Return the shape ``probe_media --json`` prints (other tools rely on it)."""
        return {
            "kind": self.kind,
            "container": self.container,
            "codecs": self.codecs,
            "duration": self.duration,
        }


class ProbeError(Exception):
    """The file is refused; ``reason`` is a full sentence for the person who uploaded it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def media_probe(path: str | os.PathLike[str]) -> MediaProbe:
    """Probe the file at ``path``; raise ProbeError with a clear reason when it is refused."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ProbeError(_("The file could not be read.")) from error
    if size == 0:
        raise ProbeError(_("The file is empty."))

    try:
        container = av.open(str(path), metadata_errors="ignore")
    except av.error.FFmpegError as error:
        logger.info("media.probe.refused reason=unreadable error=%s", type(error).__name__)
        raise ProbeError(
            _(
                "This is not an audio or video file that can be read, or it is damaged or "
                "incomplete."
            )
        ) from error
    with container:
        return _probe_open(container, path)


def _probe_open(container: av.container.InputContainer, path: Path) -> MediaProbe:
    video = [
        stream
        for stream in container.streams.video
        if not stream.disposition & av.stream.Disposition.attached_pic
    ]
    audio = list(container.streams.audio)
    if not video and not audio:
        raise ProbeError(_("The file has no audio or video in it."))
    kind = "video" if video else "audio"
    name = _container_name(container, path)
    allowed = VIDEO_CONTAINERS if kind == "video" else AUDIO_CONTAINERS
    if name not in VIDEO_CONTAINERS + AUDIO_CONTAINERS:
        raise ProbeError(
            _(
                "This type of file is not supported. Upload video as %(video)s, or audio as "
                "%(audio)s."
            )
            % {"video": _types("video"), "audio": _types("audio")}
        )
    if name not in allowed:
        raise ProbeError(
            _("%(container)s files are not supported for %(kind)s. Use one of: %(allowed)s.")
            % {"container": name.upper(), "kind": _kind_label(kind), "allowed": _types(kind)}
        )

    streams = video[:1] + audio[:1]
    codecs = [_codec_name(stream) for stream in streams]
    demuxed = _read_packets(container, streams)
    declared = container.duration / av.time_base if container.duration else None
    if declared and demuxed < declared * (1 - _TRUNCATION_SLACK_SHARE) - _TRUNCATION_SLACK_SECONDS:
        raise ProbeError(_("The file is incomplete: it ends before the end of its recording."))
    _check_container_end(name, path)
    duration = round(declared if declared else demuxed, 3)
    if duration <= 0:
        raise ProbeError(_("The recording has no length."))

    first_video = video[0] if video else None
    return MediaProbe(
        kind=kind,
        container=name,
        codecs=codecs,
        duration=duration,
        width=first_video.codec_context.width if first_video else None,
        height=first_video.codec_context.height if first_video else None,
        has_audio=bool(audio),
        video_codec=_codec_name(first_video) if first_video else None,
        audio_codec=_codec_name(audio[0]) if audio else None,
    )


def _container_name(container: av.container.InputContainer, path: Path) -> str:
    """Name the container as people know it: FFmpeg groups MP4/MOV/M4A and Matroska/WebM."""
    names = container.format.name.split(",")
    if "mp4" in names:
        brand = str(container.metadata.get("major_brand", "")).strip().lower()
        if brand == "qt":
            return "mov"
        if brand.startswith(("m4a", "m4b")):
            return "m4a"
        return "mp4"
    if "matroska" in names:
        with path.open("rb") as handle:
            header = handle.read(64)
        return "webm" if b"webm" in header else "matroska"
    return names[0]


def _codec_name(stream: av.stream.Stream) -> str:
    codec = stream.codec_context.codec
    return str(getattr(codec, "canonical_name", None) or codec.name)


def _read_packets(
    container: av.container.InputContainer, streams: Sequence[av.stream.Stream]
) -> float:
    """Read every packet, decoding the first few of each stream; return the span they cover.

    Decoding the start catches a damaged file that still has valid headers; reading every
    packet (cheap, no decoding) finds where the media really ends.
    """
    undecoded = {stream.index: _FRAMES_DECODED_PER_STREAM for stream in streams}
    start: float | None = None
    end = 0.0
    try:
        for packet in container.demux(streams):
            if packet.size and undecoded[packet.stream.index] > 0 and packet.decode():
                undecoded[packet.stream.index] -= 1
            if packet.pts is None or packet.time_base is None:
                continue
            packet_start = float(packet.pts * packet.time_base)
            start = packet_start if start is None else min(start, packet_start)
            end = max(end, float((packet.pts + (packet.duration or 0)) * packet.time_base))
    except av.error.FFmpegError as error:
        logger.info("media.probe.refused reason=unreadable_packet error=%s", type(error).__name__)
        raise ProbeError(_("The file is damaged: its audio or video cannot be decoded.")) from error
    if any(remaining == _FRAMES_DECODED_PER_STREAM for remaining in undecoded.values()):
        raise ProbeError(_("The file is damaged: its audio or video cannot be decoded."))
    return end - start if start is not None else 0.0


def _check_container_end(name: str, path: Path) -> None:
    """Catch truncation the demuxer cannot see, where the container says where it ends."""
    if name == "wav" and _wav_is_short(path):
        raise ProbeError(_("The file is incomplete: it ends before the end of its recording."))
    if name == "ogg" and not _ogg_has_last_page(path):
        raise ProbeError(_("The file is incomplete: it ends before the end of its recording."))


def _wav_is_short(path: Path) -> bool:
    size = path.stat().st_size
    with path.open("rb") as handle:
        header = handle.read(4096)
    offset = 12
    while offset + 8 <= len(header):
        chunk_id = header[offset : offset + 4]
        chunk_size: int = struct.unpack_from("<I", header, offset + 4)[0]
        if chunk_id == b"data":
            # Streaming writers leave the size unknown (0 or all ones); nothing to compare.
            if chunk_size in (0, 0xFFFFFFFF):
                return False
            return offset + 8 + chunk_size > size
        offset += 8 + chunk_size + (chunk_size & 1)
    return False


def _ogg_has_last_page(path: Path) -> bool:
    """An Ogg stream ends with a page flagged end-of-stream; a cut file has none."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        handle.seek(max(size - 65536, 0))
        tail = handle.read()
    position = tail.rfind(b"OggS")
    return bool(position >= 0 and position + 5 < len(tail) and tail[position + 5] & 0x04)


def _kind_label(kind: str) -> str:
    return _("video") if kind == "video" else _("audio")


def _types(kind: str) -> str:
    suffixes = VIDEO_TYPES if kind == "video" else AUDIO_TYPES
    return ", ".join(suffix.lstrip(".").upper() for suffix in suffixes)
