"""Small helpers the actions share: who is talking, over which channel, and durable writes."""
from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from bot import store


def intent_of(tracker: Tracker) -> str | None:
    return (tracker.latest_message.get("intent") or {}).get("name")


def channel_of(tracker: Tracker) -> str:
    return tracker.get_latest_input_channel() or "unknown"


def message_id_of(tracker: Tracker) -> str:
    """The Rasa id of the reader's latest message: the key that makes a retried write harmless."""
    message_id = tracker.latest_message.get("message_id")
    if message_id:
        return str(message_id)
    # Messages injected without an id (rare): fall back to something unique per turn. (Not the
    # number of events: Rasa sends the action server only the latest ones, bot.action_calls.)
    stamp = next((e.get("timestamp") for e in reversed(tracker.events) if e.get("event") == "user"), None)
    return f"{tracker.sender_id}:{stamp}"


def now() -> str:
    return datetime.now(timezone.utc).isoformat()


async def record(change: dict[str, Any]) -> int | None:
    """store.record off the event loop, so one slow database write doesn't stall other readers."""
    return await asyncio.to_thread(store.record, change)


# Slots that hold one prompt's answer in progress; cleared when the prompt ends.
ANSWER_SLOTS = ("opinion", "reason", "stance", "opinion_message_id", "nudged", "reason_declined",
                "stance_declined", "prompt_exit")


def reset_answer() -> list[dict[str, Any]]:
    return [SlotSet(name, None) for name in ANSWER_SLOTS]
