"""Rasa's REST and socket.io channels: never silent, origin-checked, a socket message handled once."""
from __future__ import annotations

import json
import uuid
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from rasa.core.tracker_store import TrackerStore
from rasa.shared.core.events import UserUttered
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


def rasa_message_id(sender_id: str, page_id: str) -> str:
    """Rasa's id for the message the page numbered `page_id`: the same each time the page sends
    it, and never another conversation's (the opinions store keys rows on it across all of them,
    so a page must not be able to name another reader's message)."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{sender_id}\n{page_id}").hex


async def has_message(tracker_store: TrackerStore, sender_id: str, message_id: str) -> bool:
    """Whether the conversation (its current session) already has the reader's message."""
    tracker = await tracker_store.retrieve(sender_id)
    if tracker is None:
        return False
    return any(isinstance(e, UserUttered) and e.message_id == message_id for e in tracker.events)


class ArticleSocketIOInput(SocketIOInput):
    """SocketIOInput that is never silent, checks the Origin header against allowed_origins(), and
    acknowledges each message once handled, handling it once however often the page sends it.

    Rasa 3.6 builds its socket.io server with cors_allowed_origins=[] (no origin check at all).
    The session_request bug of RasaHQ/rasa#13027 is avoided by pinning python-socketio<5.10.

    The page (web/chat.js) gives each message an id and sends it again, after a reconnect, until
    it hears the acknowledgement. A message already in the conversation is not handled again:
    the check reads the tracker store under the conversation's lock, both shared by every
    instance, so it holds when the resend lands on another instance after a kill, and when it
    arrives while the first copy is still being handled (it waits for the lock, then sees it).
    """

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        socketio_webhook = super().blueprint(on_new_message)  # user_uttered's handler: see below
        self.sio.eio.cors_allowed_origins = allowed_origins()
        namespace = self.namespace or "/"

        def user_message(sid: str, data: dict[str, Any]) -> UserMessage:
            """What Rasa's handler (rasa/core/channels/socketio.py) makes of an event, with the
            page's message id made Rasa's."""
            sender_id = data["session_id"] if self.session_persistence else sid
            metadata = data.get(self.metadata_key, {})
            if isinstance(metadata, str):
                metadata = json.loads(metadata)
            page_id = data.get("message_id")
            return UserMessage(
                data["message"], SocketIOOutput(self.sio, self.bot_message_evt), sender_id,
                input_channel=self.name(), metadata=metadata,
                message_id=rasa_message_id(sender_id, page_id) if page_id else None,
            )

        async def checked(sid: str, data: Any) -> None:
            """A message, handled unless the conversation has it already; python-socketio sends
            the acknowledgement when this returns. A malformed one gets a reply instead."""
            problem = payload_error(data, "session_id", None if self.session_persistence else sid)
            if not problem and not isinstance(data.get("message_id", ""), str):
                problem = "'message_id' must be a string"
            if problem:
                reply = {"text": f"Sorry, I couldn't read that message: {problem}."}
                await self.sio.emit(self.bot_message_evt, reply, room=sid, namespace=namespace)
                return
            message = user_message(sid, data)
            [app] = socketio_webhook.apps  # the Rasa server this channel is registered on
            agent = app.ctx.agent  # looked up each time: Rasa's API can replace it
            # Rasa's Agent.handle_message, with the check under the same lock.
            async with agent.lock_store.lock(message.sender_id):
                sender_id, message_id = message.sender_id, message.message_id
                if not await has_message(agent.tracker_store, sender_id, message_id):
                    await never_silent(agent.processor.handle_message)(message)

        self.sio.on(self.user_message_evt, checked, namespace=namespace)
        return socketio_webhook
