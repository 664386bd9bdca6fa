"""Speech generated with eSpeak NG from lesson texts (``SpeechClip``).

A clip is the audio of one text in one voice at one speed. It is found by the SHA-256 of the
text as spoken (see :func:`glossa.speech.voices.speech_text_key`), so a text shared by several
blocks is spoken once, and editing a text simply asks for a clip under a new hash: an old
clip is never served for a changed text.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SpeechSpeed(models.TextChoices):
    NORMAL = "normal", _("Normal")
    SLOW = "slow", _("Slow")


class ClipStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    PROCESSING = "processing", _("Processing")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


def clip_path(clip: "SpeechClip", filename: str) -> str:
    # Content-addressed: the name says which text, voice and speed the audio is, and a
    # draft's text cannot be guessed from it.
    return f"speech/{clip.text_hash[:2]}/{clip.text_hash}-{clip.voice}-{clip.speed}.mp3"


class SpeechClip(models.Model):
    text_hash = models.CharField(_("text hash (SHA-256)"), max_length=64)
    voice = models.CharField(_("voice"), max_length=40)
    speed = models.CharField(_("speed"), max_length=8, choices=SpeechSpeed.choices)
    text = models.TextField(_("text"))
    status = models.CharField(
        _("status"), max_length=16, choices=ClipStatus.choices, default=ClipStatus.QUEUED
    )
    error = models.TextField(_("error"), blank=True)
    file = models.FileField(_("audio file"), upload_to=clip_path, max_length=255, blank=True)
    duration = models.FloatField(_("duration (seconds)"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("speech clip")
        verbose_name_plural = _("speech clips")
        ordering = ["-created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["text_hash", "voice", "speed"], name="speech_clip_text_voice_speed_uniq"
            )
        ]

    def __str__(self) -> str:
        return f"{self.voice} {self.speed}: {self.text[:60]}"
