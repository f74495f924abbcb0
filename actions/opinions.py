"""The discussion: offer a prompt, take the reader's view, probe for a reason, capture stance."""
from __future__ import annotations

import asyncio
import difflib
import re
from dataclasses import replace
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import privacy
from actions.article import answer_question
from actions.common import channel_of, intent_of, message_id_of, now, record, reset_answer
from bot import dialogue, store
from bot.dialogue import Reading
from bot.prompts import STANCES, Prompt, mentions, next_prompt, prompt_of_view, prompts

TAKEN_AS = "Thanks - I'll take that as your answer to: "  # a view given with no prompt open
STANCE_ONLY_WORDS = 8  # a message this short, after an answer left with no stance, may be its stance
STANCE_PHRASES = {
    "agree": "you agree that",
    "disagree": "you disagree that",
    "mixed": "you have mixed feelings on whether",
    "unsure": "you're unsure whether",
}


def current_prompt(tracker: Tracker) -> Prompt | None:
    return prompts().get(tracker.get_slot("prompt_id") or "")


def stance_of_entity(tracker: Tracker) -> str | None:
    return next(tracker.get_latest_entity_values("stance"), None)


def is_stale_button(tracker: Tracker, prompt_id: str | None) -> bool:
    """A stance button pressed under an earlier question's buttons (each carries its prompt)."""
    pressed_for = next(tracker.get_latest_entity_values("for_prompt"), None)
    return pressed_for is not None and pressed_for != prompt_id


def offer_pending(tracker: Tracker) -> bool:
    """Did the bot's last turn offer something (a prompt, to hear the reader's view)?"""
    users = [i for i, event in enumerate(tracker.events) if event.get("event") == "user"]
    if not users:
        return False
    previous = users[-2] + 1 if len(users) > 1 else 0
    return any(
        event.get("event") == "slot" and event.get("name") == "offered" and event.get("value")
        for event in tracker.events[previous:users[-1]]
    )


def sides(prompt: Prompt) -> str:
    """What the article gives each side of a prompt, quoted."""
    return (f"What the article gives each side:\nSupporters: \"{prompt.supporters_say}\"\n"
            f"Critics: \"{prompt.critics_say}\"")


BOTH_SIDES_LEAD = "I don't take sides - I'm a bot, and it's your view that counts."


def both_sides(prompt: Prompt) -> str:
    return f"{BOTH_SIDES_LEAD} {sides(prompt)}"


async def save_opinion(
    dispatcher: CollectingDispatcher, tracker: Tracker, prompt: Prompt, reading: Reading,
    words: str | None = None,
) -> list[dict[str, Any]]:
    """Store a reader's answer before replying (`words`, or the whole message); returns the slots
    it fills (none to re-ask)."""
    opinion = store.clean_text(words or tracker.latest_message.get("text") or "")
    if opinion.startswith("/") and reading.stance:
        opinion = reading.stance  # a stance button pressed where a view was asked: its word
    if not opinion:
        dispatcher.utter_message(response="utter_empty_answer")
        return []
    if len(opinion) > store.MAX_OPINION_CHARS:
        opinion = opinion[: store.MAX_OPINION_CHARS]
        dispatcher.utter_message(response="utter_answer_truncated", limit=store.MAX_OPINION_CHARS)
    message_id = message_id_of(tracker)
    reason = reading.reason[: store.MAX_OPINION_CHARS] if reading.reason else None
    # (a stance said before the prompt was asked - "disagree", then its question - waits in its slot)
    # ("breaking with 80 years is a mistake imo": its statement said, whatever "mistake" reads as)
    judged = dialogue.statement_judged(opinion, prompt.statement) if prompt.yes_no else None
    # ("disagree" typed at the start, then "idk man its whatever, politicians all the same": not that stance)
    waiting = tracker.get_slot("stance") if not dialogue.SHRUGGED.search(dialogue.normalized(opinion)) else None
    stance = judged or reading.stance or waiting or (
        dialogue.statement_said(opinion, prompt.statement) if prompt.yes_no  # ("ZELENSKY SHOULD HOLD ELECTIONS")
        else dialogue.stance_worded(opinion, prompt))  # ("i think talking to russia is better than endless war")
    if judged and not reason:  # ("it's a mistake, alliances need predictability": and why)
        reason = (dialogue.reason_after_verdict(opinion) or "")[: store.MAX_OPINION_CHARS] or None
    if not tracker.get_slot("opted_out"):
        await record_answer(tracker, prompt, opinion, reason, stance, message_id)
    return [SlotSet("opinion", opinion), SlotSet("opinion_message_id", message_id),
            SlotSet("reason", reason), SlotSet("stance", stance), SlotSet("nudged", None)]


async def record_answer(tracker: Tracker, prompt: Prompt, opinion: str, reason: str | None,
                        stance: str | None, message_id: str) -> None:
    """Save one answer to `prompt` as a row of the opinion log."""
    stamp = now()
    await record({
        "op": "save", "session_id": tracker.sender_id, "channel": channel_of(tracker),
        "prompt_id": prompt.id, "prompt": prompt.text, "opinion": opinion, "reason": reason,
        "stance": stance, "message_id": message_id, "created_at": stamp, "updated_at": stamp,
    })


async def update_opinion(tracker: Tracker, message_id: str | None, **fields: Any) -> None:
    if message_id and not tracker.get_slot("opted_out"):
        await record({"op": "update", "message_id": message_id, "updated_at": now(), **fields})


async def add_words(message_id: str, text: str) -> int | None:
    """Add the reader's further words to the answer that came from `message_id` ("because ..."
    is its reason when it has none); how many rows changed, None if the change is queued."""
    words = store.clean_text(dialogue.without_answer_requests(text) or text)[: store.MAX_OPINION_CHARS]
    return await record({"op": "add_to_opinion", "message_id": message_id, "words": words,
                         "is_reason": dialogue.gives_reason(words),
                         "updated_at": now()})


def turned_answer(text: str, answer: str, stance: str | None, yes_no: bool) -> tuple[str | None, str | None] | None:
    """(opinion, reason) to save when `text` turns `answer` round in new words (dialogue.turned_around), cleaned and cut
    to the stored length; None when it doesn't."""
    turned = dialogue.turned_around(text, answer, stance, yes_no)
    if turned is None:
        return None
    opinion, reason = (store.clean_text(words)[: store.MAX_OPINION_CHARS] if words else None for words in turned)
    return opinion, reason


async def change_last_stance(
    dispatcher: CollectingDispatcher, tracker: Tracker, stance: str, words: str | None = None,
) -> list[dict[str, Any]] | None:
    """Set the stance of the answer the reader finished last; None if there is none. Words said
    with it ("actually I disagree, abandoning allies is a mistake") join that answer."""
    prompt = prompts().get(tracker.get_slot("last_prompt_id") or "")
    message_id = tracker.get_slot("last_message_id")
    if prompt is None and stance != dialogue.OPPOSITE_STANCE and not tracker.get_slot("opted_out"):
        # the last answer deleted ("delete the china answer"), then "actually, I disagree": the one
        # answer left, if one is
        left = await asyncio.to_thread(store.answers_of, tracker.sender_id) or []
        if len(left) == 1 and left[0]["prompt_id"] in prompts():
            prompt, message_id = prompts()[left[0]["prompt_id"]], left[0]["message_id"]
    if prompt is None or not message_id:
        return None
    if tracker.get_slot("opted_out"):
        # an answer kept from before the opt-out is put right like any named one; else nothing is kept
        kept = any(row["message_id"] == message_id for row in await asyncio.to_thread(store.answers_of, tracker.sender_id) or [])
        if not kept:
            dispatcher.utter_message(text="You asked me not to save your answers, so that one isn't kept - "
                                          "there is nothing to change.")
            return []
    said = words or tracker.latest_message.get("text") or ""  # (without a goodbye said with it)
    unled = dialogue.without_stance_lead(said)  # ("my bad, i meant to say mixed. both are threats": why, not the slip)
    if unled != said and dialogue.is_reason(unled) and stance != dialogue.OPPOSITE_STANCE:
        await record({"op": "update", "message_id": message_id, "updated_at": now(), "stance": stance,
                      "reason": store.clean_text(unled)[: store.MAX_OPINION_CHARS]})
        dispatcher.utter_message(text=f"Got it - I've changed your answer: {STANCE_PHRASES[stance]} {prompt.statement}. "
                                      f"Your reason is now: \"{unled}\"")
        return []
    done = "Got it - I've changed your answer:"
    if stance == dialogue.OPPOSITE_STANCE:  # "wait, i meant the opposite": agree and disagree swap
        saved = await asyncio.to_thread(store.stance_of_message, message_id)
        stance = {"agree": "disagree", "disagree": "agree"}.get(saved or "")
        if stance is None:
            dispatcher.utter_message(text=f"Which way do you stand on it - say \"make that agree\" or "
                                          f"\"make that disagree\" ({prompt.statement}).")
            return []
        done = "Got it - I've turned it round:"
    else:
        view = dialogue.view_changed_to(said)
        if view and {await asyncio.to_thread(store.stance_of_message, message_id), stance} == {"agree", "disagree"}:
            # "yeah idk i changed my mind, i think they shouldnt have to. put me down as disagree": the new
            # view is the answer now; the old one, and its reason, argue the side given up
            await record({"op": "update", "message_id": message_id, "updated_at": now(), "stance": stance,
                          "opinion": store.clean_text(view)[: store.MAX_OPINION_CHARS], "reason": None})
            dispatcher.utter_message(text=f"Got it - I've replaced your answer with what you think now: "
                                          f"{STANCE_PHRASES[stance]} {prompt.statement}.")
            return []
        row = next((r for r in await asyncio.to_thread(store.answers_of, tracker.sender_id) or []
                    if r["message_id"] == message_id), None)
        turned = turned_answer(said, row["opinion"] or "", stance, prompt.yes_no) \
            if row and not dialogue.MISREAD.search(said.lower()) and not dialogue.RECORD_COMPLAINED.search(said.lower()) and not dialogue.stance_corrected(said) \
            and not dialogue.JUST_THE_STANCE.search(said) and not re.search(
                r"\b(fix|wrong|mistake|sorry|clicked|button|typo|meant|please|pls)\b", said, re.I) else None
        if turned:
            # "its bad", then "hmm actually no i agree. europe should pay its own way" after it was saved: the answer
            # turned round in new words is the answer now, as where the stance is asked
            opinion, reason = turned
            await record({"op": "update", "message_id": message_id, "updated_at": now(), "stance": stance,
                          "opinion": opinion, "reason": reason})
            dispatcher.utter_message(text=f"Got it - I've changed your answer to what you think now: "
                                          f"{STANCE_PHRASES[stance]} {prompt.statement}.")
            return []
        # (the words that ask for the change, "put me down as", are not words of the answer)
        asked = dialogue.STANCE_CHANGE.sub(" ", dialogue.MIND_CHANGING.sub(" ", dialogue.normalized(said)))
        # (nor the stance asked for in so many words, "my stance is mixed", "wait, hold on", nor the
        # question's own statement said back: "disagree that he can be trusted")
        asked = re.sub(r"\b(my stance is|change (it|that|this) to|i mean|i meant|wait|hold on)\b", " ", asked)
        more = [word for word in dialogue.stance_extras(dialogue.without_statement(asked, prompt.statement))
                if word not in ("he", "she", "it", "they", "that") and word not in dialogue.CORRECTION_WORDS]
        # ("no!! I DISAGREE with trump's policy. fix it" puts the stance right, and adds nothing)
        if len(more) >= dialogue.REASON_MIN_WORDS and not said.startswith("/") \
                and not dialogue.MISREAD.search(said.lower()) and not dialogue.RECORD_COMPLAINED.search(said.lower()) and not dialogue.stance_corrected(said) \
                and not dialogue.JUST_THE_STANCE.search(said):
            turned = await asyncio.to_thread(store.stance_of_message, message_id) != stance
            reason = dialogue.changed_reason(said, stance) if turned else None
            # (the reason kept for the stance given up would argue against the new one)
            await record({"op": "update", "message_id": message_id, "updated_at": now(), "stance": stance,
                          **({"reason": reason} if reason else {})})
            await add_words(message_id, said)
            done_now = "changed your answer and added your words" if turned else "added your words to your answer"
            dispatcher.utter_message(text=f"Got it - I've {done_now}: {STANCE_PHRASES[stance]} {prompt.statement}.")
            return []
        if await asyncio.to_thread(store.stance_of_message, message_id) == stance:
            dispatcher.utter_message(text=f"That's what I have: {STANCE_PHRASES[stance]} "
                                          f"{prompt.statement}.")
            return []
    await record({"op": "update", "message_id": message_id, "updated_at": now(), "stance": stance})
    dispatcher.utter_message(text=f"{done} {STANCE_PHRASES[stance]} {prompt.statement}.")
    return []


def start_next_prompt(
    dispatcher: CollectingDispatcher, tracker: Tracker, done: list[str], wanted: str | None = None
) -> list[dict[str, Any]]:
    """Open the first prompt the reader hasn't done, or the one they asked for (`wanted`); the
    opinion form then asks it."""
    events: list[dict[str, Any]] = [*reset_answer(), SlotSet("requested_slot", None),
                                    SlotSet("prompt_id", None), SlotSet("answered_prompts", done)]
    if tracker.get_slot("opted_out"):
        dispatcher.utter_message(response="utter_already_opted_out")
        return events
    answered = next((a for a in store.answers_of(tracker.sender_id) or [] if a["prompt_id"] == wanted), None)
    if wanted in prompts() and answered is not None:
        dispatcher.utter_message(text=f"You've already answered that one ({prompts()[wanted].statement}). "
                                      "Say \"show my answers\" to see it, or \"make that ...\" to "
                                      "change your stance.")
        # ("make that agree" next is about the answer just named, not the last one saved)
        return [*events, SlotSet("last_prompt_id", wanted), SlotSet("last_message_id", answered["message_id"])]
    prompt = prompts()[wanted] if wanted in prompts() else next_prompt(done)
    if prompt is None:
        # All asked: the ones the reader skipped come round again, rather than none ever again.
        saved = [answer["prompt_id"] for answer in store.answers_of(tracker.sender_id) or []]
        prompt = next_prompt(saved)
        if prompt is None:
            dispatcher.utter_message(response="utter_all_prompts_done")
            return events
        dispatcher.utter_message(response="utter_skipped_again")
        events.append(SlotSet("answered_prompts", saved))
    if not tracker.get_slot("consent_shown"):
        dispatcher.utter_message(response="utter_consent")
        events.append(SlotSet("consent_shown", True))
    return [*events, SlotSet("prompt_id", prompt.id), FollowupAction("opinion_form")]


async def as_edit_of_answered(tracker: Tracker, reading: Reading) -> Reading:
    """A prompt named with words that change its answer, when it has one ("for the putin one: make
    that disagree, and change my reason to: ..."), as those changes; else the reading as it was."""
    if reading.kind != "prompt_request" or reading.part != "answer" or not reading.words:
        return reading
    rows = await asyncio.to_thread(store.answers_of, tracker.sender_id)
    changes = dialogue.edits_for_answered(reading.words, reading.prompt or "") \
        if reading.prompt in [row["prompt_id"] for row in rows or []] else ()
    return Reading("answers_edit", edits=changes) if changes else reading


