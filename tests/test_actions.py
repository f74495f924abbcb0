"""Custom actions with real Trackers and a real SQLite file: events returned, replies, rows."""
from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions.article import ActionAnswerQuestion
from actions.opinions import (
    ActionAskOpinion, ActionAskStance, ActionFinishOpinion, ActionNextPrompt, ActionStopPrompt,
    ValidateOpinionForm,
)
from actions.privacy import ActionDeleteAnswers, ActionOptIn, ActionOptOut
from bot import store
from bot.knowledge import knowledge
from bot.prompts import prompts

DOMAIN: dict[str, Any] = {}


def tracker(
    text: str = "", intent: str = "ask_article", slots: dict | None = None,
    entities: list | None = None, sender: str = "reader-1", channel: str = "rest",
    message_id: str = "m-1", requested_slot: str | None = None, confidence: float = 0.9,
) -> Tracker:
    latest = {
        "text": text, "intent": {"name": intent, "confidence": confidence},
        "entities": entities or [], "message_id": message_id,
    }
    all_slots = {"answered_prompts": [], "questions_answered": 0, "requested_slot": requested_slot,
                 **(slots or {})}
    events = [{"event": "user", "text": text, "input_channel": channel, "parse_data": latest}]
    active_loop = {"name": "opinion_form"} if requested_slot else {}
    return Tracker(sender, all_slots, latest, events, False, None, active_loop, None)


def run(action, tracker_: Tracker) -> tuple[list[dict], CollectingDispatcher]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker_, DOMAIN))
    return events, dispatcher


def slots(events: list[dict]) -> dict[str, Any]:
    return {event["name"]: event["value"] for event in events if event.get("event") == "slot"}


def rows() -> list[store.Opinion]:
    store.create_schema()
    with store.session_factory().begin() as session:
        return list(session.scalars(select(store.Opinion).order_by(store.Opinion.id)))


def validate(slot: str, value: Any, tracker_: Tracker) -> tuple[dict, CollectingDispatcher]:
    dispatcher = CollectingDispatcher()
    method = getattr(ValidateOpinionForm(), f"validate_{slot}")
    return asyncio.run(method(value, dispatcher, tracker_, DOMAIN)), dispatcher


# --- questions ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, intent, expected",
    [
        ("who is kori shake", "ask_article", "American Enterprise Institute"),
        ("vance threat", "ask_article", "from within"),
        ("how old is putin", "ask_article", "The article doesn't say how old"),
        ("xqzv blorp", "nlu_fallback", "The article doesn't say anything about that"),
    ],
)
def test_answer_question_replies_from_the_article(text, intent, expected):
    events, dispatcher = run(ActionAnswerQuestion(), tracker(text, intent))
    assert expected in dispatcher.messages[0]["text"]
    assert slots(events) == {"questions_answered": 1}


def test_a_button_names_its_fact_directly():
    entities = [{"entity": "fact", "value": "summary"}]
    _, dispatcher = run(ActionAnswerQuestion(), tracker("/ask_article", entities=entities))
    assert knowledge().facts["summary"].quote in dispatcher.messages[0]["text"]


@pytest.mark.parametrize("text", ["give me a pasta recipe", "how are you doing today"])
def test_off_topic_chat_is_steered_back(text):
    events, dispatcher = run(ActionAnswerQuestion(), tracker(text, "out_of_scope"))
    assert dispatcher.messages[0]["response"] == "utter_off_topic"
    assert events == []


def test_the_opinion_offer_comes_once_after_three_answers():
    events, dispatcher = run(ActionAnswerQuestion(), tracker("who is lavrov", slots={"questions_answered": 2}))
    assert [m.get("response") for m in dispatcher.messages] == [None, "utter_offer_opinion"]
    assert slots(events) == {"questions_answered": 3, "opinion_offered": True}
    _, again = run(ActionAnswerQuestion(), tracker("who is lavrov", slots={"questions_answered": 3, "opinion_offered": True}))
    assert len(again.messages) == 1


# --- the discussion -------------------------------------------------------------------------

def test_next_prompt_shows_the_notice_once_then_the_first_unanswered_prompt():
    events, dispatcher = run(ActionNextPrompt(), tracker("share my view", "share_opinion"))
    assert dispatcher.messages[0]["response"] == "utter_consent"
    assert slots(events)["prompt_id"] == "russia_shift" and slots(events)["consent_shown"] is True
    done = {"answered_prompts": ["russia_shift"], "consent_shown": True}
    events, dispatcher = run(ActionNextPrompt(), tracker("another", "share_opinion", slots=done))
    assert dispatcher.messages == [] and slots(events)["prompt_id"] == "china_focus"


def test_skip_moves_on_and_remembers_the_skipped_prompt():
    state = {"prompt_id": "russia_shift", "consent_shown": True}
    events, _ = run(ActionNextPrompt(), tracker("skip", "skip", slots=state))
    assert slots(events)["answered_prompts"] == ["russia_shift"]
    assert slots(events)["prompt_id"] == "china_focus"


