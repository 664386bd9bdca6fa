"""Catalog, course page, enrollment and lesson endpoints (docs/api.md "Courses and lessons")."""

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import (
    OpenApiResponse,
    PolymorphicProxySerializer,
    extend_schema,
    extend_schema_field,
)
from rest_framework import permissions, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from glossa.captions.models import TrackKind
from glossa.common.pagination import PageNumberPagination
from glossa.common.serializers import ErrorSerializer
from glossa.courses import selectors, services
from glossa.courses.models import Block, BlockType, Course, Level
from glossa.media.models import MediaKind, MediaStatus
from glossa.media.selectors import media_asset_summary
from glossa.questions.selectors import question_public_data

ERRORS = {
    400: ErrorSerializer,
    401: ErrorSerializer,
    403: ErrorSerializer,
    404: ErrorSerializer,
}


class AuthorSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    display_name = serializers.CharField()


def _author_data(course: Course) -> dict[str, Any] | None:
    owner = selectors.course_owner(course)
    if owner is None:
        return None
    return {"id": owner.pk, "display_name": owner.display_name or _("Glossa author")}


class CourseListOutputSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    slug = serializers.CharField()
    title = serializers.CharField()
    summary = serializers.CharField()
    language = serializers.CharField(help_text="ISO 639-1 code of the language taught.")
    language_name = serializers.SerializerMethodField()
    level = serializers.ChoiceField(choices=Level.choices)
    author = serializers.SerializerMethodField()
    lesson_count = serializers.IntegerField()
    is_enrolled = serializers.BooleanField()

    def get_language_name(self, course: Course) -> str:
        return selectors.language_name(course.language)

    @extend_schema_field(AuthorSerializer(allow_null=True))
    def get_author(self, course: Course) -> dict[str, Any] | None:
        return _author_data(course)


class CourseListFilterSerializer(serializers.Serializer[Any]):
    language = serializers.CharField(required=False, max_length=8)
    level = serializers.ChoiceField(choices=Level.choices, required=False)
    search = serializers.CharField(required=False, max_length=100, allow_blank=True)
    # allow_null: an absent query parameter stays None instead of DRF's "unchecked box" False.
    enrolled = serializers.BooleanField(
        required=False,
        allow_null=True,
        help_text="true: only the courses the user is enrolled in; false: only the others.",
    )

    def validate_language(self, value: str) -> str:
        if not selectors.language_is_known(value):
            raise serializers.ValidationError(
                gettext_lazy("Use a two-letter ISO 639-1 language code, such as “es”.")
            )
        return value


class CourseListApi(APIView):
    permission_classes = [permissions.AllowAny]
    # Declared so the schema shows the page envelope and ?page= / ?page_size=.
    pagination_class = PageNumberPagination

    @extend_schema(
        operation_id="courses_list",
        summary="Published courses of the catalog.",
        parameters=[CourseListFilterSerializer],
        responses={200: CourseListOutputSerializer(many=True), 400: ErrorSerializer},
    )
    def get(self, request: Request) -> Response:
        filters = CourseListFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        courses = selectors.course_list(user=request.user, **filters.validated_data)

        paginator = PageNumberPagination()
        page = paginator.paginate_queryset(courses, request, view=self)
        return paginator.get_paginated_response(CourseListOutputSerializer(page, many=True).data)


class CourseLanguageOutputSerializer(serializers.Serializer[Any]):
    code = serializers.CharField(help_text="ISO 639-1 code.")
    name = serializers.CharField(help_text="The language's name in the request's language.")


class CourseLanguageListApi(APIView):
    permission_classes = [permissions.AllowAny]

    @extend_schema(
        operation_id="courses_languages_list",
        summary="Languages taught by published courses, for the catalog's filter.",
        responses={200: CourseLanguageOutputSerializer(many=True)},
    )
    def get(self, request: Request) -> Response:
        languages = selectors.course_languages()
        return Response(CourseLanguageOutputSerializer(languages, many=True).data)


class LessonSummarySerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    title = serializers.CharField()
    position = serializers.IntegerField()
    is_completed = serializers.BooleanField()


class CourseDetailOutputSerializer(CourseListOutputSerializer):
    description_html = serializers.SerializerMethodField()
    lessons = LessonSummarySerializer(many=True, source="lessons.all")

    def get_description_html(self, course: Course) -> str:
        return selectors.course_description_html(course)


class CourseDetailApi(APIView):
    permission_classes = [permissions.AllowAny]

    @extend_schema(
        operation_id="courses_retrieve",
        summary="A course page: description, author and lessons in order.",
        responses={200: CourseDetailOutputSerializer, 404: ErrorSerializer},
    )
    def get(self, request: Request, course_id: int) -> Response:
        course = selectors.course_get(user=request.user, course_id=course_id)
        return Response(CourseDetailOutputSerializer(course).data)


class EnrollmentOutputSerializer(serializers.Serializer[Any]):
    course_id = serializers.IntegerField()
    enrolled_at = serializers.DateTimeField(source="created_at")


