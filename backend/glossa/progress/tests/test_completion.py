import pytest
from rest_framework.test import APIClient

from glossa.courses.models import CourseStatus
from glossa.courses.tests.factories import make_course, make_enrollment, make_lesson, make_user
from glossa.progress.models import LessonCompletion

pytestmark = pytest.mark.django_db


def _url(lesson_id: int) -> str:
    return f"/api/v1/lessons/{lesson_id}/completion"


def test_completion_recorded_once_with_first_time_when_marked_twice(api_client: APIClient) -> None:
    lesson = make_lesson()
    learner = make_user()
    make_enrollment(user=learner, course=lesson.course)
    api_client.force_authenticate(learner)

    first = api_client.post(_url(lesson.pk))
    second = api_client.post(_url(lesson.pk))

    assert (first.status_code, second.status_code) == (200, 200)
    assert first.json() == second.json()
    completion = LessonCompletion.objects.get()
    assert (completion.user, completion.lesson) == (learner, lesson)
    assert first.json()["completed_at"].startswith(completion.completed_at.strftime("%Y-%m-%dT"))


def test_lesson_shown_completed_when_marked_as_done(api_client: APIClient) -> None:
    lesson = make_lesson()
    learner = make_user()
    make_enrollment(user=learner, course=lesson.course)
    api_client.force_authenticate(learner)

    api_client.post(_url(lesson.pk))

    assert api_client.get(f"/api/v1/lessons/{lesson.pk}").json()["is_completed"] is True
    course = api_client.get(f"/api/v1/courses/{lesson.course_id}").json()
    assert course["lessons"][0]["is_completed"] is True


def test_forbidden_and_nothing_recorded_when_learner_is_not_enrolled(api_client: APIClient) -> None:
    lesson = make_lesson()
    api_client.force_authenticate(make_user())

    response = api_client.post(_url(lesson.pk))

    assert response.status_code == 403
    assert not LessonCompletion.objects.exists()


def test_not_found_and_nothing_recorded_when_course_is_a_draft(api_client: APIClient) -> None:
    lesson = make_lesson(course=make_course(status=CourseStatus.DRAFT))
    api_client.force_authenticate(make_user())

    response = api_client.post(_url(lesson.pk))

    assert response.status_code == 404
    assert not LessonCompletion.objects.exists()


@pytest.mark.parametrize("lesson_id", ["424242", "99999999999999999999999"])
def test_not_found_error_shape_when_lesson_id_is_bad(api_client: APIClient, lesson_id: str) -> None:
    api_client.force_authenticate(make_user())

    response = api_client.post(f"/api/v1/lessons/{lesson_id}/completion")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_unauthorized_when_anonymous(api_client: APIClient) -> None:
    response = api_client.post(_url(make_lesson().pk))

    assert response.status_code == 401
    assert not LessonCompletion.objects.exists()
