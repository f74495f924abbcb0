"""The reader's control over their answers: see them, opt out, opt back in, delete them."""
from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import record, reset_answer
from bot import dialogue, store


def leave_prompt() -> list[dict[str, Any]]:
    """Events that end an open prompt (harmless when none is open)."""
    return [ActiveLoop(None), SlotSet("requested_slot", None), SlotSet("prompt_id", None),
            *reset_answer()]


def opt_out(dispatcher: CollectingDispatcher, nothing_kept: bool = False) -> list[dict[str, Any]]:
    # (right after their answers were deleted, nothing "stays until you say delete")
    dispatcher.utter_message(response="utter_opted_out_nothing_kept" if nothing_kept else "utter_opted_out")
    return [SlotSet("opted_out", True), *leave_prompt()]


async def opt_out_now(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict[str, Any]]:
    """Opt out, saying so as it stands: right after everything was deleted ("And don't save anything else please"),
    nothing of theirs stays."""
    kept = await asyncio.to_thread(store.answers_of, tracker.sender_id)
    return opt_out(dispatcher, nothing_kept=kept == [])


async def delete_answers(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict[str, Any]]:
    deleted = await record({"op": "delete_session", "session_id": tracker.sender_id})
    # What they wrote is in the stored conversation too, which moderators can read.
    await asyncio.to_thread(store.redact_conversation, tracker.sender_id)
    if deleted is None:
        dispatcher.utter_message(
            text="The database is busy right now; I've queued the deletion and it will "
            "happen as soon as it's back."
        )
    elif deleted == 0:
        dispatcher.utter_message(text="You had no saved answers to delete; I blanked out what "
                                      "you wrote in this conversation.")
    else:
        plural = "answer" if deleted == 1 else "answers"
        dispatcher.utter_message(
            text=f"Done - I deleted {deleted} {plural} you gave in this conversation, "
            "and blanked out what you wrote in it."
        )
    events = [SlotSet("answered_prompts", []), SlotSet("last_prompt_id", None),
              SlotSet("last_message_id", None), *leave_prompt()]
    if dialogue.opts_out(tracker.latest_message.get("text") or ""):
        # "delete my answers and stop saving", whether a prompt was open or not: both
        events += opt_out(dispatcher, nothing_kept=deleted is not None)
    return events


async def show_answers(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict[str, Any]]:
    """Tell the reader what was saved from them in this conversation."""
    answers = await asyncio.to_thread(store.answers_of, tracker.sender_id)
    if answers is None:
        dispatcher.utter_message(text="I can't read your saved answers just now. Please ask again "
                                      "in a moment.")
    elif not answers:
        dispatcher.utter_message(
            text="You have no saved answers - you opted out, so nothing you say here is saved."
            if tracker.get_slot("opted_out") else
            "I haven't saved any answers from you in this conversation. Say \"share my view\" "
            "to give one.")
    else:
        lines = ["Here's what I've saved from you in this conversation:"]
        for answer in answers:
            line = f"- {answer['prompt']} You said: \"{answer['opinion']}\""
            if answer["reason"]:
                line += f" Your reason: \"{answer['reason']}\""
            if answer["stance"]:
                line += f" Your stance: {answer['stance']}."
            lines.append(line)
        lines.append("Say \"delete my answers\" to remove them, or \"actually, I agree\" (or "
                     "disagree, mixed, unsure) to change your stance.")
        dispatcher.utter_message(text="\n".join(lines))
    return []


class ActionShowAnswers(Action):
    def name(self) -> str:
        return "action_show_answers"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        return await show_answers(dispatcher, tracker)


class ActionOptOut(Action):
    def name(self) -> str:
        return "action_opt_out"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        return await opt_out_now(dispatcher, tracker)


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
