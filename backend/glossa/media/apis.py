"""Media endpoints (docs/api.md, "Media"): limits, uploads, assets, retry and delivery."""

import logging
from typing import Any

from django.conf import settings
from django.core.files.storage import default_storage, storages
from django.core.files.uploadedfile import UploadedFile
from django.http import HttpRequest, HttpResponseBase, HttpResponseRedirect, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.parsers import JSONParser, MultiPartParser
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework_tus import constants as tus_constants
from rest_framework_tus.views import UploadViewSet

from glossa.accounts.models import User
from glossa.common.exceptions import DomainError, NotFoundError, error_body
from glossa.common.media import storage_file_response
from glossa.common.pagination import PageNumberPagination
from glossa.common.serializers import ErrorSerializer, StrictSerializer
from glossa.media import selectors, services
from glossa.media.models import MediaAsset, MediaUpload
from glossa.media.permissions import IsTeacher
from glossa.media.probe import AUDIO_TYPES, VIDEO_TYPES

logger = logging.getLogger(__name__)

ERRORS = {400: ErrorSerializer, 401: ErrorSerializer, 403: ErrorSerializer}


class InvalidUploadError(DomainError):
    code = "invalid_upload"


class LimitsOutputSerializer(serializers.Serializer[Any]):
    video_max_bytes = serializers.IntegerField()
    audio_max_bytes = serializers.IntegerField()
    video_types = serializers.ListField(child=serializers.CharField())
    audio_types = serializers.ListField(child=serializers.CharField())
    upload_chunk_bytes = serializers.IntegerField(
        help_text="Largest body of one tus PATCH request."
    )


class MediaLimitsApi(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="media_limits",
        responses={200: LimitsOutputSerializer},
        summary="Upload limits, for the app to check a file before uploading it.",
    )
    def get(self, request: Request) -> Response:
        data = {
            "video_max_bytes": services.media_limit("video"),
            "audio_max_bytes": services.media_limit("audio"),
            "video_types": list(VIDEO_TYPES),
            "audio_types": list(AUDIO_TYPES),
            "upload_chunk_bytes": settings.GLOSSA_MEDIA_UPLOAD_CHUNK_BYTES,
        }
        return Response(LimitsOutputSerializer(data).data)


class SourceSerializer(serializers.Serializer[Any]):
    url = serializers.CharField()
    type = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]


class AssetSummarySerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=["audio", "video"])
    status = serializers.ChoiceField(
        choices=["uploading", "queued", "processing", "ready", "failed"]
    )
    error = serializers.CharField()
    duration = serializers.FloatField(allow_null=True)
    original_name = serializers.CharField()
    sources = SourceSerializer(many=True)
    poster_url = serializers.CharField(allow_null=True)
    width = serializers.IntegerField(allow_null=True)
    height = serializers.IntegerField(allow_null=True)


class RenditionOutputSerializer(serializers.Serializer[Any]):
    name = serializers.CharField()
    content_type = serializers.CharField()
    size = serializers.IntegerField()
    width = serializers.IntegerField(allow_null=True)
    height = serializers.IntegerField(allow_null=True)


class AssetOutputSerializer(AssetSummarySerializer):
    course_id = serializers.IntegerField(allow_null=True)
    container = serializers.CharField()
    codecs = serializers.ListField(child=serializers.CharField())
    size = serializers.IntegerField()
    sha256 = serializers.CharField()
    attempts = serializers.IntegerField()
    renditions = RenditionOutputSerializer(many=True)
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


def _asset_data(asset: MediaAsset, user: User) -> dict[str, Any]:
    summary = selectors.media_asset_summary(asset=asset, user=user, visible=True)
    return summary | {
        "course_id": asset.course_id,
        "container": asset.container,
        "codecs": asset.codecs,
        "size": asset.size,
        "sha256": asset.sha256,
        "attempts": asset.attempts,
        "renditions": list(asset.renditions.all()),
        "created_at": asset.created_at,
        "updated_at": asset.updated_at,
    }


class AssetCreateInputSerializer(StrictSerializer):
    file = serializers.FileField(
        required=False, allow_empty_file=True, help_text="Simple upload (multipart)."
    )
    upload = serializers.UUIDField(required=False, help_text="Id of a finished tus upload.")
    course = serializers.IntegerField(required=False, allow_null=True)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if ("file" in attrs) == ("upload" in attrs):
            raise serializers.ValidationError(_("Send either a file or the id of an upload."))
        return attrs


