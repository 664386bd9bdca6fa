"""A course with every kind of content, and real media made with FFmpeg's test sources."""

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import translation

from glossa.accounts.models import Role, User
from glossa.authoring import services as authoring
from glossa.captions.models import CaptionTrack, Cue
from glossa.courses.models import Block, BlockType, Course
from glossa.courses.tests.factories import make_user
from glossa.exercises.services import exercise_set_item_add
from glossa.media.models import MediaAsset
from glossa.media.services import media_asset_create
from glossa.media.tests.fixtures import ffmpeg
from glossa.questions.models import Category, QuestionType
from glossa.questions.services import QuestionChanges, question_bank_create, question_create

TONE = ["-f", "lavfi", "-i", "sine=frequency=440:duration=1"]
VIDEO = ["-f", "lavfi", "-i", "testsrc2=size=160x120:rate=10:duration=1"]


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which(settings.GLOSSA_FFMPEG) is None:
        pytest.skip("ffmpeg is not installed (Debian package ffmpeg)")
    directory = tmp_path_factory.mktemp("package-media")
    ffmpeg(*TONE, "-c:a", "libmp3lame", str(directory / "hola.mp3"))
    ffmpeg(*TONE, str(directory / "line.wav"))
    ffmpeg(*VIDEO, "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
           str(directory / "clip.mp4"))  # fmt: skip
    return directory


@pytest.fixture(autouse=True)
def _storage_on_disk(disk_storage: Path) -> None:
    """Every package test stores its media on disk, where FFmpeg can read them."""


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    with translation.override("en"):
        yield


@dataclass
class Rich:
    owner: User
    course: Course
    audio: MediaAsset
    trashed: Block


def _asset(owner: User, course: Course, path: Path, name: str) -> MediaAsset:
    return media_asset_create(user=owner, path=path, original_name=name, course_id=course.pk)


@pytest.fixture
def rich(db: None, media_dir: Path) -> Rich:
    """Two lessons: text, audio with captions, video, dialogue with a recording, exercises."""
    owner = make_user(role=Role.TEACHER)
    course = authoring.course_author_create(
        owner=owner, title="Español en el café", language="es", level="A2",
        summary="Order like a local.", description="**Bienvenidos.**",
        media_requires_enrollment=True,
    )  # fmt: skip
    audio = _asset(owner, course, media_dir / "hola.mp3", "hola.mp3")
    video = _asset(owner, course, media_dir / "clip.mp4", "En el café.mp4")

    first = authoring.lesson_author_create(course=course, title="Saludos")
    authoring.block_author_create(
        user=owner, lesson=first, type=BlockType.TEXT,
        changes={"title": "Intro", "markdown": "# Hola\n\n¿Qué tal?", "speech_voices": ["es"]},
    )  # fmt: skip
    authoring.block_author_create(
        user=owner, lesson=first, type=BlockType.AUDIO,
        changes={"title": "Escucha", "transcript": "Hola.", "media_id": audio.pk},
    )  # fmt: skip
    timed = CaptionTrack.objects.create(
        asset=audio, language="es", kind="captions", label="Español", source_format="webvtt",
        encoding="utf-8", original_name="hola.vtt",
    )  # fmt: skip
    Cue.objects.create(track=timed, position=0, start=0, end=900, text="¡Hola!",
                       identifier="c1", settings="align:start")  # fmt: skip
    typed = CaptionTrack.objects.create(
        asset=audio, language="ru", kind="translation", source_format="typed"
    )
    Cue.objects.create(track=typed, position=0, start=None, end=None, text="Привет!")
    authoring.block_author_create(
        user=owner, lesson=first, type=BlockType.VIDEO,
        changes={"title": "Mira", "transcript": "", "media_id": video.pk},
    )  # fmt: skip
    dialogue = authoring.block_author_create(
        user=owner, lesson=first, type=BlockType.DIALOGUE,
        changes={"title": "En la barra", "speech_voices": ["es", "es-419"]},
    )  # fmt: skip
    line = authoring.line_create(
        block=dialogue, changes={"speaker": "Ana", "text": "Un café, por favor.",
                                 "translation": "Кофе, пожалуйста."},
    )  # fmt: skip
    line.audio.save("ana.wav", ContentFile((media_dir / "line.wav").read_bytes()))
    authoring.line_create(block=dialogue, changes={"speaker": "Luis", "text": "¿Con leche?"})
    trashed = authoring.block_author_create(
        user=owner, lesson=first, type=BlockType.TEXT, changes={"markdown": "Old."}
    )
    authoring.block_trash(block=trashed)

    second = authoring.lesson_author_create(course=course, title="Práctica")
    practice = authoring.block_author_create(
        user=owner, lesson=second, type=BlockType.EXERCISE_SET, changes={"title": "Practice"}
    )
    bank = question_bank_create(owner=owner, name="Café")
    grammar = Category.objects.create(bank=bank, name="Grammar", path="Grammar")
    verbs = Category.objects.create(bank=bank, name="Verbs", parent=grammar, path="Grammar/Verbs")
    choice = question_create(
        user=owner, bank=bank,
        changes=QuestionChanges(
            type=QuestionType.SINGLE_CHOICE, title="Quiero", text="Yo ___ un café.",
            data={"answers": [
                {"id": "a1", "text": "quiero", "format": "plain", "fraction": 1,
                 "feedback": "", "feedback_format": "plain"},
                {"id": "a2", "text": "quieres", "format": "plain", "fraction": 0,
                 "feedback": "Tú.", "feedback_format": "plain"},
            ]},
            category_id=verbs.pk,
        ),
    )  # fmt: skip
    dictation = question_create(
        user=owner, bank=bank,
        changes=QuestionChanges(
            type=QuestionType.DICTATION, title="Dictado", text="Escribe.",
            data={"text": "Hola amigo.", "ignore_punctuation": True, "case_sensitive": False,
                  "accents": "accept"},
            media_id=audio.pk,
        ),
    )  # fmt: skip
    exercise_set = Block.objects.get(pk=practice.pk).exercise_set
    exercise_set_item_add(exercise_set=exercise_set, question=choice, points=Decimal("2.5"))
    exercise_set_item_add(exercise_set=exercise_set, question=dictation)
    return Rich(owner=owner, course=course, audio=audio, trashed=trashed)
