from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from glossa.courses.models import CourseStatus
from glossa.courses.tests.factories import make_course, make_enrollment, make_lesson, make_user

pytestmark = pytest.mark.django_db

URL = "/api/v1/courses"


def _titles(response: Any) -> list[str]:
    return [course["title"] for course in response.json()["results"]]


def test_only_published_courses_listed_when_anonymous(api_client: APIClient) -> None:
    make_course(title="Español A1")
    make_course(title="Draft course", status=CourseStatus.DRAFT)

    response = api_client.get(URL)

    assert response.status_code == 200
    assert _titles(response) == ["Español A1"]
    assert response.json()["count"] == 1


def test_course_fields_match_the_contract_when_listed(api_client: APIClient) -> None:
    teacher = make_user(display_name="Marta Ruiz", role="teacher")
    course = make_course(title="Español A1", language="es", level="A1", owner=teacher)
    [make_lesson(course=course) for _index in range(3)]

    response = api_client.get(URL, HTTP_ACCEPT_LANGUAGE="en")

    assert response.json()["results"] == [
        {
            "id": course.pk,
            "slug": course.slug,
            "title": "Español A1",
            "summary": course.summary,
            "language": "es",
            "language_name": "Spanish",
            "level": "A1",
            "author": {"id": teacher.pk, "display_name": "Marta Ruiz"},
            "lesson_count": 3,
            "is_enrolled": False,
        }
    ]


def test_language_name_in_russian_when_request_language_is_russian(api_client: APIClient) -> None:
    make_course(language="es")

    response = api_client.get(URL, HTTP_ACCEPT_LANGUAGE="ru")

    assert response.json()["results"][0]["language_name"] == "испанский"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param(
            {"language": "en"},
            ["English A1", "English B2", "Английский для путешествий"],
            id="language",
        ),
        pytest.param({"level": "A1"}, ["English A1", "Español A1"], id="level"),
        pytest.param({"language": "en", "level": "B2"}, ["English B2"], id="language-and-level"),
        pytest.param({"search": "espanol"}, ["Español A1"], id="search-without-accent"),
        pytest.param({"search": "ENGLISH"}, ["English A1", "English B2"], id="search-any-case"),
        pytest.param(
            {"search": "английский"}, ["Английский для путешествий"], id="search-cyrillic"
        ),
        pytest.param({"search": "nothing like it"}, [], id="search-no-match"),
        pytest.param({"search": ""}, None, id="empty-search-lists-all"),
    ],
)
def test_catalog_filtered_when_query_given(
    api_client: APIClient, query: dict[str, str], expected: list[str] | None
) -> None:
    make_course(title="English A1", language="en", level="A1")
    make_course(title="English B2", language="en", level="B2")
    make_course(title="Español A1", language="es", level="A1")
    make_course(title="Английский для путешествий", language="en", level="A2")

    response = api_client.get(URL, query)

    assert response.status_code == 200
    all_titles = ["English A1", "English B2", "Español A1", "Английский для путешествий"]
    assert _titles(response) == (all_titles if expected is None else expected)


@pytest.mark.parametrize(
    ("query", "field"),
    [
        pytest.param({"level": "Z9"}, "level", id="unknown-level"),
        pytest.param({"level": "a1"}, "level", id="lower-case-level"),
        pytest.param({"language": "xx"}, "language", id="unknown-language"),
        pytest.param({"language": "spanish"}, "language", id="language-name-instead-of-code"),
        pytest.param({"search": "x" * 101}, "search", id="search-too-long"),
    ],
)
def test_field_error_when_filter_value_is_invalid(
    api_client: APIClient, query: dict[str, str], field: str
) -> None:
    make_course()

    response = api_client.get(URL, query)

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert list(body["fields"]) == [field]


def test_catalog_paginated_when_more_courses_than_page_size(api_client: APIClient) -> None:
    for index in range(5):
        make_course(title=f"Course {index}")

    first = api_client.get(URL, {"page_size": 2}).json()
    last = api_client.get(URL, {"page_size": 2, "page": 3}).json()

    assert first["count"] == 5
    assert [c["title"] for c in first["results"]] == ["Course 0", "Course 1"]
    assert first["next"] is not None
    assert first["previous"] is None
    assert [c["title"] for c in last["results"]] == ["Course 4"]
    assert last["next"] is None


