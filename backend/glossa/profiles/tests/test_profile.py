from typing import Any

import pytest
from rest_framework.test import APIClient

from glossa.accounts.models import User
from glossa.profiles.models import Profile, TargetLanguage

pytestmark = pytest.mark.django_db

PROFILE = "/api/v1/profile/"


def test_profile_shown_when_asked(client: APIClient, user: User) -> None:
    TargetLanguage.objects.create(profile=user.profile, language="es", level="A2")

    response = client.get(PROFILE)

    assert response.status_code == 200
    assert response.data == {
        "email": "learner@example.com",
        "display_name": "Anna",
        "native_language": "",
        "interface_language": "en",
        "target_languages": [{"language": "es", "level": "A2"}],
        "daily_goal_minutes": 15,
        "time_zone": "UTC",
        "avatar_url": None,
    }


def test_profile_created_when_user_was_made_outside_sign_up(db: None) -> None:
    admin = User.objects.create_superuser("admin@example.com", "admin password 123")
    client = APIClient()
    client.force_authenticate(admin)

    response = client.get(PROFILE)

    assert response.status_code == 200
    assert Profile.objects.filter(user=admin).count() == 1


def test_profile_read_in_fixed_queries_when_learner_has_many_languages(
    client: APIClient, user: User, django_assert_num_queries: Any
) -> None:
    for code in ("es", "de", "fr", "it", "pt"):
        TargetLanguage.objects.create(profile=user.profile, language=code, level="B1")

    with django_assert_num_queries(2):
        response = client.get(PROFILE)

    assert len(response.data["target_languages"]) == 5


def test_every_field_saved_when_patch_is_valid(client: APIClient, user: User) -> None:
    TargetLanguage.objects.create(profile=user.profile, language="de", level="C1")

    response = client.patch(
        PROFILE,
        {
            "display_name": "Анна К.",
            "native_language": "ru",
            "interface_language": "ru",
            "target_languages": [
                {"language": "es", "level": "A1"},
                {"language": "en", "level": "B2"},
            ],
            "daily_goal_minutes": 30,
            "time_zone": "Europe/Moscow",
        },
        format="json",
    )

    assert response.status_code == 200
    assert response.data["display_name"] == "Анна К."
    assert response.data["target_languages"] == [
        {"language": "es", "level": "A1"},
        {"language": "en", "level": "B2"},
    ]
    user.refresh_from_db()
    profile = Profile.objects.get(user=user)
    assert user.display_name == "Анна К."
    assert (profile.native_language, profile.interface_language) == ("ru", "ru")
    assert (profile.daily_goal_minutes, profile.time_zone) == (30, "Europe/Moscow")
    assert sorted(profile.target_languages.values_list("language", flat=True)) == ["en", "es"]


def test_other_fields_untouched_when_patch_is_partial(client: APIClient, user: User) -> None:
    TargetLanguage.objects.create(profile=user.profile, language="de", level="C1")

    response = client.patch(PROFILE, {"daily_goal_minutes": 60}, format="json")

    assert response.status_code == 200
    assert response.data["target_languages"] == [{"language": "de", "level": "C1"}]
    assert response.data["display_name"] == "Anna"


def test_target_languages_cleared_when_empty_list_sent(client: APIClient, user: User) -> None:
    TargetLanguage.objects.create(profile=user.profile, language="de", level="C1")

    response = client.patch(PROFILE, {"target_languages": []}, format="json")

    assert response.status_code == 200
    assert not TargetLanguage.objects.exists()


def test_interface_language_in_me_when_changed(client: APIClient, user: User) -> None:
    client.patch(PROFILE, {"interface_language": "ru"}, format="json")

    assert client.get("/api/v1/auth/me").data["interface_language"] == "ru"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        pytest.param({"native_language": "xx"}, "native_language", id="unknown-language"),
        pytest.param({"native_language": "eng"}, "native_language", id="three-letter-code"),
        pytest.param({"interface_language": "de"}, "interface_language", id="interface-de"),
        pytest.param(
            {"target_languages": [{"language": "es", "level": "D1"}]},
            "target_languages.0.level",
            id="level-d1",
        ),
        pytest.param(
            {"target_languages": [{"language": "zz", "level": "A1"}]},
            "target_languages.0.language",
            id="target-unknown-language",
        ),
        pytest.param(
            {"target_languages": [{"language": "es", "level": "A1", "x": 1}]},
            "target_languages.0.x",
            id="target-unknown-field",
        ),
        pytest.param(
            {"target_languages": [{"language": "es", "level": "A1"}] * 2},
            "target_languages",
            id="duplicate-language",
        ),
        pytest.param({"time_zone": "Mars/Olympus"}, "time_zone", id="unknown-time-zone"),
        pytest.param({"daily_goal_minutes": 4}, "daily_goal_minutes", id="goal-below-5"),
        pytest.param({"daily_goal_minutes": 241}, "daily_goal_minutes", id="goal-above-240"),
        pytest.param({"daily_goal_minutes": "lots"}, "daily_goal_minutes", id="goal-not-number"),
        pytest.param({"display_name": "x" * 81}, "display_name", id="name-too-long"),
        pytest.param({"email": "new@example.com"}, "email", id="email-not-writable"),
        pytest.param({"avatar_url": "http://x"}, "avatar_url", id="unknown-field"),
    ],
)
def test_field_named_and_nothing_saved_when_patch_is_invalid(
    client: APIClient, user: User, body: dict[str, Any], field: str
) -> None:
    before = Profile.objects.values().get(user=user)

    response = client.patch(PROFILE, body, format="json", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 400
    assert response.data["code"] == "invalid"
    assert field in response.data["fields"], response.data
    assert Profile.objects.values().get(user=user) == before
    assert User.objects.get(pk=user.pk).email == "learner@example.com"


def test_error_shape_when_patch_body_is_malformed(client: APIClient) -> None:
    response = client.patch(PROFILE, "{not json", content_type="application/json")

    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"


@pytest.mark.parametrize("method", ["get", "patch"])
def test_unauthorized_when_not_signed_in(user: User, method: str) -> None:
    before = Profile.objects.values().get(user=user)

    response = getattr(APIClient(), method)(PROFILE, {"daily_goal_minutes": 60}, format="json")

    assert response.status_code == 401
    assert response.data["code"] == "not_authenticated"
    assert set(response.data) == {"status", "code", "message", "fields"}
    assert Profile.objects.values().get(user=user) == before
