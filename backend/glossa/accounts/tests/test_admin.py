import pytest
from django.test import Client

from glossa.accounts.models import User
from glossa.profiles.models import Profile, TargetLanguage
from glossa.profiles.services import profile_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client: Client) -> Client:
    admin = User.objects.create_superuser("admin@example.com", "admin password 1234")
    client.force_login(admin)
    return client


@pytest.mark.parametrize(
    "url",
    [
        "/admin/accounts/user/",
        "/admin/accounts/user/add/",
        "/admin/profiles/profile/",
        "/admin/profiles/targetlanguage/",
    ],
)
def test_admin_page_shown_when_staff_opens_it(admin_client: Client, url: str) -> None:
    assert admin_client.get(url).status_code == 200


def test_user_and_profile_pages_shown_when_staff_opens_a_learner(admin_client: Client) -> None:
    learner = User.objects.create_user("learner@example.com", "a long password 1")
    profile = profile_create(user=learner)
    TargetLanguage.objects.create(profile=profile, language="es", level="A1")

    assert admin_client.get(f"/admin/accounts/user/{learner.pk}/change/").status_code == 200
    assert admin_client.get(f"/admin/profiles/profile/{profile.pk}/change/").status_code == 200


def test_user_created_with_lower_case_address_when_staff_adds_one(admin_client: Client) -> None:
    response = admin_client.post(
        "/admin/accounts/user/add/",
        {
            "email": "New.Teacher@Example.com",
            "display_name": "Teacher",
            "role": "teacher",
            "password1": "a strong teacher passphrase",
            "password2": "a strong teacher passphrase",
        },
    )

    assert response.status_code == 302
    teacher = User.objects.get(email="new.teacher@example.com")
    assert teacher.role == "teacher"
    assert teacher.check_password("a strong teacher passphrase")


def test_admin_refused_when_learner_opens_it(client: Client) -> None:
    learner = User.objects.create_user("learner@example.com", "a long password 1")
    client.force_login(learner)

    response = client.get("/admin/accounts/user/")

    assert response.status_code == 302
    assert not Profile.objects.exists()
