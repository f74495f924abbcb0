"""Answer a reader's question from inside an action (a prompt, or a reply read as a question).

Questions outside a prompt are answered in the Rasa server by bot.answer_policy, with no call here."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import intent_of
from bot.answer_turn import READ_SLOTS, answer_turn


def answer_question(dispatcher: CollectingDispatcher, tracker: Tracker,
                    question: str | None = None) -> list[dict[str, Any]]:
    """Answer the reader's latest message (or the `question` in it) from the article, in the
    context of the conversation so far; returns the slots it sets. Never offers a prompt: the
    caller is in one or decides."""
    turn = answer_turn(
        question or tracker.latest_message.get("text") or "", intent_of(tracker),
        next(tracker.get_latest_entity_values("fact"), None),
        {name: tracker.get_slot(name) for name in READ_SLOTS}, may_offer=False,
    )
    dispatcher.utter_message(text=turn.text)
    return [SlotSet(name, value) for name, value in turn.slots.items()]
