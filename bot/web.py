"""The reader's page: the article beside the chat (web/), served with no third-party request."""
from __future__ import annotations

import html
import json
import mimetypes
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable
from urllib.parse import urlsplit

from bot import config

SOCKET_IO_CLIENT = config.WEB_DIR / "node_modules/socket.io-client/dist/socket.io.min.js"


def is_heading(line: str) -> bool:
    """A line of seeds/article.txt without a closing full stop is a heading (as for
    bot.knowledge.split_sentences, which never quotes one)."""
    return line[-1] not in ".?!”"


def article_html(text: str) -> str:
    """The article as HTML: its first line the h1, headings h2, the rest paragraphs.

    Each element holds its line verbatim (escaped), so every quote the bot gives, a verbatim
    substring of one line, is found in one element's text by chat.js."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    parts = [f'<h1 id="headline">{html.escape(lines[0])}</h1>']
    for number, line in enumerate(lines[1:], start=1):
        if is_heading(line):
            parts.append(f'<h2 id="h-{number}">{html.escape(line)}</h2>')
        else:
            parts.append(f'<p id="p-{number}">{html.escape(line)}</p>')
    return "\n      ".join(parts)


def page(rasa_port: int | None) -> bytes:
    """The page; its socket goes to `rasa_port` on the page's host, or with None (behind the
    balancer, bot.cluster) to the page's own origin."""
    template = (config.WEB_DIR / "index.html").read_text(encoding="utf-8")
    article = config.ARTICLE_PATH.read_text(encoding="utf-8")
    title = article.splitlines()[0]  # the headline
    return (
        template.replace("{{TITLE}}", html.escape(title))
        .replace("{{ARTICLE}}", article_html(article))
        .replace("{{RASA_PORT}}", "" if rasa_port is None else str(rasa_port))
        .encode("utf-8")
    )


def content_security_policy(rasa_port: int | None, origins: list[str] | None = None) -> str:
    """Only this server's files; the socket only to the Rasa port of the page's own host(s), or
    with None to the page's own origin (the websocket spelled out: older browsers need it).
    The page's origins: `origins`, default config.page_origins()."""
    sockets = []
    for origin in origins or config.page_origins():
        url = urlsplit(origin)
        secure = url.scheme == "https"
        where = url.netloc if rasa_port is None else f"{url.hostname}:{rasa_port}"
        sockets += [f"{'wss' if secure else 'ws'}://{where}", f"{'https' if secure else 'http'}://{where}"]
    return (
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
        f"form-action 'none'; frame-ancestors 'none'; connect-src 'self' {' '.join(sockets)}"
    )


def handler_for(rasa_port: int | None, health: Callable[[], dict] | None = None,
                origins: list[str] | None = None) -> type[BaseHTTPRequestHandler]:
    files = {
        "/socket.io.min.js": SOCKET_IO_CLIENT,
        "/style.css": config.WEB_DIR / "style.css",
        "/chat.js": config.WEB_DIR / "chat.js",
    }
    policy = content_security_policy(rasa_port, origins)

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
                self._send(files[path].read_bytes(), kind)
            else:
                self.send_error(HTTPStatus.NOT_FOUND)

        def _send(self, body: bytes, kind: str, status: HTTPStatus = HTTPStatus.OK) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Referrer-Policy", "no-referrer")
            self.send_header("Content-Security-Policy", policy)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args) -> None:  # keep `discuss serve`'s terminal readable
            pass

    return ChatPage


def start_in_background(
    web_port: int, rasa_port: int | None, health: Callable[[], dict] | None = None,
    host: str | None = None, origins: list[str] | None = None,
) -> ThreadingHTTPServer:
    """The chat page (and /healthz when `health` is given) on a daemon thread, on `host` or
    WEB_HOST; `rasa_port` None: the page's socket goes to its own origin (see page()), one of
    `origins` (default config.page_origins())."""
    handler = handler_for(rasa_port, health, origins)
    server = ThreadingHTTPServer((host or config.get("WEB_HOST", "127.0.0.1"), web_port), handler)
    threading.Thread(target=server.serve_forever, daemon=True, name="chat-page").start()
    return server