def test_when_every_prompt_is_answered_the_reader_is_told():
    state = {"answered_prompts": list(prompts()), "consent_shown": True}
    events, dispatcher = run(ActionNextPrompt(), tracker("share", "share_opinion", slots=state))
    assert dispatcher.messages[0]["response"] == "utter_all_prompts_done"
    assert slots(events)["prompt_id"] is None


def test_an_unprompted_opinion_is_kept_as_the_answer_to_the_open_prompt():
    events, _ = run(ActionNextPrompt(), tracker("I think it's a mistake because allies matter", "give_opinion"))
    assert slots(events)["opinion"] == "I think it's a mistake because allies matter"
    assert slots(events)["reason"] == "allies matter"
    [row] = rows()
    assert (row.prompt_id, row.opinion, row.reason) == ("russia_shift", "I think it's a mistake because allies matter", "allies matter")


def test_ask_actions_show_the_prompt_and_its_statement():
    state = {"prompt_id": "ukraine_deal"}
    _, dispatcher = run(ActionAskOpinion(), tracker(slots=state))
    assert dispatcher.messages[0]["text"] == prompts()["ukraine_deal"].text
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == ["/skip", "/stop"]
    _, dispatcher = run(ActionAskOpinion(), tracker(slots=state, channel="cmdline"))
    assert dispatcher.messages[0]["text"].startswith(prompts()["ukraine_deal"].text)
    assert dispatcher.messages[0]["buttons"] == []  # typed straight away in the shell
    _, dispatcher = run(ActionAskStance(), tracker(slots=state))
    assert dispatcher.messages[0]["statement"] == prompts()["ukraine_deal"].statement


def test_an_opinion_without_a_reason_is_saved_before_the_reply_and_probed():
    state = {"prompt_id": "russia_shift"}
    filled, _ = validate("opinion", "It's a terrible idea", tracker("It's a terrible idea", "give_opinion", slots=state, requested_slot="opinion", channel="socketio", message_id="abc"))
    assert filled == {"opinion": "It's a terrible idea", "opinion_message_id": "abc", "reason": None, "stance": None}
    [row] = rows()
    assert (row.session_id, row.channel, row.prompt_id, row.message_id) == ("reader-1", "socketio", "russia_shift", "abc")
    assert row.prompt == prompts()["russia_shift"].text and row.reason is None
    assert row.created_at is not None and row.updated_at is not None


def test_an_opinion_with_a_reason_and_clear_stance_is_not_probed():
    state = {"prompt_id": "russia_shift"}
    text = "I disagree, since Putin breaks every deal"
    filled, _ = validate("opinion", text, tracker(text, "give_opinion", slots=state, requested_slot="opinion"))
    assert filled["reason"] == "Putin breaks every deal" and filled["stance"] == "disagree"


def test_a_retried_message_updates_its_row_instead_of_adding_one():
    state = {"prompt_id": "russia_shift"}
    for text in ("first try", "first try, again"):
        validate("opinion", text, tracker(text, "give_opinion", slots=state, requested_slot="opinion", message_id="same"))
    assert [row.opinion for row in rows()] == ["first try, again"]


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01\x02"])
def test_empty_answers_are_asked_again(text):
    filled, dispatcher = validate("opinion", text, tracker(text, "give_opinion", slots={"prompt_id": "russia_shift"}, requested_slot="opinion"))
    assert filled == {"opinion": None}
    assert dispatcher.messages[0]["response"] == "utter_empty_answer"
    assert rows() == []


def test_long_answers_are_kept_up_to_the_limit_and_the_reader_is_told():
    text = "x" * (store.MAX_OPINION_CHARS + 100)
    filled, dispatcher = validate("opinion", text, tracker(text, "give_opinion", slots={"prompt_id": "russia_shift"}, requested_slot="opinion"))
    assert len(filled["opinion"]) == store.MAX_OPINION_CHARS
    assert dispatcher.messages[0]["response"] == "utter_answer_truncated"
    assert len(rows()[0].opinion) == store.MAX_OPINION_CHARS


def test_a_question_in_the_middle_is_answered_and_the_prompt_asked_again():
    question = "who is celeste wallander?"
    filled, dispatcher = validate("opinion", question, tracker(question, "ask_article", slots={"prompt_id": "russia_shift"}, requested_slot="opinion"))
    assert filled == {"opinion": None}
    assert "assistant secretary of defense" in dispatcher.messages[0]["text"]
    assert rows() == []


