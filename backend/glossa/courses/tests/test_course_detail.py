from typing import Any

import pytest
from rest_framework.test import APIClient

from glossa.courses.models import CourseStatus, Enrollment
from glossa.courses.tests.factories import make_course, make_enrollment, make_lesson, make_user
from glossa.progress.models import LessonCompletion

pytestmark = pytest.mark.django_db


def test_lessons_in_position_order_when_course_shown(api_client: APIClient) -> None:
    course = make_course(description="# Welcome\n\nLearn <script>alert(1)</script>**now**.")
    third = make_lesson(course=course, position=3, title="Third")
    first = make_lesson(course=course, position=1, title="First")
    second = make_lesson(course=course, position=2, title="Second")

    response = api_client.get(f"/api/v1/courses/{course.pk}")

    assert response.status_code == 200
    body = response.json()
    assert [lesson["id"] for lesson in body["lessons"]] == [first.pk, second.pk, third.pk]
    assert body["lessons"][0] == {
        "id": first.pk,
        "title": "First",
        "position": 1,
        "is_completed": False,
    }
    assert body["lesson_count"] == 3
    assert "<h1>Welcome</h1>" in body["description_html"]
    assert "<strong>now</strong>" in body["description_html"]
    assert "<script" not in body["description_html"]


def test_is_completed_marks_own_completions_when_authenticated(api_client: APIClient) -> None:
    learner, other = make_user(), make_user()
    course = make_course()
    done = make_lesson(course=course, position=1)
    make_lesson(course=course, position=2)
    done_by_other = make_lesson(course=course, position=3)
    LessonCompletion.objects.create(user=learner, lesson=done)
    LessonCompletion.objects.create(user=other, lesson=done_by_other)
    make_enrollment(user=learner, course=course)
    api_client.force_authenticate(learner)

    body = api_client.get(f"/api/v1/courses/{course.pk}").json()

    assert [lesson["is_completed"] for lesson in body["lessons"]] == [True, False, False]
    assert body["is_enrolled"] is True


def test_not_found_when_course_is_a_draft_and_user_is_not_its_author(api_client: APIClient) -> None:
    course = make_course(status=CourseStatus.DRAFT)
    api_client.force_authenticate(make_user())

    response = api_client.get(f"/api/v1/courses/{course.pk}")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_draft_shown_when_user_is_its_author_or_staff(api_client: APIClient) -> None:
    author = make_user(role="teacher")
    course = make_course(status=CourseStatus.DRAFT, owner=author)

    api_client.force_authenticate(author)
    as_author = api_client.get(f"/api/v1/courses/{course.pk}")
    api_client.force_authenticate(make_user(is_staff=True))
    as_staff = api_client.get(f"/api/v1/courses/{course.pk}")

    assert as_author.status_code == 200
    assert as_staff.status_code == 200


@pytest.mark.parametrize("course_id", ["0", "99999999", "99999999999999999999999999", "abc", "-1"])
def test_not_found_error_shape_when_course_id_is_bad(api_client: APIClient, course_id: str) -> None:
    response = api_client.get(f"/api/v1/courses/{course_id}")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_enrollment_created_once_when_posted_twice(api_client: APIClient) -> None:
    learner = make_user()
    course = make_course()
    api_client.force_authenticate(learner)

    first = api_client.post(f"/api/v1/courses/{course.pk}/enrollment")
    second = api_client.post(f"/api/v1/courses/{course.pk}/enrollment")

    assert first.status_code == 201
    assert second.status_code == 200
    assert first.json() == second.json()
    assert first.json()["course_id"] == course.pk
    assert Enrollment.objects.filter(user=learner, course=course).count() == 1


def test_enrollment_removed_and_repeatable_when_deleted_twice(api_client: APIClient) -> None:
    learner = make_user()
    course = make_course()
    make_enrollment(user=learner, course=course)
    api_client.force_authenticate(learner)

    first = api_client.delete(f"/api/v1/courses/{course.pk}/enrollment")
    second = api_client.delete(f"/api/v1/courses/{course.pk}/enrollment")

    assert (first.status_code, second.status_code) == (204, 204)
    assert not Enrollment.objects.filter(user=learner).exists()


def test_unauthorized_and_nothing_written_when_anonymous_enrolls(api_client: APIClient) -> None:
    course = make_course()

    response = api_client.post(f"/api/v1/courses/{course.pk}/enrollment")

    assert response.status_code == 401
    assert response.json()["status"] == 401
    assert not Enrollment.objects.exists()


def test_not_found_and_nothing_written_when_enrolling_in_a_draft(api_client: APIClient) -> None:
    course = make_course(status=CourseStatus.DRAFT)
    api_client.force_authenticate(make_user())

    response = api_client.post(f"/api/v1/courses/{course.pk}/enrollment")

    assert response.status_code == 404
    assert not Enrollment.objects.exists()


def test_query_count_constant_when_course_has_more_lessons(
    api_client: APIClient, django_assert_num_queries: Any
) -> None:
    learner = make_user()
    small, large = make_course(), make_course()
    make_lesson(course=small)
    for _index in range(8):
        make_lesson(course=large)
    api_client.force_authenticate(learner)

    # course with author check and counts, its authors, its lessons with completion
    with django_assert_num_queries(3):
        api_client.get(f"/api/v1/courses/{small.pk}")
    with django_assert_num_queries(3):
        response = api_client.get(f"/api/v1/courses/{large.pk}")

    assert len(response.json()["lessons"]) == 8
