"""A real SMTP server for the end-to-end tests, with its mailbox readable over HTTP.

Run by Playwright as a web server: ``python mailbox.py SMTP_PORT HTTP_PORT``. Django sends
mail to the SMTP port like to any relay; tests read ``GET /messages?to=ADDRESS`` (JSON list of
``{to, subject, text, html, links}``, oldest first) and wait for new mail by polling it.
"""

import email
import email.policy
import json
import re
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

from aiosmtpd.controller import Controller

LINK = re.compile(r"https?://[^\s<>\"']+")
messages: list[dict[str, Any]] = []
lock = threading.Lock()


class Handler:
    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        text_part = message.get_body(preferencelist=("plain",))
        html_part = message.get_body(preferencelist=("html",))
        text = text_part.get_content() if text_part else ""
        html = html_part.get_content() if html_part else ""
        with lock:
            messages.append(
                {
                    "to": [address.lower() for address in envelope.rcpt_tos],
                    "subject": str(message["Subject"]),
                    "text": text,
                    "html": html,
                    "links": LINK.findall(text) or LINK.findall(html),
                }
            )
        return "250 Message accepted for delivery"


class Api(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        url = urlparse(self.path)
        if url.path == "/health":
            self._send(200, {"status": "ok"})
        elif url.path == "/messages":
            to = parse_qs(url.query).get("to", [""])[0].lower()
            with lock:
                found = [m for m in messages if not to or to in m["to"]]
            self._send(200, found)
        else:
            self._send(404, {"error": "not found"})

    def _send(self, status: int, body: Any) -> None:
        data = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # The tests poll often; one line per poll would bury the server's own log.


def main() -> None:
    smtp_port, http_port = int(sys.argv[1]), int(sys.argv[2])
    controller = Controller(Handler(), hostname="127.0.0.1", port=smtp_port)
    controller.start()
    try:
        ThreadingHTTPServer(("127.0.0.1", http_port), Api).serve_forever()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
