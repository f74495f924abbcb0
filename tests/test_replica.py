"""bot.replica against Rasa's replay: copies of trackers and trackers rebuilt by the tracker store
equal, field by field, what replaying their events onto a fresh tracker gives, in conversations
edited by hand (followup actions, forms, restarts, sessions, undos, replaced events, a short
memory), stay independent of each other, and a replica broken on purpose is caught. The real
conversations are compared in tests/test_incremental_tracker.py."""
from __future__ import annotations

import asyncio
import copy
import math
import random
import threading
import warnings
from collections import deque

import pytest

with warnings.catch_warnings(record=True):  # Rasa's imports rewrite the warning filters
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import (
        ActionExecuted, ActionExecutionRejected, ActiveLoop, BotUttered, EntitiesAdded,
        FollowupAction, LoopInterrupted, SlotSet,
    )
    from rasa.shared.core.slots import TextSlot
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.incremental_tracker import IncrementalTracker
    from bot.replica import Replica
    from bot.tracker_store import DatabaseTrackerStore

from bot import config
from tests.test_rule_policy import EDITED, FORM_STEPS, START, listened, said

DOMAIN = Domain.load(str(config.PROJECT_DIR / "domain.yml"))
STATE = ("sender_id", "_max_event_history", "is_rule_tracker", "sender_source", "model_id",
         "assistant_id", "_paused", "followup_action", "latest_action", "active_loop")


def snapshot(tracker: DialogueStateTracker) -> dict:
    """A tracker's whole state as values, taken at once (a later replay may edit shared events):
    events by identity, slots and messages by every attribute (an empty message _reset made by
    all but its timestamp, which is when it was made)."""
    events = list(tracker.events)

    def message(sent):
        at = next((number for number, event in enumerate(events) if event is sent), None)
        return at, {name: copy.deepcopy(value) for name, value in vars(sent).items()
                    if at is not None or name != "timestamp"}

    return {
        "class": type(tracker),
        "attributes": sorted(set(vars(tracker)) - {"kept", "replica"}),
        "events": [id(event) for event in events],
        "maxlen": tracker.events.maxlen,
        "slots": type(tracker.slots),
        **{f"slot {name}": (type(slot), copy.deepcopy(vars(slot)))
           for name, slot in tracker.slots.items()},
        **{name: copy.deepcopy(getattr(tracker, name)) for name in STATE},
        "latest_message": message(tracker.latest_message),
        "latest_bot_utterance": message(tracker.latest_bot_utterance),
    }


def differences(ours: dict, rasas: dict) -> list[str]:
    return [f"{name}: {ours.get(name)!r:.200} != {rasas.get(name)!r:.200}"
            for name in sorted(set(ours) | set(rasas)) if ours.get(name) != rasas.get(name)]


def stock_copy(tracker: DialogueStateTracker) -> DialogueStateTracker:
    return DialogueStateTracker.travel_back_in_time(tracker, math.inf)


def shared(got: DialogueStateTracker, others: list[DialogueStateTracker]) -> list[str]:
    """The mutable parts of `got` that another tracker (the original, a replica) also holds."""
    found = []
    for other in others:
        if got.events is other.events:
            found.append("events")
        if got.slots is other.slots or any(got.slots[name] is other.slots.get(name)
                                           for name in got.slots):
            found.append("slots")
        for name in ("latest_action", "active_loop"):
            if getattr(got, name) is not None and getattr(got, name) is getattr(other, name):
                found.append(name)
        for name in ("latest_message", "latest_bot_utterance"):  # unless it is an event
            if getattr(got, name) is getattr(other, name) \
                    and not any(event is getattr(got, name) for event in got.events):
                found.append(name)
    return found


def copy_differences(tracker: IncrementalTracker) -> list[str]:
    """tracker.copy() against Rasa's: the same state, nothing mutable shared."""
    got = tracker.copy()
    ours = snapshot(got)
    found = differences(ours, snapshot(stock_copy(tracker)))
    found += shared(got, [tracker] + ([tracker.replica.tracker] if tracker.replica else []))
    return found


def events_of(steps: list) -> list:
    return [event for step in copy.deepcopy(steps) for event in step]


def grown(steps: list, slots=DOMAIN.slots, max_event_history=None, model_id=None) -> list[str]:
    """Each step's events added to one tracker (Rasa's processor setting model_id on it), a copy
    taken after each, and compared."""
    tracker = IncrementalTracker("grown", slots, max_event_history)
    tracker.model_id, tracker.assistant_id = model_id, model_id and "assistant"
    found = []
    for number, step in enumerate(copy.deepcopy(steps)):
        for event in step:
            tracker.update(event)
        found += [f"step {number}: {difference}" for difference in copy_differences(tracker)]
    return found


@pytest.mark.parametrize("name", EDITED)
def test_copies_of_conversations_edited_by_hand_are_rasas(name):
    assert grown(EDITED[name]) == []
    assert grown(EDITED[name], model_id="model") == []