async def save_other_answer(dispatcher: CollectingDispatcher, tracker: Tracker, other: Prompt,
                            words: str) -> list[dict[str, Any]]:
    """Save `words` as the answer to `other`, a question not asked yet, and say so."""
    said = dialogue.read(words, None, dialogue.ASKED_OPINION, other.yes_no)
    stance = (dialogue.statement_judged(words, other.statement) if other.yes_no else None) or said.stance or (
        dialogue.statement_said(words, other.statement) if other.yes_no else None)
    opinion = store.clean_text(words)[: store.MAX_OPINION_CHARS]
    if not tracker.get_slot("opted_out"):
        await record_answer(tracker, other, opinion, said.reason, stance, f"{message_id_of(tracker)}#{other.id}")
    dispatcher.utter_message(text=f"I've also saved your answer to another question: "
                                  f"{STANCE_PHRASES[stance] + ' ' + other.statement if stance else other.statement}.")
    return [SlotSet("answered_prompts", [*answered(tracker), other.id])]


async def start_prompt_answered(
    dispatcher: CollectingDispatcher, tracker: Tracker, done: list[str], reading: Reading, lead: str = ""
) -> list[dict[str, Any]]:
    """Open the prompt a reader named together with their answer ("the elections one. no way,
    ..."): the prompt is shown and the answer saved to it; the form asks only what is missing."""
    events = start_next_prompt(dispatcher, tracker, done, wanted=reading.prompt)
    prompt = prompts().get(reading.prompt or "")
    opening = events and isinstance(events[-1], dict) and events[-1].get("event") == "followup"
    if not opening or prompt is None or not reading.words:
        return events
    words = reading.words
    split = dialogue.another_questions_part(words, prompt.id)
    other = split[1] if split and split[1].id not in done and dialogue.has_letters(split[0]) else None
    if other is not None:
        words = split[0]  # ("the one about elections. <view>. Also, on Putin - no, ...": each its own)
    answer = dialogue.read(words, None, dialogue.ASKED_OPINION, prompt.yes_no)
    if answer.kind not in ("answer", "stance"):
        return events
    if reading.stance and not answer.stance:  # ("... - stance mixed": the stance named apart from the words)
        answer = replace(answer, stance=reading.stance)
    dispatcher.utter_message(text=f"{lead}{prompt.text}")
    saved = await save_opinion(dispatcher, tracker, prompt, answer, words=words)
    others = await save_other_answer(dispatcher, tracker, other, split[2]) if other is not None else []
    return [*events[:-1], *saved, *others, events[-1]]


async def save_said_before(dispatcher: CollectingDispatcher, tracker: Tracker, reading: Reading,
                           was_off: bool = False) -> list[dict[str, Any]]:
    """Words said earlier in this conversation, asked to be saved now ("so save the thing i said about
    concessions being garbage"): the reader's own message that has them, if still at hand, is saved to the
    question it answers; else that question is asked (`was_off`: saving was off until this message)."""
    if tracker.get_slot("opted_out"):
        dispatcher.utter_message(response="utter_already_opted_out")
        return []
    # (Rasa sends the action server the latest turns only; and what is said while saving is off is not kept
    # at all - the stored conversation has it blanked - so it is asked for again)
    said = dialogue.view_said_before(messages_before(tracker), reading.words or "")
    if reading.control == "add":  # ("that wasnt a question bro. add that to what i said before": to the latest answer)
        rows = await asyncio.to_thread(store.answers_of, tracker.sender_id) or []
        if said is None or not rows:
            dispatcher.utter_message(text="I can't find where you said that - tell me again and I'll add it." if rows else
                                          "You have no saved answer to add it to yet - say \"share my view\" to give one.")
            return []
        await add_words(rows[-1]["message_id"], said)
        dispatcher.utter_message(text=f"Done - I've added \"{said}\" to your answer on whether "
                                      f"{prompts()[rows[-1]['prompt_id']].statement if rows[-1]['prompt_id'] in prompts() else 'it'}.")
        return []
    about = prompts().get(reading.prompt or "") or (prompt_of_view(said) if said else None)
    if said is None or about is None:
        dispatcher.utter_message(text="I don't have those words any more - nothing you say is kept while saving is off "
                                      "- so tell me again and I'll save it." if was_off else
                                      "I can't find where you said that - tell me again and I'll save it.")
        return start_next_prompt(dispatcher, tracker, answered(tracker), wanted=about.id if about else None)
    if about.id in answered(tracker):
        dispatcher.utter_message(text='You have answered that question already - say "show my answers" to see what is saved.')
        return []
    return await start_prompt_answered(dispatcher, tracker, answered(tracker),
                                       Reading("prompt_request", prompt=about.id, part="answer", words=said),
                                       lead=f"Saving what you said earlier (\"{said}\") as your answer to: ")


async def save_listed_answers(dispatcher: CollectingDispatcher, tracker: Tracker,
                              listed: tuple[tuple[str, str], ...]) -> list[dict[str, Any]]:
    """Several prompts answered in one message by their numbers: each saved with its stance (a
    yes or no as the prompt's agree or disagree); prompts already answered are left as they are."""
    if tracker.get_slot("opted_out"):
        dispatcher.utter_message(response="utter_already_opted_out")
        return []
    rows = await asyncio.to_thread(store.answers_of, tracker.sender_id)
    if rows is None:
        dispatcher.utter_message(text="I can't reach your saved answers just now - please try again in a moment.")
        return []
    events: list[dict[str, Any]] = []
    if not tracker.get_slot("consent_shown"):
        dispatcher.utter_message(response="utter_consent")
        events.append(SlotSet("consent_shown", True))
    kept, skipped, changed, done = [], [], [], answered(tracker)
    for prompt_id, said in listed:
        prompt = prompts()[prompt_id]
        row = next((row for row in rows if row["prompt_id"] == prompt_id), None)
        restated = said.strip(" .!").lower()
        if row is not None and restated in STANCES and restated != row["stance"]:
            # ("Europe: agree. Putin: disagree." with the Putin one saved as mixed: where they stand now)
            await record({"op": "update", "message_id": row["message_id"], "updated_at": now(), "stance": restated})
            changed.append(f"{STANCE_PHRASES[restated]} {prompt.statement}")
            continue
        if row is not None:
            skipped.append(prompt.statement)
            continue
        # (read as the list was: "1. no, its a betrayal" answers even the open first question as a yes
        # or no - dialogue.numbered_answers took it for an answer on that stance; "no idea": unsure)
        stance = said if said in STANCES else dialogue.stance_of(said, True) or (
            None if prompt.yes_no else dialogue.judged_stance(said)) or (  # ("1) Trump's shift is a disaster")
            dialogue.read(said, None, dialogue.ASKED_OPINION, prompt.yes_no).stance) or (
            dialogue.statement_said(said, prompt.statement) if prompt.yes_no else None)  # ("europe should ... its own defense")
        await record_answer(tracker, prompt, said, None, stance, f"{message_id_of(tracker)}#{prompt.id}")
        kept.append(f"{STANCE_PHRASES[stance]} {prompt.statement}" if stance else f"\"{said}\" on {prompt.statement}")
        done = [*done, prompt.id] if prompt.id not in done else done
        events += [SlotSet("last_prompt_id", prompt.id),  # ("make that mixed" after it: the last one)
                   SlotSet("last_message_id", f"{message_id_of(tracker)}#{prompt.id}")]
    said_back = "; ".join(kept)
    already = f" Already answered, so left as they were: {'; '.join(skipped)}." if skipped else ""
    now_changed = f" Changed: {'; '.join(changed)}." if changed else ""
    dispatcher.utter_message(text=f"Thank you! Saved {len(kept)} answers: {said_back}.{now_changed}{already} Say \"show my "
                                  "answers\" to see them, or \"make the china one mixed\" to change one."
                             if kept else f"Got it.{now_changed}{already}" if changed else f"Those are all answered already.{already}")
    return [*events, SlotSet("answered_prompts", done)]


def previous_turn(tracker: Tracker) -> tuple[str, list[dict[str, Any]]] | None:
    """The reader's message before this one, and the events of the turn it started; None at the first."""
    users = [number for number, event in enumerate(tracker.events) if event.get("event") == "user"]
    if len(users) < 2:
        return None
    return tracker.events[users[-2]].get("text") or "", tracker.events[users[-2]:users[-1]]


def messages_before(tracker: Tracker) -> list[str]:
    """The reader's messages before this one that the action server was sent, oldest first."""
    return [event.get("text") or "" for event in tracker.events if event.get("event") == "user"][:-1]


def slot_values(events: list[dict[str, Any]], name: str) -> list[Any]:
    """The values a turn's events set the slot `name` to, in order."""
    return [event.get("value") for event in events if event.get("event") == "slot" and event.get("name") == name]


def prompt_just_asked_about(tracker: Tracker) -> Prompt | None:
    """The prompt the reader's previous message, an article question just answered, is about:
    a view or a bare stance said next is on that ("Could Ukraine have avoided the war?" answered,
    then "I think no. Russia would have invaded anyway": the Ukraine question, not the general one)."""
    turn = previous_turn(tracker)
    # ... or the bot was asked what it thinks, and gave that question's sides ("so can we trust putin to keep a deal?
    # what do u think", then "hmm i guess i'd say no. every deal since minsk got broken": the Putin question)
    sides_given = turn and any(event.get("event") == "bot" and (event.get("text") or "").startswith(BOTH_SIDES_LEAD)
                               for event in turn[1])
    return prompt_of_view(turn[0]) if turn and (slot_values(turn[1], "answer_context") or sides_given) else None


def view_said_just_before(tracker: Tracker, step: str, prompt: Prompt) -> tuple[str, Reading] | None:
    """The reader's message before this one, read as an answer here, when it was a view and nothing
    was saved from it ("i just wrote it above?", "Mixed, as I said." after a view that only opened
    this question)."""
    turn = previous_turn(tracker)
    if turn is None or not turn[0] or any(slot_values(turn[1], "opinion")):
        return None
    before = dialogue.read(turn[0], "give_opinion", step, prompt.yes_no)
    return (turn[0], before) if before.kind in ("answer", "stance") and before.view else None


def answered(tracker: Tracker) -> list[str]:
    return list(tracker.get_slot("answered_prompts") or [])


class ActionNextPrompt(Action):
    """Open the next discussion prompt; the first time, say how answers are kept."""

    def name(self) -> str:
        return "action_next_prompt"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        return start_next_prompt(dispatcher, tracker, answered(tracker))


