"""Caption track endpoints (docs/api.md "Captions").

Reads follow the media's own rule (whoever may play the asset may read its captions, even
without signing in when the course is public); writes need a teacher or administrator who may
edit the asset (an author of its course, or its uploader while it has no course). Anything a
person may not see is 404, as if it did not exist.
"""

from typing import Any

from django.http import HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import permissions, serializers, status
from rest_framework.parsers import MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from glossa.captions import selectors, services
from glossa.captions.models import CaptionTrack, TrackKind
from glossa.captions.permissions import MayEditCaptions
from glossa.common.exceptions import DomainError, NotFoundError
from glossa.common.parsers import JSONParser
from glossa.common.serializers import ErrorSerializer, StrictSerializer
from glossa.media.models import MediaAsset
from glossa.media.selectors import media_asset_can_edit, media_asset_visible

MAX_FILE_BYTES = 5 * 1024 * 1024

READ_ERRORS = {404: ErrorSerializer}
WRITE_ERRORS = {
    400: ErrorSerializer,
    401: ErrorSerializer,
    403: ErrorSerializer,
    404: ErrorSerializer,
}


class CaptionFileTooLargeError(DomainError):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    code = "too_large"


# GET for whoever may play the media; other methods for those who may edit it. (A comment,
# not a docstring: the schema would show a docstring as each endpoint's description.)
class _ReadOrEdit(APIView):
    def get_permissions(self) -> list[permissions.BasePermission]:
        if self.request.method in permissions.SAFE_METHODS:
            return [permissions.AllowAny()]
        return [permissions.IsAuthenticated(), MayEditCaptions()]


def _asset(request: Request, asset_id: int, *, edit: bool) -> MediaAsset:
    asset = MediaAsset.objects.select_related("course").filter(pk=asset_id).first()
    check = media_asset_can_edit if edit else media_asset_visible
    if asset is None or not check(user=request.user, asset=asset):
        raise NotFoundError(_("The media was not found."))
    return asset


def _track(request: Request, track_id: int, *, edit: bool) -> CaptionTrack:
    track = selectors.track_get(track_id=track_id)
    check = media_asset_can_edit if edit else media_asset_visible
    if track is None or not check(user=request.user, asset=track.asset):
        raise NotFoundError(_("The captions were not found."))
    return track


def _language(value: str) -> str:
    parts = value.split("-")
    valid = 2 <= len(parts[0]) <= 3 and all(
        part.isascii() and part.isalnum() and 1 <= len(part) <= 8 for part in parts
    )
    if not (valid and parts[0].isalpha()):
        raise serializers.ValidationError(
            gettext_lazy("Use a language code such as “es” or “pt-BR”.")
        )
    return parts[0].lower() + "".join(f"-{part}" for part in parts[1:])


# --- output -------------------------------------------------------------------------------


class CueOutputSerializer(serializers.Serializer[Any]):
    start = serializers.IntegerField(allow_null=True, help_text="Milliseconds; null: not timed.")
    end = serializers.IntegerField(allow_null=True, help_text="Milliseconds; null: not timed.")
    text = serializers.CharField(help_text="WebVTT cue text, sanitised (WebVTT spans only).")
    identifier = serializers.CharField(allow_blank=True)
    settings = serializers.CharField(allow_blank=True, help_text="WebVTT cue settings.")


class TrackOutputSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    asset_id = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=TrackKind.choices)
    language = serializers.CharField()
    label = serializers.CharField(allow_blank=True)  # type: ignore[assignment]
    source_format = serializers.CharField()
    encoding = serializers.CharField(allow_blank=True)
    original_name = serializers.CharField(allow_blank=True)
    version = serializers.IntegerField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    url = serializers.CharField(help_text="The track as a WebVTT file.")
    cues = CueOutputSerializer(many=True)


class CaptionErrorSerializer(serializers.Serializer[Any]):
    line = serializers.IntegerField(help_text="1-based line of the file; 0: the whole file.")
    message = serializers.CharField()


class TrackCreatedSerializer(TrackOutputSerializer):
    warnings = CaptionErrorSerializer(
        many=True, help_text="What the uploaded file left out (blocks that are not cues…)."
    )


def _track_data(track: CaptionTrack) -> dict[str, Any]:
    return {
        "id": track.pk,
        "asset_id": track.asset_id,
        "kind": track.kind,
        "language": track.language,
        "label": track.label,
        "source_format": track.source_format,
        "encoding": track.encoding,
        "original_name": track.original_name,
        "version": track.version,
        "created_at": track.created_at,
        "updated_at": track.updated_at,
        "url": selectors.track_vtt_url(track),
        "cues": [
            {"start": cue.start, "end": cue.end, "text": cue.text,
             "identifier": cue.identifier, "settings": cue.settings}
            for cue in track.cues.all()
        ],
    }  # fmt: skip


