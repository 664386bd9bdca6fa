"""Authoring endpoints for a teacher's own recordings of text blocks and dialogue lines.

Learners hear a recording before any generated voice. The file is sent as multipart and
judged by its content (it must be audio within ``GLOSSA_MEDIA_MAX_AUDIO_BYTES``).
"""

from django.core.files.uploadedfile import UploadedFile
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.parsers import MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from glossa.authoring import selectors, services
from glossa.authoring.apis.courses import ERRORS
from glossa.authoring.apis.lessons import block_data, line_data
from glossa.authoring.permissions import CanAuthor, author
from glossa.authoring.serializers import (
    AuthoringBlockSerializer,
    AuthoringLineSerializer,
    current_on_conflict,
    version_field,
)
from glossa.common.serializers import ErrorSerializer, StrictSerializer
from glossa.media import services as media_services

UPLOAD_ERRORS = {**ERRORS, 413: ErrorSerializer}


class RecordingInputSerializer(StrictSerializer):
    # Empty files pass here so that the probe refuses them with its own clear reason.
    file = serializers.FileField(
        allow_empty_file=True,
        help_text="Audio (mp3, m4a, ogg, opus, wav, webm, flac), decided by its content.",
    )
    version = version_field()


class RecordingRemoveInputSerializer(StrictSerializer):
    version = version_field()


def _upload(request: Request) -> tuple[UploadedFile, int]:
    # Refuse an oversized body from its declared length, before reading any of it.
    media_services.audio_size_check(size=int(request.META.get("CONTENT_LENGTH") or 0))
    data = RecordingInputSerializer(data=request.data)
    data.is_valid(raise_exception=True)
    return data.validated_data["file"], data.validated_data["version"]


def _removal_version(request: Request) -> int:
    data = RecordingRemoveInputSerializer(data=request.query_params)
    data.is_valid(raise_exception=True)
    version: int = data.validated_data["version"]
    return version


class AuthoringBlockRecordingApi(APIView):
    permission_classes = [CanAuthor]
    parser_classes = [MultiPartParser]

    @extend_schema(
        operation_id="authoring_blocks_recording_create",
        summary="Upload the teacher's own recording of a text block (replaces any earlier one).",
        request={"multipart/form-data": RecordingInputSerializer},
        responses={200: AuthoringBlockSerializer, **UPLOAD_ERRORS},
    )
    def post(self, request: Request, block_id: int) -> Response:
        block = selectors.authoring_block_get(user=author(request), block_id=block_id)
        upload, version = _upload(request)
        with current_on_conflict(lambda: block_data(request, block_id)):
            services.block_recording_set(block=block, version=version, upload=upload)
        return Response(block_data(request, block_id))

    @extend_schema(
        operation_id="authoring_blocks_recording_destroy",
        summary="Remove the recording of a text block; learners hear generated speech again.",
        parameters=[RecordingRemoveInputSerializer],
        responses={200: AuthoringBlockSerializer, **ERRORS},
    )
    def delete(self, request: Request, block_id: int) -> Response:
        block = selectors.authoring_block_get(user=author(request), block_id=block_id)
        version = _removal_version(request)
        with current_on_conflict(lambda: block_data(request, block_id)):
            services.block_recording_remove(block=block, version=version)
        return Response(block_data(request, block_id))


class AuthoringLineRecordingApi(APIView):
    permission_classes = [CanAuthor]
    parser_classes = [MultiPartParser]

    @extend_schema(
        operation_id="authoring_dialogue_lines_recording_create",
        summary="Upload the teacher's own recording of a dialogue line (replaces any earlier one).",
        request={"multipart/form-data": RecordingInputSerializer},
        responses={200: AuthoringLineSerializer, **UPLOAD_ERRORS},
    )
    def post(self, request: Request, line_id: int) -> Response:
        line = selectors.authoring_line_get(user=author(request), line_id=line_id)
        upload, version = _upload(request)
        with current_on_conflict(lambda: line_data(request, line_id)):
            services.line_recording_set(line=line, version=version, upload=upload)
        return Response(line_data(request, line_id))

    @extend_schema(
        operation_id="authoring_dialogue_lines_recording_destroy",
        summary="Remove the recording of a dialogue line.",
        parameters=[RecordingRemoveInputSerializer],
        responses={200: AuthoringLineSerializer, **ERRORS},
    )
    def delete(self, request: Request, line_id: int) -> Response:
        line = selectors.authoring_line_get(user=author(request), line_id=line_id)
        version = _removal_version(request)
        with current_on_conflict(lambda: line_data(request, line_id)):
            services.line_recording_remove(line=line, version=version)
        return Response(line_data(request, line_id))
