"""Writes of media assets: accept an upload, delete, retry and run the processing.

An upload is probed before anything is stored: a refused file leaves no row and no file. An
accepted original is stored once and never changed or removed except by deleting the asset;
processing only ever adds renditions made from it.
"""

import hashlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models.deletion import CASCADE, ProtectedError
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework import status

from glossa.accounts.models import User
from glossa.common.exceptions import ConflictError, DomainError, ForbiddenError, NotFoundError
from glossa.media import transcode
from glossa.media.models import MediaAsset, MediaRendition, MediaStatus, MediaUpload
from glossa.media.probe import MediaProbe, ProbeError, media_probe
from glossa.media.selectors import media_asset_can_edit, user_may_upload

logger = logging.getLogger(__name__)

# A worker that died mid-job leaves "processing" behind; after this long a retry may take over.
STALE_PROCESSING = timedelta(hours=3)
# Room for a multipart envelope (boundaries, headers, a few small fields) around one file.
MULTIPART_SLACK_BYTES = 64 * 1024


class UnsupportedMediaError(DomainError):
    code = "unsupported_media"


class TooLargeError(DomainError):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    code = "too_large"


def media_limit(kind: str) -> int:
    if kind == "video":
        return int(settings.GLOSSA_MEDIA_MAX_VIDEO_BYTES)
    return int(settings.GLOSSA_MEDIA_MAX_AUDIO_BYTES)


def upload_size_check(*, size: int) -> None:
    """Refuse a body larger than any kind may be, before reading it."""
    largest = max(media_limit("video"), media_limit("audio"))
    if size > largest:
        raise _too_large(kind=None)


def _too_large(*, kind: str | None) -> TooLargeError:
    video, audio = media_limit("video"), media_limit("audio")
    if kind is None:
        message = _(
            "The file is too large. Video may be up to %(video)s, audio up to %(audio)s."
        ) % {"video": filesizeformat(video), "audio": filesizeformat(audio)}
    elif kind == "video":
        message = _("The video is too large: the limit is %(limit)s.") % {
            "limit": filesizeformat(video)
        }
    else:
        message = _("The audio file is too large: the limit is %(limit)s.") % {
            "limit": filesizeformat(audio)
        }
    limit = {"video": video, "audio": audio}.get(kind or "", max(video, audio))
    return TooLargeError(
        message, extra={"limit_bytes": limit, "video_max_bytes": video, "audio_max_bytes": audio}
    )


@contextmanager
def upload_local_path(uploaded: "File[bytes]") -> Iterator[Path]:
    """Yield a local path to an uploaded file's bytes, for FFmpeg to read.

    Django's own temporary file when it made one, else a temporary copy of a small upload
    it kept in memory (removed on exit).
    """
    temporary = getattr(uploaded, "temporary_file_path", None)
    if temporary is not None:
        yield Path(temporary())
        return
    with tempfile.NamedTemporaryFile(suffix=Path(uploaded.name or "").suffix[:8]) as copy:
        for chunk in uploaded.chunks():
            copy.write(chunk)
        copy.flush()
        yield Path(copy.name)


def audio_size_check(*, size: int) -> None:
    """Refuse a body that cannot hold an audio file within the audio limit, before reading it.

    ``size`` is the request's declared length; a multipart envelope adds a little to the file.
    """
    if size > media_limit("audio") + MULTIPART_SLACK_BYTES:
        raise _too_large(kind="audio")


def audio_recording_check(*, path: str | os.PathLike[str]) -> MediaProbe:
    """Accept the local file at ``path`` as a recording only if its content is audio.

    For recordings kept on a lesson's text or dialogue line (not assets: nothing is stored
    here). Raises TooLargeError naming the audio limit, or UnsupportedMediaError with the
    probe's reason (a video is refused too).
    """
    if Path(path).stat().st_size > media_limit("audio"):
        raise _too_large(kind="audio")
    try:
        probe = media_probe(path)
    except ProbeError as error:
        raise UnsupportedMediaError(error.reason) from error
    if probe.kind != "audio":
        raise UnsupportedMediaError(_("This file is a video. Choose an audio recording."))
    return probe


def audio_recording_name(probe: MediaProbe) -> str:
    """A file name for an accepted recording whose suffix follows its content."""
    return _stored_name("", probe).replace("original", "recording", 1)


def _course_for_upload(*, user: User, course_id: int | None) -> Any:
    if course_id is None:
        return None
    from glossa.courses.models import Course
    from glossa.courses.selectors import course_can_edit

    course = Course.objects.filter(pk=course_id).first()
    if course is None or not course_can_edit(user=user, course=course):
        raise NotFoundError(_("The course was not found."))
    return course


