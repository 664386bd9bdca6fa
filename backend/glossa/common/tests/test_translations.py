"""The back end speaks Russian and English: every message is translated and compiled."""

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.test import Client
from pytest_django.fixtures import Settings

LOCALE = Path(settings.BACKEND_DIR) / "locale" / "ru" / "LC_MESSAGES"


def _forms(string: str | list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    return (string,) if isinstance(string, str) else tuple(string or ())


def _read_po() -> Catalog:
    with (LOCALE / "django.po").open("rb") as file:
        return read_po(file, locale="ru")


def test_every_message_translated_when_catalog_read() -> None:
    catalog = _read_po()

    untranslated = [m.id for m in catalog if m.id and not all(m.string or [""])]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]

    assert len(catalog) > 0
    assert untranslated == []
    assert fuzzy == []


def test_placeholders_kept_when_translated() -> None:
    # A misspelt %(name)s in a translation would raise KeyError when the message is formatted.
    problems = [(message.id, errors) for message, errors in _read_po().check() if errors]

    assert problems == []


def test_compiled_catalog_matches_source_when_committed() -> None:
    # `make run` needs no gettext tools, so the .mo is committed; it must not lag the .po.
    with (LOCALE / "django.mo").open("rb") as file:
        compiled = read_mo(file)
    source = _read_po()

    stale = [m.id for m in source if m.id and compiled.get(m.id, m.context) is None]
    changed = [
        m.id
        for m in source
        if m.id
        and (found := compiled.get(m.id, m.context)) is not None
        and _forms(found.string) != _forms(m.string)
    ]

    assert stale == []
    assert changed == []


@pytest.mark.parametrize(
    ("language", "expected"), [("ru", "Не найдено."), ("en", "Not found.")], ids=["ru", "en"]
)
def test_api_error_message_in_request_language(
    client: Client, language: str, expected: str
) -> None:
    response = client.get("/api/v1/no-such-thing", HTTP_ACCEPT_LANGUAGE=language)

    assert response.status_code == 404
    assert response.json()["message"] == expected


def test_api_error_in_russian_when_request_names_no_language(
    client: Client, settings: Settings
) -> None:
    settings.LANGUAGE_CODE = "ru"  # as shipped: the first users speak Russian

    response = client.get("/api/v1/no-such-thing")

    assert response.json()["message"] == "Не найдено."


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "message", "field_error"),
    [
        (
            "ru",
            "Некоторые поля заполнены неверно. Проверьте их и попробуйте ещё раз.",
            "Это поле не допускается.",
        ),
        (
            "en",
            "Some fields are not valid. Check them and try again.",
            "This field is not allowed.",
        ),
    ],
    ids=["ru", "en"],
)
def test_validation_error_in_request_language(
    client: Client, language: str, message: str, field_error: str
) -> None:
    response = client.post(
        "/api/v1/auth/signup",
        data={"email": "a@example.com", "password": "long enough passphrase", "colour": "red"},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE=language,
    )

    assert response.status_code == 400
    assert response.json()["message"] == message
    assert response.json()["fields"]["colour"] == [field_error]
