"""Answer readers' questions about the article, and steer off-topic chat back to it."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import intent_of
from bot.knowledge import knowledge, quoted, respond

# After this many answers the bot offers, once, to hear the reader's view.
OFFER_OPINION_AFTER = 3


def answer_question(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict[str, Any]]:
    """Answer the reader's latest message from the article, in the context of the conversation
    so far (slot answer_context); returns the slots it sets."""
    known = knowledge()
    fact_id = next(tracker.get_latest_entity_values("fact"), None)
    if fact_id in known.facts:  # a button names its fact
        fact = known.facts[fact_id]
        dispatcher.utter_message(text=f"{fact.answer}\n{quoted(fact.quote)}")
        return [SlotSet("answer_context", {"fact": fact_id, "question": fact.questions[0]})]
    reply = respond(tracker.latest_message.get("text") or "", tracker.get_slot("answer_context"),
                    intent_of(tracker))
    dispatcher.utter_message(text=reply.text)
    events = [SlotSet("answer_context", reply.context)]
    if reply.kind != "off_topic":
        answered = int(tracker.get_slot("questions_answered") or 0) + 1
        events.append(SlotSet("questions_answered", answered))
    return events


class ActionAnswerQuestion(Action):
    def name(self) -> str:
        return "action_answer_question"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        events = answer_question(dispatcher, tracker)
        answered = next((e["value"] for e in events if e["name"] == "questions_answered"), None)
        if (
            answered is not None  # an off-topic reply answers nothing
            and answered >= OFFER_OPINION_AFTER
            and not tracker.get_slot("opinion_offered")
            and not tracker.get_slot("opted_out")
            and not tracker.get_slot("answered_prompts")
        ):
            dispatcher.utter_message(response="utter_offer_opinion")
            events += [SlotSet("opinion_offered", True), SlotSet("offered", "view")]
        return events
