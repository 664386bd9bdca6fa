from collections.abc import Callable
from typing import Any

import pytest
from django.conf import settings
from django.core import mail
from rest_framework.test import APIClient

from glossa.accounts.models import User
from glossa.accounts.tests.conftest import PASSWORD, bearer, login, mailed_link

pytestmark = pytest.mark.django_db

RESET = "/api/v1/auth/password/reset"
CONFIRM = "/api/v1/auth/password/reset/confirm"
CHANGE = "/api/v1/auth/password/change"
REFRESH = "/api/v1/auth/refresh"
NEW_PASSWORD = "a brand new passphrase for glossa"


def reset_link(client: APIClient, capture: Any, email: str = "learner@example.com") -> Any:
    with capture(execute=True):
        return client.post(RESET, {"email": email}, format="json")


def uid_and_token() -> tuple[str, str]:
    uid, token = mailed_link().rsplit("/reset-password/", 1)[1].split("/")
    return uid, token


def refresh_with(cookie: str) -> Any:
    client = APIClient()
    client.cookies[settings.GLOSSA_REFRESH_COOKIE] = cookie
    return client.post(REFRESH)


def test_new_password_set_and_every_session_ended_when_reset_link_is_used(
    api_client: APIClient, user: User, django_capture_on_commit_callbacks: Any
) -> None:
    sessions = [login(APIClient()) for _ in range(2)]
    requested = reset_link(api_client, django_capture_on_commit_callbacks)
    uid, token = uid_and_token()

    confirmed = api_client.post(
        CONFIRM, {"uid": uid, "token": token, "password": NEW_PASSWORD}, format="json"
    )
    reused = api_client.post(
        CONFIRM, {"uid": uid, "token": token, "password": "yet another passphrase"}, format="json"
    )

    assert requested.status_code == 202
    assert mail.outbox[0].to == ["learner@example.com"]
    assert confirmed.status_code == 200
    assert reused.status_code == 400
    assert reused.data["code"] == "invalid_token"
    for session in sessions:
        refresh = str(session.cookies[settings.GLOSSA_REFRESH_COOKIE].value)
        assert refresh_with(refresh).status_code == 401
        access = session.data["access"]
        assert api_client.get("/api/v1/auth/me", headers=bearer(access)).status_code == 401
    assert login(APIClient()).status_code == 400
    assert login(APIClient(), password=NEW_PASSWORD).status_code == 200


def test_same_answer_and_no_mail_when_reset_asked_for_unknown_address(
    api_client: APIClient, user: User, django_capture_on_commit_callbacks: Any
) -> None:
    known = reset_link(api_client, django_capture_on_commit_callbacks)
    unknown = reset_link(api_client, django_capture_on_commit_callbacks, "nobody@example.com")

    assert known.status_code == unknown.status_code == 202
    assert known.data == unknown.data
    assert [message.to for message in mail.outbox] == [["learner@example.com"]]


def test_password_kept_when_reset_password_breaks_a_rule(
    api_client: APIClient, user: User, django_capture_on_commit_callbacks: Any
) -> None:
    reset_link(api_client, django_capture_on_commit_callbacks)
    uid, token = uid_and_token()

    response = api_client.post(
        CONFIRM, {"uid": uid, "token": token, "password": "short"}, format="json"
    )

    assert response.status_code == 400
    assert "password" in response.data["fields"]
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


@pytest.mark.parametrize(
    ("uid", "token"),
    [
        pytest.param("MQ", "abc-123", id="bad-token"),
        pytest.param("!!", "abc-123", id="bad-uid"),
        pytest.param("OTk5", "abc-123", id="unknown-user"),
    ],
)
def test_invalid_token_when_reset_link_is_forged(
    api_client: APIClient, user: User, uid: str, token: str
) -> None:
    response = api_client.post(
        CONFIRM, {"uid": uid, "token": token, "password": NEW_PASSWORD}, format="json"
    )

    assert response.status_code == 400
    assert response.data["code"] == "invalid_token"
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_address_confirmed_when_reset_link_is_used(
    api_client: APIClient,
    make_user: Callable[..., User],
    django_capture_on_commit_callbacks: Any,
) -> None:
    user = make_user(verified=False)
    reset_link(api_client, django_capture_on_commit_callbacks)
    uid, token = uid_and_token()

    api_client.post(CONFIRM, {"uid": uid, "token": token, "password": NEW_PASSWORD}, format="json")

    user.refresh_from_db()
    assert user.email_verified


