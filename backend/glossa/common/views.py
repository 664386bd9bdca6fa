import logging

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import FileResponse, HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.http import require_GET

from glossa.common.exceptions import error_body

logger = logging.getLogger(__name__)


@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    return JsonResponse({"status": "ok"})


@require_GET
def readyz(request: HttpRequest) -> HttpResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        logger.warning("readiness.database_unavailable")
        return JsonResponse({"status": "unavailable", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def api_not_found(request: HttpRequest) -> HttpResponse:
    return JsonResponse(error_body(404, "not_found", _("Not found.")), status=404)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """Answer a request Django refused before any view (a bad Host header, say).

    API clients get the one error shape; pages keep Django's plain page.
    """
    if request.path.startswith("/api/"):
        body = error_body(400, "bad_request", _("The request could not be understood."))
        return JsonResponse(body, status=400)
    return defaults.bad_request(request, exception)


def spa_index(request: HttpRequest) -> HttpResponseBase:
    index = settings.FRONTEND_DIST / "index.html"
    if not index.is_file():
        message = "The front end is not built yet: run `make run` (or `make frontend`)."
        return HttpResponse(message, status=503, content_type="text/plain; charset=utf-8")
    response = FileResponse(index.open("rb"), content_type="text/html; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    return response
