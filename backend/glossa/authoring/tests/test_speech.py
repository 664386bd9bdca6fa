"""Generated speech follows authoring edits: a new text is spoken, an unchanged one is not.

Clips are really made with eSpeak NG and FFmpeg (the test settings run tasks at once, after
the commit); a spy counts what the task speaks.
"""

import shutil
from collections.abc import Callable, Iterator
from datetime import timedelta
from functools import partial
from typing import Any

import pytest
from django.utils import timezone, translation
from pytest_django.fixtures import Settings

from glossa.authoring.tests.conftest import World, client_for
from glossa.courses.models import Block
from glossa.speech.models import ClipStatus, SpeechClip
from glossa.speech.services import speech_block_voices_set
from glossa.speech.tasks import speech_clip_generate
from glossa.speech.tests.fixtures import RunTasks

if shutil.which("espeak-ng") is None or shutil.which("ffmpeg") is None:
    pytest.skip(
        "espeak-ng and ffmpeg are needed (apt-get install espeak-ng ffmpeg; .ci/run does)",
        allow_module_level=True,
    )

pytestmark = pytest.mark.django_db

API = "/api/v1/authoring"


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    with translation.override("en"):
        yield


def _voiced(world: World, block: Block, run_tasks: RunTasks, syntheses: list[Any]) -> None:
    run_tasks(
        lambda: speech_block_voices_set(user=world.owner, block=block, voices=["es"], version=None)
    )
    syntheses.clear()


def _clips(world: World, block_id: int) -> dict[str, set[str]]:
    """Each text the block speaks, with the states of its clips, as its authors see them."""
    body = client_for(world.owner).get(f"/api/v1/speech/blocks/{block_id}").json()
    return {item["text"]: {clip["status"] for clip in item["clips"]} for item in body["items"]}


def test_new_text_spoken_when_text_block_edited(
    world: World, run_tasks: RunTasks, syntheses: list[Any]
) -> None:
    _voiced(world, world.text, run_tasks, syntheses)

    response = run_tasks(
        lambda: client_for(world.owner).patch(
            f"{API}/blocks/{world.text.pk}", {"markdown": "¡Adiós!", "version": 2}, format="json"
        )
    )

    assert response.status_code == 200, response.json()
    assert syntheses == [("¡Adiós!", "es", False), ("¡Adiós!", "es", True)]
    assert _clips(world, world.text.pk) == {"¡Adiós!": {"ready"}}
    assert SpeechClip.objects.filter(text="¡Hola!").count() == 2  # the old text stays cached


def test_nothing_spoken_again_when_text_block_saved_unchanged(
    world: World, run_tasks: RunTasks, syntheses: list[Any]
) -> None:
    _voiced(world, world.text, run_tasks, syntheses)

    response = run_tasks(
        lambda: client_for(world.owner).patch(
            f"{API}/blocks/{world.text.pk}",
            {"title": "Greeting", "markdown": "¡Hola!", "version": 2},
            format="json",
        )
    )

    assert response.status_code == 200, response.json()
    assert syntheses == []
    assert SpeechClip.objects.count() == 2
    assert _clips(world, world.text.pk) == {"¡Hola!": {"ready"}}


def test_old_speech_served_again_without_synthesis_when_text_edited_back(
    world: World, run_tasks: RunTasks, syntheses: list[Any]
) -> None:
    _voiced(world, world.text, run_tasks, syntheses)
    client = client_for(world.owner)
    url = f"{API}/blocks/{world.text.pk}"
    run_tasks(lambda: client.patch(url, {"markdown": "¡Adiós!", "version": 2}, format="json"))
    syntheses.clear()

    run_tasks(lambda: client.patch(url, {"markdown": "¡Hola!", "version": 3}, format="json"))

    assert syntheses == []
    assert _clips(world, world.text.pk) == {"¡Hola!": {"ready"}}


def test_text_block_created_with_voices_spoken_at_once(
    world: World, run_tasks: RunTasks, syntheses: list[Any]
) -> None:
    response = run_tasks(
        lambda: client_for(world.owner).post(
            f"{API}/lessons/{world.lesson.pk}/blocks",
            {"type": "text", "markdown": "Buenos días.", "speech_voices": ["es"]},
            format="json",
        )
    )

    assert response.status_code == 201, response.json()
    assert {text for text, _, _ in syntheses} == {"Buenos días."}
    assert _clips(world, response.json()["id"]) == {"Buenos días.": {"ready"}}


def test_new_line_spoken_when_added_to_a_voiced_dialogue(
    world: World, run_tasks: RunTasks, syntheses: list[Any]
) -> None:
    _voiced(world, world.dialogue, run_tasks, syntheses)

    response = run_tasks(
        lambda: client_for(world.coauthor).post(
            f"{API}/blocks/{world.dialogue.pk}/lines",
            {"speaker": "Ana", "text": "Aquí tiene."},
            format="json",
        )
    )

    assert response.status_code == 201, response.json()
    assert syntheses == [("Aquí tiene.", "es", False), ("Aquí tiene.", "es", True)]
    assert _clips(world, world.dialogue.pk) == {
        "¡Hola!": {"ready"},
        "¿Pasaporte?": {"ready"},
        "Aquí tiene.": {"ready"},
    }