def _fresh(track: CaptionTrack) -> dict[str, Any]:
    fresh = selectors.track_get(track_id=track.pk)
    assert fresh is not None  # noqa: S101 - just written in this request
    return _track_data(fresh)


# --- input --------------------------------------------------------------------------------


class TrackUploadInputSerializer(StrictSerializer):
    file = serializers.FileField(help_text="A WebVTT (.vtt) or SubRip (.srt) file.")
    language = serializers.CharField(max_length=35)
    kind = serializers.ChoiceField(choices=TrackKind.choices, default=TrackKind.CAPTIONS)
    label = serializers.CharField(  # type: ignore[assignment]
        max_length=100, required=False, default="", allow_blank=True
    )

    def validate_language(self, value: str) -> str:
        return _language(value)


class TrackTypedInputSerializer(StrictSerializer):
    language = serializers.CharField(max_length=35)
    kind = serializers.ChoiceField(choices=TrackKind.choices, default=TrackKind.CAPTIONS)
    label = serializers.CharField(  # type: ignore[assignment]
        max_length=100, required=False, default="", allow_blank=True
    )
    text = serializers.CharField(
        max_length=200_000, help_text="The transcript: each non-empty line becomes a cue."
    )

    def validate_language(self, value: str) -> str:
        return _language(value)


class TrackUpdateInputSerializer(StrictSerializer):
    version = serializers.IntegerField(min_value=1)
    language = serializers.CharField(max_length=35, required=False)
    kind = serializers.ChoiceField(choices=TrackKind.choices, required=False)
    label = serializers.CharField(  # type: ignore[assignment]
        max_length=100, required=False, allow_blank=True
    )

    def validate_language(self, value: str) -> str:
        return _language(value)


class CueInputSerializer(StrictSerializer):
    start = serializers.IntegerField(min_value=0, allow_null=True)
    end = serializers.IntegerField(min_value=0, allow_null=True)
    text = serializers.CharField(max_length=services.MAX_CUE_TEXT, trim_whitespace=False)
    identifier = serializers.CharField(
        max_length=255, required=False, allow_blank=True, help_text="Kept when omitted."
    )
    settings = serializers.CharField(
        max_length=255, required=False, allow_blank=True, help_text="WebVTT cue settings."
    )

    def validate_identifier(self, value: str) -> str:
        if "-->" in value or "\n" in value or "\r" in value:
            raise serializers.ValidationError(
                gettext_lazy("An identifier is one line without the arrow -->.")
            )
        return value


class CuesReplaceInputSerializer(StrictSerializer):
    version = serializers.IntegerField(min_value=1)
    cues = serializers.ListField(child=CueInputSerializer(), max_length=services.MAX_CUES)


def _conflict(error: services.TrackVersionConflictError) -> services.TrackVersionConflictError:
    error.extra = {"current": _fresh(error.current)}
    return error


# --- views --------------------------------------------------------------------------------


