"""Questions of the language types and the audio they play, for tests of several apps."""

from typing import Any

from glossa.accounts.models import User
from glossa.media.models import MediaAsset, MediaKind, MediaRendition, MediaStatus, RenditionName
from glossa.questions.models import Question, QuestionBank, QuestionType, TextFormat


def make_audio(
    *, owner: User | None, kind: str = MediaKind.AUDIO, ready: bool = True
) -> MediaAsset:
    """An asset row as the media pipeline leaves it (no file on disk: none is read here)."""
    asset = MediaAsset.objects.create(
        owner=owner,
        kind=kind,
        original="media/originals/recording.mp3",
        original_name="recording.mp3",
        size=1000,
        duration=3.5,
        status=MediaStatus.READY if ready else MediaStatus.PROCESSING,
    )
    if ready:
        MediaRendition.objects.create(
            asset=asset,
            name=RenditionName.AUDIO_AAC,
            file=f"media/renditions/{asset.pk}/a.m4a",
            content_type="audio/mp4",
            size=500,
        )
    return asset


ORDERING = {
    "items": [
        {"id": "i1", "text": "Yo"},
        {"id": "i2", "text": "hablo"},
        {"id": "i3", "text": "español"},
    ],
    "unit": "word",
}
GAP_FILL = {
    "text": "Yo [[g1]] español y [[g2]] francés.",
    "gaps": [{"id": "g1", "answers": ["hablo"]}, {"id": "g2", "answers": ["entiendo", "leo"]}],
    "mode": "type",
    "distractors": [],
    "case_sensitive": False,
    "accents": "strict",
}
DICTATION = {
    "text": "El niño come una manzana.",
    "ignore_punctuation": True,
    "case_sensitive": False,
    "accents": "accept",
}
LISTENING = {
    "answers": [
        {"id": "a1", "text": "En la playa", "format": "plain", "fraction": 1.0, "feedback": "¡Sí!",
         "feedback_format": "plain"},
        {"id": "a2", "text": "En casa", "format": "plain", "fraction": 0.0, "feedback": "",
         "feedback_format": "plain"},
    ]
}  # fmt: skip
DATA = {
    QuestionType.ORDERING: ORDERING,
    QuestionType.GAP_FILL: GAP_FILL,
    QuestionType.DICTATION: DICTATION,
    QuestionType.LISTENING_CHOICE: LISTENING,
}


def make_question(
    *, bank: QuestionBank, type: str, data: dict[str, Any] | None = None, **fields: Any
) -> Question:
    if type in {QuestionType.DICTATION, QuestionType.LISTENING_CHOICE} and "media" not in fields:
        fields["media"] = make_audio(owner=bank.owner)
    return Question.objects.create(
        bank=bank,
        type=type,
        title=fields.pop("title", type),
        text=fields.pop("text", "Escuche y responda."),
        text_format=fields.pop("text_format", TextFormat.MARKDOWN),
        data=data if data is not None else DATA[type],  # type: ignore[index]
        **fields,
    )
