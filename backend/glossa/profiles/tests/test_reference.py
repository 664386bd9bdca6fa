import pytest
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "spanish", "first"),
    [
        pytest.param("en", "Spanish", "Abkhazian", id="english"),
        pytest.param("ru", "испанский", "абхазский", id="russian"),
    ],
)
def test_language_names_in_interface_language_when_listed(
    api_client: APIClient, accept_language: str, spanish: str, first: str
) -> None:
    response = api_client.get("/api/v1/languages", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 200
    names = {item["code"]: item["name"] for item in response.data}
    assert names["es"] == spanish
    assert response.data[0]["name"] == first
    assert len(response.data) == 183
    assert all(len(code) == 2 for code in names)
    keys = [item["name"].casefold().replace("ё", "е") for item in response.data]
    assert keys == sorted(keys)
    assert "Accept-Language" in response.headers["Vary"]


def test_withdrawn_code_left_out_when_languages_listed(api_client: APIClient) -> None:
    codes = {item["code"] for item in api_client.get("/api/v1/languages").data}

    assert "sh" not in codes
    assert {"ru", "en", "es", "zh", "uk"} <= codes


def test_time_zones_sorted_when_listed(api_client: APIClient) -> None:
    response = api_client.get("/api/v1/timezones")

    assert response.status_code == 200
    assert "Europe/Moscow" in response.data
    assert "America/Argentina/Buenos_Aires" in response.data
    assert "localtime" not in response.data
    assert response.data == sorted(response.data)


def test_reference_lists_answered_when_a_stale_token_is_sent(api_client: APIClient) -> None:
    response = api_client.get("/api/v1/languages", HTTP_AUTHORIZATION="Bearer stale.token.here")

    assert response.status_code == 200