class AssetTrackListApi(_ReadOrEdit):
    parser_classes = [JSONParser, MultiPartParser]

    @extend_schema(
        operation_id="media_tracks_list",
        responses={200: TrackOutputSerializer(many=True), **READ_ERRORS},
        summary="The caption tracks of a media asset, with their cues.",
    )
    def get(self, request: Request, asset_id: int) -> Response:
        asset = _asset(request, asset_id, edit=False)
        tracks = selectors.track_list(asset_id=asset.pk)
        return Response(TrackOutputSerializer([_track_data(t) for t in tracks], many=True).data)

    @extend_schema(
        operation_id="media_tracks_create",
        request={
            "multipart/form-data": TrackUploadInputSerializer,
            "application/json": TrackTypedInputSerializer,
        },
        responses={201: TrackCreatedSerializer, 413: ErrorSerializer, **WRITE_ERRORS},
        summary="Add captions: upload a WebVTT or SubRip file, or send a typed transcript.",
        description=(
            "A refused file is 400 with code invalid_captions and errors [{line, message}]. "
            "An accepted file may still leave blocks out; they are listed in warnings."
        ),
    )
    def post(self, request: Request, asset_id: int) -> Response:
        asset = _asset(request, asset_id, edit=True)
        if "file" in request.FILES or request.content_type.startswith("multipart/"):
            track, warnings = self._upload(request, asset)
        else:
            typed = TrackTypedInputSerializer(data=request.data)
            typed.is_valid(raise_exception=True)
            track = services.track_create_typed(asset=asset, **typed.validated_data)
            warnings = []
        body = _fresh(track) | {
            "warnings": [{"line": error.line, "message": error.message} for error in warnings]
        }
        return Response(TrackCreatedSerializer(body).data, status=status.HTTP_201_CREATED)

    def _upload(self, request: Request, asset: MediaAsset) -> tuple[CaptionTrack, list[Any]]:
        upload = TrackUploadInputSerializer(data=request.data)
        upload.is_valid(raise_exception=True)
        data = dict(upload.validated_data)
        uploaded = data.pop("file")
        if uploaded.size > MAX_FILE_BYTES:
            raise CaptionFileTooLargeError(
                _("A caption file can be at most %(megabytes)s MB.")
                % {"megabytes": MAX_FILE_BYTES // (1024 * 1024)}
            )
        return services.track_create_from_file(
            asset=asset, source=uploaded.read(), name=uploaded.name or "", **data
        )


class TrackDetailApi(_ReadOrEdit):
    @extend_schema(
        operation_id="media_tracks_retrieve",
        responses={200: TrackOutputSerializer, **READ_ERRORS},
        summary="One caption track with its cues.",
    )
    def get(self, request: Request, track_id: int) -> Response:
        track = _track(request, track_id, edit=False)
        return Response(TrackOutputSerializer(_track_data(track)).data)

    @extend_schema(
        operation_id="media_tracks_partial_update",
        request=TrackUpdateInputSerializer,
        responses={200: TrackOutputSerializer, 409: ErrorSerializer, **WRITE_ERRORS},
        summary="Change a track's language, kind or label; 409 version_conflict if it changed.",
    )
    def patch(self, request: Request, track_id: int) -> Response:
        track = _track(request, track_id, edit=True)
        serializer = TrackUpdateInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        changes = dict(serializer.validated_data)
        version = changes.pop("version")
        try:
            track = services.track_update(track=track, version=version, changes=changes)
        except services.TrackVersionConflictError as error:
            raise _conflict(error) from None
        return Response(TrackOutputSerializer(_fresh(track)).data)

    @extend_schema(
        operation_id="media_tracks_destroy",
        responses={204: None, **WRITE_ERRORS},
        summary="Delete a caption track and its cues.",
    )
    def delete(self, request: Request, track_id: int) -> Response:
        track = _track(request, track_id, edit=True)
        services.track_delete(track=track)
        return Response(status=status.HTTP_204_NO_CONTENT)


class TrackCuesApi(APIView):
    permission_classes = [permissions.IsAuthenticated, MayEditCaptions]

    @extend_schema(
        operation_id="media_tracks_cues_replace",
        request=CuesReplaceInputSerializer,
        responses={200: TrackOutputSerializer, 409: ErrorSerializer, **WRITE_ERRORS},
        summary="Save every cue of a track (the timing editor); 409 version_conflict if changed.",
        description=(
            "Times are milliseconds; both null for a cue not timed yet. Timed cues end after "
            "they start, within the media, and start no earlier than the timed cue above."
        ),
    )
    def put(self, request: Request, track_id: int) -> Response:
        track = _track(request, track_id, edit=True)
        serializer = CuesReplaceInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        cues = [services.CueInput(**cue) for cue in serializer.validated_data["cues"]]
        try:
            track = services.track_cues_replace(
                track=track, version=serializer.validated_data["version"], cues=cues
            )
        except services.TrackVersionConflictError as error:
            raise _conflict(error) from None
        return Response(TrackOutputSerializer(_fresh(track)).data)


class TrackVttApi(APIView):
    permission_classes = [permissions.AllowAny]

    @extend_schema(
        operation_id="media_tracks_vtt",
        responses={
            (200, "text/vtt"): OpenApiResponse(OpenApiTypes.STR, description="A WebVTT file."),
            **READ_ERRORS,
        },
        summary="The track as a WebVTT file (cues not timed yet are left out).",
    )
    def get(self, request: Request, track_id: int) -> HttpResponse:
        track = _track(request, track_id, edit=False)
        response = HttpResponse(selectors.track_vtt(track), content_type="text/vtt; charset=utf-8")
        response["Cache-Control"] = "private, no-cache"
        response["X-Content-Type-Options"] = "nosniff"
        return response
