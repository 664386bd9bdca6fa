import re
from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.test.client import Client
from rest_framework.response import Response
from rest_framework.test import APIClient

from glossa.accounts.models import User
from glossa.profiles.services import profile_create

PASSWORD = "correct horse battery staple"
_LINK = re.compile(r"https?://\S+")


@pytest.fixture
def make_user(db: None) -> Callable[..., User]:
    def make(
        email: str = "learner@example.com",
        password: str = PASSWORD,
        *,
        verified: bool = True,
        interface_language: str = "en",
        **fields: Any,
    ) -> User:
        user = User.objects.create_user(email, password, email_verified=verified, **fields)
        profile_create(user=user, interface_language=interface_language)
        return user

    return make


@pytest.fixture
def user(make_user: Callable[..., User]) -> User:
    return make_user(display_name="Anna")


def login(
    client: APIClient | Client,
    email: str = "learner@example.com",
    password: str = PASSWORD,
    **extra: Any,
) -> Response:
    response = client.post(
        "/api/v1/auth/login", {"email": email, "password": password}, format="json", **extra
    )
    return response  # type: ignore[return-value]


def bearer(access: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {access}"}


def mailed_link(index: int = -1) -> str:
    match = _LINK.search(str(mail.outbox[index].body))
    assert match is not None, mail.outbox[index].body
    return match.group(0)
