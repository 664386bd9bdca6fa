"""The upload limits agree at every layer: settings, the nginx example, Kubernetes, the API."""

import json
import re
from pathlib import Path

import pytest
import yaml
from django.conf import settings

DEPLOY = Path(__file__).resolve().parents[4] / "deploy"
MIB = 1024 * 1024


def _size(value: str) -> int:
    number, unit = re.fullmatch(r"(\d+)([kmg]?)", value.strip().lower()).groups()  # type: ignore[union-attr]
    return int(number) * {"": 1, "k": 1024, "m": MIB, "g": 1024 * MIB}[unit]


def _nginx_location(name: str) -> str:
    config = (DEPLOY / "nginx.conf").read_text()
    match = re.search(rf"location {re.escape(name)} \{{(.*?)\n    \}}", config, re.DOTALL)
    assert match, name
    return match.group(1)


def _body_limit(block: str) -> int:
    return _size(re.search(r"client_max_body_size (\w+);", block).group(1))  # type: ignore[union-attr]


def test_nginx_takes_the_largest_upload_and_little_more() -> None:
    largest = max(settings.GLOSSA_MEDIA_MAX_VIDEO_BYTES, settings.GLOSSA_MEDIA_MAX_AUDIO_BYTES)

    limit = _body_limit(_nginx_location("= /api/v1/media/assets"))

    assert largest < limit <= largest + 2 * MIB


def test_nginx_takes_the_largest_course_package_and_little_more() -> None:
    limit = _body_limit(_nginx_location("= /api/v1/authoring/courses/import"))

    assert settings.GLOSSA_PACKAGE_MAX_BYTES < limit <= settings.GLOSSA_PACKAGE_MAX_BYTES + 2 * MIB


def test_nginx_answers_an_over_limit_package_with_the_package_limit() -> None:
    assert "error_page 413 = @package_too_large;" in _nginx_location(
        "= /api/v1/authoring/courses/import"
    )
    block = _nginx_location("@package_too_large")
    body = json.loads(re.search(r"return 413 '(.*)';", block).group(1))  # type: ignore[union-attr]

    assert body["code"] == "too_large"
    assert body["limit_bytes"] == settings.GLOSSA_PACKAGE_MAX_BYTES
    limit = settings.GLOSSA_PACKAGE_MAX_BYTES / 1024 / 1024
    assert body["message"] == f"The package is too large: at most {limit:.0f} MB."


def test_nginx_takes_one_tus_chunk() -> None:
    limit = _body_limit(_nginx_location("/api/v1/media/uploads"))

    assert (
        settings.GLOSSA_MEDIA_UPLOAD_CHUNK_BYTES
        < limit
        <= settings.GLOSSA_MEDIA_UPLOAD_CHUNK_BYTES + 2 * MIB
    )


def test_nginx_answers_over_limit_bodies_in_the_api_error_shape() -> None:
    block = _nginx_location("@too_large")
    body = json.loads(re.search(r"return 413 '(.*)';", block).group(1))  # type: ignore[union-attr]

    assert body["status"] == 413
    assert body["code"] == "too_large"
    assert body["video_max_bytes"] == settings.GLOSSA_MEDIA_MAX_VIDEO_BYTES
    assert body["audio_max_bytes"] == settings.GLOSSA_MEDIA_MAX_AUDIO_BYTES
    assert "2 GB" in body["message"]
    assert "200 MB" in body["message"]


def test_kubernetes_config_and_ingress_agree_with_the_settings() -> None:
    config = yaml.safe_load((DEPLOY / "k8s" / "configmap.yaml").read_text())["data"]
    ingresses = {
        document["metadata"]["name"]: document
        for document in yaml.safe_load_all((DEPLOY / "k8s" / "ingress.yaml").read_text())
    }

    assert int(config["GLOSSA_MEDIA_MAX_VIDEO_BYTES"]) == settings.GLOSSA_MEDIA_MAX_VIDEO_BYTES
    assert int(config["GLOSSA_MEDIA_MAX_AUDIO_BYTES"]) == settings.GLOSSA_MEDIA_MAX_AUDIO_BYTES
    annotation = "nginx.ingress.kubernetes.io/proxy-body-size"
    assets = _size(ingresses["glossa-media-assets"]["metadata"]["annotations"][annotation])
    chunks = _size(ingresses["glossa-media-uploads"]["metadata"]["annotations"][annotation])
    assert (
        settings.GLOSSA_MEDIA_MAX_VIDEO_BYTES
        < assets
        <= settings.GLOSSA_MEDIA_MAX_VIDEO_BYTES + 2 * MIB
    )
    assert chunks > settings.GLOSSA_MEDIA_UPLOAD_CHUNK_BYTES
    assert int(config["GLOSSA_PACKAGE_MAX_BYTES"]) == settings.GLOSSA_PACKAGE_MAX_BYTES
    paths = [
        path["path"]
        for path in ingresses["glossa-media-assets"]["spec"]["rules"][0]["http"]["paths"]
    ]
    assert "/api/v1/authoring/courses/import" in paths
    assert assets > settings.GLOSSA_PACKAGE_MAX_BYTES


@pytest.mark.parametrize(
    "name", ["web.yaml", "worker.yaml", "jobs.yaml", "ingress.yaml", "uploads-pvc.yaml"]
)
def test_kubernetes_manifests_are_valid_yaml_with_kinds(name: str) -> None:
    documents = list(yaml.safe_load_all((DEPLOY / "k8s" / name).read_text()))

    assert documents
    assert all(document["apiVersion"] and document["kind"] for document in documents)


def test_the_worker_runs_both_queues_with_the_django_tasks_job_class() -> None:
    worker = yaml.safe_load((DEPLOY / "k8s" / "worker.yaml").read_text())
    arguments = worker["spec"]["template"]["spec"]["containers"][0]["args"]

    assert arguments[:5] == ["python", "-m", "glossa", "rqworker", "default"]
    assert "media" in arguments
    assert arguments[arguments.index("--job-class") + 1] == "django_tasks_rq.Job"
    assert set(settings.TASKS["default"]["QUEUES"]) == {"default", "media"}
