from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import permissions, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from glossa.common.serializers import ErrorSerializer
from glossa.courses.selectors import lesson_get_accessible
from glossa.progress import services


class LessonCompletionOutputSerializer(serializers.Serializer[Any]):
    completed_at = serializers.DateTimeField()


class LessonCompleteApi(APIView):
    """Mark a lesson as done ("Mark as done"); idempotent."""

    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(
        operation_id="lessons_completion_create",
        summary="Mark a lesson as done; marking it again keeps the first time.",
        request=None,
        responses={
            200: LessonCompletionOutputSerializer,
            401: ErrorSerializer,
            403: ErrorSerializer,
            404: ErrorSerializer,
        },
    )
    def post(self, request: Request, lesson_id: int) -> Response:
        lesson = lesson_get_accessible(user=request.user, lesson_id=lesson_id)
        completion = services.lesson_complete(user=request.user, lesson=lesson)  # type: ignore[arg-type]
        return Response(LessonCompletionOutputSerializer(completion).data)