def test_copies_with_a_short_memory_or_no_domain_are_rasas():
    steps = [START, *FORM_STEPS, START, *FORM_STEPS]
    assert grown(steps, max_event_history=6) == []
    assert grown(steps, slots=None) == []  # AnySlotDict: slots made as events set them
    assert grown(steps, slots=[*DOMAIN.slots, TextSlot("extra", [], initial_value="x")]) == []


def test_a_copy_is_the_replay_not_the_live_state():
    """Rasa's processor clears the followup action it takes without an event: the copy has it
    as the events left it, like Rasa's."""
    tracker = IncrementalTracker.from_events("followup", events_of([START, [said("greet")]]),
                                             DOMAIN.slots)
    tracker.update(FollowupAction("utter_greet"))
    tracker.clear_followup_action()
    assert tracker.copy().followup_action == "utter_greet" == stock_copy(tracker).followup_action
    assert copy_differences(tracker) == []
    tracker.update(ActionExecuted("utter_greet"))
    assert copy_differences(tracker) == []


def test_model_id_is_not_copied_nor_written_by_the_copy():
    tracker = IncrementalTracker.from_events("ids", events_of([START]), DOMAIN.slots)
    tracker.model_id, tracker.assistant_id = "model", "assistant"
    tracker.update(said("greet"))
    assert "model_id" in tracker.events[-1].metadata
    duplicate = tracker.copy()
    assert (duplicate.model_id, duplicate.assistant_id) == (None, None)
    event = ActionExecuted("utter_greet")
    duplicate.update(event)
    assert event.metadata == {}  # as on Rasa's copy
    assert copy_differences(tracker) == []


def test_copies_are_independent():
    """Whatever is done to a copy (events, slots, the form edited in place, the latest action)
    changes neither the original, its replica, nor the next copy."""
    tracker = IncrementalTracker.from_events("independent", events_of([START, *FORM_STEPS[:5]]),
                                             DOMAIN.slots)
    before = snapshot(tracker)
    first = tracker.copy()
    assert first.active_loop is not None
    first.active_loop.is_interrupted = True
    first.active_loop.rejected = True
    first.latest_action["action_name"] = "edited"
    first.slots["opinion"].value = "edited"
    first.followup_action = "edited"
    for event in [LoopInterrupted(True), ActionExecutionRejected("opinion_form"),
                  SlotSet("stance", "agree"), ActiveLoop(None), BotUttered("hi")]:
        first.update(event)
    assert snapshot(tracker) == before
    assert copy_differences(tracker) == []
    second = tracker.copy()
    second.latest_message.entities.append({"entity": "x"})  # an event: shared, as in Rasa
    assert copy_differences(tracker) == []


def test_empty_messages_a_reset_made_are_the_copys_own():
    """After a restart the latest message is the empty one _reset made; entities added then
    edit the copy's, as they edit a replay's own."""
    steps = [START, [said("greet"), ActionExecuted("action_restart")], [*START[:2]], listened()]
    tracker = IncrementalTracker.from_events("empty", events_of(steps), DOMAIN.slots)
    first = tracker.copy()
    first.update(EntitiesAdded([{"entity": "stance", "value": "agree"}]))
    assert first.latest_message.entities
    assert copy_differences(tracker) == []
    tracker.update(EntitiesAdded([{"entity": "fact", "value": "summary"}]))
    assert copy_differences(tracker) == []


def replaced() -> list[str]:
    """Copies of a tracker whose events were edited, replaced or dropped."""
    events = events_of([START, *FORM_STEPS])
    tracker = IncrementalTracker.from_events("replaced", events, DOMAIN.slots)
    found = copy_differences(tracker)
    tracker.events[4] = copy.deepcopy(tracker.events[4])  # an equal event, another object
    found += copy_differences(tracker)
    tracker.events = deque(events_of([START, *FORM_STEPS[:3]]))  # the events replaced
    found += copy_differences(tracker)
    tracker.events.popleft()
    return found + copy_differences(tracker)


def moved() -> list[str]:
    """A replica handed to a tracker of the same events with other slots, or a short memory."""
    found = []
    events = events_of([START, *FORM_STEPS[:2]])
    first = IncrementalTracker.from_events("moved", events, DOMAIN.slots)
    first.copy()
    others = [slot for slot in DOMAIN.slots if slot.name != "opinion"]
    for slots, max_event_history in [([*others, TextSlot("opinion", [], initial_value="x")], None),
                                      (DOMAIN.slots, 100)]:
        tracker = IncrementalTracker.from_events("moved", events, slots, max_event_history)
        tracker.replica = first.replica
        found += copy_differences(tracker)
    return found


def test_replaced_or_dropped_events_are_replayed_from_the_start():
    assert replaced() == []


def test_a_replica_is_used_only_for_the_same_slots_and_memory():
    assert moved() == []


