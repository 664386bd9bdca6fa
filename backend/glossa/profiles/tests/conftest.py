import pytest
from rest_framework.test import APIClient

from glossa.accounts.models import User
from glossa.profiles.services import profile_create


@pytest.fixture
def user(db: None) -> User:
    user = User.objects.create_user(
        "learner@example.com",
        "correct horse battery staple",
        display_name="Anna",
        email_verified=True,
    )
    profile_create(user=user, interface_language="en")
    return user


@pytest.fixture
def client(user: User) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client
