"""``python -m glossa serve`` runs the web server and the task worker as one unit."""

import contextlib
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

START_TIMEOUT_SECONDS = 60


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Served:
    """A running ``serve`` process whose output lines can be awaited."""

    def __init__(self, process: subprocess.Popen[str], port: int) -> None:
        self.process = process
        self.port = port
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)

    def wait_for_line(self, text: str) -> str:
        while True:
            line = self.lines.get(timeout=START_TIMEOUT_SECONDS)
            if text in line:
                return line

    def child_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "GLOSSA_SITE_URL"}
    }
    env |= {"DJANGO_SETTINGS_MODULE": "config.settings.local", "GLOSSA_VAR_DIR": str(tmp_path)}
    command = [sys.executable, "-m", "glossa"]
    subprocess.run([*command, "migrate", "django_tasks_database", "-v0"], env=env, check=True)  # noqa: S603
    port = _free_port()
    process = subprocess.Popen(  # noqa: S603
        [*command, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    served = Served(process, port)
    yield served
    _stop(served)


def _stop(served: Served) -> None:
    """Stop serve and its children, so no web server outlives the test."""
    process = served.process
    if process.poll() is None:
        children = served.child_pids()
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=START_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            for pid in [*children, process.pid]:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            process.wait()
    # The output ends once every process holding the pipe has exited.
    served.reader.join(timeout=START_TIMEOUT_SECONDS)
    assert process.stdout is not None
    process.stdout.close()


def test_serves_and_stops_cleanly_when_sent_sigterm(served: Served) -> None:
    served.wait_for_line("Listening at")
    served.wait_for_line("Starting worker")

    with urllib.request.urlopen(f"http://127.0.0.1:{served.port}/healthz") as response:
        assert response.status == 200
    served.process.send_signal(signal.SIGTERM)

    assert served.process.wait(timeout=START_TIMEOUT_SECONDS) == 0


def test_stops_web_server_when_worker_dies(served: Served) -> None:
    served.wait_for_line("Listening at")
    served.wait_for_line("Starting worker")
    children = served.child_pids()
    assert len(children) == 2

    worker_pid = children[1]
    os.kill(worker_pid, signal.SIGKILL)

    assert served.process.wait(timeout=START_TIMEOUT_SECONDS) != 0
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", served.port), timeout=5).close()


def test_links_in_mail_point_at_the_served_port_when_no_site_url_is_set(served: Served) -> None:
    served.wait_for_line("Listening at")
    served.wait_for_line("Starting worker")

    for pid in served.child_pids():
        environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        assert f"GLOSSA_SITE_URL=http://127.0.0.1:{served.port}/".encode() in environ


def test_one_clear_error_and_nothing_started_when_port_is_taken(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env |= {"DJANGO_SETTINGS_MODULE": "config.settings.local", "GLOSSA_VAR_DIR": str(tmp_path)}
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])

        result = subprocess.run(  # noqa: S603
            [sys.executable, "-m", "glossa", "serve", "--port", str(port)],
            check=False,
            env=env,
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT_SECONDS,
        )

    assert result.returncode != 0
    assert f"Cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "PORT=8080 make run" in result.stderr
    assert "gunicorn" not in result.stderr.lower()  # failed before starting the web server
