"""Serve the embedded default: the web server and the task worker, on one port.

``python -m glossa serve [--port N] [--host ADDRESS]`` starts gunicorn (``config.wsgi``, one
process with a few threads) and the database-backed task worker of ``django_tasks_db`` as
child processes in this process group. SIGINT and SIGTERM are passed on to both; when either
child stops, the other is stopped too and this command exits, with status 0 after a signal
and the child's status (or 1) when a child died on its own.
"""

import os
import signal
import socket
import subprocess
import sys
from types import FrameType
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

STOP_TIMEOUT_SECONDS = 20


class Command(BaseCommand):
    help = "Serve the web app and run the task worker on one port (the embedded default)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--port",
            type=int,
            default=int(os.environ.get("PORT", "8000")),
            help="Default: $PORT or 8000.",
        )
        parser.add_argument(
            "--host",
            default=os.environ.get("HOST") or "127.0.0.1",
            help="Address to bind. Default: $HOST or 127.0.0.1 (0.0.0.0: every interface).",
        )
        parser.add_argument(
            "--threads",
            type=int,
            default=int(os.environ.get("GLOSSA_WEB_THREADS", "4")),
            help="Threads of the web process. Default: $GLOSSA_WEB_THREADS or 4.",
        )

    def handle(self, *args: Any, port: int, host: str, threads: int, **options: Any) -> None:
        if not 0 < port < 65536:
            raise CommandError(f"--port must be between 1 and 65535, not {port}.")
        self._check_port_free(host, port)
        shown_host = "127.0.0.1" if host in {"0.0.0.0", "::"} else host  # noqa: S104
        url = (
            f"http://[{shown_host}]:{port}/"
            if ":" in shown_host
            else f"http://{shown_host}:{port}/"
        )
        # Links in mail point at this server unless the site's public address is configured.
        env = os.environ | {"GLOSSA_SITE_URL": os.environ.get("GLOSSA_SITE_URL") or url}
        children = {
            "web": subprocess.Popen(self._web_command(host, port, threads), env=env),  # noqa: S603
            "worker": subprocess.Popen(self._worker_command(), env=env),  # noqa: S603
        }
        signalled = False

        def stop_children() -> None:
            for child in children.values():
                if child.poll() is None:
                    child.send_signal(signal.SIGTERM)

        def on_signal(signum: int, frame: FrameType | None) -> None:
            nonlocal signalled
            signalled = True
            stop_children()

        signal.signal(signal.SIGINT, on_signal)
        signal.signal(signal.SIGTERM, on_signal)
        self.stdout.write(f"Glossa is serving on {url} (Ctrl+C stops it).")

        first_name, first_status = self._wait_for_first_exit(children)
        if not signalled:
            self.stderr.write(
                f"serve: the {first_name} process stopped (status {first_status}); stopping."
            )
        stop_children()
        for child in children.values():
            try:
                child.wait(timeout=STOP_TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        if not signalled:
            # A child killed by signal N has status -N; the shell convention is 128 + N.
            sys.exit(128 - first_status if first_status < 0 else first_status or 1)

    @staticmethod
    def _check_port_free(host: str, port: int) -> None:
        """Fail with one clear line, before starting anything, when the address is taken."""
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        try:
            with socket.socket(family, socket.SOCK_STREAM) as probe:
                # As gunicorn does: a port left in TIME_WAIT by a stopped server is free.
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                probe.bind((host, port))
        except OSError as error:
            raise CommandError(
                f"Cannot listen on {host}:{port}: {error.strerror or error}. Another program "
                f"(perhaps an earlier `make run`) is using it: stop it, or choose another port, "
                f"for example PORT={8080 if port != 8080 else 8081} make run."
            ) from error

    @staticmethod
    def _web_command(host: str, port: int, threads: int) -> list[str]:
        bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        return [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            "--bind",
            bind,
            "--workers",
            "1",
            "--threads",
            str(threads),
            "--graceful-timeout",
            "10",
            "--no-control-socket",
            "--access-logfile",
            os.environ.get("GLOSSA_ACCESS_LOG", "-"),
            "--access-logformat",
            '%(h)s "%(r)s" %(s)s %(b)s %(M)sms',
        ]

    @staticmethod
    def _worker_command() -> list[str]:
        return [
            sys.executable,
            "-m",
            "glossa",
            "db_worker",
            "--queue-name",
            "*",
            "--no-reload",
            "--no-startup-delay",
            "--interval",
            "0.5",
        ]

    @staticmethod
    def _wait_for_first_exit(children: dict[str, subprocess.Popen[bytes]]) -> tuple[str, int]:
        """Block until one child exits; the signal handler keeps running while this waits."""
        by_pid = {child.pid: name for name, child in children.items()}
        while True:
            try:
                pid, wait_status = os.waitpid(-1, 0)
            except ChildProcessError:
                # The signal handler's poll() reaped the children first; returncode is set.
                name, child = next((n, c) for n, c in children.items() if c.returncode is not None)
                return name, child.returncode
            if pid in by_pid:
                name = by_pid[pid]
                status = os.waitstatus_to_exitcode(wait_status)
                children[name].returncode = status
                return name, status
