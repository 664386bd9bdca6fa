"""Avatars from odd cameras and hostile files: refused or stored, never a server error."""

import io
import struct

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from rest_framework.test import APIClient

from glossa.accounts.models import User
from glossa.profiles.models import Profile
from glossa.profiles.tests.test_avatar import stored

pytestmark = pytest.mark.django_db


def corrupt_exif() -> bytes:
    """EXIF with an orientation and a tag whose value does not fit the tag's type.

    Tag 0x0125 is a LONG in the TIFF spec; here it holds text, as written by broken
    firmware. Pillow reads it, but fails when it writes the tags back.
    """
    orientation = struct.pack("<HHIHH", 0x0112, 3, 1, 6, 0)
    misfit = struct.pack("<HHII", 0x0125, 2, 6, 38)
    header = b"Exif\x00\x00II*\x00" + struct.pack("<IH", 8, 2)
    return header + orientation + misfit + struct.pack("<I", 0) + b"hello\x00"


def test_avatar_stored_upright_without_metadata_when_jpeg_exif_is_corrupt(
    client: APIClient, user: User
) -> None:
    source = Image.new("RGB", (400, 200), (255, 0, 0))
    source.paste((0, 0, 255), (200, 0, 400, 200))
    output = io.BytesIO()
    source.save(output, format="JPEG", exif=corrupt_exif())

    response = client.post(
        "/api/v1/profile/avatar",
        {"avatar": SimpleUploadedFile("phone.jpg", output.getvalue())},
        format="multipart",
    )

    assert response.status_code == 200
    assert response.json()["avatar_url"]
    image = stored(user).convert("RGB")
    assert not image.getexif()
    red, _, blue = image.getpixel((100, 20))  # type: ignore[misc]
    assert red > 200 > blue
    assert Profile.objects.get(user=user).avatar.name.endswith(".webp")
