"""Read a course package (a zip) without trusting it.

A package comes from anywhere: its entry names may climb out of a directory
(``../../settings.py``), its sizes may lie, an entry may expand a thousandfold (a zip bomb).
Only the names a package can have are accepted (``manifest.json`` and
``media/<sha256>.<ext>``), nothing is extracted by name, and every read counts the bytes it
really gets against the limits.
"""

import re
import stat
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

from django.conf import settings
from django.utils.translation import gettext as _

from glossa.common.exceptions import DomainError

MANIFEST_NAME = "manifest.json"
MEDIA_NAME = re.compile(r"^media/([0-9a-f]{64})\.([a-z0-9]{1,5})$")
# An entry that expands more than this is refused, unless it is small anyway.
MAX_RATIO = 200
RATIO_FLOOR_BYTES = 1024 * 1024
CHUNK = 1024 * 1024


class PackageInvalidError(DomainError):
    code = "invalid_package"


class PackageTooLargeError(DomainError):
    status_code = 413
    code = "too_large"


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.0f}"


def package_size_check(size: int) -> None:
    limit = settings.GLOSSA_PACKAGE_MAX_BYTES
    if size > limit:
        raise PackageTooLargeError(
            _("The package is too large: at most %(limit)s MB.") % {"limit": _megabytes(limit)},
            extra={"limit_bytes": limit},
        )


class PackageArchive:
    """The checked entries of an open zip; use :func:`package_open`."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._zip = archive
        self.media: dict[str, zipfile.ZipInfo] = {}
        self._check_entries()

    def _check_entries(self) -> None:
        entries = self._zip.infolist()
        if len(entries) > settings.GLOSSA_PACKAGE_MAX_ENTRIES:
            raise PackageInvalidError(
                _("The package has too many files: at most %(limit)s.")
                % {"limit": settings.GLOSSA_PACKAGE_MAX_ENTRIES}
            )
        total = 0
        names: set[str] = set()
        for entry in entries:
            name = entry.filename
            if entry.is_dir() and name in {"media/"}:
                continue
            self._check_entry(entry)
            if name in names:
                raise PackageInvalidError(
                    _("The package holds “%(name)s” twice.") % {"name": name[:100]}
                )
            names.add(name)
            total += entry.file_size
            match = MEDIA_NAME.match(name)
            if match:
                self.media[name] = entry
        if MANIFEST_NAME not in names:
            raise PackageInvalidError(
                _("This is not a Glossa course package: it has no manifest.json.")
            )
        limit = settings.GLOSSA_PACKAGE_MAX_UNCOMPRESSED_BYTES
        if total > limit:
            raise PackageTooLargeError(
                _("The package unpacks to more than %(limit)s MB.") % {"limit": _megabytes(limit)},
                extra={"limit_bytes": limit},
            )

    def _check_entry(self, entry: zipfile.ZipInfo) -> None:
        name = entry.filename
        if name != MANIFEST_NAME and not MEDIA_NAME.match(name):
            raise PackageInvalidError(
                _(
                    "The package holds “%(name)s”; a package has only manifest.json and "
                    "media/<sha256>.<extension> files."
                )
                % {"name": name[:100]}
            )
        if entry.flag_bits & 0x1:
            raise PackageInvalidError(
                _("The package is encrypted; export it again without a password.")
            )
        if stat.S_ISLNK(entry.external_attr >> 16):
            raise PackageInvalidError(_("The package holds a link, which packages never need."))
        compressed = max(entry.compress_size, 1)
        if entry.file_size > RATIO_FLOOR_BYTES and entry.file_size / compressed > MAX_RATIO:
            raise PackageInvalidError(
                _("“%(name)s” expands suspiciously much; the package is refused.") % {"name": name}
            )

    def read_manifest(self) -> bytes:
        limit = settings.GLOSSA_PACKAGE_MAX_MANIFEST_BYTES
        entry = self._zip.getinfo(MANIFEST_NAME)
        if entry.file_size > limit:
            raise PackageTooLargeError(
                _("manifest.json is too large: at most %(limit)s MB.")
                % {"limit": _megabytes(limit)},
                extra={"limit_bytes": limit},
            )
        return b"".join(self._chunks(entry))

    def media_chunks(self, name: str) -> Iterator[bytes]:
        return self._chunks(self.media[name])

    def _chunks(self, entry: zipfile.ZipInfo) -> Iterator[bytes]:
        """Yield the entry's bytes, refusing more than its header declares (a lying header)."""
        remaining = entry.file_size
        try:
            with self._zip.open(entry) as handle:
                while chunk := handle.read(CHUNK):
                    remaining -= len(chunk)
                    if remaining < 0:
                        raise PackageInvalidError(
                            _("“%(name)s” is larger than the package says.")
                            % {"name": entry.filename}
                        )
                    yield chunk
        except (zipfile.BadZipFile, OSError, EOFError) as error:
            raise PackageInvalidError(
                _("“%(name)s” in the package is damaged.") % {"name": entry.filename}
            ) from error


@contextmanager
def package_open(source: IO[bytes]) -> Iterator[PackageArchive]:
    """Open a package (a seekable binary file) and check its entries; raise on anything odd."""
    source.seek(0, 2)
    package_size_check(source.tell())
    source.seek(0)
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise PackageInvalidError(
            _("This is not a Glossa course package: the file is not a zip archive.")
        ) from error
    with archive:
        yield PackageArchive(archive)
