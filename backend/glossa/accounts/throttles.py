import hashlib
from typing import Any

from rest_framework.request import Request
from rest_framework.throttling import SimpleRateThrottle
from rest_framework.views import APIView


class EmailAddressRateThrottle(SimpleRateThrottle):
    """Limit mails to one address, whatever client address the requests come from.

    Uses the ``email`` rate. Keyed on a hash of the normalised address so the cache holds no
    address in clear. Requests without a usable ``email`` field are not counted here.
    """

    scope = "email"
    cache_format = "throttle_email_address_%(ident)s"

    def get_cache_key(self, request: Request, view: APIView) -> str | None:
        data: Any = request.data
        email = data.get("email") if hasattr(data, "get") else None
        if not isinstance(email, str) or "@" not in email:
            return None
        # surrogatepass: a lone surrogate (valid in JSON, not in UTF-8) must reach the
        # serializer's field error, not fail here with a 500.
        key = email.strip().lower().encode("utf-8", "surrogatepass")
        digest = hashlib.sha256(key).hexdigest()
        return self.cache_format % {"ident": digest}
