import logging
from collections.abc import Callable
from typing import Any

import pytest
from django.conf import settings
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken

from glossa.accounts.models import User
from glossa.accounts.tests.conftest import PASSWORD, bearer, login, mailed_link

pytestmark = pytest.mark.django_db

REFRESH = "/api/v1/auth/refresh"
LOGOUT = "/api/v1/auth/logout"
ME = "/api/v1/auth/me"


def refresh_cookie(response: Any) -> str:
    return str(response.cookies[settings.GLOSSA_REFRESH_COOKIE].value)


def with_refresh(client: APIClient, refresh: str) -> APIClient:
    client.cookies[settings.GLOSSA_REFRESH_COOKIE] = refresh
    return client


def test_learner_journey_from_sign_up_to_logout(
    api_client: APIClient, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        api_client.post(
            "/api/v1/auth/signup", {"email": "new@example.com", "password": PASSWORD}, format="json"
        )
    token = mailed_link().rsplit("/verify-email/", 1)[1]
    assert login(api_client, email="new@example.com").status_code == 403

    verified = api_client.post("/api/v1/auth/verify-email", {"token": token}, format="json")
    signed_in = login(api_client, email="new@example.com")
    me = api_client.get(ME, headers=bearer(signed_in.data["access"]))
    first_refresh = refresh_cookie(signed_in)
    rotated = api_client.post(REFRESH)
    replayed = with_refresh(APIClient(), first_refresh).post(REFRESH)
    logged_out = api_client.post(LOGOUT)
    after_logout = with_refresh(APIClient(), refresh_cookie(rotated)).post(REFRESH)

    assert verified.status_code == 200
    assert signed_in.status_code == 200
    assert me.data["email"] == "new@example.com"
    assert me.data["email_verified"] is True
    assert rotated.status_code == 200
    assert rotated.data["user"]["email"] == "new@example.com"
    assert refresh_cookie(rotated) != first_refresh
    assert api_client.get(ME, headers=bearer(rotated.data["access"])).status_code == 200
    assert replayed.status_code == 401
    assert replayed.data["code"] == "not_authenticated"
    assert logged_out.status_code == 204
    assert logged_out.cookies[settings.GLOSSA_REFRESH_COOKIE].value == ""
    assert after_logout.status_code == 401


def test_no_content_and_no_warning_when_refreshing_without_a_refresh_cookie(
    api_client: APIClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        response = api_client.post(REFRESH)

    assert response.status_code == 204
    assert response.content == b""
    assert settings.GLOSSA_REFRESH_COOKIE not in response.cookies
    assert [record.getMessage() for record in caplog.records] == []


def test_unauthorized_when_refresh_cookie_is_spent(api_client: APIClient, user: User) -> None:
    spent = refresh_cookie(login(api_client))
    api_client.post(REFRESH)

    response = with_refresh(APIClient(), spent).post(REFRESH)

    assert response.status_code == 401
    assert set(response.data) == {"status", "code", "message", "fields"}


def test_winner_cookie_kept_when_two_tabs_refresh_with_the_same_cookie(
    api_client: APIClient, user: User
) -> None:
    spent = refresh_cookie(login(api_client))
    winner = api_client.post(REFRESH)

    loser = with_refresh(APIClient(), spent).post(REFRESH)
    retry = with_refresh(APIClient(), refresh_cookie(winner)).post(REFRESH)

    assert loser.status_code == 401
    assert settings.GLOSSA_REFRESH_COOKIE not in loser.cookies
    assert retry.status_code == 200


def test_unauthorized_when_refresh_cookie_is_forged(api_client: APIClient, user: User) -> None:
    response = with_refresh(api_client, "not.a.token").post(REFRESH)

    assert response.status_code == 401


def test_csrf_header_required_when_refreshing_with_the_cookie(user: User) -> None:
    client = APIClient(enforce_csrf_checks=True)
    signed_in = login(client)

    without_header = client.post(REFRESH)
    client.get("/api/v1/auth/csrf")
    csrf = client.cookies["csrftoken"].value
    with_header = client.post(REFRESH, HTTP_X_CSRFTOKEN=csrf)

    assert signed_in.status_code == 200
    assert without_header.status_code == 403
    assert without_header.data["code"] == "csrf_failed"
    assert with_header.status_code == 200


def test_csrf_header_required_when_logging_out_with_the_cookie(user: User) -> None:
    client = APIClient(enforce_csrf_checks=True)
    signed_in = login(client)
    refresh = refresh_cookie(signed_in)

    refused = client.post(LOGOUT)
    still_valid = with_refresh(APIClient(), refresh).post(REFRESH)

    assert refused.status_code == 403
    assert refused.data["code"] == "csrf_failed"
    assert still_valid.status_code == 200


def test_csrf_cookie_set_when_asked(api_client: APIClient) -> None:
    response = api_client.get("/api/v1/auth/csrf")

    assert response.status_code == 204
    assert response.cookies["csrftoken"].value


def test_logout_harmless_when_already_logged_out(api_client: APIClient) -> None:
    response = api_client.post(LOGOUT)

    assert response.status_code == 204


def test_error_shape_when_me_is_asked_without_a_token(api_client: APIClient) -> None:
    response = api_client.get(ME, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 401
    assert response.data == {
        "status": 401,
        "code": "not_authenticated",
        "message": "Authentication credentials were not provided.",
        "fields": {},
    }


@pytest.mark.parametrize(
    "header",
    [
        pytest.param("Bearer abc.def.ghi", id="garbage"),
        pytest.param("Bearer ", id="empty"),
    ],
)
def test_error_shape_when_access_token_is_invalid(api_client: APIClient, header: str) -> None:
    response = api_client.get(ME, HTTP_AUTHORIZATION=header, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 401
    assert set(response.data) == {"status", "code", "message", "fields"}


def test_unauthorized_when_access_token_lacks_session_claim(
    api_client: APIClient, user: User
) -> None:
    # A token minted without the claim (e.g. by simplejwt's own views) must not work.
    token = AccessToken.for_user(user)

    response = api_client.get(ME, headers=bearer(str(token)))

    assert response.status_code == 401
    assert response.data["code"] == "token_not_valid"


def test_unauthorized_when_access_token_has_expired(
    api_client: APIClient, user: User, settings: Any
) -> None:
    access = login(api_client).data["access"]
    token = AccessToken(access)
    token.set_exp(lifetime=-settings.SIMPLE_JWT["ACCESS_TOKEN_LIFETIME"])

    response = api_client.get(ME, headers=bearer(str(token)), HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 401
    assert response.data["code"] == "token_not_valid"
    assert response.data["message"] == "Your session has expired. Sign in again."


def test_sign_in_still_works_when_a_stale_bearer_token_is_sent(
    api_client: APIClient, make_user: Callable[..., User]
) -> None:
    make_user()

    response = login(api_client, HTTP_AUTHORIZATION="Bearer expired.or.garbage")

    assert response.status_code == 200
