"""The reader's control over their answers: opt out, opt back in, delete what was saved."""
from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import record, reset_answer
from bot import store


def leave_prompt() -> list[dict[str, Any]]:
    """Events that end an open prompt (harmless when none is open)."""
    return [ActiveLoop(None), SlotSet("requested_slot", None), SlotSet("prompt_id", None),
            *reset_answer()]


def opt_out(dispatcher: CollectingDispatcher) -> list[dict[str, Any]]:
    dispatcher.utter_message(response="utter_opted_out")
    return [SlotSet("opted_out", True), *leave_prompt()]


async def delete_answers(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict[str, Any]]:
    deleted = await record({"op": "delete_session", "session_id": tracker.sender_id})
    # What they wrote is in the stored conversation too, which moderators can read.
    await asyncio.to_thread(store.redact_conversation, tracker.sender_id)
    if deleted is None:
        dispatcher.utter_message(
            text="The database is busy right now; I've queued the deletion and it will "
            "happen as soon as it's back."
        )
    else:
        plural = "answer" if deleted == 1 else "answers"
        dispatcher.utter_message(
            text=f"Done - I deleted {deleted} {plural} you gave in this conversation, "
            "and blanked out what you wrote in it."
        )
    return [SlotSet("answered_prompts", []), SlotSet("last_prompt_id", None),
            SlotSet("last_message_id", None), *leave_prompt()]


class ActionOptOut(Action):
    def name(self) -> str:
        return "action_opt_out"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        return opt_out(dispatcher)


class ActionOptIn(Action):
    def name(self) -> str:
        return "action_opt_in"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_opted_in")
        return [SlotSet("opted_out", False)]


class ActionDeleteAnswers(Action):
    def name(self) -> str:
        return "action_delete_answers"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        return await delete_answers(dispatcher, tracker)
