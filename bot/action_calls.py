"""Rasa's calls to the action server, made cheaper: the request carries the recent turns, and the
response is checked with a validator built once.

The request. Rasa 3.6 sends the action server the whole conversation with every call
(RemoteAction._action_call_format: `tracker.current_state(EventVerbosity.ALL)`), so a message
costs more the longer its conversation is: encoding the events, sending and decoding them. The
action server reads the slots, the latest message and the active loop (sent whole, as before),
and from the events only the latest turns: the input channel of the latest user message,
the slots set since the form's last step (rasa_sdk's `slots_to_validate`) and what the bot did
between the reader's last two messages (actions.opinions.offer_pending). So the request carries
the events from the reader's second-last message on (`RECENT_USER_MESSAGES`); everything else in
it is Rasa's own.

The response. Rasa checks every response with `jsonschema.validate(result, schema)`
(RemoteAction._validate_action_result), and jsonschema's `validate` first checks the schema itself
against the JSON-schema meta-schema: 14-16% of the Rasa server's time under `make bench`'s load
(py-spy, docs/benchmarks.md), for a schema that is a constant of Rasa's. This builds the validator
once, and checks each event against the one branch of the schema's oneOf that its type can match
rather than all 23 (still 14% of the server under a stream of opinions, round 9): the same
verdict, and an invalid response gets Rasa's own check and error message.
"""
from __future__ import annotations

from typing import Any, Callable

from jsonschema import validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity

_STOCK_CHECK = RemoteAction._validate_action_result
_STOCK_REQUEST = RemoteAction._action_call_format
# The reader's messages whose turns the action server is sent, counted from the latest.
RECENT_USER_MESSAGES = 2


def recent_events(tracker: DialogueStateTracker) -> list[Event]:
    """The tracker's events from its RECENT_USER_MESSAGES-th latest user message on (all of them
    if it has fewer)."""
    events = tracker.events
    seen = 0
    for index in range(len(events) - 1, -1, -1):
        if isinstance(events[index], UserUttered):
            seen += 1
            if seen == RECENT_USER_MESSAGES:
                return [events[i] for i in range(index, len(events))]
    return list(events)


def _action_call_format(self: RemoteAction, tracker: DialogueStateTracker,
                        domain: Any) -> dict[str, Any]:
    """Rasa's request, with only the recent events."""
    request = _STOCK_REQUEST(self, _WithoutEvents(tracker), domain)
    request["tracker"]["events"] = [event.as_dict() for event in recent_events(tracker)]
    return request


class _WithoutEvents:
    """The tracker, whose `current_state(EventVerbosity.ALL)` leaves the events out (the request
    adds the recent ones); everything else is the tracker's."""

    def __init__(self, tracker: DialogueStateTracker) -> None:
        self._tracker = tracker

    def current_state(self, event_verbosity: EventVerbosity = EventVerbosity.NONE) -> dict[str, Any]:
        return self._tracker.current_state(EventVerbosity.NONE)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tracker, name)


def _validator() -> Callable[[Any], bool]:
    """Rasa's response check, as `is_valid(result)`: the same verdict as jsonschema on Rasa's
    schema, which tries every event against all 23 branches of a oneOf; each branch pins one
    value of "event", so an event is checked against the one branch that names its type."""
    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)  # once, as jsonschema.validate would on every call
    event_schema = schema["properties"]["events"]["items"]
    base = {key: value for key, value in event_schema.items() if key != "oneOf"}
    by_type = {branch["properties"]["event"]["const"]: cls({**base, "allOf": [branch]})
               for branch in event_schema["oneOf"]}
    assert len(by_type) == len(event_schema["oneOf"]), "two branches for one event type"
    outer = cls({**schema, "properties": {**schema["properties"], "events": {"type": "array"}}})

    def is_valid(result: Any) -> bool:
        if not outer.is_valid(result):
            return False
        for event in result.get("events", []):
            kind = event.get("event") if isinstance(event, dict) else None
            checker = by_type.get(kind) if isinstance(kind, str) else None
            if checker is None or not checker.is_valid(event):
                return False
        return True

    return is_valid


def install() -> None:
    """Make RemoteAction send recent events and check responses with a validator built once
    (idempotent)."""
    if RemoteAction._validate_action_result is not _STOCK_CHECK:
        return
    is_valid = _validator()

    def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        if is_valid(result):
            return True
        return _STOCK_CHECK(self, result)  # raises the error, in Rasa's own words

    RemoteAction._validate_action_result = _validate_action_result
    RemoteAction._action_call_format = _action_call_format
