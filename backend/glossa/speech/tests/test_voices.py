import shutil
import subprocess
from pathlib import Path

import pytest
from pytest_django.fixtures import Settings
from rest_framework.test import APIClient

from glossa.accounts.models import Role
from glossa.courses.tests.factories import make_user

pytestmark = pytest.mark.django_db

URL = "/api/v1/speech/voices"


def _installed_voices() -> set[str]:
    program = shutil.which("espeak-ng")
    assert program is not None
    listing = subprocess.run(  # noqa: S603 - a fixed program and arguments
        [program, "--voices"], capture_output=True, text=True, check=True
    ).stdout
    return {line.split()[1].lower() for line in listing.splitlines()[1:] if line.split()}


def _client() -> APIClient:
    client = APIClient()
    client.force_authenticate(make_user(role=Role.TEACHER))
    return client


def test_every_voice_offered_is_one_espeak_has_when_listed() -> None:
    response = _client().get(URL)

    assert response.status_code == 200
    ids = [voice["id"] for voice in response.json()]
    assert ids
    assert set(ids) <= _installed_voices()
    assert len(ids) == len(set(ids))


def test_accents_of_a_language_come_named_when_filtered() -> None:
    response = _client().get(URL, {"language": "en"})

    assert response.status_code == 200
    voices = response.json()
    assert voices[:3] == [
        {"id": "en-us", "language": "en", "accent": "en-US", "label": "English (US)"},
        {"id": "en-gb", "language": "en", "accent": "en-GB", "label": "English (UK)"},
        {
            "id": "en-gb-scotland",
            "language": "en",
            "accent": "en-GB-scotland",
            "label": "English (Scotland)",
        },
    ]
    assert {voice["language"] for voice in voices} == {"en"}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("es", {"es": "Spanish (Spain)", "es-419": "Spanish (Latin America)"}),
        ("fr", {"fr-fr": "French (France)", "fr-be": "French (Belgium)"}),
        ("pt", {"pt": "Portuguese (Portugal)", "pt-br": "Portuguese (Brazil)"}),
        ("de", {"de": "German"}),
        ("ru", {"ru": "Russian"}),
    ],
    ids=["spanish", "french", "portuguese", "german", "russian"],
)
def test_accents_named_in_the_issue_offered_when_espeak_has_them(
    language: str, expected: dict[str, str]
) -> None:
    voices = _client().get(URL, {"language": language}).json()

    labels = {voice["id"]: voice["label"] for voice in voices}
    assert expected.items() <= labels.items()


def test_labels_in_russian_when_asked_in_russian() -> None:
    response = _client().get(URL, {"language": "en"}, HTTP_ACCEPT_LANGUAGE="ru")

    labels = [voice["label"] for voice in response.json()[:3]]
    assert labels == ["Английский (США)", "Английский (Великобритания)", "Английский (Шотландия)"]


def test_list_follows_the_installed_espeak_when_it_has_other_voices(
    tmp_path: Path, settings: Settings
) -> None:
    fake = tmp_path / "espeak-ng"
    fake.write_text(
        "#!/bin/sh\n"
        "echo 'Pty Language       Age/Gender VoiceName          File                 Other'\n"
        "echo ' 2  en-us           --/M      English_(America)  gmw/en-US            (en 3)'\n"
        "echo ' 5  pl              --/M      Polish             zlw/pl'\n"
        "echo ' 5  qya             --/M      Quenya             art/qya'\n"
    )
    fake.chmod(0o755)
    settings.GLOSSA_ESPEAK_NG = str(fake)

    voices = _client().get(URL).json()

    assert [(voice["id"], voice["label"]) for voice in voices] == [
        ("en-us", "English (US)"),
        ("pl", "Polish"),
    ]


def test_list_is_empty_when_espeak_is_missing(tmp_path: Path, settings: Settings) -> None:
    settings.GLOSSA_ESPEAK_NG = str(tmp_path / "no-such-program")

    response = _client().get(URL)

    assert response.status_code == 200
    assert response.json() == []


def test_language_filter_refused_when_not_a_code() -> None:
    response = _client().get(URL, {"language": "English"})

    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["language"]


def test_voices_need_sign_in_when_anonymous() -> None:
    assert APIClient().get(URL).status_code == 401
