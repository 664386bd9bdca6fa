"""Duplicating courses, lessons and blocks (deep copies) and moving them by position."""

from decimal import Decimal

import pytest

from glossa.accounts.models import Role
from glossa.authoring.tests.conftest import World, client_for, make_question
from glossa.courses.models import AuthorRole, Block, Course, DialogueLine, Lesson
from glossa.courses.tests.factories import make_block, make_course, make_lesson, make_user
from glossa.exercises.models import ExerciseSet, ExerciseSetItem

pytestmark = pytest.mark.django_db

API = "/api/v1/authoring"


def _tree(course: Course) -> list[tuple[object, ...]]:
    """The live content of a course, without ids, to compare a copy with its original."""
    rows: list[tuple[object, ...]] = []
    for lesson in course.lessons.filter(deleted_at__isnull=True).order_by("position"):
        rows.append(("lesson", lesson.position, lesson.title))
        for block in lesson.blocks.filter(deleted_at__isnull=True).order_by("position"):
            rows.append(("block", block.position, block.type, block.title, block.markdown))
            for line in block.lines.order_by("position"):
                rows.append(("line", line.position, line.speaker, line.text, line.translation))
            exercise_set = ExerciseSet.objects.filter(block=block).first()
            if exercise_set is not None:
                for item in exercise_set.items.order_by("position"):
                    rows.append(("item", item.position, item.question_id, item.points))
    return rows


def test_deep_copy_as_new_draft_owned_by_caller_when_course_is_duplicated(
    world: World,
) -> None:
    original_tree = _tree(world.course)
    original_counts = (Lesson.objects.count(), Block.objects.count(), DialogueLine.objects.count())

    response = client_for(world.coauthor).post(f"{API}/courses/{world.course.pk}/duplicate")

    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["title"] == "Spanish for travellers (copy)"
    assert body["status"] == "draft"
    assert [(a["id"], a["role"]) for a in body["authors"]] == [(world.coauthor.pk, "owner")]
    copy = Course.objects.get(pk=body["id"])
    assert copy.slug != world.course.slug
    assert _tree(copy) == original_tree
    assert ("block", 1, "text", "Intro", "¡Hola!") in original_tree
    # The trashed lesson and block are not copied; the original is untouched.
    assert Lesson.objects.count() == original_counts[0] + 1
    assert Block.objects.count() == original_counts[1] + 3
    assert DialogueLine.objects.count() == original_counts[2] + 2
    assert _tree(world.course) == original_tree
    copied_set = ExerciseSet.objects.get(block__lesson__course=copy)
    assert copied_set.pk != world.exercise_set.pk
    assert copied_set.title == "Practice"


def test_copy_follows_original_when_lesson_is_duplicated(world: World) -> None:
    second = make_lesson(course=world.course, title="Second")

    response = client_for(world.owner).post(f"{API}/lessons/{world.lesson.pk}/duplicate")

    assert response.status_code == 201
    copy_id = response.json()["id"]
    assert response.json()["title"] == "At the airport (copy)"
    assert [block["type"] for block in response.json()["blocks"]] == [
        "text",
        "dialogue",
        "exercise_set",
    ]
    order = Lesson.objects.filter(course=world.course, deleted_at__isnull=True)
    assert list(order.order_by("position").values_list("id", flat=True)) == [
        world.lesson.pk,
        copy_id,
        second.pk,
    ]


def test_copy_with_lines_follows_original_when_block_is_duplicated(world: World) -> None:
    response = client_for(world.owner).post(f"{API}/blocks/{world.dialogue.pk}/duplicate")

    assert response.status_code == 201
    copy = response.json()
    assert copy["position"] == 3
    assert copy["version"] == 1
    assert [line["text"] for line in copy["lines"]] == ["¡Hola!", "¿Pasaporte?"]
    assert DialogueLine.objects.filter(block=world.dialogue).count() == 2
    assert Block.objects.get(pk=world.exercise_block.pk).position == 4


def test_exercise_items_copied_when_exercise_block_is_duplicated(world: World) -> None:
    response = client_for(world.owner).post(f"{API}/blocks/{world.exercise_block.pk}/duplicate")

    assert response.status_code == 201
    items = response.json()["exercise_set"]["items"]
    assert [item["question"]["id"] for item in items] == [world.item.question_id]
    assert ExerciseSetItem.objects.filter(question_id=world.item.question_id).count() == 2


def test_lesson_lands_at_index_when_moved_by_position(world: World) -> None:
    second = make_lesson(course=world.course, title="Second")
    third = make_lesson(course=world.course, title="Third")

    response = client_for(world.owner).post(
        f"{API}/lessons/{third.pk}/move", {"position": 0}, format="json"
    )

    assert response.status_code == 200
    assert response.json() == {
        "lessons": [
            {"id": third.pk, "position": 1},
            {"id": world.lesson.pk, "position": 2},
            {"id": second.pk, "position": 3},
        ]
    }


def test_position_clamped_to_the_end_when_moving_past_the_last_block(world: World) -> None:
    response = client_for(world.owner).post(
        f"{API}/blocks/{world.text.pk}/move", {"position": 99}, format="json"
    )

    assert response.status_code == 200
    assert [entry["id"] for entry in response.json()["blocks"]] == [
        world.dialogue.pk,
        world.exercise_block.pk,
        world.text.pk,
    ]


