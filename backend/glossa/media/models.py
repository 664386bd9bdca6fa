"""Uploaded audio and video (``MediaAsset``) and the files made from them (``MediaRendition``).

An asset keeps its original upload untouched for as long as it exists: renditions are made
from it by the processing tasks and can always be made again. Its type (audio or video) comes
from probing the content, never from the file name or the browser's MIME type.
"""

import os
import tempfile
import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from rest_framework_tus.models import AbstractUpload


def original_path(asset: "MediaAsset", filename: str) -> str:
    # The stored name never comes from the uploader: a random name keeps paths unguessable
    # and free of characters some storages refuse; only a short, plain suffix is kept.
    suffix = PurePosixPath(filename).suffix.lower()
    if not suffix[1:].isalnum() or len(suffix) > 6:
        suffix = ""
    return f"private/media/originals/{uuid.uuid4().hex}{suffix}"


def rendition_path(rendition: "MediaRendition", filename: str) -> str:
    return f"private/media/renditions/{rendition.asset_id}/{uuid.uuid4().hex}/{filename}"


class MediaKind(models.TextChoices):
    AUDIO = "audio", _("Audio")
    VIDEO = "video", _("Video")


class MediaStatus(models.TextChoices):
    UPLOADING = "uploading", _("Uploading")
    QUEUED = "queued", _("Queued")
    PROCESSING = "processing", _("Processing")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


class MediaAsset(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="media_assets",
    )
    # A string reference: courses sit above media in the layering and point back at assets.
    course = models.ForeignKey(
        "courses.Course",
        verbose_name=_("course"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="media_assets",
    )
    kind = models.CharField(_("kind"), max_length=8, choices=MediaKind.choices)
    original = models.FileField(_("original file"), upload_to=original_path, max_length=255)
    original_name = models.CharField(_("original file name"), max_length=255)
    size = models.BigIntegerField(_("size in bytes"))
    sha256 = models.CharField(_("SHA-256 of the original"), max_length=64, blank=True)
    container = models.CharField(_("container"), max_length=64, blank=True)
    codecs = models.JSONField(_("codecs"), default=list, blank=True)
    duration = models.FloatField(_("duration in seconds"), null=True, blank=True)
    width = models.PositiveIntegerField(_("width"), null=True, blank=True)
    height = models.PositiveIntegerField(_("height"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=MediaStatus.choices, default=MediaStatus.QUEUED
    )
    error = models.TextField(_("error"), blank=True)
    attempts = models.PositiveSmallIntegerField(_("processing attempts"), default=0)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("media asset")
        verbose_name_plural = _("media assets")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["course", "-created_at"], name="media_asset_course_idx"),
            models.Index(fields=["owner", "-created_at"], name="media_asset_owner_idx"),
            models.Index(fields=["status"], name="media_asset_status_idx"),
        ]

    def __str__(self) -> str:
        return self.original_name


class RenditionName(models.TextChoices):
    VIDEO_720 = "video_720", _("Video 720p (H.264/AAC MP4)")
    VIDEO_360 = "video_360", _("Video 360p (H.264/AAC MP4)")
    POSTER = "poster", _("Poster image (JPEG)")
    AUDIO_AAC = "audio_aac", _("Audio AAC (M4A)")
    AUDIO_OPUS = "audio_opus", _("Audio Opus (WebM)")


class MediaRendition(models.Model):
    asset = models.ForeignKey(
        MediaAsset, verbose_name=_("asset"), on_delete=models.CASCADE, related_name="renditions"
    )
    name = models.CharField(_("name"), max_length=16, choices=RenditionName.choices)
    file = models.FileField(_("file"), upload_to=rendition_path, max_length=255)
    content_type = models.CharField(_("content type"), max_length=64)
    size = models.BigIntegerField(_("size in bytes"))
    width = models.PositiveIntegerField(_("width"), null=True, blank=True)
    height = models.PositiveIntegerField(_("height"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("media rendition")
        verbose_name_plural = _("media renditions")
        ordering = ["asset", "name"]
        constraints = [
            models.UniqueConstraint(fields=["asset", "name"], name="media_rendition_unique_name")
        ]

    def __str__(self) -> str:
        return f"{self.asset_id}:{self.name}"


class MediaUpload(AbstractUpload):  # type: ignore[misc]
    """A resumable (tus) upload in progress; drf-tus speaks the protocol.

    The bytes go to a file under ``GLOSSA_MEDIA_UPLOAD_DIR`` (not the system's temporary
    directory, which each app process would have to itself). Once complete, ``POST
    media/assets`` with the upload's id probes the file and turns it into an asset.
    """

    # drf-tus sets ``user`` on creation when the model has one.
    user = models.ForeignKey(  # type: ignore[var-annotated]
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)  # type: ignore[var-annotated]

    class Meta:
        verbose_name = _("media upload")
        verbose_name_plural = _("media uploads")
        indexes = [models.Index(fields=["expires"], name="media_upload_expires_idx")]

    def __str__(self) -> str:
        return str(self.guid)

    def get_or_create_temporary_file(self) -> str:
        if not getattr(self, "temporary_file_path"):  # noqa: B009
            directory = settings.GLOSSA_MEDIA_UPLOAD_DIR
            os.makedirs(directory, exist_ok=True)
            handle, path = tempfile.mkstemp(prefix="tus-", dir=directory)
            os.close(handle)
            self.temporary_file_path = path
            self.save(update_fields=["temporary_file_path"])
        return str(getattr(self, "temporary_file_path"))  # noqa: B009 - a field of the untyped base
