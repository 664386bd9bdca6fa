from collections.abc import Iterator

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client

from glossa.common.media import parse_range

BODY = bytes(range(256)) * 40  # 10,240 bytes, each position distinguishable


@pytest.fixture
def stored() -> Iterator[str]:
    name = default_storage.save("tests/clip.mp3", ContentFile(BODY))
    yield name
    default_storage.delete(name)


def _body(response: object) -> bytes:
    return b"".join(response.streaming_content)  # type: ignore[attr-defined]


def test_whole_file_advertises_ranges_when_no_range_is_asked(client: Client, stored: str) -> None:
    response = client.get(f"/media/{stored}")

    assert response.status_code == 200
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Type"] == "audio/mpeg"
    assert response["Content-Length"] == str(len(BODY))
    assert _body(response) == BODY


@pytest.mark.parametrize(
    ("header", "start", "end"),
    [
        ("bytes=0-99", 0, 99),
        ("bytes=100-", 100, len(BODY) - 1),
        ("bytes=-500", len(BODY) - 500, len(BODY) - 1),
        ("bytes=10000-99999", 10000, len(BODY) - 1),
    ],
    ids=["first-hundred", "open-ended", "suffix", "past-the-end"],
)
def test_range_returns_exact_bytes_when_range_is_asked(
    client: Client, stored: str, header: str, start: int, end: int
) -> None:
    response = client.get(f"/media/{stored}", HTTP_RANGE=header)

    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes {start}-{end}/{len(BODY)}"
    assert response["Content-Length"] == str(end - start + 1)
    assert _body(response) == BODY[start : end + 1]


def test_unsatisfiable_range_gets_416_with_size(client: Client, stored: str) -> None:
    response = client.get(f"/media/{stored}", HTTP_RANGE="bytes=20000-")

    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{len(BODY)}"


def test_not_modified_when_etag_matches(client: Client, stored: str) -> None:
    etag = client.get(f"/media/{stored}")["ETag"]

    response = client.get(f"/media/{stored}", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304


def test_stale_if_range_sends_whole_file(client: Client, stored: str) -> None:
    response = client.get(f"/media/{stored}", HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE='"stale"')

    assert response.status_code == 200
    assert _body(response) == BODY


@pytest.mark.parametrize("path", ["missing.mp3", "../settings.py", "tests/../../etc/passwd"])
def test_missing_or_escaping_path_is_404(client: Client, path: str) -> None:
    assert client.get(f"/media/{path}").status_code == 404


def test_writes_are_refused(client: Client, stored: str) -> None:
    assert client.post(f"/media/{stored}").status_code == 405


def test_several_ranges_are_answered_with_whole_file() -> None:
    assert parse_range("bytes=0-1,5-6", 10) is None
