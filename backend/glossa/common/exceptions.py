"""One JSON error shape for every API error.

Every error body is ``{"status": int, "code": str, "message": str, "fields": {name: [str]}}``;
``message`` is in the request's language and ``fields`` is empty unless input was invalid.
"""

import logging
from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig, SuspiciousOperation
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.response import Response

logger = logging.getLogger(__name__)


class DomainError(Exception):
    """Base class of the errors services raise for a caller to show to a person.

    Subclasses set ``status_code`` and ``code``; the message is already translated.
    ``extra`` adds keys to the body (``retry_after`` also sets the ``Retry-After`` header).
    """

    status_code: int = status.HTTP_400_BAD_REQUEST
    code: str = "invalid"

    def __init__(
        self,
        message: str,
        *,
        fields: dict[str, list[str]] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.fields = fields or {}
        self.extra = extra or {}


class NotFoundError(DomainError):
    status_code = status.HTTP_404_NOT_FOUND
    code = "not_found"


class ConflictError(DomainError):
    status_code = status.HTTP_409_CONFLICT
    code = "conflict"


class ForbiddenError(DomainError):
    status_code = status.HTTP_403_FORBIDDEN
    code = "permission_denied"


def error_body(
    status_code: int, code: str, message: str, fields: dict[str, list[str]] | None = None
) -> dict[str, Any]:
    return {"status": status_code, "code": code, "message": message, "fields": fields or {}}


def _flatten(detail: Any) -> list[str]:
    if isinstance(detail, list):
        return [text for item in detail for text in _flatten(item)]
    if isinstance(detail, dict):
        return [text for item in detail.values() for text in _flatten(item)]
    return [str(detail)]


def _field_errors(detail: Any, prefix: str = "") -> dict[str, list[str]]:
    """Turn DRF's nested error detail into ``{"a.b.0.c": [messages]}``."""
    fields: dict[str, list[str]] = {}
    if isinstance(detail, dict):
        for key, value in detail.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            if isinstance(value, dict) or (
                isinstance(value, list) and any(isinstance(v, dict | list) for v in value)
            ):
                if isinstance(value, list):
                    for index, item in enumerate(value):
                        fields.update(_field_errors(item, f"{name}.{index}"))
                else:
                    fields.update(_field_errors(value, name))
            else:
                fields[name] = _flatten(value)
    elif detail:
        fields[prefix or "non_field_errors"] = _flatten(detail)
    return fields


def _from_api_exception(exc: exceptions.APIException) -> dict[str, Any]:
    if isinstance(exc, exceptions.ValidationError):
        fields = _field_errors(exc.detail)
        general = fields.pop("non_field_errors", [])
        message = (
            general[0] if general else _("Some fields are not valid. Check them and try again.")
        )
        if general[1:]:
            fields["non_field_errors"] = general
        return error_body(exc.status_code, "invalid", message, fields)
    if isinstance(exc, exceptions.Throttled):
        wait = int(getattr(exc, "wait", None) or 0)
        message = _("Too many requests. Try again in %(seconds)s seconds.") % {"seconds": wait}
        return error_body(exc.status_code, "throttled", message) | {"retry_after": wait}
    detail = exc.detail
    if isinstance(detail, dict) and "detail" in detail:
        # simplejwt's errors carry {"detail": message, "code": code, ...} instead of a message.
        code = str(detail.get("code") or exc.default_code)
        return error_body(exc.status_code, code, " ".join(_flatten(detail["detail"])))
    codes = exc.get_codes()
    code = codes if isinstance(codes, str) else exc.default_code
    return error_body(exc.status_code, str(code), " ".join(_flatten(detail)))


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF exception handler that renders every error in the one shape."""
    # Imported here: rest_framework.views loads the authentication classes from settings,
    # which import DomainError from this module (a cycle when this module loads first).
    from rest_framework.views import set_rollback

    if isinstance(exc, DomainError):
        set_rollback()
        body = error_body(exc.status_code, exc.code, exc.message, exc.fields) | exc.extra
        retry_header = {}
        if "retry_after" in exc.extra:
            retry_header["Retry-After"] = str(exc.extra["retry_after"])
        return Response(body, status=exc.status_code, headers=retry_header)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(_("Not found."))
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    elif isinstance(exc, RequestDataTooBig):
        body = error_body(413, "too_large", _("The request is too large."))
        return Response(body, status=413)
    elif isinstance(exc, SuspiciousOperation):
        return Response(error_body(400, "bad_request", _("Bad request.")), status=400)
    if not isinstance(exc, exceptions.APIException):
        return None

    set_rollback()
    headers: dict[str, str] = {}
    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header  # type: ignore[attr-defined]
    if getattr(exc, "wait", None):
        headers["Retry-After"] = str(int(exc.wait))  # type: ignore[attr-defined]
    return Response(_from_api_exception(exc), status=exc.status_code, headers=headers)
