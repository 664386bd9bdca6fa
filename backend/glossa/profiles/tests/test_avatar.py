import io
from pathlib import Path
from typing import Any

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from rest_framework.test import APIClient

from glossa.accounts.models import User
from glossa.profiles.models import Profile

pytestmark = pytest.mark.django_db

AVATAR = "/api/v1/profile/avatar"


def picture(size: tuple[int, int], image_format: str = "PNG", **save: Any) -> bytes:
    output = io.BytesIO()
    Image.new("RGB", size, (200, 40, 40)).save(output, format=image_format, **save)
    return output.getvalue()


def upload(client: APIClient, content: bytes, name: str = "me.png", **extra: Any) -> Any:
    return client.post(
        AVATAR, {"avatar": SimpleUploadedFile(name, content)}, format="multipart", **extra
    )


def stored(profile_user: User) -> Image.Image:
    profile = Profile.objects.get(user=profile_user)
    with default_storage.open(profile.avatar.name) as file:
        image = Image.open(io.BytesIO(file.read()))
        image.load()
    return image


@pytest.mark.parametrize(
    ("content", "name", "expected_side"),
    [
        pytest.param(picture((800, 600)), "me.png", 256, id="large-png"),
        pytest.param(picture((1200, 900), "JPEG"), "me.jpg", 256, id="large-jpeg"),
        pytest.param(picture((100, 50)), "tiny.png", 50, id="small-png-not-enlarged"),
    ],
)
def test_avatar_reencoded_as_square_when_picture_uploaded(
    client: APIClient, user: User, content: bytes, name: str, expected_side: int
) -> None:
    response = upload(client, content, name)

    assert response.status_code == 200, response.data
    assert response.data["avatar_url"].endswith(".webp")
    image = stored(user)
    assert image.format == "WEBP"
    assert image.size == (expected_side, expected_side)


def test_metadata_dropped_and_orientation_applied_when_jpeg_has_exif(
    client: APIClient, user: User
) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to display
    exif[0x010F] = "SecretCam"
    output = io.BytesIO()
    # Left half red, right half blue; after rotation red must be at the top.
    source = Image.new("RGB", (400, 200), (255, 0, 0))
    source.paste((0, 0, 255), (200, 0, 400, 200))
    source.save(output, format="JPEG", exif=exif.tobytes())

    response = upload(client, output.getvalue(), "phone.jpg")

    assert response.status_code == 200
    image = stored(user).convert("RGB")
    assert not image.getexif()
    assert "exif" not in image.info
    red, _, blue = image.getpixel((100, 20))  # type: ignore[misc]
    assert red > 200 > blue


def test_old_file_deleted_when_avatar_replaced(
    client: APIClient, user: User, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, picture((300, 300)))
    first = Profile.objects.get(user=user).avatar.name

    with django_capture_on_commit_callbacks(execute=True):
        upload(client, picture((400, 400)))

    assert not default_storage.exists(first)
    assert default_storage.exists(Profile.objects.get(user=user).avatar.name)


def test_avatar_removed_when_deleted(
    client: APIClient, user: User, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, picture((300, 300)))
    name = Profile.objects.get(user=user).avatar.name

    with django_capture_on_commit_callbacks(execute=True):
        response = client.delete(AVATAR)

    assert response.status_code == 204
    assert not default_storage.exists(name)
    assert client.get("/api/v1/profile/").data["avatar_url"] is None


@pytest.mark.parametrize(
    ("content", "name"),
    [
        pytest.param(b"just some words, not a picture\n" * 20, "evil.png", id="text-named-png"),
        pytest.param(b"<svg xmlns='http://www.w3.org/2000/svg'/>", "logo.svg", id="svg"),
        pytest.param(picture((300, 300))[:200], "cut.png", id="truncated-png"),
        pytest.param(picture((64, 64), "BMP"), "old.bmp", id="bmp-format"),
    ],
)
def test_invalid_image_and_nothing_stored_when_file_is_not_a_picture(
    client: APIClient, user: User, content: bytes, name: str
) -> None:
    response = upload(client, content, name, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 400
    assert response.data["code"] == "invalid_image"
    assert "JPEG, PNG, WebP or GIF" in response.data["message"]
    assert not Profile.objects.get(user=user).avatar


@pytest.mark.parametrize(
    "size",
    [
        pytest.param((8000, 8000), id="over-our-40-megapixels"),
        pytest.param((15000, 12000), id="over-twice-pillow-max-image-pixels"),
    ],
)
def test_invalid_image_when_picture_is_a_decompression_bomb(
    client: APIClient, user: User, size: tuple[int, int]
) -> None:
    output = io.BytesIO()
    Image.new("1", size).save(output, format="PNG")  # tens of megapixels in a few kB

    response = upload(client, output.getvalue(), "bomb.png")

    assert response.status_code == 400
    assert response.data["code"] == "invalid_image"


@pytest.mark.parametrize(
    "size",
    [
        pytest.param(50 * 1024 * 1024, id="50-mb"),
        pytest.param(5 * 1024 * 1024 + 1, id="one-byte-over-5-mb"),
    ],
)
def test_too_large_with_limit_named_when_file_is_over_5_mb(
    client: APIClient, user: User, size: int
) -> None:
    response = upload(client, bytes(size), "huge.png", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 400
    assert response.data["code"] == "too_large"
    assert "5.0\xa0MB" in response.data["message"]
    assert not Profile.objects.get(user=user).avatar


def test_field_named_when_no_file_sent(client: APIClient, user: User) -> None:
    response = client.post(AVATAR, {}, format="multipart")

    assert response.status_code == 400
    assert "avatar" in response.data["fields"]


def test_unsupported_media_type_when_avatar_sent_as_json(client: APIClient, user: User) -> None:
    response = client.post(AVATAR, {"avatar": "data:image/png;base64,AAAA"}, format="json")

    assert response.status_code == 415
    assert response.data["code"] == "unsupported_media_type"


def test_unauthorized_and_nothing_stored_when_not_signed_in(user: User) -> None:
    response = upload(APIClient(), picture((300, 300)))

    assert response.status_code == 401
    assert not Profile.objects.get(user=user).avatar


def test_avatar_served_at_its_url_when_stored_on_local_disk(
    client: APIClient, user: User, settings: Any, tmp_path: Path
) -> None:
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }

    url = upload(client, picture((300, 300))).data["avatar_url"]
    response: Any = client.get(url)

    assert url.startswith("/media/avatars/")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert Image.open(io.BytesIO(b"".join(response.streaming_content))).size == (256, 256)


def test_throttled_when_one_account_sends_too_many_pictures(client: APIClient, user: User) -> None:
    for _ in range(60):
        upload(client, b"not a picture", "me.png")

    response = upload(client, picture((64, 64)), "me.png")

    assert response.status_code == 429
    assert response.data["code"] == "throttled"
    assert not Profile.objects.get(user=user).avatar
    assert client.delete(AVATAR).status_code == 204
