"""Export a course, import it into another account, export again: the same package."""

import io
import json
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from glossa.accounts.models import Role, User
from glossa.authoring import services as authoring
from glossa.captions.models import CaptionTrack
from glossa.courses.models import Block, BlockType, Course, CourseStatus, DialogueLine
from glossa.courses.tests.factories import make_user
from glossa.exercises.models import ExerciseSetItem
from glossa.media.models import MediaAsset, MediaStatus
from glossa.packages import importer as importer_module
from glossa.packages.services import course_export, course_import
from glossa.packages.tests.conftest import Rich
from glossa.questions.models import Question, QuestionBank
from glossa.questions.services import question_bank_create
from glossa.speech import services as speech_services
from glossa.speech.models import SpeechClip

pytestmark = pytest.mark.django_db(transaction=True)


def _package(course: Course) -> bytes:
    target = io.BytesIO()
    course_export(course=course, target=target)
    return target.getvalue()


def _manifest(package: bytes) -> dict[str, object]:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        manifest: dict[str, object] = json.loads(archive.read("manifest.json"))
    return manifest


def _repack(rich: Rich, manifest: dict[str, object]) -> bytes:
    """The course's package with ``manifest`` in place of its own."""
    target = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(_package(rich.course))) as source,
        zipfile.ZipFile(target, "w") as archive,
    ):
        for name in source.namelist():
            data = json.dumps(manifest).encode() if name == "manifest.json" else source.read(name)
            archive.writestr(name, data)
    return target.getvalue()


def test_package_is_identical_when_an_imported_course_is_exported_again(rich: Rich) -> None:
    first = _package(rich.course)
    importer = make_user(role=Role.TEACHER)

    result = course_import(owner=importer, source=io.BytesIO(first))

    assert list(result.course.authors.all()) == [importer]
    assert result.course.status == CourseStatus.DRAFT
    assert _package(result.course) == first


def test_imported_course_has_every_lesson_block_line_and_question(rich: Rich) -> None:
    importer = make_user(role=Role.TEACHER)

    course = course_import(owner=importer, source=io.BytesIO(_package(rich.course))).course

    lessons = list(course.lessons.order_by("position"))
    assert [lesson.title for lesson in lessons] == ["Saludos", "Práctica"]
    blocks = list(Block.objects.filter(lesson=lessons[0]).order_by("position"))
    assert [block.type for block in blocks] == [
        BlockType.TEXT,
        BlockType.AUDIO,
        BlockType.VIDEO,
        BlockType.DIALOGUE,
    ]
    assert blocks[0].markdown == "# Hola\n\n¿Qué tal?"
    assert [(line.speaker, line.text, line.translation) for line in blocks[3].lines.all()] == [
        ("Ana", "Un café, por favor.", "Кофе, пожалуйста."),
        ("Luis", "¿Con leche?", ""),
    ]
    assert blocks[3].lines.order_by("position")[0].audio.read()[:4] == b"RIFF"
    items = ExerciseSetItem.objects.filter(exercise_set__block__lesson=lessons[1]).order_by(
        "position"
    )
    assert [(item.question.title, item.points) for item in items] == [
        ("Quiero", Decimal("2.5")),
        ("Dictado", Decimal(1)),
    ]
    assert items[0].question.category is not None
    assert items[0].question.category.path == "Grammar/Verbs"
    assert items[0].question.bank.owner == importer


def test_imported_media_are_new_assets_of_the_new_course_queued_for_processing(
    rich: Rich,
) -> None:
    importer = make_user(role=Role.TEACHER)

    course = course_import(owner=importer, source=io.BytesIO(_package(rich.course))).course

    assets = MediaAsset.objects.filter(course=course).order_by("id")
    assert [(asset.kind, asset.original_name) for asset in assets] == [
        ("audio", "hola.mp3"),
        ("video", "En el café.mp4"),
    ]
    assert all(asset.owner == importer for asset in assets)
    assert {asset.sha256 for asset in assets} == set(
        MediaAsset.objects.filter(course=rich.course).values_list("sha256", flat=True)
    )
    # The tests run tasks at once: the imported media were processed like any upload.
    assert {asset.status for asset in assets} == {MediaStatus.READY}
    audio = assets[0]
    tracks = CaptionTrack.objects.filter(asset=audio).order_by("language")
    assert [(t.language, t.kind, [c.text for c in t.cues.all()]) for t in tracks] == [
        ("es", "captions", ["¡Hola!"]),
        ("ru", "translation", ["Привет!"]),
    ]
    dictation = Question.objects.get(bank__owner=importer, title="Dictado")
    assert dictation.media == audio


