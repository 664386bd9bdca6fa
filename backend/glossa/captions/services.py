"""Writes of caption tracks: upload, typed transcript, changes, timing, deletion.

Every change of a track or its cues bumps ``version``; a write that names an older version is
refused with :class:`TrackVersionConflictError`, so two teachers timing the same transcript
never overwrite each other silently. The check and the bump are one conditional UPDATE, which
is atomic on every database Glossa supports. Permission checks are the caller's (the API).
"""

import logging
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from glossa.captions import cuetext
from glossa.captions.models import CaptionTrack, Cue, SourceFormat
from glossa.captions.parsing import captions_read
from glossa.captions.webvtt import CaptionError, parse_settings
from glossa.common.exceptions import ConflictError, DomainError
from glossa.media.models import MediaAsset

logger = logging.getLogger(__name__)

MAX_CUES = 5000
MAX_CUE_TEXT = 1000


class InvalidCaptionsError(DomainError):
    """The uploaded file was refused; ``errors`` lists why, each with its line."""

    code = "invalid_captions"

    def __init__(self, errors: list[CaptionError]) -> None:
        message = errors[0].message if errors else _("The caption file could not be read.")
        super().__init__(
            message,
            extra={"errors": [{"line": error.line, "message": error.message} for error in errors]},
        )


class CuesInvalidError(DomainError):
    code = "invalid"


class TrackVersionConflictError(ConflictError):
    """The track changed since it was loaded; ``current`` is the track as it is now."""

    code = "version_conflict"

    def __init__(self, *, current: CaptionTrack) -> None:
        super().__init__(_("Someone else changed these captions. Reload to see their changes."))
        self.current = current


@dataclass(frozen=True)
class CueInput:
    start: int | None
    end: int | None
    text: str
    # None: keep what the cue had while its text is unchanged.
    identifier: str | None = None
    settings: str | None = None


def track_create_from_file(
    *,
    asset: MediaAsset,
    source: bytes,
    name: str,
    language: str,
    kind: str,
    label: str = "",
) -> tuple[CaptionTrack, list[CaptionError]]:
    """Read a WebVTT or SubRip file into a new track of ``asset``.

    Returns the track and what the file left out (blocks that are not cues, cues without
    text or with an end before the start). Raises :class:`InvalidCaptionsError` when the file
    is refused; then nothing is written.
    """
    parsed = captions_read(source, name=name, language=language)
    if parsed.refused:
        raise InvalidCaptionsError(parsed.errors)

    with transaction.atomic():
        track = CaptionTrack.objects.create(
            asset=asset,
            language=language,
            kind=kind,
            label=label,
            source_format=parsed.format,
            encoding=parsed.encoding or "",
            original_name=name[:255],
        )
        Cue.objects.bulk_create(
            Cue(
                track=track,
                position=position,
                start=cue.start,
                end=cue.end,
                text=cue.text,
                identifier=cue.identifier,
                settings=cue.settings,
            )
            for position, cue in enumerate(parsed.cues)
        )
    logger.info(
        "captions.track.uploaded",
        extra={"track_id": track.pk, "asset_id": asset.pk, "format": parsed.format,
               "cues": len(parsed.cues), "skipped": len(parsed.errors)},
    )  # fmt: skip
    return track, parsed.errors


