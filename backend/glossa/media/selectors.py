"""Reads of media assets, who may see them, and the links players use to fetch them.

A ``<video>`` or ``<audio>`` element cannot send the API's bearer token, so delivery links
carry their own short-lived signature: whoever reads an asset summary has passed the
permission check, and the link in it works for ``GLOSSA_MEDIA_URL_MAX_AGE`` seconds.
"""

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core import signing
from django.db.models import Prefetch, QuerySet
from django.urls import reverse

from glossa.accounts.models import Role, User
from glossa.media.models import MediaAsset, MediaKind, MediaRendition, MediaStatus, RenditionName

AnyUser = User | AnonymousUser

_DELIVERY_SALT = "glossa.media.delivery"

# Sources in the order a player should try them: the smaller or more widely played first.
SOURCE_ORDER = {
    MediaKind.VIDEO: [RenditionName.VIDEO_720, RenditionName.VIDEO_360],
    MediaKind.AUDIO: [RenditionName.AUDIO_OPUS, RenditionName.AUDIO_AAC],
}
SOURCE_LABELS = {
    RenditionName.VIDEO_720: "720p",
    RenditionName.VIDEO_360: "360p",
    RenditionName.AUDIO_OPUS: "Opus",
    RenditionName.AUDIO_AAC: "AAC",
}
SOURCE_TYPES = {
    RenditionName.VIDEO_720: 'video/mp4; codecs="avc1.640028, mp4a.40.2"',
    RenditionName.VIDEO_360: 'video/mp4; codecs="avc1.64001e, mp4a.40.2"',
    RenditionName.AUDIO_OPUS: 'audio/webm; codecs="opus"',
    RenditionName.AUDIO_AAC: 'audio/mp4; codecs="mp4a.40.2"',
}


def user_is_admin(user: AnyUser) -> bool:
    return bool(user.is_authenticated and (user.is_superuser or user.role == Role.ADMIN))


def user_may_upload(user: AnyUser) -> bool:
    """Teachers and administrators upload media; learners and moderators do not."""
    return bool(user.is_authenticated and (user.role == Role.TEACHER or user_is_admin(user)))


def media_asset_can_edit(*, user: AnyUser, asset: MediaAsset) -> bool:
    """Authors of the asset's course (or, with no course yet, its uploader) and admins."""
    if not user_may_upload(user):
        return False
    if user_is_admin(user):
        return True
    if asset.course_id is not None:
        # Imported here: courses sit above media in the layering.
        from glossa.courses.selectors import course_can_edit

        return course_can_edit(user=user, course=asset.course)  # type: ignore[arg-type]
    return asset.owner_id == user.pk


def media_asset_visible(*, user: AnyUser, asset: MediaAsset) -> bool:
    """Whether ``user`` may play ``asset``: the course's media rule, or its editors."""
    if asset.course_id is None:
        return media_asset_can_edit(user=user, asset=asset)
    from glossa.courses.selectors import course_media_visible

    return course_media_visible(user=user, course=asset.course)  # type: ignore[arg-type]


def _with_renditions(queryset: QuerySet[MediaAsset]) -> QuerySet[MediaAsset]:
    return queryset.select_related("course").prefetch_related(
        Prefetch("renditions", queryset=MediaRendition.objects.order_by("name"))
    )


def media_asset_list(*, user: User, course_id: int | None = None) -> QuerySet[MediaAsset]:
    """Assets ``user`` may edit, newest first; of one course when ``course_id`` is given.

    Teachers see their own uploads and the assets of the courses they author.
    """
    assets = MediaAsset.objects.all()
    if not user_is_admin(user):
        from glossa.courses.models import CourseAuthor

        authored = CourseAuthor.objects.filter(user=user).values("course_id")
        assets = assets.filter(course_id__in=authored) | assets.filter(
            course__isnull=True, owner=user
        )
    if course_id is not None:
        assets = assets.filter(course_id=course_id)
    return _with_renditions(assets.order_by("-created_at", "-id"))


def media_asset_get(*, asset_id: int) -> MediaAsset | None:
    return _with_renditions(MediaAsset.objects.filter(pk=asset_id)).first()


@dataclass(frozen=True)
class Delivery:
    asset_id: int
    rendition: str


def delivery_token_make(*, asset: MediaAsset, rendition: str) -> str:
    return signing.dumps([asset.pk, rendition], salt=_DELIVERY_SALT, compress=False)


def delivery_token_read(token: str) -> Delivery | None:
    """Return what a delivery link points at, or None when it is forged or has expired."""
    try:
        value = signing.loads(token, salt=_DELIVERY_SALT, max_age=settings.GLOSSA_MEDIA_URL_MAX_AGE)
    except signing.BadSignature:
        return None
    if not (isinstance(value, list) and len(value) == 2):
        return None
    asset_id, rendition = value
    if not isinstance(asset_id, int) or rendition not in RenditionName.values:
        return None
    return Delivery(asset_id=asset_id, rendition=rendition)


def delivery_url(*, asset: MediaAsset, rendition: str) -> str:
    token = delivery_token_make(asset=asset, rendition=rendition)
    return reverse("media-file", kwargs={"token": token})


def media_asset_summary(
    *, asset: MediaAsset, user: AnyUser, visible: bool | None = None
) -> dict[str, Any]:
    """The asset as blocks and questions embed it (docs/api.md, "Media").

    ``sources`` and ``poster_url`` are filled only when the asset is ready and ``user`` may
    play it. Pass ``visible`` when the caller has already checked the course's media rule;
    prefetch ``renditions`` (see ``media_asset_list``) to keep lists to one query.
    """
    if visible is None:
        visible = media_asset_visible(user=user, asset=asset)
    sources: list[dict[str, str]] = []
    poster_url = None
    if visible and asset.status == MediaStatus.READY:
        available = {rendition.name for rendition in asset.renditions.all()}
        for name in SOURCE_ORDER[MediaKind(asset.kind)]:
            if name in available:
                sources.append(
                    {
                        "url": delivery_url(asset=asset, rendition=name),
                        "type": SOURCE_TYPES[name],
                        "label": SOURCE_LABELS[name],
                    }
                )
        if RenditionName.POSTER in available:
            poster_url = delivery_url(asset=asset, rendition=RenditionName.POSTER)
    return {
        "id": asset.pk,
        "kind": asset.kind,
        "status": asset.status,
        "error": asset.error,
        "duration": asset.duration,
        "original_name": asset.original_name,
        "sources": sources,
        "poster_url": poster_url,
        "width": asset.width,
        "height": asset.height,
    }