def test_not_found_error_shape_when_page_is_out_of_range(api_client: APIClient) -> None:
    make_course()

    response = api_client.get(URL, {"page": 9})

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_is_enrolled_true_only_for_enrolled_courses_when_authenticated(
    api_client: APIClient,
) -> None:
    learner = make_user()
    enrolled = make_course(title="A")
    make_course(title="B")
    make_enrollment(user=learner, course=enrolled)
    make_enrollment(user=make_user(), course=make_course(title="C"))  # someone else's enrollment
    api_client.force_authenticate(learner)

    response = api_client.get(URL)

    assert [(c["title"], c["is_enrolled"]) for c in response.json()["results"]] == [
        ("A", True),
        ("B", False),
        ("C", False),
    ]


def _count_queries(api_client: APIClient) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = api_client.get(URL)
    assert response.status_code == 200
    return len(queries)


def test_query_count_constant_when_catalog_grows(api_client: APIClient) -> None:
    learner = make_user()
    api_client.force_authenticate(learner)
    course = make_course()
    make_enrollment(user=learner, course=course)
    make_lesson(course=course)
    one = _count_queries(api_client)

    for _index in range(9):
        extra = make_course()
        [make_lesson(course=extra) for _index in range(2)]
        make_enrollment(user=learner, course=extra)
    ten = _count_queries(api_client)

    assert one == ten == 3  # count, page of courses, their authors


def test_catalog_query_count_is_three_when_anonymous(
    api_client: APIClient, django_assert_num_queries: Any
) -> None:
    [make_course() for _index in range(4)]

    with django_assert_num_queries(3):
        api_client.get(URL)


def test_only_my_courses_listed_when_enrolled_filter_is_true(api_client: APIClient) -> None:
    learner = make_user()
    mine = make_course(title="Z mine")  # sorts after a page of other courses
    for index in range(3):
        make_course(title=f"A other {index}")
    make_enrollment(user=learner, course=mine)
    make_enrollment(user=make_user(), course=make_course(title="B someone else's"))
    api_client.force_authenticate(learner)

    enrolled = api_client.get(URL, {"enrolled": "true", "page_size": "2"}).json()
    others = api_client.get(URL, {"enrolled": "false"}).json()
    everything = api_client.get(URL).json()

    assert enrolled["count"] == 1
    assert [(c["title"], c["is_enrolled"]) for c in enrolled["results"]] == [("Z mine", True)]
    assert "Z mine" not in [c["title"] for c in others["results"]]
    assert others["count"] == 4
    assert everything["count"] == 5


def test_no_courses_listed_when_enrolled_filter_is_true_and_anonymous(
    api_client: APIClient,
) -> None:
    make_course()

    response = api_client.get(URL, {"enrolled": "true"})

    assert response.status_code == 200
    assert response.json()["count"] == 0


def test_field_error_when_enrolled_filter_is_not_a_boolean(api_client: APIClient) -> None:
    response = api_client.get(URL, {"enrolled": "maybe"})

    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["enrolled"]


LANGUAGES_URL = "/api/v1/courses/languages"


def test_only_languages_of_published_courses_offered_when_filter_lists_languages(
    api_client: APIClient,
) -> None:
    make_course(language="es")
    make_course(language="es")
    make_course(language="en")
    make_course(language="fr", status=CourseStatus.DRAFT)

    response = api_client.get(LANGUAGES_URL, HTTP_ACCEPT_LANGUAGE="ru")

    assert response.status_code == 200
    assert response.json() == [
        {"code": "en", "name": "английский"},
        {"code": "es", "name": "испанский"},
    ]


def test_no_languages_offered_when_catalog_is_empty(api_client: APIClient) -> None:
    make_course(language="de", status=CourseStatus.DRAFT)

    assert api_client.get(LANGUAGES_URL).json() == []
