"""bot.rule_policy against Rasa's own RulePolicy: the same states and the same predictions at every
prediction of real conversations (real NLU, action server and tracker store, messy readers,
restarts, expired sessions, /back) and of event sequences edited by hand or cut at random."""
from __future__ import annotations

import asyncio
import copy
import json
import random
import uuid
import warnings
from pathlib import Path

import pytest
import yaml

with warnings.catch_warnings(record=True):  # Rasa's imports rewrite the warning filters
    from rasa.core.agent import Agent
    from rasa.core.channels import CollectingOutputChannel, UserMessage
    from rasa.core.featurizers.tracker_featurizers import TrackerFeaturizer
    from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH, RulePolicy
    from rasa.shared.core.constants import PREVIOUS_ACTION
    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import (
        ActionExecuted, ActionExecutionRejected, ActionReverted, ActiveLoop, AllSlotsReset,
        DefinePrevUserUtteredFeaturization, EntitiesAdded, FollowupAction, LoopInterrupted, Restarted,
        SessionStarted, SlotSet, UserUttered, UserUtteranceReverted,
    )
    from rasa.shared.core.slots import TextSlot
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.utils.endpoints import EndpointConfig

    from bot.rule_policy import ConversationStates, IncrementalRulePolicy
    from bot.tracker_store import DatabaseTrackerStore

from bot import config, serve
from bot.bench import OUR_MESSAGES
from tests.test_simulated_readers import (
    ACKNOWLEDGEMENTS, ANSWERS, CHANGES, CONTROLS, GOODBYES, QUESTIONS, REASONS, STANCE_WORDS,
)

pytestmark = pytest.mark.rasa

# Pseudo-messages of the scripts below: the next message arrives after the session expired.
EXPIRE = "(the session expires)"
MESSY = ["/restart", "start over", "/session_start", "/back", "/back", "don't save my answers",
         "save my answers", "delete my answers", "share my view", "who won the super bowl",
         "xqzv blorp", "hi", "/greet", "/ask_article{\"fact\": \"summary\"}", "/nonexistent_intent",
         "", "?", "what is the capital of france", EXPIRE]
RANDOM_CONVERSATIONS = 40
RANDOM_TURNS = 16


def story_conversations() -> list[list[str]]:
    stories = yaml.safe_load((config.PROJECT_DIR / "tests" / "test_stories.yml").read_text())
    return [[step["user"].strip() for step in story["steps"] if "user" in step]
            for story in stories["stories"]]


def random_conversations() -> list[list[str]]:
    """Seeded walks over what readers say (tests/test_simulated_readers.py) and messy controls."""
    rng = random.Random(11)
    pools = [ANSWERS, REASONS, ACKNOWLEDGEMENTS, GOODBYES, QUESTIONS, CONTROLS, CHANGES,
             [text for texts in STANCE_WORDS.values() for text in texts], MESSY, OUR_MESSAGES,
             ["share my view", "i want to share my view", "another one"]]
    return [[rng.choice(rng.choice(pools)) for _ in range(rng.randint(3, RANDOM_TURNS))]
            for _ in range(RANDOM_CONVERSATIONS)]


CONVERSATIONS = [
    *story_conversations(),
    OUR_MESSAGES * 3,  # what `make bench` sends each of its readers, 63 messages long
    ["share my view", "hi", "who is kori schake", "/back", "it's a mistake", EXPIRE,
     "because russia never kept a deal", "/restart", "share my view", "agree", "bye"],
    *random_conversations(),
]


def fields(prediction) -> dict:
    """Everything a prediction carries except the policy's name (the class differs)."""
    return {name: value for name, value in vars(prediction).items()
            if name not in ("policy_name", "diagnostic_data")}


