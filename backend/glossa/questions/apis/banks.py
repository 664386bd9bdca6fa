"""The question-bank editor: banks, their questions, a learner's preview, exports.

Teachers edit their own banks, admins every bank; learners and moderators get 403 and
another teacher's bank is 404, as if it did not exist (docs/api.md "Question-bank editor").
"""

from typing import Any

from django.http import HttpResponse
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
)
from rest_framework import serializers, status
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from glossa.common.pagination import PageNumberPagination
from glossa.common.serializers import ErrorSerializer, StrictSerializer
from glossa.media.selectors import media_asset_summary
from glossa.questions import exports, selectors, services
from glossa.questions.models import INDEXED_CHARS, Question, QuestionType, TextFormat
from glossa.questions.permissions import IsTeacher

ERRORS = {400: ErrorSerializer, 401: ErrorSerializer, 403: ErrorSerializer, 404: ErrorSerializer}


class CategoryOutputSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    path = serializers.CharField(help_text="Slash-separated path, e.g. IDEA/Epidemiology.")


class QuestionBankOutputSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    name = serializers.CharField()
    question_count = serializers.IntegerField()
    categories = CategoryOutputSerializer(many=True, source="categories.all")


class QuestionBankInputSerializer(StrictSerializer):
    name = serializers.CharField(max_length=INDEXED_CHARS)


class QuestionBankListApi(APIView):
    """The signed-in teacher's banks (GET) and a new empty bank (POST)."""

    permission_classes = [IsTeacher]
    pagination_class = PageNumberPagination

    @extend_schema(
        operation_id="question_banks_list",
        responses={200: QuestionBankOutputSerializer(many=True), **ERRORS},
        summary="The signed-in teacher's question banks.",
    )
    def get(self, request: Request) -> Response:
        banks = selectors.question_bank_list(owner=request.user)  # type: ignore[arg-type]
        paginator = self.pagination_class()
        page = paginator.paginate_queryset(banks, request, view=self)
        data = QuestionBankOutputSerializer(page, many=True).data
        return paginator.get_paginated_response(data)

    @extend_schema(
        operation_id="question_banks_create",
        request=QuestionBankInputSerializer,
        responses={201: QuestionBankOutputSerializer, **ERRORS},
        summary="Create an empty question bank owned by the signed-in teacher.",
    )
    def post(self, request: Request) -> Response:
        payload = QuestionBankInputSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        bank = services.question_bank_create(
            owner=request.user,  # type: ignore[arg-type]
            name=payload.validated_data["name"],
        )
        bank = selectors.question_bank_get(user=request.user, bank_id=bank.pk)  # type: ignore[arg-type]
        return Response(QuestionBankOutputSerializer(bank).data, status=status.HTTP_201_CREATED)


class QuestionBankDetailApi(APIView):
    permission_classes = [IsTeacher]

    @extend_schema(
        operation_id="question_banks_retrieve",
        responses={200: QuestionBankOutputSerializer, **ERRORS},
        summary="One question bank.",
    )
    def get(self, request: Request, bank_id: int) -> Response:
        bank = selectors.question_bank_get(user=request.user, bank_id=bank_id)  # type: ignore[arg-type]
        return Response(QuestionBankOutputSerializer(bank).data)

    @extend_schema(
        operation_id="question_banks_partial_update",
        request=QuestionBankInputSerializer,
        responses={200: QuestionBankOutputSerializer, **ERRORS},
        summary="Rename a question bank.",
    )
    def patch(self, request: Request, bank_id: int) -> Response:
        bank = selectors.question_bank_get(user=request.user, bank_id=bank_id)  # type: ignore[arg-type]
        payload = QuestionBankInputSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        services.question_bank_rename(bank=bank, name=payload.validated_data["name"])
        bank = selectors.question_bank_get(user=request.user, bank_id=bank.pk)  # type: ignore[arg-type]
        return Response(QuestionBankOutputSerializer(bank).data)

    @extend_schema(
        operation_id="question_banks_destroy",
        responses={204: None, **ERRORS, 409: ErrorSerializer},
        summary="Delete a bank and its questions; 409 question_in_use while exercises use any.",
    )
    def delete(self, request: Request, bank_id: int) -> Response:
        bank = selectors.question_bank_get(user=request.user, bank_id=bank_id)  # type: ignore[arg-type]
        services.question_bank_delete(bank=bank)
        return Response(status=status.HTTP_204_NO_CONTENT)


