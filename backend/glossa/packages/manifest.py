"""The manifest of a course package: its shape, checked field by field on import.

``manifest.json`` is meant to be read by people too: the course, its lessons with their
blocks in order (dialogue lines, exercise sets), the questions the exercise sets use, and
the media files with their caption tracks. Rows refer to each other by package-local
references (``"m1"``, ``"q1"``), never by database ids, so exporting an imported course gives
the same manifest again. ``schema_version`` grows when the shape changes incompatibly.
"""

import json
from typing import Any

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from glossa.captions.models import SourceFormat, TrackKind
from glossa.courses.models import INDEXED_CHARS, BlockType, Level, validate_language_code
from glossa.questions.models import QuestionType, TextFormat

FORMAT = "glossa-course-package"
SCHEMA_VERSION = 1
REF = r"^[a-z][0-9]{1,6}$"
# As much as the question editor can send in one request (DATA_UPLOAD_MAX_MEMORY_SIZE).
MAX_DATA_CHARS = 2 * 1024 * 1024


def _text(max_length: int, **kwargs: Any) -> serializers.CharField:
    return serializers.CharField(
        max_length=max_length, allow_blank=True, trim_whitespace=False, **kwargs
    )


def _ref(**kwargs: Any) -> serializers.RegexField:
    return serializers.RegexField(REF, allow_null=True, **kwargs)


def _list(child: serializers.Field[Any, Any, Any, Any], max_length: int) -> serializers.ListField:
    return serializers.ListField(child=child, max_length=max_length)


class StrictManifestSerializer(serializers.Serializer[Any]):
    """Refuse keys the schema does not have, so a typo is not silently dropped."""

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, dict):
            unknown = sorted(str(key) for key in data if key not in self.fields)
            if unknown:
                message = _("This key is not part of the package format.")
                raise serializers.ValidationError({key: [message] for key in unknown})
        return super().to_internal_value(data)


class CourseSerializer(StrictManifestSerializer):
    title = serializers.CharField(max_length=INDEXED_CHARS)
    summary = _text(300)
    description = _text(200_000)
    language = serializers.CharField(max_length=8, validators=[validate_language_code])
    level = serializers.ChoiceField(choices=Level.choices)
    media_requires_enrollment = serializers.BooleanField()


class LineSerializer(StrictManifestSerializer):
    speaker = serializers.CharField(max_length=80)
    text = serializers.CharField(max_length=20_000, trim_whitespace=False)
    translation = _text(20_000)
    audio = _ref()


class ItemSerializer(StrictManifestSerializer):
    question = serializers.RegexField(REF)
    points = serializers.DecimalField(max_digits=10, decimal_places=4, min_value=0)


class ExerciseSetSerializer(StrictManifestSerializer):
    title = _text(INDEXED_CHARS)
    items = _list(ItemSerializer(), 500)


VOICE = serializers.RegexField(r"^[a-z]{2,3}(-[A-Za-z0-9]{1,12}){0,3}$", max_length=40)


class BlockSerializer(StrictManifestSerializer):
    """One block; which keys it has depends on ``type`` (see :data:`BLOCK_KEYS`)."""

    type = serializers.ChoiceField(choices=BlockType.choices)
    title = _text(INDEXED_CHARS)
    markdown = _text(200_000, required=False)
    transcript = _text(200_000, required=False)
    speech_voices = _list(VOICE, 12)
    media = _ref(required=False)
    audio = _ref(required=False)
    lines = _list(LineSerializer(), 1000)
    exercise_set = ExerciseSetSerializer(required=False, allow_null=True)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["speech_voices"].required = False
        self.fields["lines"].required = False


class LessonSerializer(StrictManifestSerializer):
    title = serializers.CharField(max_length=INDEXED_CHARS)
    blocks = _list(BlockSerializer(), 500)


class QuestionSerializer(StrictManifestSerializer):
    ref = serializers.RegexField(REF)
    type = serializers.ChoiceField(choices=QuestionType.choices)
    title = _text(255)
    text = _text(200_000)
    text_format = serializers.ChoiceField(choices=TextFormat.choices)
    general_feedback = _text(200_000)
    general_feedback_format = serializers.ChoiceField(choices=TextFormat.choices)
    data = serializers.DictField()  # type: ignore[assignment]
    category = serializers.CharField(max_length=INDEXED_CHARS, allow_null=True)
    media = _ref()

    def validate_data(self, data: dict[str, Any]) -> dict[str, Any]:
        if len(json.dumps(data, ensure_ascii=False)) > MAX_DATA_CHARS:
            raise serializers.ValidationError(
                _("The question's data is too large: at most %(limit)s characters of JSON.")
                % {"limit": MAX_DATA_CHARS}
            )
        return data


class CueSerializer(StrictManifestSerializer):
    start = serializers.IntegerField(min_value=0, max_value=2**31 - 1, allow_null=True)
    end = serializers.IntegerField(min_value=0, max_value=2**31 - 1, allow_null=True)
    text = serializers.CharField(max_length=10_000, trim_whitespace=False)
    identifier = _text(1_000)
    settings = _text(1_000)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        start, end = attrs["start"], attrs["end"]
        if (start is None) != (end is None) or (start is not None and end <= start):
            raise serializers.ValidationError(
                _("A cue ends after it starts, or has neither time (untimed).")
            )
        return attrs


class TrackSerializer(StrictManifestSerializer):
    language = serializers.CharField(max_length=35)
    kind = serializers.ChoiceField(choices=TrackKind.choices)
    label = _text(100)  # type: ignore[assignment]
    source_format = serializers.ChoiceField(choices=SourceFormat.choices)
    encoding = _text(32)
    original_name = _text(255)
    cues = _list(CueSerializer(), 5000)


class MediaSerializer(StrictManifestSerializer):
    ref = serializers.RegexField(REF)
    type = serializers.ChoiceField(
        choices=[("asset", "asset"), ("file", "file")],
        help_text="asset: an uploaded media asset; file: a recording stored on a block or line.",
    )
    kind = serializers.ChoiceField(choices=[("audio", "audio"), ("video", "video")])
    original_name = serializers.CharField(max_length=255)
    sha256 = serializers.RegexField(r"^[0-9a-f]{64}$")
    size = serializers.IntegerField(min_value=1)
    path = serializers.RegexField(r"^media/[0-9a-f]{64}\.[a-z0-9]{1,5}$")
    tracks = _list(TrackSerializer(), 50)


class ManifestSerializer(StrictManifestSerializer):
    format = serializers.CharField()
    schema_version = serializers.IntegerField()
    course = CourseSerializer()
    lessons = _list(LessonSerializer(), 500)
    questions = _list(QuestionSerializer(), 5000)
    media = _list(MediaSerializer(), 5000)
