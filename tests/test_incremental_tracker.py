"""bot.incremental_tracker against Rasa's own applied_events() and copy(): the same events at every
call Rasa makes in real conversations (real NLU, action server and tracker store, messy readers,
restarts, expired sessions, /back), every copy and every tracker the store rebuilds equal to
Rasa's replay, and the same in conversations grown, cut, copied and edited by hand; and a cache
broken on purpose is caught."""
from __future__ import annotations

import copy
import operator
import random
import uuid
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings(record=True):  # Rasa's imports rewrite the warning filters
    from rasa.core.agent import Agent
    from rasa.shared.core.events import (
        ActionExecuted, ActionReverted, ActiveLoop, Restarted, SessionStarted, UserUtteranceReverted,
    )
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.utils.endpoints import EndpointConfig

    from bot import incremental_tracker
    from bot.incremental_tracker import IncrementalTracker, loop_names
    from bot.tracker_store import DatabaseTrackerStore

from bot import serve
from tests.test_replica import (
    copy_differences, differences, shared, snapshot, stock_copy,
)
from tests.test_rule_policy import (
    CONVERSATIONS, EDITED, FORM_STEPS, START, chat, listened, said,
)

pytestmark = pytest.mark.rasa

STOCK = DialogueStateTracker.applied_events


def same(got: list, expected: list) -> bool:
    """The same event objects in the same order."""
    return len(got) == len(expected) and all(map(operator.is_, got, expected))


class Recorder:
    """Wraps IncrementalTracker.applied_events: every call compared with the stock method on the
    same tracker, and counted by how it was answered."""

    def __init__(self) -> None:
        self.ours = IncrementalTracker.applied_events
        self.differences: list[str] = []
        self.counts = {"kept": 0, "extended": 0, "walked": 0}
        self.conversations: dict[str, list] = {}  # sender: its events at its latest call
        self.kinds: set[type] = set()  # the classes of event the calls saw

    def __call__(self, tracker: IncrementalTracker) -> list:
        before = tracker.kept
        got = self.ours(tracker)
        expected = STOCK(tracker)
        if not same(got, expected):
            self.differences.append(f"{tracker.sender_id} at event {len(tracker.events)}: "
                                    f"{len(got)} applied events, Rasa {len(expected)}")
        if before is None or not same(tracker.kept.events[:len(before.events)], before.events):
            self.counts["walked"] += 1
        elif len(before.events) == len(tracker.kept.events):
            self.counts["kept"] += 1
        else:
            self.counts["extended"] += 1
        self.conversations[tracker.sender_id] = list(tracker.events)
        self.kinds.update(map(type, tracker.events))
        return got


class Replays:
    """Wraps IncrementalTracker.copy and DatabaseTrackerStore.retrieve: every tracker they give
    compared, field by field, with Rasa's replay of the same events, and counted by whether the
    kept replica was extended or the events replayed."""

    def __init__(self) -> None:
        self.copy, self.retrieve = IncrementalTracker.copy, DatabaseTrackerStore.retrieve
        self.differences: list[str] = []
        self.counts = {"copy extended": 0, "copy replayed": 0,
                       "retrieve extended": 0, "retrieve replayed": 0}

    def count(self, what: str, before, after) -> None:
        self.counts[f"{what} {'extended' if after is before else 'replayed'}"] += 1

    def compare(self, what: str, ours: dict, expected, others: list) -> None:
        found = differences(ours, snapshot(expected)) + others
        self.differences += [f"{what} at event {len(ours['events'])}: {difference}"
                             for difference in found]

    def copied(self, tracker: IncrementalTracker):
        before = tracker.replica
        got = self.copy(tracker)
        ours = snapshot(got)  # now: Rasa's replay edits events the copy shares
        self.compare(f"copy of {tracker.sender_id}", ours, stock_copy(tracker),
                     shared(got, [tracker, tracker.replica.tracker]))
        self.count("copy", before, tracker.replica)
        return got

    async def retrieved(self, store: DatabaseTrackerStore, sender_id: str):
        recent = store._recent.get(sender_id)
        before = recent and recent.replica
        got = await self.retrieve(store, sender_id)
        if got is not None:
            ours = snapshot(got)
            expected = IncrementalTracker.from_events(  # what retrieve() did before bot.replica
                sender_id, list(store._recent[sender_id].events), store.domain.slots)
            self.compare(f"retrieve of {sender_id}", ours, expected,
                         shared(got, [got.replica.tracker]))
            self.count("retrieve", before, got.replica)
        return got