class ActionHandleReply(Action):
    """A reply outside a prompt (hi, yes, no, ok, a stance, an opinion), read in context."""

    def name(self) -> str:
        return "action_handle_reply"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        step = dialogue.OFFERED if offer_pending(tracker) else dialogue.FREE
        last = prompts().get(tracker.get_slot("last_prompt_id") or "")
        reading = dialogue.read(tracker.latest_message.get("text") or "", intent_of(tracker), step,
                                yes_no=bool(last and last.yes_no), entity_stance=stance_of_entity(tracker))
        reading = await as_edit_of_answered(tracker, reading)
        kind = reading.kind
        if reading.question and kind == "answer":
            # "<view>. hang on, who is celeste wallander?": the question answered, then the view kept
            answered_now = answer_question(dispatcher, tracker, reading.question)
            return [*answered_now, *await self.volunteered(dispatcher, tracker, replace(reading, question=None))]
        if kind in ABOUT_THE_DISCUSSION:
            return await about_the_discussion(dispatcher, tracker, kind)
        if kind == "control" and reading.control == "opt_in" and reading.words:
            # "save my answers again. I support the pivot, endless wars have to stop": saving is back on
            # (for the rest of this run too), then the view is kept as any view given unasked is
            dispatcher.utter_message(response="utter_opted_in")
            tracker.slots["opted_out"] = False
            view = dialogue.read(reading.words, "give_opinion", step)
            if view.kind == "prompt_request" and view.part == "said_before":  # "... put the concessions one in"
                return [SlotSet("opted_out", False), *await save_said_before(dispatcher, tracker, view, was_off=True)]
            return [SlotSet("opted_out", False),
                    *await self.volunteered(dispatcher, tracker, replace(view, kind="answer", view=True, words=reading.words))]
        if kind == "stance" and is_stale_button(tracker, tracker.get_slot("last_prompt_id")):
            dispatcher.utter_message(response="utter_stale_button")  # an old [Agree] button
            return []
        if kind == "edit_answer" and reading.part == "opinion" and not tracker.get_slot("last_prompt_id") \
                and not await asyncio.to_thread(store.answers_of, tracker.sender_id):
            # "ok here's my actual opinion. trump is doing the right thing, ..." with nothing saved yet: a
            # view given, not a change to one
            words = (reading.words or "").strip(" .:;,-")
            view = dialogue.read(words, "give_opinion", step)
            if view.kind in ("answer", "stance"):
                return await self.volunteered(dispatcher, tracker, replace(view, kind="answer", view=True, words=words))
        if kind == "edit_answer":
            return await edit_last_answer(dispatcher, tracker, reading.part, reading.words)
        if kind == "answers_edit":  # "make the china one mixed", "remove my first answer"
            # (by its number, from the list: why is asked - "agree on europe" is answered the usual way, its words to add)
            by_number = dialogue.names_by_number(tracker.latest_message.get("text") or "")
            edited = await edit_named_answers(dispatcher, tracker, reading.edits, ask_reason=by_number and reading.part != "leaving")
            if reading.part == "leaving":  # "delete the Europe one, it is all wrong. bye"
                dispatcher.utter_message(response="utter_goodbye")
            return edited
        if kind == "prompt_request" and reading.part == "move" and reading.stance \
                and reading.prompt == tracker.get_slot("last_prompt_id"):
            # "I disagree. it is for the putin question" where it is filed already: the stance is the change
            changed = await change_last_stance(dispatcher, tracker, reading.stance)
            if changed is not None:
                return changed
        if kind == "prompt_request" and reading.part == "move" and tracker.get_slot("last_message_id") \
                and reading.prompt != tracker.get_slot("last_prompt_id"):
            # "that was for the concessions question" after the answer was finished: moved there
            new = prompts()[reading.prompt]
            kept, joined = await move_answer(dispatcher, tracker, tracker.get_slot("last_message_id"), new)
            if reading.stance and not tracker.get_slot("opted_out"):
                # "stance is wrong. I disagree. And it is for the question about Putin trust": there, that way
                await update_opinion(tracker, kept, stance=reading.stance)
                dispatcher.utter_message(text=f"Your stance there: {STANCE_PHRASES[reading.stance]} {new.statement}.")
            elif not joined:
                dispatcher.utter_message(text='Say "make that agree", "disagree", "mixed" or "unsure" for where '
                                              "you stand on it.")
            done = list(dict.fromkeys(new.id if d == tracker.get_slot("last_prompt_id") else d for d in answered(tracker)))
            return [SlotSet("last_prompt_id", new.id), SlotSet("last_message_id", kept), SlotSet("answered_prompts", done)]
        if kind == "prompt_request" and reading.part == "said_before" and not reading.words:
            # "that wasnt a question lol, thats my opinion": the message before, as the view it was (the reader says
            # so, whatever it looked like)
            previous = (previous_turn(tracker) or ("", []))[0]
            if not dialogue.has_letters(previous) or dialogue.LAST_WAS_A_VIEW.match(dialogue.normalized(previous)):
                dispatcher.utter_message(text="Tell me what you think and I'll save it.")
                return start_next_prompt(dispatcher, tracker, answered(tracker))
            rows = await asyncio.to_thread(store.answers_of, tracker.sender_id) or []
            if any(dialogue.normalized(previous) in dialogue.normalized(said_in(row)) for row in rows):
                dispatcher.utter_message(text='I have that as your answer already - say "show my answers" to see it.')
                return []
            view = dialogue.read(previous, "give_opinion", step)
            return await self.volunteered(dispatcher, tracker, replace(view, kind="answer", view=True, words=previous))
        if kind == "prompt_request" and reading.part == "said_before":  # "so save the thing i said about concessions"
            return await save_said_before(dispatcher, tracker, reading)
        if kind == "answers_list":  # "1 disagree, 2 disagree, ... 7 agree"
            return await save_listed_answers(dispatcher, tracker, reading.edits)
        restanced = dialogue.stance_of(reading.words or "", False) if kind == "prompt_request" and reading.part == "answer" \
            and reading.prompt in answered(tracker) and dialogue.is_stance_only(reading.words or "") else None
        if restanced:  # "on the elections question: actually i agree" once it is answered: its stance changed
            return await edit_named_answers(dispatcher, tracker, ((reading.prompt, restanced),))
        if kind == "prompt_request" and reading.part == "answer":  # "the elections one. no way, ..."
            return await start_prompt_answered(dispatcher, tracker, answered(tracker), reading)
        if kind == "prompt_request":  # "i wanna answer the one about china"
            events: list[dict[str, Any]] = []
            if tracker.get_slot("last_prompt_id") and dialogue.RETRACTION.search(
                    dialogue.normalized(tracker.latest_message.get("text") or "")):
                events = await discard_last_answer(dispatcher, tracker)  # "no thats not my answer. ..."
            # (the prompt of a discarded answer is no longer done: discard_last_answer says so)
            done = next((e["value"] for e in events if e.get("name") == "answered_prompts"), answered(tracker))
            return [*events, *start_next_prompt(dispatcher, tracker, done, wanted=reading.prompt)]
        if kind == "correction":  # "*europe" once the answer is finished
            dispatcher.utter_message(text=HOW_TO_FIX_LAST_ANSWER)
            return []
        # An answer led by another prompt's topic after an answer ("About Putin promise, I am not sure."),
        # read once: which prompt it names, whatever has been answered
        led = dialogue.topic_led_answer(tracker.latest_message.get("text") or "", None, []) \
            if step == dialogue.OFFERED and kind in ("answer", "change_mind", "stance") else None
        led_elsewhere = led if led is not None and led.prompt != tracker.get_slot("last_prompt_id") else None
        rows = await asyncio.to_thread(store.answers_of, tracker.sender_id) \
            if led_elsewhere is not None and led.prompt in answered(tracker) and not tracker.get_slot("opted_out") else None
        skipped = rows is not None and not any(row["prompt_id"] == led.prompt for row in rows)
        if kind == "answer" and led_elsewhere is not None and (led.prompt not in answered(tracker) or skipped):
            # "About Putin promise, I am not sure. ..." after another answer: that prompt's answer (one skipped
            # before too: "i also want to say something on the general question - ...")
            return await start_prompt_answered(dispatcher, tracker, [d for d in answered(tracker) if d != led.prompt], led)
        if kind == "answer" and led is not None:
            # "china yes thats the real problem" when China is answered already: not more of the last answer
            prompt = prompts()[led.prompt]
            topic = min(prompt.topics, key=len) if prompt.topics else "first"
            dispatcher.utter_message(text=f"You've answered the one on whether {prompt.statement} already. To change it, "
                                          f"name it: \"make the {topic} one agree\", or \"for the {topic} one, change my "
                                          f"answer to: ...\".")
            return []
        said_now = tracker.latest_message.get("text") or ""
        # (the question a view after an answer is about, read once for both checks below)
        named_now = prompt_of_view(said_now) if step == dialogue.OFFERED and kind == "answer" else None
        if step == dialogue.OFFERED and kind == "answer" and reading.stance in STANCES \
                and (dialogue.OWN_STANCE_FIRST.match(said_now) or dialogue.STANCE_NAMED_AGAIN.search(said_now)) \
                and not dialogue.looks_like_question(said_now) \
                and named_now in (None, prompts().get(tracker.get_slot("last_prompt_id") or "")) \
                and tracker.get_slot("last_message_id"):
            # "no no!! i not agree. the shift is bad" right after it was saved as agreeing: turned
            # round; "so i guess agree. not overnight but steadily": the same, and more words
            changed = await change_last_stance(dispatcher, tracker, reading.stance)
            if changed is not None:
                return changed
        elsewhere = named_now if reading.view else None
        if elsewhere is not None and elsewhere.id != tracker.get_slot("last_prompt_id") \
                and elsewhere.id not in answered(tracker):
            # "not worth. china is far" after the general answer: the China question's answer, not more
            # of the last one
            return await self.volunteered(dispatcher, tracker, reading)
        if kind == "add_to_answer" or (step == dialogue.OFFERED and kind == "answer"
                                       and (reading.view or intent_of(tracker) == "give_opinion")):
            added = await add_to_last_answer(
                dispatcher, tracker, tracker.latest_message.get("text") or "")
            if added is not None:
                return added
            if kind == "add_to_answer":  # no answer to add to: "also, the baltics?"
                return answer_question(dispatcher, tracker)
        if kind == "discard":  # "don't save that one" once the answer is finished
            return await discard_last_answer(dispatcher, tracker)
        if kind == "retract" and tracker.get_slot("last_prompt_id"):
            # "scratch that": which way they turn isn't said, so the answer is not guessed at.
            dispatcher.utter_message(response="utter_retract")
            return []
        if kind in ("accept", "control") and reading.control not in ("stop",):
            return start_next_prompt(dispatcher, tracker, answered(tracker))
        button = (tracker.latest_message.get("text") or "").startswith("/")
        if kind == "change_mind" and reading.part == "leaving":  # "no they shouldnt. bye": changed, then bye
            changed = await change_last_stance(dispatcher, tracker, reading.stance, reading.words)
            dispatcher.utter_message(response="utter_goodbye")
            return changed or []
        named = led_elsewhere if kind in ("change_mind", "stance") and not button else None
        if named is not None and reading.stance in STANCES:
            # "europe agree" after another answer: the Europe answer's stance (or its answer), not the last one's
            if named.prompt in answered(tracker):
                return await edit_named_answers(dispatcher, tracker, ((named.prompt, reading.stance),))
            return await start_prompt_answered(dispatcher, tracker, answered(tracker), named)
        if kind == "change_mind" or (kind == "stance" and (step == dialogue.OFFERED or button)):
            # (the words of the change alone when the reading names them: "oof ok thats bad. change my thing to mixed")
            changed = await change_last_stance(dispatcher, tracker, reading.stance,
                                               reading.words if reading.part == "command" else None)
            if changed is not None and step == dialogue.OFFERED and offer_pending(tracker):
                # ("disagree" right after "Would you like another discussion question?": that offer
                # still stands, so it is made again and "yes" next takes it)
                return [*changed, *offer_next_prompt(dispatcher, answered(tracker))]
            if changed is not None:
                return changed
            if reading.stance == dialogue.OPPOSITE_STANCE and reading.words:
                # "that was sarcasm. i think trusting putin is dumb": nothing to turn round, but a view
                return await self.volunteered(dispatcher, tracker, replace(
                    reading, kind="answer", stance=None, view=True))
            if reading.stance == dialogue.OPPOSITE_STANCE:
                dispatcher.utter_message(response="utter_nothing_saved")  # nothing to turn round
                return []
        last = prompts().get(tracker.get_slot("last_prompt_id") or "")
        said = tracker.latest_message.get("text") or ""
        if kind in ("stance", "answer") and last and len(dialogue.words_of(said)) <= STANCE_ONLY_WORDS \
                and await last_answer_lacks_stance(tracker):
            # "unsure", "yes its a mistake" right after "Moved - ... say make that agree ... for
            # where you stand on it": the stance of that answer, not a new one
            stance = reading.stance or dialogue.stance_of(said, last.yes_no)
            changed = await change_last_stance(dispatcher, tracker, stance) if stance else None
            if changed is not None:
                return changed
        if kind == "stance" and tracker.get_slot("last_prompt_id"):
            # "idk" a few turns after the answer: a change only when the reader says so.
            dispatcher.utter_message(text=f"To change your last answer, say \"make that "
                                          f"{reading.stance}\".")
            return []
        bare = not dialogue.stance_extras(tracker.latest_message.get("text") or "")
        if kind == "stance" and reading.stance == "unsure" and bare:
            # "idk" with no question open and nothing answered: no answer to any of them (it was
            # saved as the general question's)
            dispatcher.utter_message(response="utter_acknowledge")
            return []
        if kind == "stance" and reading.stance in ("agree", "disagree") and bare:
            # "disagree" before any question was asked: with what? Ask it; nothing is saved yet,
            # but the stance waits for the answer ("with all of it" is then a disagreement)
            dispatcher.utter_message(response="utter_stance_needs_prompt")
            about = prompt_just_asked_about(tracker)  # ("what does it say about china?", then "i disagree")
            events = start_next_prompt(dispatcher, tracker, answered(tracker),
                                       wanted=about.id if about and about.id not in answered(tracker) else None)
            if events and events[-1].get("event") == "followup":
                events.insert(len(events) - 1, SlotSet("stance", reading.stance))
            return events
        if kind in ("stance", "change_mind", "answer") and (reading.view or intent_of(tracker) in (
            "give_opinion", "set_stance"
        )):
            return await self.volunteered(dispatcher, tracker, reading)
        if kind in ("question", "answer") and intent_of(tracker) not in ("affirm", "deny"):
            return answer_question(dispatcher, tracker)
        if kind == "bot_view":
            # ("so can we trust putin to keep a deal? what do u think": that question's sides, not the general one's)
            asked = prompt_of_view(tracker.latest_message.get("text") or "") or prompts()["russia_shift"]
            dispatcher.utter_message(text=both_sides(asked))
            return []
        if kind == "about_bot":
            dispatcher.utter_message(response="utter_bot_challenge")
            return []
        if kind == "goodbye":
            dispatcher.utter_message(response="utter_goodbye")
            return []
        if kind == "decline" or intent_of(tracker) == "deny" or reading.control == "stop":
            dispatcher.utter_message(response="utter_deny")
            # ("i dont want to give my opinion": no view is offered again)
            return [SlotSet("opinion_declined", True)] if kind == "decline" else []
        said = tracker.latest_message.get("text") or ""
        # (thanks only if it thanks: not "thats rediculous"; a greeting only if it greets: not "good. he is our hero")
        replies = {**({"thank": "utter_thank"} if said.startswith("/") or dialogue.THANKED.search(said.lower())
                      else {}),
                   **({"greet": "utter_greet"} if said.startswith("/") or dialogue.INTENT_WORDS["greet"].search(said.lower())
                      else {})}
        agreeing = intent_of(tracker) == "affirm" or dialogue.normalized(
            tracker.latest_message.get("text") or "") in dialogue.AGREEING
        fallback = "utter_affirm" if agreeing else "utter_acknowledge"  # "🤷" isn't "Great."
        dispatcher.utter_message(response=replies.get(intent_of(tracker), fallback))
        return []

    async def volunteered(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, reading: Reading
    ) -> list[dict[str, Any]]:
        """A view given with no prompt open answers the prompt it is about ("europe should just
        build its own army": the Europe one), or else the first, general prompt, rather than being
        lost. Any other prompt is asked first: it asks about something in particular, and the
        reader hasn't seen it (a skipped one coming round again included)."""
        said = reading.words or tracker.latest_message.get("text") or ""
        if tracker.get_slot("opted_out") and (reading.view or reading.stance):
            # "well i think its a disaster for ukraine honestly. selling them out" after opting out: heard, not kept (not
            # the refusal to ask for a view, word for word, again)
            dispatcher.utter_message(text="Noted - but I'm not saving it, as you asked. Say \"save my answers\" if you'd "
                                          "like your views kept.")
            return []
        led = dialogue.topic_led_answer(said, None, answered(tracker))  # ("About Putin promise, I am not sure.")
        # ("What about China?" answered, then "... So I partly agree with the shift": the general one)
        about = prompts()[led.prompt] if led else prompt_of_view(said) or (
            None if mentions(next(iter(prompts().values())), said) else prompt_just_asked_about(tracker))
        if about is not None and about.id not in answered(tracker) and (
                led or reading.view or reading.kind == "answer" and intent_of(tracker) == "give_opinion"):
            return await start_prompt_answered(dispatcher, tracker, answered(tracker),
                                               replace(reading, prompt=about.id, words=said), lead=TAKEN_AS)
        general = next(iter(prompts()))
        # (only a view said plainly - a judgement, "i think", a feeling - is kept unasked; other
        # words the model took for an opinion, "no i meant the approval number", open the prompt)
        takes_it = next_prompt(answered(tracker)) is prompts()[general] and (
            reading.view or reading.kind in ("stance", "change_mind"))
        events = start_next_prompt(dispatcher, tracker, answered(tracker))
        opened = next((e["value"] for e in events if e.get("name") == "prompt_id" and e["value"]), None)
        if opened is None or not takes_it:
            return events
        prompt = prompts()[opened]
        dispatcher.utter_message(text=f"{TAKEN_AS}{prompt.text}")
        if reading.kind == "answer" and reading.stance is None and not prompt.yes_no:
            # "i think the shift is smart", given unasked: read as the answer to the question it now
            # answers, its plain verdict is its stance
            as_answer = dialogue.read(said, intent_of(tracker), dialogue.ASKED_OPINION)
            # (and the reason it gives as an answer: "... why should we pay for europes defense forever")
            reading = replace(reading, stance=as_answer.stance, reason=reading.reason or as_answer.reason)
        filled = await save_opinion(dispatcher, tracker, prompt, reading, words=reading.words)
        return [*events[:-1], *filled, events[-1]]  # the form's FollowupAction stays last


def start_over(dispatcher: CollectingDispatcher) -> list[dict[str, Any]]:
    """Forget the discussion so far, but not the reader's opt-out: that choice outlives it."""
    dispatcher.utter_message(response="utter_restarted")
    return [*privacy.leave_prompt(), SlotSet("answered_prompts", []), SlotSet("last_prompt_id", None),
            SlotSet("last_message_id", None), SlotSet("answer_context", None),
            SlotSet("questions_answered", 0), SlotSet("opinion_offered", False)]


class ActionStartOver(Action):
    def name(self) -> str:
        return "action_start_over"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        return start_over(dispatcher)


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
            dispatcher.utter_message(response="utter_ask_stance", statement=prompt.statement,
                                     prompt_id=prompt.id)
        return []


def next_slot(slots: dict[str, Any]) -> str | None:
    """The slot the form asks for next, or None to end the prompt."""
    if slots.get("prompt_exit") or not slots.get("prompt_id"):
        return None
    if slots.get("opinion") is None:
        return "opinion"
    if slots.get("reason") is None and not slots.get("reason_declined"):
        return "reason"
    if slots.get("stance") is None and not slots.get("stance_declined"):
        return "stance"
    return None


