"""Course packages: export a course as a zip, import one as a new course (docs/api.md)."""

import tempfile
from typing import Any

from django.conf import settings
from django.http import FileResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.parsers import MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from glossa.authoring.permissions import CanAuthor, author
from glossa.authoring.selectors import authoring_course_get
from glossa.common.serializers import ErrorSerializer, StrictSerializer
from glossa.packages import services
from glossa.packages.archive import package_size_check
from glossa.packages.exporter import package_file_name

ERRORS = {400: ErrorSerializer, 401: ErrorSerializer, 403: ErrorSerializer, 404: ErrorSerializer}
# Packages up to this size are built in memory; larger ones spill to a temporary file.
SPOOL_BYTES = 8 * 1024 * 1024


class CourseExportApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_courses_export",
        summary="Download a course as a package (zip: manifest.json and media/).",
        responses={
            (200, "application/zip"): OpenApiResponse(OpenApiTypes.BINARY, "The package."),
            **ERRORS,
        },
    )
    def get(self, request: Request, course_id: int) -> FileResponse:
        course = authoring_course_get(user=author(request), course_id=course_id)
        package = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 - the response closes it
        services.course_export(course=course, target=package)
        package.seek(0)
        return FileResponse(
            package,
            as_attachment=True,
            filename=package_file_name(course),
            content_type="application/zip",
        )


class CourseImportInputSerializer(StrictSerializer):
    file = serializers.FileField(help_text="A course package made by GET …/export.")


class CourseImportOutputSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    slug = serializers.CharField()
    title = serializers.CharField()
    status = serializers.CharField(help_text="Always draft.")
    lesson_count = serializers.IntegerField()
    question_bank_id = serializers.IntegerField(
        allow_null=True, help_text="The new bank holding the questions of the exercise sets."
    )
    warnings = serializers.ListField(
        child=serializers.CharField(), help_text="What was left out, e.g. voices not installed."
    )


class CourseImportLimitsOutputSerializer(serializers.Serializer[Any]):
    max_bytes = serializers.IntegerField(help_text="The largest package accepted, in bytes.")


class CourseImportApi(APIView):
    """GET tells what a package may be (to check a file before sending it); POST imports one."""

    permission_classes = [CanAuthor]
    parser_classes = [MultiPartParser]

    @extend_schema(
        operation_id="authoring_courses_import_limits",
        summary="The largest course package accepted for import.",
        responses={200: CourseImportLimitsOutputSerializer, **ERRORS},
    )
    def get(self, request: Request) -> Response:
        data = {"max_bytes": settings.GLOSSA_PACKAGE_MAX_BYTES}
        return Response(CourseImportLimitsOutputSerializer(data).data)

    @extend_schema(
        operation_id="authoring_courses_import",
        summary="Import a course package as a new draft course owned by the caller.",
        request={"multipart/form-data": CourseImportInputSerializer},
        responses={201: CourseImportOutputSerializer, 413: ErrorSerializer, **ERRORS},
    )
    def post(self, request: Request) -> Response:
        data = CourseImportInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        upload = data.validated_data["file"]
        package_size_check(upload.size)

        with upload.open("rb") as source:
            result = services.course_import(owner=author(request), source=source)
        body = {
            "id": result.course.pk,
            "slug": result.course.slug,
            "title": result.course.title,
            "status": result.course.status,
            "lesson_count": result.course.lessons.count(),
            "question_bank_id": result.bank.pk if result.bank else None,
            "warnings": result.warnings,
        }
        return Response(CourseImportOutputSerializer(body).data, status=status.HTTP_201_CREATED)