class MediaAssetListApi(APIView):
    """GET lists the assets the teacher may edit; POST accepts an upload as a new asset."""

    permission_classes = [IsTeacher]
    parser_classes = [MultiPartParser, JSONParser]
    pagination_class = PageNumberPagination

    @extend_schema(
        operation_id="media_assets_list",
        parameters=[OpenApiParameter("course", int, required=False)],
        responses={200: AssetOutputSerializer(many=True), **ERRORS},
        summary="Media assets the teacher may edit, newest first.",
    )
    def get(self, request: Request) -> Response:
        course = request.query_params.get("course")
        if course is not None and not course.isdigit():
            raise NotFoundError(_("The course was not found."))
        assets = selectors.media_asset_list(
            user=request.user,  # type: ignore[arg-type]
            course_id=int(course) if course is not None else None,
        )
        paginator = self.pagination_class()
        page = paginator.paginate_queryset(assets, request, view=self)
        data = [_asset_data(asset, request.user) for asset in page or []]  # type: ignore[arg-type]
        return paginator.get_paginated_response(AssetOutputSerializer(data, many=True).data)

    @extend_schema(
        operation_id="media_assets_create",
        request={
            "multipart/form-data": AssetCreateInputSerializer,
            "application/json": AssetCreateInputSerializer,
        },
        responses={
            201: AssetOutputSerializer,
            404: ErrorSerializer,
            413: ErrorSerializer,
            **ERRORS,
        },
        summary="Accept an upload (a file, or a finished tus upload) as a new asset.",
    )
    def post(self, request: Request) -> Response:
        # Refuse an oversized body from its declared length, before reading any of it.
        services.upload_size_check(size=int(request.META.get("CONTENT_LENGTH") or 0))
        serializer = AssetCreateInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user: User = request.user  # type: ignore[assignment]
        course_id = serializer.validated_data.get("course")
        if "upload" in serializer.validated_data:
            asset = services.media_asset_create_from_upload(
                user=user, upload_id=str(serializer.validated_data["upload"]), course_id=course_id
            )
        else:
            uploaded: UploadedFile = serializer.validated_data["file"]
            with services.upload_local_path(uploaded) as path:
                asset = services.media_asset_create(
                    user=user,
                    path=path,
                    original_name=uploaded.name or "upload",
                    course_id=course_id,
                )
        asset = selectors.media_asset_get(asset_id=asset.pk) or asset
        data = AssetOutputSerializer(_asset_data(asset, user)).data
        return Response(data, status=status.HTTP_201_CREATED)


def _editable_asset(request: Request, asset_id: int) -> MediaAsset:
    asset = selectors.media_asset_get(asset_id=asset_id)
    if asset is None or not selectors.media_asset_can_edit(user=request.user, asset=asset):
        raise NotFoundError(_("The media was not found."))
    return asset


class MediaAssetDetailApi(APIView):
    permission_classes = [IsTeacher]

    @extend_schema(
        operation_id="media_assets_retrieve",
        responses={200: AssetOutputSerializer, 404: ErrorSerializer, **ERRORS},
        summary="One media asset, with its processing status and renditions.",
    )
    def get(self, request: Request, asset_id: int) -> Response:
        asset = _editable_asset(request, asset_id)
        return Response(AssetOutputSerializer(_asset_data(asset, request.user)).data)  # type: ignore[arg-type]

    @extend_schema(
        operation_id="media_assets_destroy",
        responses={204: None, 404: ErrorSerializer, 409: ErrorSerializer, **ERRORS},
        summary="Delete a media asset and its files (refused while a lesson or question uses it).",
    )
    def delete(self, request: Request, asset_id: int) -> Response:
        asset = _editable_asset(request, asset_id)
        services.media_asset_delete(user=request.user, asset=asset)  # type: ignore[arg-type]
        return Response(status=status.HTTP_204_NO_CONTENT)


