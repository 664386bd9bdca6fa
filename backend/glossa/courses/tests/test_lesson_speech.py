"""Learners' lessons carry the ready generated speech of texts and dialogue lines."""

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from glossa.accounts.models import Role
from glossa.courses.models import Block, BlockType, Lesson
from glossa.courses.tests.factories import (
    make_block,
    make_course,
    make_dialogue_line,
    make_enrollment,
    make_lesson,
    make_user,
)
from glossa.speech.models import ClipStatus, SpeechClip
from glossa.speech.voices import speech_text, speech_text_from_markdown, speech_text_key

pytestmark = pytest.mark.django_db


def _clip(text: str, voice: str, speed: str, status: str = ClipStatus.READY) -> SpeechClip:
    key = speech_text_key(text)
    return SpeechClip.objects.create(
        text_hash=key,
        voice=voice,
        speed=speed,
        text=text,
        status=status,
        file=f"speech/{key[:2]}/{key}-{voice}-{speed}.mp3" if status == ClipStatus.READY else "",
        duration=1.5 if status == ClipStatus.READY else None,
    )


def _voiced_lesson(blocks: int = 1, name: str = "") -> Lesson:
    lesson = make_lesson(course=make_course())
    for index in range(blocks):
        text = make_block(lesson=lesson, markdown=f"**Hola** {name}{index}.")
        dialogue = make_block(lesson=lesson, type=BlockType.DIALOGUE, title="Café")
        line = make_dialogue_line(block=dialogue, position=1, text=f"Un café {name}{index}.")
        Block.objects.filter(pk__in=[text.pk, dialogue.pk]).update(speech_voices=["es-419", "es"])
        spoken = speech_text_from_markdown(text.markdown)
        for voice in ("es", "es-419"):
            _clip(spoken, voice, "normal")
            _clip(spoken, voice, "slow")
        _clip(speech_text(line.text), "es", "normal")
        _clip(speech_text(line.text), "es", "slow", status=ClipStatus.QUEUED)
    return lesson


def _get(lesson: Lesson) -> Any:
    learner = make_user(role=Role.LEARNER)
    make_enrollment(user=learner, course=lesson.course)
    client = APIClient()
    client.force_authenticate(learner)
    return client.get(f"/api/v1/lessons/{lesson.pk}")


def test_ready_clips_offered_in_the_teachers_order_when_learner_opens_lesson() -> None:
    lesson = _voiced_lesson()

    response = _get(lesson)

    assert response.status_code == 200, response.json()
    text, dialogue = response.json()["blocks"]
    assert [(clip["voice"], clip["speed"]) for clip in text["speech"]] == [
        ("es-419", "normal"),
        ("es-419", "slow"),
        ("es", "normal"),
        ("es", "slow"),
    ]
    assert text["speech"][0]["url"].endswith("-es-419-normal.mp3")
    assert text["speech"][0]["duration"] == 1.5
    # The slow clip of the line is still being made: only what can be played is offered.
    [line] = dialogue["lines"]
    assert [(clip["voice"], clip["speed"]) for clip in line["speech"]] == [("es", "normal")]


def test_no_speech_offered_for_a_changed_text_until_its_clips_are_made() -> None:
    lesson = _voiced_lesson()
    Block.objects.filter(lesson=lesson, type=BlockType.TEXT).update(markdown="Adiós.")

    text = _get(lesson).json()["blocks"][0]

    assert text["speech"] == []


def test_speech_costs_the_same_queries_whatever_the_number_of_blocks() -> None:
    small, large = _voiced_lesson(1, "a"), _voiced_lesson(4, "b")
    _get(small)  # warm the voice list

    with CaptureQueriesContext(connection) as one:
        _get(small)
    with CaptureQueriesContext(connection) as four:
        response = _get(large)

    assert len(response.json()["blocks"]) == 8
    assert len(four) == len(one)