class Checker:
    """Runs Rasa's RulePolicy beside ours on every prediction ours makes, and compares."""

    def __init__(self, ours: IncrementalRulePolicy) -> None:
        self.ours = ours
        self.stock = RulePolicy(dict(ours.config), ours._model_storage, ours._resource,
                                ExecutionContext(GraphSchema({}), "test"),
                                featurizer=ours.featurizer, lookup=ours.lookup)
        self.predictions = 0
        self.sources_cut = 0  # predictions no rule made, whose source is the shorter key
        self.differences: list[str] = []  # in the predictions Rasa asked for
        self._predict = ours._predict
        self.conversations: dict[str, list] = {}  # sender: its events at its latest prediction

    def __call__(self, tracker: DialogueStateTracker, domain: Domain):
        """Ours predicts as Rasa asked it to; then the comparison."""
        got = self._predict(tracker, domain)
        try:
            self.check(tracker, domain, got)
        except AssertionError as difference:
            self.differences.append(f"{tracker.sender_id} at event {len(tracker.events)}: "
                                    f"{str(difference)[:300]}")
        self.conversations[tracker.sender_id] = list(tracker.events)
        return got

    def check(self, tracker: DialogueStateTracker, domain: Domain, got=None) -> None:
        """Ours and Rasa's: the same prediction and the same past states; the same prediction
        source where a rule applied, and where none did, the key of Rasa's states as far back
        as the longest rule reaches (no rule's key either way); the last that many of Rasa's
        states for the intent and for the text of the last message."""
        got = got or self._predict(tracker, domain)
        expected = self.stock._predict(tracker, domain)
        assert fields(got[0]) == fields(expected[0])
        rules = {**self.ours.lookup[RULES], **self.ours.lookup[RULES_FOR_LOOP_UNHAPPY_PATH]}
        if got[1] != expected[1]:
            assert got[1] not in rules and expected[1] not in rules
            assert expected[1].endswith(got[1][1:]) and got[1].count(PREVIOUS_ACTION) <= \
                self.ours._longest_rule()
            self.sources_cut += 1
        kept = self.ours.conversation_states.past_states(tracker, domain)
        assert kept is None or kept == tracker.past_states(domain)
        shared = self.ours.conversation_states.prediction_states(tracker, domain) or [{}]
        before = copy.deepcopy(shared)
        longest = self.ours._longest_rule()
        for text in (True, False):
            ours = self.ours._prediction_states(tracker, domain, text)
            stock = self.stock._prediction_states(tracker, domain, text)
            assert ours == stock[-longest:] and len(ours) == min(len(stock), longest)
        assert shared[:-1] == before[:-1]  # the featurizer left the shared states as they were
        self.predictions += 1


@pytest.fixture(scope="module")
def served(trained_model: Path, tmp_path_factory: pytest.TempPathFactory):
    """The trained model in this process, with its action server and our tracker store, and
    Rasa's RulePolicy checking ours."""
    var = tmp_path_factory.mktemp("rule-policy")
    env = {"DISCUSS_VAR_DIR": str(var), "DATABASE_URL": f"sqlite:///{var / 'bot.db'}"}
    servers = serve.Servers(serve.free_port(), serve.free_port(), var / "logs", env=env)
    with pytest.MonkeyPatch.context() as patch:
        for name, value in env.items():
            patch.setenv(name, value)
        servers.start_actions()
        try:
            agent = Agent.load(
                str(trained_model), tracker_store=DatabaseTrackerStore(),
                action_endpoint=EndpointConfig(f"http://127.0.0.1:{servers.actions_port}/webhook"),
            )
            nodes = agent.processor.graph_runner._instantiated_nodes.values()
            policy = next(node._component for node in nodes
                          if isinstance(node._component, IncrementalRulePolicy))
            checker = Checker(policy)
            policy._predict = checker
            yield agent, checker
        finally:
            servers.stop()


@pytest.fixture(scope="module")
def chatted(served):
    """CONVERSATIONS chatted through the agent, every prediction compared on the way."""
    agent, checker = served
    for messages in CONVERSATIONS:
        chat(agent, f"reader-{uuid.uuid4().hex[:8]}", messages)
    return agent, checker


