"""Output shapes of the authoring API (docs/api.md "Authoring") and its input helpers."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from django.contrib.auth.models import AnonymousUser
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from glossa.authoring.services import VersionConflictError
from glossa.common.serializers import StrictSerializer
from glossa.courses.models import AuthorRole, Block, BlockType, Course, CourseStatus, Level
from glossa.courses.selectors import course_description_html
from glossa.media.selectors import media_asset_summary


class AuthoringAuthorSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField(source="user_id")
    display_name = serializers.CharField(source="user.display_name")
    email = serializers.EmailField(source="user.email")
    role = serializers.ChoiceField(choices=AuthorRole.choices)


class AuthoringCourseListSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    slug = serializers.CharField()
    title = serializers.CharField()
    summary = serializers.CharField()
    language = serializers.CharField()
    level = serializers.ChoiceField(choices=Level.choices)
    status = serializers.ChoiceField(choices=CourseStatus.choices)
    version = serializers.IntegerField()
    lesson_count = serializers.IntegerField()
    authors = AuthoringAuthorSerializer(many=True, source="course_authors.all")
    updated_at = serializers.DateTimeField()
    position = serializers.IntegerField(
        source="list_index", help_text="0-based place in the user's own list of courses."
    )


class AuthoringLessonSummarySerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    title = serializers.CharField()
    position = serializers.IntegerField()
    version = serializers.IntegerField()
    block_count = serializers.IntegerField()


class AuthoringCourseSerializer(AuthoringCourseListSerializer):
    position = serializers.IntegerField(
        source="list_index", allow_null=True, help_text="Null here: the place shows in the list."
    )
    description = serializers.CharField(help_text="Markdown source.")
    description_html = serializers.SerializerMethodField()
    media_requires_enrollment = serializers.BooleanField()
    lessons = AuthoringLessonSummarySerializer(many=True, source="lessons.all")

    def get_description_html(self, course: Course) -> str:
        return course_description_html(course)


class AuthoringLineSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    block_id = serializers.IntegerField()
    position = serializers.IntegerField()
    version = serializers.IntegerField()
    speaker = serializers.CharField()
    text = serializers.CharField()
    translation = serializers.CharField()
    audio_url = serializers.SerializerMethodField()

    def get_audio_url(self, line: Any) -> str | None:
        return line.audio.url if line.audio else None


class AuthoringQuestionRefSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    type = serializers.CharField()
    title = serializers.CharField()


class AuthoringItemSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    exercise_set_id = serializers.IntegerField()
    position = serializers.IntegerField()
    points = serializers.DecimalField(max_digits=10, decimal_places=4, coerce_to_string=False)
    question = AuthoringQuestionRefSerializer()


class AuthoringExerciseSetSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    title = serializers.CharField()
    items = AuthoringItemSerializer(many=True, source="items.all")


class AuthoringBlockSerializer(serializers.Serializer[Block]):
    """A block as its authors edit it; which fields matter depends on ``type``."""

    id = serializers.IntegerField()
    lesson_id = serializers.IntegerField()
    type = serializers.ChoiceField(choices=BlockType.choices)
    position = serializers.IntegerField()
    version = serializers.IntegerField()
    title = serializers.CharField()
    markdown = serializers.CharField(help_text="Markdown source (text blocks).")
    html = serializers.CharField(help_text="Rendered and sanitised HTML (text blocks).")
    transcript = serializers.CharField(help_text="Audio and video blocks.")
    media = serializers.SerializerMethodField(
        help_text="The uploaded asset of an audio or video block (asset summary), or null."
    )
    audio_url = serializers.SerializerMethodField(
        help_text="An audio file attached directly (blocks from older imports), or null."
    )
    speech_voices = serializers.ListField(child=serializers.CharField())
    lines = serializers.SerializerMethodField()
    exercise_set = serializers.SerializerMethodField()

    @extend_schema_field({"type": "object", "nullable": True, "additionalProperties": True})
    def get_media(self, block: Block) -> dict[str, Any] | None:
        if block.media is None:
            return None
        # Authors may always play their course's media.
        return media_asset_summary(asset=block.media, user=AnonymousUser(), visible=True)

    def get_audio_url(self, block: Block) -> str | None:
        return block.audio.url if block.audio else None

    @extend_schema_field(AuthoringLineSerializer(many=True, allow_null=True))
    def get_lines(self, block: Block) -> list[dict[str, Any]] | None:
        if block.type != BlockType.DIALOGUE:
            return None
        return AuthoringLineSerializer(block.lines.all(), many=True).data  # type: ignore[return-value]

    @extend_schema_field(AuthoringExerciseSetSerializer(allow_null=True))
    def get_exercise_set(self, block: Block) -> dict[str, Any] | None:
        exercise_set = getattr(block, "exercise_set", None)
        if block.type != BlockType.EXERCISE_SET or exercise_set is None:
            return None
        return AuthoringExerciseSetSerializer(exercise_set).data


class AuthoringLessonSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    course_id = serializers.IntegerField()
    title = serializers.CharField()
    position = serializers.IntegerField()
    version = serializers.IntegerField()
    blocks = AuthoringBlockSerializer(many=True, source="blocks.all")


class OrderEntrySerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    position = serializers.IntegerField()


class MoveInputSerializer(StrictSerializer):
    position = serializers.IntegerField(
        min_value=0, max_value=1_000_000, help_text="0-based place among the siblings."
    )


class VersionInputSerializer(StrictSerializer):
    version = serializers.IntegerField(
        min_value=1, max_value=2_000_000_000, help_text="The version the client last saw."
    )


def version_field() -> serializers.IntegerField:
    return serializers.IntegerField(
        min_value=1, max_value=2_000_000_000, help_text="The version the client last saw."
    )


def order_data(ids: list[int], *, start: int = 1) -> list[dict[str, int]]:
    return [{"id": pk, "position": index} for index, pk in enumerate(ids, start=start)]


@contextmanager
def current_on_conflict(render: Callable[[], Any]) -> Iterator[None]:
    """Add the resource as it is now (``render()``) to a version conflict raised inside."""
    try:
        yield
    except VersionConflictError as error:
        error.extra["current"] = render()
        raise