def test_reason_and_stance_update_the_saved_row():
    state = {"prompt_id": "russia_shift"}
    validate("opinion", "Bad idea", tracker("Bad idea", "give_opinion", slots=state, requested_slot="opinion", message_id="op-1"))
    state["opinion_message_id"] = "op-1"
    filled, _ = validate("reason", "Europe needs us", tracker("Europe needs us", "give_opinion", slots=state, requested_slot="reason", message_id="op-2"))
    assert filled == {"reason": "Europe needs us"}
    filled, dispatcher = validate("stance", "banana", tracker("banana", "out_of_scope", slots=state, requested_slot="stance"))
    assert filled == {"stance": None} and "agree, disagree, mixed or unsure" in dispatcher.messages[0]["text"]
    filled, _ = validate("stance", "disagree", tracker("/set_stance", "set_stance", slots=state, requested_slot="stance"))
    assert filled == {"stance": "disagree"}
    [row] = rows()
    assert (row.opinion, row.reason, row.stance) == ("Bad idea", "Europe needs us", "disagree")


def test_finish_thanks_reflects_and_offers_another_prompt():
    state = {"prompt_id": "russia_shift", "opinion": "It's risky", "stance": "mixed"}
    events, dispatcher = run(ActionFinishOpinion(), tracker(slots=state))
    assert "you have mixed feelings on whether the shift towards Russia is the right policy" in dispatcher.messages[0]["text"]
    assert "It's risky" in dispatcher.messages[0]["text"]
    assert [b["payload"] for b in dispatcher.messages[1]["buttons"]] == ["/share_opinion", "/help"]
    assert slots(events)["answered_prompts"] == ["russia_shift"] and slots(events)["prompt_id"] is None


def test_stop_keeps_what_was_said_and_leaves_the_form():
    state = {"prompt_id": "china_focus", "opinion": "Not worth it"}
    events, dispatcher = run(ActionStopPrompt(), tracker("never mind", "stop", slots=state, requested_slot="reason"))
    assert dispatcher.messages[0]["response"] == "utter_stopped"
    assert any(e["event"] == "active_loop" and e["name"] is None for e in events)
    assert slots(events)["answered_prompts"] == ["china_focus"]


# --- privacy --------------------------------------------------------------------------------

def test_after_opting_out_nothing_more_is_saved():
    events, _ = run(ActionOptOut(), tracker("don't save my answers", "opt_out"))
    assert slots(events)["opted_out"] is True
    state = {"prompt_id": "russia_shift", "opted_out": True}
    filled, _ = validate("opinion", "secret view", tracker("secret view", "give_opinion", slots=state, requested_slot="opinion"))
    assert filled["opinion"] == "secret view"
    assert rows() == []
    _, dispatcher = run(ActionNextPrompt(), tracker("share", "share_opinion", slots={"opted_out": True}))
    assert dispatcher.messages[0]["response"] == "utter_already_opted_out"
    events, _ = run(ActionOptIn(), tracker("save my answers", "opt_in"))
    assert slots(events)["opted_out"] is False


def test_delete_removes_only_this_sessions_rows_and_says_how_many():
    for sender, message_id in (("a", "1"), ("a", "2"), ("b", "3")):
        validate("opinion", "view", tracker("view", "give_opinion", slots={"prompt_id": "russia_shift"}, requested_slot="opinion", sender=sender, message_id=message_id))
    _, dispatcher = run(ActionDeleteAnswers(), tracker("delete my answers", "delete_data", sender="a"))
    assert dispatcher.messages[0]["text"].startswith("Done - I deleted 2 answers you gave in this conversation")
    assert [row.session_id for row in rows()] == ["b"]


@pytest.mark.parametrize("action", [ActionStopPrompt(), ActionNextPrompt()])
def test_a_long_answer_the_model_took_for_stop_or_skip_goes_back_to_the_form(action):
    text = "We should stop funding Ukraine and skip the drama"
    intent = "stop" if isinstance(action, ActionStopPrompt) else "skip"
    events, dispatcher = run(action, tracker(text, intent, slots={"prompt_id": "russia_shift"}, requested_slot="opinion"))
    assert dispatcher.messages == []
    assert slots(events) == {"opinion": text, "opinion_message_id": "m-1", "reason": None, "stance": None}
    assert events[-1]["event"] == "followup" and events[-1]["name"] == "opinion_form"
    [row] = rows()
    assert (row.opinion, row.prompt_id) == (text, "russia_shift")


@pytest.mark.parametrize("text", ["stop", "never mind", "Skip this one", "I don't want to answer that"])
def test_real_commands_still_stop_the_prompt(text):
    events, dispatcher = run(ActionStopPrompt(), tracker(text, "stop", slots={"prompt_id": "russia_shift"}, requested_slot="opinion"))
    assert dispatcher.messages[0]["response"] == "utter_stopped"


def test_a_question_the_model_took_for_an_opinion_is_answered_not_filed():
    events, dispatcher = run(ActionNextPrompt(), tracker("has trump ever criticized putin", "give_opinion"))
    assert "refrained from criticizing Putin" in dispatcher.messages[0]["text"]
    assert slots(events)["prompt_id"] is None
    assert rows() == []