class ValidateOpinionForm(FormValidationAction):
    """Every message while a prompt is open comes here; dialogue.read() says what it is."""

    def name(self) -> str:
        return "validate_opinion_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        prompt = current_prompt(tracker)
        step = tracker.get_slot("requested_slot")
        events: list[dict[str, Any]] = []
        if prompt and step and step in tracker.slots_to_validate():
            # The form copied the message into the requested slot; what it really is decides.
            events = [SlotSet(step, None), *await self.take_turn(dispatcher, tracker, prompt, step)]
        slots = dict(tracker.slots)
        slots.update({event["name"]: event["value"] for event in events if event.get("event") == "slot"})
        return [*events, SlotSet("requested_slot", next_slot(slots))]

    async def take_turn(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, prompt: Prompt, step: str,
        reading: Reading | None = None,
    ) -> list[dict[str, Any]]:
        fresh = reading is None  # (not a part of the message, read again below)
        reading = reading or await as_edit_of_answered(tracker, dialogue.read(
            tracker.latest_message.get("text") or "", intent_of(tracker), step, prompt.yes_no, stance_of_entity(tracker)))
        edits = reading.edits
        if reading.kind == "answers_edit" and edits[0][0] == "#-1" and edits[0][1].startswith(dialogue.MOVE_EDIT) \
                and (len(edits) == 1 or len(edits) == 2 and edits[1][0] == "#-1" and edits[1][1] in STANCES) \
                and tracker.get_slot("opinion_message_id"):
            # "move my answer to the Europe question" while that answer is still open: it moves,
            # and its stance is asked of that question (or taken: "... My answer there is NO. Move it.")
            reading = Reading("prompt_request", prompt=edits[0][1][len(dialogue.MOVE_EDIT):], part="move",
                              stance=edits[1][1] if len(edits) == 2 else None)
        said = tracker.latest_message.get("text") or ""
        judged = dialogue.statement_judged(said, prompt.statement) if prompt.yes_no else None
        if judged and reading.kind in ("answer", "stance") and reading.stance != judged:
            # "i literally just said it's a mistake" to "Is breaking with that tradition a mistake?": yes
            reading = replace(reading, stance=judged)
        worded = dialogue.stance_worded(said, prompt) if step == "reason" else None
        if worded and reading.kind == "answer" and not reading.stance and (not tracker.get_slot("stance") or (
                tracker.get_slot("stance") == "unsure" and dialogue.is_dont_know(tracker.get_slot("opinion") or ""))):
            # "they dont hit the 2% spending, we pay for everything" as why, to the Europe question: agree ("idk
            # tbh", then "putin wouldve invaded anyway" to the concessions one: disagree after all)
            reading = replace(reading, stance=worded)
        opinion = tracker.get_slot("opinion") or ""
        if step == "stance" and not prompt.yes_no and reading.kind == "stance" and dialogue.BARE_YES_OR_NO.match(said) \
                and dialogue.judged_stance(opinion) not in (None, reading.stance):
            # "ya" after "bad" to "Where do you stand: the shift is the right policy?": a yes to what they
            # said, or to the statement? asked plainly rather than saved the wrong way round
            said_before = opinion if len(opinion) <= 80 else f"{opinion[:80].rsplit(' ', 1)[0]} ..."
            dispatcher.utter_message(text=f'Just to be sure - you said "{said_before}". Do you agree or disagree that '
                                          f"{prompt.statement}?")
            return [SlotSet("nudged", None)]
        elsewhere = dialogue.answer_for_another_prompt(said, reading, prompt, answered(tracker)) if step == "opinion" \
            else dialogue.topic_led_answer(said, prompt.id, answered(tracker)) if step == "stance" and reading.kind in (
                "answer", "stance") and not dialogue.infer_stance(said) else None  # ("Putin is a liar. Disagree.": this one's)
        if elsewhere is not None:
            # "Yes. Voters decide, not Trump. But no, they shouldn't be forced mid-war" at the China
            # question: filed under the elections one, as if the reader had named it
            reading = elsewhere
        split = dialogue.another_questions_part(said, prompt.id) \
            if fresh and step in ("opinion", "reason") and reading.kind == "answer" else None
        if split and split[1].id not in answered(tracker):
            # "No, Putin can't be trusted. ... And to the sixth: yes, Europe should ...": the part for
            # the other question is its answer; this one keeps the part before
            first, other, rest = split
            other_events = await save_other_answer(dispatcher, tracker, other, rest)
            kept = await self.take_turn(dispatcher, tracker, prompt, step, replace(reading, words=first))
            return [*other_events, *kept]
        if reading.question:
            # "<view>. hang on, does the article say ...?": the view kept, then the question answered
            kept = await self.take_turn(dispatcher, tracker, prompt, step, replace(reading, question=None))
            return [*kept, *answer_question(dispatcher, tracker, reading.question)]
        if reading.part == "replace" and step != "opinion" and tracker.get_slot("opinion_message_id"):
            # "thats not my answer. my actual answer: ..." at the reason or stance question: the
            # answer kept so far is rewritten, and what it still lacks is asked
            opinion = store.clean_text(reading.words or "")[: store.MAX_OPINION_CHARS]
            fields: dict[str, Any] = {"opinion": opinion, "reason": reading.reason, "stance": reading.stance}
            await update_opinion(tracker, tracker.get_slot("opinion_message_id"), **fields)
            return [SlotSet("opinion", opinion), SlotSet("reason", reading.reason), SlotSet("stance", reading.stance),
                    SlotSet("reason_declined", None), SlotSet("nudged", None)]
        if reading.part == "leaving":
            # "fine. its bad policy. done now bye": the answer is kept, then the reader is let go
            kept = await self.take_turn(dispatcher, tracker, prompt, step, replace(reading, part=None))
            return [*kept, SlotSet("prompt_exit", "goodbye")]
        kind, stance = reading.kind, reading.stance
        if kind == "stance" and is_stale_button(tracker, prompt.id):
            # an earlier question's [Agree] pressed here: this prompt is asked again
            dispatcher.utter_message(response="utter_stale_button")
            return [SlotSet("nudged", None)]
        if kind == "question" and reading.part == "not_an_answer" and tracker.get_slot("opinion_message_id"):
            # "No, I am asking you. What does article say about China?" at "What makes you say that?":
            # the question kept as the answer goes, this one is answered, and the prompt asked again
            dropped = await drop_open_answer(tracker)
            dispatcher.utter_message(text="Sorry - I took your question for your answer. It isn't saved.")
            asked = dialogue.question_besides(tracker.latest_message.get("text") or "")
            return [*(answer_question(dispatcher, tracker, asked) if asked else []), *dropped]
        if kind == "question":
            if intent_of(tracker) in ("help", "bot_challenge", "greet"):
                dispatcher.utter_message(response=f"utter_{intent_of(tracker)}")
                return [SlotSet("nudged", None)]
            return [*answer_question(dispatcher, tracker), SlotSet("nudged", None)]
        if kind == "bot_view":
            dispatcher.utter_message(text=both_sides(prompt))
            return [SlotSet("nudged", None)]
        if kind == "about_bot":  # "who made you btw"
            dispatcher.utter_message(response="utter_bot_challenge")
            return [SlotSet("nudged", None)]
        if kind in ABOUT_THE_DISCUSSION:  # answered, then the step is asked again
            return await about_the_discussion(dispatcher, tracker, kind)
        if kind == "empty":
            dispatcher.utter_message(response="utter_empty_answer")
            return []
        if kind == "ready":  # "share my view" while the prompt is open: it is asked again
            if step in ("reason", "stance"):  # ("what was the question again" at "What makes you say that?": which)
                dispatcher.utter_message(text=prompt.text)
            return [SlotSet("nudged", None)]
        if kind == "explain_prompt":
            dispatcher.utter_message(text=f"In other words: do you think {prompt.statement}? "
                                          f"{sides(prompt)}")
            return [SlotSet("nudged", None)]
        if kind == "why_asked":
            dispatcher.utter_message(response="utter_why_asked")
            return [SlotSet("nudged", None)]
        if kind == "correction":
            return await correct_answer(dispatcher, tracker, reading.words or "")
        if kind == "goodbye":
            return [SlotSet("prompt_exit", "goodbye")]
        if kind == "answers_edit" and (prompt.id, "delete") in reading.edits and tracker.get_slot("opinion_message_id"):
            # "thats wrong, delete that china answer" while the China answer is still open: it goes,
            # and its prompt is left
            others = tuple(edit for edit in reading.edits if edit != (prompt.id, "delete"))
            events = await edit_named_answers(dispatcher, tracker, others) if others else []
            await discard(dispatcher, tracker, tracker.get_slot("opinion_message_id"))
            return [*events, *reset_answer(), SlotSet("prompt_exit", "goodbye" if reading.part == "leaving" else "discard")]
        if kind == "answers_edit" and step == "opinion" and len(reading.edits) == 1 and reading.edits[0][0] == prompt.id \
                and reading.edits[0][1].startswith(dialogue.ADD_EDIT) and not tracker.get_slot("opinion_message_id"):
            # "for 3, because ..." with the third question open: its answer, in those words
            words = reading.edits[0][1][len(dialogue.ADD_EDIT):]
            return await save_opinion(dispatcher, tracker, prompt, dialogue.read(words, None, dialogue.ASKED_OPINION, prompt.yes_no),
                                      words=words)
        # (stances given to questions by their numbers, with this one open or its why asked)
        by_number = kind == "answers_edit" and all(change in STANCES for _, change in reading.edits) \
            and (dialogue.names_by_number(said) or reading.edits[0][0] == prompt.id) \
            and (step == "opinion" and not tracker.get_slot("opinion_message_id") or step == "reason")  # ("the china one, agree")
        if by_number and step == "opinion" and reading.edits == ((prompt.id, reading.edits[0][1]),):
            # "1 disagree" with the first question open: its answer, and why is asked
            return await save_opinion(dispatcher, tracker, prompt, Reading("stance", stance=reading.edits[0][1]),
                                      words=reading.edits[0][1])
        if by_number and len(reading.edits) == 1 and reading.edits[0][0] not in answered(tracker) \
                and reading.edits[0][0] != prompt.id:
            # "3 no" with the first question open (or "agree w/ 5" where why the sixth was asked): the third's answer, and
            # why is asked of it - never a reason for the other; the first is left for later (the form goes on with the
            # third: its opening is this form's own, so not followed up again)
            moved = await edit_named_answers(dispatcher, tracker, reading.edits, ask_reason=True)
            return [event for event in moved if event.get("event") != "followup"]
        if by_number and step == "opinion" and prompt.id in dict(reading.edits):  # "1 no, 5 yes" with the first open: each
            return [*await edit_named_answers(dispatcher, tracker, reading.edits), SlotSet("prompt_exit", "listed")]  # saved, this left
        if kind == "answers_edit":  # an earlier answer changed while this prompt is open: asked again
            leaving = [SlotSet("prompt_exit", "goodbye")] if reading.part == "leaving" else []  # ("... bye")
            if not leaving and f"{dialogue.MOVE_EDIT}{prompt.id}" in {change for _, change in reading.edits}:
                # "please move my last answer to the question about ukraine making a deal" while that
                # one is open: it is answered now, and left (a stance next is the moved answer's, not
                # a new answer written over it)
                leaving = [SlotSet("prompt_exit", "listed")]
            return [*await edit_named_answers(dispatcher, tracker, reading.edits), SlotSet("nudged", None), *leaving]
        if kind == "prompt_request" and reading.part == "said_before":
            # "so save the thing i said about concessions being garbage" with a question open: those words (if still at
            # hand) as this question's answer when they are about it; never the request itself
            said = dialogue.view_said_before(messages_before(tracker), reading.words or "")
            if said is not None and reading.prompt in (None, prompt.id) and step == "opinion":
                return await save_opinion(dispatcher, tracker, prompt, dialogue.read(said, None, dialogue.ASKED_OPINION,
                                                                                     prompt.yes_no), words=said)
            dispatcher.utter_message(text="I can't find where you said that - tell me again and I'll save it.")
            return [SlotSet("nudged", None)]
        if kind == "prompt_request" and reading.part == "move" and reading.prompt != prompt.id \
                and tracker.get_slot("opinion_message_id"):
            # "it is for the question about concessions, not the general one": the answer moves
            # there, and its stance is asked of that question
            new = prompts()[reading.prompt]
            kept, joined = await move_answer(dispatcher, tracker, tracker.get_slot("opinion_message_id"), new)
            if reading.stance:
                await update_opinion(tracker, kept, stance=reading.stance)
            if joined:  # (added to the answer given there before: this one is done)
                return [SlotSet("prompt_id", new.id), SlotSet("opinion_message_id", kept),
                        SlotSet("prompt_exit", "listed")]
            return [SlotSet("prompt_id", new.id), SlotSet("stance", reading.stance), SlotSet("nudged", None),
                    # (at the reason probe its slot holds this very message: the reason is in the answer)
                    *([SlotSet("reason_declined", True)] if step == "reason" or not tracker.get_slot("reason")
                      else [])]
        if kind == "answers_list" and step == "opinion" and not tracker.get_slot("opinion_message_id"):
            # "ok: 1 agree, 2 agree, 3 no idea, ..." while the first is open: each one saved, this
            # one left without a word more
            return [*await save_listed_answers(dispatcher, tracker, reading.edits), SlotSet("prompt_exit", "listed")]
        if kind == "prompt_request" and reading.part == "answer" and reading.prompt == prompt.id \
                and step == "opinion":  # "2. yes, china matters more" while the second is open
            answer = dialogue.read(reading.words or "", None, step, prompt.yes_no)
            if answer.kind in ("answer", "stance"):
                return await save_opinion(dispatcher, tracker, prompt, answer, words=reading.words)
        if kind == "prompt_request" and reading.part == "answer" and reading.prompt == prompt.id:
            # "Q4 yes, his term is finished" at Q4's own stance question: what it says, said here
            said_here = dialogue.read(reading.words or "", None, step, prompt.yes_no)
            if said_here.kind in ("answer", "stance"):
                return await self.take_turn(dispatcher, tracker, prompt, step, said_here)
        if kind == "prompt_request" and reading.prompt not in (None, prompt.id):
            # "i want the china question": this one is left (kept if answered), that one asked;
            # "no thats not my answer. i want the china question": this one's answer goes
            if dialogue.RETRACTION.search(dialogue.normalized(tracker.latest_message.get("text") or "")):
                await discard(dispatcher, tracker, tracker.get_slot("opinion_message_id"))
                return [*reset_answer(), SlotSet("prompt_exit", f"{SWITCH}{reading.prompt}")]
            carried = WITH_ANSWER if reading.part == "answer" else ""  # (the answer goes with the reader)
            return [SlotSet("prompt_exit", f"{SWITCH}{reading.prompt}{carried}")]
        if kind == "prompt_request":  # the one already open: asked again
            return [SlotSet("nudged", None)]
        if kind == "discard" and reading.part == "not_an_answer" and not tracker.get_slot("opinion_message_id") \
                and tracker.get_slot("last_message_id"):
            # "Pardon? I have not given any opinion. I said I have questions." at the next prompt: the
            # answer saved before it goes, and this prompt is left
            return [*await discard_last_answer(dispatcher, tracker), *reset_answer(), SlotSet("prompt_exit", "stop")]
        if kind == "discard":  # "don't save this one"
            await discard(dispatcher, tracker, tracker.get_slot("opinion_message_id"))
            return [*reset_answer(), SlotSet("prompt_exit", "discard")]
        pending = tracker.get_slot("opinion") or ""
        if kind == "control" and reading.control in ("skip", "stop") and step != "opinion" \
                and (dialogue.is_dont_know(pending) or reading.control == "stop" and dialogue.looks_like_question(pending)
                     and not reason_given_before(tracker, pending)
                     # ("nah", then "i mean i dont wanna answer this one": not answered after all; a view given stays)
                     or reading.part == "declined" and (dialogue.is_stance_only(pending) or len(dialogue.words_of(pending)) <= 2)) \
                and tracker.get_slot("opinion_message_id"):
            # "idk tbh", then "i dont follow politics much. skip" (or "never mind"): the question skipped, not answered
            # "unsure"; a question kept as the answer, then "never mind": no answer was given (one given a reason
            # is a view put as a question: "isn't it just normal diplomacy though?", "nixon went to china", "thanks")
            return [*await drop_open_answer(tracker), SlotSet("prompt_exit", "skip" if reading.control == "skip" else "dropped")]
        if kind == "control" and reading.control == "opt_out" and step != "opinion" and tracker.get_slot("opinion_message_id") \
                and not dialogue.FROM_NOW_ON.search(dialogue.normalized(tracker.latest_message.get("text") or "")):
            # "Hold on - don't save my answers. I'd rather keep this private." (or "wait, saved? who see this?", then
            # "ok no, i prefer you dont save") while the answer just given is still open: it is not kept either (unless
            # only what comes after it is not to be: "stop saving from now on, but keep that one")
            dispatcher.utter_message(text="I haven't kept what you just wrote.")
            return [*await drop_open_answer(tracker), SlotSet("prompt_exit", "opt_out")]
        if kind == "control":
            if reading.control == "opt_in":
                dispatcher.utter_message(response="utter_opted_in")
                return [SlotSet("opted_out", False)]
            # ("i dont want to giv opinion i want to kno wat from within meens": that answered as it goes)
            asked = answer_question(dispatcher, tracker, reading.question) if reading.question else []
            return [*asked, SlotSet("prompt_exit", reading.control)]
        if kind == "acknowledge" or (kind == "already_said" and step == "stance"):
            return self.acknowledge(dispatcher, tracker, step)
        if kind == "already_said":  # "see above", "same as before" where a view is asked
            earlier = view_said_just_before(tracker, step, prompt)
            if re.search(r"\bmy (first|very first) (message|comment|answer)\b", tracker.latest_message.get("text") or "", re.I):
                # "i already answered this basically in my first message": the first answer's words, for this question too
                first = next((row["opinion"] for row in await asyncio.to_thread(store.answers_of, tracker.sender_id) or []), "")
                said_first = dialogue.read(first, "give_opinion", step, prompt.yes_no) if first else None
                earlier = (first, said_first) if said_first is not None and said_first.kind in ("answer", "stance") \
                    and len(dialogue.words_of(first)) > dialogue.REASON_MIN_WORDS else earlier
            if earlier is not None:  # "i just wrote it above?": that view
                return await save_opinion(dispatcher, tracker, prompt, earlier[1], words=earlier[0])
            dispatcher.utter_message(response="utter_say_it_here")
            return [SlotSet("nudged", None)]
        if kind == "no_reason" or (kind == "already_said" and step == "reason"):
            return [SlotSet("reason_declined", True), SlotSet("nudged", None)]  # on to the stance
        if kind == "no_stance":  # "none of those": the answer stays, with no stance
            return [SlotSet("stance_declined", True), SlotSet("nudged", None)]
        if kind == "edit_answer" and step != "opinion" and reading.part == "opinion" and tracker.get_slot("opinion_message_id") \
                and not re.search(r"\b(last|previous|earlier|other|first|second|third|before|old)\b",
                                  said.split(":", 1)[0], re.I):  # ("change my last answer to: ..." is the one before)
            # "change my answer to: its a good idea" at "What makes you say that?": the answer being given is
            # rewritten (a reason given before it kept), and what it still lacks asked
            words = reading.words or ""
            then = dialogue.trailing_stance(words)
            words, stance = (then[0].rstrip(" ,;."), then[1]) if then else (words, dialogue.stance_of(words, prompt.yes_no))
            dispatcher.utter_message(text=f"Changed: your answer now reads \"{store.clean_text(words)}\".")
            return await self.take_turn(dispatcher, tracker, prompt, step, Reading(
                "answer", part="replace", words=words, stance=stance,
                reason=tracker.get_slot("reason") if step == "stance" else None))
        if kind == "edit_answer" and tracker.get_slot("last_prompt_id"):
            # "change my reason to: ..." while the next prompt is open: the last answer's; then the
            # open prompt is asked again
            return [*await edit_last_answer(dispatcher, tracker, reading.part, reading.words),
                    SlotSet("nudged", None)]
        if kind == "change_mind" and step == "opinion":
            changed = await change_last_stance(dispatcher, tracker, stance, reading.words if reading.part == "command" else None)
            if changed is not None:
                return changed  # the prompt now open is asked again
        if step == "opinion" and fresh and kind in ("answer", "stance") and reading.stance \
                and dialogue.stance_said_again(tracker.latest_message.get("text") or ""):
            # "Mixed, as I said." right after the view that opened this question: that view, with this stance
            earlier = view_said_just_before(tracker, step, prompt)
            if earlier is not None:
                return await save_opinion(dispatcher, tracker, prompt, replace(earlier[1], stance=reading.stance),
                                          words=earlier[0])
        if step == "opinion":  # ("i just told u. <the view>": the view)
            saved = await save_opinion(dispatcher, tracker, prompt, reading, words=reading.words)
            # ("no. next question": the answer, and no "What makes you say that?")
            return [*saved, SlotSet("reason_declined", True)] if reading.part == "next" else saved
        message_id = tracker.get_slot("opinion_message_id")
        if step == "reason" and kind == "stance" and tracker.get_slot("stance"):
            return await self.restate_stance(dispatcher, tracker, prompt, reading)
        if kind == "change_mind" and stance == dialogue.OPPOSITE_STANCE:
            # "wait no, thats backwards" where the reason is asked: the stance just given, turned round
            stance = {"agree": "disagree", "disagree": "agree"}.get(tracker.get_slot("stance") or "")
            if stance is None:
                dispatcher.utter_message(text=f"Which way do you stand on it - say \"agree\" or \"disagree\" "
                                              f"({prompt.statement}).")
                return [SlotSet("nudged", None)]
        if kind == "change_mind" and step in ("reason", "stance"):
            turned = await self.turned_around(tracker, prompt, message_id, stance)
            if turned:
                return turned
        if kind in ("stance", "change_mind"):
            await update_opinion(tracker, message_id, stance=stance)
            # A stance given where a reason was asked answers the probe: don't ask twice.
            return [SlotSet("stance", stance), SlotSet("reason_declined", True), SlotSet("nudged", None)]
        text = tracker.latest_message.get("text") or ""
        changed_to = dialogue.view_changed_to(text) if step == "reason" and kind == "answer" else None
        if changed_to and stance and message_id and tracker.get_slot("stance") and stance != tracker.get_slot("stance"):
            # "yeah idk i changed my mind, i think they shouldnt have to. put me down as disagree" where the
            # reason is asked: the new view is the answer, not a reason for the one given up
            opinion = store.clean_text(changed_to)[: store.MAX_OPINION_CHARS]
            await update_opinion(tracker, message_id, opinion=opinion, reason=None, stance=stance)
            return [SlotSet("opinion", opinion), SlotSet("reason", None), SlotSet("stance", stance),
                    SlotSet("reason_declined", True), SlotSet("nudged", None)]
        said = dialogue.normalized(text)
        if step == "reason" and (said == dialogue.normalized(tracker.get_slot("opinion") or "")
                                 or dialogue.REASON_FIRST.fullmatch(said)):
            return self.acknowledge(dispatcher, tracker, "reason")  # the answer again, "because"
        if step == "reason" and dialogue.is_dont_know(tracker.get_slot("opinion") or "") \
                and len(dialogue.words_of(said)) >= dialogue.REASON_MIN_WORDS \
                and not dialogue.is_dont_know(said) and dialogue.stance_of(said, False) != "unsure" \
                and not (dialogue.HEDGED.search(said) and dialogue.stance_of(said, prompt.yes_no) is None) \
                and not (dialogue.CONTRAST.search(said) and dialogue.stance_of(said, prompt.yes_no) is None):
            # (not "i guess i dont know enough about it", nor "seems risky but maybe peace is good":
            # that is why they are unsure)
            return await self.view_after_all(dispatcher, tracker, message_id, stance)
        # (not "peace is good, but not if ukraine lose land": both sides - why it is hard to call)
        turned = dialogue.judged_in_any_clause(tracker.latest_message.get("text") or "") \
            if step == "reason" and tracker.get_slot("stance") == "unsure" and not prompt.yes_no \
            and not dialogue.CONTRAST.search(said) else None
        if turned:
            # "Fair enough - what makes it hard to call?" - "It is not hard. I think it is very bad
            # policy.": not unsure after all
            return await self.view_after_all(dispatcher, tracker, message_id, turned)
        if step == "reason":
            # ("I just told you: X" keeps X)
            said = reading.words if kind == "answer" and reading.words else tracker.latest_message.get("text")
            said = dialogue.without_stance_lead(said or "")  # ("my bad, i meant to say mixed. both are threats")
            if kind == "answer" and reading.stance and dialogue.STANCE_SAID.search(said or ""):
                # ("rich but slow. unsure", "he broke every deal, so i disagree": the reason, without the
                # stance; "whatever, unsure. bye": none)
                said = dialogue.reason_without_stance(said or "")
            reason = store.clean_text(said or "")[: store.MAX_OPINION_CHARS] or None
            fields: dict[str, Any] = {"reason": reason}
            if stance and (not tracker.get_slot("stance") or reading.part == "meant"):
                fields["stance"] = stance  # ("sorry i meant disagree. he lies": the stance put right, and why)
            turned = dialogue.stance_concluded(tracker.latest_message.get("text") or "", prompt.yes_no)
            if turned and tracker.get_slot("stance") and turned != tracker.get_slot("stance"):
                # "i agree with europe lol", then "europe says dont abandon allies, so no its not worth it": the
                # stance the reason concludes with
                fields["stance"] = turned
            await update_opinion(tracker, message_id, **fields)
            return [*(SlotSet(name, value) for name, value in fields.items()), SlotSet("nudged", None),
                    *([SlotSet("reason_declined", True)] if reason is None else []),
                    *([SlotSet("prompt_exit", "next")] if reading.part == "next" else [])]
        # step == "stance": words that state no stance
        if stance:
            fields = {"stance": stance}
            if reading.reason and not tracker.get_slot("reason") and dialogue.is_reason(reading.reason):
                # "Disagree. He's broken every agreement since 2014.": the reason with it is kept too
                fields["reason"] = store.clean_text(reading.reason)[: store.MAX_OPINION_CHARS]
            elif reading.reason and dialogue.is_reason(reading.reason) and message_id and not tracker.get_slot("opted_out") \
                    and len(dialogue.words_of(reading.reason)) >= dialogue.REASON_MIN_WORDS + 2 \
                    and not dialogue.asks_something(reading.reason) and dialogue.STORY_SUBJECTS.search(reading.reason) and not re.search(
                        r"\b(please|pls|can you|could you|show|save|saved|delete|remove|my name|my answers?|bot|chatbot|you|"
                        r"explain|explaining)\b", reading.reason, re.I):
                # ("mixed. talking is good but not if we give away ukraine" where a reason was given before: more of it)
                await update_opinion(tracker, message_id, **fields)
                await add_words(message_id, reading.reason)
                return [*(SlotSet(name, value) for name, value in fields.items()), SlotSet("nudged", None)]
            await update_opinion(tracker, message_id, **fields)
            return [*(SlotSet(name, value) for name, value in fields.items()), SlotSet("nudged", None)]
        text = store.clean_text(tracker.latest_message.get("text") or "")
        more_words = len(dialogue.words_of(text)) >= dialogue.REASON_MIN_WORDS
        if more_words and tracker.get_slot("nudged") != "stance":
            # "because china is the real threat" where a stance is asked: it joins the answer
            # (as its reason if it has none), then the stance is asked once more.
            if tracker.get_slot("opted_out") or not message_id:
                dispatcher.utter_message(text="Thanks - you opted out of saving, so it isn't saved.")
            else:
                await add_words(message_id, text)
                dispatcher.utter_message(text="Thanks - I've added that to your answer.")
            return [SlotSet("nudged", "stance")]
        if tracker.get_slot("nudged") == "stance":  # asked twice: the stance stays unset
            return [SlotSet("stance_declined", True), SlotSet("nudged", None)]
        dispatcher.utter_message(text="Please pick one: agree, disagree, mixed or unsure.")
        return [SlotSet("nudged", "stance")]

    async def turned_around(
        self, tracker: Tracker, prompt: Prompt, message_id: str | None, stance: str | None,
    ) -> list[dict[str, Any]] | None:
        """The answer turned the other way in new words (dialogue.turned_around) is the answer now."""
        said = tracker.latest_message.get("text") or ""
        # ("wait no, thats backwards. im not against the shift": the stance put right, no new words)
        turned = None if dialogue.stance_corrected(said) else turned_answer(said, tracker.get_slot("opinion") or "", stance, prompt.yes_no)
        if not message_id or turned is None:
            return None
        opinion, reason = turned
        await update_opinion(tracker, message_id, opinion=opinion, reason=reason, stance=stance)
        return [SlotSet("opinion", opinion), SlotSet("reason", reason), SlotSet("stance", stance),
                SlotSet("reason_declined", True), SlotSet("nudged", None)]

    async def view_after_all(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, message_id: str | None,
        stance: str | None,
    ) -> list[dict[str, Any]]:
        """"no idea tbh", then at the probe "its dangerous, europe gets left alone": a view after
        all. It becomes the answer (a bare "idk" before it dropped; more words kept before it), and its
        stance replaces "unsure" (asked for if it states none)."""
        words = store.clean_text(tracker.latest_message.get("text") or "")[: store.MAX_OPINION_CHARS]
        # ("idk tbh" is no part of the view that follows it; "no idea, the pivot is risky" is)
        opinion = words if dialogue.is_dont_know(tracker.get_slot("opinion") or "") \
            and len(dialogue.words_of(tracker.get_slot("opinion") or "")) <= 3 \
            else f"{tracker.get_slot('opinion')} / {words}"[: store.MAX_OPINION_CHARS]
        await update_opinion(tracker, message_id, opinion=opinion, stance=stance)
        dispatcher.utter_message(text="Got it - that's your answer (you opted out, so it isn't saved)."
                                 if tracker.get_slot("opted_out") or not message_id
                                 else "Got it - I've saved that as your answer.")
        return [SlotSet("opinion", opinion), SlotSet("stance", stance),
                SlotSet("reason_declined", True), SlotSet("nudged", None)]

    async def restate_stance(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, prompt: Prompt, reading: Reading
    ) -> list[dict[str, Any]]:
        """A bare stance at "What makes you say that?" from a reader who already gave one: another
        stance keeps the probe open; the same one again, or "idk" (why), is no reason."""
        if reading.stance == "unsure" == tracker.get_slot("stance"):
            # "dunno", then "not sure either": there is no reason to press for
            return [SlotSet("reason_declined", True), SlotSet("nudged", None)]
        text = store.clean_text(tracker.latest_message.get("text") or "")
        if tracker.get_slot("stance") == "unsure" and reading.stance == "mixed" and "mixed" not in text.lower() \
                and len(dialogue.words_of(text)) >= dialogue.REASON_MIN_WORDS:
            # "Unsure." then, at "what makes it hard to call?", "Depends on whether it works.": why
            # it is hard to call, not a change to mixed
            await update_opinion(tracker, tracker.get_slot("opinion_message_id"), reason=text)
            return [SlotSet("reason", text), SlotSet("nudged", None)]
        if reading.stance in (tracker.get_slot("stance"), "unsure"):
            return self.acknowledge(dispatcher, tracker, "reason")
        fields: dict[str, Any] = {"stance": reading.stance}
        if dialogue.is_stance_only(tracker.get_slot("opinion") or ""):
            fields["opinion"] = text  # "disagree", then "agree": the answer is the new words
        await update_opinion(tracker, tracker.get_slot("opinion_message_id"), **fields)
        dispatcher.utter_message(text=f"Got it - {STANCE_PHRASES[reading.stance]} {prompt.statement}.")
        return [*(SlotSet(name, value) for name, value in fields.items()), SlotSet("nudged", None)]

    @staticmethod
    def acknowledge(dispatcher: CollectingDispatcher, tracker: Tracker,
                    step: str) -> list[dict[str, Any]]:
        """"ok", "hmm" at a step: nudge once; a second time, move on rather than ask a third."""
        if tracker.get_slot("nudged") != step:
            dispatcher.utter_message(response=f"utter_nudge_{step}")
            return [SlotSet("nudged", step)]
        moving_on = {"opinion": ("prompt_exit", "quiet"), "reason": ("reason_declined", True),
                     "stance": ("stance_declined", True)}[step]
        return [SlotSet(*moving_on), SlotSet("nudged", None)]


