"""Deleting puts courses, lessons and blocks in the trash; they can be restored for 30 days."""

import json
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from glossa.authoring.tests.conftest import World, client_for
from glossa.courses.models import (
    TRASH_POSITION_BASE,
    Block,
    BlockType,
    Course,
    DialogueLine,
    Lesson,
)
from glossa.courses.tests.factories import (
    make_block,
    make_dialogue_line,
    make_enrollment,
    make_lesson,
    make_user,
)
from glossa.exercises.models import ExerciseSet

pytestmark = pytest.mark.django_db

API = "/api/v1/authoring"


def _live_positions(lesson: Lesson) -> list[tuple[int, int]]:
    blocks = lesson.blocks.filter(deleted_at__isnull=True).order_by("position")
    return list(blocks.values_list("id", "position"))


def test_block_leaves_lesson_and_siblings_close_up_when_deleted(world: World) -> None:
    client = client_for(world.owner)

    response = client.delete(f"{API}/blocks/{world.text.pk}")

    assert response.status_code == 204
    block = Block.objects.get(pk=world.text.pk)
    assert block.deleted_at is not None
    assert block.position == TRASH_POSITION_BASE + block.pk
    assert _live_positions(world.lesson) == [(world.dialogue.pk, 1), (world.exercise_block.pk, 2)]
    lesson = client.get(f"{API}/lessons/{world.lesson.pk}").json()
    assert world.text.pk not in [b["id"] for b in lesson["blocks"]]
    assert client.get(f"{API}/blocks/{world.text.pk}").status_code == 404


def test_trash_lists_what_was_deleted_with_purge_date_when_author_asks(world: World) -> None:
    response = client_for(world.coauthor).get(f"{API}/trash")

    assert response.status_code == 200
    entries = response.json()["results"]
    kinds = {(entry["kind"], entry["id"]) for entry in entries}
    assert kinds == {
        ("lesson", world.trashed_lesson.pk),
        ("block", world.trashed_block.pk),
        ("course", world.trashed_course.pk),
    }
    lesson_entry = next(entry for entry in entries if entry["kind"] == "lesson")
    assert lesson_entry["course_id"] == world.course.pk
    assert lesson_entry["course_title"] == "Spanish for travellers"
    deleted = Lesson.objects.get(pk=world.trashed_lesson.pk).deleted_at
    assert deleted is not None
    assert lesson_entry["purge_at"] == (deleted + timedelta(days=30)).isoformat().replace(
        "+00:00", "Z"
    )


def test_trash_empty_when_teacher_authors_none_of_the_courses(world: World) -> None:
    stranger = make_user(role="teacher")

    response = client_for(stranger).get(f"{API}/trash")

    assert response.status_code == 200
    assert response.json()["results"] == []


def test_lesson_back_at_end_of_course_when_restored(world: World) -> None:
    later = make_lesson(course=world.course, title="Later")

    response = client_for(world.owner).post(f"{API}/trash/lesson/{world.trashed_lesson.pk}/restore")

    assert response.status_code == 200, response.json()
    assert response.json()["title"] == "Old lesson"
    lessons = Lesson.objects.filter(course=world.course, deleted_at__isnull=True)
    assert list(lessons.order_by("position").values_list("id", "position")) == [
        (world.lesson.pk, 1),
        (later.pk, 2),
        (world.trashed_lesson.pk, 3),
    ]


def test_block_back_at_end_of_lesson_when_restored(world: World) -> None:
    response = client_for(world.coauthor).post(
        f"{API}/trash/block/{world.trashed_block.pk}/restore"
    )

    assert response.status_code == 200, response.json()
    assert response.json()["position"] == 4
    assert Block.objects.get(pk=world.trashed_block.pk).deleted_at is None


def test_course_back_in_list_when_owner_restores_it(world: World) -> None:
    client = client_for(world.owner)

    response = client.post(f"{API}/trash/course/{world.trashed_course.pk}/restore")

    assert response.status_code == 200, response.json()
    ids = [course["id"] for course in client.get(f"{API}/courses").json()["results"]]
    assert world.trashed_course.pk in ids


def test_conflict_and_lesson_stays_in_trash_when_its_course_is_in_the_trash(
    world: World,
) -> None:
    client = client_for(world.owner)
    assert client.delete(f"{API}/courses/{world.course.pk}").status_code == 204

    response = client.post(f"{API}/trash/lesson/{world.trashed_lesson.pk}/restore")

    assert response.status_code == 409
    assert response.json()["code"] == "parent_deleted"
    assert Lesson.objects.get(pk=world.trashed_lesson.pk).deleted_at is not None


