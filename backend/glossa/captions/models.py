"""Caption tracks of a media asset (``CaptionTrack``) and their cues (``Cue``).

A track is captions in the language of the media or a translation; it came from an uploaded
WebVTT or SubRip file or from a transcript the teacher typed. Cue text is stored as WebVTT
cue text that has been sanitised (only WebVTT's own spans, text escaped), so it can be written
into a ``.vtt`` file as it is. Times are whole milliseconds; a typed transcript's cues have no
times until the teacher times them in the editor.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TrackKind(models.TextChoices):
    CAPTIONS = "captions", _("Captions")
    TRANSLATION = "translation", _("Translation")


class SourceFormat(models.TextChoices):
    WEBVTT = "webvtt", _("WebVTT file")
    SRT = "srt", _("SubRip file")
    TYPED = "typed", _("Typed transcript")


class CaptionTrack(models.Model):
    # A string reference, as the layering wants, though media sits below captions.
    asset = models.ForeignKey(
        "media.MediaAsset",
        verbose_name=_("media asset"),
        on_delete=models.CASCADE,
        related_name="caption_tracks",
    )
    language = models.CharField(_("language"), max_length=35)
    kind = models.CharField(_("kind"), max_length=16, choices=TrackKind.choices)
    label = models.CharField(_("label"), max_length=100, blank=True)
    source_format = models.CharField(_("source"), max_length=8, choices=SourceFormat.choices)
    encoding = models.CharField(_("encoding of the uploaded file"), max_length=32, blank=True)
    original_name = models.CharField(_("uploaded file name"), max_length=255, blank=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("caption track")
        verbose_name_plural = _("caption tracks")
        ordering = ["asset", "kind", "language", "id"]
        indexes = [models.Index(fields=["asset", "kind"], name="captions_track_asset_idx")]

    def __str__(self) -> str:
        return f"{self.language} {self.kind} ({self.asset_id})"


class Cue(models.Model):
    track = models.ForeignKey(
        CaptionTrack, verbose_name=_("track"), on_delete=models.CASCADE, related_name="cues"
    )
    position = models.PositiveIntegerField(_("position"))
    start = models.PositiveIntegerField(_("start (ms)"), null=True, blank=True)
    end = models.PositiveIntegerField(_("end (ms)"), null=True, blank=True)
    text = models.TextField(_("text"))
    identifier = models.TextField(_("identifier"), blank=True)
    settings = models.TextField(_("cue settings"), blank=True)

    class Meta:
        verbose_name = _("cue")
        verbose_name_plural = _("cues")
        ordering = ["track", "position"]
        constraints = [
            models.UniqueConstraint(fields=["track", "position"], name="captions_cue_position"),
            models.CheckConstraint(
                condition=(models.Q(start__isnull=True) & models.Q(end__isnull=True))
                | models.Q(end__gt=models.F("start")),
                name="captions_cue_end_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.track_id}:{self.position}"
