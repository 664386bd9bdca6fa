"""Media processing, run by the task worker (the database worker embedded, RQ in production)."""

import logging

from django_tasks import task

from glossa.media.services import media_asset_process

logger = logging.getLogger(__name__)


@task(queue_name="media")
def media_asset_process_task(*, asset_id: int) -> None:
    """Make an asset's renditions; a failed attempt is queued again until the attempts run out.

    Bounded by GLOSSA_MEDIA_PROCESSING_ATTEMPTS: the service records each attempt and marks
    the asset failed, with the reason, after the last one.
    """
    done = media_asset_process(asset_id=asset_id)
    if not done:
        logger.info("media.asset.requeued asset_id=%s", asset_id)
        media_asset_process_task.enqueue(asset_id=asset_id)