class ActionFinishOpinion(Action):
    """End a prompt: thank and offer another, or leave it the way the reader asked to."""

    def name(self) -> str:
        return "action_finish_opinion"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        prompt = current_prompt(tracker)
        exit_ = tracker.get_slot("prompt_exit")
        events: list[dict[str, Any]] = [SlotSet("prompt_id", None), *reset_answer()]
        done = answered(tracker)
        if prompt and tracker.get_slot("opinion"):
            done.append(prompt.id)
            events += [SlotSet("answered_prompts", done),
                       SlotSet("last_prompt_id", prompt.id),
                       SlotSet("last_message_id", tracker.get_slot("opinion_message_id"))]
            if exit_ is None:
                return [*events, *self.thank(dispatcher, tracker, prompt, done)]
            if exit_ == "next":  # ("idk china just seems bigger. skip": that reason kept, then the next question)
                self.thank(dispatcher, tracker, prompt, done, offer=False)
                return [*events, *start_next_prompt(dispatcher, tracker, done)]
        if exit_ == "skip" and prompt:
            return [*events, *start_next_prompt(dispatcher, tracker, [*done, prompt.id])]
        if exit_ and exit_.startswith(SWITCH):
            reading = dialogue.read(tracker.latest_message.get("text") or "", intent_of(tracker),
                                    dialogue.FREE)
            if reading.kind == "prompt_request" and reading.part == "answer":  # "2. yes, china matters more"
                return [*events, *await start_prompt_answered(dispatcher, tracker, done, reading)]
            wanted = exit_[len(SWITCH):].removesuffix(WITH_ANSWER)
            if exit_.endswith(WITH_ANSWER):  # an answer about that prompt, given at this one: kept there
                carried = Reading("prompt_request", prompt=wanted, part="answer",
                                  words=(tracker.latest_message.get("text") or "").strip())
                return [*events, *await start_prompt_answered(dispatcher, tracker, done, carried)]
            return [*events, *start_next_prompt(dispatcher, tracker, done, wanted=wanted)]
        if exit_ == "opt_out":
            return [*events, *await privacy.opt_out_now(dispatcher, tracker)]
        if exit_ == "delete_data":
            return [*events, *await privacy.delete_answers(dispatcher, tracker)]
        if exit_ == "start_over":
            return [*events, *start_over(dispatcher)]
        if exit_ == "goodbye":
            dispatcher.utter_message(response="utter_goodbye")
        elif exit_ in ("stop", "quiet") and (tracker.get_slot("opinion") or await asyncio.to_thread(store.answers_of, tracker.sender_id) != []):
            dispatcher.utter_message(response="utter_stopped")
        elif exit_ in ("stop", "quiet"):  # ("ok thanks" at the first question: nothing was kept to speak of)
            dispatcher.utter_message(text="No problem, we'll leave it there. Ask me anything about the article.")
        elif exit_ == "dropped":  # (a question kept as the answer, then "never mind": nothing kept from it)
            dispatcher.utter_message(text="No problem - nothing is kept from that question. Ask me anything about the article.")
        return events

    def thank(self, dispatcher: CollectingDispatcher, tracker: Tracker, prompt: Prompt,
              done: list[str], offer: bool = True) -> list[dict[str, Any]]:
        stance = tracker.get_slot("stance")
        opinion = tracker.get_slot("opinion")
        reason = tracker.get_slot("reason") or ""
        if reason and reason.lower() not in opinion.lower():
            # ("nah", then "china matters but not at cost of ukraine" for why: both, not the "nah" alone)
            opinion = f"{opinion.rstrip(' .')} - {reason}"
        gist = opinion if len(opinion) <= 120 else opinion[:117].rstrip() + "..."
        saved = "" if tracker.get_slot("opted_out") else " It's saved for the discussion."
        summary = f" So {STANCE_PHRASES[stance]} {prompt.statement}." if stance in STANCES else ""
        dispatcher.utter_message(text=f"Thank you!{saved}{summary} In your words: {gist}")
        return offer_next_prompt(dispatcher, done) if offer else []


