"""A conversation replayed once and extended with new events, so that Rasa's copies of a tracker
and the trackers rebuilt for each message cost the new events, not the whole conversation."""
from __future__ import annotations

import copy
import itertools
import math
import operator
import threading
import time
from collections import deque
from typing import Any, Iterable, Optional

from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker


class Replica:
    """What Rasa's replay of a conversation's events leaves in a fresh tracker, kept to be
    extended: `DialogueStateTracker.copy()` replays every event onto `init_copy()` for every
    action (29% of the Rasa server in 1,000-event conversations), and the tracker store replays
    the current session for every message (12%).

    Why a tracker given the replica's state is the tracker the replay gives: the replay is a left
    fold of `update` over the events, from a tracker that depends only on its slots' classes and
    initial values and on `max_event_history` (`fits` checks those). The replica (a plain
    DialogueStateTracker, as `init_copy` makes it, never handed out) holds the fold over the
    kept events; if the events now are the kept events (the same objects, checked by identity,
    so anything but appending starts over) and maybe more, updating the replica with the new
    ones gives the fold over all of them. A tracker whose deque dropped its oldest events
    (`max_event_history`) no longer starts with the kept ones, and is replayed from the start.
    The state is then copied out (`copy_onto`): every attribute the events change (those of
    bot.rule_policy's `_ATTRIBUTES`, the slots' `_value` and `_has_been_set`, `events`) as the
    replay would hold
    it: the same event objects, fresh slot objects, a fresh `latest_action` dict and
    `active_loop` (events edit it in place), and a copy of an empty latest message or utterance
    that `_reset` made, stamped now as the replay would stamp it (it belongs to the tracker; a
    real one is an event, shared as in Rasa).

    Assumed, as by bot.incremental_tracker and bot.rule_policy: an event is not changed once it
    is logged. Two events edit the latest message in place (`EntitiesAdded`,
    `DefinePrevUserUtteredFeaturization`): Rasa's replay does those edits again at every copy,
    the replica does them once; they set the same values again unless something outside the
    log changed the message meanwhile. A slot's value is shared by the copies (a ListSlot's
    value wrapped in a list included), as an event's value is shared by Rasa's: nothing edits
    one in place. `StoryExported` writes its file once, not at every copy.

    Trackers of several conversations are served at once, and two trackers of one conversation
    may share a replica (the tracker store hands it to the next message's tracker): it is
    extended and read under its lock.
    """

    def __init__(self, tracker: DialogueStateTracker) -> None:
        self.tracker = tracker.init_copy()  # the replay's start, as Rasa's copy() makes it
        self.lock = threading.Lock()
        self.timed = True  # every event is stamped <= inf (copy() stops at one that isn't)
        # latest_message / latest_bot_utterance are the empty ones _reset made, not events
        self.own_message = self.own_utterance = True
        self.broken = False  # an event failed to apply: the state is neither before nor after it

    def __getstate__(self) -> dict[str, Any]:  # deepcopy and pickle: a lock of its own
        return {name: value for name, value in vars(self).items() if name != "lock"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        vars(self).update(state, lock=threading.Lock())

    def fits(self, tracker: DialogueStateTracker) -> bool:
        """Whether replaying onto `tracker`'s init_copy() starts where the replica started."""
        mine, theirs = self.tracker.slots, tracker.slots
        return type(theirs) is dict and type(mine) is dict and theirs.keys() == mine.keys() \
            and tracker.events.maxlen == self.tracker.events.maxlen \
            and all(same_start(slot, mine[name]) for name, slot in theirs.items())

    def new_events(self, events: list[Event]) -> Optional[list[Event]]:
        """The events after the kept ones, if `events` start with them; None if they don't."""
        kept = self.tracker.events
        if self.broken or len(events) < len(kept) or not all(map(operator.is_, events, kept)):
            return None
        return events[len(kept):]

    def extend(self, new: Iterable[Event]) -> None:
        tracker = self.tracker
        for event in new:
            message, utterance = tracker.latest_message, tracker.latest_bot_utterance
            try:
                tracker.update(event)
            except BaseException:
                self.broken = True
                raise
            self.timed = self.timed and event.timestamp <= math.inf
            if tracker.latest_message is not message:  # the event itself, or _reset's
                self.own_message = tracker.latest_message is not event \
                    and not _among(tracker.latest_message, tracker.events)
            if tracker.latest_bot_utterance is not utterance:
                self.own_utterance = tracker.latest_bot_utterance is not event \
                    and not _among(tracker.latest_bot_utterance, tracker.events)

    def copy_onto(self, target: DialogueStateTracker) -> None:
        """Gives `target`, fresh from its constructor or init_copy(), the replica's state."""
        replica = self.tracker
        target.events = deque(replica.events, replica.events.maxlen)
        for name, slot in target.slots.items():
            kept = replica.slots[name]
            slot._value, slot._has_been_set = kept._value, kept._has_been_set
        target._paused = replica._paused
        target.followup_action = replica.followup_action
        latest_action = replica.latest_action
        target.latest_action = None if latest_action is None else dict(latest_action)
        target.latest_message = _remade(replica.latest_message) if self.own_message \
            else replica.latest_message
        target.latest_bot_utterance = _remade(replica.latest_bot_utterance) \
            if self.own_utterance else replica.latest_bot_utterance
        target.active_loop = copy.copy(replica.active_loop)


def same_start(slot: Any, other: Any) -> bool:
    """Whether two slots reset to the same value and take values the same way."""
    return type(slot) is type(other) and type(slot.initial_value) is type(other.initial_value) \
        and slot.initial_value == other.initial_value


def _remade(empty: Event) -> Event:
    """An empty message _reset made, as a replay now would make it: stamped now."""
    remade = copy.deepcopy(empty)
    remade.timestamp = time.time()
    return remade


def _among(item: Any, events: Iterable[Event]) -> bool:
    return any(map(operator.is_, events, itertools.repeat(item)))


def replay_onto(target: DialogueStateTracker, events: Iterable[Event],
                replica: Optional[Replica]) -> Replica:
    """Gives `target` (fresh from its constructor or init_copy()) the state that updating it
    with `events` would give, extending `replica` when the events continue its events; returns
    the replica to keep for the next time."""
    events = list(events)
    if replica is not None and replica.fits(target):
        with replica.lock:
            new = replica.new_events(events)
            if new is not None:
                replica.extend(new)
                replica.copy_onto(target)
                return replica
    replica = Replica(target)
    with replica.lock:
        replica.extend(events)
        replica.copy_onto(target)
    return replica