class MediaSummarySerializer(serializers.Serializer[Any]):
    """The audio asset as ``glossa.media`` summarises it (docs/api.md "Media")."""

    id = serializers.IntegerField()
    kind = serializers.CharField()
    status = serializers.CharField()
    error = serializers.CharField()
    duration = serializers.FloatField(allow_null=True)
    original_name = serializers.CharField()
    sources = serializers.ListField(child=serializers.DictField(child=serializers.CharField()))
    poster_url = serializers.CharField(allow_null=True)
    width = serializers.IntegerField(allow_null=True)
    height = serializers.IntegerField(allow_null=True)


class QuestionAuthorSerializer(serializers.Serializer[Any]):
    """A question as its author edits it: everything, answers included."""

    id = serializers.IntegerField()
    bank_id = serializers.IntegerField()
    type = serializers.ChoiceField(choices=QuestionType.choices)
    title = serializers.CharField()
    text = serializers.CharField()
    text_format = serializers.ChoiceField(choices=TextFormat.choices)
    general_feedback = serializers.CharField()
    general_feedback_format = serializers.ChoiceField(choices=TextFormat.choices)
    # The metaclass moves declared fields off the class, so this does not shadow ``.data``.
    data = serializers.JSONField(help_text="By type; see docs/api.md.")  # type: ignore[assignment]
    category = CategoryOutputSerializer(allow_null=True)
    media = serializers.SerializerMethodField()
    version = serializers.IntegerField()
    source_line = serializers.IntegerField(allow_null=True)
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()

    @extend_schema_field(MediaSummarySerializer(allow_null=True))
    def get_media(self, question: Question) -> dict[str, Any] | None:
        if question.media is None:
            return None
        user = self.context["request"].user
        return media_asset_summary(asset=question.media, user=user, visible=True)


def _author_data(request: Request, question: Question) -> dict[str, Any]:
    serializer: serializers.Serializer[Any] = QuestionAuthorSerializer(
        question, context={"request": request}
    )
    return dict(serializer.data)


class QuestionInputSerializer(StrictSerializer):
    type = serializers.ChoiceField(choices=QuestionType.choices)
    title = serializers.CharField(max_length=255, allow_blank=True, required=False)
    text = serializers.CharField(allow_blank=True, required=False, trim_whitespace=False)
    text_format = serializers.ChoiceField(choices=TextFormat.choices, required=False)
    general_feedback = serializers.CharField(
        allow_blank=True, required=False, trim_whitespace=False
    )
    general_feedback_format = serializers.ChoiceField(choices=TextFormat.choices, required=False)
    data = serializers.JSONField(required=False, help_text="By type; see docs/api.md.")  # type: ignore[assignment]
    category_id = serializers.IntegerField(allow_null=True, required=False)
    media_id = serializers.IntegerField(
        allow_null=True, required=False, help_text="An audio asset; dictation and listening only."
    )

    def changes(self) -> services.QuestionChanges:
        data = self.validated_data
        fields = ("type", "title", "text", "text_format", "general_feedback",
                  "general_feedback_format", "data")  # fmt: skip
        return services.QuestionChanges(
            **{name: data[name] for name in fields if name in data},
            category_id=data.get("category_id"),
            media_id=data.get("media_id"),
            clear_category="category_id" in data and data["category_id"] is None,
            clear_media="media_id" in data and data["media_id"] is None,
        )


class QuestionUpdateSerializer(QuestionInputSerializer):
    type = serializers.ChoiceField(choices=QuestionType.choices, required=False)
    version = serializers.IntegerField(
        min_value=1, max_value=2_000_000_000, help_text="The version the client last saw."
    )


