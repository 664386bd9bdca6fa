"""Access tokens of accounts that were deactivated or deleted after signing in."""

from collections.abc import Callable

import pytest
from rest_framework.test import APIClient

from glossa.accounts.models import User
from glossa.accounts.tests.conftest import bearer, login

ME = "/api/v1/auth/me"


def test_session_ended_when_account_is_deactivated_after_sign_in(
    api_client: APIClient, make_user: Callable[..., User]
) -> None:
    user = make_user()
    access = login(api_client).data["access"]
    User.objects.filter(pk=user.pk).update(is_active=False)

    response = api_client.get(ME, headers=bearer(access), HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 401
    assert response.json() == {
        "status": 401,
        "code": "token_not_valid",
        "message": "Your session has ended. Sign in again.",
        "fields": {},
    }


def test_session_ended_when_account_is_deleted_after_sign_in(
    api_client: APIClient, make_user: Callable[..., User]
) -> None:
    user = make_user()
    access = login(api_client).data["access"]
    user.delete()

    response = api_client.get("/api/v1/profile/", headers=bearer(access), HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 401
    assert response.json()["code"] == "token_not_valid"
    assert response.json()["message"] == "Your session has ended. Sign in again."


def test_lock_not_bypassed_when_the_address_is_respelled_or_a_proxy_header_is_forged(
    api_client: APIClient, make_user: Callable[..., User]
) -> None:
    make_user()
    spellings = ["learner@example.com", "LEARNER@example.com", " learner@example.com "]
    spellings += ["Learner@Example.COM", "learner@EXAMPLE.com"]
    for spelling in spellings:
        login(api_client, spelling, "not the password at all")

    # With no trusted proxy (GLOSSA_NUM_PROXIES=0) a forwarded address is the client's word.
    forged = login(api_client, "LeArNeR@example.com", HTTP_X_FORWARDED_FOR="203.0.113.9")
    elsewhere = login(api_client, REMOTE_ADDR="198.51.100.7")

    assert forged.status_code == 429
    assert forged.data["code"] == "locked"
    assert elsewhere.status_code == 200


def test_same_answers_when_an_unknown_address_is_tried_until_locked(
    api_client: APIClient, make_user: Callable[..., User]
) -> None:
    make_user()

    known = [login(api_client, password="wrong password!!").data for _ in range(6)]
    unknown = [login(api_client, "nobody@example.com", "wrong password!!").data for _ in range(6)]

    assert known == unknown
    assert [body["code"] for body in known] == ["invalid_credentials"] * 4 + ["locked"] * 2


@pytest.mark.parametrize(
    "path",
    ["/api/v1/auth/signup", "/api/v1/auth/password/reset", "/api/v1/auth/verify-email/resend"],
)
def test_field_error_when_address_holds_a_lone_surrogate(
    api_client: APIClient, path: str, db: None
) -> None:
    # "\ud800" is valid JSON but no UTF-8 text: the per-address throttle hashed it and failed.
    body = '{"email": "learner\\ud800@example.com", "password": "a long enough passphrase"}'
    if not path.endswith("signup"):
        body = '{"email": "learner\\ud800@example.com"}'

    response = api_client.generic(
        "POST", path, body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
    )

    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert "email" in response.json()["fields"]
    assert not User.objects.exists()
