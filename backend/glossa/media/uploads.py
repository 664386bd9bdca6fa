"""drf-tus glue: keep a finished upload where it is until ``POST media/assets`` claims it."""

from typing import Any

from rest_framework_tus.storage import AbstractUploadSaveHandler


class KeepUploadHandler(AbstractUploadSaveHandler):  # type: ignore[misc]
    """Mark the upload done without copying it anywhere.

    drf-tus's default handler copies the finished file into a FileField; here the file is
    probed first and only an accepted file is stored, once, as the asset's original.
    """

    def handle_save(self) -> None:
        self.finish()

    def finish(self, *args: Any, **kwargs: Any) -> None:
        self.upload.finish()
        self.upload.save()
