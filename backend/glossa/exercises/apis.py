"""Exercise-set attempts: submit answers and get the graded result; list one's own attempts."""

import re
from typing import Any

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import permissions, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from glossa.common.pagination import PageNumberPagination
from glossa.common.serializers import ErrorSerializer, StrictSerializer
from glossa.exercises import selectors, services
from glossa.exercises.models import AnswerStatus, Attempt

_SURROGATE = re.compile("[\ud800-\udfff]")

ERRORS = {
    400: ErrorSerializer,
    401: ErrorSerializer,
    403: ErrorSerializer,
    404: ErrorSerializer,
    409: ErrorSerializer,
}


class AnswerInputSerializer(StrictSerializer):
    question_id = serializers.IntegerField(min_value=1)
    response = serializers.JSONField(
        allow_null=True,
        required=False,
        help_text="By type: single_choice {choice: id}; multiple_choice {choices: [id]}; "
        "true_false {value: bool}; short_answer {text}; numerical {value: number}; "
        "matching {pairs: {prompt_id: choice_id}}; essay {text}; description: none; "
        "ordering {order: [item_id]}; gap_fill {gaps: {gap_id: text}}; dictation {text}; "
        "listening_choice {choice: id}. "
        "Null or {} means unanswered.",
    )

    def validate_response(self, value: Any) -> Any:
        # PostgreSQL's jsonb cannot store U+0000 and neither it nor MariaDB's JSON check
        # accepts a lone surrogate ("\ud800", valid JSON but no text); no answer needs
        # either, so refuse them here rather than fail on insert. Walked without recursion,
        # as deep as the parser allows.
        pending = [value]
        while pending:
            item = pending.pop()
            if isinstance(item, dict):
                pending.extend(item.keys())
                pending.extend(item.values())
            elif isinstance(item, list):
                pending.extend(item)
            elif isinstance(item, str) and "\x00" in item:
                raise serializers.ValidationError(_("Null characters are not allowed."))
            elif isinstance(item, str) and _SURROGATE.search(item):
                raise serializers.ValidationError(_("Surrogate characters are not allowed."))
        return value


class AttemptSubmitInputSerializer(StrictSerializer):
    submission_id = serializers.UUIDField(
        help_text="Chosen by the client once per submission; sending it again is safe."
    )
    answers = serializers.ListField(child=AnswerInputSerializer(), max_length=500)


GAP_STATUSES = ["correct", "partial", "incorrect"]


class DictationWordSerializer(serializers.Serializer[Any]):
    expected = serializers.CharField(allow_null=True, help_text="Null for an extra word.")
    given = serializers.CharField(allow_null=True, help_text="Null for a missing word.")
    status = serializers.ChoiceField(choices=["correct", "wrong", "missing", "extra"])


class AttemptQuestionSerializer(serializers.Serializer[Any]):
    question_id = serializers.IntegerField()
    type = serializers.CharField(source="question_type")
    status = serializers.ChoiceField(choices=AnswerStatus.choices)
    credit = serializers.FloatField(help_text="0..1")
    points = serializers.FloatField()
    max_points = serializers.FloatField()
    expected = serializers.CharField(help_text="The expected answer, as plain text.")
    feedback_html = serializers.CharField(help_text="The author's feedback, sanitised HTML.")
    expected_order = serializers.SerializerMethodField(
        help_text="Ordering only: the item ids in the right order."
    )
    gaps = serializers.SerializerMethodField(
        help_text="Gap fill only: each gap's status (correct, partial or incorrect)."
    )
    words = DictationWordSerializer(
        many=True,
        source="detail.words",
        default=None,
        allow_null=True,
        help_text="Dictation only: the typed text aligned word by word with the expected one.",
    )

    def get_expected_order(self, answer: Any) -> list[str] | None:
        return answer.detail.get("expected_order")  # type: ignore[no-any-return]

    @extend_schema_field(
        serializers.DictField(child=serializers.ChoiceField(choices=GAP_STATUSES), allow_null=True)
    )
    def get_gaps(self, answer: Any) -> dict[str, str] | None:
        return answer.detail.get("gaps")  # type: ignore[no-any-return]


class AttemptResultSerializer(serializers.Serializer[Any]):
    """An attempt's result. ``score`` and ``max_score`` count auto-graded questions only:
    essays (status ``pending``) wait for a teacher and descriptions carry no points."""

    id = serializers.IntegerField()
    submission_id = serializers.UUIDField()
    submitted_at = serializers.DateTimeField()
    score = serializers.FloatField()
    max_score = serializers.FloatField()
    percent = serializers.SerializerMethodField()
    questions = AttemptQuestionSerializer(many=True, source="answers.all")

    def get_percent(self, attempt: Attempt) -> float:
        if not attempt.max_score:
            return 0.0
        return round(float(attempt.score / attempt.max_score * 100), 1)


class AttemptApi(APIView):
    """Submit answers to an exercise set (POST) or list one's own attempts at it (GET)."""

    permission_classes = [permissions.IsAuthenticated]
    # Declared so the schema shows the page envelope and ?page= / ?page_size= on GET.
    pagination_class = PageNumberPagination

    @extend_schema(
        operation_id="exercise_sets_attempts_create",
        summary="Submit answers to an exercise set and get the graded result.",
        request=AttemptSubmitInputSerializer,
        responses={
            201: AttemptResultSerializer,
            200: OpenApiResponse(
                AttemptResultSerializer, "This submission was already stored; its result."
            ),
            **ERRORS,
        },
    )
    def post(self, request: Request, exercise_set_id: int) -> Response:
        exercise_set = selectors.exercise_set_get(
            user=request.user, exercise_set_id=exercise_set_id
        )
        payload = AttemptSubmitInputSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        answers = [
            services.AnswerData(question_id=a["question_id"], response=a.get("response"))
            for a in payload.validated_data["answers"]
        ]

        attempt, created = services.attempt_submit(
            user=request.user,  # type: ignore[arg-type]
            exercise_set=exercise_set,
            submission_id=payload.validated_data["submission_id"],
            answers=answers,
        )
        result = AttemptResultSerializer(selectors.attempt_get(attempt_id=attempt.pk)).data
        return Response(result, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)

    @extend_schema(
        operation_id="exercise_sets_attempts_list",
        summary="The current user's own attempts at an exercise set, newest first.",
        responses={200: AttemptResultSerializer(many=True), **ERRORS},
    )
    def get(self, request: Request, exercise_set_id: int) -> Response:
        exercise_set = selectors.exercise_set_get(
            user=request.user, exercise_set_id=exercise_set_id
        )
        attempts = selectors.attempt_list(user=request.user, exercise_set=exercise_set)  # type: ignore[arg-type]

        paginator = PageNumberPagination()
        page = paginator.paginate_queryset(attempts, request, view=self)
        return paginator.get_paginated_response(AttemptResultSerializer(page, many=True).data)
