"""Rasa's REST and socket.io channels, made to never leave a reader in silence, and origin-checked."""
from __future__ import annotations

from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import config


# What a reader sees when a message got no reply at all, e.g. while the action server is down:
# Rasa logs the failed action and carries on silently.
TROUBLE_REPLY = "I'm having trouble, please try again in a moment."

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]


def never_silent(on_new_message: OnNewMessage) -> OnNewMessage:
    """Wrap Rasa's message handler so a message that produced no bot reply gets TROUBLE_REPLY."""

    async def handle(message: UserMessage) -> Any:
        output = message.output_channel
        send_response = output.send_response
        replies = 0

        async def counted(recipient_id: str, reply: dict[str, Any]) -> None:
            nonlocal replies
            replies += 1
            await send_response(recipient_id, reply)

        output.send_response = counted  # this message's own output channel object only
        result = await on_new_message(message)
        if replies == 0:
            await send_response(message.sender_id, {"text": TROUBLE_REPLY})
        return result

    return handle


# Rasa's tracker store keeps sender ids in a VARCHAR(255); longer ones would fail on PostgreSQL.
MAX_SENDER_CHARS = 255


def payload_error(payload: Any, sender_key: str, default_sender: str | None) -> str | None:
    """Why a message payload (REST body or socket.io event) is malformed, or None if it's fine."""
    if not isinstance(payload, dict):
        return f'it must be a JSON object like {{"{sender_key}": "me", "message": "hi"}}'
    if not isinstance(payload.get("message"), str):
        return "'message' must be a string"
    sender = payload.get(sender_key, default_sender)
    if not isinstance(sender, str) or not sender.strip():
        return f"'{sender_key}' must be a non-empty string"
    if len(sender) > MAX_SENDER_CHARS:
        return f"'{sender_key}' must be at most {MAX_SENDER_CHARS} characters"
    return None


def webhook_error(request: Request) -> str | None:
    """Why a REST webhook request is malformed, or None when Rasa can take it."""
    try:
        body = request.json
    except Exception:  # Sanic raises its own InvalidUsage for a body that isn't JSON
        return "the body must be JSON"
    return payload_error(body, "sender", default_sender="default")


async def reject_malformed_webhook(request: Request) -> HTTPResponse | None:
    if request.method == "POST" and request.path.endswith("/webhook"):
        error = webhook_error(request)
        if error:
            return response.json({"error": error}, status=400)
    return None


class ArticleRestInput(RestInput):
    """The REST channel (/webhooks/rest/webhook): 400 for malformed requests, never silent."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        webhook = super().blueprint(never_silent(on_new_message))
        webhook.middleware(reject_malformed_webhook, "request")
        return webhook


def allowed_origins() -> list[str]:
    """Origins allowed to open a socket: the page's (PUBLIC_URL) and DISCUSS_ALLOWED_ORIGINS."""
    origins = config.page_origins()
    extra = config.get("DISCUSS_ALLOWED_ORIGINS", "")
    origins.extend(origin.strip() for origin in extra.split(",") if origin.strip())
    return origins


class ArticleSocketIOInput(SocketIOInput):
    """SocketIOInput that is never silent and checks the Origin header against allowed_origins().

    Rasa 3.6 builds its socket.io server with cors_allowed_origins=[] (no origin check at all).
    The session_request bug of RasaHQ/rasa#13027 is avoided by pinning python-socketio<5.10.
    """

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        socketio_webhook = super().blueprint(never_silent(on_new_message))
        self.sio.eio.cors_allowed_origins = allowed_origins()
        namespace = self.namespace or "/"
        handle_message = self.sio.handlers[namespace][self.user_message_evt]

        async def checked(sid: str, data: Any) -> None:
            """Rasa's handler, but a malformed message gets a reply instead of an exception."""
            problem = payload_error(data, "session_id", None if self.session_persistence else sid)
            if problem:
                reply = {"text": f"Sorry, I couldn't read that message: {problem}."}
                await self.sio.emit(self.bot_message_evt, reply, room=sid, namespace=namespace)
                return
            await handle_message(sid, data)

        self.sio.on(self.user_message_evt, checked, namespace=namespace)
        return socketio_webhook