def track_create_typed(
    *, asset: MediaAsset, language: str, kind: str, text: str, label: str = ""
) -> CaptionTrack:
    """A track from a typed transcript: one untimed cue per non-empty line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise CuesInvalidError(
            _("Type the transcript, one line per cue."), fields={"text": [_("It is empty.")]}
        )
    if len(lines) > MAX_CUES:
        raise CuesInvalidError(
            _("A transcript can have at most %(count)s lines.") % {"count": MAX_CUES}
        )
    with transaction.atomic():
        track = CaptionTrack.objects.create(
            asset=asset, language=language, kind=kind, label=label, source_format=SourceFormat.TYPED
        )
        Cue.objects.bulk_create(
            Cue(track=track, position=position, text=cuetext.clean(line))
            for position, line in enumerate(lines)
        )
    logger.info("captions.track.typed", extra={"track_id": track.pk, "cues": len(lines)})
    return track


def track_update(*, track: CaptionTrack, version: int, changes: dict[str, Any]) -> CaptionTrack:
    """Change the language, kind or label of ``track``."""
    allowed = {key: value for key, value in changes.items() if key in {"language", "kind", "label"}}
    with transaction.atomic():
        _bump_version(track, version, **allowed)
    track.refresh_from_db()
    logger.info("captions.track.updated", extra={"track_id": track.pk, "fields": sorted(allowed)})
    return track


def track_cues_replace(*, track: CaptionTrack, version: int, cues: list[CueInput]) -> CaptionTrack:
    """Replace every cue of ``track`` (the timing editor saves the whole list).

    Timed cues must end after they start, within the media's duration when it is known, and
    start no earlier than the timed cue before them; untimed cues (both times null) may sit
    anywhere. Raises :class:`CuesInvalidError` naming each bad cue as ``cues.N.field``.
    """
    duration = track.asset.duration
    _validate_cues(cues, None if duration is None else round(duration * 1000))
    with transaction.atomic():
        _bump_version(track, version)
        previous = {cue.position: cue for cue in track.cues.all()}
        track.cues.all().delete()
        Cue.objects.bulk_create(
            Cue(
                track=track,
                position=position,
                start=cue.start,
                end=cue.end,
                text=cuetext.clean(cue.text),
                # A cue keeps its identifier and settings while its text stays the same.
                **_kept_attributes(previous.get(position), cue),
            )
            for position, cue in enumerate(cues)
        )
    track.refresh_from_db()
    logger.info("captions.cues.replaced", extra={"track_id": track.pk, "cues": len(cues)})
    return track


def track_delete(*, track: CaptionTrack) -> None:
    track_id = track.pk
    track.delete()
    logger.info("captions.track.deleted", extra={"track_id": track_id})


def _bump_version(track: CaptionTrack, version: int, **fields: Any) -> None:
    updated = CaptionTrack.objects.filter(pk=track.pk, version=version).update(
        version=F("version") + 1, **fields
    )
    if not updated:
        track.refresh_from_db()
        raise TrackVersionConflictError(current=track)


def _kept_attributes(previous: Cue | None, cue: CueInput) -> dict[str, str]:
    unchanged = previous is not None and cuetext.clean(cue.text) == previous.text
    identifier = cue.identifier
    if identifier is None:
        identifier = previous.identifier if unchanged and previous else ""
    settings = previous.settings if unchanged and previous else ""
    if cue.settings is not None:
        # Only settings WebVTT defines are kept, written as the parser understood them.
        settings = parse_settings(cue.settings).text()
    return {"identifier": identifier, "settings": settings}


def _validate_cues(cues: list[CueInput], duration: int | None) -> None:
    if len(cues) > MAX_CUES:
        raise CuesInvalidError(_("A track can have at most %(count)s cues.") % {"count": MAX_CUES})
    fields: dict[str, list[str]] = {}
    last_start = -1
    for index, cue in enumerate(cues):
        problem = _cue_problem(cue, duration, last_start)
        if problem is not None:
            field, message = problem
            fields[f"cues.{index}.{field}"] = [message]
        if cue.start is not None:
            last_start = max(last_start, cue.start)
    if fields:
        raise CuesInvalidError(
            _("Some cues are not valid. Check the marked ones and save again."), fields=fields
        )


def _cue_problem(cue: CueInput, duration: int | None, last_start: int) -> tuple[str, str] | None:
    if not cue.text.strip():
        return "text", _("A cue needs text.")
    if len(cue.text) > MAX_CUE_TEXT:
        return "text", _("A cue can have at most %(count)s characters.") % {"count": MAX_CUE_TEXT}
    if (cue.start is None) != (cue.end is None):
        return "end", _("Give both the start and the end, or neither.")
    if cue.start is None or cue.end is None:
        return None
    if cue.end <= cue.start:
        return "end", _("The cue must end after it starts.")
    if cue.start < last_start:
        return "start", _("The cue must not start before the cue above it.")
    if duration is not None and cue.end > duration:
        return "end", _("The cue must end within the media (it lasts %(seconds)s seconds).") % {
            "seconds": f"{duration / 1000:g}"
        }
    return None
