from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.test import override_settings
from rest_framework.test import APIClient

from config.settings import base
from glossa.accounts.models import User
from glossa.accounts.tests.conftest import PASSWORD, mailed_link
from glossa.profiles.models import Profile

pytestmark = pytest.mark.django_db

SIGNUP = "/api/v1/auth/signup"


def signup(client: APIClient, capture: Any, **body: Any) -> Any:
    with capture(execute=True):
        return client.post(
            SIGNUP,
            {"email": "new@example.com", "password": PASSWORD, **body},
            format="json",
            HTTP_ACCEPT_LANGUAGE="en",
        )


def test_verification_link_mailed_when_signing_up(
    api_client: APIClient, django_capture_on_commit_callbacks: Any
) -> None:
    response = signup(api_client, django_capture_on_commit_callbacks, display_name="Nina")

    assert response.status_code == 201
    assert set(response.data) == {"detail"}
    user = User.objects.get(email="new@example.com")
    assert not user.email_verified
    assert user.display_name == "Nina"
    assert Profile.objects.filter(user=user).exists()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new@example.com"]
    assert mailed_link().startswith("http://127.0.0.1:8000/verify-email/")


def test_address_stored_in_lower_case_when_typed_with_capitals(
    api_client: APIClient, django_capture_on_commit_callbacks: Any
) -> None:
    signup(api_client, django_capture_on_commit_callbacks, email="  New.Person@Example.COM ")

    assert User.objects.filter(email="new.person@example.com").count() == 1


def test_interface_language_taken_from_accept_language_when_not_given(
    api_client: APIClient, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        api_client.post(
            SIGNUP,
            {"email": "new@example.com", "password": PASSWORD},
            format="json",
            HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9",
        )

    assert Profile.objects.get(user__email="new@example.com").interface_language == "en"
    assert mail.outbox[0].extra_headers["Content-Language"] == "en"
    assert mail.outbox[0].subject == "Confirm your email address for Glossa"


def test_mail_rendered_in_chosen_interface_language_when_given(
    api_client: APIClient, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        api_client.post(
            SIGNUP,
            {"email": "new@example.com", "password": PASSWORD, "interface_language": "ru"},
            format="json",
            HTTP_ACCEPT_LANGUAGE="en",
        )

    assert Profile.objects.get(user__email="new@example.com").interface_language == "ru"
    assert mail.outbox[0].extra_headers["Content-Language"] == "ru"
    assert mail.outbox[0].subject == "Подтвердите адрес электронной почты для Glossa"
    assert "/verify-email/" in mailed_link()


def test_same_answer_and_owner_warned_when_address_already_has_an_account(
    api_client: APIClient,
    django_capture_on_commit_callbacks: Any,
    make_user: Callable[..., User],
) -> None:
    fresh = signup(api_client, django_capture_on_commit_callbacks, email="fresh@example.com")
    owner = make_user("taken@example.com", "another long password 1")
    mail.outbox.clear()

    response = signup(api_client, django_capture_on_commit_callbacks, email="Taken@example.com")

    assert response.status_code == fresh.status_code == 201
    assert response.data == fresh.data
    assert User.objects.filter(email="taken@example.com").count() == 1
    owner.refresh_from_db()
    assert owner.check_password("another long password 1")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["taken@example.com"]
    assert "/reset-password/" in mailed_link()


@pytest.mark.parametrize(
    ("email", "password", "message_part"),
    [
        pytest.param("new@example.com", "short pw1", "too short", id="nine-characters"),
        pytest.param("new@example.com", "qwertyuiop", "too common", id="common-password"),
        pytest.param(
            "annakarenina1877@example.com", "annakarenina1877", "too similar", id="like-email"
        ),
        pytest.param("new@example.com", "x" * 257, "too long", id="over-256-characters"),
    ],
)
def test_password_refused_when_it_breaks_a_rule(
    api_client: APIClient,
    django_capture_on_commit_callbacks: Any,
    email: str,
    password: str,
    message_part: str,
) -> None:
    response = signup(
        api_client, django_capture_on_commit_callbacks, email=email, password=password
    )

    assert response.status_code == 400
    assert response.data["code"] == "invalid"
    assert any(message_part in message for message in response.data["fields"]["password"])
    assert not User.objects.exists()
    assert mail.outbox == []


def test_password_refused_when_like_display_name(
    api_client: APIClient, django_capture_on_commit_callbacks: Any
) -> None:
    response = signup(
        api_client,
        django_capture_on_commit_callbacks,
        display_name="Vladimir Nabokov",
        password="VladimirNabokov",
    )

    assert response.status_code == 400
    assert "password" in response.data["fields"]


@pytest.mark.parametrize(
    "password",
    [
        pytest.param("zebrasnowy", id="ten-lower-case-letters"),
        pytest.param(
            "the quick brown fox jumps over the lazy dog and keeps running fast", id="64-char"
        ),
    ],
)
def test_password_accepted_when_long_enough_without_composition_rules(
    api_client: APIClient, django_capture_on_commit_callbacks: Any, password: str
) -> None:
    response = signup(api_client, django_capture_on_commit_callbacks, password=password)

    assert response.status_code == 201, response.data
    assert User.objects.get(email="new@example.com").check_password(password)


def test_password_hashed_with_argon2_when_production_hashers_are_used(
    api_client: APIClient, django_capture_on_commit_callbacks: Any
) -> None:
    with override_settings(PASSWORD_HASHERS=base.PASSWORD_HASHERS):
        signup(api_client, django_capture_on_commit_callbacks)

    assert User.objects.get(email="new@example.com").password.startswith("argon2")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        pytest.param({"email": "not-an-address", "password": PASSWORD}, "email", id="bad-email"),
        pytest.param({"email": "new@example.com"}, "password", id="missing-password"),
        pytest.param(
            {"email": "new@example.com", "password": PASSWORD, "is_staff": True},
            "is_staff",
            id="unknown-field",
        ),
        pytest.param(
            {"email": "new@example.com", "password": PASSWORD, "interface_language": "de"},
            "interface_language",
            id="unsupported-interface-language",
        ),
    ],
)
def test_field_named_when_body_is_invalid(
    api_client: APIClient, body: dict[str, Any], field: str
) -> None:
    response = api_client.post(SIGNUP, body, format="json")

    assert response.status_code == 400
    assert set(response.data) == {"status", "code", "message", "fields"}
    assert field in response.data["fields"]
    assert not User.objects.exists()


def test_error_shape_when_json_is_malformed(api_client: APIClient) -> None:
    response = api_client.post(SIGNUP, '{"email": "a@b.c", ', content_type="application/json")

    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"
    assert set(response.json()) == {"status", "code", "message", "fields"}


def test_signup_throttled_per_target_address_when_repeated_from_many_addresses(
    api_client: APIClient, django_capture_on_commit_callbacks: Any
) -> None:
    for index in range(5):
        with django_capture_on_commit_callbacks(execute=True):
            api_client.post(
                SIGNUP,
                {"email": "victim@example.com", "password": PASSWORD},
                format="json",
                REMOTE_ADDR=f"10.0.0.{index + 1}",
            )

    response = api_client.post(
        SIGNUP,
        {"email": "victim@example.com", "password": PASSWORD},
        format="json",
        REMOTE_ADDR="10.0.0.99",
    )

    assert response.status_code == 429
    assert response.data["code"] == "throttled"
    assert response.data["retry_after"] > 0
    assert len(mail.outbox) == 5
