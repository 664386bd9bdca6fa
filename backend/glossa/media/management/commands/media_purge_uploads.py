"""``python -m glossa media_purge_uploads``: delete resumable uploads that have expired."""

from typing import Any

from django.core.management.base import BaseCommand

from glossa.media.services import media_uploads_purge


class Command(BaseCommand):
    help = (
        "Delete unfinished or unclaimed resumable uploads past their expiry "
        "(GLOSSA_MEDIA_UPLOAD_HOURS) and their partial files. Run it daily (cron or a "
        "Kubernetes CronJob); uploads that became assets are not affected."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        count = media_uploads_purge()
        self.stdout.write(f"{count} expired upload(s) deleted.")
