"""A DialogueStateTracker whose applied_events() and copy() take in only the events added since
they last ran."""
from __future__ import annotations

import operator
from typing import Iterable, NamedTuple, Optional

from rasa.shared.core.events import (
    ActionExecuted, ActionReverted, ActiveLoop, Event, Restarted, SessionStarted, UserUttered,
    UserUtteranceReverted,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.replica import Replica, replay_onto


class Applied(NamedTuple):
    """`applied_events()` of a conversation's events: never changed once made, so trackers built
    from the same event objects (bot.tracker_store hands Rasa a new one per message) share it."""

    events: tuple[Event, ...]  # the events folded, in order
    loop_names: frozenset[str]  # the loops activated among them
    applied: tuple[Event, ...]  # the result


def loop_names(events: Iterable[Event]) -> frozenset[str]:
    return frozenset(e.name for e in events if isinstance(e, ActiveLoop) and e.name)


def fold(tracker: DialogueStateTracker, events: Iterable[Event], applied: list[Event],
         names: frozenset[str] | set[str]) -> None:
    """Fold `events` onto `applied`: DialogueStateTracker.applied_events's loop body (rasa
    3.6.21), for a conversation whose loops are `names`."""
    for event in events:
        if isinstance(event, (Restarted, SessionStarted)):
            applied.clear()
        elif isinstance(event, ActionReverted):
            tracker._undo_till_previous(ActionExecuted, applied)
        elif isinstance(event, UserUtteranceReverted):
            tracker._undo_till_previous(UserUttered, applied)
            tracker._undo_till_previous(ActionExecuted, applied)
        elif (
            isinstance(event, ActionExecuted)
            and event.action_name in names
            and not tracker._first_loop_execution_or_unhappy_path(event.action_name, applied)
        ):
            tracker._undo_till_previous_loop_execution(event.action_name, applied)
        else:
            applied.append(event)


class IncrementalTracker(DialogueStateTracker):
    """DialogueStateTracker whose `applied_events()` is the stock list, computed once per event.

    Rasa 3.6's processor calls `applied_events()` twice per message before anything else
    (`_update_tracker_session`: is the conversation empty, and when was its last message), and
    the stock method walks every event of the conversation each time: 13% of the Rasa server
    under `make bench`'s load (docs/benchmarks.md, change 12).

    Why the result is the same list: `applied_events()` is a left fold over `self.events`,
    parameterised by the names of the loops activated anywhere in them. Kept (`Applied`): the
    events folded, those names, and the result. If the tracker's events start with the kept
    events (the same objects, checked by identity, so anything but appending starts over) and
    the new ones name no new loop (a loop named for the first time changes how its earlier
    executions count), folding only the new ones onto the kept result gives what folding all of
    them gives; otherwise the fold starts over from the first event, which is the stock method.
    Assumed, as by bot.rule_policy: an event's class and the action or loop it names are not
    changed once it is logged.

    Rasa's copies of a tracker (`copy`, `travel_back_in_time`, `init_copy`) are plain
    DialogueStateTrackers and compute it the stock way.

    `copy()` is Rasa's (a plain DialogueStateTracker in the state replaying the events gives,
    not the live tracker's: Rasa's processor edits that without events, as when it clears the
    followup action it takes), made from a replica of the replay extended with the new events
    (bot.replica).
    """

    kept: Optional[Applied] = None
    replica: Optional[Replica] = None

    def applied_events(self) -> list[Event]:
        events = list(self.events)
        kept = self.kept
        if kept is not None and extends(kept, events):
            if len(events) == len(kept.events):
                return list(kept.applied)  # a list of its own: callers may edit it
            names, applied, new = kept.loop_names, list(kept.applied), events[len(kept.events):]
        else:
            names, applied, new = loop_names(events), [], events
        fold(self, new, applied, names)
        self.kept = Applied(tuple(events), names, tuple(applied))
        return applied

    def copy(self) -> DialogueStateTracker:
        duplicate = self.init_copy()
        self.replica = replay_onto(duplicate, self.events, self.replica)
        if not self.replica.timed:  # Rasa's copy stops at an event stamped after inf (nan)
            return DialogueStateTracker.copy(self)
        return duplicate


def extends(kept: Applied, events: list[Event]) -> bool:
    """Whether `events` are the kept events (the same objects) and maybe more that name no new
    loop: then folding the new ones onto the kept result is the whole fold."""
    return len(events) >= len(kept.events) and all(map(operator.is_, events, kept.events)) \
        and loop_names(events[len(kept.events):]) <= kept.loop_names
