from collections.abc import Callable
from functools import partial
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from glossa.accounts.models import Role, User
from glossa.courses.models import Block, BlockType
from glossa.courses.services import course_author_add
from glossa.courses.tests.factories import (
    make_block,
    make_course,
    make_dialogue_line,
    make_lesson,
    make_user,
)
from glossa.speech.models import ClipStatus, SpeechClip
from glossa.speech.selectors import speech_for_blocks

pytestmark = pytest.mark.django_db

Run = Callable[[Callable[[], Any]], Any]


def _client(user: User | None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def _url(block: Block) -> str:
    return f"/api/v1/speech/blocks/{block.pk}"


@pytest.fixture
def owner() -> User:
    return make_user(role=Role.TEACHER)


@pytest.fixture
def text_block(owner: User) -> Block:
    course = make_course(owner=owner, language="es")
    return make_block(lesson=make_lesson(course=course), markdown="**Hola**, ¿qué tal?")


def _dialogue(lesson: Any, lines: int) -> Block:
    block = make_block(lesson=lesson, type=BlockType.DIALOGUE, title="En el café")
    for position in range(1, lines + 1):
        make_dialogue_line(block=block, position=position, text=f"Frase número {position}.")
    return block


PEOPLE: dict[str, Callable[[User], User | None]] = {
    "anonymous": lambda owner: None,
    "learner": lambda owner: make_user(role=Role.LEARNER),
    "moderator": lambda owner: make_user(role=Role.MODERATOR, is_staff=True),
    "other teacher": lambda owner: make_user(role=Role.TEACHER),
}


@pytest.mark.parametrize(
    ("who", "expected"),
    [("anonymous", 401), ("learner", 403), ("moderator", 403), ("other teacher", 404)],
)
@pytest.mark.parametrize("method", ["get", "post"])
def test_refused_and_nothing_changed_when_not_an_author(
    who: str, expected: int, method: str, owner: User, text_block: Block, run_tasks: Run
) -> None:
    client = _client(PEOPLE[who](owner))

    response = run_tasks(
        lambda: getattr(client, method)(_url(text_block), {"voices": ["es"]}, format="json")
    )

    assert response.status_code == expected
    assert (
        response.json()["code"]
        == {
            401: "not_authenticated",
            403: "permission_denied",
            404: "not_found",
        }[expected]
    )
    text_block.refresh_from_db()
    assert text_block.speech_voices == []
    assert text_block.version == 1
    assert SpeechClip.objects.count() == 0


@pytest.mark.parametrize("who", ["owner", "coauthor", "admin"])
def test_voices_chosen_and_speech_made_when_an_author_or_admin_asks(
    who: str, owner: User, text_block: Block, run_tasks: Run
) -> None:
    user = {
        "owner": lambda: owner,
        "coauthor": lambda: (
            course_author_add(
                course=text_block.lesson.course, user=make_user(role=Role.TEACHER)
            ).user
        ),
        "admin": lambda: make_user(role=Role.ADMIN),
    }[who]()

    response = run_tasks(
        lambda: _client(user).post(
            _url(text_block), {"voices": ["es-419", "es"], "version": 1}, format="json"
        )
    )

    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["version"] == 2
    assert [voice["id"] for voice in body["voices"]] == ["es-419", "es"]
    [item] = body["items"]
    assert (item["kind"], item["id"], item["text"]) == ("block", text_block.pk, "Hola, ¿qué tal?")
    assert [(c["voice"], c["speed"], c["status"]) for c in item["clips"]] == [
        ("es-419", "normal", "queued"),
        ("es-419", "slow", "queued"),
        ("es", "normal", "queued"),
        ("es", "slow", "queued"),
    ]
    made = _client(user).get(_url(text_block)).json()["items"][0]["clips"]
    assert {clip["status"] for clip in made} == {"ready"}
    assert all(clip["url"].endswith(".mp3") for clip in made)
    text_block.refresh_from_db()
    assert text_block.speech_voices == ["es-419", "es"]
    assert SpeechClip.objects.filter(status=ClipStatus.READY).count() == 4


def test_each_dialogue_line_spoken_when_voices_chosen(owner: User, run_tasks: Run) -> None:
    block = _dialogue(make_lesson(course=make_course(owner=owner)), lines=2)

    response = run_tasks(
        lambda: _client(owner).post(_url(block), {"voices": ["es"]}, format="json")
    )

    assert response.status_code == 200, response.json()
    items = _client(owner).get(_url(block)).json()["items"]
    assert [(item["kind"], item["text"]) for item in items] == [
        ("line", "Frase número 1."),
        ("line", "Frase número 2."),
    ]
    assert {clip["status"] for item in items for clip in item["clips"]} == {"ready"}


def test_changed_text_shows_missing_then_made_when_asked_again(
    owner: User, text_block: Block, run_tasks: Run
) -> None:
    client = _client(owner)
    run_tasks(lambda: client.post(_url(text_block), {"voices": ["es"]}, format="json"))
    Block.objects.filter(pk=text_block.pk).update(markdown="Adiós.")

    stale = client.get(_url(text_block)).json()
    again = run_tasks(lambda: client.post(_url(text_block), {"voices": ["es"]}, format="json"))

    assert stale["items"][0]["text"] == "Adiós."
    assert {clip["status"] for clip in stale["items"][0]["clips"]} == {"missing"}
    assert again.json()["version"] == 2  # the same voices: the block itself did not change
    assert {clip["status"] for clip in again.json()["items"][0]["clips"]} == {"queued"}
    made = client.get(_url(text_block)).json()["items"][0]["clips"]
    assert {clip["status"] for clip in made} == {"ready"}
    assert SpeechClip.objects.count() == 4


def test_unknown_voice_refused_and_nothing_changed(owner: User, text_block: Block) -> None:
    response = _client(owner).post(
        _url(text_block), {"voices": ["es", "xx-nowhere"]}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["code"] == "unknown_voice"
    assert list(response.json()["fields"]) == ["voices.1"]
    text_block.refresh_from_db()
    assert text_block.speech_voices == []
    assert SpeechClip.objects.count() == 0


def test_repeated_voice_refused_when_chosen_twice(owner: User, text_block: Block) -> None:
    response = _client(owner).post(_url(text_block), {"voices": ["es", "es"]}, format="json")

    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["voices"]


def test_block_without_text_refused_when_given_voices(owner: User, text_block: Block) -> None:
    audio = make_block(lesson=text_block.lesson, type=BlockType.AUDIO, title="Listen")

    response = _client(owner).post(_url(audio), {"voices": ["es"]}, format="json")

    assert response.status_code == 400
    assert response.json()["code"] == "speech_unsupported"


def test_stale_version_refused_with_the_current_state(
    owner: User, text_block: Block, run_tasks: Run
) -> None:
    client = _client(owner)
    run_tasks(
        lambda: client.post(_url(text_block), {"voices": ["es"], "version": 1}, format="json")
    )

    response = client.post(_url(text_block), {"voices": ["es-419"], "version": 1}, format="json")

    assert response.status_code == 409
    assert response.json()["code"] == "version_conflict"
    assert response.json()["current"]["version"] == 2
    assert [voice["id"] for voice in response.json()["current"]["voices"]] == ["es"]
    text_block.refresh_from_db()
    assert text_block.speech_voices == ["es"]


def test_unknown_field_refused_when_posted(owner: User, text_block: Block) -> None:
    response = _client(owner).post(_url(text_block), {"voices": [], "speed": "slow"}, format="json")

    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["speed"]


def _get_queries(client: APIClient, block: Block) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(_url(block)).status_code == 200
    return len(queries)


def test_queries_do_not_grow_with_lines_when_a_teacher_reads_speech(
    owner: User, run_tasks: Run
) -> None:
    lesson = make_lesson(course=make_course(owner=owner))
    small, large = _dialogue(lesson, lines=1), _dialogue(lesson, lines=8)
    client = _client(owner)
    for block in (small, large):
        run_tasks(partial(client.post, _url(block), {"voices": ["es", "es-419"]}, format="json"))

    assert _get_queries(client, large) == _get_queries(client, small)


def test_learner_speech_of_a_lesson_read_in_one_query(
    owner: User, run_tasks: Run, django_assert_num_queries: Any
) -> None:
    lesson = make_lesson(course=make_course(owner=owner))
    text = make_block(lesson=lesson, markdown="Buenos días.")
    dialogue = _dialogue(lesson, lines=3)
    make_block(lesson=lesson, markdown="Sin voz.")
    client = _client(owner)
    for block in (text, dialogue):
        run_tasks(partial(client.post, _url(block), {"voices": ["es"]}, format="json"))
    blocks = list(Block.objects.filter(lesson=lesson).prefetch_related("lines"))

    with django_assert_num_queries(1):
        speech = speech_for_blocks(blocks)

    assert list(speech["blocks"]) == [text.pk]
    assert [clip["speed"] for clip in speech["blocks"][text.pk]] == ["normal", "slow"]
    assert sorted(speech["lines"]) == sorted(dialogue.lines.values_list("pk", flat=True))
    assert all(len(clips) == 2 for clips in speech["lines"].values())
