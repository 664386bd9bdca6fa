"""Parse tus request headers, for the resumable upload endpoints only.

drf-tus's own middleware runs on every request and answers a malformed ``Upload-Length``
with a server error; this one is scoped to ``/api/v1/media/uploads`` and answers bad tus
headers with the API's error shape.
"""

import json
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from rest_framework_tus.middleware import TusMiddleware as LibraryTusMiddleware

from glossa.common.exceptions import error_body

TUS_PATH_PREFIX = "/api/v1/media/uploads"


class TusMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.tus = LibraryTusMiddleware(get_response)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(TUS_PATH_PREFIX):
            return self.get_response(request)
        try:
            refusal = self.tus.process_request(request)
        except (ValueError, UnicodeDecodeError, TypeError):
            body = error_body(400, "invalid_upload", _("The upload's tus headers are not valid."))
            return HttpResponse(json.dumps(body), status=400, content_type="application/json")
        response: HttpResponse = refusal or self.get_response(request)
        return self.tus.process_response(request, response)  # type: ignore[no-any-return]
