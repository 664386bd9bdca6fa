"""Authoring endpoints for courses: list, create, edit, trash, order, copy, publish, authors."""

from typing import Any

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from glossa.authoring import selectors, services
from glossa.authoring.permissions import CanAuthor, author, owner_check
from glossa.authoring.serializers import (
    AuthoringAuthorSerializer,
    AuthoringCourseListSerializer,
    AuthoringCourseSerializer,
    MoveInputSerializer,
    OrderEntrySerializer,
    VersionInputSerializer,
    current_on_conflict,
    order_data,
    version_field,
)
from glossa.common.pagination import PageNumberPagination
from glossa.common.serializers import ErrorSerializer, StrictSerializer
from glossa.courses.models import AuthorRole, Course, Level
from glossa.courses.selectors import language_is_known

ERRORS = {
    400: ErrorSerializer,
    401: ErrorSerializer,
    403: ErrorSerializer,
    404: ErrorSerializer,
    409: ErrorSerializer,
}


def _language(value: str) -> None:
    if not language_is_known(value):
        raise serializers.ValidationError(
            _("Use a two-letter ISO 639-1 language code, such as “es”.")
        )


class CourseFieldsSerializer(StrictSerializer):
    title = serializers.CharField(max_length=191)
    summary = serializers.CharField(max_length=300, allow_blank=True, required=False)
    description = serializers.CharField(max_length=100_000, allow_blank=True, required=False)
    language = serializers.CharField(max_length=8, validators=[_language])
    level = serializers.ChoiceField(choices=Level.choices)
    media_requires_enrollment = serializers.BooleanField(required=False)


class CourseUpdateInputSerializer(CourseFieldsSerializer):
    version = version_field()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.required = name == "version"


def course_data(request: Request, course_id: int) -> dict[str, Any]:
    course = selectors.authoring_course_get(user=author(request), course_id=course_id)
    course.list_index = None  # type: ignore[attr-defined]
    return AuthoringCourseSerializer(course).data


def _course(request: Request, course_id: int) -> Course:
    return selectors.authoring_course_get(user=author(request), course_id=course_id)


class AuthoringCourseListApi(APIView):
    permission_classes = [CanAuthor]
    pagination_class = PageNumberPagination

    @extend_schema(
        operation_id="authoring_courses_list",
        summary="The courses the user may edit, in the user's own order.",
        responses={200: AuthoringCourseListSerializer(many=True), **ERRORS},
    )
    def get(self, request: Request) -> Response:
        courses = selectors.authoring_course_list(user=author(request))
        paginator = PageNumberPagination()
        page = paginator.paginate_queryset(courses, request, view=self) or []
        offset = 0
        if paginator.page is not None:
            offset = (paginator.page.number - 1) * paginator.page.paginator.per_page
        for index, course in enumerate(page):
            course.list_index = offset + index  # type: ignore[attr-defined]
        return paginator.get_paginated_response(AuthoringCourseListSerializer(page, many=True).data)

    @extend_schema(
        operation_id="authoring_courses_create",
        summary="Create a draft course; the caller becomes its owner.",
        request=CourseFieldsSerializer,
        responses={201: AuthoringCourseSerializer, **ERRORS},
    )
    def post(self, request: Request) -> Response:
        data = CourseFieldsSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        course = services.course_author_create(owner=author(request), **data.validated_data)
        return Response(course_data(request, course.pk), status=status.HTTP_201_CREATED)


class AuthoringCourseDetailApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_courses_retrieve",
        summary="A course as its authors edit it, with its lessons.",
        responses={200: AuthoringCourseSerializer, **ERRORS},
    )
    def get(self, request: Request, course_id: int) -> Response:
        return Response(course_data(request, course_id))

    @extend_schema(
        operation_id="authoring_courses_partial_update",
        summary="Change a course; refused with 409 version_conflict if it changed meanwhile.",
        request=CourseUpdateInputSerializer,
        responses={200: AuthoringCourseSerializer, **ERRORS},
    )
    def patch(self, request: Request, course_id: int) -> Response:
        course = _course(request, course_id)
        data = CourseUpdateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        changes = dict(data.validated_data)
        version = changes.pop("version")
        with current_on_conflict(lambda: course_data(request, course_id)):
            services.course_update(course=course, version=version, changes=changes)  # type: ignore[arg-type]
        return Response(course_data(request, course_id))

    @extend_schema(
        operation_id="authoring_courses_destroy",
        summary="Move a course to the trash (owner or administrator only).",
        responses={204: None, **ERRORS},
    )
    def delete(self, request: Request, course_id: int) -> Response:
        course = _course(request, course_id)
        owner_check(user=author(request), course=course)
        services.course_trash(course=course)
        return Response(status=status.HTTP_204_NO_CONTENT)


