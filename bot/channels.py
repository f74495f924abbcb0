"""Rasa's socket.io channel, limited to the chat page's own origin instead of any origin."""
from __future__ import annotations

from typing import Any, Awaitable, Callable

from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

from bot import config


def allowed_origins() -> list[str]:
    """Origins allowed to open a socket: the chat page's, plus DISCUSS_ALLOWED_ORIGINS."""
    web_port = config.port("WEB_PORT", 8080)
    origins = [f"http://localhost:{web_port}", f"http://127.0.0.1:{web_port}"]
    extra = config.get("DISCUSS_ALLOWED_ORIGINS", "")
    origins.extend(origin.strip() for origin in extra.split(",") if origin.strip())
    return origins


class ArticleSocketIOInput(SocketIOInput):
    """SocketIOInput whose socket.io server checks the Origin header against allowed_origins().

    Rasa 3.6 builds its socket.io server with cors_allowed_origins=[] (no origin check at all).
    The session_request bug of RasaHQ/rasa#13027 is avoided by pinning python-socketio<5.10.
    """

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[Any], Awaitable[Any]]) -> Blueprint:
        socketio_webhook = super().blueprint(on_new_message)
        self.sio.eio.cors_allowed_origins = allowed_origins()
        return socketio_webhook
