"""Writes of generated speech: ask for clips, and choose a block's voices.

Clips are made by :func:`glossa.speech.tasks.speech_clip_generate` after the request's
transaction commits; asking again for a clip that exists costs one query and makes nothing.
"""

import logging
from collections.abc import Iterable, Sequence
from functools import partial
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from glossa.common.exceptions import DomainError
from glossa.speech import selectors
from glossa.speech.models import ClipStatus, SpeechClip, SpeechSpeed
from glossa.speech.tasks import STALE_AFTER, speech_clip_generate
from glossa.speech.voices import speech_text, speech_text_key

logger = logging.getLogger(__name__)


class UnknownVoiceError(DomainError):
    code = "unknown_voice"


class SpeechTextError(DomainError):
    code = "speech_text_invalid"


class SpeechUnsupportedError(DomainError):
    code = "speech_unsupported"


def speech_voices_check(voices: Sequence[str]) -> None:
    """Raise ``UnknownVoiceError`` (fields ``voices.N``) for ids eSpeak NG does not have."""
    known = {voice.id for voice in selectors.voices_get()}
    wrong = {
        f"voices.{index}": [_("There is no voice “%(voice)s”.") % {"voice": voice}]
        for index, voice in enumerate(voices)
        if voice not in known
    }
    if wrong:
        raise UnknownVoiceError(
            _("Some voices are not available. Choose voices from the list."), fields=wrong
        )


def _text_check(text: str) -> None:
    limit = settings.GLOSSA_SPEECH_MAX_CHARS
    if len(text) > limit:
        raise SpeechTextError(
            _("This text is too long to be spoken: at most %(limit)s characters.")
            % {"limit": limit}
        )


def speech_ensure(*, text: str, voice: str, slow: bool) -> SpeechClip:
    """Return the clip of ``text`` in ``voice`` at one speed, queueing it if it is new.

    A failed clip is queued again. Raises ``UnknownVoiceError`` or ``SpeechTextError``.
    """
    speech_voices_check([voice])
    speed = SpeechSpeed.SLOW if slow else SpeechSpeed.NORMAL
    return speech_ensure_many(texts=[text], voices=[voice], speeds=[speed])[0]


def speech_ensure_many(
    *,
    texts: Iterable[str],
    voices: Sequence[str],
    speeds: Sequence[str] = selectors.SPEEDS,
) -> list[SpeechClip]:
    """Ask for every (text, voice, speed): existing clips are kept, missing ones queued.

    A failed clip is queued again, and so is one still waiting for a task queued longer ago
    than ``STALE_AFTER`` (the task was lost); one queued more recently is left to its task.

    Texts are raw (normalised here; empty ones skipped); voices must be checked by the
    caller. A fixed number of queries whatever the number of texts.
    """
    spoken = list(dict.fromkeys(speech_text(text) for text in texts))
    spoken = [text for text in spoken if text]
    for text in spoken:
        _text_check(text)
    wanted = {
        (speech_text_key(text), voice, speed): text
        for text in spoken
        for voice in voices
        for speed in speeds
    }
    if not wanted:
        return []

    with transaction.atomic():
        existing = selectors.speech_clip_lookup(texts=spoken, voices=voices)
        missing = [
            SpeechClip(text_hash=key[0], voice=key[1], speed=key[2], text=text)
            for key, text in wanted.items()
            if key not in existing
        ]
        if missing:
            # Two requests may ask for the same new clip at once: the unique constraint
            # keeps one row, and both then read it back.
            SpeechClip.objects.bulk_create(missing, ignore_conflicts=True)
            existing = selectors.speech_clip_lookup(texts=spoken, voices=voices)
        created = {(clip.text_hash, clip.voice, clip.speed) for clip in missing}
        clips = [existing[key] for key in wanted if key in existing]
        retry = [clip.pk for clip in clips if clip.status == ClipStatus.FAILED]
        if retry:
            SpeechClip.objects.filter(pk__in=retry).update(status=ClipStatus.QUEUED, error="")
        # A clip queued a moment ago already has its task: queueing it again on every ask
        # (each line of an imported dialogue asks for all of them) floods the task queue.
        lost = timezone.now() - STALE_AFTER
        queued = [
            existing[key].pk
            for key in wanted
            if key in existing
            and (
                key in created
                or existing[key].status == ClipStatus.FAILED
                or (existing[key].status == ClipStatus.QUEUED and existing[key].updated_at < lost)
            )
        ]
        for clip_id in queued:
            transaction.on_commit(
                partial(speech_clip_generate.enqueue, clip_id=clip_id), robust=True
            )
    if queued:
        logger.info("speech.clips.queued count=%s", len(queued))
    return clips


def speech_block_sync(*, block: Any) -> list[SpeechClip]:
    """Queue the clips a text or dialogue block needs for its current text and voices.

    Call after a block's text, its lines or its voices change (idempotent: clips already
    made are kept). ``block`` is a ``courses.Block``; a block of another type needs none.
    """
    if block.type not in selectors.SPEECH_BLOCK_TYPES or not block.speech_voices:
        return []
    texts = [text for _, _, text in selectors.block_speech_texts(block)]
    return speech_ensure_many(texts=texts, voices=list(block.speech_voices))


def speech_block_voices_set(
    *, user: Any, block: Any, voices: list[str], version: int | None
) -> Any:
    """Choose the voices of a text or dialogue block and queue their clips.

    Goes through the authoring service that updates blocks, so the version check and bump
    are the same as for any other edit (``version`` ``None``: no check); the same voices
    again change nothing but queue any clip that is missing or failed. Raises
    ``SpeechUnsupportedError`` for other block types and ``UnknownVoiceError``.
    """
    # Imported here: authoring sits above speech (it calls this app when a text changes).
    from glossa.authoring.services import block_update

    if block.type not in selectors.SPEECH_BLOCK_TYPES:
        raise SpeechUnsupportedError(_("Only text and dialogue blocks can have speech."))
    speech_voices_check(voices)

    with transaction.atomic():
        if list(block.speech_voices or []) != voices:
            # The authoring update queues the clips of the new voices itself.
            block = block_update(
                user=user,
                block=block,
                version=block.version if version is None else version,
                changes={"speech_voices": voices},
            )
        else:
            speech_block_sync(block=block)
    logger.info("speech.block.voices_set block_id=%s voices=%s", block.pk, len(voices))
    return block
