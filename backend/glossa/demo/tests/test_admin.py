"""Every model of the course, exercise and progress apps has a working admin for staff."""

import pytest
from django.test import Client
from django.urls import reverse

from glossa.accounts.models import User
from glossa.courses.models import Block, Course, DialogueLine, Lesson
from glossa.demo.services import demo_load
from glossa.exercises.models import Attempt, ExerciseSet

pytestmark = pytest.mark.django_db

ADMIN_MODELS = [
    "courses.course",
    "courses.courseauthor",
    "courses.lesson",
    "courses.block",
    "courses.dialogueline",
    "courses.enrollment",
    "exercises.exerciseset",
    "exercises.exercisesetitem",
    "exercises.attempt",
    "exercises.attemptanswer",
    "progress.lessoncompletion",
]


@pytest.fixture
def staff_client(client: Client) -> Client:
    demo_load()
    client.force_login(User.objects.get(email="admin@glossa.local"))
    return client


@pytest.mark.parametrize("model", ADMIN_MODELS)
def test_change_list_shown_when_staff_opens_it(staff_client: Client, model: str) -> None:
    app_label, model_name = model.split(".")

    response = staff_client.get(reverse(f"admin:{app_label}_{model_name}_changelist"))

    assert response.status_code == 200


@pytest.mark.parametrize(
    ("model", "url_name"),
    [
        (Course, "admin:courses_course_change"),
        (Lesson, "admin:courses_lesson_change"),
        (Block, "admin:courses_block_change"),
        (DialogueLine, "admin:courses_dialogueline_change"),
        (ExerciseSet, "admin:exercises_exerciseset_change"),
    ],
)
def test_change_form_with_inlines_shown_when_staff_opens_a_row(
    staff_client: Client,
    model: type[Course | Lesson | Block | DialogueLine | ExerciseSet],
    url_name: str,
) -> None:
    row = model.objects.order_by("pk").first()
    assert row is not None

    response = staff_client.get(reverse(url_name, args=[row.pk]))

    assert response.status_code == 200


def test_admin_refused_when_user_is_a_learner(client: Client) -> None:
    demo_load()
    client.force_login(User.objects.get(email="learner@glossa.local"))

    response = client.get(reverse("admin:exercises_attempt_changelist"))

    assert response.status_code == 302
    assert Attempt.objects.count() == 0


def test_html_rendered_and_sanitised_when_staff_edits_a_text_block(staff_client: Client) -> None:
    block = Block.objects.filter(type="text").order_by("pk").first()
    assert block is not None
    form = {
        "lesson": block.lesson_id,
        "position": block.position,
        "type": "text",
        "title": "",
        "markdown": "**Nuevo** <script>alert(1)</script>",
        "transcript": "",
        "lines-TOTAL_FORMS": 0,
        "lines-INITIAL_FORMS": 0,
        "lines-MIN_NUM_FORMS": 0,
        "lines-MAX_NUM_FORMS": 1000,
    }

    response = staff_client.post(reverse("admin:courses_block_change", args=[block.pk]), form)

    assert response.status_code == 302
    block.refresh_from_db()
    assert block.html == "<p><strong>Nuevo</strong> </p>\n"