@pytest.fixture(scope="module")
def chatted(trained_model: Path, tmp_path_factory: pytest.TempPathFactory):
    """tests/test_rule_policy.py's conversations chatted through the trained model, its action
    server and our tracker store, every applied_events() call, copy and retrieved tracker
    compared on the way (the copies and trackers in `recorder.replays`)."""
    var = tmp_path_factory.mktemp("incremental-tracker")
    env = {"DISCUSS_VAR_DIR": str(var), "DATABASE_URL": f"sqlite:///{var / 'bot.db'}"}
    servers = serve.Servers(serve.free_port(), serve.free_port(), var / "logs", env=env)
    recorder = Recorder()
    recorder.replays = replays = Replays()
    with pytest.MonkeyPatch.context() as patch:
        for name, value in env.items():
            patch.setenv(name, value)
        patch.setattr(IncrementalTracker, "applied_events", lambda self: recorder(self))
        patch.setattr(IncrementalTracker, "copy", lambda self: replays.copied(self))
        patch.setattr(DatabaseTrackerStore, "retrieve",
                      lambda self, sender_id: replays.retrieved(self, sender_id))
        servers.start_actions()
        try:
            agent = Agent.load(
                str(trained_model), tracker_store=DatabaseTrackerStore(),
                action_endpoint=EndpointConfig(f"http://127.0.0.1:{servers.actions_port}/webhook"),
            )
            for messages in CONVERSATIONS:
                chat(agent, f"reader-{uuid.uuid4().hex[:8]}", messages)
        finally:
            servers.stop()
    return recorder


def test_every_call_in_real_conversations_is_rasas(chatted):
    print(chatted.counts)
    assert chatted.differences == []
    assert {ActiveLoop, SessionStarted, UserUtteranceReverted} <= chatted.kinds  # Restarted: below
    # the kept result was used: walked once per conversation, again when a form is named for
    # the first time, a session restarts and the like
    assert chatted.counts["kept"] + chatted.counts["extended"] > 5 * chatted.counts["walked"]
    assert chatted.counts["walked"] >= len(CONVERSATIONS)


def test_every_copy_and_rebuilt_tracker_in_real_conversations_is_rasas(chatted):
    replays = chatted.replays
    print(replays.counts)
    assert replays.differences == []
    # a copy per action, a rebuilt tracker per message; the replica was extended, not replayed,
    # but for a conversation's first copy, a new session and the like
    assert replays.counts["copy extended"] > 10 * replays.counts["copy replayed"]
    assert replays.counts["retrieve extended"] > 5 * replays.counts["retrieve replayed"]
    assert replays.counts["retrieve replayed"] >= len(CONVERSATIONS)


