"""The discussion: offer a prompt, take the reader's view, probe for a reason, capture stance."""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import channel_of, intent_of, message_id_of, now, record
from bot import store
from bot.knowledge import answer
from bot.prompts import STANCES, Prompt, find_reason, infer_stance, next_prompt, prompts

QUESTION_START = re.compile(
    r"^(who|whom|whose|what|when|where|why|how|which|does|did|do|is|are|was|were|can|could|"
    r"has|have|will|would|should)\b",
    re.IGNORECASE,
)
# What "stop" and "skip" look like when meant as commands. In the middle of a prompt, a longer
# message the model took for one ("We should stop funding Ukraine") is the reader's answer.
CONTROL_COMMAND = re.compile(
    r"^\W*(please\W+)?(stop|skip|next|pass|cancel|never\s?mind|forget it|enough|quit|"
    r"let'?s stop|i'?m done|i don'?t want to answer|i'?d rather not answer|can we skip|"
    r"another one|no more)\b.{0,25}$",
    re.IGNORECASE,
)
STANCE_PHRASES = {
    "agree": "you agree that",
    "disagree": "you disagree that",
    "mixed": "you have mixed feelings on whether",
    "unsure": "you're unsure whether",
}


def current_prompt(tracker: Tracker) -> Prompt | None:
    return prompts().get(tracker.get_slot("prompt_id") or "")


def reset_answer() -> list[dict[str, Any]]:
    return [
        SlotSet("opinion", None),
        SlotSet("reason", None),
        SlotSet("stance", None),
        SlotSet("opinion_message_id", None),
    ]


def looks_like_question(text: str) -> bool:
    text = text.strip()
    return not text.startswith("/") and (text.endswith("?") or bool(QUESTION_START.match(text)))


def is_article_question(tracker: Tracker) -> bool:
    """A question about the article asked in the middle of a prompt (answered, then re-asked)."""
    if intent_of(tracker) not in ("ask_article", "help", "bot_challenge"):
        return False
    return looks_like_question(tracker.latest_message.get("text") or "")


