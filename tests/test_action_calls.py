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
]


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