def grown(events: list, rng: random.Random) -> list[str]:
    """`events` added a few at a time to IncrementalTrackers, as the tracker store and Rasa do
    (a new tracker per message starting from the last one's result and replica), with the
    conversation cut, copied, edited in the middle or shortened by max_event_history now and
    then; applied_events() and copy() compared with Rasa's at every step."""
    differences = []
    tracker = IncrementalTracker.from_events("grown", [])
    position = 0

    def check(what: str, checked: DialogueStateTracker) -> None:
        for _ in range(rng.choice([1, 1, 2])):  # a second call: the kept result as it is
            got, expected = checked.applied_events(), STOCK(checked)
            if not same(got, expected):
                differences.append(f"{what} at event {position}: {len(got)} vs {len(expected)}")
        if isinstance(checked, IncrementalTracker):
            differences.extend(f"{what}'s copy at event {position}: {difference}"
                               for difference in copy_differences(checked))

    while position < len(events):
        step = rng.randint(1, 6)
        for event in events[position:position + step]:
            tracker.update(event)
        position += step
        check("grown", tracker)
        # the tracker store's way: the next message gets a new tracker of the same events
        kept, replica, following = tracker.kept, tracker.replica, list(tracker.events)
        choice = rng.random()
        if choice < 0.15:  # cut back (a conversation shorter than the kept one)
            following = following[:rng.randint(0, len(following))]
        elif choice < 0.3 and len(following) > 1:  # an event in the middle is another object
            at = rng.randrange(len(following) - 1)
            following[at] = copy.deepcopy(following[at])
        elif choice < 0.4:  # a step taken back, a restart or a new session appended
            following.append(rng.choice([ActionReverted(), UserUtteranceReverted(), Restarted(),
                                         SessionStarted()]))
        elif choice < 0.5:  # a loop named now, run before as an ordinary action
            names = [e.action_name for e in following if isinstance(e, ActionExecuted)]
            following.append(ActiveLoop(rng.choice(names or ["a_form"])))
        tracker = IncrementalTracker.from_events("grown", following, None,
                                                 rng.choice([None, None, None, 8]))
        tracker.kept, tracker.replica = kept, replica
        check("next tracker", tracker)
        if rng.random() < 0.2:
            check("deep copy", copy.deepcopy(tracker))
        if rng.random() < 0.1:
            check("Rasa's copy", tracker.copy())
    return differences


def edited_conversations() -> list[list]:
    return [[event for step in copy.deepcopy(steps) for event in step] for steps in EDITED.values()]


def every_difference(conversations: list[list]) -> list[str]:
    rng = random.Random(12)
    differences = []
    for events in conversations:
        for _ in range(4):
            differences += grown(events, rng)
    return differences


def test_real_conversations_grown_cut_and_edited_are_rasas(chatted):
    assert every_difference(list(chatted.conversations.values())) == []


def test_conversations_edited_by_hand_are_rasas():
    assert every_difference(edited_conversations()) == []


def test_a_form_named_after_it_ran_is_walked_again():
    """The form's first executions were ordinary actions; once ActiveLoop names it, each of them
    counts as a loop execution and takes back what came since the previous one."""
    steps = [START, [said("greet"), ActionExecuted("opinion_form")], listened(), [said("deny")],
             [ActionExecuted("opinion_form")], listened(), [said("give_opinion")],
             [ActiveLoop("opinion_form")], [ActionExecuted("opinion_form")]]
    tracker = IncrementalTracker.from_events("late", [], None)
    for step in steps:
        for event in step:
            tracker.update(event)
        assert same(tracker.applied_events(), STOCK(tracker))
    assert "opinion_form" in tracker.kept.loop_names


def test_callers_editing_the_list_change_nothing():
    tracker = IncrementalTracker.from_events("edits", [e for s in [START, *FORM_STEPS] for e in s])
    first = tracker.applied_events()
    first.clear()
    assert same(tracker.applied_events(), STOCK(tracker)) and STOCK(tracker)


SABOTAGE = {
    # reuse the kept result whatever the events are now
    "always reused": lambda kept, events: True,
    # notice edits but not a loop named for the first time
    "new loops ignored": lambda kept, events: len(events) >= len(kept.events)
    and all(map(operator.is_, events, kept.events)),
    # notice new loops but not events changed or taken away
    "edits ignored": lambda kept, events: len(events) >= len(kept.events)
    and loop_names(events[len(kept.events):]) <= kept.loop_names,
}


@pytest.mark.parametrize("name", SABOTAGE)
def test_a_broken_cache_is_caught(name, monkeypatch):
    """The comparisons above fail when the check for reusing the kept result is weakened."""
    monkeypatch.setattr(incremental_tracker, "extends", SABOTAGE[name])
    assert every_difference(edited_conversations()) != []