def chat(agent: Agent, sender: str, messages: list[str]) -> None:
    """The messages one by one; EXPIRE makes Rasa find the session expired at the next one
    (asking, as Rasa does, when the last message of the applied events was)."""
    processor = agent.processor
    stock_expired = processor._has_session_expired

    async def run() -> None:
        expired = False
        for text in messages:
            if text == EXPIRE:
                expired = True
                continue
            processor._has_session_expired = \
                lambda tracker, expired=expired: stock_expired(tracker) or expired
            await agent.handle_message(UserMessage(text, CollectingOutputChannel(), sender))
            expired = False
        del processor._has_session_expired

    asyncio.run(run())


def featurized(domain: Domain) -> Domain:
    """The domain with every slot that can be featurized influencing the conversation, so that
    states carry slot values (the project's slots don't)."""
    data = domain.as_dict()
    for slot in data["slots"].values():
        if slot["type"] != "any":
            slot["influence_conversation"] = True
    return Domain.from_dict(data)


def test_every_prediction_of_real_conversations_is_rasas(chatted):
    agent, checker = chatted
    counts = checker.ours.conversation_states.counts
    print(checker.predictions, "predictions compared;", counts)
    assert checker.differences == []
    assert checker.predictions > 500
    # the long conversations went past the longest rule, and no rule applied at some points
    assert checker.sources_cut > 0
    kinds = {type(event) for events in checker.conversations.values() for event in events}
    assert {ActiveLoop, SessionStarted, UserUtteranceReverted, FollowupAction} <= kinds
    # the kept states were used: replayed only at a conversation's first prediction, a form
    # named for the first time, an expired or restarted session and the like
    assert counts["extended"] + counts["rewound"] > 10 * counts["replayed"]
    assert counts["rewound"] > 0  # form steps go back to a mark instead of replaying


@pytest.mark.parametrize("slots_influence", [False, True])
def test_the_real_conversations_regrown_under_one_id_are_rasas(chatted, slots_influence):
    """Each conversation again, one prediction point after another, all under one conversation
    id (so each new one must be noticed), with slot values in the states or not."""
    agent, checker = chatted
    domain = featurized(agent.domain) if slots_influence else agent.domain
    for events in checker.conversations.values():
        for end in range(1, len(events) + 1):
            if isinstance(events[end - 1], (ActionExecuted, UserUttered)):
                tracker = DialogueStateTracker.from_events("one-id", events[:end], domain.slots)
                checker.check(tracker, domain)


def test_trackers_cut_at_random_copied_or_not_are_rasas(chatted):
    agent, checker = chatted
    rng = random.Random(7)
    domain = featurized(agent.domain)
    conversations = list(checker.conversations.values())
    for _ in range(300):
        events = rng.choice(conversations)
        tracker = DialogueStateTracker.from_events(
            rng.choice(["one-id", "another-id"]), events[:rng.randint(1, len(events))],
            domain.slots)
        checker.check(copy.deepcopy(tracker) if rng.random() < 0.3 else tracker, domain)


START = [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]


def said(intent: str, entities: list | None = None) -> UserUttered:
    return UserUttered(f"reader says {intent}", {"name": intent, "confidence": 0.9},
                       entities or [])


def listened() -> list:
    return [ActionExecuted("action_listen")]


