"""Serve stored media with HTTP Range support, so players can seek in long recordings.

In the embedded default uploads live in local storage and Django serves them; in production
the reverse proxy or the object store (signed URLs) does, with the same semantics.
"""

import hashlib
import logging
import mimetypes
import re
from collections.abc import Iterator
from typing import IO

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase, StreamingHttpResponse
from django.utils.http import http_date
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

CHUNK_SIZE = 64 * 1024
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """Return the inclusive byte range a ``Range`` header asks for, or None to send it all.

    Raises ValueError when the range cannot be satisfied. Several ranges in one header are
    answered with the whole file, which RFC 9110 allows.
    """
    match = _RANGE.match(header.strip())
    if match is None:
        return None
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:
        suffix = int(last)
        if suffix == 0:
            raise ValueError("empty suffix range")
        return max(size - suffix, 0), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or (last and int(last) < start):
        raise ValueError("range not satisfiable")
    return start, end


def _read(handle: IO[bytes], start: int, length: int) -> Iterator[bytes]:
    try:
        handle.seek(start)
        remaining = length
        while remaining > 0:
            chunk = handle.read(min(CHUNK_SIZE, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            yield chunk
    finally:
        handle.close()


# Files under this prefix are served only through views that check permissions first.
PRIVATE_PREFIX = "private/"


@require_safe
def serve_media(request: HttpRequest, path: str) -> HttpResponseBase:
    if path.startswith(PRIVATE_PREFIX) or "/../" in f"/{path}/":
        raise Http404
    return storage_file_response(request, path)


def storage_file_response(
    request: HttpRequest,
    path: str,
    *,
    content_type: str | None = None,
    cache_control: str = "private, max-age=3600",
) -> HttpResponseBase:
    """Answer a GET or HEAD for the stored file ``path``, honouring Range and If-None-Match.

    The caller has already decided that the requester may read the file.
    """
    try:
        if not default_storage.exists(path):
            raise Http404
        size = default_storage.size(path)
        modified = default_storage.get_modified_time(path)
    except (SuspiciousFileOperation, NotImplementedError, OSError) as error:
        raise Http404 from error

    etag = (
        '"'
        + hashlib.sha256(f"{path}:{size}:{modified.timestamp()}".encode()).hexdigest()[:32]
        + '"'
    )
    content_type = content_type or mimetypes.guess_type(path)[0] or "application/octet-stream"
    headers = {
        "Accept-Ranges": "bytes",
        "ETag": etag,
        "Last-Modified": http_date(modified.timestamp()),
        "Cache-Control": cache_control,
        "X-Content-Type-Options": "nosniff",
    }
    if request.headers.get("If-None-Match") == etag:
        return HttpResponse(status=304, headers=headers)

    byte_range = None
    range_header = request.headers.get("Range", "")
    if_range = request.headers.get("If-Range")
    if range_header and (if_range is None or if_range == etag):
        try:
            byte_range = parse_range(range_header, size)
        except ValueError:
            return HttpResponse(status=416, headers=headers | {"Content-Range": f"bytes */{size}"})

    start, end = byte_range if byte_range else (0, size - 1)
    length = max(end - start + 1, 0)
    body: Iterator[bytes] = iter(())
    if request.method == "GET" and length:
        body = _read(default_storage.open(path, "rb"), start, length)
    response = StreamingHttpResponse(body, content_type=content_type, headers=headers)
    response["Content-Length"] = str(length)
    if byte_range:
        response.status_code = 206
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    return response