def test_a_copy_stops_where_rasas_does():
    tracker = IncrementalTracker.from_events("nan", events_of([START, [said("greet")]]),
                                             DOMAIN.slots)
    stray = SlotSet("opinion", "later")
    stray.timestamp = math.nan  # Rasa's copy replays events stamped <= inf: not this one
    tracker.update(stray)
    tracker.update(ActionExecuted("utter_greet"))
    assert copy_differences(tracker) == []
    assert tracker.copy().get_slot("opinion") is None


def test_an_event_that_fails_to_apply_fails_every_copy():
    """As Rasa's replay raises at every copy, not only at the first."""
    class Failing(SlotSet):
        def apply_to(self, tracker):
            tracker.slots["opinion"].value = "half applied"
            raise RuntimeError("fails")

    tracker = IncrementalTracker.from_events("failing", events_of([START]), DOMAIN.slots)
    tracker.copy()
    tracker.events.append(Failing("opinion", "x"))
    for _ in range(2):
        with pytest.raises(RuntimeError):
            tracker.copy()
        with pytest.raises(RuntimeError):
            stock_copy(tracker)


def test_a_replica_deep_copied_or_shared_across_threads_is_rasas():
    """Trackers of one conversation going different ways from a replica they share, copied from
    several threads at once; and a deep copy of a tracker with its replica."""
    base = events_of([START, *FORM_STEPS[:4]])
    first = IncrementalTracker.from_events("threads", base, DOMAIN.slots)
    first.copy()
    rng = random.Random(5)
    branches = []
    for number in range(8):
        tracker = IncrementalTracker.from_events("threads", base, DOMAIN.slots)
        tracker.replica = first.replica
        for step in copy.deepcopy(rng.sample(FORM_STEPS, 3)):
            for event in step:
                tracker.update(event)
        branches.append(tracker)
    copies: dict[int, list] = {}

    def take(number: int) -> None:
        copies[number] = [snapshot(branches[number].copy()) for _ in range(20)]

    threads = [threading.Thread(target=take, args=(number,)) for number in range(len(branches))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for number, tracker in enumerate(branches):
        expected = snapshot(stock_copy(tracker))
        assert all(differences(got, expected) == [] for got in copies[number])
    duplicate = copy.deepcopy(branches[0])
    assert duplicate.replica.lock is not branches[0].replica.lock
    assert copy_differences(duplicate) == []


def run(coroutine):
    return asyncio.run(coroutine)


def test_the_tracker_store_rebuilds_trackers_from_the_last_replay(temp_var_dir):
    """retrieve() gives what IncrementalTracker.from_events gave, from the replica the last
    tracker kept; a new session or another process's rows start a new replica."""
    with warnings.catch_warnings(record=True):
        store, other = DatabaseTrackerStore(domain=DOMAIN), DatabaseTrackerStore(domain=DOMAIN)

    def retrieved(sender: str) -> IncrementalTracker:
        tracker = run(store.retrieve(sender))
        expected = IncrementalTracker.from_events(sender, list(store._recent[sender].events),
                                                  DOMAIN.slots)
        assert differences(snapshot(tracker), snapshot(expected)) == []
        return tracker

    tracker = IncrementalTracker.from_events("reader", events_of([START]), DOMAIN.slots)
    run(store.save(tracker))
    replicas = []
    for step in FORM_STEPS:
        tracker = retrieved("reader")
        replicas.append(tracker.replica)
        for event in copy.deepcopy(step):
            tracker.update(event)
        assert copy_differences(tracker) == []
        run(store.save(tracker))
    assert all(replica is replicas[0] for replica in replicas)  # extended, never replayed
    for event in events_of([START, [said("greet")]]):  # a new session: the store keeps only it
        tracker.update(event)
    tracker.copy()
    run(store.save(tracker))
    assert retrieved("reader").replica is not replicas[0]
    run(other.save(other_turn := retrieved("reader")))  # nothing new: no rows
    other_turn.update(said("thank"))
    run(other.save(other_turn))  # another process added a row: read back from SQL
    assert retrieved("reader").replica is not other_turn.replica
    for each in (store, other):
        each.engine.dispose()


COPY_ONTO = Replica.copy_onto
SABOTAGE = {
    # extend the replica whatever the events are now
    "new_events": lambda self, events: events[len(self.tracker.events):],
    # reuse a replica made with other slots or another memory
    "fits": lambda self, tracker: True,
    # hand out the replica's form, latest action and slots
    "copy_onto": lambda self, target: (COPY_ONTO(self, target), vars(target).update(
        {name: getattr(self.tracker, name) for name in ("active_loop", "latest_action", "slots")})),
}


@pytest.mark.parametrize("method", SABOTAGE)
def test_a_broken_replica_is_caught(method, monkeypatch):
    """The comparisons above fail when a check of the replica is weakened."""
    monkeypatch.setattr(Replica, method, SABOTAGE[method])
    found = replaced() + moved()
    for steps in EDITED.values():
        found += grown(steps)
    found += grown([START, *FORM_STEPS, START], max_event_history=6)
    print(method, len(found), found[:3])
    assert found != []
