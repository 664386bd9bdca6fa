from typing import Any

import pytest
from drf_spectacular.generators import SchemaGenerator


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    generator = SchemaGenerator()  # type: ignore[no-untyped-call]
    result: dict[str, Any] = generator.get_schema(request=None, public=True)  # type: ignore[no-untyped-call]
    return result


@pytest.mark.parametrize(
    ("path", "method", "success", "body"),
    [
        ("/api/v1/auth/csrf", "get", "204", None),
        ("/api/v1/auth/signup", "post", "201", "SignupInputRequest"),
        ("/api/v1/auth/verify-email", "post", "200", "TokenInputRequest"),
        ("/api/v1/auth/verify-email/resend", "post", "202", "EmailInputRequest"),
        ("/api/v1/auth/login", "post", "200", "LoginInputRequest"),
        ("/api/v1/auth/refresh", "post", "200", None),
        ("/api/v1/auth/logout", "post", "204", None),
        ("/api/v1/auth/password/reset", "post", "202", "EmailInputRequest"),
        ("/api/v1/auth/password/reset/confirm", "post", "200", "PasswordResetConfirmInputRequest"),
        ("/api/v1/auth/password/change", "post", "200", "PasswordChangeInputRequest"),
        ("/api/v1/auth/me", "get", "200", None),
        ("/api/v1/profile/", "get", "200", None),
        ("/api/v1/profile/", "patch", "200", "PatchedProfileUpdateInputRequest"),
        ("/api/v1/profile/avatar", "post", "200", "AvatarInputRequest"),
        ("/api/v1/profile/avatar", "delete", "204", None),
        ("/api/v1/languages", "get", "200", None),
        ("/api/v1/timezones", "get", "200", None),
    ],
)
def test_endpoint_described_when_schema_is_generated(
    schema: dict[str, Any], path: str, method: str, success: str, body: str | None
) -> None:
    operation = schema["paths"][path][method]

    assert success in operation["responses"]
    if body is None:
        assert "requestBody" not in operation
    else:
        content = operation["requestBody"]["content"]
        media = next(iter(content.values()))
        assert media["schema"]["$ref"] == f"#/components/schemas/{body}"


def test_session_and_error_shapes_typed_when_schema_is_generated(schema: dict[str, Any]) -> None:
    components = schema["components"]["schemas"]
    login = schema["paths"]["/api/v1/auth/login"]["post"]["responses"]

    assert components["Session"]["required"] == ["access", "access_expires_at", "user"]
    assert set(components["User"]["properties"]) == {
        "id",
        "email",
        "display_name",
        "role",
        "email_verified",
        "interface_language",
    }
    assert login["429"]["content"]["application/json"]["schema"]["$ref"].endswith("/Error")
    assert "retry_after" in components["Error"]["properties"]
    assert schema["paths"]["/api/v1/auth/me"]["get"]["security"] == [{"jwtAuth": []}]
    assert "jwtAuth" in schema["components"]["securitySchemes"]
