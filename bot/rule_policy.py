"""Rasa's RulePolicy, with each conversation's states kept and extended instead of replayed."""
from __future__ import annotations

import copy
import logging
import math
import operator
import threading
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Optional

import structlog
from rasa.core.featurizers.tracker_featurizers import TrackerFeaturizer
from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH, RulePolicy
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.domain import Domain, State
from rasa.shared.core.events import ActionExecuted, Event, UserUttered
from rasa.shared.core.slots import (
    AnySlot, BooleanSlot, CategoricalSlot, FloatSlot, ListSlot, TextSlot,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.incremental_tracker import IncrementalTracker, fold, loop_names

# Conversations whose states are kept (least recently predicted dropped first), as many as
# bot/tracker_store.py keeps in memory: a conversation it rebuilds from SQL comes with new event
# objects, which this cache doesn't recognise anyway.
RECENT_CONVERSATIONS = 1000
# Points of a conversation kept to go back to when events are taken back (a form's step drops
# the reader's message since its last step, /back reverts a turn): the last few actions.
MARKS = 3
# Distinct states kept once and shared by every conversation that has them (a question turn's
# states are the same in all of them): 1,000 conversations of 50 questions took 111 MB without.
SHARED_STATES = 20_000

# RulePolicy's debug log of the states it matched (structlog filters by this stdlib logger's level).
_RULE_POLICY_LOG = logging.getLogger("rasa.core.policies.rule_policy")

# Slot classes whose only changing attributes are `_value` and `_has_been_set` (rasa 3.6).
_KNOWN_SLOTS = (AnySlot, BooleanSlot, CategoricalSlot, FloatSlot, ListSlot, TextSlot)


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True
)
class IncrementalRulePolicy(RulePolicy):
    """RulePolicy whose predictions are the stock ones, made without replaying the conversation.

    RulePolicy featurizes a tracker with `tracker.past_states(domain)`, which replays every event
    of the conversation (`generate_all_prior_trackers`) and computes the state before each action,
    twice per prediction. Here `past_states` comes from `ConversationStates`, which returns the
    same list computed once per event (see its docstring for why it is the same), only the states
    the longest rule can reach are featurized and looked up, and the text of
    the states for RulePolicy's debug log is only built when that log is on. Everything else is
    RulePolicy's own code. Predictions name this class as their policy, as for any subclass.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.conversation_states = ConversationStates()
        self._longest_for: tuple = ()
        self._longest = 0

    def _prediction_states(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        use_text_for_last_user_input: bool = False,
        rule_only_data: Optional[dict[str, Any]] = None,
    ) -> list[State]:
        # Rasa's featurizer turns the tracker into states with `tracker.past_states(...)` and
        # only then picks text or intent for the last one; it gets the kept states instead,
        # as many of the last ones as the longest rule can look at.
        return super()._prediction_states(
            _KnownPast(tracker, self.conversation_states, self._longest_rule()), domain,
            use_text_for_last_user_input, rule_only_data,
        )

    def _longest_rule(self) -> int:
        """How many states the longest rule (or loop unhappy-path condition) matches.

        Only the last that many states can change which rules apply (`_get_possible_keys`
        below), so only they are handed to the featurizer and the rule lookup: the featurizer's
        passes over every state and, when no rule applies, RulePolicy's JSON key of all of them
        made a message's cost grow with the conversation's length (docs/benchmarks.md, round 26's
        profile). That key, the only other use of the states, is then only checked against the
        rules not in stories, which it matches neither way: a rule that matched it would have
        applied. A conversation-start rule still sees the conversation's first state when it is
        no longer than the conversation, since the states kept are as many as it has."""
        lookups = [self.lookup.get(RULES, {}), self.lookup.get(RULES_FOR_LOOP_UNHAPPY_PATH, {})]
        looked_at = tuple((id(lookup), len(lookup)) for lookup in lookups)  # changed in training
        if looked_at != self._longest_for:
            self._longest = max((len(self._rule_key_to_state(key))
                                 for lookup in lookups for key in lookup), default=0)
            self._longest_for = looked_at
        return self._longest

    def _get_possible_keys(self, lookup: dict[str, str], states: list[State]) -> set[str]:
        """RulePolicy's, stopped once no rule is long enough to look further back.

        RulePolicy filters the rules against every state from the last one backwards, but
        `_is_rule_applicable(key, i, state)` is True whenever `i >= len(rule)`: once `i` reaches
        the longest rule's length every key passes every remaining filter, so the set can't
        change and the loop can stop there."""
        possible_keys = set(lookup.keys())
        longest = max((len(self._rule_key_to_state(key)) for key in possible_keys), default=0)
        for i, state in enumerate(reversed(states)):
            if i >= longest:
                break
            possible_keys = {key for key in possible_keys
                             if self._is_rule_applicable(key, i, state)}
        return possible_keys

    @staticmethod
    def format_tracker_states(states: list[dict]) -> str:
        """Only RulePolicy's debug log shows this text: not built when that log is filtered out."""
        if structlog.is_configured() and not _RULE_POLICY_LOG.isEnabledFor(logging.DEBUG):
            return ""
        return RulePolicy.format_tracker_states(states)


