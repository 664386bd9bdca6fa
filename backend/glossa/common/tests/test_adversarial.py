"""Hostile or careless request bodies and headers still get the one error shape, never a 500."""

import re

import pytest
from django.test import Client
from rest_framework.test import APIClient

from glossa.accounts.models import User
from glossa.common.tests.test_api_contract import assert_error_shape
from glossa.profiles.models import Profile
from glossa.profiles.services import profile_create

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("[" * 100_000, id="arrays"),
        pytest.param('{"a":' * 50_000, id="objects"),
        pytest.param('{"display_name": ' + "[" * 5_000 + "]" * 5_000 + "}", id="inside-a-field"),
    ],
)
def test_bad_request_and_nothing_changed_when_json_is_nested_too_deeply(
    api_client: APIClient, body: str
) -> None:
    user = User.objects.create_user("deep@example.com", "correct horse battery staple")
    before = profile_create(user=user, interface_language="en").updated_at
    api_client.force_authenticate(user)

    response = api_client.generic(
        "PATCH", "/api/v1/profile/", body, content_type="application/json"
    )

    assert response.status_code == 400
    assert_error_shape(response.json(), 400, "parse_error")
    assert Profile.objects.get(user=user).updated_at == before


def test_bad_request_when_public_endpoint_gets_deeply_nested_json(api_client: APIClient) -> None:
    response = api_client.generic(
        "POST", "/api/v1/auth/signup", "[" * 100_000, content_type="application/json"
    )

    assert response.status_code == 400
    assert_error_shape(response.json(), 400, "parse_error")
    assert User.objects.count() == 0


@pytest.mark.parametrize(
    "header",
    [pytest.param("Bearer", id="no-token"), pytest.param("Bearer a b", id="three-parts")],
)
def test_one_message_and_its_own_code_when_authorization_header_is_malformed(
    api_client: APIClient, header: str
) -> None:
    response = api_client.get(
        "/api/v1/auth/me", HTTP_AUTHORIZATION=header, HTTP_ACCEPT_LANGUAGE="en"
    )

    assert response.status_code == 401
    assert response.json() == {
        "status": 401,
        "code": "bad_authorization_header",
        "message": "Authorization header must contain two space-delimited values",
        "fields": {},
    }


@pytest.mark.parametrize(
    "incoming",
    [
        pytest.param("abc\nSet-Cookie: x=1", id="newline"),
        pytest.param("abc\rdef", id="carriage-return"),
        pytest.param("abc\x7fdef", id="delete"),
        pytest.param('abc" level=ERROR', id="quote-and-space"),
    ],
)
def test_own_request_id_used_when_client_sends_one_with_control_characters(
    incoming: str,
) -> None:
    client = Client(raise_request_exception=False)

    response = client.get("/api/v1/courses", HTTP_X_REQUEST_ID=incoming)

    assert response.status_code == 200
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-Id"])


def test_request_id_echoed_when_proxy_sends_a_plain_one() -> None:
    response = Client().get("/api/v1/courses", HTTP_X_REQUEST_ID="req-42.a:b")

    assert response["X-Request-Id"] == "req-42.a:b"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"{not json", id="syntax"),
        pytest.param(b'{"email": "\xff"}', id="not-utf-8"),
        pytest.param('{"email": "a"}'.encode("utf-16"), id="utf-16"),
        pytest.param(b'{"password": NaN}', id="nan"),
    ],
)
def test_one_plain_sentence_when_json_cannot_be_read(body: bytes) -> None:
    response = Client().generic(
        "POST",
        "/api/v1/auth/signup",
        body,
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )

    assert response.status_code == 400
    assert response.json() == {
        "status": 400,
        "code": "parse_error",
        "message": "The request body is not valid JSON.",
        "fields": {},
    }
    assert User.objects.count() == 0
