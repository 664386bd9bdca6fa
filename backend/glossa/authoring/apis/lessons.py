"""Authoring endpoints for lessons and their blocks and dialogue lines."""

from typing import Any

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from glossa.authoring import selectors, services
from glossa.authoring.apis.courses import ERRORS
from glossa.authoring.permissions import CanAuthor, author
from glossa.authoring.serializers import (
    AuthoringBlockSerializer,
    AuthoringLessonSerializer,
    AuthoringLineSerializer,
    MoveInputSerializer,
    OrderEntrySerializer,
    current_on_conflict,
    order_data,
    version_field,
)
from glossa.common.exceptions import NotFoundError
from glossa.common.serializers import StrictSerializer
from glossa.courses.models import BlockType

POSITION_HELP = "0-based place among the siblings; default: at the end."


def _position_field() -> serializers.IntegerField:
    return serializers.IntegerField(
        min_value=0, max_value=1_000_000, required=False, help_text=POSITION_HELP
    )


def lesson_data(request: Request, lesson_id: int) -> dict[str, Any]:
    lesson = selectors.authoring_lesson_get(user=author(request), lesson_id=lesson_id)
    return AuthoringLessonSerializer(lesson).data


def block_data(request: Request, block_id: int) -> dict[str, Any]:
    block = selectors.authoring_block_get(user=author(request), block_id=block_id)
    return AuthoringBlockSerializer(block).data


def line_data(request: Request, line_id: int) -> dict[str, Any]:
    line = selectors.authoring_line_get(user=author(request), line_id=line_id)
    return AuthoringLineSerializer(line).data


# --- lessons ---------------------------------------------------------------------------------


class LessonCreateInputSerializer(StrictSerializer):
    title = serializers.CharField(max_length=191)
    position = _position_field()


class LessonUpdateInputSerializer(StrictSerializer):
    title = serializers.CharField(max_length=191)
    version = version_field()


class AuthoringLessonCreateApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_lessons_create",
        summary="Add a lesson to a course.",
        request=LessonCreateInputSerializer,
        responses={201: AuthoringLessonSerializer, **ERRORS},
    )
    def post(self, request: Request, course_id: int) -> Response:
        course = selectors.authoring_course_get(user=author(request), course_id=course_id)
        data = LessonCreateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        lesson = services.lesson_author_create(
            course=course,
            title=data.validated_data["title"],
            index=data.validated_data.get("position"),
        )
        return Response(lesson_data(request, lesson.pk), status=status.HTTP_201_CREATED)


class AuthoringLessonDetailApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_lessons_retrieve",
        summary="A lesson with all its blocks as its authors edit them.",
        responses={200: AuthoringLessonSerializer, **ERRORS},
    )
    def get(self, request: Request, lesson_id: int) -> Response:
        return Response(lesson_data(request, lesson_id))

    @extend_schema(
        operation_id="authoring_lessons_partial_update",
        summary="Rename a lesson; refused with 409 version_conflict if it changed meanwhile.",
        request=LessonUpdateInputSerializer,
        responses={200: AuthoringLessonSerializer, **ERRORS},
    )
    def patch(self, request: Request, lesson_id: int) -> Response:
        lesson = selectors.authoring_lesson_get(user=author(request), lesson_id=lesson_id)
        data = LessonUpdateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        with current_on_conflict(lambda: lesson_data(request, lesson_id)):
            services.lesson_update(lesson=lesson, **data.validated_data)
        return Response(lesson_data(request, lesson_id))

    @extend_schema(
        operation_id="authoring_lessons_destroy",
        summary="Move a lesson to the trash.",
        responses={204: None, **ERRORS},
    )
    def delete(self, request: Request, lesson_id: int) -> Response:
        lesson = selectors.authoring_lesson_get(user=author(request), lesson_id=lesson_id)
        services.lesson_trash(lesson=lesson)
        return Response(status=status.HTTP_204_NO_CONTENT)


class LessonOrderSerializer(serializers.Serializer[Any]):
    lessons = OrderEntrySerializer(many=True, help_text="Positions as stored (1-based).")


class AuthoringLessonMoveApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_lessons_move",
        summary="Move a lesson to another place in its course.",
        request=MoveInputSerializer,
        responses={200: LessonOrderSerializer, **ERRORS},
    )
    def post(self, request: Request, lesson_id: int) -> Response:
        lesson = selectors.authoring_lesson_get(user=author(request), lesson_id=lesson_id)
        data = MoveInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        ordered = services.lesson_move(lesson=lesson, index=data.validated_data["position"])
        return Response({"lessons": order_data(ordered)})


class AuthoringLessonDuplicateApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_lessons_duplicate",
        summary="Copy a lesson with its blocks; the copy follows the original.",
        request=None,
        responses={201: AuthoringLessonSerializer, **ERRORS},
    )
    def post(self, request: Request, lesson_id: int) -> Response:
        lesson = selectors.authoring_lesson_get(user=author(request), lesson_id=lesson_id)
        copy = services.lesson_duplicate(lesson=lesson)
        return Response(lesson_data(request, copy.pk), status=status.HTTP_201_CREATED)


# --- blocks ----------------------------------------------------------------------------------


class SpeechVoicesField(serializers.ListField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            child=serializers.RegexField(r"^[a-z]{2,3}(-[A-Za-z0-9]{1,12}){0,3}$", max_length=40),
            max_length=12,
            help_text="eSpeak NG voice ids (GET speech/voices), e.g. ['en-us', 'en-gb'].",
            **kwargs,
        )


class BlockFieldsSerializer(StrictSerializer):
    title = serializers.CharField(max_length=191, allow_blank=True, required=False)
    markdown = serializers.CharField(
        max_length=200_000, allow_blank=True, required=False, trim_whitespace=False
    )
    transcript = serializers.CharField(
        max_length=200_000, allow_blank=True, required=False, trim_whitespace=False
    )
    speech_voices = SpeechVoicesField(required=False)
    media_id = serializers.IntegerField(
        min_value=1,
        max_value=2**63 - 1,
        allow_null=True,
        required=False,
        help_text="Audio and video blocks: an uploaded asset of the same kind (null: none).",
    )

    def validate_speech_voices(self, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise serializers.ValidationError(_("Each voice can be chosen once."))
        return value


class BlockCreateInputSerializer(BlockFieldsSerializer):
    type = serializers.ChoiceField(choices=BlockType.choices)
    position = _position_field()


class BlockUpdateInputSerializer(BlockFieldsSerializer):
    version = version_field()


class AuthoringBlockCreateApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_blocks_create",
        summary="Add a block to a lesson; fields that do not fit the type are refused.",
        request=BlockCreateInputSerializer,
        responses={201: AuthoringBlockSerializer, **ERRORS},
    )
    def post(self, request: Request, lesson_id: int) -> Response:
        lesson = selectors.authoring_lesson_get(user=author(request), lesson_id=lesson_id)
        data = BlockCreateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        changes = dict(data.validated_data)
        block_type, index = changes.pop("type"), changes.pop("position", None)
        block = services.block_author_create(
            user=author(request),
            lesson=lesson,
            type=block_type,
            changes=changes,  # type: ignore[arg-type]
            index=index,
        )
        return Response(block_data(request, block.pk), status=status.HTTP_201_CREATED)


class AuthoringBlockDetailApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_blocks_retrieve",
        summary="A block as its authors edit it.",
        responses={200: AuthoringBlockSerializer, **ERRORS},
    )
    def get(self, request: Request, block_id: int) -> Response:
        return Response(block_data(request, block_id))

    @extend_schema(
        operation_id="authoring_blocks_partial_update",
        summary="Change a block; refused with 409 version_conflict if it changed meanwhile.",
        request=BlockUpdateInputSerializer,
        responses={200: AuthoringBlockSerializer, **ERRORS},
    )
    def patch(self, request: Request, block_id: int) -> Response:
        block = selectors.authoring_block_get(user=author(request), block_id=block_id)
        data = BlockUpdateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        changes = dict(data.validated_data)
        version = changes.pop("version")
        with current_on_conflict(lambda: block_data(request, block_id)):
            services.block_update(
                user=author(request),
                block=block,
                version=version,
                changes=changes,  # type: ignore[arg-type]
            )
        return Response(block_data(request, block_id))

    @extend_schema(
        operation_id="authoring_blocks_destroy",
        summary="Move a block to the trash.",
        responses={204: None, **ERRORS},
    )
    def delete(self, request: Request, block_id: int) -> Response:
        block = selectors.authoring_block_get(user=author(request), block_id=block_id)
        services.block_trash(block=block)
        return Response(status=status.HTTP_204_NO_CONTENT)


class BlockMoveInputSerializer(MoveInputSerializer):
    lesson_id = serializers.IntegerField(
        min_value=1, required=False, help_text="Another lesson of the same course."
    )


class BlockOrderSerializer(serializers.Serializer[Any]):
    blocks = OrderEntrySerializer(many=True, help_text="The target lesson's blocks (1-based).")


class AuthoringBlockMoveApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_blocks_move",
        summary="Move a block within its lesson or to another lesson of the course.",
        request=BlockMoveInputSerializer,
        responses={200: BlockOrderSerializer, **ERRORS},
    )
    def post(self, request: Request, block_id: int) -> Response:
        block = selectors.authoring_block_get(user=author(request), block_id=block_id)
        data = BlockMoveInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        target = None
        if "lesson_id" in data.validated_data:
            target = _target_lesson(request, data.validated_data["lesson_id"], block.lesson)
        ordered = services.block_move(
            block=block, index=data.validated_data["position"], lesson=target
        )
        return Response({"blocks": order_data(ordered)})


def _target_lesson(request: Request, lesson_id: int, current: Any) -> Any:
    message = _("Choose a lesson of the same course.")
    try:
        target = selectors.authoring_lesson_get(user=author(request), lesson_id=lesson_id)
    except NotFoundError:
        raise serializers.ValidationError({"lesson_id": [message]}) from None
    if target.course_id != current.course_id:
        raise serializers.ValidationError({"lesson_id": [message]})
    return target


class AuthoringBlockDuplicateApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_blocks_duplicate",
        summary="Copy a block; the copy follows the original.",
        request=None,
        responses={201: AuthoringBlockSerializer, **ERRORS},
    )
    def post(self, request: Request, block_id: int) -> Response:
        block = selectors.authoring_block_get(user=author(request), block_id=block_id)
        copy = services.block_duplicate(block=block)
        return Response(block_data(request, copy.pk), status=status.HTTP_201_CREATED)


# --- dialogue lines --------------------------------------------------------------------------


class LineCreateInputSerializer(StrictSerializer):
    speaker = serializers.CharField(max_length=80)
    text = serializers.CharField(max_length=5000)
    translation = serializers.CharField(max_length=5000, allow_blank=True, required=False)
    position = _position_field()


class LineUpdateInputSerializer(StrictSerializer):
    speaker = serializers.CharField(max_length=80, required=False)
    text = serializers.CharField(max_length=5000, required=False)
    translation = serializers.CharField(max_length=5000, allow_blank=True, required=False)
    version = version_field()


class AuthoringLineCreateApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_dialogue_lines_create",
        summary="Add a line to a dialogue block.",
        request=LineCreateInputSerializer,
        responses={201: AuthoringLineSerializer, **ERRORS},
    )
    def post(self, request: Request, block_id: int) -> Response:
        block = selectors.authoring_block_get(user=author(request), block_id=block_id)
        data = LineCreateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        changes = dict(data.validated_data)
        index = changes.pop("position", None)
        line = services.line_create(block=block, changes=changes, index=index)  # type: ignore[arg-type]
        return Response(line_data(request, line.pk), status=status.HTTP_201_CREATED)


class AuthoringLineDetailApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_dialogue_lines_partial_update",
        summary="Change a dialogue line; 409 version_conflict if it changed meanwhile.",
        request=LineUpdateInputSerializer,
        responses={200: AuthoringLineSerializer, **ERRORS},
    )
    def patch(self, request: Request, line_id: int) -> Response:
        line = selectors.authoring_line_get(user=author(request), line_id=line_id)
        data = LineUpdateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        changes = dict(data.validated_data)
        version = changes.pop("version")
        with current_on_conflict(lambda: line_data(request, line_id)):
            services.line_update(line=line, version=version, changes=changes)  # type: ignore[arg-type]
        return Response(line_data(request, line_id))

    @extend_schema(
        operation_id="authoring_dialogue_lines_destroy",
        summary="Delete a dialogue line (no trash: it is a small part of its block).",
        responses={204: None, **ERRORS},
    )
    def delete(self, request: Request, line_id: int) -> Response:
        line = selectors.authoring_line_get(user=author(request), line_id=line_id)
        services.line_delete(line=line)
        return Response(status=status.HTTP_204_NO_CONTENT)


class LineOrderSerializer(serializers.Serializer[Any]):
    lines = OrderEntrySerializer(many=True, help_text="The dialogue's lines (1-based).")


class AuthoringLineMoveApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_dialogue_lines_move",
        summary="Move a line to another place in its dialogue.",
        request=MoveInputSerializer,
        responses={200: LineOrderSerializer, **ERRORS},
    )
    def post(self, request: Request, line_id: int) -> Response:
        line = selectors.authoring_line_get(user=author(request), line_id=line_id)
        data = MoveInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        ordered = services.line_move(line=line, index=data.validated_data["position"])
        return Response({"lines": order_data(ordered)})
