"""How django-axes' lockout looks from the API.

Axes counts failures per (account, client address) and refuses the pair for the cool-off time
(``AXES_*`` settings). Its middleware would replace our response with its own when it flags a
request as locked out; ``lockout_response`` (``AXES_LOCKOUT_CALLABLE``) keeps ours instead.
"""

import math
from datetime import datetime, timedelta
from typing import Any

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.db.models import Max
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.translation import ngettext

from glossa.common.exceptions import error_body


def lockout_retry_after(request: HttpRequest, *, email: str) -> int:
    """Return the seconds until ``email`` may sign in again from this request's address."""
    cool_off = get_cool_off(request)
    last_failure: datetime | None = AccessAttempt.objects.filter(
        username=email, ip_address=getattr(request, "axes_ip_address", None)
    ).aggregate(last=Max("attempt_time"))["last"]
    if cool_off is None or last_failure is None:
        return int(cool_off.total_seconds()) if cool_off else 0
    remaining: float = (last_failure + cool_off - timezone.now()).total_seconds()
    return max(1, math.ceil(remaining))


def lockout_message(retry_after: int) -> str:
    minutes = max(1, math.ceil(retry_after / 60))
    return ngettext(
        "This account is temporarily locked on this device and network after too many failed "
        "sign-in attempts. Try again in %(minutes)d minute.",
        "This account is temporarily locked on this device and network after too many failed "
        "sign-in attempts. Try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None, credentials: Any
) -> HttpResponse:
    """Keep the API's own 429 answer; give anything else (the admin) the same error shape."""
    if original_response is not None and original_response.status_code == 429:
        return original_response
    retry_after = int((get_cool_off(request) or timedelta()).total_seconds())
    message = lockout_message(retry_after)
    response: HttpResponse
    if request.path.startswith("/api/"):
        body = error_body(429, "locked", message) | {"retry_after": retry_after}
        response = JsonResponse(body, status=429)
    else:
        response = HttpResponse(message, status=429, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(retry_after)
    return response


def lockout_client_str(
    username: str, ip_address: str, user_agent: str, path_info: str, request: HttpRequest
) -> str:
    """Describe a client in django-axes' log lines without the address or email it tried."""
    return f"{{path_info: {path_info!r}}}"