FORM_STEPS = [
    [said("share_opinion"), DefinePrevUserUtteredFeaturization(False),
     ActionExecuted("action_next_prompt"), SlotSet("prompt_id", "p1")],
    [ActionExecuted("opinion_form"), ActiveLoop("opinion_form"), SlotSet("requested_slot", "opinion")],
    listened(),
    [said("give_opinion"), SlotSet("opinion", "a view")],
    [DefinePrevUserUtteredFeaturization(False), ActionExecuted("opinion_form"),
     SlotSet("requested_slot", "reason")],
    [*listened(), said("ask_article")],
    [ActionExecutionRejected("opinion_form")],
    [DefinePrevUserUtteredFeaturization(False), ActionExecuted("utter_answer")],
    [LoopInterrupted(True), ActionExecuted("opinion_form"), SlotSet("requested_slot", "stance")],
    [*listened(), said("set_stance", [{"entity": "stance", "value": "agree"}])],
    [ActionExecuted("opinion_form"), SlotSet("stance", "agree"), ActiveLoop(None),
     SlotSet("requested_slot", None)],
    [ActionExecuted("action_finish_opinion")],
    listened(),
]
EDITED = {
    # the message's featurization or entities changed after states used it: a full replay
    # sees the changed message everywhere
    "late featurization": [
        START, [said("greet"), ActionExecuted("action_handle_reply")], listened(),
        [DefinePrevUserUtteredFeaturization(True)], [said("thank")],
        [DefinePrevUserUtteredFeaturization(False)], [ActionExecuted("utter_thank")]],
    "late entities": [
        START, [said("ask_article", [{"entity": "fact", "value": "summary"}])],
        [ActionExecuted("utter_answer")], listened(),
        [EntitiesAdded([{"entity": "stance", "value": "agree"}])], [said("thank")]],
    "reverted": [
        START, [said("ask_article"), ActionExecuted("utter_answer")], [ActionReverted()],
        [ActionExecuted("utter_goodbye")], listened(), [said("greet")],
        [UserUtteranceReverted()], [said("thank")], [ActionExecuted("utter_thank")],
        [UserUtteranceReverted(), UserUtteranceReverted()], [said("help")]],
    "a form, happy and unhappy": [START, *FORM_STEPS],
    "restarted and new sessions in a form": [
        START, *FORM_STEPS[:5], [said("restart"), ActionExecuted("action_restart"), Restarted()],
        [ActionExecuted("action_session_start"), SessionStarted(), SlotSet("opted_out", True)],
        listened(), [said("greet")], [AllSlotsReset()], [ActionExecuted("action_handle_reply")],
        *FORM_STEPS, [SessionStarted()], [said("bot_challenge")]],
    "a form named only later": [
        START, [said("greet"), ActionExecuted("opinion_form")], listened(), [said("deny")],
        [ActionExecuted("opinion_form")], [ActiveLoop("opinion_form")], listened(),
        [said("give_opinion")], [ActionExecuted("opinion_form")], listened()],
}


@pytest.mark.parametrize("slots_influence", [False, True])
@pytest.mark.parametrize("name", EDITED)
def test_conversations_edited_by_hand_are_rasas(chatted, name, slots_influence):
    """Each step adds events to one conversation and asks for a prediction, the way the tracker
    store hands Rasa the same event objects plus new ones."""
    agent, checker = chatted
    domain = featurized(agent.domain) if slots_influence else agent.domain
    events: list = []
    for step in copy.deepcopy(EDITED[name]):
        events += step
        checker.check(DialogueStateTracker.from_events(name, events, domain.slots), domain)


def test_trackers_with_a_short_memory_or_other_slots_are_rasas(chatted):
    agent, checker = chatted
    domain = agent.domain
    events: list = []
    for step in copy.deepcopy([START, *FORM_STEPS]):
        events += step
        checker.check(DialogueStateTracker.from_events("short", events, domain.slots, 6), domain)
        other = [*domain.slots, TextSlot("extra", [], initial_value="x")]
        checker.check(DialogueStateTracker.from_events("short", events, other), domain)
        checker.check(DialogueStateTracker.from_events("short", events, None), domain)