def test_not_found_when_restoring_a_live_row_or_an_unknown_kind(world: World) -> None:
    client = client_for(world.owner)

    assert client.post(f"{API}/trash/lesson/{world.lesson.pk}/restore").status_code == 404
    assert client.post(f"{API}/trash/question/{world.lesson.pk}/restore").status_code == 404


def test_deleted_course_vanishes_from_catalog_course_page_and_authoring_list(
    world: World,
) -> None:
    learner = make_user()
    make_enrollment(user=learner, course=world.course)
    owner = client_for(world.owner)

    assert owner.delete(f"{API}/courses/{world.course.pk}").status_code == 204

    learner_client = client_for(learner)
    catalog = learner_client.get("/api/v1/courses").json()["results"]
    assert world.course.pk not in [course["id"] for course in catalog]
    assert learner_client.get(f"/api/v1/courses/{world.course.pk}").status_code == 404
    assert learner_client.get(f"/api/v1/lessons/{world.lesson.pk}").status_code == 404
    exercise_set = ExerciseSet.objects.get(pk=world.exercise_set.pk)
    attempts = learner_client.get(f"/api/v1/exercise-sets/{exercise_set.pk}/attempts")
    assert attempts.status_code == 404
    authoring = owner.get(f"{API}/courses").json()["results"]
    assert world.course.pk not in [course["id"] for course in authoring]
    assert owner.get(f"{API}/courses/{world.course.pk}").status_code == 404


def test_learner_sees_neither_trashed_lesson_nor_trashed_block_when_enrolled(
    world: World,
) -> None:
    learner = make_user()
    make_enrollment(user=learner, course=world.course)
    client = client_for(learner)

    course = client.get(f"/api/v1/courses/{world.course.pk}").json()
    lesson = client.get(f"/api/v1/lessons/{world.lesson.pk}").json()

    assert [entry["id"] for entry in course["lessons"]] == [world.lesson.pk]
    assert course["lesson_count"] == 1
    assert world.trashed_block.pk not in [block["id"] for block in lesson["blocks"]]
    assert lesson["next_lesson_id"] is None
    assert client.get(f"/api/v1/lessons/{world.trashed_lesson.pk}").status_code == 404


def _age(model: type[Course] | type[Lesson] | type[Block], pk: int, days: int) -> None:
    model.objects.filter(pk=pk).update(deleted_at=timezone.now() - timedelta(days=days))


def test_only_rows_trashed_over_30_days_ago_deleted_when_purge_trash_runs(world: World) -> None:
    _age(Lesson, world.trashed_lesson.pk, 31)
    _age(Course, world.trashed_course.pk, 31)
    _age(Block, world.trashed_block.pk, 29)
    out = StringIO()

    call_command("purge_trash", "--json", stdout=out)

    assert json.loads(out.getvalue()) == {"courses": 1, "lessons": 1, "blocks": 0}
    assert not Lesson.objects.filter(pk=world.trashed_lesson.pk).exists()
    assert not Course.objects.filter(pk=world.trashed_course.pk).exists()
    assert Block.objects.filter(pk=world.trashed_block.pk).exists()
    assert Lesson.objects.filter(pk=world.lesson.pk).exists()


def test_purge_trash_prints_counts_and_is_harmless_when_run_twice(world: World) -> None:
    _age(Block, world.trashed_block.pk, 40)
    first, second = StringIO(), StringIO()

    call_command("purge_trash", stdout=first)
    call_command("purge_trash", stdout=second)

    assert first.getvalue().strip() == "Purged 0 courses, 0 lessons and 1 blocks."
    assert second.getvalue().strip() == "Purged 0 courses, 0 lessons and 0 blocks."


def test_recordings_deleted_with_purged_blocks_unless_a_live_copy_plays_them(
    world: World, disk_storage: Path
) -> None:
    dialogue = make_block(lesson=world.trashed_lesson, type=BlockType.DIALOGUE)
    line = make_dialogue_line(block=dialogue, position=1)
    line.audio.save("gone.mp3", ContentFile(b"line"))
    world.trashed_block.audio.save("intro.mp3", ContentFile(b"text"))
    shared = make_dialogue_line(block=dialogue, position=2)
    shared.audio.save("shared.mp3", ContentFile(b"shared"))
    DialogueLine.objects.filter(pk=world.line.pk).update(audio=shared.audio.name)  # a live copy
    _age(Lesson, world.trashed_lesson.pk, 31)
    _age(Block, world.trashed_block.pk, 31)

    call_command("purge_trash", stdout=StringIO())

    files = {
        str(path.relative_to(disk_storage)) for path in disk_storage.rglob("*") if path.is_file()
    }
    assert files == {shared.audio.name}
    assert DialogueLine.objects.get(pk=world.line.pk).audio.read() == b"shared"