def answer_interruption(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    intent = intent_of(tracker)
    if intent == "ask_article":
        dispatcher.utter_message(text=answer(tracker.latest_message.get("text") or ""))
    else:
        dispatcher.utter_message(response=f"utter_{intent}")


async def answer_mistaken_for_command(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
) -> list[dict[str, Any]] | None:
    """Validate and store a mistaken "stop"/"skip" as the answer it is, or None if it's a command."""
    text = (tracker.latest_message.get("text") or "").strip()
    slot = tracker.get_slot("requested_slot")
    if not tracker.active_loop.get("name") or not slot or text.startswith("/"):
        return None
    if CONTROL_COMMAND.match(text.replace("’", "'")):
        return None
    # The form only validates what the reader's message filled, not what an action sets, so the
    # validation runs here; then the form carries on and asks for whatever is still missing.
    validate = getattr(ValidateOpinionForm(), f"validate_{slot}")
    filled = await validate(text, dispatcher, tracker, domain)
    return [*(SlotSet(name, value) for name, value in filled.items()), FollowupAction("opinion_form")]


async def save_opinion(
    dispatcher: CollectingDispatcher, tracker: Tracker, prompt: Prompt, text: str
) -> list[dict[str, Any]] | None:
    """Store a reader's answer before replying; returns the slots it fills, None to re-ask."""
    opinion = store.clean_text(text)
    if not opinion:
        dispatcher.utter_message(response="utter_empty_answer")
        return None
    if len(opinion) > store.MAX_OPINION_CHARS:
        opinion = opinion[: store.MAX_OPINION_CHARS]
        dispatcher.utter_message(response="utter_answer_truncated", limit=store.MAX_OPINION_CHARS)
    message_id = message_id_of(tracker)
    reason = find_reason(opinion)
    stance = infer_stance(opinion)
    if not tracker.get_slot("opted_out"):
        stamp = now()
        await record({
            "op": "save",
            "session_id": tracker.sender_id,
            "channel": channel_of(tracker),
            "prompt_id": prompt.id,
            "prompt": prompt.text,
            "opinion": opinion,
            "reason": reason,
            "stance": stance,
            "message_id": message_id,
            "created_at": stamp,
            "updated_at": stamp,
        })
    return [
        SlotSet("opinion", opinion),
        SlotSet("opinion_message_id", message_id),
        SlotSet("reason", reason),
        SlotSet("stance", stance),
    ]


async def update_opinion(tracker: Tracker, **fields: Any) -> None:
    message_id = tracker.get_slot("opinion_message_id")
    if message_id and not tracker.get_slot("opted_out"):
        await record({"op": "update", "message_id": message_id, "updated_at": now(), **fields})


class ActionNextPrompt(Action):
    """Pick the next prompt the reader hasn't seen; the first time, say how answers are kept."""

    def name(self) -> str:
        return "action_next_prompt"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if intent_of(tracker) == "skip":
            mistaken = await answer_mistaken_for_command(dispatcher, tracker, domain)
            if mistaken:
                return mistaken
        events: list[dict[str, Any]] = [*reset_answer(), SlotSet("requested_slot", None)]
        text = tracker.latest_message.get("text") or ""
        if intent_of(tracker) == "give_opinion" and looks_like_question(text):
            # The model took a question ("has trump ever criticized putin") for an opinion:
            # answer it rather than file it as the reader's view.
            dispatcher.utter_message(text=answer(text))
            return [*events, SlotSet("prompt_id", None)]
        if tracker.get_slot("opted_out"):
            dispatcher.utter_message(response="utter_already_opted_out")
            return [*events, SlotSet("prompt_id", None)]
        done = list(tracker.get_slot("answered_prompts") or [])
        if intent_of(tracker) == "skip" and tracker.get_slot("prompt_id"):
            done.append(tracker.get_slot("prompt_id"))
            events.append(SlotSet("answered_prompts", done))
        prompt = next_prompt(done)
        if prompt is None:
            dispatcher.utter_message(response="utter_all_prompts_done")
            return [*events, SlotSet("prompt_id", None)]
        if not tracker.get_slot("consent_shown"):
            dispatcher.utter_message(response="utter_consent")
            events.append(SlotSet("consent_shown", True))
        events.append(SlotSet("prompt_id", prompt.id))
        if intent_of(tracker) == "give_opinion":
            # The reader volunteered a view: it answers the open prompt rather than being lost.
            dispatcher.utter_message(text=f"Thanks - I'll take that as your answer to: {prompt.text}")
            filled = await save_opinion(dispatcher, tracker, prompt, text)
            events.extend(filled or [])
        return events


class ActionAskOpinion(Action):
    def name(self) -> str:
        return "action_ask_opinion"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        prompt = current_prompt(tracker)
        if prompt is None:
            return []
        if channel_of(tracker) == "cmdline":
            # rasa shell turns buttons into a menu the reader must leave before typing an answer.
            dispatcher.utter_message(text=f"{prompt.text} (or say \"skip\" / \"never mind\")")
        else:
            dispatcher.utter_message(
                text=prompt.text,
                buttons=[{"title": "Skip this one", "payload": "/skip"},
                         {"title": "Never mind", "payload": "/stop"}],
            )
        return []


class ActionAskStance(Action):
    def name(self) -> str:
        return "action_ask_stance"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        prompt = current_prompt(tracker)
        if prompt:
            dispatcher.utter_message(response="utter_ask_stance", statement=prompt.statement)
        return []


class ValidateOpinionForm(FormValidationAction):
    def name(self) -> str:
        return "validate_opinion_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        return domain_slots if current_prompt(tracker) else []

    async def validate_opinion(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if tracker.get_slot("requested_slot") != "opinion":
            return {"opinion": value}  # set by our own actions, already validated and stored
        prompt = current_prompt(tracker)
        if prompt is None:
            return {"opinion": None}
        if is_article_question(tracker):
            answer_interruption(dispatcher, tracker)
            return {"opinion": None}
        filled = await save_opinion(dispatcher, tracker, prompt, str(value or ""))
        if filled is None:
            return {"opinion": None}
        return {event["name"]: event["value"] for event in filled}

    async def validate_reason(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if tracker.get_slot("requested_slot") != "reason":
            return {"reason": value}  # set by our own actions, already validated and stored
        if is_article_question(tracker):
            answer_interruption(dispatcher, tracker)
            return {"reason": None}
        reason = store.clean_text(str(value or ""))[: store.MAX_OPINION_CHARS]
        if not reason:
            dispatcher.utter_message(response="utter_empty_answer")
            return {"reason": None}
        slots: dict[str, Any] = {"reason": reason}
        fields: dict[str, Any] = {"reason": reason}
        stance = infer_stance(reason)
        if stance and not tracker.get_slot("stance"):
            slots["stance"] = fields["stance"] = stance
        await update_opinion(tracker, **fields)
        return slots

    async def validate_stance(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if tracker.get_slot("requested_slot") != "stance":
            return {"stance": value}  # set by our own actions, already validated and stored
        if is_article_question(tracker):
            answer_interruption(dispatcher, tracker)
            return {"stance": None}
        text = str(value or "").strip().lower()
        stance = text if text in STANCES else infer_stance(text)
        if stance is None:
            dispatcher.utter_message(text="Please pick one: agree, disagree, mixed or unsure.")
            return {"stance": None}
        await update_opinion(tracker, stance=stance)
        return {"stance": stance}


class ActionFinishOpinion(Action):
    """Thank the reader, reflect what they said, offer another prompt."""

    def name(self) -> str:
        return "action_finish_opinion"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        prompt = current_prompt(tracker)
        if prompt is None or not tracker.get_slot("opinion"):
            return [SlotSet("prompt_id", None), *reset_answer()]
        stance = tracker.get_slot("stance") or "unsure"
        opinion = tracker.get_slot("opinion")
        gist = opinion if len(opinion) <= 120 else opinion[:117].rstrip() + "..."
        saved = "" if tracker.get_slot("opted_out") else " It's saved for the discussion."
        dispatcher.utter_message(
            text=f"Thank you!{saved} So {STANCE_PHRASES[stance]} {prompt.statement}. In your words: {gist}"
        )
        done = [*(tracker.get_slot("answered_prompts") or []), prompt.id]
        if next_prompt(done):
            dispatcher.utter_message(
                text="Would you like another discussion question, or back to the article?",
                buttons=[{"title": "Another question", "payload": "/share_opinion"},
                         {"title": "Back to the article", "payload": "/help"}],
            )
        else:
            dispatcher.utter_message(response="utter_all_prompts_done")
        return [SlotSet("answered_prompts", done), SlotSet("prompt_id", None), *reset_answer()]


class ActionStopPrompt(Action):
    """Leave the prompt; whatever the reader already said stays saved."""

    def name(self) -> str:
        return "action_stop_prompt"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        mistaken = await answer_mistaken_for_command(dispatcher, tracker, domain)
        if mistaken:
            return mistaken
        dispatcher.utter_message(response="utter_stopped")
        events: list[dict[str, Any]] = [ActiveLoop(None), SlotSet("requested_slot", None)]
        if tracker.get_slot("opinion") and tracker.get_slot("prompt_id"):
            done = [*(tracker.get_slot("answered_prompts") or []), tracker.get_slot("prompt_id")]
            events.append(SlotSet("answered_prompts", done))
        return [*events, SlotSet("prompt_id", None), *reset_answer()]
