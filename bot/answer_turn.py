"""One answered question as a change to the conversation: the reply, the slots it sets, an offer."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from bot.knowledge import knowledge, quoted, respond

# The conversation's slots answer_turn reads.
READ_SLOTS = ("answer_context", "questions_answered", "opinion_offered", "opted_out",
              "answered_prompts", "opinion_declined")
# After this many answers the bot offers, once, to hear the reader's view.
OFFER_OPINION_AFTER = 3


@dataclass(frozen=True)
class AnswerTurn:
    text: str
    slots: dict[str, Any] = field(default_factory=dict)  # slot name -> new value
    offer_opinion: bool = False  # also ask "want to share your view?" after the answer


def answer_turn(text: str, intent: str | None, fact_id: str | None,
                slots: Mapping[str, Any], may_offer: bool = True) -> AnswerTurn:
    """Answer the reader's `text` in the context of the conversation's `slots`.

    `fact_id` is set when a button names its fact; `intent` is Rasa NLU's intent name. Both the
    Rasa server (bot.answer_policy) and the action server (inside a prompt) answer through this."""
    known = knowledge()
    if fact_id in known.facts:
        fact = known.facts[fact_id]
        return AnswerTurn(f"{fact.answer}\n{quoted(fact.quote)}",
                          {"answer_context": {"fact": fact_id, "question": fact.questions[0]}})
    reply = respond(text, slots.get("answer_context"), intent)
    changes: dict[str, Any] = {"answer_context": reply.context}
    if reply.kind == "off_topic":  # an off-topic steer answers nothing
        return AnswerTurn(reply.text, changes)
    answered = int(slots.get("questions_answered") or 0) + 1
    changes["questions_answered"] = answered
    offer = (
        may_offer
        and answered >= OFFER_OPINION_AFTER
        and not slots.get("opinion_offered")
        and not slots.get("opinion_declined")
        and not slots.get("opted_out")
        and not slots.get("answered_prompts")
    )
    if offer:
        changes.update(opinion_offered=True, offered="view")
    return AnswerTurn(reply.text, changes, offer)
