from glossa.common.exceptions import DomainError, api_exception_handler


class WaitError(DomainError):
    status_code = 429
    code = "locked"


def test_extra_keys_and_retry_after_header_added_when_domain_error_carries_them() -> None:
    response = api_exception_handler(WaitError("Wait.", extra={"retry_after": 90}), {})

    assert response is not None
    assert response.status_code == 429
    assert response.data == {
        "status": 429,
        "code": "locked",
        "message": "Wait.",
        "fields": {},
        "retry_after": 90,
    }
    assert response.headers["Retry-After"] == "90"


def test_shape_unchanged_when_domain_error_has_no_extra() -> None:
    response = api_exception_handler(DomainError("Bad."), {})

    assert response is not None
    assert response.data == {"status": 400, "code": "invalid", "message": "Bad.", "fields": {}}
    assert "Retry-After" not in response.headers