class BankQuestionListApi(APIView):
    permission_classes = [IsTeacher]
    pagination_class = PageNumberPagination

    @extend_schema(
        operation_id="question_banks_questions_list",
        responses={200: QuestionAuthorSerializer(many=True), **ERRORS},
        summary="The questions of a bank, with their answers, in authored order.",
    )
    def get(self, request: Request, bank_id: int) -> Response:
        bank = selectors.question_bank_get(user=request.user, bank_id=bank_id)  # type: ignore[arg-type]
        paginator = self.pagination_class()
        page = paginator.paginate_queryset(selectors.question_list(bank=bank), request, view=self)
        data = QuestionAuthorSerializer(page, many=True, context={"request": request}).data
        return paginator.get_paginated_response(data)

    @extend_schema(
        operation_id="question_banks_questions_create",
        request=QuestionInputSerializer,
        responses={201: QuestionAuthorSerializer, **ERRORS},
        summary="Add a question of any type to a bank.",
    )
    def post(self, request: Request, bank_id: int) -> Response:
        bank = selectors.question_bank_get(user=request.user, bank_id=bank_id)  # type: ignore[arg-type]
        payload = QuestionInputSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        question = services.question_create(
            user=request.user,  # type: ignore[arg-type]
            bank=bank,
            changes=payload.changes(),
        )
        question = selectors.question_get(user=request.user, question_id=question.pk)  # type: ignore[arg-type]
        return Response(_author_data(request, question), status=status.HTTP_201_CREATED)


class QuestionConflictSerializer(ErrorSerializer):
    current = QuestionAuthorSerializer(help_text="The question as it is now.")


class QuestionDetailApi(APIView):
    permission_classes = [IsTeacher]

    @extend_schema(
        operation_id="questions_retrieve",
        responses={200: QuestionAuthorSerializer, **ERRORS},
        summary="One question as its author edits it.",
    )
    def get(self, request: Request, question_id: int) -> Response:
        question = selectors.question_get(user=request.user, question_id=question_id)  # type: ignore[arg-type]
        return Response(_author_data(request, question))

    @extend_schema(
        operation_id="questions_partial_update",
        request=QuestionUpdateSerializer,
        responses={200: QuestionAuthorSerializer, **ERRORS, 409: QuestionConflictSerializer},
        summary="Change a question; 409 version_conflict if it changed meanwhile.",
    )
    def patch(self, request: Request, question_id: int) -> Response:
        question = selectors.question_get(user=request.user, question_id=question_id)  # type: ignore[arg-type]
        payload = QuestionUpdateSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        try:
            question = services.question_update(
                user=request.user,  # type: ignore[arg-type]
                question=question,
                version=payload.validated_data["version"],
                changes=payload.changes(),
            )
        except services.VersionConflictError as error:
            current = selectors.question_get(user=request.user, question_id=question_id)  # type: ignore[arg-type]
            error.extra["current"] = _author_data(request, current)
            raise
        question = selectors.question_get(user=request.user, question_id=question.pk)  # type: ignore[arg-type]
        return Response(_author_data(request, question))

    @extend_schema(
        operation_id="questions_destroy",
        responses={204: None, **ERRORS, 409: ErrorSerializer},
        summary="Delete a question; 409 question_in_use while an exercise uses it.",
    )
    def delete(self, request: Request, question_id: int) -> Response:
        question = selectors.question_get(user=request.user, question_id=question_id)  # type: ignore[arg-type]
        services.question_delete(question=question)
        return Response(status=status.HTTP_204_NO_CONTENT)


class PublicTextSerializer(serializers.Serializer[Any]):
    id = serializers.CharField()
    text_html = serializers.CharField()


class PublicItemSerializer(serializers.Serializer[Any]):
    id = serializers.CharField()
    text = serializers.CharField()


class PublicSegmentSerializer(serializers.Serializer[Any]):
    type = serializers.ChoiceField(choices=["text", "gap"])
    text = serializers.CharField(required=False, help_text="Text segments only.")
    id = serializers.CharField(required=False, help_text="Gap segments only: the gap's id.")