def test_reset_throttled_per_target_address_when_asked_from_many_addresses(
    api_client: APIClient, user: User, django_capture_on_commit_callbacks: Any
) -> None:
    for index in range(5):
        with django_capture_on_commit_callbacks(execute=True):
            api_client.post(
                RESET,
                {"email": "learner@example.com"},
                format="json",
                REMOTE_ADDR=f"10.1.0.{index}",
            )

    response = api_client.post(
        RESET, {"email": "LEARNER@example.com"}, format="json", REMOTE_ADDR="10.1.0.200"
    )

    assert response.status_code == 429
    assert response.data["code"] == "throttled"
    assert len(mail.outbox) == 5


def test_reset_throttled_per_client_address_when_asked_for_many_accounts(
    api_client: APIClient, db: None
) -> None:
    for index in range(5):
        api_client.post(RESET, {"email": f"person{index}@example.com"}, format="json")

    response = api_client.post(RESET, {"email": "someone@example.com"}, format="json")

    assert response.status_code == 429
    assert response.data["retry_after"] > 0


def test_other_sessions_ended_and_new_one_opened_when_password_changed(
    api_client: APIClient, user: User
) -> None:
    other = login(APIClient())
    mine = login(api_client)

    response = api_client.post(
        CHANGE,
        {"current_password": PASSWORD, "new_password": NEW_PASSWORD},
        format="json",
        headers=bearer(mine.data["access"]),
    )

    assert response.status_code == 200
    assert set(response.data) == {"access", "access_expires_at", "user"}
    new_access = response.data["access"]
    assert api_client.get("/api/v1/auth/me", headers=bearer(new_access)).status_code == 200
    for old in (other, mine):
        old_access = old.data["access"]
        assert api_client.get("/api/v1/auth/me", headers=bearer(old_access)).status_code == 401
        old_refresh = str(old.cookies[settings.GLOSSA_REFRESH_COOKIE].value)
        assert refresh_with(old_refresh).status_code == 401
    new_refresh = str(response.cookies[settings.GLOSSA_REFRESH_COOKIE].value)
    assert refresh_with(new_refresh).status_code == 200


def test_password_kept_when_current_password_is_wrong(api_client: APIClient, user: User) -> None:
    access = login(api_client).data["access"]

    response = api_client.post(
        CHANGE,
        {"current_password": "not it at all", "new_password": NEW_PASSWORD},
        format="json",
        headers=bearer(access),
    )

    assert response.status_code == 400
    assert list(response.data["fields"]) == ["current_password"]
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_new_password_checked_when_changing(api_client: APIClient, user: User) -> None:
    access = login(api_client).data["access"]

    response = api_client.post(
        CHANGE,
        {"current_password": PASSWORD, "new_password": "learner@example.com"},
        format="json",
        headers=bearer(access),
    )

    assert response.status_code == 400
    assert "new_password" in response.data["fields"]


def test_unauthorized_when_changing_password_without_a_token(api_client: APIClient) -> None:
    response = api_client.post(
        CHANGE, {"current_password": PASSWORD, "new_password": NEW_PASSWORD}, format="json"
    )

    assert response.status_code == 401
    assert response.data["code"] == "not_authenticated"


def test_lock_lifted_when_password_is_reset(
    api_client: APIClient, user: User, django_capture_on_commit_callbacks: Any
) -> None:
    for n in range(5):
        login(api_client, password=f"wrong {n}", REMOTE_ADDR="203.0.113.7")
    assert login(api_client, REMOTE_ADDR="203.0.113.7").status_code == 429
    reset_link(api_client, django_capture_on_commit_callbacks)
    uid, token = uid_and_token()

    with django_capture_on_commit_callbacks(execute=True):
        api_client.post(
            CONFIRM, {"uid": uid, "token": token, "password": NEW_PASSWORD}, format="json"
        )

    assert login(api_client, password=NEW_PASSWORD, REMOTE_ADDR="203.0.113.7").status_code == 200
