"""A seeded random walk of readers through the opinion flow over REST; then invariants on every row.

A stance word alone is stored with that stance, unless the reader stated another one afterwards
(at the reason probe, the stance question or by changing their mind): the latest one counts.
"""
from __future__ import annotations

import random
import time
from collections import Counter

import pytest
from sqlalchemy import select

from bot import store
from bot.dialogue import normalized
from bot.prompts import STANCES

pytestmark = pytest.mark.rasa

CONVERSATIONS = 300
MAX_TURNS = 9
TIME_LIMIT = 600  # seconds: the walk stops early rather than run away

ANSWERS = [
    "its a betrayal of ukraine plain and simple",
    "honestly it makes sense, we cant be the worlds police forever",
    "i think trump is naive about putin",
    "Europe should have paid for its own defence decades ago",
    "talking to russia is better than a nuclear war",
    "we are rewarding an invasion and every dictator is watching",
    "it's complicated, some of it is smart and some reckless",
    "zelensky deserves better from us",
    "china is the real long term threat so its about priorities",
    "I worry about the baltic states next",
]
REASONS = [
    "because russia never kept a deal",
    "since china is growing fast",
    "allies are what kept the peace since 1945",
    "it costs us billions every year",
    "history shows appeasement fails",
]
ACKNOWLEDGEMENTS = ["ok", "hmm", "sure", "lol", "thanks", "?", "👍", "k", "cool", "okay", "i see"]
STANCE_WORDS = {"agree": ["agree", "i agree", "strongly agree", "i agree with him"],
                "disagree": ["disagree", "i disagree", "strongly disagree"],
                "mixed": ["mixed", "mixed feelings"],
                "unsure": ["not sure", "unsure", "no idea"]}
GOODBYES = ["bye", "ok bye", "gotta go", "thanks bye", "see ya"]
QUESTIONS = ["who is kori schake?", "where did rubio meet lavrov", "what did trump say at mar a lago?",
             "what do you think?", "and you?"]
CONTROLS = ["skip", "never mind", "stop", "share my view", "another one"]
CHANGES = ["on second thought im not sure", "no wait, i agree", "actually i disagree"]

STANCE_TEXT = {normalized(text): stance for stance, texts in STANCE_WORDS.items() for text in texts}
NOT_OPINIONS = {normalized(text) for text in ACKNOWLEDGEMENTS + GOODBYES + CONTROLS + QUESTIONS}
NOT_REASONS = NOT_OPINIONS | set(STANCE_TEXT) | {normalized(text) for text in CHANGES}


def next_message(rng: random.Random, replies: list[dict]) -> str:
    buttons = [button["payload"] for reply in replies for button in reply.get("buttons", [])]
    pools = [ANSWERS, REASONS, ACKNOWLEDGEMENTS, sum(STANCE_WORDS.values(), []), GOODBYES,
             QUESTIONS, CONTROLS, CHANGES]
    weights = [4, 3, 3, 3, 1, 1, 1, 1]
    if buttons:
        pools.append(buttons)
        weights.append(4)
    return rng.choice(rng.choices(pools, weights)[0])


def restated_stance_after(sent: list[str], opinion: str) -> bool:
    """Did the reader state a stance again after giving `opinion` (a later answer may update it)?"""
    later = sent[len(sent) - 1 - sent[::-1].index(opinion) + 1:] if opinion in sent else []
    return any(normalized(text) in STANCE_TEXT or text in CHANGES or text.startswith("/set_stance")
               for text in later)


def violations_in(rows: list[store.Opinion], sent: dict[str, list[str]]) -> list[str]:
    found = []
    for key, count in Counter((row.session_id, row.prompt_id) for row in rows).items():
        if count > 1:
            found.append(f"{count} rows for {key}")
    for row in rows:
        opinion, reason = normalized(row.opinion), normalized(row.reason or "")
        where = f"row {row.id} ({row.session_id}, {row.prompt_id})"
        if opinion in NOT_OPINIONS or not opinion:
            found.append(f"{where}: opinion {row.opinion!r}")
        if opinion in STANCE_TEXT and row.stance != STANCE_TEXT[opinion] and not (
            row.stance and restated_stance_after(sent[row.session_id], row.opinion)
        ):
            found.append(f"{where}: stance word {row.opinion!r} stored as {row.stance!r}")
        if reason and reason in NOT_REASONS:
            found.append(f"{where}: reason {row.reason!r}")
        if row.stance is not None and row.stance not in STANCES:
            found.append(f"{where}: stance {row.stance!r}")
    return found


def test_simulated_readers_leave_only_clean_rows(bot, capsys):
    rng = random.Random(20261128)
    started, conversations, messages, silent = time.monotonic(), 0, 0, []
    sent: dict[str, list[str]] = {}
    for number in range(CONVERSATIONS):
        if time.monotonic() - started > TIME_LIMIT:
            break
        reader = f"sim-{number}"
        sent[reader] = []
        replies = bot.say(reader, "share my view" if rng.random() < 0.8 else rng.choice(QUESTIONS))
        for _ in range(rng.randint(1, MAX_TURNS)):
            message = next_message(rng, replies)
            replies = bot.say(reader, message)
            sent[reader].append(message)
            messages += 1
            if not any(reply.get("text") for reply in replies):
                silent.append(f"{reader}: no reply to {message!r}")
        conversations += 1
    store.create_schema(bot.database_url)
    with store.session_factory(bot.database_url).begin() as session:
        rows = list(session.scalars(select(store.Opinion).where(store.Opinion.session_id.like("sim-%"))))
    violations = violations_in(rows, sent) + silent
    with capsys.disabled():
        print(f"\nsimulated readers: {conversations} conversations, {messages} messages, "
              f"{len(rows)} rows, {len(violations)} violations")
        for violation in violations[:30]:
            print("  ", violation)
    assert conversations >= CONVERSATIONS * 0.9
    assert len(rows) > conversations / 4  # the walk really answered prompts
    assert violations == []