def test_trashed_blocks_stay_out_of_the_package(rich: Rich) -> None:
    manifest = _manifest(_package(rich.course))

    texts = json.dumps(manifest, ensure_ascii=False)
    assert "Old." not in texts


def test_media_used_twice_travel_once(rich: Rich) -> None:
    package = _package(rich.course)

    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        media = [name for name in archive.namelist() if name.startswith("media/")]
    manifest = _manifest(package)
    # hola.mp3 (an audio block and the dictation), the video and the dialogue line's recording.
    assert len(media) == 3
    assert len(manifest["media"]) == 3  # type: ignore[arg-type]


def test_same_course_gives_the_same_bytes(rich: Rich) -> None:
    assert _package(rich.course) == _package(rich.course)


def test_second_import_of_the_same_package_gets_its_own_bank_name(rich: Rich) -> None:
    package = _package(rich.course)
    importer = make_user(role=Role.TEACHER)

    first = course_import(owner=importer, source=io.BytesIO(package))
    second = course_import(owner=importer, source=io.BytesIO(package))

    assert first.bank is not None
    assert second.bank is not None
    assert (first.bank.name, second.bank.name) == (
        "Español en el café",
        "Español en el café (2)",
    )
    assert first.course.slug != second.course.slug


def test_imported_text_block_plays_the_teachers_recording_when_the_course_had_one(
    rich: Rich, media_dir: Path
) -> None:
    recording = (media_dir / "line.wav").read_bytes()
    text = Block.objects.get(lesson__course=rich.course, title="Intro")
    text.audio.save("intro.wav", ContentFile(recording))
    importer = make_user(role=Role.TEACHER)

    course = course_import(owner=importer, source=io.BytesIO(_package(rich.course))).course

    imported = Block.objects.get(lesson__course=course, title="Intro")
    assert imported.audio.read() == recording
    assert imported.audio.name != text.audio.name


@pytest.mark.parametrize("name", ["..", "../../settings.py", "."], ids=["parent", "climb", "dot"])
def test_recording_imported_into_its_course_folder_when_its_name_is_odd(
    rich: Rich, name: str
) -> None:
    manifest = _manifest(_package(rich.course))
    media: list[dict[str, object]] = manifest["media"]  # type: ignore[assignment]
    recording = next(entry for entry in media if entry["type"] == "file")
    recording["original_name"] = name
    importer = make_user(role=Role.TEACHER)

    course = course_import(owner=importer, source=io.BytesIO(_repack(rich, manifest))).course

    line = DialogueLine.objects.get(block__lesson__course=course, speaker="Ana")
    assert line.audio.name.startswith(f"courses/{course.pk}/dialogues/")
    assert ".." not in line.audio.name
    assert line.audio.read()[:4] == b"RIFF"


