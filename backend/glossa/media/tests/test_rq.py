"""Production task queue: the processing task goes through RQ on Redis and an RQ worker."""

import os
from pathlib import Path
from typing import Any

import pytest
from pytest_django.fixtures import Settings

from glossa.media.models import MediaStatus
from glossa.media.tasks import media_asset_process_task
from glossa.media.tests.test_processing import make_asset

pytestmark = pytest.mark.django_db(transaction=True)

REDIS_URL = os.environ.get("GLOSSA_TEST_REDIS_URL", "redis://127.0.0.1:6379/14")


@pytest.fixture
def rq_backend(settings: Settings) -> Any:
    redis = pytest.importorskip("redis")
    connection = redis.Redis.from_url(REDIS_URL)
    try:
        connection.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip(f"no Redis at {REDIS_URL} (set GLOSSA_TEST_REDIS_URL)")
    connection.flushdb()
    settings.RQ_QUEUES = {name: {"URL": REDIS_URL} for name in ("default", "media")}
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default", "media"]}
    }
    yield connection
    connection.flushdb()


def test_media_task_runs_on_an_rq_worker(rq_backend: Any, media_dir: Path) -> None:
    import django_rq
    from django_tasks_rq import Job
    from rq import SimpleWorker

    asset = make_asset(media_dir / "audio.flac")

    result = media_asset_process_task.enqueue(asset_id=asset.pk)

    queue = django_rq.get_queue("media")
    assert queue.count == 1
    asset.refresh_from_db()
    assert asset.status == MediaStatus.QUEUED
    worker = SimpleWorker([queue], connection=queue.connection, job_class=Job)
    worker.work(burst=True)
    asset.refresh_from_db()
    assert asset.status == MediaStatus.READY
    assert asset.renditions.count() == 2
    result.refresh()
    assert result.status == "SUCCESSFUL"
