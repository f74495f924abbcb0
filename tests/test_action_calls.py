"""Action-server responses are checked as Rasa checks them, with the schema checked once."""
from __future__ import annotations

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

from bot import action_check

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
    stock = outcome(action_check._STOCK, response)
    action_check.install()
    assert outcome(RemoteAction._validate_action_result, response) == stock


def test_install_replaces_the_check_once():
    action_check.install()
    installed = RemoteAction._validate_action_result
    action_check.install()
    assert RemoteAction._validate_action_result is installed is not action_check._STOCK