class _KnownPast:
    """A tracker whose `past_states()` comes from a ConversationStates (what RulePolicy asks)."""

    def __init__(self, tracker: DialogueStateTracker, states: "ConversationStates",
                 last: Optional[int] = None) -> None:
        self._tracker = tracker
        self._states = states
        self._last = last

    def past_states(self, domain: Domain, omit_unset_slots: bool = False,
                    ignore_rule_only_turns: bool = False,
                    rule_only_data: Optional[dict[str, Any]] = None) -> list[State]:
        states = None
        if not omit_unset_slots and not ignore_rule_only_turns:  # what RulePolicy asks for
            states = self._states.prediction_states(self._tracker, domain, self._last)
        if states is None:
            states = self._tracker.past_states(
                domain, omit_unset_slots=omit_unset_slots,
                ignore_rule_only_turns=ignore_rule_only_turns, rule_only_data=rule_only_data,
            )
            if self._last is not None:
                states = states[max(0, len(states) - self._last):]
        return states

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tracker, name)


@dataclass
class _Mark:
    """The replayed tracker just before an action, to go back to when events are taken back."""

    position: int  # how many applied events had been replayed
    states: int  # how many states had been recorded
    users: int  # how many user messages had been recorded
    slots: dict[str, tuple[Any, bool]]
    attributes: dict[str, Any]


@dataclass
class _Conversation:
    domain: Domain
    signature: tuple
    # tracker.applied_events(), kept: the raw events seen, the loop names among them, the result
    events: list[Event] = field(default_factory=list)
    loop_names: frozenset[str] = frozenset()
    applied: list[Event] = field(default_factory=list)
    # the replay of `folded` (applied events), and the state before each ActionExecuted in it
    folded: list[Event] = field(default_factory=list)
    states: list[State] = field(default_factory=list)
    views: list[State] = field(default_factory=list)  # the states as the featurizer leaves them
    replay: Optional[DialogueStateTracker] = None
    marks: deque = field(default_factory=lambda: deque(maxlen=MARKS))
    # (user message, use_text_for_featurization, entities) as they were when a state used them
    users: list[tuple[UserUttered, Any, list]] = field(default_factory=list)