def test_another_domain_with_the_same_slots_is_rasas(chatted):
    """A domain that featurizes no entities of a question: states change, slots don't."""
    agent, checker = chatted
    data = agent.domain.as_dict()
    data["intents"] = [{"ask_article": {"use_entities": []}} if intent == "ask_article" else intent
                       for intent in data["intents"]]
    domains = [agent.domain, Domain.from_dict(data)]
    events: list = []
    for number, step in enumerate(copy.deepcopy(EDITED["late entities"])):
        events += step
        tracker = DialogueStateTracker.from_events("domains", events, agent.domain.slots)
        checker.check(tracker, domains[number % 2])


def test_the_rule_lookup_stops_only_where_no_rule_reaches(chatted):
    """Rules made of stretches of real conversations' states, some changed one state early on,
    looked up in other stretches: ours stops at the longest rule, Rasa's goes through them all."""
    agent, checker = chatted
    rng = random.Random(3)
    histories = [DialogueStateTracker.from_events("rules", events, agent.domain.slots)
                 .past_states(agent.domain) for events in checker.conversations.values()]
    states = [state for history in histories for state in history]

    def stretch() -> list:
        history = rng.choice(histories)
        start = 0 if rng.random() < 0.2 else rng.randrange(len(history))  # conversation start
        return history[start:start + rng.randint(1, 5)]

    for _ in range(500):
        rules = [stretch() for _ in range(rng.randint(1, 30))]
        for rule in rules:
            if len(rule) > 1 and rng.random() < 0.5:
                rule[rng.randrange(len(rule) - 1)] = rng.choice(states)
        lookup = {json.dumps(rule, sort_keys=True): "action_listen" for rule in rules}
        history = rng.choice(histories)
        for conversation in (history[:rng.randint(1, len(history))], stretch(), *rules[:3]):
            assert checker.ours._get_possible_keys(lookup, conversation) == \
                checker.stock._get_possible_keys(lookup, conversation)


def test_the_kept_conversations_are_bounded():
    kept = ConversationStates(max_conversations=3)
    domain = Domain.load(str(config.PROJECT_DIR / "domain.yml"))
    for number in range(5):
        tracker = DialogueStateTracker.from_events(f"reader-{number}", START, domain.slots)
        assert kept.past_states(tracker, domain) == tracker.past_states(domain)
    assert list(kept._conversations) == ["reader-2", "reader-3", "reader-4"]


def test_kept_states_are_shared_only_when_equal_in_every_way():
    kept = ConversationStates()
    state = {"user": {"intent": "greet"}, "slots": {"stance": (0.0, 1.0, 0.0, 0.0)}}
    assert kept._keep(state) is kept._keep(copy.deepcopy(state))
    kept._keep({"slots": {"x": (1.0,)}})
    kept._keep({"slots": {"x": (0.0,)}})
    # equal to a kept state, but json.dumps (RulePolicy's rule keys) prints them differently
    for odd in ({"slots": {"x": (True,)}}, {"slots": {"x": (1,)}}, {"slots": {"x": (-0.0,)}}):
        assert kept._keep(odd) is odd



def test_the_states_handed_to_the_featurizer_are_already_as_it_leaves_them():
    """A message Rasa hasn't yet told text from intent for has both in its state: the featurizer
    drops the text. The shared states come without it, so the featurizer's edit changes nothing
    in them; what it makes of them is what it makes of Rasa's own states."""
    kept = ConversationStates()
    domain = Domain.load(str(config.PROJECT_DIR / "domain.yml"))
    events = START + [said("greet"), ActionExecuted("utter_greet"), *listened(), said("thank")]
    tracker = DialogueStateTracker.from_events("reader", events, domain.slots)
    views = kept.prediction_states(tracker, domain)
    assert any("text" in state.get("user", {}) for state in tracker.past_states(domain)[:-1])
    before = copy.deepcopy(views)
    stock = tracker.past_states(domain)
    for states in (views, stock):
        TrackerFeaturizer._remove_user_text_if_intent([states])
    assert views[:-1] == before[:-1]
    assert views == stock
