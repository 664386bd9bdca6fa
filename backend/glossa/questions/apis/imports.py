"""Importing quiz files into question banks (docs/api.md "Questions and exercises")."""

from pathlib import PurePath
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.parsers import MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from glossa.common.exceptions import DomainError
from glossa.common.serializers import ErrorSerializer, StrictSerializer
from glossa.questions import services
from glossa.questions.grading import plain_text
from glossa.questions.models import INDEXED_CHARS, QuestionType
from glossa.questions.permissions import IsTeacher

ERRORS = {400: ErrorSerializer, 401: ErrorSerializer, 403: ErrorSerializer}
PREVIEW_TEXT_CHARS = 200


class ImportInvalidError(DomainError):
    code = "import_invalid"


class ImportErrorSerializer(serializers.Serializer[Any]):
    line = serializers.IntegerField(help_text="1-based line of the file; 0 for the whole file.")
    message = serializers.CharField()


class ImportSummarySerializer(serializers.Serializer[Any]):
    format = serializers.ChoiceField(choices=services.FORMATS)
    questions = serializers.IntegerField(help_text="Valid questions found in the file.")
    by_type = serializers.DictField(
        child=serializers.IntegerField(), help_text="Valid questions by type."
    )
    categories = serializers.ListField(child=serializers.CharField())
    # The metaclass moves declared fields off the class, so this does not shadow ``.errors``.
    errors = ImportErrorSerializer(many=True)  # type: ignore[assignment]


class ImportInvalidSerializer(ErrorSerializer):
    """The error body of an import; with code import_invalid it also carries the summary."""

    format = serializers.ChoiceField(choices=services.FORMATS, required=False)
    questions = serializers.IntegerField(required=False)
    by_type = serializers.DictField(child=serializers.IntegerField(), required=False)
    categories = serializers.ListField(child=serializers.CharField(), required=False)
    # The metaclass moves declared fields off the class, so this does not shadow ``.errors``.
    errors = ImportErrorSerializer(many=True, required=False)  # type: ignore[assignment]


class ImportPreviewItemSerializer(serializers.Serializer[Any]):
    line = serializers.IntegerField()
    type = serializers.ChoiceField(choices=QuestionType.choices)
    title = serializers.CharField()
    text = serializers.CharField(help_text="The question text as plain text, shortened.")


class ImportPreviewOutputSerializer(ImportSummarySerializer):
    preview = ImportPreviewItemSerializer(many=True)


class ImportBankSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    name = serializers.CharField()


class ImportOutputSerializer(ImportSummarySerializer):
    bank = ImportBankSerializer()
    question_ids = serializers.ListField(child=serializers.IntegerField())


class ImportFileInputSerializer(StrictSerializer):
    file = serializers.FileField(allow_empty_file=False)
    format = serializers.ChoiceField(choices=services.FORMATS, required=False)
    bank = serializers.CharField(required=False, max_length=INDEXED_CHARS, trim_whitespace=True)

    def validate_file(self, file: UploadedFile) -> UploadedFile:
        limit = settings.GLOSSA_IMPORT_MAX_BYTES
        if file.size is not None and file.size > limit:
            message = _("The file is larger than %(limit)s; split it and try again.")
            limit_text = filesizeformat(limit).replace("\xa0", " ")
            raise serializers.ValidationError(message % {"limit": limit_text}, code="too_large")
        return file


class ImportInputSerializer(ImportFileInputSerializer):
    bank = serializers.CharField(max_length=INDEXED_CHARS, trim_whitespace=True)
    skip_invalid = serializers.BooleanField(default=False)
    submission_id = serializers.UUIDField(
        required=False,
        help_text="Chosen by the client once per import; sending it again returns the first "
        "import's answer (200) and imports nothing.",
    )


def _import(
    request: Request, serializer_class: type[ImportFileInputSerializer], *, dry_run: bool
) -> services.ImportReport:
    serializer = serializer_class(data=request.data)
    serializer.is_valid(raise_exception=True)
    data = serializer.validated_data
    file: UploadedFile = data["file"]
    stem = PurePath(file.name or "").stem.removesuffix(".gift")
    bank = data.get("bank") or stem or _("Imported questions")
    return services.questions_import(
        source=file.read(),
        fmt=data.get("format"),
        bank_name=bank,
        owner=request.user,  # type: ignore[arg-type]
        dry_run=dry_run,
        skip_invalid=data.get("skip_invalid", False),
        submission_id=data.get("submission_id"),
    )


class QuestionBankImportPreviewApi(APIView):
    permission_classes = [IsTeacher]
    parser_classes = [MultiPartParser]

    @extend_schema(
        operation_id="question_banks_import_preview",
        request={"multipart/form-data": ImportFileInputSerializer},
        responses={200: ImportPreviewOutputSerializer, **ERRORS},
        summary="Read a GIFT, Aiken or Moodle XML file and report what an import would do; "
        "writes nothing.",
    )
    def post(self, request: Request) -> Response:
        report = _import(request, ImportFileInputSerializer, dry_run=True)
        preview = [
            {"line": q.line, "type": q.type, "title": q.title,
             "text": plain_text(q.text)[:PREVIEW_TEXT_CHARS]}
            for q in report.parsed
        ]  # fmt: skip
        return Response(report.summary() | {"preview": preview})


class QuestionBankImportApi(APIView):
    permission_classes = [IsTeacher]
    parser_classes = [MultiPartParser]

    @extend_schema(
        operation_id="question_banks_import",
        request={"multipart/form-data": ImportInputSerializer},
        responses={
            201: ImportOutputSerializer,
            200: OpenApiResponse(
                ImportOutputSerializer, "This submission was already imported; its result."
            ),
            **ERRORS,
            400: ImportInvalidSerializer,
        },
        summary="Import a GIFT, Aiken or Moodle XML file into one of the teacher's banks.",
        description=(
            "All or nothing unless skip_invalid is true: when any question is invalid nothing "
            "is written and the 400 body (code import_invalid) carries the summary and errors."
        ),
    )
    def post(self, request: Request) -> Response:
        report = _import(request, ImportInputSerializer, dry_run=False)
        if not report.written:
            if report.errors and report.questions == 0:
                # Skipping invalid questions cannot help: say so, not "some are invalid".
                message = _("The file has no valid question: there is nothing to import.")
            elif report.errors:
                message = _("Some questions in the file are not valid; nothing was imported.")
            else:
                message = _("The file contains no questions.")
            raise ImportInvalidError(message, extra=report.summary())
        code = status.HTTP_200_OK if report.replayed else status.HTTP_201_CREATED
        return Response(report.result(), status=code)
