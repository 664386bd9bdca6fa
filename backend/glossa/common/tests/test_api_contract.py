"""The contract every endpoint shares: health checks, one error shape, the schema, the SPA."""

import json
import re
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import DatabaseError, connection
from django.test import Client
from django.urls import URLResolver, get_resolver
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.validation import validate_schema
from pytest_django.fixtures import Settings
from rest_framework.test import APIClient

SIGNUP = "/api/v1/auth/signup"


def assert_error_shape(body: dict[str, Any], status: int, code: str) -> None:
    assert body["status"] == status
    assert body["code"] == code
    assert isinstance(body["message"], str)
    assert body["message"]
    assert isinstance(body["fields"], dict)
    assert "Traceback" not in json.dumps(body)


def test_healthz_answers_200_when_process_runs(client: Client) -> None:
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_readyz_answers_200_when_database_answers(client: Client) -> None:
    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


@pytest.mark.django_db
def test_readyz_answers_503_with_json_when_database_is_down(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_cursor(*args: Any, **kwargs: Any) -> Any:
        raise DatabaseError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == {"status": "unavailable", "database": "unavailable"}


@pytest.mark.parametrize("path", ["/api/v1/no-such-thing", "/api/v2/courses", "/api/"])
def test_unknown_api_path_answers_404_in_error_shape(client: Client, path: str) -> None:
    response = client.get(path)

    assert response.status_code == 404
    assert_error_shape(response.json(), 404, "not_found")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "body",
    [
        pytest.param('{"email": "a@example.com", ', id="truncated"),
        pytest.param("not json at all", id="not-json"),
        pytest.param('{"email": "a@example.com"}}', id="trailing-brace"),
    ],
)
def test_malformed_json_answers_400_in_error_shape(client: Client, body: str) -> None:
    response = client.post(SIGNUP, data=body, content_type="application/json")

    assert response.status_code == 400
    assert_error_shape(response.json(), 400, "parse_error")


@pytest.mark.django_db
def test_oversize_json_body_answers_413_in_error_shape(client: Client, settings: Settings) -> None:
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    body = json.dumps({"email": "a@example.com", "password": "x" * (limit + 1)})

    response = client.post(SIGNUP, data=body, content_type="application/json")

    assert response.status_code == 413
    assert_error_shape(response.json(), 413, "too_large")


@pytest.mark.django_db
def test_wrong_method_answers_405_in_error_shape(client: Client) -> None:
    response = client.get(SIGNUP)

    assert response.status_code == 405
    assert_error_shape(response.json(), 405, "method_not_allowed")


@pytest.mark.django_db
def test_wrong_content_type_answers_415_in_error_shape(client: Client) -> None:
    response = client.post(SIGNUP, data="email=a@example.com", content_type="text/plain")

    assert response.status_code == 415
    assert_error_shape(response.json(), 415, "unsupported_media_type")


def test_schema_is_valid_openapi_3() -> None:
    generator = SchemaGenerator()  # type: ignore[no-untyped-call]
    schema = generator.get_schema(request=None, public=True)  # type: ignore[no-untyped-call]

    validate_schema(schema)  # type: ignore[no-untyped-call]
    assert schema["openapi"].startswith("3.")
    assert any(path.startswith("/api/v1/") for path in schema["paths"])


def test_schema_generates_without_warnings(tmp_path: Path) -> None:
    # The same check as `make schema`: every warning is an endpoint the schema misdescribes.
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "s.yaml"))


@pytest.mark.django_db
def test_schema_endpoint_serves_openapi(client: Client) -> None:
    response = client.get("/api/schema/", HTTP_ACCEPT="application/json")

    assert response.status_code == 200
    assert response.json()["openapi"].startswith("3.")


def test_api_docs_page_serves(client: Client) -> None:
    response = client.get("/api/docs/")

    assert response.status_code == 200
    assert b"swagger" in response.content.lower()


def test_api_docs_page_loads_no_asset_from_the_internet_when_served(client: Client) -> None:
    # A self-hosted site may have no internet: Swagger UI must come from our own static files.
    response = client.get("/api/docs/")

    page = response.content.decode()
    assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", page)
    assert any("swagger-ui-bundle.js" in asset for asset in assets)
    assert [asset for asset in assets if asset.startswith(("http:", "https:", "//"))] == []
    assert "cdn." not in page


@pytest.fixture
def built_frontend(tmp_path: Path, settings: Settings) -> Path:
    (tmp_path / "index.html").write_text("<!doctype html><div id=root>glossa-spa</div>")
    settings.FRONTEND_DIST = tmp_path
    return tmp_path


@pytest.mark.usefixtures("built_frontend")
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/courses/5",
        "/lessons/3",
        "/verify-email/abc",
        "/verify-email/eyJ1c2VyIjo1fQ:1vQx2b:AbC-d_e",
        "/reset-password/MQ/cz5x8a-0123456789abcdef",
    ],
)
def test_spa_index_served_for_app_routes(client: Client, path: str) -> None:
    response = client.get(path)

    assert response.status_code == 200
    assert b"glossa-spa" in b"".join(response.streaming_content)  # type: ignore[attr-defined]


@pytest.mark.usefixtures("built_frontend")
@pytest.mark.parametrize(
    "path", ["/assets/index-0ld8u1ld.js", "/assets/style.css", "/favicon-old.ico", "/lessons/x.map"]
)
def test_not_found_when_a_missing_file_like_path_is_requested(client: Client, path: str) -> None:
    response = client.get(path)

    assert response.status_code == 404
    assert b"glossa-spa" not in response.content


@pytest.mark.usefixtures("built_frontend")
def test_spa_index_not_served_for_api_paths(client: Client) -> None:
    response = client.get("/api/v1/courses/5/nothing-here")

    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")


def _api_routes_with_ids() -> list[str]:
    """Every /api/v1/ route that takes an integer id, e.g. ``courses/<int:course_id>``."""
    found: list[str] = []

    def walk(patterns: list[Any], prefix: str) -> None:
        for entry in patterns:
            route = str(entry.pattern)
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, prefix + route)
            elif "<int:" in route:
                found.append(prefix + route)

    walk(get_resolver().url_patterns, "")
    return sorted(route for route in found if route.startswith("api/v1/"))


@pytest.mark.django_db
@pytest.mark.parametrize("route", _api_routes_with_ids())
@pytest.mark.parametrize("value", ["0", "9" * 30], ids=["zero", "overflow"])
@pytest.mark.parametrize("method", ["get", "post", "patch", "delete"])
def test_bad_id_answers_4xx_in_error_shape_never_500(route: str, value: str, method: str) -> None:
    admin = get_user_model().objects.create_superuser("admin@example.com", "long enough pass 1")
    client = APIClient()
    client.force_authenticate(admin)
    path = "/" + re.sub(r"<int:\w+>", value, route)

    response = getattr(client, method)(path, data={}, format="json")

    assert 400 <= response.status_code < 500, (path, response.status_code)
    assert_error_shape(response.json(), response.status_code, response.json()["code"])