def offer_next_prompt(dispatcher: CollectingDispatcher, done: list[str]) -> list[dict[str, Any]]:
    """After an answer: another discussion question, or back to the article."""
    if not next_prompt(done):
        dispatcher.utter_message(response="utter_all_prompts_done")
        return []
    dispatcher.utter_message(
        text="Would you like another discussion question, or back to the article?",
        buttons=[{"title": "Another question", "payload": "/share_opinion"},
                 {"title": "Back to the article", "payload": "/help"}],
    )
    return [SlotSet("offered", "prompt")]


# What bot.dialogue reads as a question about the discussion itself, at any step.
ABOUT_THE_DISCUSSION = ("show_answers", "privacy", "prompts_info", "answers_request", "undo", "others_answers",
                        "stances_info")
# prompt_exit's value for leaving the open prompt for the one the reader asked for
SWITCH = "switch:"
WITH_ANSWER = "+answer"  # ... with the reader's message as that prompt's answer


async def about_the_discussion(dispatcher: CollectingDispatcher, tracker: Tracker,
                               kind: str) -> list[dict[str, Any]]:
    """The reader's saved answers, who reads them, or how many discussion questions there are."""
    if kind == "show_answers":
        return await privacy.show_answers(dispatcher, tracker)
    if kind == "privacy" and tracker.get_slot("opted_out") and not re.search(
            r"\b(who|where|whom)\b", (tracker.latest_message.get("text") or "").lower()):
        # "will my future answers be saved?" after opting out: no, and how to change that ("who
        # reads it?" is answered as it is asked)
        dispatcher.utter_message(response="utter_already_opted_out")
    elif kind in ("privacy", "answers_request", "undo", "others_answers", "stances_info"):
        dispatcher.utter_message(response=f"utter_{kind}")
    else:
        tell_prompts(dispatcher, tracker)
        if not tracker.get_slot("prompt_id") and next_prompt(answered(tracker)):
            return [SlotSet("offered", "prompt")]  # ("the fifth one" next picks one of those listed)
    return []


def tell_prompts(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """How many discussion questions there are, how many the reader has answered."""
    total, done = len(prompts()), len(answered(tracker))
    left = total - done
    saved = done if tracker.get_slot("opted_out") else len(store.answers_of(tracker.sender_id) or [])
    skipped = max(done - saved, 0)
    more = (" Say \"share my view\" for the next one." if left and not tracker.get_slot("prompt_id")
            else "")
    listed = "; ".join(f"{number}. whether {prompt.statement}"
                       for number, prompt in enumerate(prompts().values(), 1))
    dispatcher.utter_message(
        text=f"There are {total} discussion questions; you've answered {saved}"
             f"{f' and skipped {skipped}' if skipped else ''}, so {left} "
             f"{'is' if left == 1 else 'are'} left.{more} Each is optional: \"skip\" moves on. "
             f"They ask: {listed}. To answer one, name it (\"the one about china\").")


async def add_to_last_answer(dispatcher: CollectingDispatcher, tracker: Tracker,
                             words: str) -> list[dict[str, Any]] | None:
    """More words right after an answer was saved: they belong to it, not to a prompt the
    reader hasn't seen. None if there is no saved answer to add to."""
    message_id = tracker.get_slot("last_message_id")
    if not tracker.get_slot("last_prompt_id") or not message_id:
        return None
    if tracker.get_slot("opted_out"):
        dispatcher.utter_message(text="Thanks - you opted out of saving, so it isn't saved.")
    else:
        # "because we should stand with our allies" after a stance that answered the probe
        changed = await add_words(message_id, words)
        dispatcher.utter_message(text="I have that already." if changed == 0
                                 else "Thanks - I've added that to your answer.")
    return offer_next_prompt(dispatcher, answered(tracker))


def split_sentences(text: str) -> list[str]:
    """`text`'s sentences, and the pieces added to it later (the store joins them with " / ")."""
    return [said for said in re.split(r"(?<=[.!?])\s+|\s+/\s+", text.strip()) if said]


def sentences_about(text: str, about: str) -> list[str]:
    """The sentences of `text` that mention what `about` names ("my brother": "My brother is at
    the front."), by its words other than "my" and "the"."""
    return [said for said in split_sentences(text) if has_words_of(said, about)]


def has_words_of(said: str, about: str) -> bool:
    """Whether `said` has every word of `about` but "my", "the" and the like ("europe's defence": "Europe ... its
    own defence")."""
    wanted = [re.sub(r"'s$", "", w) for w in re.findall(r"[a-z']+", about.lower().replace("’", "'")) if w not in (
        "my", "the", "a", "an", "being", "is", "are", "was", "were", "that", "this", "about", "of", "and")]
    said = said.lower().replace("’", "'")

    def found(word: str) -> bool:
        if word in NEGATIONS:  # ("not believing putin would honor any deal": "I don't believe ... Putin would honor any deal")
            return any(re.search(rf"\b{re.escape(no)}\b", said) for no in NEGATIONS)
        if re.search(rf"\b{re.escape(word)}('?s|es)?\b", said):
            return True
        root = re.sub(r"(ing|ed|es|s)$", "", word) if len(word) > 5 else word  # ("believing": "believe")
        return root != word and re.search(rf"\b{re.escape(root)}\w{{0,3}}\b", said) is not None
    return bool(wanted) and all(found(w) for w in wanted)


NEGATIONS = ("not", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "never", "no", "can't", "cant", "won't", "wont")


# Where a sentence's clauses meet: ", but", ", and", ";", " but " (the separator goes with the clause after it)
CLAUSE_JOINT = re.compile(r"(,\s*(?:but|and|yet|though|while|although)\s+|;\s*|\s+but\s+)", re.I)


def clause_about(sentence: str, about: str) -> tuple[str, str] | None:
    """(what stays, what moves) when only some clauses of a sentence mention `about`: the last one joined on with "and"
    ("its smart, get out of the ukraine mess and focus on china": "focus on china"), or any set off by ", but", ", and"
    or ";" ("I think talking to Russia is fine in principle, but blaming Ukraine for being invaded is outrageous, and
    Europe should pay more ...": "blaming Ukraine for being invaded is outrageous"); None otherwise."""
    joined = re.match(r"^(?P<keep>.+)(,\s*|\s+)and (also )?(?P<part>[^,;]+?)\W*$", sentence, re.I)  # (the last "and")
    if joined and has_words_of(joined["part"], about) and not has_words_of(joined["keep"], about) \
            and len(dialogue.words_of(joined["keep"])) >= 2 and len(dialogue.words_of(joined["part"])) >= 2:
        return joined["keep"].strip(" ,"), joined["part"].strip()
    pieces = CLAUSE_JOINT.split(sentence)  # [clause, joint, clause, joint, clause ...]
    clauses = [(pieces[i - 1] if i else "", pieces[i]) for i in range(0, len(pieces), 2)]
    moving = [clause for _, clause in clauses if has_words_of(clause, about)]
    if len(clauses) < 2 or not moving or len(moving) == len(clauses) \
            or any(len(dialogue.words_of(clause)) < 4 for _, clause in clauses) \
            or any(re.match(r"\W*(not|only|if|unless|he|she|it|they|that|this|so|then|which|who|when)\b", clause, re.I)
                   for _, clause in clauses[1:]):
        return None  # (not "China matters, but not more than Ukraine", "Putin lies, and he will break any deal")
    kept = [(joint, clause) for joint, clause in clauses if not has_words_of(clause, about)]
    keep = kept[0][1] + "".join(joint + clause for joint, clause in kept[1:])
    return keep.strip(" ,;"), " and ".join(clause.strip(" ,;.") for clause in moving)


def without_words(text: str, cut: str) -> str:
    """`text` with the words `cut` taken out (case aside), and the separators they leave tidied."""
    whole = re.search(rf"(?<!\w){re.escape(cut)}(?!\w)", text, re.I)  # ("ok" is no part of "took")
    found = whole.start() if whole else text.lower().find(cut.lower())
    if found < 0:  # ("maria s." cut where the reason ends "... russia. maria s")
        return without_words(text, cut.rstrip(" .!?,;")) if cut.rstrip(" .!?,;") not in (cut, "") else text
    rest = f"{text[:found]} {text[found + len(cut):]}"
    rest = re.sub(r"\s*/\s*(/\s*)+", " / ", rest)  # ("a / <cut> / b": one " / " left)
    rest = re.sub(r"(?<=[.!?;,])\s+[.,;]+(?=\s|$)", "", rest)  # ("I took it. <Ok.> For us": one stop left)
    return re.sub(r"\s{2,}", " ", rest).strip(" /,.;") or text


def said_in(row: dict) -> str:
    """A saved answer's words and its reason, as one text to look for words in."""
    return f"{row['opinion'] or ''} {row['reason'] or ''}"


def words_found(text: str, words: str) -> bool:
    """Whether `words` stand in `text` as whole words, case aside."""
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.I) is not None


def words_swapped(text: str, old: str, new: str) -> str:
    """`text` with each whole-word `old` (case aside) replaced by `new`."""
    return re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", lambda _: new, text, flags=re.I)


async def last_answer_lacks_stance(tracker: Tracker) -> bool:
    """Whether the answer the reader finished last has no stance (moved to another prompt, or
    the stance question declined)."""
    rows = await asyncio.to_thread(store.answers_of, tracker.sender_id) or []
    row = next((r for r in rows if r["message_id"] == tracker.get_slot("last_message_id")), None)
    return row is not None and not row["stance"]


async def move_answer(dispatcher: CollectingDispatcher, tracker: Tracker, message_id: str,
                      prompt: Prompt) -> tuple[str, bool]:
    """File the answer from `message_id` under `prompt` instead; its stance was about the other.
    One answer per prompt, and none lost: an answer the reader gave there already keeps its place
    and stance, and the moved words are added to it. Returns the message id the words are kept
    under, and whether they joined an earlier answer."""
    rows = await asyncio.to_thread(store.answers_of, tracker.sender_id) or []
    earlier = next((row for row in rows if row["prompt_id"] == prompt.id and row["message_id"] != message_id), None)
    unsaved = " (you opted out, so it isn't saved)" if tracker.get_slot("opted_out") else ""
    moving = next((row for row in rows if row["message_id"] == message_id), None)
    if earlier is None or moving is None:
        await update_opinion(tracker, message_id, prompt_id=prompt.id, prompt=prompt.text, stance=None)
        dispatcher.utter_message(text=f"Moved - your answer is now filed under{unsaved}: {prompt.text}")
        return message_id, False
    # ("that second one ... belongs to the first question. move it there": the first one's words stay)
    if moving["opinion"]:
        await add_words(earlier["message_id"], moving["opinion"])
    if moving["reason"] and moving["reason"] not in (moving["opinion"] or ""):  # (not a reason read from it)
        await add_words(earlier["message_id"], moving["reason"])
    await record({"op": "delete_answer", "message_id": message_id})
    dispatcher.utter_message(text=f"Moved - you had answered that one already, so I added those words to your "
                                  f"answer there{unsaved}: {prompt.text}")
    return earlier["message_id"], True


