"""Access tokens of accounts that were deactivated or deleted after signing in."""

from collections.abc import Callable

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
