from collections.abc import Callable
from typing import Any

import pytest
from pytest_django.fixtures import Settings

from glossa.speech import synthesis, tasks
from glossa.speech.models import ClipStatus, SpeechClip
from glossa.speech.selectors import speech_clips_for
from glossa.speech.services import (
    SpeechTextError,
    UnknownVoiceError,
    speech_ensure,
    speech_ensure_many,
)
from glossa.speech.synthesis import SynthesisError
from glossa.speech.voices import speech_text, speech_text_from_markdown

pytestmark = pytest.mark.django_db

Run = Callable[[Callable[[], Any]], Any]


def _audio(clip: SpeechClip) -> bytes:
    with clip.file.open("rb") as file:
        data: bytes = file.read()
    return data


def _is_mp3(data: bytes) -> bool:
    return data[:3] == b"ID3" or (data[0] == 0xFF and data[1] & 0xE0 == 0xE0)


def test_clip_made_as_mp3_when_asked_first(run_tasks: Run, syntheses: list[Any]) -> None:
    clip = run_tasks(lambda: speech_ensure(text="¿Dónde está la estación?", voice="es", slow=False))

    clip.refresh_from_db()
    assert clip.status == ClipStatus.READY
    assert clip.error == ""
    assert _is_mp3(_audio(clip))
    assert 1.0 < (clip.duration or 0) < 5.0
    assert syntheses == [("¿Dónde está la estación?", "es", False)]


def test_no_second_synthesis_when_the_clip_is_cached(run_tasks: Run, syntheses: list[Any]) -> None:
    first = run_tasks(lambda: speech_ensure(text="Good morning.", voice="en-gb", slow=False))
    second = run_tasks(lambda: speech_ensure(text="Good  morning. ", voice="en-gb", slow=False))

    assert second.pk == first.pk
    assert len(syntheses) == 1
    assert SpeechClip.objects.count() == 1


def test_new_clip_made_when_the_text_changes(run_tasks: Run, syntheses: list[Any]) -> None:
    before = run_tasks(lambda: speech_ensure(text="Bonjour.", voice="fr-fr", slow=False))
    after = run_tasks(lambda: speech_ensure(text="Bonjour, Marie.", voice="fr-fr", slow=False))

    before.refresh_from_db()
    after.refresh_from_db()
    assert after.pk != before.pk
    assert after.text_hash != before.text_hash
    assert after.status == ClipStatus.READY
    assert _audio(after) != _audio(before)
    assert [text for text, *_ in syntheses] == ["Bonjour.", "Bonjour, Marie."]
    assert speech_clips_for(text="Bonjour, Marie.", voices=["fr-fr"])[0]["url"] == after.file.url


def test_slow_version_lasts_longer_when_made(run_tasks: Run) -> None:
    text = "Me gustaría un café con leche, por favor."
    normal = run_tasks(lambda: speech_ensure(text=text, voice="es-419", slow=False))
    slow = run_tasks(lambda: speech_ensure(text=text, voice="es-419", slow=True))

    normal.refresh_from_db()
    slow.refresh_from_db()
    assert slow.pk != normal.pk
    assert (slow.duration or 0) > 1.3 * (normal.duration or 0)


def test_each_voice_speaks_differently_when_accents_differ(run_tasks: Run) -> None:
    clips = run_tasks(
        lambda: speech_ensure_many(texts=["Water."], voices=["en-us", "en-gb"], speeds=["normal"])
    )

    us, gb = (SpeechClip.objects.get(pk=clip.pk) for clip in clips)
    assert (us.voice, gb.voice) == ("en-us", "en-gb")
    assert _audio(us) != _audio(gb)


def test_text_starting_with_a_dash_spoken_when_it_looks_like_an_option(run_tasks: Run) -> None:
    clip = run_tasks(lambda: speech_ensure(text="--help -v xx", voice="en-us", slow=False))

    clip.refresh_from_db()
    assert clip.status == ClipStatus.READY


def test_failure_recorded_and_made_again_when_asked_again(
    run_tasks: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = synthesis.synthesise

    def broken(**kwargs: Any) -> Any:
        raise SynthesisError("espeak-ng failed: no audio device")

    monkeypatch.setattr(synthesis, "synthesise", broken)
    clip = run_tasks(lambda: speech_ensure(text="Ciao.", voice="it", slow=False))
    clip.refresh_from_db()
    assert (clip.status, clip.error) == (ClipStatus.FAILED, "espeak-ng failed: no audio device")
    assert speech_clips_for(text="Ciao.", voices=["it"]) == []

    monkeypatch.setattr(synthesis, "synthesise", real)
    again = run_tasks(lambda: speech_ensure(text="Ciao.", voice="it", slow=False))

    again.refresh_from_db()
    assert again.pk == clip.pk
    assert (again.status, again.error) == (ClipStatus.READY, "")


def test_task_makes_nothing_when_the_clip_is_ready(run_tasks: Run, syntheses: list[Any]) -> None:
    clip = run_tasks(lambda: speech_ensure(text="Hallo.", voice="de", slow=False))
    clip.refresh_from_db()
    file_name = clip.file.name

    tasks.speech_clip_generate.call(clip_id=clip.pk)

    clip.refresh_from_db()
    assert len(syntheses) == 1
    assert clip.file.name == file_name


def test_unknown_voice_refused_when_asked() -> None:
    with pytest.raises(UnknownVoiceError):
        speech_ensure(text="Hello.", voice="en-xx-klingon", slow=False)

    assert SpeechClip.objects.count() == 0


def test_text_over_the_limit_refused_when_asked(settings: Settings) -> None:
    settings.GLOSSA_SPEECH_MAX_CHARS = 10

    with pytest.raises(SpeechTextError, match="at most 10 characters"):
        speech_ensure(text="This text is far too long.", voice="en-us", slow=False)

    assert SpeechClip.objects.count() == 0


def test_ready_clips_listed_in_the_teachers_order_normal_first(run_tasks: Run) -> None:
    run_tasks(lambda: speech_ensure_many(texts=["Olá."], voices=["pt-br", "pt"]))

    clips = speech_clips_for(text="Olá.", voices=["pt-br", "pt"])

    assert [(clip["voice"], clip["speed"], clip["label"]) for clip in clips] == [
        ("pt-br", "normal", "Portuguese (Brazil)"),
        ("pt-br", "slow", "Portuguese (Brazil)"),
        ("pt", "normal", "Portuguese (Portugal)"),
        ("pt", "slow", "Portuguese (Portugal)"),
    ]
    assert all(clip["url"].endswith(".mp3") for clip in clips)


@pytest.mark.parametrize(
    ("markdown", "spoken"),
    [
        ("**Hola**, _amigo_.", "Hola, amigo."),
        ("# Lección 1\n\nBuenos días", "Lección 1.\nBuenos días."),
        ("- uno\n- dos", "uno.\ndos."),
        ("<ruby>漢<rt>kan</rt></ruby>字", "漢字."),
        ("Tom &amp; Jerry <script>alert(1)</script>", "Tom & Jerry."),
    ],
    ids=["emphasis", "heading", "list", "ruby", "html"],
)
def test_markdown_spoken_as_plain_words(markdown: str, spoken: str) -> None:
    assert speech_text_from_markdown(markdown) == spoken


def test_text_normalised_the_same_when_spoken_twice() -> None:
    text = speech_text("  Hola   amigo \n\n ¿Qué tal? ")

    assert text == "Hola amigo.\n¿Qué tal?"
    assert speech_text(text) == text
