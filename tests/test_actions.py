"""Custom actions with real Trackers and a real SQLite file: events returned, replies, rows."""
from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions.article import answer_question
from actions.opinions import (
    ActionAskOpinion, ActionAskStance, ActionFinishOpinion, ActionHandleReply, ActionNextPrompt,
    ValidateOpinionForm,
)
from actions.privacy import ActionDeleteAnswers, ActionOptIn, ActionOptOut
from bot import config, store
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


def form_turn(text: str, intent: str, slots_: dict, step: str, **kwargs: Any) -> tuple[dict, CollectingDispatcher]:
    """One reader message while the form asks for `step`: the slots the form ends up with."""
    tracker_ = tracker(text, intent, slots={**slots_, step: text}, requested_slot=step, **kwargs)
    tracker_.events.append({"event": "slot", "name": step, "value": text})  # the form's from_text
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateOpinionForm().run(dispatcher, tracker_, DOMAIN))
    return slots(events), dispatcher


# --- questions inside actions (outside a prompt the Rasa server answers: test_answer_policy) --

def test_answer_question_replies_from_the_article_and_never_offers_a_prompt():
    dispatcher = CollectingDispatcher()
    events = answer_question(dispatcher, tracker("who is kori shake", slots={"questions_answered": 2}))
    assert "American Enterprise Institute" in dispatcher.messages[0]["text"]
    assert len(dispatcher.messages) == 1
    assert slots(events)["questions_answered"] == 3 and "opinion_offered" not in slots(events)


# --- the discussion -------------------------------------------------------------------------

def test_next_prompt_shows_the_notice_once_then_the_first_unanswered_prompt():
    events, dispatcher = run(ActionNextPrompt(), tracker("share my view", "share_opinion"))
    assert dispatcher.messages[0]["response"] == "utter_consent"
    assert slots(events)["prompt_id"] == "russia_shift" and slots(events)["consent_shown"] is True
    assert events[-1] == {"event": "followup", "name": "opinion_form", "timestamp": None}
    done = {"answered_prompts": ["russia_shift"], "consent_shown": True}
    events, dispatcher = run(ActionNextPrompt(), tracker("another", "share_opinion", slots=done))
    assert dispatcher.messages == [] and slots(events)["prompt_id"] == "china_focus"


def test_skip_moves_on_and_remembers_the_skipped_prompt():
    state = {"prompt_id": "russia_shift", "consent_shown": True}
    filled, _ = form_turn("skip", "skip", state, "opinion")
    assert filled["prompt_exit"] == "skip" and filled["requested_slot"] is None
    events, _ = run(ActionFinishOpinion(), tracker(slots={**state, **filled}))
    assert slots(events)["answered_prompts"] == ["russia_shift"]
    assert slots(events)["prompt_id"] == "china_focus"
    assert events[-1]["event"] == "followup" and events[-1]["name"] == "opinion_form"
    assert rows() == []


def save_answers(sender: str, prompt_ids: list[str]) -> None:
    for number, prompt_id in enumerate(prompt_ids):
        store.record({"op": "save", "session_id": sender, "channel": "rest", "prompt_id": prompt_id,
                      "prompt": prompts()[prompt_id].text, "opinion": "a view", "reason": None,
                      "stance": None, "message_id": f"{sender}-{number}"})


def test_when_every_prompt_is_answered_the_reader_is_told():
    save_answers("reader-1", list(prompts()))
    state = {"answered_prompts": list(prompts()), "consent_shown": True}
    events, dispatcher = run(ActionNextPrompt(), tracker("share", "share_opinion", slots=state))
    assert dispatcher.messages[0]["response"] == "utter_all_prompts_done"
    assert slots(events)["prompt_id"] is None


def test_skipped_prompts_come_round_again_once_every_prompt_was_asked():
    # A tester skipped some, then got "That was my last discussion question" for good.
    answered = [prompt_id for prompt_id in prompts() if prompt_id != "wartime_elections"]
    save_answers("reader-1", answered)
    state = {"answered_prompts": list(prompts()), "consent_shown": True}
    events, dispatcher = run(ActionNextPrompt(), tracker("share", "share_opinion", slots=state))
    assert dispatcher.messages[0]["response"] == "utter_skipped_again"
    assert slots(events)["prompt_id"] == "wartime_elections"
    assert slots(events)["answered_prompts"] == answered


def test_an_unprompted_opinion_is_kept_as_the_answer_to_the_open_prompt():
    events, _ = run(ActionHandleReply(), tracker("I think it's a mistake because allies matter", "give_opinion"))
    assert slots(events)["opinion"] == "I think it's a mistake because allies matter"
    assert slots(events)["reason"] == "allies matter"
    assert events[-1]["event"] == "followup" and events[-1]["name"] == "opinion_form"
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
    filled, _ = form_turn("It's a terrible idea", "give_opinion", state, "opinion", channel="socketio", message_id="abc")
    assert filled["opinion"] == "It's a terrible idea" and filled["opinion_message_id"] == "abc"
    assert filled["reason"] is None and filled["stance"] == "disagree"  # (its verdict, said plainly)
    assert filled["requested_slot"] == "reason"
    [row] = rows()
    assert (row.session_id, row.channel, row.prompt_id, row.message_id) == ("reader-1", "socketio", "russia_shift", "abc")
    assert row.prompt == prompts()["russia_shift"].text and row.reason is None
    assert row.created_at is not None and row.updated_at is not None