class MediaAssetRetryApi(APIView):
    permission_classes = [IsTeacher]

    @extend_schema(
        operation_id="media_assets_retry",
        request=None,
        responses={
            200: AssetOutputSerializer,
            404: ErrorSerializer,
            409: ErrorSerializer,
            **ERRORS,
        },
        summary="Queue the processing of a failed asset again.",
    )
    def post(self, request: Request, asset_id: int) -> Response:
        asset = _editable_asset(request, asset_id)
        services.media_asset_retry(user=request.user, asset=asset)  # type: ignore[arg-type]
        asset = _editable_asset(request, asset_id)
        return Response(AssetOutputSerializer(_asset_data(asset, request.user)).data)  # type: ignore[arg-type]


class MediaUploadApi(UploadViewSet):  # type: ignore[misc]
    """The tus 1.0 endpoints (creation, HEAD offset, PATCH chunk, termination) of drf-tus,
    limited to teachers and to their own uploads, with Glossa's limits and error shape.

    Left out of the OpenAPI schema: tus clients speak the protocol, not the schema.
    """

    permission_classes = [IsTeacher]
    schema = None
    max_file_size = settings.REST_FRAMEWORK_TUS["MAX_FILE_SIZE"]

    def get_queryset(self) -> Any:
        return MediaUpload.objects.filter(user_id=self.request.user.pk)

    def options(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        """Answer tus discovery in headers, as the protocol says (drf-tus puts it in a body).

        No CORS headers: the app uploads from its own origin.
        """
        headers = {
            "Tus-Resumable": "1.0.0",
            "Tus-Version": "1.0.0",
            "Tus-Extension": "creation,termination,expiration,checksum",
            "Tus-Max-Size": str(self.max_file_size),
            "Tus-Checksum-Algorithm": "sha1,sha256",
            "Cache-Control": "no-store",
        }
        return Response(status=status.HTTP_204_NO_CONTENT, headers=headers)

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        length = getattr(request, tus_constants.UPLOAD_LENGTH_FIELD_NAME, -1)
        if length < 0:
            raise InvalidUploadError(_("Send the size of the file (Upload-Length)."))
        services.upload_size_check(size=length)
        response: Response = super().create(request, *args, **kwargs)
        return response

    def validate_chunk(self, offset: int, chunk_bytes: bytes) -> bytes:
        upload = self.get_object()
        if offset + len(chunk_bytes) > upload.upload_length:
            raise InvalidUploadError(_("The upload is longer than the size it declared."))
        return chunk_bytes

    def get_success_headers(self, data: Any) -> dict[str, str]:
        return {"Location": reverse("media-upload-detail", kwargs={"guid": data["guid"]})}


@require_safe
def media_file_serve(request: HttpRequest, token: str) -> HttpResponseBase:
    """Deliver one rendition from a signed link (see selectors.delivery_url).

    Local storage: streamed here with Range, ETag and caching headers. Object storage: a
    redirect to a signed URL that works for GLOSSA_MEDIA_SIGNED_URL_SECONDS.
    """
    delivery = selectors.delivery_token_read(token)
    rendition = None
    if delivery is not None:
        asset = selectors.media_asset_get(asset_id=delivery.asset_id)
        rendition = next(
            (r for r in (asset.renditions.all() if asset else []) if r.name == delivery.rendition),
            None,
        )
    if rendition is None:
        message = _("This media link is not valid or has expired. Reload the page.")
        return JsonResponse(error_body(404, "not_found", message), status=404)

    if _object_storage():
        url = default_storage.url(  # type: ignore[call-arg]
            rendition.file.name,
            parameters={"ResponseContentType": rendition.content_type},
            expire=settings.GLOSSA_MEDIA_SIGNED_URL_SECONDS,
        )
        redirect = HttpResponseRedirect(url)
        redirect["Cache-Control"] = "private, no-store"
        return redirect
    response = storage_file_response(
        request,
        rendition.file.name,
        content_type=rendition.content_type,
        cache_control="private, max-age=3600",
    )
    if response.status_code == status.HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE:
        # In the API's error shape, keeping the header that tells the player the real size.
        message = _("The requested range is outside the file.")
        refused = JsonResponse(error_body(416, "range_not_satisfiable", message), status=416)
        refused["Content-Range"] = response["Content-Range"]
        return refused
    return response


def _object_storage() -> bool:
    """Whether files live in an object store that can sign URLs (django-storages' S3)."""
    from storages.backends.s3 import S3Storage

    # ``storages`` gives the configured instance itself; default_storage is a lazy proxy whose
    # wrapped object may not exist yet in this process.
    return isinstance(storages["default"], S3Storage)
