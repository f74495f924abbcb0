"""The chat page: web/index.html with the rasa-webchat widget, served from this machine only."""
from __future__ import annotations

import html
import json
import mimetypes
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

from bot import config

WIDGET_BUNDLE = config.WEB_DIR / "node_modules" / "rasa-webchat" / "lib" / "index.js"
# The widget's CSS imports Inter from Google Fonts; the page uses system fonts and makes no
# third-party requests, so the import is cut out instead of failing against the CSP on every load.
GOOGLE_FONTS_IMPORT = (
    b"@import url(https://fonts.googleapis.com/css?family=Inter:400,500,700&display=swap);"
)


def page(rasa_port: int) -> bytes:
    template = (config.WEB_DIR / "index.html").read_text(encoding="utf-8")
    title = config.ARTICLE_PATH.read_text(encoding="utf-8").splitlines()[0]  # the headline
    return (
        template.replace("{{TITLE}}", html.escape(title))
        .replace("{{RASA_PORT}}", str(rasa_port))
        .encode("utf-8")
    )


def handler_for(rasa_port: int, health: Callable[[], dict] | None = None) -> type[BaseHTTPRequestHandler]:
    files = {
        "/webchat.js": WIDGET_BUNDLE,
        "/style.css": config.WEB_DIR / "style.css",
        "/chat.js": config.WEB_DIR / "chat.js",
    }

    class ChatPage(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            path = self.path.split("?", 1)[0]
            if path in ("/", "/index.html"):
                self._send(page(rasa_port), "text/html; charset=utf-8")
            elif path == "/healthz" and health is not None:
                # Each server's state and the database's, for a load balancer or a person.
                state = health()
                status = HTTPStatus.OK if state.get("ok") else HTTPStatus.SERVICE_UNAVAILABLE
                self._send(json.dumps(state).encode(), "application/json", status)
            elif path in files and files[path].exists():
                kind = mimetypes.guess_type(str(files[path]))[0] or "application/octet-stream"
                self._send(files[path].read_bytes().replace(GOOGLE_FONTS_IMPORT, b""), kind)
            else:
                self.send_error(HTTPStatus.NOT_FOUND)

        def _send(self, body: bytes, kind: str, status: HTTPStatus = HTTPStatus.OK) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header(
                "Content-Security-Policy",
                "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                "font-src 'self' data:; "  # the widget's carousel arrows are an inline font
                f"connect-src 'self' ws://localhost:{rasa_port} http://localhost:{rasa_port} "
                f"ws://127.0.0.1:{rasa_port} http://127.0.0.1:{rasa_port}",
            )
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args) -> None:  # keep `discuss serve`'s terminal readable
            pass

    return ChatPage


def start_in_background(
    web_port: int, rasa_port: int, health: Callable[[], dict] | None = None
) -> ThreadingHTTPServer:
    """The chat page (and /healthz when `health` is given) on a daemon thread."""
    handler = handler_for(rasa_port, health)
    server = ThreadingHTTPServer((config.get("WEB_HOST", "127.0.0.1"), web_port), handler)
    threading.Thread(target=server.serve_forever, daemon=True, name="chat-page").start()
    return server