class ConversationStates:
    """`tracker.past_states(domain)` per conversation, extended instead of recomputed.

    Why the result is the same list. Rasa 3.6 computes it as (`Domain.states_for_tracker_history`
    with its defaults, `DialogueStateTracker.generate_all_prior_trackers`):

        replay = tracker.init_copy()
        for event in tracker.applied_events():
            if isinstance(event, ActionExecuted): states.append(clean(get_active_state(replay)))
            replay.update(event)
        states.append(clean(get_active_state(replay)))

    1. `applied_events()` is a left fold over `tracker.events`, parameterised by the names of the
       loops activated anywhere in them. Kept: the events folded so far, those names, and the
       result. If the tracker's events start with the same objects (checked by identity) and the
       new ones name no new loop, folding only the new ones onto the kept result gives what
       folding all of them gives; otherwise the fold starts over.
    2. The replay above is a left fold over the applied events. Kept: the applied events replayed,
       the states recorded, and the replay tracker. If the new applied events start with the
       replayed ones (identity again), only the rest are replayed. When some were taken back (a
       form's next step drops the reader's message since its last step; /back), the replay goes
       back to a mark, the tracker's attributes and slot values saved just before one of the last
       actions, if one lies within the part still shared; else it starts over. The last state is
       recomputed on every call, since it is the one new events change.
    3. A recorded state depends on the replay tracker (our own, rebuilt from the same events) and
       on the latest user message, an event object shared with the conversation. Rasa changes
       that object after it was logged in two ways, both events right after the message
       (DefinePrevUserUtteredFeaturization sets `use_text_for_featurization`, EntitiesAdded adds
       entities), and a full replay sees the changed object. So each user message a kept state
       used is remembered with those two attributes; if either differs now, it starts over.
    Starting over is the stock computation itself. What is assumed: events, and the slot values
    they carry, are not changed in place once logged, apart from those two attributes; trackers of
    another class than DialogueStateTracker (or bot.incremental_tracker's, which differs only in
    how it computes the same applied events), slots of another class than Rasa's, or slot
    definitions differing from the kept ones go to the stock computation.

    Kept states are stored as tuples of their items, each distinct one once; returned states are
    fresh dicts with the same items (RulePolicy's featurizer edits the ones it is given).
    """

    def __init__(self, max_conversations: int = RECENT_CONVERSATIONS) -> None:
        self.max_conversations = max_conversations
        self._conversations: OrderedDict[str, _Conversation] = OrderedDict()
        self._lock = threading.Lock()
        # how each call was answered: starting over, extending the kept states, going back to
        # a mark; and calls left to the stock computation
        self.counts = {"replayed": 0, "extended": 0, "rewound": 0, "stock": 0}
        self._shared: dict[tuple, tuple] = {}
        self._views: dict[tuple, State] = {}

    def past_states(self, tracker: DialogueStateTracker, domain: Domain) -> Optional[list[State]]:
        """`tracker.past_states(domain)`, or None for a tracker this can't keep states for."""
        states = self._kept(tracker, domain, as_featurized=False)
        return None if states is None else [_fresh(state) for state in states[:-1]] + states[-1:]

    def prediction_states(self, tracker: DialogueStateTracker, domain: Domain,
                          last: Optional[int] = None) -> Optional[list[State]]:
        """`tracker.past_states(domain)` as RulePolicy's featurizer would leave all but the last
        state (or None, as past_states): without the user's text where the state has an intent.
        Only the `last` states, if given.

        The featurizer edits the states it is given in two ways only (rasa 3.6,
        TrackerFeaturizer): it drops the text or the intent of the last one
        (`_choose_last_user_input`), and the text of any that has an intent
        (`_remove_user_text_if_intent`). The last state here is a fresh dict; the others are
        already without that text, so the featurizer leaves them as they are, and they are
        shared between calls instead of copied: copying every state of the conversation, several
        times per message, made a message's cost grow with the conversation's length."""
        return self._kept(tracker, domain, as_featurized=True, last=last)

    def _kept(self, tracker: DialogueStateTracker, domain: Domain,
              as_featurized: bool, last: Optional[int] = None) -> Optional[list[State]]:
        """The kept states (or their views) brought up to the tracker's events, and a fresh
        state after them; None for a tracker this can't keep states for."""
        signature = _signature(tracker)
        if signature is None:
            self.counts["stock"] += 1
            return None
        with self._lock:
            conversation = self._conversations.get(tracker.sender_id)
            if conversation is None or conversation.domain is not domain \
                    or conversation.signature != signature:
                conversation = _Conversation(domain, signature)
            self._conversations[tracker.sender_id] = conversation
            self._conversations.move_to_end(tracker.sender_id)
            while len(self._conversations) > self.max_conversations:
                self._conversations.popitem(last=False)
            final = self._states(conversation, tracker, domain)
            past = conversation.views if as_featurized else conversation.states
            if last is not None:
                past = past[max(0, len(past) - (last - 1)):]
            return past + [final]

    def _states(self, conversation: _Conversation, tracker: DialogueStateTracker,
                domain: Domain) -> State:
        """Bring the kept states up to the tracker's events; the state after them."""
        applied = self._applied_events(conversation, tracker)
        folded = conversation.folded
        shared = len(folded)
        if conversation.replay is None or len(applied) < shared \
                or not all(map(operator.is_, applied, folded)):
            shared = next((i for i, (a, b) in enumerate(zip(applied, folded)) if a is not b),
                          min(len(applied), len(folded)))
            mark = next((m for m in reversed(conversation.marks) if m.position <= shared), None)
            if conversation.replay is None or mark is None:
                self._start_over(conversation, tracker)
                kind = "replayed"
            else:
                self._go_back(conversation, tracker, mark)
                kind = "rewound"
        else:
            kind = "extended"
        final = self._replay(conversation, applied, domain)
        if kind != "replayed" and not self._users_unchanged(conversation):
            self._start_over(conversation, tracker)
            final = self._replay(conversation, applied, domain)
            kind = "replayed"
        self.counts[kind] += 1
        return final

    @staticmethod
    def _applied_events(conversation: _Conversation,
                        tracker: DialogueStateTracker) -> list[Event]:
        """tracker.applied_events(), folding only the events not seen yet when it can."""
        events = list(tracker.events)
        seen = conversation.events
        new = events[len(seen):]
        if len(events) < len(seen) or not all(map(operator.is_, events, seen)) \
                or not loop_names(new) <= conversation.loop_names:
            # a loop named for the first time changes how its earlier executions count
            conversation.events, conversation.applied, new = [], [], events
            conversation.loop_names = loop_names(events)
        fold(tracker, new, conversation.applied, conversation.loop_names)
        conversation.events.extend(new)
        return conversation.applied

    @staticmethod
    def _start_over(conversation: _Conversation, tracker: DialogueStateTracker) -> None:
        conversation.replay = tracker.init_copy()
        conversation.folded, conversation.states, conversation.users = [], [], []
        conversation.views = []
        conversation.marks.clear()

    @staticmethod
    def _go_back(conversation: _Conversation, tracker: DialogueStateTracker, mark: _Mark) -> None:
        replay = tracker.init_copy()
        for name, (value, has_been_set) in mark.slots.items():
            replay.slots[name]._value, replay.slots[name]._has_been_set = value, has_been_set
        for name, value in mark.attributes.items():
            setattr(replay, name, value)
        replay.active_loop = copy.copy(replay.active_loop)  # the replay edits it in place
        conversation.replay = replay
        del conversation.folded[mark.position:]
        del conversation.states[mark.states:]
        del conversation.views[mark.states:]
        del conversation.users[mark.users:]
        while conversation.marks and conversation.marks[-1].position >= mark.position:
            conversation.marks.pop()  # the replay marks this point again

    def _replay(self, conversation: _Conversation, applied: list[Event], domain: Domain) -> State:
        """Replay the applied events not replayed yet; the state after them."""
        replay, states, users = conversation.replay, conversation.states, conversation.users
        for event in islice(applied, len(conversation.folded), None):
            if isinstance(event, ActionExecuted):
                conversation.marks.append(_mark(conversation))
                kept = self._keep(domain._clean_state(domain.get_active_state(replay)))
                states.append(kept)
                conversation.views.append(self._view(kept))
                message = replay.latest_message
                if not users or users[-1][0] is not message:
                    users.append((message, message.use_text_for_featurization,
                                  list(message.entities)))
            replay.update(event)
            conversation.folded.append(event)
        return domain._clean_state(domain.get_active_state(replay))

    def _keep(self, state: State) -> Any:
        """The state as a tuple of its items, the one already kept if there is one.

        Only states made of strings and tuples of strings or floats (all Rasa 3.6 puts in one)
        are shared: for those, an equal state is the same state (1 == 1.0 == True would not be,
        for `json.dumps`). Any other is kept as it is."""
        frozen = tuple((kind, tuple(sub_state.items())) for kind, sub_state in state.items())
        if not all(_plain(value) for _, items in frozen for _, value in items):
            return state
        kept = self._shared.get(frozen)
        if kept is None and len(self._shared) < SHARED_STATES:
            kept = self._shared[frozen] = frozen
        return kept or frozen

    def _view(self, kept: Any) -> State:
        """The kept state as the featurizer leaves it (see prediction_states), one per distinct
        shared state."""
        view = self._views.get(kept) if type(kept) is tuple else None
        if view is None:
            view = _fresh(kept)
            TrackerFeaturizer._remove_user_text_if_intent([[view]])
            if type(kept) is tuple and len(self._views) < SHARED_STATES:
                self._views[kept] = view
        return view

    @staticmethod
    def _users_unchanged(conversation: _Conversation) -> bool:
        return all(message.use_text_for_featurization == use_text and message.entities == entities
                   for message, use_text, entities in conversation.users)