class PublicQuestionSerializer(serializers.Serializer[Any]):
    """A question as a learner receives it (docs/api.md "Public question"): no answers."""

    id = serializers.IntegerField()
    type = serializers.ChoiceField(choices=QuestionType.choices)
    title = serializers.CharField()
    text_html = serializers.CharField()
    options = PublicTextSerializer(
        many=True, required=False, help_text="Single, multiple and listening choice."
    )
    prompts = PublicTextSerializer(many=True, required=False, help_text="Matching.")
    choices = PublicItemSerializer(many=True, required=False, help_text="Matching.")
    items = PublicItemSerializer(
        many=True, required=False, help_text="Ordering: shuffled, never in the right order."
    )
    unit = serializers.ChoiceField(choices=["word", "sentence"], required=False)
    segments = PublicSegmentSerializer(many=True, required=False, help_text="Gap fill.")
    mode = serializers.ChoiceField(choices=["type", "drag"], required=False)
    word_bank = serializers.ListField(
        child=serializers.CharField(), required=False, help_text="Gap fill, drag mode: shuffled."
    )
    media = MediaSummarySerializer(
        allow_null=True, required=False, help_text="Dictation and listening choice."
    )
    word_count = serializers.IntegerField(required=False, help_text="Dictation.")


class QuestionPreviewApi(APIView):
    permission_classes = [IsTeacher]

    @extend_schema(
        operation_id="questions_preview",
        responses={200: PublicQuestionSerializer, **ERRORS},
        summary="The question exactly as a learner receives it in a lesson (no answers).",
        description="The public question shape of docs/api.md, the same as in lesson blocks.",
    )
    def get(self, request: Request, question_id: int) -> Response:
        question = selectors.question_get(user=request.user, question_id=question_id)  # type: ignore[arg-type]
        return Response(selectors.question_public_data(question))


class ExportFormatSerializer(StrictSerializer):
    format = serializers.ChoiceField(choices=exports.EXPORT_FORMATS)


class _FirstRenderer(BaseContentNegotiation):
    """Answer with the first renderer whatever ``?format=`` says: DRF reads that parameter
    as a renderer name, and here it names the file format of the export."""

    def select_parser(self, request: Request, parsers: Any) -> Any:
        return parsers[0] if parsers else None

    def select_renderer(self, request: Request, renderers: Any, format_suffix: Any = None) -> Any:
        return renderers[0], renderers[0].media_type


class QuestionBankExportApi(APIView):
    permission_classes = [IsTeacher]
    content_negotiation_class = _FirstRenderer

    @extend_schema(
        operation_id="question_banks_export",
        parameters=[
            OpenApiParameter("format", str, enum=list(exports.EXPORT_FORMATS), required=True)
        ],
        responses={
            (200, "application/octet-stream"): OpenApiResponse(
                OpenApiTypes.BINARY,
                "The file, as an attachment (.gift.txt or .xml); the header "
                "Glossa-Skipped-Questions counts the questions the format cannot hold.",
            ),
            **ERRORS,
        },
        summary="Download a bank as GIFT or Moodle XML (Moodle can import both).",
    )
    def get(self, request: Request, bank_id: int) -> HttpResponse:
        bank = selectors.question_bank_get(user=request.user, bank_id=bank_id)  # type: ignore[arg-type]
        query = ExportFormatSerializer(data=request.query_params.dict())
        query.is_valid(raise_exception=True)
        fmt = query.validated_data["format"]
        export = exports.bank_export(
            bank=bank, questions=list(selectors.question_list(bank=bank)), fmt=fmt
        )
        name = (slugify(bank.name, allow_unicode=True) or "questions") + export.suffix
        response = HttpResponse(export.content, content_type=export.content_type)
        response["Content-Disposition"] = content_disposition_header(True, name) or ""
        # Questions the format cannot hold (GIFT: the language types; both: audio questions).
        response["Glossa-Skipped-Questions"] = str(export.skipped)
        return response