class CourseOrderSerializer(serializers.Serializer[Any]):
    courses = OrderEntrySerializer(many=True, help_text="Every course of the list, 0-based.")


class AuthoringCourseMoveApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_courses_move",
        summary="Move a course to another place in the user's own list.",
        request=MoveInputSerializer,
        responses={200: CourseOrderSerializer, **ERRORS},
    )
    def post(self, request: Request, course_id: int) -> Response:
        course = _course(request, course_id)
        data = MoveInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        ordered = services.course_move(
            user=author(request),
            course=course,
            index=data.validated_data["position"],
        )
        return Response({"courses": order_data(ordered, start=0)})


class AuthoringCourseDuplicateApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_courses_duplicate",
        summary="Copy a course (lessons, blocks, lines, exercise sets) as a new draft.",
        request=None,
        responses={201: AuthoringCourseSerializer, **ERRORS},
    )
    def post(self, request: Request, course_id: int) -> Response:
        course = _course(request, course_id)
        copy = services.course_duplicate(course=course, owner=author(request))
        return Response(course_data(request, copy.pk), status=status.HTTP_201_CREATED)


class _CourseStatusApi(APIView):
    permission_classes = [CanAuthor]
    published = True

    def post(self, request: Request, course_id: int) -> Response:
        course = _course(request, course_id)
        data = VersionInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        with current_on_conflict(lambda: course_data(request, course_id)):
            services.course_status_set(
                course=course, version=data.validated_data["version"], published=self.published
            )
        return Response(course_data(request, course_id))


class AuthoringCoursePublishApi(_CourseStatusApi):
    published = True

    @extend_schema(
        operation_id="authoring_courses_publish",
        summary="Publish a course (400 cannot_publish when it has no lesson).",
        request=VersionInputSerializer,
        responses={200: AuthoringCourseSerializer, **ERRORS},
    )
    def post(self, request: Request, course_id: int) -> Response:
        return super().post(request, course_id)


class AuthoringCourseUnpublishApi(_CourseStatusApi):
    published = False

    @extend_schema(
        operation_id="authoring_courses_unpublish",
        summary="Take a course back to draft; learners no longer see it.",
        request=VersionInputSerializer,
        responses={200: AuthoringCourseSerializer, **ERRORS},
    )
    def post(self, request: Request, course_id: int) -> Response:
        return super().post(request, course_id)


class AuthorAddInputSerializer(StrictSerializer):
    email = serializers.EmailField(max_length=254)
    role = serializers.ChoiceField(
        choices=[(AuthorRole.COAUTHOR.value, AuthorRole.COAUTHOR.label)],
        default=AuthorRole.COAUTHOR,
    )


class AuthoringCourseAuthorListApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_course_authors_list",
        summary="The authors of a course (owner or administrator only).",
        responses={200: AuthoringAuthorSerializer(many=True), **ERRORS},
    )
    def get(self, request: Request, course_id: int) -> Response:
        course = _course(request, course_id)
        owner_check(user=author(request), course=course)
        return Response(AuthoringAuthorSerializer(course.course_authors.all(), many=True).data)

    @extend_schema(
        operation_id="authoring_course_authors_create",
        summary="Add a teacher as a co-author, by email (owner or administrator only).",
        request=AuthorAddInputSerializer,
        responses={201: AuthoringAuthorSerializer, **ERRORS},
    )
    def post(self, request: Request, course_id: int) -> Response:
        course = _course(request, course_id)
        owner_check(user=author(request), course=course)
        data = AuthorAddInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        added = services.course_author_add(course=course, email=data.validated_data["email"])
        return Response(AuthoringAuthorSerializer(added).data, status=status.HTTP_201_CREATED)


class AuthoringCourseAuthorDeleteApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="authoring_course_authors_destroy",
        summary="Remove a co-author (owner or administrator only; the owner stays).",
        responses={204: None, **ERRORS},
    )
    def delete(self, request: Request, course_id: int, user_id: int) -> Response:
        course = _course(request, course_id)
        owner_check(user=author(request), course=course)
        services.course_author_remove(course=course, user_id=user_id)
        return Response(status=status.HTTP_204_NO_CONTENT)
