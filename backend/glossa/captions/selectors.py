"""Reads of caption tracks: for the editor, for lessons (learner payload) and as WebVTT."""

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.urls import reverse

from glossa.captions import cuetext
from glossa.captions.models import CaptionTrack, Cue
from glossa.captions.timing import format_timestamp


def _with_cues(queryset: QuerySet[CaptionTrack]) -> QuerySet[CaptionTrack]:
    return queryset.prefetch_related(Prefetch("cues", queryset=Cue.objects.order_by("position")))


def track_list(*, asset_id: int) -> QuerySet[CaptionTrack]:
    """The tracks of an asset with their cues (two queries)."""
    return _with_cues(CaptionTrack.objects.filter(asset_id=asset_id))


def track_get(*, track_id: int) -> CaptionTrack | None:
    """A track with its asset and the asset's course joined (for the permission check)."""
    queryset = CaptionTrack.objects.select_related("asset", "asset__course", "asset__owner")
    return _with_cues(queryset.filter(pk=track_id)).first()


def track_vtt_url(track: CaptionTrack) -> str:
    return reverse("captions-track-vtt", kwargs={"track_id": track.pk})


def learner_track(track: CaptionTrack) -> dict[str, Any]:
    """A track as lessons embed it; cue text is plain text (the ``url`` has the markup)."""
    return {
        "id": track.pk,
        "kind": track.kind,
        "language": track.language,
        "label": track.label,
        "url": track_vtt_url(track),
        "cues": [
            {"start": cue.start, "end": cue.end, "text": cuetext.plain(cuetext.parse(cue.text))}
            for cue in track.cues.all()
        ],
    }


def tracks_for_assets(asset_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    """The learner payload of every track of the given assets, keyed by asset id.

    Two queries whatever the number of assets and tracks; an asset without tracks maps to an
    empty list. The caller has checked that the user may see the assets' media.
    """
    ids = list(dict.fromkeys(asset_ids))
    payload: dict[int, list[dict[str, Any]]] = {asset_id: [] for asset_id in ids}
    if not ids:
        return payload
    grouped: defaultdict[int, list[dict[str, Any]]] = defaultdict(list)
    for track in _with_cues(CaptionTrack.objects.filter(asset_id__in=ids)):
        grouped[track.asset_id].append(learner_track(track))
    payload.update(grouped)
    return payload


def track_vtt(track: CaptionTrack) -> str:
    """The track as a WebVTT file; cues not timed yet are left out (WebVTT needs times)."""
    blocks = ["WEBVTT"]
    for cue in track.cues.all():
        if cue.start is None or cue.end is None:
            continue
        timing = f"{format_timestamp(cue.start)} --> {format_timestamp(cue.end)}"
        if cue.settings:
            timing += f" {cue.settings}"
        # An identifier may not contain "-->" nor a line break; such ones were never kept.
        head = f"{cue.identifier}\n" if cue.identifier and "\n" not in cue.identifier else ""
        blocks.append(f"{head}{timing}\n{cue.text}")
    return "\n\n".join(blocks) + "\n"