def test_block_joins_other_lesson_when_moved_with_lesson_id(world: World) -> None:
    other = make_lesson(course=world.course, title="Other")
    existing = make_block(lesson=other, markdown="First")

    response = client_for(world.owner).post(
        f"{API}/blocks/{world.dialogue.pk}/move",
        {"position": 0, "lesson_id": other.pk},
        format="json",
    )

    assert response.status_code == 200, response.json()
    assert [entry["id"] for entry in response.json()["blocks"]] == [world.dialogue.pk, existing.pk]
    assert list(
        world.lesson.blocks.filter(deleted_at__isnull=True)
        .order_by("position")
        .values_list("id", "position")
    ) == [(world.text.pk, 1), (world.exercise_block.pk, 2)]


def test_refused_and_nothing_moved_when_target_lesson_is_in_another_course(
    world: World,
) -> None:
    elsewhere = make_lesson(course=make_course(owner=world.owner))

    response = client_for(world.owner).post(
        f"{API}/blocks/{world.text.pk}/move",
        {"position": 0, "lesson_id": elsewhere.pk},
        format="json",
    )

    assert response.status_code == 400
    assert "lesson_id" in response.json()["fields"]
    assert Block.objects.get(pk=world.text.pk).lesson_id == world.lesson.pk


def test_line_and_item_land_at_index_when_moved(world: World) -> None:
    client = client_for(world.owner)
    second_item = ExerciseSetItem.objects.create(
        exercise_set=world.exercise_set, question=world.spare_question, position=2
    )

    lines = client.post(
        f"{API}/dialogue-lines/{world.line.pk}/move", {"position": 1}, format="json"
    )
    items = client.post(
        f"{API}/exercise-set-items/{second_item.pk}/move", {"position": 0}, format="json"
    )

    assert lines.status_code == 200
    assert [entry["id"] for entry in lines.json()["lines"]][-1] == world.line.pk
    assert items.status_code == 200
    assert [item["id"] for item in items.json()["items"]] == [second_item.pk, world.item.pk]


def test_each_person_keeps_own_course_order_when_moving_courses(world: World) -> None:
    newer = make_course(owner=world.owner, title="Newer")
    newer.course_authors.create(user=world.coauthor, role=AuthorRole.COAUTHOR, position=1)
    owner, coauthor = client_for(world.owner), client_for(world.coauthor)
    assert [c["id"] for c in owner.get(f"{API}/courses").json()["results"]] == [
        newer.pk,
        world.course.pk,
    ]

    response = owner.post(f"{API}/courses/{newer.pk}/move", {"position": 1}, format="json")

    assert response.status_code == 200
    assert response.json() == {
        "courses": [{"id": world.course.pk, "position": 0}, {"id": newer.pk, "position": 1}]
    }
    listed = owner.get(f"{API}/courses").json()["results"]
    assert [(c["id"], c["position"]) for c in listed] == [(world.course.pk, 0), (newer.pk, 1)]
    theirs = coauthor.get(f"{API}/courses").json()["results"]
    assert [c["id"] for c in theirs] == [newer.pk, world.course.pk]


def test_question_added_at_end_with_points_when_author_adds_it_to_a_set(world: World) -> None:
    response = client_for(world.owner).post(
        f"{API}/exercise-sets/{world.exercise_set.pk}/items",
        {"question_id": world.spare_question.pk, "points": "2.5"},
        format="json",
    )

    assert response.status_code == 201, response.json()
    assert response.json()["position"] == 2
    assert response.json()["points"] == 2.5
    assert response.json()["question"] == {
        "id": world.spare_question.pk,
        "type": "essay",
        "title": "Spare",
    }
    item = ExerciseSetItem.objects.get(pk=response.json()["id"])
    assert item.points == Decimal("2.5")


def test_refused_when_question_is_in_another_teachers_bank(world: World) -> None:
    from glossa.questions.models import QuestionBank

    other_bank = QuestionBank.objects.create(name="Private", owner=make_user(role=Role.TEACHER))
    foreign = make_question(bank=other_bank)

    response = client_for(world.owner).post(
        f"{API}/exercise-sets/{world.exercise_set.pk}/items",
        {"question_id": foreign.pk},
        format="json",
    )

    assert response.status_code == 400
    assert "question_id" in response.json()["fields"]
    assert world.exercise_set.items.count() == 1


def test_refused_when_question_is_already_in_the_set(world: World) -> None:
    response = client_for(world.owner).post(
        f"{API}/exercise-sets/{world.exercise_set.pk}/items",
        {"question_id": world.item.question_id},
        format="json",
    )

    assert response.status_code == 400
    assert response.json()["fields"]["question_id"] == [
        "This question is already in the exercise set."
    ]


def test_gap_closed_when_item_removed(world: World) -> None:
    second = ExerciseSetItem.objects.create(
        exercise_set=world.exercise_set, question=world.spare_question, position=2
    )

    response = client_for(world.owner).delete(f"{API}/exercise-set-items/{world.item.pk}")

    assert response.status_code == 204
    assert list(world.exercise_set.items.values_list("id", "position")) == [(second.pk, 1)]
    assert world.spare_question.__class__.objects.filter(pk=world.item.question_id).exists()


def test_new_block_lands_at_index_when_position_given(world: World) -> None:
    response = client_for(world.owner).post(
        f"{API}/lessons/{world.lesson.pk}/blocks",
        {"type": "video", "title": "Clip", "transcript": "Hola", "position": 0},
        format="json",
    )

    assert response.status_code == 201, response.json()
    assert response.json()["position"] == 1
    assert response.json()["type"] == "video"
    assert Block.objects.get(pk=world.text.pk).position == 2