def test_edited_line_spoken_and_translation_edit_speaks_nothing(
    world: World, run_tasks: RunTasks, syntheses: list[Any]
) -> None:
    _voiced(world, world.dialogue, run_tasks, syntheses)
    client = client_for(world.owner)
    url = f"{API}/dialogue-lines/{world.line.pk}"

    edited = run_tasks(lambda: client.patch(url, {"text": "¡Buenas!", "version": 1}, format="json"))
    spoken_after_text = list(syntheses)
    syntheses.clear()
    translated = run_tasks(
        lambda: client.patch(url, {"translation": "Добрый день!", "version": 2}, format="json")
    )

    assert (edited.status_code, translated.status_code) == (200, 200)
    assert spoken_after_text == [("¡Buenas!", "es", False), ("¡Buenas!", "es", True)]
    assert syntheses == []
    assert _clips(world, world.dialogue.pk) == {"¡Buenas!": {"ready"}, "¿Pasaporte?": {"ready"}}


def test_new_voice_speaks_every_line_once_when_chosen_through_speech(
    world: World, run_tasks: RunTasks, syntheses: list[Any]
) -> None:
    _voiced(world, world.dialogue, run_tasks, syntheses)
    world.dialogue.refresh_from_db()

    run_tasks(
        lambda: speech_block_voices_set(
            user=world.owner, block=world.dialogue, voices=["es", "es-419"], version=None
        )
    )

    assert sorted(syntheses) == sorted(
        (text, "es-419", slow) for text in ("¡Hola!", "¿Pasaporte?") for slow in (False, True)
    )


@pytest.mark.parametrize(
    "url",
    [
        pytest.param(lambda w: f"{API}/blocks/{w.text.pk}/duplicate", id="block"),
        pytest.param(lambda w: f"{API}/lessons/{w.lesson.pk}/duplicate", id="lesson"),
        pytest.param(lambda w: f"{API}/courses/{w.course.pk}/duplicate", id="course"),
    ],
)
def test_copy_plays_the_cached_speech_without_synthesis_when_duplicated(
    url: Callable[[World], str], world: World, run_tasks: RunTasks, syntheses: list[Any]
) -> None:
    _voiced(world, world.text, run_tasks, syntheses)

    response = run_tasks(lambda: client_for(world.owner).post(url(world), format="json"))

    assert response.status_code == 201, response.json()
    copy = Block.objects.exclude(pk=world.text.pk).get(markdown="¡Hola!", deleted_at=None)
    assert copy.speech_voices == ["es"]
    assert syntheses == []
    assert _clips(world, copy.pk) == {"¡Hola!": {"ready"}}


def test_missing_speech_queued_for_the_copy_when_duplicated(
    world: World, run_tasks: RunTasks, syntheses: list[Any]
) -> None:
    Block.objects.filter(pk=world.text.pk).update(speech_voices=["es"])  # never spoken yet

    response = run_tasks(
        lambda: client_for(world.owner).post(f"{API}/blocks/{world.text.pk}/duplicate")
    )

    assert response.status_code == 201, response.json()
    assert syntheses == [("¡Hola!", "es", False), ("¡Hola!", "es", True)]
    assert _clips(world, response.json()["id"]) == {"¡Hola!": {"ready"}}


def test_text_too_long_to_speak_refused_and_nothing_saved(
    world: World, run_tasks: RunTasks, syntheses: list[Any], settings: Settings
) -> None:
    _voiced(world, world.text, run_tasks, syntheses)
    settings.GLOSSA_SPEECH_MAX_CHARS = 20

    response = run_tasks(
        lambda: client_for(world.owner).patch(
            f"{API}/blocks/{world.text.pk}",
            {"markdown": "Una frase bastante larga para hablar.", "version": 2},
            format="json",
        )
    )

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "speech_text_invalid"
    assert body["fields"] == {
        "markdown": ["This text is too long to be spoken: at most 20 characters."]
    }
    world.text.refresh_from_db()
    assert (world.text.markdown, world.text.version) == ("¡Hola!", 2)
    assert syntheses == []
    assert not SpeechClip.objects.exclude(status=ClipStatus.READY).exists()


def _queued(callbacks: list[Callable[[], Any]]) -> list[int]:
    """The clip ids whose making a request queued after its commit."""
    return sorted(
        callback.keywords["clip_id"]
        for callback in callbacks
        if isinstance(callback, partial) and callback.func == speech_clip_generate.enqueue
    )


def test_only_the_new_lines_clips_queued_when_a_line_is_added_while_others_still_wait(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    # The voices were chosen a moment ago; the worker has not made those clips yet.
    speech_block_voices_set(user=world.owner, block=world.dialogue, voices=["es"], version=None)
    waiting = set(SpeechClip.objects.values_list("pk", flat=True))

    with django_capture_on_commit_callbacks() as callbacks:
        response = client_for(world.owner).post(
            f"{API}/blocks/{world.dialogue.pk}/lines",
            {"speaker": "Ana", "text": "Aquí tiene."},
            format="json",
        )

    assert response.status_code == 201, response.json()
    new = SpeechClip.objects.filter(text="Aquí tiene.").values_list("pk", flat=True)
    assert _queued(callbacks) == sorted(new)
    assert len(waiting) == 4
    assert (
        set(SpeechClip.objects.filter(status=ClipStatus.QUEUED).values_list("pk", flat=True))
        >= waiting
    )


def test_waiting_clip_queued_again_when_its_task_was_lost_long_ago(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    speech_block_voices_set(user=world.owner, block=world.text, voices=["es"], version=None)
    SpeechClip.objects.update(updated_at=timezone.now() - timedelta(hours=1))

    block = Block.objects.get(pk=world.text.pk)

    with django_capture_on_commit_callbacks() as callbacks:
        speech_block_voices_set(user=world.owner, block=block, voices=["es"], version=None)

    assert _queued(callbacks) == sorted(SpeechClip.objects.values_list("pk", flat=True))
