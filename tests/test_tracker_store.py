"""bot.tracker_store on a real SQLite file: conversations kept in memory between messages give
the same trackers and rows as Rasa's own SQL store, and never hide another process's writes."""
from __future__ import annotations

import asyncio
import copy
import warnings

import pytest
import sqlalchemy as sa

with warnings.catch_warnings(record=True):  # Rasa's imports rewrite the warning filters
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import (
        ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered,
    )
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.incremental_tracker import IncrementalTracker
    from bot.tracker_store import (
        DatabaseTrackerStore, _Recent, current_session, session_after, session_start,
    )

from bot import config

DOMAIN = Domain.load(str(config.PROJECT_DIR / "domain.yml"))


def start() -> list:
    return [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]


def turn(text: str) -> list:
    return [UserUttered(text, {"name": "ask_article", "confidence": 0.9}),
            SlotSet("answer", f"answer to {text}"), ActionExecuted("utter_answer"),
            BotUttered(f"answer to {text}"), ActionExecuted("action_listen")]


@pytest.fixture
def stores(temp_var_dir):
    """Two of our stores on one SQLite file, as two Rasa instances would be, and Rasa's own."""
    with warnings.catch_warnings(record=True):
        ours = [DatabaseTrackerStore(domain=DOMAIN) for _ in range(2)]
        url = config.tracker_store_url()
        rasa_store = SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=url.split(":///", 1)[1])
    yield ours, rasa_store
    for store in [*ours, rasa_store]:
        store.engine.dispose()


def run(coroutine):
    return asyncio.run(coroutine)


def texts(tracker: DialogueStateTracker) -> list[str]:
    return [e.text for e in tracker.events if isinstance(e, UserUttered)]


def row_count(store) -> int:
    with store.session_scope() as session:
        return session.query(store.SQLEvent).count()


def chat(store, sender: str, *messages: str) -> DialogueStateTracker:
    """One message at a time, as Rasa does: retrieve (or start), add the turn, save."""
    for message in messages:
        tracker = run(store.retrieve(sender)) or DialogueStateTracker.from_events(
            sender, start(), DOMAIN.slots)
        for event in turn(message):
            tracker.update(event)
        run(store.save(tracker))
    return tracker


def test_a_conversation_reads_back_as_rasa_reads_it(stores):
    (ours, _), rasa_store = stores
    chat(ours, "reader", "who is lavrov", "and vance?", "what else")
    again = run(ours.retrieve("reader"))
    from_rasa = run(rasa_store.retrieve("reader"))
    assert list(again.events) == list(from_rasa.events)
    assert again.get_slot("answer") == "answer to what else"
    assert row_count(ours) == len(start()) + 3 * len(turn("x"))  # each event stored once


def test_another_instance_writing_the_conversation_is_never_hidden(stores):
    (first, second), _ = stores
    chat(first, "reader", "who is lavrov")
    chat(second, "reader", "and vance?")  # the reader's next message reached the other one
    tracker = chat(first, "reader", "what else")
    assert texts(tracker) == ["who is lavrov", "and vance?", "what else"]
    assert texts(run(second.retrieve("reader"))) == texts(tracker)
    assert row_count(first) == len(start()) + 3 * len(turn("x"))


def test_a_new_session_starts_the_tracker_afresh(stores):
    (ours, _), rasa_store = stores
    tracker = chat(ours, "reader", "who is lavrov")
    for event in [*start(), *turn("back again")]:
        tracker.update(event)
    run(ours.save(tracker))
    assert texts(run(ours.retrieve("reader"))) == ["back again"]
    assert texts(run(rasa_store.retrieve("reader"))) == ["back again"]
    chat(ours, "reader", "and vance?")
    assert texts(run(ours.retrieve("reader"))) == ["back again", "and vance?"]


def test_the_tracker_starts_from_the_last_ones_applied_events(stores):
    """Each retrieved tracker is an IncrementalTracker seeded with the previous one's applied
    events (bot.incremental_tracker), used while they are the same event objects."""
    (ours, _), _ = stores
    chat(ours, "reader", "who is lavrov")
    tracker = run(ours.retrieve("reader"))
    tracker.applied_events()
    run(ours.save(tracker))
    again = run(ours.retrieve("reader"))
    assert isinstance(again, IncrementalTracker) and again.kept is tracker.kept
    for event in turn("and vance?"):
        again.update(event)
    assert again.applied_events() == DialogueStateTracker.applied_events(again)
    assert again.kept.events[:len(tracker.kept.events)] == tracker.kept.events  # extended
    for event in [*start(), *turn("back again")]:  # a new session: the store keeps only it
        again.update(event)
    again.applied_events()
    run(ours.save(again))
    third = run(ours.retrieve("reader"))
    assert third.applied_events() == DialogueStateTracker.applied_events(third)
    assert len(third.kept.events) == len(third.events) < len(again.kept.events)  # walked again


def test_the_sqlite_connection_is_kept_open_with_its_pragmas(stores):
    (ours, _), _ = stores
    connections = []
    for _ in range(3):
        with ours.session_scope() as session:
            connections.append(session.connection().connection.dbapi_connection)
            pragmas = [session.execute(sa.text(f"PRAGMA {name}")).scalar()
                       for name in ("journal_mode", "synchronous", "busy_timeout")]
        assert pragmas == ["wal", 1, 2000]  # synchronous=NORMAL
    assert connections[0] is connections[1] is connections[2]


def test_an_unknown_conversation_is_none(stores):
    (ours, _), _ = stores
    assert run(ours.retrieve("nobody")) is None


def test_the_kept_session_grows_as_rasas_query_would_return_it():
    """The session kept after a save, found from the new events only where it can be: the same
    as current_session over all the events, whatever the new events are."""
    def kept(events: list) -> _Recent:
        session = current_session(events)
        return _Recent(1, session, start=session_start(session))

    earlier = current_session(start() + turn("hi"))  # as retrieve() keeps it
    late = turn("late")
    for event in late:
        event.timestamp = earlier[1].timestamp - 1  # stamped before the session started
    cases = {
        "more turns": (earlier, turn("next")),
        "a new session": (earlier, turn("next") + start() + turn("again")),
        "events stamped before the session": (earlier, late),
        "no session started": (turn("hi"), turn("next")),
    }
    for name, (before, new) in cases.items():
        assert current_session(before) == before
        events = before + new
        assert session_after(kept(before), events, new) == \
            (current_session(events), session_start(current_session(events))), name
        other = [*copy.copy(before), *new]  # a tracker that isn't the kept one's continuation
        other[0] = ActionExecuted("action_session_start")
        assert session_after(kept(before), other, new)[0] == current_session(other), name
        assert session_after(None, events, new)[0] == current_session(events), name