def test_an_opinion_with_a_reason_and_clear_stance_is_not_probed():
    state = {"prompt_id": "russia_shift"}
    filled, _ = form_turn("I disagree, since Putin breaks every deal", "give_opinion", state, "opinion")
    assert filled["reason"] == "Putin breaks every deal" and filled["stance"] == "disagree"
    assert filled["requested_slot"] is None


def test_a_retried_message_updates_its_row_instead_of_adding_one():
    state = {"prompt_id": "russia_shift"}
    for text in ("first try", "first try, again"):
        form_turn(text, "give_opinion", state, "opinion", message_id="same")
    assert [row.opinion for row in rows()] == ["first try, again"]


def test_answering_the_same_prompt_again_updates_its_row():
    state = {"prompt_id": "russia_shift"}
    form_turn("first view", "give_opinion", state, "opinion", message_id="one")
    form_turn("second view", "give_opinion", state, "opinion", message_id="two")
    [row] = rows()
    assert (row.opinion, row.message_id) == ("second view", "two")


@pytest.mark.parametrize("text", ["   ", "\x00\x01\x02"])
def test_empty_answers_are_asked_again(text):
    filled, dispatcher = form_turn(text, "give_opinion", {"prompt_id": "russia_shift"}, "opinion")
    assert filled["opinion"] is None and filled["requested_slot"] == "opinion"
    assert rows() == []


def test_long_answers_are_kept_up_to_the_limit_and_the_reader_is_told():
    text = "x" * (store.MAX_OPINION_CHARS + 100)
    filled, dispatcher = form_turn(text, "give_opinion", {"prompt_id": "russia_shift"}, "opinion")
    assert len(filled["opinion"]) == store.MAX_OPINION_CHARS
    assert dispatcher.messages[0]["response"] == "utter_answer_truncated"
    assert len(rows()[0].opinion) == store.MAX_OPINION_CHARS


def test_a_question_in_the_middle_is_answered_and_the_prompt_asked_again():
    question = "who is celeste wallander?"
    filled, dispatcher = form_turn(question, "ask_article", {"prompt_id": "russia_shift"}, "opinion")
    assert filled["opinion"] is None and filled["requested_slot"] == "opinion"
    assert "assistant secretary of defense" in dispatcher.messages[0]["text"]
    assert rows() == []


def test_reason_and_stance_update_the_saved_row():
    state = {"prompt_id": "russia_shift"}
    form_turn("Bad idea", "give_opinion", state, "opinion", message_id="op-1")
    state.update(opinion="Bad idea", opinion_message_id="op-1")
    filled, _ = form_turn("Europe needs us", "give_opinion", state, "reason", message_id="op-2")
    assert filled["reason"] == "Europe needs us" and filled["requested_slot"] == "stance"
    state["reason"] = "Europe needs us"
    filled, dispatcher = form_turn("banana", "out_of_scope", state, "stance")
    assert filled["stance"] is None and "agree, disagree, mixed or unsure" in dispatcher.messages[0]["text"]
    stance = [{"entity": "stance", "value": "disagree"}]
    filled, _ = form_turn('/set_stance{"stance": "disagree"}', "set_stance", state, "stance", entities=stance)
    assert filled["stance"] == "disagree" and filled["requested_slot"] is None
    [row] = rows()
    assert (row.opinion, row.reason, row.stance) == ("Bad idea", "Europe needs us", "disagree")


def test_finish_thanks_reflects_and_offers_another_prompt():
    state = {"prompt_id": "russia_shift", "opinion": "It's risky", "stance": "mixed", "opinion_message_id": "m-9"}
    events, dispatcher = run(ActionFinishOpinion(), tracker(slots=state))
    assert "you have mixed feelings on whether the shift towards Russia is the right policy" in dispatcher.messages[0]["text"]
    assert "It's risky" in dispatcher.messages[0]["text"]
    assert [b["payload"] for b in dispatcher.messages[1]["buttons"]] == ["/share_opinion", "/help"]
    assert slots(events)["answered_prompts"] == ["russia_shift"] and slots(events)["prompt_id"] is None
    assert slots(events)["offered"] == "prompt" and slots(events)["last_message_id"] == "m-9"


def test_stop_keeps_what_was_said_and_leaves_the_prompt():
    state = {"prompt_id": "china_focus", "opinion": "Not worth it"}
    filled, _ = form_turn("never mind", "stop", state, "reason")
    assert filled["prompt_exit"] == "stop" and filled["requested_slot"] is None
    events, dispatcher = run(ActionFinishOpinion(), tracker(slots={**state, **filled}))
    assert dispatcher.messages[0]["response"] == "utter_stopped"
    assert slots(events)["answered_prompts"] == ["china_focus"]


