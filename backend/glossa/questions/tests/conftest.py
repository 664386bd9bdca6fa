from collections.abc import Iterator

import pytest
from django.utils import translation

from glossa.accounts.models import Role, User


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    # Tests compare messages in English; the default language of the site is Russian.
    with translation.override("en"):
        yield


@pytest.fixture
def teacher(db: None) -> User:
    return User.objects.create_user("teacher@example.com", "a-long-password-1", role=Role.TEACHER)


@pytest.fixture
def learner(db: None) -> User:
    return User.objects.create_user("learner@example.com", "a-long-password-2", role=Role.LEARNER)
