"""Rasa's requests to the action server carry the recent turns, and its responses are checked as
Rasa checks them, with the schema checked once."""
from __future__ import annotations

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa_sdk import Tracker

from bot import action_calls

RESPONSES = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "answer", "value": "x"}], "responses": [{"text": "hi"}]},
    {"events": [{"event": "followup", "name": "action_listen"}]},
    {},
    {"events": "not a list"},
    {"events": [{"event": "no_such_event"}]},
    {"events": [{"name": "answer"}]},
    {"responses": ["not an object"]},
    [],
    {"events": [{"event": "slot", "name": "x"}]},  # a slot without its value
    {"events": [{"event": "slot", "name": "x", "value": 1, "timestamp": True}]},
    {"events": [{"event": 5}]},
    {"events": ["slot"]},
    {"events": [{"event": "user", "parse_data": {"response_selector": []}}]},
    {"events": [{"event": "bot", "text": "hi"}, {"event": "action", "name": 3}]},
]


def variants() -> list[dict]:
    """One event of each type Rasa's schema knows, then each of its properties given every kind
    of JSON value, valid or not."""
    from rasa.shared.utils.schemas.events import EVENT_SCHEMA

    values = [None, True, 0, 1.5, "s", [], {}, [{}], [{"entity": "e", "value": 1}],
              {"intent": {"name": 3}}, {"response_selector": {"all_retrieval_intents": []}}]
    events = []
    for branch in EVENT_SCHEMA["oneOf"]:
        event = {"event": branch["properties"]["event"]["const"]}
        event.update({name: "x" if name == "name" else [] for name in branch.get("required", [])})
        events.append(event)
        for name in {*branch["properties"], *EVENT_SCHEMA["properties"], "event"}:
            events += [{**event, name: value} for value in values]
    return events


def test_each_event_gets_the_verdict_of_rasas_whole_schema():
    from jsonschema import validators as jsonschema_validators

    schema = RemoteAction.action_response_format_spec()
    full = jsonschema_validators.validator_for(schema)(schema)
    fast = action_calls._validator()
    events = variants()
    verdicts = [fast({"events": [event]}) for event in events]
    assert verdicts == [full.is_valid({"events": [event]}) for event in events]
    assert 200 < verdicts.count(False) and 200 < verdicts.count(True)  # both kinds are tried


def outcome(check, response):
    try:
        return check(RemoteAction("action_x", None), response)
    except ValidationError as error:
        return ("ValidationError", error.message)


@pytest.mark.parametrize("response", RESPONSES)
def test_same_result_and_error_as_rasa(response):
    stock = outcome(action_calls._STOCK_CHECK, response)
    action_calls.install()
    assert outcome(RemoteAction._validate_action_result, response) == stock


def test_install_replaces_the_check_once():
    action_calls.install()
    installed = RemoteAction._validate_action_result
    action_calls.install()
    assert RemoteAction._validate_action_result is installed is not action_calls._STOCK_CHECK


def conversation(turns: int) -> DialogueStateTracker:
    events = [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]
    for turn in range(turns):
        events += [UserUttered(f"question {turn}", {"name": "ask_article", "confidence": 1.0},
                               input_channel="socketio", message_id=f"m{turn}"),
                   SlotSet("offered", turn % 2 == 0), ActionExecuted("utter_answer"),
                   BotUttered(f"answer {turn}"), ActionExecuted("action_listen")]
    return DialogueStateTracker.from_events("reader", events, [])


@pytest.mark.parametrize("turns", [0, 1, 2, 30])
def test_the_request_is_rasas_with_the_events_from_the_second_last_message(turns):
    tracker = conversation(turns)
    action = RemoteAction("action_x", None)
    stock = action_calls._STOCK_REQUEST(action, tracker, Domain.empty())
    action_calls.install()
    ours = action._action_call_format(tracker, Domain.empty())
    kept = 5 * min(turns, 2) + (3 if turns < 2 else 0)
    assert ours["tracker"].pop("events") == stock["tracker"].pop("events")[-kept:]
    assert ours == stock


def test_the_action_server_reads_the_same_from_the_recent_events():
    """What rasa_sdk and our actions read from the events: the same from the request's events."""
    from actions.common import channel_of, message_id_of
    from actions.opinions import offer_pending

    action_calls.install()
    for turns in (1, 2, 3, 8):
        tracker = conversation(turns)
        whole = Tracker.from_dict(tracker.current_state(EventVerbosity.ALL))
        recent = Tracker.from_dict(RemoteAction("action_x", None)
                                   ._action_call_format(tracker, Domain.empty())["tracker"])
        for read in (channel_of, message_id_of, offer_pending, Tracker.slots_to_validate,
                     Tracker.get_latest_input_channel):
            assert read(recent) == read(whole)
        assert offer_pending(recent) == (turns >= 2 and (turns - 2) % 2 == 0)