# --- privacy --------------------------------------------------------------------------------

def test_after_opting_out_nothing_more_is_saved():
    events, _ = run(ActionOptOut(), tracker("don't save my answers", "opt_out"))
    assert slots(events)["opted_out"] is True
    state = {"prompt_id": "russia_shift", "opted_out": True}
    filled, _ = form_turn("secret view", "give_opinion", state, "opinion")
    assert filled["opinion"] == "secret view"
    assert rows() == []
    _, dispatcher = run(ActionNextPrompt(), tracker("share", "share_opinion", slots={"opted_out": True}))
    assert dispatcher.messages[0]["response"] == "utter_already_opted_out"
    events, _ = run(ActionOptIn(), tracker("save my answers", "opt_in"))
    assert slots(events)["opted_out"] is False


def test_delete_removes_only_this_sessions_rows_and_says_how_many():
    for sender, message_id, prompt in (("a", "1", "russia_shift"), ("a", "2", "china_focus"), ("b", "3", "russia_shift")):
        form_turn("view", "give_opinion", {"prompt_id": prompt}, "opinion", sender=sender, message_id=message_id)
    _, dispatcher = run(ActionDeleteAnswers(), tracker("delete my answers", "delete_data", sender="a"))
    assert dispatcher.messages[0]["text"].startswith("Done - I deleted 2 answers you gave in this conversation")
    assert [row.session_id for row in rows()] == ["b"]


@pytest.mark.parametrize("intent", ["stop", "skip", "start_over", "opt_out"])
def test_a_long_answer_the_model_took_for_a_command_is_kept_as_the_answer(intent):
    text = "We should stop funding Ukraine and skip the drama, honestly it drags on forever"
    filled, dispatcher = form_turn(text, intent, {"prompt_id": "russia_shift"}, "opinion")
    assert filled["opinion"] == text and filled.get("prompt_exit") is None
    [row] = rows()
    assert (row.opinion, row.prompt_id) == (text, "russia_shift")


@pytest.mark.parametrize("text", ["stop", "never mind", "Skip this one", "I don't want to answer that"])
def test_real_commands_still_end_the_prompt(text):
    filled, _ = form_turn(text, "stop", {"prompt_id": "russia_shift"}, "opinion")
    assert filled["prompt_exit"] in ("stop", "skip") and filled["requested_slot"] is None
    assert rows() == []


def test_a_question_the_model_took_for_an_opinion_is_answered_not_filed():
    events, dispatcher = run(ActionHandleReply(), tracker("has trump ever criticized putin", "give_opinion"))
    assert "refrained from criticizing Putin" in dispatcher.messages[0]["text"]
    assert "prompt_id" not in slots(events)
    assert rows() == []


def test_asked_for_its_own_view_the_bot_quotes_both_sides_verbatim_and_asks_again():
    article = config.ARTICLE_PATH.read_text(encoding="utf-8")
    for prompt in prompts().values():
        assert prompt.supporters_say in article and prompt.critics_say in article, prompt.id
    filled, dispatcher = form_turn("what do you think?", "ask_bot_opinion", {"prompt_id": "europe_response"}, "opinion")
    reply = dispatcher.messages[0]["text"]
    assert reply.startswith("I don't take sides")
    assert prompts()["europe_response"].critics_say in reply
    assert filled["requested_slot"] == "opinion" and rows() == []


@pytest.mark.parametrize("text, expected", [("hi", "utter_greet"), ("/greet", "utter_greet"),
                                            ("hey whos lavrof", None)])
def test_a_greeting_with_a_question_gets_the_answer(text, expected):
    _, dispatcher = run(ActionHandleReply(), tracker(text, "greet"))
    assert dispatcher.messages[0].get("response") == expected
    if expected is None:
        assert "foreign minister" in dispatcher.messages[0]["text"]


def test_round_39_the_clause_moved_is_the_last_one_that_says_it():
    # Round 39: "move the part about china" takes "focus on china" out of "its smart, get out of the ukraine mess and focus
    # on china"; the review found the first "and" split instead ("trump and putin are friends now and china is laughing")
    from actions.opinions import clause_about, sentences_about
    assert clause_about("its smart, get out of the ukraine mess and focus on china", "china") == (
        "its smart, get out of the ukraine mess", "focus on china")
    assert clause_about("trump and putin are friends now and china is laughing", "china") == (
        "trump and putin are friends now", "china is laughing")
    assert clause_about("china and russia are close", "china") is None  # (the clause that says it is the whole sentence)
    assert sentences_about("Europe, frankly, ought to shoulder a greater share of its own defence. Ukraine fought.",
                           "Europe's defence") == ["Europe, frankly, ought to shoulder a greater share of its own defence."]
