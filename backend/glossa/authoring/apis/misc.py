"""Authoring endpoints for exercise-set items, the trash and the Markdown preview."""

from decimal import Decimal
from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from glossa.authoring import selectors, services
from glossa.authoring.apis.courses import ERRORS, course_data
from glossa.authoring.apis.lessons import block_data, lesson_data
from glossa.authoring.permissions import CanAuthor, author, owner_check
from glossa.authoring.serializers import AuthoringItemSerializer, MoveInputSerializer
from glossa.common.exceptions import NotFoundError
from glossa.common.pagination import PageNumberPagination
from glossa.common.richtext import render_markdown
from glossa.common.serializers import StrictSerializer
from glossa.exercises import services as exercise_services


class ItemAddInputSerializer(StrictSerializer):
    question_id = serializers.IntegerField(min_value=1)
    points = serializers.DecimalField(
        max_digits=10,
        decimal_places=4,
        min_value=Decimal(0),
        max_value=Decimal(1000),
        required=False,
        default=Decimal(1),
    )


class ItemUpdateInputSerializer(StrictSerializer):
    points = serializers.DecimalField(
        max_digits=10, decimal_places=4, min_value=Decimal(0), max_value=Decimal(1000)
    )


class AuthoringItemCreateApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_exercise_set_items_create",
        summary="Add a bank question to an exercise set (at the end).",
        request=ItemAddInputSerializer,
        responses={201: AuthoringItemSerializer, **ERRORS},
    )
    def post(self, request: Request, exercise_set_id: int) -> Response:
        user = author(request)
        exercise_set = selectors.authoring_exercise_set_get(
            user=user, exercise_set_id=exercise_set_id
        )
        data = ItemAddInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            question = selectors.authoring_question_get(
                user=user,
                question_id=data.validated_data["question_id"],
            )
        except NotFoundError as error:
            raise serializers.ValidationError({"question_id": [error.message]}) from None
        item = exercise_services.exercise_set_item_add(
            exercise_set=exercise_set, question=question, points=data.validated_data["points"]
        )
        return Response(AuthoringItemSerializer(item).data, status=status.HTTP_201_CREATED)


class AuthoringItemDetailApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_exercise_set_items_partial_update",
        summary="Change how many points a question is worth in its set.",
        request=ItemUpdateInputSerializer,
        responses={200: AuthoringItemSerializer, **ERRORS},
    )
    def patch(self, request: Request, item_id: int) -> Response:
        item = selectors.authoring_item_get(user=author(request), item_id=item_id)
        data = ItemUpdateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        item = exercise_services.exercise_set_item_update(
            item=item, points=data.validated_data["points"]
        )
        return Response(AuthoringItemSerializer(item).data)

    @extend_schema(
        operation_id="authoring_exercise_set_items_destroy",
        summary="Take a question out of its set (it stays in its bank).",
        responses={204: None, **ERRORS},
    )
    def delete(self, request: Request, item_id: int) -> Response:
        item = selectors.authoring_item_get(user=author(request), item_id=item_id)
        exercise_services.exercise_set_item_remove(item=item)
        return Response(status=status.HTTP_204_NO_CONTENT)


class ItemOrderSerializer(serializers.Serializer[Any]):
    items = AuthoringItemSerializer(many=True)


class AuthoringItemMoveApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_exercise_set_items_move",
        summary="Move a question to another place in its set.",
        request=MoveInputSerializer,
        responses={200: ItemOrderSerializer, **ERRORS},
    )
    def post(self, request: Request, item_id: int) -> Response:
        item = selectors.authoring_item_get(user=author(request), item_id=item_id)
        data = MoveInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        exercise_services.exercise_set_item_move(item=item, index=data.validated_data["position"])
        items = selectors.authoring_items(exercise_set_id=item.exercise_set_id)
        return Response({"items": AuthoringItemSerializer(items, many=True).data})


# --- trash -----------------------------------------------------------------------------------


class TrashEntrySerializer(serializers.Serializer[Any]):
    kind = serializers.ChoiceField(choices=["course", "lesson", "block"])
    id = serializers.IntegerField()
    title = serializers.CharField()
    course_id = serializers.IntegerField()
    course_title = serializers.CharField()
    deleted_at = serializers.DateTimeField()
    purge_at = serializers.DateTimeField(help_text="When purge_trash deletes it for good.")


class AuthoringTrashListApi(APIView):
    permission_classes = [CanAuthor]
    pagination_class = PageNumberPagination

    @extend_schema(
        operation_id="authoring_trash_list",
        summary="Deleted courses, lessons and blocks the user may restore, newest first.",
        responses={200: TrashEntrySerializer(many=True), **ERRORS},
    )
    def get(self, request: Request) -> Response:
        entries = selectors.trash_list(user=author(request))
        paginator = PageNumberPagination()
        page: list[Any] = paginator.paginate_queryset(entries, request, view=self) or []  # type: ignore[arg-type]
        return paginator.get_paginated_response(TrashEntrySerializer(page, many=True).data)


class AuthoringTrashRestoreApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_trash_restore",
        summary="Restore a course, lesson or block; lessons and blocks go to the end.",
        description="Returns the restored course (authoring course), lesson or block. "
        "409 parent_deleted while its course or lesson is itself in the trash; "
        "only the owner (or an administrator) restores a course.",
        request=None,
        responses={
            200: {"type": "object", "additionalProperties": True},
            **ERRORS,
        },
    )
    def post(self, request: Request, kind: str, item_id: int) -> Response:
        user = author(request)
        row = selectors.trashed_get(user=user, kind=kind, row_id=item_id)
        if kind == "course":
            owner_check(user=user, course=row)
            services.course_restore(course=row)
            return Response(course_data(request, row.pk))
        if kind == "lesson":
            services.lesson_restore(lesson=row)
            return Response(lesson_data(request, row.pk))
        services.block_restore(block=row)
        return Response(block_data(request, row.pk))


# --- Markdown --------------------------------------------------------------------------------


class MarkdownPreviewInputSerializer(StrictSerializer):
    markdown = serializers.CharField(max_length=200_000, allow_blank=True, trim_whitespace=False)


class MarkdownPreviewOutputSerializer(serializers.Serializer[Any]):
    html = serializers.CharField(help_text="Rendered and sanitised exactly as when saving.")


class AuthoringMarkdownPreviewApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_markdown_preview",
        summary="Render Markdown the way a saved text block is rendered.",
        request=MarkdownPreviewInputSerializer,
        responses={200: MarkdownPreviewOutputSerializer, **ERRORS},
    )
    def post(self, request: Request) -> Response:
        data = MarkdownPreviewInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        return Response({"html": render_markdown(data.validated_data["markdown"])})