async def edit_named_answers(dispatcher: CollectingDispatcher, tracker: Tracker,
                             edits: tuple[tuple[str, str], ...], ask_reason: bool = False) -> list[dict[str, Any]]:
    """Change the stance, words or reason of, move, or delete answers named by their prompt's topic
    or their place ("make the china one mixed", "remove my first answer", "move my first answer
    to the europe question"); say what was done to each. `ask_reason`: a lone stance given to a question not
    answered yet ("agree w/ 6") is saved and why is asked, that question's form opened at its reason."""
    rows = await asyncio.to_thread(store.answers_of, tracker.sender_id)
    if rows is None:
        dispatcher.utter_message(text="I can't reach your saved answers just now - please try again in a moment.")
        return []
    events: list[dict[str, Any]] = []
    done = answered(tracker)
    deleted: set[str] = set()  # ("the first one is garbage. remove the russia shift one": one answer, named twice)
    for target, change in edits:
        if change.startswith(dialogue.SPELL_EDIT):
            # "i spelled abandoning wrong, can you fix that word": the word of an answer that is nearly it, put right
            meant = change[len(dialogue.SPELL_EDIT):]
            # (a word spelt nearly so - same first letter, not the same word with an "s" more or less)
            found = next(((r, word) for r in reversed(rows) for word in re.findall(r"[\w'-]+", said_in(r))
                          if word.lower() != meant.lower() and word[:1].lower() == meant[:1].lower()
                          and word.lower().rstrip("s") != meant.lower().rstrip("s")
                          and difflib.SequenceMatcher(None, word.lower(), meant.lower()).ratio() >= 0.8),
                         None) if target == "#-1" else None
            if found is None:
                dispatcher.utter_message(text=f"I couldn't find a word like \"{meant}\" spelt another way in your answers - "
                                              f"say \"change WORD to {meant}\" with the word as it is now.")
                continue
            change = f"{dialogue.REPLACE_EDIT}{found[1]}\x1f{meant}"
            row = found[0]
        elif change.startswith(dialogue.REPLACE_EDIT) and target == "#-1":  # "change Kharkiv to Kyiv": where it is
            old_words = change[len(dialogue.REPLACE_EDIT):].split("\x1f")[0]
            row = next((r for r in reversed(rows) if words_found(said_in(r), old_words)), None)
            if row is None:
                dispatcher.utter_message(text=f"None of your saved answers has the words \"{old_words}\" - nothing changed.")
                continue
        elif change.startswith((dialogue.MOVE_PART_EDIT, dialogue.COPY_PART_EDIT)) and target == "#-1":  # "move the part about crimea to ...": where it is
            part_about = change.split(":", 1)[1].split("\x1f")[0]
            row = next((r for r in reversed(rows) if sentences_about(r["opinion"] or "", part_about)), None)
            if row is None:
                dispatcher.utter_message(text=f"None of your saved answers mentions {part_about} - nothing moved.")
                continue
        elif change.startswith(dialogue.CUT_ABOUT_EDIT) and target == "#-1":  # "delete the part about my brother": where it is
            row = next((r for r in reversed(rows) if sentences_about(said_in(r),
                                                                    change[len(dialogue.CUT_ABOUT_EDIT):])), None)
            if row is None:
                dispatcher.utter_message(text=f"None of your saved answers mentions "
                                              f"{change[len(dialogue.CUT_ABOUT_EDIT):]} - nothing to take out.")
                continue
        elif change.startswith(dialogue.CUT_EDIT) and target == "#-1" and (having := next(
                (r for r in reversed(rows) if words_found(said_in(r),
                                                          change[len(dialogue.CUT_EDIT):])), None)) is not None:
            # "remove the phrase '...' from that answer": the answer that has those words, the latest if several do
            row = having
        elif target.startswith(dialogue.SAID_TARGET):  # "the one where i said china is the real threat"
            words = target[len(dialogue.SAID_TARGET):]
            having = [r for r in rows if words_found(said_in(r), words)]
            if len(having) != 1:
                # (only the one answer that has them: never a guess among several)
                dispatcher.utter_message(text=(f"None of your saved answers has the words \"{words}\"" if not having else
                                               f"More than one of your saved answers has the words \"{words}\"") +
                                              " - nothing changed. Say \"show my answers\" to see what I have, then "
                                              "\"delete my first answer\" (or second, third ...).")
                continue
            row = having[0]
        elif target.startswith("#"):
            place = int(target[1:])
            row = rows[place - 1] if 0 < place <= len(rows) else rows[-1] if place == -1 and rows else None
        else:
            row = next((r for r in rows if r["prompt_id"] == target), None)
            if row is None and change == "delete" and target in prompts():
                # "delete the china one" when the view on China was filed under the general question (where a
                # view given unasked goes): the one answer there that speaks of it
                speaking = [r for r in rows if r["prompt_id"] in prompts() and not prompts()[r["prompt_id"]].yes_no
                            and any(words_found(said_in(r), topic)
                                    for topic in prompts()[target].view_topics)]
                row = speaking[0] if len(speaking) == 1 else None
        if row is not None and row["message_id"] in deleted:
            continue
        prompt = prompts().get(row["prompt_id"]) if row else prompts().get(target)
        # (the question named neutrally: "(the shift ... is the right policy)" read as the reader's own view)
        about = f" on whether {prompt.statement}" if prompt else " there"
        given = next((change[len(edit):] for edit in (dialogue.ADD_EDIT, dialogue.OPINION_EDIT) if change.startswith(edit)), None)
        added_to_none = row is None and given is not None and prompt is not None
        if added_to_none:
            # "also add that to the 80 years one, I think ...", "change my answer to the China question: I
            # think no, not worth it" with none given yet: its answer, in those words
            change = dialogue.stance_of(given, prompt.yes_no) or ""
        if row is None and (change in STANCES or added_to_none) and prompt is not None and not tracker.get_slot("opted_out"):
            # "agree on europe" with that question not yet answered: the answer, in those words
            text = tracker.latest_message.get("text") or ""
            # ("4 and 5 disagree, 6 agree": each its stance, not the whole message as every one's words)
            said = store.clean_text(given) if added_to_none and given.strip() else \
                change if len(edits) > 1 or dialogue.number_stanced(text) else text or change
            if not tracker.get_slot("consent_shown") and not any(e.get("name") == "consent_shown" for e in events):
                dispatcher.utter_message(response="utter_consent")
                events.append(SlotSet("consent_shown", True))
            await record_answer(tracker, prompt, said, None, change or None, f"{message_id_of(tracker)}#{prompt.id}")
            # (the message's next change may be to it: "the china answer, i want unsure, because ...")
            rows = [*rows, {"prompt_id": prompt.id, "prompt": prompt.text, "message_id": f"{message_id_of(tracker)}#{prompt.id}",
                            "opinion": said, "reason": None, "stance": change or None}]
            if ask_reason and len(edits) == 1 and change in STANCES and not added_to_none:
                # "agree w/ 6": saved, and why asked - the next message is its reason, not a view of its own
                dispatcher.utter_message(text=f"Saved: {STANCE_PHRASES[change]} {prompt.statement}.")
                return [*events, *reset_answer(), SlotSet("answered_prompts", [*done, prompt.id] if prompt.id not in done else done),
                        SlotSet("prompt_id", prompt.id), SlotSet("opinion", said),
                        SlotSet("opinion_message_id", f"{message_id_of(tracker)}#{prompt.id}"), SlotSet("stance", change),
                        SlotSet("last_prompt_id", prompt.id), SlotSet("last_message_id", f"{message_id_of(tracker)}#{prompt.id}"),
                        SlotSet("requested_slot", None), FollowupAction("opinion_form")]
            dispatcher.utter_message(text=f"Saved: {STANCE_PHRASES[change]} {prompt.statement}. Say \"change my "
                                          f"answer to: ...\" to add your words." if change else
                                     f"Saved as your answer to: {prompt.text} Say \"make that agree\" (or disagree, "
                                     f"mixed, unsure) for where you stand.")
            done = [*done, prompt.id] if prompt.id not in done else done
            events += [SlotSet("answered_prompts", done), SlotSet("last_prompt_id", prompt.id),
                       SlotSet("last_message_id", f"{message_id_of(tracker)}#{prompt.id}")]
        elif row is None:
            dispatcher.utter_message(text=f"I have no saved answer of yours{about}. Say \"show my answers\" "
                                          "to see what I have.")
        elif change == "delete":
            await delete_answer(tracker, row["message_id"])
            deleted.add(row["message_id"])
            dispatcher.utter_message(text=f"Done - I've deleted your answer{about}; your other answers are kept.")
            done = [d for d in done if d != row["prompt_id"]]
            events.append(SlotSet("answered_prompts", done))
            if row["message_id"] == tracker.get_slot("last_message_id"):
                events += [SlotSet("last_prompt_id", None), SlotSet("last_message_id", None)]
        elif change.startswith(dialogue.OPINION_EDIT):  # "change my answer on elections to: ..."
            opinion = store.clean_text(change[len(dialogue.OPINION_EDIT):])[: store.MAX_OPINION_CHARS]
            # ("... to: you negotiate but you dont trust. and the stance is disagree": the words, and the stance)
            then = dialogue.trailing_stance(opinion)
            opinion = then[0].rstrip(" ,;") if then and then[0].strip(" ,;.") else opinion
            # (a reason given apart, at "What makes you say that?", stays unless the new words give
            # one; a reason read from the old words goes with them)
            fields: dict[str, Any] = {"opinion": opinion,
                                      "reason": dialogue.reason_in(opinion, row["stance"]) or reason_given_apart(row)}
            said = then[1] if then else \
                dialogue.stance_of(opinion, bool(prompt and prompt.yes_no)) if dialogue.STANCE_SAID.search(opinion) \
                or (prompt and prompt.yes_no) else None
            if said:
                fields["stance"] = said
            await record({"op": "update", "message_id": row["message_id"], "updated_at": now(), **fields})
            stance_now = f" Your stance is now {said}." if said and said != row["stance"] else ""
            dispatcher.utter_message(text=f"Done - your answer{about} now reads: \"{opinion}\"{stance_now}")
        elif change.startswith(dialogue.CUT_ABOUT_EDIT):
            about_words = change[len(dialogue.CUT_ABOUT_EDIT):]
            cut_sentences = [said for part in ("opinion", "reason") if row[part]
                             for said in sentences_about(row[part], about_words)]
            fields = {part: kept for part in ("opinion", "reason") if row[part]
                      and (kept := " ".join(s for s in split_sentences(row[part]) if s not in cut_sentences)) != row[part]}
            if not cut_sentences:
                dispatcher.utter_message(text=f"That answer{about} doesn't mention {about_words} - it is unchanged.")
                continue
            if not fields.get("opinion", row["opinion"]):
                # (the answer is one sentence: the words to keep are the reader's to say)
                dispatcher.utter_message(text=f"That is in the only sentence of your answer{about} - say \"change my "
                                              f"answer to: ...\" with the words to keep, or \"delete the ... one\" to delete it.")
                continue
            fields = {part: kept or None for part, kept in fields.items()}
            await record({"op": "update", "message_id": row["message_id"], "updated_at": now(), **fields})
            await asyncio.to_thread(store.redact_conversation, tracker.sender_id, cut_sentences)
            dispatcher.utter_message(text=f"Done - I took that out of your answer{about}. It now reads: "
                                          f"\"{fields.get('opinion', row['opinion'])}\"")
        elif change.startswith(dialogue.KEEP_ABOUT_EDIT):  # "my opinion is just the part about talking to russia"
            about_words = change[len(dialogue.KEEP_ABOUT_EDIT):]
            kept = dialogue.without_view_lead(" ".join(sentences_about(row["opinion"] or "", about_words)))
            if not kept:
                dispatcher.utter_message(text=f"That answer{about} doesn't mention {about_words} - it is unchanged.")
                continue
            if kept == row["opinion"]:
                dispatcher.utter_message(text=f"That is all your answer{about} says already: \"{kept}\"")
                continue
            await record({"op": "update", "message_id": row["message_id"], "updated_at": now(), "opinion": kept})
            dispatcher.utter_message(text=f"Done - your answer{about} now reads: \"{kept}\"")
        elif change.startswith((dialogue.MOVE_PART_EDIT, dialogue.COPY_PART_EDIT)):
            moved_events = await move_part(dispatcher, tracker, row, rows, *change.split(":", 1)[1].split("\x1f"),
                                           copy=change.startswith(dialogue.COPY_PART_EDIT))
            events += moved_events
            done = next((e["value"] for e in moved_events if e.get("name") == "answered_prompts"), done)
        elif change.startswith(dialogue.ADD_EDIT):  # "add to my answer: NATO expanded east"
            await add_words(row["message_id"], change[len(dialogue.ADD_EDIT):])
            dispatcher.utter_message(text=f"Done - I've added that to your answer{about}.")
        elif change.startswith(dialogue.ADD_REASON_EDIT):  # "For the Putin one, add the reason: ..."
            added = store.clean_text(change[len(dialogue.ADD_REASON_EDIT):])
            reason = (f"{row['reason'].rstrip(' .,;')}; {added}" if row["reason"] else added)[: store.MAX_OPINION_CHARS]
            await record({"op": "update", "message_id": row["message_id"], "updated_at": now(), "reason": reason})
            dispatcher.utter_message(text=f"Done - your reason{about} is now: \"{reason}\"")
        elif change.startswith(dialogue.REPLACE_EDIT):  # "in my first answer please change Kharkiv to Kyiv"
            old_words, new_words = change[len(dialogue.REPLACE_EDIT):].split("\x1f")
            fields = {part: store.clean_text(swapped)[: store.MAX_OPINION_CHARS] for part in ("opinion", "reason")
                      if row[part] and (swapped := words_swapped(row[part], old_words, new_words)) != row[part]}
            if not fields:
                dispatcher.utter_message(text=f"I couldn't find \"{old_words}\" in that answer{about} - it is unchanged.")
                continue
            await record({"op": "update", "message_id": row["message_id"], "updated_at": now(), **fields})
            dispatcher.utter_message(text=f"Done - \"{old_words}\" is now \"{new_words}\" in your answer{about}. "
                                          f"It reads: \"{fields.get('opinion', row['opinion'])}\"")
        elif change.startswith(dialogue.CUT_EDIT):  # "remove 'they lost the war ...' from my first answer"
            cut = change[len(dialogue.CUT_EDIT):]
            fields = {part: kept for part in ("opinion", "reason")
                      if row[part] and (kept := without_words(row[part], cut)) != row[part]}
            if not fields:
                whole = cut.lower().strip(" .") == (row["opinion"] or "").lower().strip(" .")
                dispatcher.utter_message(text="That is the whole answer - say \"delete the ... one\" to delete it."
                                         if whole else f"I couldn't find those words in that answer{about} - it is unchanged.")
                continue
            await record({"op": "update", "message_id": row["message_id"], "updated_at": now(), **fields})
            # (the words taken out go from the stored conversation too, and are not said back)
            await asyncio.to_thread(store.redact_conversation, tracker.sender_id, [cut])
            dispatcher.utter_message(text=f"Done - I took those words out of your answer{about}. It now reads: "
                                          f"\"{fields.get('opinion', row['opinion'])}\"")
        elif change.startswith(dialogue.MOVE_EDIT):  # "move my first answer to the europe question"
            new = prompts()[change[len(dialogue.MOVE_EDIT):]]
            if new.id == row["prompt_id"]:
                dispatcher.utter_message(text=f"That answer is already filed under: {new.text}")
                continue
            kept, joined = await move_answer(dispatcher, tracker, row["message_id"], new)
            if not joined and not any(other == target and later in STANCES for other, later in edits):
                dispatcher.utter_message(text=f"Your stance was about the other question: say \"make that agree\" "
                                              f"(or disagree, mixed, unsure) to give it here ({new.statement}).")
            done = [*[d for d in done if d not in (row["prompt_id"], new.id)], new.id]
            # (a change after it in the message is to it there)
            row["prompt_id"], row["message_id"] = new.id, kept
            row["stance"] = None if not joined else row["stance"]
            events += [SlotSet("answered_prompts", done), SlotSet("last_prompt_id", new.id),
                       SlotSet("last_message_id", row["message_id"])]
        elif change.startswith(dialogue.REASON_EDIT):
            reason = store.clean_text(change[len(dialogue.REASON_EDIT):])[: store.MAX_OPINION_CHARS]
            await record({"op": "update", "message_id": row["message_id"], "updated_at": now(), "reason": reason or None})
            if reason:
                dispatcher.utter_message(text=f"Done - your reason{about} is now: \"{reason}\"")
            else:  # "delete my reason": the answer stays, without it (and it goes from the stored conversation)
                if row["reason"]:
                    await asyncio.to_thread(store.redact_conversation, tracker.sender_id, [row["reason"]])
                dispatcher.utter_message(text=f"Done - I've removed your reason{about}; your answer stays.")
        else:
            await record({"op": "update", "message_id": row["message_id"], "updated_at": now(), "stance": change})
            dispatcher.utter_message(text=f"Done - I've changed that answer: {STANCE_PHRASES[change]} "
                                          f"{prompt.statement if prompt else row['prompt']}.")
        if row is not None and change != "delete" and not change.startswith((dialogue.MOVE_EDIT, dialogue.MOVE_PART_EDIT,
                                                                             dialogue.COPY_PART_EDIT)):
            # ("for the first one, change my answer to: ...", then "and make that disagree": that one)
            events += [SlotSet("last_prompt_id", row["prompt_id"]), SlotSet("last_message_id", row["message_id"])]
    return events


