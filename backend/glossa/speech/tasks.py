"""Make speech clips off the request path (django-tasks)."""

import logging
from datetime import timedelta

from django.core.files.base import ContentFile
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from glossa.speech import synthesis
from glossa.speech.models import ClipStatus, SpeechClip, SpeechSpeed, clip_path

logger = logging.getLogger(__name__)

# A clip left "processing" this long belongs to a worker that died: another may take it.
STALE_AFTER = timedelta(minutes=15)


@task()
def speech_clip_generate(*, clip_id: int) -> None:
    """Speak and store one clip. Idempotent: a ready clip, or one another worker is making,
    is left alone; a failure is recorded on the clip (status ``failed`` and the reason).
    """
    stale = timezone.now() - STALE_AFTER
    claimed = (
        SpeechClip.objects.filter(pk=clip_id)
        .filter(
            Q(status__in=[ClipStatus.QUEUED, ClipStatus.FAILED])
            | Q(status=ClipStatus.PROCESSING, updated_at__lt=stale)
        )
        .update(status=ClipStatus.PROCESSING, error="", updated_at=timezone.now())
    )
    if not claimed:
        return
    clip = SpeechClip.objects.get(pk=clip_id)

    try:
        speech = synthesis.synthesise(
            text=clip.text, voice=clip.voice, slow=clip.speed == SpeechSpeed.SLOW
        )
    except synthesis.SynthesisError as error:
        clip.status, clip.error = ClipStatus.FAILED, str(error)
        clip.save(update_fields=["status", "error", "updated_at"])
        logger.warning("speech.clip.failed clip_id=%s voice=%s", clip.pk, clip.voice)
        return

    name = clip_path(clip, "speech.mp3")
    storage = clip.file.storage
    if storage.exists(name):
        storage.delete(name)
    clip.file.save(name, ContentFile(speech.audio), save=False)
    clip.status, clip.duration = ClipStatus.READY, round(speech.duration, 3)
    clip.save(update_fields=["file", "status", "duration", "updated_at"])
    logger.info(
        "speech.clip.ready clip_id=%s voice=%s speed=%s bytes=%s",
        clip.pk,
        clip.voice,
        clip.speed,
        len(speech.audio),
    )