class CourseEnrollmentApi(APIView):
    """Enroll in a course (POST) or leave it (DELETE); both are idempotent."""

    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(
        operation_id="courses_enrollment_create",
        summary="Enroll in a course.",
        request=None,
        responses={
            201: EnrollmentOutputSerializer,
            200: OpenApiResponse(EnrollmentOutputSerializer, "Already enrolled; nothing changed."),
            **ERRORS,
        },
    )
    def post(self, request: Request, course_id: int) -> Response:
        course = selectors.course_get(user=request.user, course_id=course_id)
        enrollment, created = services.enrollment_create(user=request.user, course=course)  # type: ignore[arg-type]
        code = status.HTTP_201_CREATED if created else status.HTTP_200_OK
        return Response(EnrollmentOutputSerializer(enrollment).data, status=code)

    @extend_schema(
        operation_id="courses_enrollment_destroy",
        summary="Leave a course; progress and attempts are kept.",
        request=None,
        responses={204: None, **ERRORS},
    )
    def delete(self, request: Request, course_id: int) -> Response:
        course = selectors.course_get(user=request.user, course_id=course_id)
        services.enrollment_delete(user=request.user, course=course)  # type: ignore[arg-type]
        return Response(status=status.HTTP_204_NO_CONTENT)


# --- lesson blocks ---------------------------------------------------------------------------


class BlockBaseSerializer(serializers.Serializer[Block]):
    id = serializers.IntegerField()
    position = serializers.IntegerField()


class SpeechClipSerializer(serializers.Serializer[Any]):
    voice = serializers.CharField(help_text="eSpeak NG voice id.")
    label = serializers.CharField(  # type: ignore[assignment]
        help_text="Name of the voice in the request's language."
    )
    accent = serializers.CharField(help_text="BCP 47 tag of the accent.")
    speed = serializers.ChoiceField(choices=["normal", "slow"])
    url = serializers.CharField()
    duration = serializers.FloatField(allow_null=True, help_text="Seconds.")


def _speech(serializer: serializers.Serializer[Any], kind: str, item_id: int) -> list[Any]:
    speech: dict[str, dict[int, list[Any]]] = serializer.context.get("speech") or {}
    return speech.get(kind, {}).get(item_id, [])


class TextBlockSerializer(BlockBaseSerializer):
    type = serializers.ChoiceField(choices=[(BlockType.TEXT.value, "text")])
    html = serializers.CharField(help_text="Rendered from Markdown and sanitised on the server.")
    audio_url = serializers.SerializerMethodField(
        help_text="The teacher's own recording of the text, preferred to generated speech."
    )
    speech = serializers.SerializerMethodField(
        help_text="Ready generated clips, in the teacher's voice order, normal before slow."
    )

    def get_audio_url(self, block: Block) -> str | None:
        return block.audio.url if block.audio else None

    @extend_schema_field(SpeechClipSerializer(many=True))
    def get_speech(self, block: Block) -> list[Any]:
        return _speech(self, "blocks", block.pk)


class LessonMediaSourceSerializer(serializers.Serializer[Any]):
    url = serializers.CharField()
    type = serializers.CharField(help_text="MIME type with codecs, for <source type>.")
    label = serializers.CharField()  # type: ignore[assignment]


class LessonMediaSerializer(serializers.Serializer[Any]):
    """An uploaded asset as a lesson plays it (see docs/api.md, "Media")."""

    id = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=MediaKind.choices)
    status = serializers.ChoiceField(choices=MediaStatus.choices)
    error = serializers.CharField()
    duration = serializers.FloatField(allow_null=True)
    original_name = serializers.CharField()
    sources = LessonMediaSourceSerializer(many=True, help_text="Only when ready and playable.")
    poster_url = serializers.CharField(allow_null=True)
    width = serializers.IntegerField(allow_null=True)
    height = serializers.IntegerField(allow_null=True)


class LessonCueSerializer(serializers.Serializer[Any]):
    start = serializers.IntegerField(allow_null=True, help_text="Milliseconds.")
    end = serializers.IntegerField(allow_null=True, help_text="Milliseconds.")
    text = serializers.CharField()


class LessonTrackSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=TrackKind.choices)
    language = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]
    url = serializers.CharField(help_text="The track as WebVTT.")
    cues = LessonCueSerializer(many=True)


class AudioBlockSerializer(BlockBaseSerializer):
    type = serializers.ChoiceField(choices=[(BlockType.AUDIO.value, "audio")])
    title = serializers.CharField()
    audio_url = serializers.SerializerMethodField(
        help_text="An audio file attached directly (older imports); prefer media."
    )
    transcript = serializers.CharField()
    media = serializers.SerializerMethodField()
    tracks = serializers.SerializerMethodField()

    def get_audio_url(self, block: Block) -> str | None:
        return block.audio.url if block.audio else None

    @extend_schema_field(LessonMediaSerializer(allow_null=True))
    def get_media(self, block: Block) -> dict[str, Any] | None:
        if block.media is None:
            return None
        visible = bool(self.context.get("media_visible"))
        return media_asset_summary(asset=block.media, user=AnonymousUser(), visible=visible)

    @extend_schema_field(LessonTrackSerializer(many=True))
    def get_tracks(self, block: Block) -> list[dict[str, Any]]:
        tracks: dict[int, list[dict[str, Any]]] = self.context.get("tracks_by_asset", {})
        return tracks.get(block.media_id, []) if block.media_id else []


