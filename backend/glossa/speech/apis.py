"""Voices of generated speech and a block's speech for its authors (docs/api.md "Speech")."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from glossa.common.exceptions import ConflictError
from glossa.common.serializers import ErrorSerializer, StrictSerializer
from glossa.speech import selectors, services
from glossa.speech.permissions import CanAuthor

ERRORS = {
    400: ErrorSerializer,
    401: ErrorSerializer,
    403: ErrorSerializer,
    404: ErrorSerializer,
    409: ErrorSerializer,
}


class VoiceSerializer(serializers.Serializer[Any]):
    id = serializers.CharField(help_text="eSpeak NG voice id, e.g. en-gb-scotland.")
    language = serializers.CharField(help_text="ISO 639-1 code of the language spoken.")
    accent = serializers.CharField(help_text="BCP 47 tag of the accent, e.g. en-GB-scotland.")
    # The metaclass moves declared fields off the class, so this does not shadow ``.label``.
    label = serializers.CharField(  # type: ignore[assignment]
        help_text="Name of the voice in the request's language."
    )


class VoiceListFilterSerializer(serializers.Serializer[Any]):
    language = serializers.RegexField(
        r"^[a-z]{2,3}$", required=False, help_text="Only voices of this ISO 639-1 language."
    )


class SpeechVoiceListApi(APIView):
    @extend_schema(
        operation_id="speech_voices_list",
        summary="The eSpeak NG voices a teacher can choose, accents of a language first.",
        parameters=[VoiceListFilterSerializer],
        responses={200: VoiceSerializer(many=True), 400: ErrorSerializer, 401: ErrorSerializer},
    )
    def get(self, request: Request) -> Response:
        filters = VoiceListFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        voices = selectors.voices_get(language=filters.validated_data.get("language"))
        return Response(VoiceSerializer(voices, many=True).data)


class ClipStatusSerializer(serializers.Serializer[Any]):
    voice = serializers.CharField()
    speed = serializers.ChoiceField(choices=["normal", "slow"])
    status = serializers.ChoiceField(choices=["missing", "queued", "processing", "ready", "failed"])
    error = serializers.CharField(help_text="Why the clip failed; empty otherwise.")
    url = serializers.CharField(allow_null=True, help_text="Only when ready.")
    duration = serializers.FloatField(allow_null=True, help_text="Seconds.")


class SpeechItemSerializer(serializers.Serializer[Any]):
    kind = serializers.ChoiceField(
        choices=["block", "line"], help_text="The text block itself, or a dialogue line."
    )
    id = serializers.IntegerField(help_text="Id of the block or the dialogue line.")
    text = serializers.CharField(help_text="The words spoken.")
    clips = ClipStatusSerializer(many=True)


class BlockSpeechSerializer(serializers.Serializer[Any]):
    block_id = serializers.IntegerField()
    version = serializers.IntegerField(help_text="The block's version after this request.")
    voices = VoiceSerializer(many=True)
    items = SpeechItemSerializer(many=True)


class BlockSpeechInputSerializer(StrictSerializer):
    voices = serializers.ListField(
        child=serializers.CharField(max_length=40),
        max_length=12,
        help_text="Voice ids in the order learners are offered them; [] removes speech.",
    )
    version = serializers.IntegerField(
        required=False, min_value=1, help_text="The block's version last seen (checked if sent)."
    )

    def validate_voices(self, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise serializers.ValidationError(_("Choose each voice only once."))
        return value


def _block_get(request: Request, block_id: int) -> Any:
    # Imported here: authoring sits above speech in the layering.
    from glossa.authoring.selectors import authoring_block_get

    return authoring_block_get(user=request.user, block_id=block_id)  # type: ignore[arg-type]


def _block_speech(block: Any) -> dict[str, Any]:
    voices = {voice.id: voice for voice in selectors.voices_get()}
    return {
        "block_id": block.pk,
        "version": block.version,
        "voices": [voices[voice] for voice in block.speech_voices or [] if voice in voices],
        "items": selectors.speech_block_status(block),
    }


@contextmanager
def _current_on_conflict(render: Callable[[], Any]) -> Iterator[None]:
    try:
        yield
    except ConflictError as error:
        if error.code == "version_conflict":
            error.extra["current"] = render()
        raise


class BlockSpeechApi(APIView):
    permission_classes = [CanAuthor]

    @extend_schema(
        operation_id="speech_blocks_retrieve",
        summary="A text or dialogue block's chosen voices and the state of each clip.",
        responses={200: BlockSpeechSerializer, **ERRORS},
    )
    def get(self, request: Request, block_id: int) -> Response:
        block = _block_get(request, block_id)
        return Response(BlockSpeechSerializer(_block_speech(block)).data)

    @extend_schema(
        operation_id="speech_blocks_create",
        summary="Choose a block's voices and make its speech (normal and slow) in each.",
        request=BlockSpeechInputSerializer,
        responses={200: BlockSpeechSerializer, **ERRORS},
    )
    def post(self, request: Request, block_id: int) -> Response:
        block = _block_get(request, block_id)
        data = BlockSpeechInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)

        with _current_on_conflict(
            lambda: BlockSpeechSerializer(_block_speech(_block_get(request, block_id))).data
        ):
            block = services.speech_block_voices_set(
                user=request.user,
                block=block,
                voices=data.validated_data["voices"],
                version=data.validated_data.get("version"),
            )
        return Response(BlockSpeechSerializer(_block_speech(_block_get(request, block_id))).data)
