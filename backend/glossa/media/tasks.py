"""Media processing, run by the task worker (the database worker embedded, RQ in production)."""

import logging
from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from glossa.media.models import MediaAsset
from glossa.media.services import media_asset_process

logger = logging.getLogger(__name__)

# A failed attempt waits a little longer each time: a busy disk or a restarting storage
# service gets a chance to come back before the attempts run out.
RETRY_DELAY = timedelta(seconds=30)


@task(queue_name="media")
def media_asset_process_task(*, asset_id: int) -> None:
    """Make an asset's renditions; a failed attempt is queued again until the attempts run out.

    Bounded by GLOSSA_MEDIA_PROCESSING_ATTEMPTS: the service records each attempt and marks
    the asset failed, with the reason, after the last one.
    """
    if media_asset_process(asset_id=asset_id):
        return
    attempts = MediaAsset.objects.filter(pk=asset_id).values_list("attempts", flat=True).first()
    retry = media_asset_process_task
    if retry.get_backend().supports_defer:
        retry = retry.using(run_after=timezone.now() + RETRY_DELAY * (attempts or 1))
    logger.info("media.asset.requeued asset_id=%s attempts=%s", asset_id, attempts)
    retry.enqueue(asset_id=asset_id)
