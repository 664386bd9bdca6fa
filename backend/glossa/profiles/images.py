"""Turn an uploaded picture into a small, clean avatar."""

import io
from typing import IO

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from glossa.profiles.errors import AvatarTooLargeError, InvalidImageError

AVATAR_SIDE = 256
# Far above any camera, far below what would exhaust memory while decoding.
AVATAR_MAX_PIXELS = 40_000_000
_ACCEPTED_FORMATS = frozenset({"JPEG", "PNG", "WEBP", "GIF"})


def avatar_check_size(size: int) -> None:
    limit = settings.GLOSSA_AVATAR_MAX_BYTES
    if size > limit:
        raise AvatarTooLargeError(
            _("This picture is too large. Upload an image of at most %(limit)s.")
            % {"limit": filesizeformat(limit)}
        )


def avatar_render(source: IO[bytes]) -> bytes:
    """Return ``source`` as a WebP square of at most 256 px, without its metadata.

    Raises ``InvalidImageError`` for anything Pillow cannot decode as a still picture of a
    sensible size, including decompression bombs, whatever the file name claims.
    """
    try:
        # Image.open reads only the header; the pixel limit is checked before decoding.
        with Image.open(source) as probe:
            _check_header(probe)
            probe.verify()
        # verify() leaves the image unusable; decode it again from the start.
        source.seek(0)
        with Image.open(source) as image:
            _check_header(image)
            image.load()
            return _encode(image)
    except (
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        UnidentifiedImageError,
        OSError,
        SyntaxError,
        ValueError,
    ) as error:
        raise InvalidImageError(
            _("This file is not a picture we can read. Upload a JPEG, PNG, WebP or GIF image.")
        ) from error


def _check_header(image: Image.Image) -> None:
    if image.format not in _ACCEPTED_FORMATS:
        raise UnidentifiedImageError(image.format)
    width, height = image.size
    if width * height > AVATAR_MAX_PIXELS:
        raise Image.DecompressionBombError(f"{width}x{height}")


# EXIF orientation → the transposition that makes the picture upright (as Pillow's
# ImageOps.exif_transpose, which also re-serialises the other tags and so fails with
# struct.error or TypeError on a corrupt one; the metadata is dropped here anyway).
_ORIENTATION_TAG = 0x0112
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _upright(image: Image.Image) -> Image.Image:
    orientation = image.getexif().get(_ORIENTATION_TAG)
    method = _UPRIGHT.get(orientation) if isinstance(orientation, int) else None
    return image.transpose(method) if method is not None else image


def _encode(image: Image.Image) -> bytes:
    picture = _upright(image)
    has_alpha = picture.mode in {"RGBA", "LA", "PA"} or "transparency" in picture.info
    picture = picture.convert("RGBA" if has_alpha else "RGB")
    side = min(picture.size)
    picture = ImageOps.fit(picture, (side, side), method=Image.Resampling.LANCZOS)
    if side > AVATAR_SIDE:
        picture = picture.resize((AVATAR_SIDE, AVATAR_SIDE), Image.Resampling.LANCZOS)
    output = io.BytesIO()
    # Saved without exif or icc_profile: the new file carries no metadata of the original.
    picture.save(output, format="WEBP", quality=85, method=4)
    return output.getvalue()