# The replay tracker's attributes that events change (besides slot values); `events` and `slots`
# are not among them, and no applied event reads the replay's own events.
_ATTRIBUTES = ("_paused", "followup_action", "latest_action", "latest_message",
               "latest_bot_utterance", "active_loop")


def _mark(conversation: _Conversation) -> _Mark:
    replay = conversation.replay
    return _Mark(
        len(conversation.folded), len(conversation.states), len(conversation.users),
        {name: (slot._value, slot._has_been_set) for name, slot in replay.slots.items()},
        {name: getattr(replay, name) for name in _ATTRIBUTES}
        | {"active_loop": copy.copy(replay.active_loop)},
    )


def _items(state: Any) -> Any:
    return state.items() if type(state) is dict else state


def _fresh(state: Any) -> State:
    """A kept state as a dict of its own."""
    return {kind: dict(items) for kind, items in _items(state)}


def _plain(value: Any) -> bool:
    """A string, or a tuple of strings and floats other than -0.0 (equal to 0.0, printed apart)."""
    return type(value) is str or type(value) is tuple and all(
        type(v) is str or type(v) is float and (v != 0.0 or math.copysign(1.0, v) > 0)
        for v in value)


def _signature(tracker: Any) -> Optional[tuple]:
    """What of the tracker, besides its events, the states depend on; None: not cacheable."""
    if type(tracker) not in (DialogueStateTracker, IncrementalTracker) \
            or type(tracker.slots) is not dict:
        return None
    slots = []
    for name, slot in tracker.slots.items():
        if type(slot) not in _KNOWN_SLOTS:
            return None
        slots.append((name, type(slot), slot.initial_value, slot.influence_conversation,
                      getattr(slot, "values", None), getattr(slot, "max_value", None),
                      getattr(slot, "min_value", None)))
    return tracker.is_rule_tracker, tuple(slots)
