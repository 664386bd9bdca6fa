from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.test import override_settings
from rest_framework.test import APIClient

from glossa.accounts.models import User
from glossa.accounts.tests.conftest import mailed_link
from glossa.accounts.tokens import verification_token_make

pytestmark = pytest.mark.django_db

VERIFY = "/api/v1/auth/verify-email"
RESEND = "/api/v1/auth/verify-email/resend"


@pytest.fixture
def unverified(make_user: Callable[..., User]) -> User:
    return make_user(verified=False)


def test_address_confirmed_when_link_token_is_sent(api_client: APIClient, unverified: User) -> None:
    token = verification_token_make(unverified)

    first = api_client.post(VERIFY, {"token": token}, format="json")
    again = api_client.post(VERIFY, {"token": token}, format="json")

    assert first.status_code == again.status_code == 200
    unverified.refresh_from_db()
    assert unverified.email_verified


@pytest.mark.parametrize(
    "mangle",
    [
        pytest.param(lambda token: token[:-2] + "xx", id="tampered"),
        pytest.param(lambda token: "garbage", id="garbage"),
    ],
)
def test_invalid_token_when_link_is_forged(
    api_client: APIClient, unverified: User, mangle: Callable[[str], str]
) -> None:
    response = api_client.post(
        VERIFY, {"token": mangle(verification_token_make(unverified))}, format="json"
    )

    assert response.status_code == 400
    assert response.data["code"] == "invalid_token"
    unverified.refresh_from_db()
    assert not unverified.email_verified


def test_invalid_token_when_link_has_expired(api_client: APIClient, unverified: User) -> None:
    token = verification_token_make(unverified)

    with override_settings(GLOSSA_VERIFY_EMAIL_MAX_AGE=-1):
        response = api_client.post(VERIFY, {"token": token}, format="json")

    assert response.status_code == 400
    unverified.refresh_from_db()
    assert not unverified.email_verified


def test_invalid_token_when_address_changed_since_the_link_was_sent(
    api_client: APIClient, unverified: User
) -> None:
    token = verification_token_make(unverified)
    unverified.email = "other@example.com"
    unverified.save()

    response = api_client.post(VERIFY, {"token": token}, format="json")

    assert response.status_code == 400
    unverified.refresh_from_db()
    assert not unverified.email_verified


def test_new_link_mailed_when_resend_asked_for_unconfirmed_address(
    api_client: APIClient, unverified: User, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = api_client.post(RESEND, {"email": "learner@example.com"}, format="json")
    token = mailed_link().rsplit("/verify-email/", 1)[1]

    assert response.status_code == 202
    assert api_client.post(VERIFY, {"token": token}, format="json").status_code == 200


def test_same_answer_and_no_mail_when_resend_asked_for_unknown_or_confirmed_address(
    api_client: APIClient,
    make_user: Callable[..., User],
    django_capture_on_commit_callbacks: Any,
) -> None:
    make_user("confirmed@example.com")
    make_user("waiting@example.com", verified=False)

    with django_capture_on_commit_callbacks(execute=True):
        answers = [
            api_client.post(RESEND, {"email": email}, format="json")
            for email in ("nobody@example.com", "confirmed@example.com", "waiting@example.com")
        ]

    assert {answer.status_code for answer in answers} == {202}
    assert answers[0].data == answers[1].data == answers[2].data
    assert [message.to for message in mail.outbox] == [["waiting@example.com"]]