async def move_part(dispatcher: CollectingDispatcher, tracker: Tracker, row: dict[str, Any], rows: list[dict[str, Any]],
                    about_words: str, prompt_id: str, copy: bool = False) -> list[dict[str, Any]]:
    """Move the sentences of `row`'s words that mention `about_words` to the answer to `prompt_id` ("move the part about
    crimea to the ukraine question"), or with `copy` put them there too ("also put the part about ..."): added to that
    answer if there is one, else saved as it; said what was done."""
    new = prompts()[prompt_id]
    moving, staying = [], []
    for said in split_sentences(row["opinion"] or ""):
        # ("move the part about china to the china question": the clause that says it, not its whole sentence)
        clause = clause_about(said, about_words) if has_words_of(said, about_words) else None
        if clause is not None:
            staying.append(clause[0])
            moving.append(clause[1])
        else:
            (moving if has_words_of(said, about_words) else staying).append(said)
    kept = " ".join(staying)
    # (without the lead that counted it off: "second, ukraine could NOT have ...")
    part = re.sub(r"^\W*((first|second|third|fourth|also|and|plus|then)\W+)+", "", " ".join(moving), flags=re.I)
    if not moving:
        dispatcher.utter_message(text=f"That answer doesn't mention {about_words} - it is unchanged.")
        return []
    if new.id == row["prompt_id"]:
        dispatcher.utter_message(text=f"That answer is already filed under: {new.text}")
        return []
    if not kept and not copy and len((row["opinion"] or "").split()) > len(about_words.split()) + 8:
        # ("move the part about zelensky to the first question" where the one sentence of the answer says far more: the
        # part can't be cut out of it, and the whole answer is not moved for it)
        dispatcher.utter_message(text=f"Your answer there is one sentence that says more than {about_words}, so I can't move just "
                                      f"that part. To move all of it, say \"move my answer to question {list(prompts()).index(new.id) + 1}\"; "
                                      f"to reword it, \"change my answer to: ...\".")
        return []
    if not kept and not copy:  # (the whole answer is that part: the answer moves)
        await move_answer(dispatcher, tracker, row["message_id"], new)
        return [SlotSet("answered_prompts", [*[d for d in answered(tracker) if d not in (row["prompt_id"], new.id)], new.id])]
    if not copy:
        reason = row["reason"] or ""
        for said in moving:  # (a reason read from those words goes with them)
            reason = reason.replace(said.rstrip(" ."), " ")
        reason = re.sub(r"(,\s*|\s+)and\W*$", "", re.sub(r"\s{2,}", " ", reason).strip(" .,;")) or None
        await record({"op": "update", "message_id": row["message_id"], "updated_at": now(), "opinion": kept, "reason": reason})
    there = next((r for r in rows if r["prompt_id"] == new.id), None)
    said_there = dialogue.read(part, None, dialogue.ASKED_OPINION, new.yes_no)
    stance = (dialogue.statement_judged(part, new.statement) if new.yes_no else None) or said_there.stance or (
        dialogue.statement_said(part, new.statement) if new.yes_no else dialogue.stance_worded(part, new))
    if there is not None:
        await add_words(there["message_id"], part)
    elif not tracker.get_slot("opted_out"):
        await record_answer(tracker, new, store.clean_text(part)[: store.MAX_OPINION_CHARS], None, stance,
                            f"{row['message_id']}#{new.id}")
    done = "copied" if copy else "moved"
    dispatcher.utter_message(text=f"Done - I {done} \"{part}\" to your answer on whether {new.statement}." if there is not None
                             else f"Done - I {done} \"{part}\" to: {new.text} So {STANCE_PHRASES[stance]} {new.statement}."
                             if stance else f"Done - I {done} \"{part}\" to: {new.text} Your answer there has no stance yet: "
                                            f"say \"make that agree\" (or disagree, mixed, unsure) to give it.")
    row["opinion"] = row["opinion"] if copy else kept
    # ("make that disagree" next is about the part moved, as the reply invites)
    moved_to = there["message_id"] if there is not None else f"{row['message_id']}#{new.id}"
    return [SlotSet("answered_prompts", [*[d for d in answered(tracker) if d != new.id], new.id]),
            SlotSet("last_prompt_id", new.id), SlotSet("last_message_id", moved_to)]


def reason_given_apart(row: dict[str, Any]) -> str | None:
    """A saved answer's reason when it was given apart from its words (at "What makes you say
    that?", or by "change my reason to: ..."): it stays when the words are said anew; a reason
    read from the old words goes with them."""
    return row["reason"] if row["reason"] and row["reason"] not in (row["opinion"] or "") else None


async def delete_answer(tracker: Tracker, message_id: str) -> None:
    """Delete one saved answer, and blank its words out of the stored conversation too (the
    reader asked for it gone; a moderator reading the conversation would still see it)."""
    rows = await asyncio.to_thread(store.answers_of, tracker.sender_id) or []
    row = next((r for r in rows if r["message_id"] == message_id), None)
    await record({"op": "delete_answer", "message_id": message_id})
    if row is not None:
        await asyncio.to_thread(store.redact_conversation, tracker.sender_id, [row["opinion"], row["reason"]],
                                message_id)


def reason_given_before(tracker: Tracker, opinion: str) -> bool:
    """Whether the open answer has a reason of its own, given at an earlier turn (the form fills the reason slot
    with the latest message before it is read: that is no reason given)."""
    reason = tracker.get_slot("reason") or ""
    return bool(reason) and reason != (tracker.latest_message.get("text") or "") and reason not in opinion


async def drop_open_answer(tracker: Tracker) -> list[dict[str, Any]]:
    """Delete the answer still open (taken for one, it was not), quietly; the events that leave it unanswered."""
    await delete_answer(tracker, tracker.get_slot("opinion_message_id"))
    return reset_answer()


async def discard(dispatcher: CollectingDispatcher, tracker: Tracker, message_id: str | None) -> None:
    """Delete the answer that came from `message_id`, if one was saved, and say so."""
    if message_id:
        before = await asyncio.to_thread(store.answers_of, tracker.sender_id) or []
        gone = next((prompts().get(row["prompt_id"]) for row in before if row["message_id"] == message_id), None)
        await delete_answer(tracker, message_id)
        # (which one, said: "delete the last one" after another answer was edited deleted the one edited, unsaid)
        which = f" (the one on whether {gone.statement})" if gone is not None and len(before) > 1 else ""
        if await asyncio.to_thread(store.answers_of, tracker.sender_id) == []:
            # ("say what? i didnt say anything" at the probe: there are no other answers to keep)
            dispatcher.utter_message(text="Done - that answer is deleted. Nothing of yours is saved now.")
            return
        if which:
            dispatcher.utter_message(text=f"Done - that answer is deleted{which}; your other answers are kept. Say \"delete my "
                                          "answers\" to delete them all and blank out this conversation.")
            return
    dispatcher.utter_message(response="utter_discarded" if message_id else "utter_nothing_saved")


async def discard_last_answer(dispatcher: CollectingDispatcher,
                              tracker: Tracker) -> list[dict[str, Any]]:
    """"don't save that one" after the answer was finished: that answer goes, the rest stay."""
    prompt_id = tracker.get_slot("last_prompt_id")
    await discard(dispatcher, tracker, tracker.get_slot("last_message_id") if prompt_id else None)
    done = [done_id for done_id in answered(tracker) if done_id != prompt_id]
    return [SlotSet("last_prompt_id", None), SlotSet("last_message_id", None),
            SlotSet("answered_prompts", done)]


HOW_TO_FIX_LAST_ANSWER = ("To fix your last answer, say \"make that disagree\" (or agree, mixed, unsure) for its stance, "
                          "\"change my answer to: \" and the words to keep, \"add to my reason: ...\" for more words, or "
                          "\"change my reason to: ...\". To give part of it to another question, say \"move the part about "
                          "... to the europe question\".")


async def correct_answer(dispatcher: CollectingDispatcher, tracker: Tracker,
                         fix: str) -> list[dict[str, Any]]:
    """"*europe" while a prompt is open: fix that word in the reason or answer just given ("you got that
    wrong", with no word: what is held so far, and how to put it right)."""
    message_id = tracker.get_slot("opinion_message_id")
    if not fix.strip():
        step = tracker.get_slot("requested_slot")  # (its slot holds this very message, not yet an answer)
        held, reason = (tracker.get_slot(part) if part != step else None for part in ("opinion", "reason"))
        if not held:  # (the question just put: the answer before it is the one meant)
            dispatcher.utter_message(text=HOW_TO_FIX_LAST_ANSWER)
            return []
        because = f", because \"{reason}\"" if reason else ""
        dispatcher.utter_message(text=f"So far your answer here reads: \"{held}\"{because}. To put it right, say \"change my "
                                      f"answer to: ...\" with the words to keep, \"make that disagree\" (or agree, mixed, "
                                      f"unsure), or \"scratch that\" to drop it.")
        return []
    for part in ("reason", "opinion"):
        before = tracker.get_slot(part)
        after = dialogue.corrected(before, fix) if before else None
        if after:
            await update_opinion(tracker, message_id, **{part: after})
            dispatcher.utter_message(text=f"Fixed: \"{after}\"")
            return [SlotSet(part, after), SlotSet("nudged", None)]
    dispatcher.utter_message(text="I couldn't find a word like that to fix - your answer is unchanged.")
    return []


async def edit_last_answer(dispatcher: CollectingDispatcher, tracker: Tracker, part: str,
                           words: str) -> list[dict[str, Any]]:
    """"change my reason to: ...": rewrite that part of the answer the reader finished last."""
    message_id = tracker.get_slot("last_message_id")
    last_prompt_id = tracker.get_slot("last_prompt_id")
    if not last_prompt_id or not message_id:
        # (after "restart" the conversation forgets it, the saved answers don't: the latest of them)
        rows = await asyncio.to_thread(store.answers_of, tracker.sender_id) or []
        message_id, last_prompt_id = (rows[-1]["message_id"], rows[-1]["prompt_id"]) if rows else (None, None)
    if not last_prompt_id or not message_id:
        dispatcher.utter_message(text="There's no saved answer to change yet. Say \"share my "
                                      "view\" to give one.")
        return []
    if tracker.get_slot("opted_out"):
        dispatcher.utter_message(text="You opted out of saving, so nothing is changed or saved.")
        return []
    words = store.clean_text(words)[: store.MAX_OPINION_CHARS]
    fields: dict[str, Any] = {}
    if part == "reason_add":  # "add to my reason: but not on borders": after the reason it has
        rows = await asyncio.to_thread(store.answers_of, tracker.sender_id) or []
        old = next((row["reason"] for row in rows if row["message_id"] == message_id), None)
        part, words = "reason", (f"{old.rstrip(' .,;')}, {words}" if old else words)[: store.MAX_OPINION_CHARS]
    then = dialogue.trailing_stance(words)
    if then:  # "change my answer to: <words>. make that mixed": the words, and the stance
        words, fields["stance"] = then[0].rstrip(" ,;"), then[1]
    fields[part] = words
    if part == "opinion" and "stance" not in fields:
        # "my actual answer: kinda agree but only if ...": a stance said in the new words is the stance
        last = prompts().get(last_prompt_id or "")
        # (only a stance in so many words: "Hard to say ..." rewritten is not a change to unsure)
        said = dialogue.stance_of(words, bool(last and last.yes_no)) if dialogue.STANCE_SAID.search(words) else None
        if said:
            fields["stance"] = said
        elif dialogue.is_dont_know(words):
            fields["stance"] = "unsure"  # ("change my answer to: idk tbh": unsure, in the reader's own words)
    if part == "opinion":  # the whole answer said anew: a reason read from the old words goes with them,
        # one given apart (at "What makes you say that?", or by "change my reason to: ...") stays
        rows = await asyncio.to_thread(store.answers_of, tracker.sender_id) or []
        row = next((r for r in rows if r["message_id"] == message_id), None)
        saved = fields.get("stance") or (row["stance"] if row else None)
        # (and a reason the new words still say stays as it was: "blaming the victim is wrong", set apart, in "change my
        # answer to: blaming the victim is wrong, though ending the war still matters")
        still_said = row["reason"] if row and row["reason"] and dialogue.normalized(row["reason"]) in (
            dialogue.normalized(clause) for clause in re.split(r"[,;.]\s*|\s+(?:but|though|although)\s+", words)) else None
        fields["reason"] = still_said or dialogue.reason_in(words, saved) or (reason_given_apart(row) if row else None)
    await update_opinion(tracker, message_id, **fields)
    label = "reason" if part == "reason" else "answer"
    kept_stance = row["stance"] if part == "opinion" and row and "stance" not in fields and row["stance"] == "unsure" else None
    # (new words with "unsure" left as it was: said, so "idk tbh" rewritten as a view doesn't stay unsure unseen)
    stance = f" Your stance is now {fields['stance']}." if "stance" in fields else \
        f" Your stance is still {kept_stance} - say \"make that agree\" (or disagree, mixed, unsure) to change it." \
        if kept_stance else ""
    dispatcher.utter_message(text=f"Done - your {label} now reads: \"{words}\"{stance}")
    return []
