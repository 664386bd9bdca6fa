import logging
import re
import uuid
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _

from glossa.common.exceptions import error_body
from glossa.common.logging import request_id_var

logger = logging.getLogger(__name__)

_REQUEST_ID = re.compile(r"[A-Za-z0-9._:/+=-]{1,64}")


class RequestIdMiddleware:
    """Tag the request and its log lines with an id, taken from the proxy when it sends one."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        incoming = request.headers.get("X-Request-Id", "")
        # Only a plain token is echoed back: a control character such as a newline in a
        # response header makes Django refuse the whole response with a 500.
        request_id = incoming if _REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            request_id_var.reset(token)
        response["X-Request-Id"] = request_id
        return response


class ApiErrorMiddleware:
    """Give errors raised outside DRF views under /api/ the same JSON shape, never a trace."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not request.path.startswith("/api/") or response.status_code < 400:
            return response
        if response.get("Content-Type", "").startswith("application/json"):
            return response
        messages = {
            400: (_("Bad request."), "bad_request"),
            403: (_("You do not have permission to do this."), "permission_denied"),
            404: (_("Not found."), "not_found"),
            405: (_("This method is not allowed here."), "method_not_allowed"),
            413: (_("The request is too large."), "too_large"),
        }
        message, code = messages.get(response.status_code, (_("Server error."), "server_error"))
        return JsonResponse(
            error_body(response.status_code, code, message), status=response.status_code
        )

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not request.path.startswith("/api/"):
            return None
        logger.error("api.unhandled_error path=%s", request.path, exc_info=exception)
        return JsonResponse(error_body(500, "server_error", _("Server error.")), status=500)
