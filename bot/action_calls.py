"""Rasa's check of each action-server response, with its fixed schema checked once, not per call.

Rasa 3.6 checks every response of the action server with `jsonschema.validate(result, schema)`
(RemoteAction._validate_action_result), and jsonschema's `validate` first checks the schema itself
against the JSON-schema meta-schema: 14-16% of the Rasa server's time under `make bench`'s load
(py-spy, docs/benchmarks.md), for a schema that is a constant of Rasa's. This builds the validator
once and checks responses with it: the same errors, with Rasa's own message, and the same result.
"""
from __future__ import annotations

from typing import Any

from jsonschema import exceptions, validators
from rasa.core.actions.action import RemoteAction

_STOCK = RemoteAction._validate_action_result


def _validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)  # once, as jsonschema.validate would on every call
    return cls(schema)


def install() -> None:
    """Make RemoteAction check responses with a validator built once (idempotent)."""
    if RemoteAction._validate_action_result is not _STOCK:
        return
    validator = _validator()

    def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        if exceptions.best_match(validator.iter_errors(result)) is None:
            return True
        return _STOCK(self, result)  # raises the error, in Rasa's own words

    RemoteAction._validate_action_result = _validate_action_result