def test_second_of_two_simultaneous_imports_gets_the_next_bank_name(
    rich: Rich, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = _package(rich.course)
    importer = make_user(role=Role.TEACHER)
    create = question_bank_create

    def other_import_commits_first(*, owner: User, name: str) -> QuestionBank:
        # The other import took the same free name after this one looked for free names.
        monkeypatch.setattr(importer_module, "question_bank_create", create)
        create(owner=owner, name=name)
        return create(owner=owner, name=name)

    monkeypatch.setattr(importer_module, "question_bank_create", other_import_commits_first)

    result = course_import(owner=importer, source=io.BytesIO(package))

    assert result.bank is not None
    assert result.bank.name == "Español en el café (2)"
    assert sorted(QuestionBank.objects.filter(owner=importer).values_list("name", flat=True)) == [
        "Español en el café",
        "Español en el café (2)",
    ]


def test_each_new_clip_queued_once_when_a_long_voiced_dialogue_is_imported(
    rich: Rich, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogue = Block.objects.get(lesson__course=rich.course, type=BlockType.DIALOGUE)
    for n in range(20):
        authoring.line_create(block=dialogue, changes={"speaker": "Ana", "text": f"Frase {n}."})
    package = _package(rich.course)
    SpeechClip.objects.all().delete()  # another Glossa: none of these texts spoken yet
    queued: list[int] = []

    class Spy:
        def enqueue(self, *, clip_id: int) -> None:
            queued.append(clip_id)

    monkeypatch.setattr(speech_services, "speech_clip_generate", Spy())

    course_import(owner=make_user(role=Role.TEACHER), source=io.BytesIO(package))

    # A text block and 22 lines, in two voices (the dialogue) or one (the text), two speeds.
    assert SpeechClip.objects.count() == 2 + 22 * 2 * 2
    assert sorted(queued) == sorted(SpeechClip.objects.values_list("pk", flat=True))


def test_categories_differing_only_in_case_imported_as_one_when_questions_came_from_two_banks(
    rich: Rich,
) -> None:
    # MariaDB compares paths without case: two categories would break the unique path.
    manifest = _manifest(_package(rich.course))
    questions: list[dict[str, object]] = manifest["questions"]  # type: ignore[assignment]
    questions[1]["category"] = "grammar"
    importer = make_user(role=Role.TEACHER)

    result = course_import(owner=importer, source=io.BytesIO(_repack(rich, manifest)))

    assert result.bank is not None
    paths = sorted(result.bank.categories.values_list("path", flat=True))
    assert paths == ["Grammar", "Grammar/Verbs"]
    dictation = Question.objects.get(bank=result.bank, title="Dictado")
    assert dictation.category is not None
    assert dictation.category.path == "Grammar"


@pytest.mark.parametrize(
    ("path", "expected"),
    [("/Grammar//Verbs/", "Grammar/Verbs"), ("/", None), (" / ", None)],
    ids=["empty-segments", "only-a-slash", "blank-segments"],
)
def test_category_without_nameless_levels_when_its_path_has_empty_segments(
    rich: Rich, path: str, expected: str | None
) -> None:
    manifest = _manifest(_package(rich.course))
    questions: list[dict[str, object]] = manifest["questions"]  # type: ignore[assignment]
    questions[0]["category"] = path
    importer = make_user(role=Role.TEACHER)

    result = course_import(owner=importer, source=io.BytesIO(_repack(rich, manifest)))

    assert result.bank is not None
    assert not result.bank.categories.filter(name__regex=r"^\s*$").exists()
    choice = Question.objects.get(bank=result.bank, title="Quiero")
    assert (choice.category.path if choice.category else None) == expected


def test_long_caption_track_written_in_statements_a_database_accepts(rich: Rich) -> None:
    # MariaDB refuses a statement over max_allowed_packet (16 MB by default).
    manifest = _manifest(_package(rich.course))
    media: list[dict[str, Any]] = manifest["media"]  # type: ignore[assignment]
    track = next(track for entry in media for track in entry["tracks"])
    track["cues"] = [
        {"start": n * 10, "end": n * 10 + 5, "text": "x" * 10_000, "identifier": "",
         "settings": ""}
        for n in range(2000)
    ]  # fmt: skip
    package = _repack(rich, manifest)

    with CaptureQueriesContext(connection) as context:
        course = course_import(owner=make_user(role=Role.TEACHER), source=io.BytesIO(package))

    assert max(len(query["sql"]) for query in context.captured_queries) < 8 * 1024 * 1024
    imported = CaptionTrack.objects.get(asset__course=course.course, label=track["label"])
    assert imported.cues.count() == 2000