class VideoBlockSerializer(AudioBlockSerializer):
    type = serializers.ChoiceField(choices=[(BlockType.VIDEO.value, "video")])


class DialogueLineSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    speaker = serializers.CharField()
    text = serializers.CharField()
    translation = serializers.CharField()
    audio_url = serializers.SerializerMethodField()
    speech = serializers.SerializerMethodField(help_text="Ready generated clips of the line.")

    def get_audio_url(self, line: Any) -> str | None:
        return line.audio.url if line.audio else None

    @extend_schema_field(SpeechClipSerializer(many=True))
    def get_speech(self, line: Any) -> list[Any]:
        return _speech(self, "lines", line.pk)


class DialogueBlockSerializer(BlockBaseSerializer):
    type = serializers.ChoiceField(choices=[(BlockType.DIALOGUE.value, "dialogue")])
    title = serializers.CharField()
    lines = DialogueLineSerializer(many=True, source="lines.all")


class PublicOptionSerializer(serializers.Serializer[Any]):
    id = serializers.CharField()
    text_html = serializers.CharField()


class PublicChoiceSerializer(serializers.Serializer[Any]):
    id = serializers.CharField()
    text = serializers.CharField()


class ExerciseQuestionSerializer(serializers.Serializer[Any]):
    """A question as a learner sees it (no answers), with the points it is worth in the set."""

    id = serializers.IntegerField()
    type = serializers.CharField(
        help_text="single_choice, multiple_choice, true_false, short_answer, numerical, "
        "matching, essay or description."
    )
    title = serializers.CharField()
    text_html = serializers.CharField()
    points = serializers.FloatField()
    options = PublicOptionSerializer(
        many=True, required=False, help_text="Single and multiple choice only."
    )
    prompts = PublicOptionSerializer(many=True, required=False, help_text="Matching only.")
    choices = PublicChoiceSerializer(many=True, required=False, help_text="Matching only.")


class ExerciseSetSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    title = serializers.CharField()
    questions = ExerciseQuestionSerializer(many=True)


class ExerciseSetBlockSerializer(BlockBaseSerializer):
    type = serializers.ChoiceField(choices=[(BlockType.EXERCISE_SET.value, "exercise_set")])
    exercise_set = serializers.SerializerMethodField()

    @extend_schema_field(ExerciseSetSerializer(allow_null=True))
    def get_exercise_set(self, block: Block) -> dict[str, Any] | None:
        exercise_set = getattr(block, "exercise_set", None)
        if exercise_set is None:
            return None
        questions = [
            question_public_data(item.question) | {"points": float(item.points)}
            for item in exercise_set.items.all()
        ]
        return {"id": exercise_set.pk, "title": exercise_set.title, "questions": questions}


_BLOCK_SERIALIZERS: dict[str, type[BlockBaseSerializer]] = {
    BlockType.TEXT: TextBlockSerializer,
    BlockType.AUDIO: AudioBlockSerializer,
    BlockType.VIDEO: VideoBlockSerializer,
    BlockType.DIALOGUE: DialogueBlockSerializer,
    BlockType.EXERCISE_SET: ExerciseSetBlockSerializer,
}

LessonBlockSerializer = PolymorphicProxySerializer(
    component_name="LessonBlock",
    serializers={str(kind): serializer for kind, serializer in _BLOCK_SERIALIZERS.items()},
    resource_type_field_name="type",
    many=True,
)


class CourseRefSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    title = serializers.CharField()


class LessonDetailOutputSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    title = serializers.CharField()
    position = serializers.IntegerField()
    course = CourseRefSerializer()
    is_completed = serializers.BooleanField()
    previous_lesson_id = serializers.IntegerField(allow_null=True)
    next_lesson_id = serializers.IntegerField(allow_null=True)
    blocks = serializers.SerializerMethodField()

    @extend_schema_field(LessonBlockSerializer)
    def get_blocks(self, lesson: Any) -> list[dict[str, Any]]:
        context = {
            "media_visible": lesson.media_visible,
            "tracks_by_asset": lesson.tracks_by_asset,
            "speech": lesson.speech,
        }
        return [
            _BLOCK_SERIALIZERS[block.type](block, context=context).data
            for block in lesson.ordered_blocks
        ]


class LessonDetailApi(APIView):
    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(
        operation_id="lessons_retrieve",
        summary="A lesson with its blocks, for enrolled learners, authors and staff.",
        responses={200: LessonDetailOutputSerializer, **ERRORS},
    )
    def get(self, request: Request, lesson_id: int) -> Response:
        lesson = selectors.lesson_get(user=request.user, lesson_id=lesson_id)
        return Response(LessonDetailOutputSerializer(lesson).data)