def media_asset_create(
    *, user: User, path: str | os.PathLike[str], original_name: str, course_id: int | None = None
) -> MediaAsset:
    """Probe the local file at ``path`` and, if accepted, store it as a new asset.

    Raises ForbiddenError (not a teacher), NotFoundError (course not editable),
    UnsupportedMediaError (refused by the probe, with its reason) or TooLargeError. The
    caller keeps ownership of ``path``; processing is queued after the commit.
    """
    if not user_may_upload(user):
        raise ForbiddenError(_("Only teachers can upload media."))
    course = _course_for_upload(user=user, course_id=course_id)
    size = Path(path).stat().st_size
    upload_size_check(size=size)
    try:
        probe = media_probe(path)
    except ProbeError as error:
        raise UnsupportedMediaError(error.reason) from error
    if size > media_limit(probe.kind):
        raise _too_large(kind=probe.kind)

    with open(path, "rb") as handle:
        digest = _sha256(handle)
        asset = MediaAsset(
            owner=user,
            course=course,
            kind=probe.kind,
            original_name=Path(original_name).name[:255] or "upload",
            size=size,
            sha256=digest,
            status=MediaStatus.QUEUED,
            **_probe_fields(probe),
        )
        asset.original.save(_stored_name(original_name, probe), File(handle), save=False)
    try:
        with transaction.atomic():
            asset.save()
            transaction.on_commit(lambda: _enqueue(asset.pk))
    except Exception:
        asset.original.delete(save=False)
        raise
    logger.info(
        "media.asset.created asset_id=%s kind=%s size=%s container=%s",
        asset.pk,
        asset.kind,
        size,
        asset.container,
    )
    return asset


def media_asset_create_from_upload(
    *, user: User, upload_id: str, course_id: int | None = None
) -> MediaAsset:
    """Turn the user's finished tus upload into an asset.

    The upload is used up when the file is accepted or refused; after any other error (a
    course the user may not edit, a database failure) it stays, so nothing has to be sent again.
    """
    upload = MediaUpload.objects.filter(guid=upload_id, user=user).first()
    if upload is None:
        raise NotFoundError(_("The upload was not found. It may have expired; upload again."))
    if not upload.is_complete() or not upload.temporary_file_exists():
        raise ConflictError(_("The upload is not finished yet. Resume it, then try again."))

    metadata = upload.upload_metadata
    if isinstance(metadata, str):
        # drf-tus stores the metadata as a JSON text inside its JSON field.
        metadata = json.loads(metadata or "{}")
    name = metadata.get("filename") if isinstance(metadata, dict) else None
    # A wrong course is the caller's mistake, not the file's: the upload stays for a retry.
    _course_for_upload(user=user, course_id=course_id)
    try:
        asset = media_asset_create(
            user=user,
            path=upload.temporary_file_path,
            original_name=str(name or upload.filename or "upload"),
            course_id=course_id,
        )
    except (UnsupportedMediaError, TooLargeError):
        upload.delete()
        raise
    upload.delete()
    return asset


def media_uploads_purge() -> int:
    """Delete expired resumable uploads and their partial files; return how many."""
    count = 0
    for upload in MediaUpload.objects.filter(expires__lt=timezone.now()).iterator():
        upload.delete()
        count += 1
    if count:
        logger.info("media.uploads.purged count=%s", count)
    return count


def media_asset_delete(*, user: User, asset: MediaAsset) -> None:
    """Delete the asset, its original and renditions; refused while a block or question uses it."""
    _check_can_edit(user=user, asset=asset)
    in_use = ConflictError(
        _("This media is still used in a lesson or a question. Remove it there first.")
    )
    if _is_used(asset):
        raise in_use
    names = [asset.original.name] + [rendition.file.name for rendition in asset.renditions.all()]
    try:
        with transaction.atomic():
            asset.delete()
    except ProtectedError as error:
        raise in_use from error
    transaction.on_commit(lambda: _delete_files(names))
    logger.info("media.asset.deleted asset_id=%s user_id=%s", asset.pk, user.pk)


def _is_used(asset: MediaAsset) -> bool:
    """Whether a row of another app points at the asset (a block, a question, ...).

    Rows that belong to the asset and go with it (renditions, caption tracks: CASCADE) do not
    count. Looked up through the model's relations, so media never imports the apps above it.
    """
    for relation in MediaAsset._meta.related_objects:
        if relation.on_delete is CASCADE:
            continue
        if relation.related_model._default_manager.filter(  # type: ignore[union-attr]
            **{relation.field.name: asset}
        ).exists():
            return True
    return False


def media_asset_retry(*, user: User, asset: MediaAsset) -> MediaAsset:
    """Queue the processing again for a failed asset (or one whose worker vanished)."""
    _check_can_edit(user=user, asset=asset)
    stale = (
        asset.status == MediaStatus.PROCESSING
        and asset.updated_at < timezone.now() - STALE_PROCESSING
    )
    if asset.status != MediaStatus.FAILED and not stale:
        raise ConflictError(_("Only media whose processing failed can be retried."))
    with transaction.atomic():
        MediaAsset.objects.filter(pk=asset.pk).update(
            status=MediaStatus.QUEUED, error="", attempts=0, updated_at=timezone.now()
        )
        transaction.on_commit(lambda: _enqueue(asset.pk))
    asset.refresh_from_db()
    logger.info("media.asset.retried asset_id=%s user_id=%s", asset.pk, user.pk)
    return asset


