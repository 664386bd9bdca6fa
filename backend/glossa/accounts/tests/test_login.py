import logging
from collections.abc import Callable

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.utils import timezone
from rest_framework.test import APIClient

from glossa.accounts.models import User
from glossa.accounts.tests.conftest import PASSWORD, bearer, login

pytestmark = pytest.mark.django_db

IP_A = "203.0.113.10"
IP_B = "198.51.100.20"


def test_session_opened_when_credentials_are_right(api_client: APIClient, user: User) -> None:
    response = login(api_client)

    assert response.status_code == 200
    assert set(response.data) == {"access", "access_expires_at", "user"}
    assert response.data["user"] == {
        "id": user.pk,
        "email": "learner@example.com",
        "display_name": "Anna",
        "role": "learner",
        "email_verified": True,
        "interface_language": "en",
    }
    cookie = response.cookies[settings.GLOSSA_REFRESH_COOKIE]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Strict"
    assert cookie["path"] == "/api/v1/auth/"
    assert "refresh" not in response.data
    me = api_client.get("/api/v1/auth/me", headers=bearer(response.data["access"]))
    assert me.status_code == 200
    assert me.data["id"] == user.pk


def test_same_generic_error_when_address_unknown_or_password_wrong(
    api_client: APIClient, user: User
) -> None:
    unknown = login(api_client, email="nobody@example.com", HTTP_ACCEPT_LANGUAGE="en")
    wrong = login(api_client, password="not the password", HTTP_ACCEPT_LANGUAGE="en")

    assert unknown.status_code == wrong.status_code == 400
    assert unknown.data == wrong.data
    assert wrong.data["code"] == "invalid_credentials"
    assert wrong.data["message"] == "The email or password is not correct."
    assert settings.GLOSSA_REFRESH_COOKIE not in wrong.cookies


def test_generic_error_when_account_is_deactivated(
    api_client: APIClient, make_user: Callable[..., User]
) -> None:
    make_user(is_active=False)

    response = login(api_client)

    assert response.status_code == 400
    assert response.data["code"] == "invalid_credentials"


def test_email_not_verified_when_password_right_but_address_unconfirmed(
    api_client: APIClient, make_user: Callable[..., User]
) -> None:
    make_user(verified=False)

    response = login(api_client)

    assert response.status_code == 403
    assert response.data["code"] == "email_not_verified"
    assert settings.GLOSSA_REFRESH_COOKIE not in response.cookies


def test_locked_for_this_address_only_after_five_failures(
    api_client: APIClient, user: User
) -> None:
    statuses = [
        login(api_client, password=f"wrong {n}", REMOTE_ADDR=IP_A).status_code for n in range(4)
    ]
    fifth = login(api_client, password="wrong 5", REMOTE_ADDR=IP_A, HTTP_ACCEPT_LANGUAGE="en")
    right_password_while_locked = login(api_client, REMOTE_ADDR=IP_A)
    other_address = login(api_client, REMOTE_ADDR=IP_B)

    assert statuses == [400, 400, 400, 400]
    assert fifth.status_code == 429
    assert fifth.data["code"] == "locked"
    assert 890 <= fifth.data["retry_after"] <= 900
    assert fifth.headers["Retry-After"] == str(fifth.data["retry_after"])
    assert "temporarily locked" in fifth.data["message"]
    assert "15 minutes" in fifth.data["message"]
    assert right_password_while_locked.status_code == 429
    assert right_password_while_locked.data["code"] == "locked"
    assert settings.GLOSSA_REFRESH_COOKIE not in right_password_while_locked.cookies
    assert other_address.status_code == 200


def test_lock_not_extended_when_trying_again_during_it(api_client: APIClient, user: User) -> None:
    for n in range(5):
        login(api_client, password=f"wrong {n}", REMOTE_ADDR=IP_A)
    first = login(api_client, password="wrong again", REMOTE_ADDR=IP_A)

    later = login(api_client, password="wrong again", REMOTE_ADDR=IP_A)

    assert later.data["retry_after"] <= first.data["retry_after"]


def test_failures_forgotten_when_sign_in_succeeds(api_client: APIClient, user: User) -> None:
    for n in range(4):
        login(api_client, password=f"wrong {n}", REMOTE_ADDR=IP_A)
    assert login(api_client, REMOTE_ADDR=IP_A).status_code == 200

    after = [login(api_client, password=f"bad {n}", REMOTE_ADDR=IP_A).status_code for n in range(4)]

    assert after == [400, 400, 400, 400]


def test_unlocked_when_cool_off_has_passed(api_client: APIClient, user: User) -> None:
    for n in range(5):
        login(api_client, password=f"wrong {n}", REMOTE_ADDR=IP_A)
    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME)

    assert login(api_client, REMOTE_ADDR=IP_A).status_code == 200


def test_throttled_when_too_many_sign_ins_from_one_address(api_client: APIClient, db: None) -> None:
    for n in range(20):
        login(api_client, email=f"person{n}@example.com", REMOTE_ADDR=IP_A)

    response = login(api_client, email="person99@example.com", REMOTE_ADDR=IP_A)

    assert response.status_code == 429
    assert response.data["code"] == "throttled"
    assert response.data["retry_after"] > 0
    assert response.headers["Retry-After"] == str(response.data["retry_after"])
    assert set(response.data) == {"status", "code", "message", "fields", "retry_after"}


def test_password_is_not_case_folded_when_address_is(api_client: APIClient, user: User) -> None:
    assert login(api_client, email="Learner@Example.com").status_code == 200
    assert login(api_client, password=PASSWORD.upper()).status_code == 400


def test_no_address_or_password_logged_when_sign_in_fails_and_locks(
    api_client: APIClient, user: User, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)

    for n in range(6):
        login(api_client, password=f"wrong password {n}", REMOTE_ADDR=IP_A)
    login(api_client, REMOTE_ADDR=IP_B)

    events = [record.getMessage() for record in caplog.records]
    assert "auth.login_failed" in events
    assert "auth.locked" in events
    assert f"auth.login user_id={user.pk}" in events
    logged = "\n".join(events)
    assert "learner@example.com" not in logged
    assert "wrong password" not in logged
    assert PASSWORD not in logged
    assert IP_A not in logged
