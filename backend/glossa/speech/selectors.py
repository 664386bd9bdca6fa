"""Reads of generated speech: the voices on offer and the clips a learner can play.

Lesson payloads ask for the clips of many texts at once: :func:`speech_clip_lookup` loads them
in one query and :func:`speech_clips_for` picks a text's clips from it, so a lesson costs one
query for its speech whatever the number of blocks and lines.
"""

from collections.abc import Iterable, Sequence
from typing import Any, TypedDict

from glossa.speech.models import ClipStatus, SpeechClip, SpeechSpeed
from glossa.speech.voices import (
    Voice,
    speech_text,
    speech_text_from_markdown,
    speech_text_key,
    voice_list,
)

SPEEDS = (SpeechSpeed.NORMAL, SpeechSpeed.SLOW)
SPEECH_BLOCK_TYPES = frozenset({"text", "dialogue"})

ClipKey = tuple[str, str, str]  # (text hash, voice, speed)


class ClipPayload(TypedDict):
    voice: str
    label: str
    accent: str
    speed: str
    url: str
    duration: float | None


class SpeechForBlocks(TypedDict):
    blocks: dict[int, list[ClipPayload]]
    lines: dict[int, list[ClipPayload]]


def voices_get(*, language: str | None = None) -> list[Voice]:
    return voice_list(language=language)


def speech_clip_lookup(*, texts: Iterable[str], voices: Iterable[str]) -> dict[ClipKey, SpeechClip]:
    """Load the clips of ``texts`` (raw; normalised here) in any of ``voices``: one query."""
    hashes = {speech_text_key(speech_text(text)) for text in texts if speech_text(text)}
    voice_ids = set(voices)
    if not hashes or not voice_ids:
        return {}
    clips = SpeechClip.objects.filter(text_hash__in=hashes, voice__in=voice_ids)
    return {(clip.text_hash, clip.voice, clip.speed): clip for clip in clips}


def speech_clips_for(
    *,
    text: str,
    voices: Sequence[str],
    lookup: dict[ClipKey, SpeechClip] | None = None,
) -> list[ClipPayload]:
    """Return the ready clips of ``text``: per voice in the teacher's order, normal then slow.

    Pass ``lookup`` from :func:`speech_clip_lookup` when asking for several texts; without it
    this makes one query. Clips still being made, or failed, are left out.
    """
    if lookup is None:
        lookup = speech_clip_lookup(texts=[text], voices=voices)
    text_hash = speech_text_key(speech_text(text))
    labels = {voice.id: voice for voice in voice_list()}
    payload: list[ClipPayload] = []
    for voice_id in voices:
        for speed in SPEEDS:
            clip = lookup.get((text_hash, voice_id, speed))
            if clip is None or clip.status != ClipStatus.READY or not clip.file:
                continue
            voice = labels.get(voice_id)
            payload.append(
                {
                    "voice": voice_id,
                    "label": voice.label if voice else voice_id,
                    "accent": voice.accent if voice else voice_id,
                    "speed": speed,
                    "url": clip.file.url,
                    "duration": clip.duration,
                }
            )
    return payload


def block_speech_texts(block: Any) -> list[tuple[str, int, str]]:
    """Return ``[(kind, id, text)]`` a block speaks: its text, or each dialogue line.

    ``block`` is a ``courses.Block`` (typed loosely: courses sit above speech); a dialogue's
    ``lines`` should be prefetched.
    """
    if block.type == "text":
        return [("block", block.pk, speech_text_from_markdown(block.markdown))]
    if block.type == "dialogue":
        return [("line", line.pk, speech_text(line.text)) for line in block.lines.all()]
    return []


def speech_for_blocks(blocks: Iterable[Any]) -> SpeechForBlocks:
    """Return the learner's ``speech`` lists of text blocks and dialogue lines, by id.

    ``{"blocks": {block_id: [clip]}, "lines": {line_id: [clip]}}``; one query in all (with
    dialogue lines prefetched). A block without chosen voices has no entries.
    """
    items = [
        (kind, item_id, text, list(block.speech_voices or []))
        for block in blocks
        if block.type in SPEECH_BLOCK_TYPES and block.speech_voices
        for kind, item_id, text in block_speech_texts(block)
    ]
    lookup = speech_clip_lookup(
        texts=[text for _, _, text, _ in items],
        voices={voice for *_, voices in items for voice in voices},
    )
    result: SpeechForBlocks = {"blocks": {}, "lines": {}}
    for kind, item_id, text, voices in items:
        clips = speech_clips_for(text=text, voices=voices, lookup=lookup)
        result["blocks" if kind == "block" else "lines"][item_id] = clips
    return result


class ClipStatusPayload(TypedDict):
    voice: str
    speed: str
    status: str
    error: str
    url: str | None
    duration: float | None


class SpeechItemPayload(TypedDict):
    kind: str
    id: int
    text: str
    clips: list[ClipStatusPayload]


def speech_block_status(block: Any) -> list[SpeechItemPayload]:
    """For the teacher: each text of a block with the state of each of its clips (one query).

    A clip not asked for yet (the text changed and nobody asked since) is ``missing``.
    """
    texts = block_speech_texts(block)
    voices = list(block.speech_voices or [])
    lookup = speech_clip_lookup(texts=[text for *_, text in texts], voices=voices)
    items: list[SpeechItemPayload] = []
    for kind, item_id, text in texts:
        clips: list[ClipStatusPayload] = []
        for voice in voices:
            for speed in SPEEDS:
                clip = lookup.get((speech_text_key(text), voice, speed))
                ready = clip is not None and clip.status == ClipStatus.READY and bool(clip.file)
                clips.append(
                    {
                        "voice": voice,
                        "speed": speed,
                        "status": clip.status if clip else "missing",
                        "error": clip.error if clip else "",
                        "url": clip.file.url if clip and ready else None,
                        "duration": clip.duration if clip else None,
                    }
                )
        items.append({"kind": kind, "id": item_id, "text": text, "clips": clips})
    return items
