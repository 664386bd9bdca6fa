from typing import Any

import pytest
from django.core import mail
from rest_framework.test import APIClient

from glossa.accounts.tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "extra"),
    [
        pytest.param("/api/v1/auth/signup", {"password": PASSWORD}, id="signup"),
        pytest.param("/api/v1/auth/verify-email/resend", {}, id="verification-resend"),
        pytest.param("/api/v1/auth/password/reset", {}, id="password-reset"),
    ],
)
def test_mail_endpoint_throttled_per_target_address_when_called_from_many_addresses(
    api_client: APIClient,
    django_capture_on_commit_callbacks: Any,
    path: str,
    extra: dict[str, str],
) -> None:
    statuses = []
    for index in range(6):
        with django_capture_on_commit_callbacks(execute=True):
            response = api_client.post(
                path,
                {"email": f"Target@Example.com{' ' * index}", **extra},
                format="json",
                REMOTE_ADDR=f"192.0.2.{index + 1}",
            )
        statuses.append(response.status_code)

    assert statuses[-1] == 429
    assert response.data["code"] == "throttled"
    assert response.headers["Retry-After"] == str(response.data["retry_after"])
    assert len(statuses) - statuses.count(429) == 5
    assert len(mail.outbox) <= 5


@pytest.mark.parametrize(
    ("path", "extra", "scope_limit"),
    [
        pytest.param("/api/v1/auth/signup", {"password": PASSWORD}, 20, id="signup"),
        pytest.param("/api/v1/auth/verify-email/resend", {}, 5, id="verification-resend"),
        pytest.param("/api/v1/auth/password/reset", {}, 5, id="password-reset"),
    ],
)
def test_mail_endpoint_throttled_per_client_address_when_many_addresses_are_targeted(
    api_client: APIClient, path: str, extra: dict[str, str], scope_limit: int
) -> None:
    for index in range(scope_limit):
        api_client.post(path, {"email": f"person{index}@example.com", **extra}, format="json")

    response = api_client.post(path, {"email": "one.more@example.com", **extra}, format="json")

    assert response.status_code == 429
    assert response.data["code"] == "throttled"