def media_asset_process(*, asset_id: int) -> bool:
    """Make the asset's renditions; return False when a failed attempt should be retried.

    Idempotent: an asset that is ready, gone, or being processed by another worker is left
    alone, and renditions replace any of the same name from an earlier attempt.
    """
    claimed = MediaAsset.objects.filter(
        pk=asset_id, status__in=[MediaStatus.QUEUED, MediaStatus.FAILED]
    ).update(status=MediaStatus.PROCESSING, updated_at=timezone.now())
    if not claimed:
        return True
    asset = MediaAsset.objects.get(pk=asset_id)
    asset.attempts += 1
    asset.save(update_fields=["attempts", "updated_at"])

    try:
        with _local_copy(asset) as source, tempfile.TemporaryDirectory() as workdir:
            outputs = transcode.renditions_make(
                source=source, kind=asset.kind, duration=asset.duration, workdir=Path(workdir)
            )
            _renditions_replace(asset, outputs)
    except (transcode.TranscodeError, OSError) as error:
        return _attempt_failed(asset, error)

    MediaAsset.objects.filter(pk=asset_id).update(
        status=MediaStatus.READY, error="", updated_at=timezone.now()
    )
    logger.info("media.asset.ready asset_id=%s attempts=%s", asset_id, asset.attempts)
    return True


def _attempt_failed(asset: MediaAsset, error: Exception) -> bool:
    final = asset.attempts >= settings.GLOSSA_MEDIA_PROCESSING_ATTEMPTS
    reason = (
        error.reason
        if isinstance(error, transcode.TranscodeError)
        else _("The media could not be processed.")
    )
    MediaAsset.objects.filter(pk=asset.pk).update(
        status=MediaStatus.FAILED if final else MediaStatus.QUEUED,
        error=reason,
        updated_at=timezone.now(),
    )
    logger.warning(
        "media.asset.processing_failed asset_id=%s attempt=%s final=%s error=%s",
        asset.pk,
        asset.attempts,
        final,
        type(error).__name__,
    )
    return final


def _renditions_replace(asset: MediaAsset, outputs: list[transcode.Rendition]) -> None:
    old = {rendition.name: rendition for rendition in asset.renditions.all()}
    stale_files: list[str] = []
    for output in outputs:
        rendition = MediaRendition(
            asset=asset,
            name=output.name,
            content_type=output.content_type,
            size=output.path.stat().st_size,
            width=output.width,
            height=output.height,
        )
        with output.path.open("rb") as handle:
            rendition.file.save(output.path.name, File(handle), save=False)
        with transaction.atomic():
            if output.name in old:
                stale_files.append(old[output.name].file.name)
                old[output.name].delete()
            rendition.save()
    transaction.on_commit(lambda: _delete_files(stale_files))


@contextmanager
def _local_copy(asset: MediaAsset) -> Iterator[Path]:
    """Yield a local path of the original: the file itself, or a copy from object storage."""
    try:
        local: str | None = default_storage.path(asset.original.name)
    except NotImplementedError:
        local = None
    if local is not None:
        yield Path(local)
        return
    suffix = Path(asset.original.name).suffix
    with tempfile.NamedTemporaryFile(suffix=suffix) as copy:
        with default_storage.open(asset.original.name, "rb") as original:
            shutil.copyfileobj(original, copy, length=1024 * 1024)
        copy.flush()
        yield Path(copy.name)


def _check_can_edit(*, user: User, asset: MediaAsset) -> None:
    if not user_may_upload(user):
        raise ForbiddenError(_("Only teachers can manage media."))
    if not media_asset_can_edit(user=user, asset=asset):
        raise NotFoundError(_("The media was not found."))


def _enqueue(asset_id: int) -> None:
    from glossa.media.tasks import media_asset_process_task

    media_asset_process_task.enqueue(asset_id=asset_id)


def _delete_files(names: list[str]) -> None:
    for name in names:
        try:
            default_storage.delete(name)
        except OSError:
            logger.warning("media.file.delete_failed name=%s", name)


def _sha256(handle: IO[bytes]) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: handle.read(1024 * 1024), b""):
        digest.update(chunk)
    handle.seek(0)
    return digest.hexdigest()


def _stored_name(original_name: str, probe: MediaProbe) -> str:
    # The suffix follows the content, so a WebM uploaded as "talk.mp3" is stored as .webm.
    suffixes = {"matroska": ".mkv", "webm": ".webm", "mp4": ".mp4", "mov": ".mov", "m4a": ".m4a"}
    return "original" + suffixes.get(probe.container, f".{probe.container}")


def _probe_fields(probe: MediaProbe) -> dict[str, Any]:
    return {
        "container": probe.container,
        "codecs": probe.codecs,
        "duration": probe.duration,
        "width": probe.width,
        "height": probe.height,
    }
