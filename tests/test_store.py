"""The opinion store on a real SQLite file: pragmas, schema version, upserts, spool and replay."""
from __future__ import annotations

import json
import sqlite3
import threading

import pytest
from sqlalchemy import select, text

from bot import config, store


def save(message_id: str = "m1", session_id: str = "s1", **fields) -> int | None:
    """Save an answer; each message id answers a prompt of its own unless `prompt_id` is given."""
    change = {"op": "save", "session_id": session_id, "channel": "rest", "prompt_id": f"p-{message_id}",
              "prompt": "What do you think?", "opinion": "A view", "reason": None, "stance": None,
              "message_id": message_id, **fields}
    return store.record(change)


def all_rows() -> list[store.Opinion]:
    with store.session_factory().begin() as session:
        return list(session.scalars(select(store.Opinion).order_by(store.Opinion.id)))


def test_sqlite_is_durable_and_patient():
    store.create_schema()
    with store.engine().connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 2000


def test_schema_is_versioned_and_a_newer_one_is_refused():
    store.create_schema()
    with store.session_factory().begin() as session:
        assert session.scalar(select(store.SchemaVersion.version)) == store.SCHEMA_VERSION
        session.add(store.SchemaVersion(version=store.SCHEMA_VERSION + 1))
    store._schema_ready.clear()
    with pytest.raises(RuntimeError, match="newer than this code"):
        store.create_schema()


def test_a_retried_save_updates_instead_of_duplicating():
    assert save(opinion="first") == 1
    assert save(opinion="second", reason="why") == 1
    [row] = all_rows()
    assert (row.opinion, row.reason) == ("second", "why")


def test_update_and_delete_report_what_they_touched():
    save("m1", "s1"), save("m2", "s1"), save("m3", "s2")
    assert store.record({"op": "update", "message_id": "m2", "stance": "agree"}) == 1
    assert store.record({"op": "update", "message_id": "nope", "stance": "agree"}) == 0
    assert store.record({"op": "delete_session", "session_id": "s1"}) == 2
    assert [row.message_id for row in all_rows()] == ["m3"]


@pytest.mark.parametrize(
    "raw, kept",
    [("  hi  ", "hi"), ("a\x00b\x01c", "abc"), ("line\nnext\ttab", "line\nnext\ttab"), ("\x7f", ""),
     ("Это 🇺🇦 هذا", "Это 🇺🇦 هذا")],
)
def test_clean_text_strips_control_characters_only(raw, kept):
    assert store.clean_text(raw) == kept


def test_locked_database_spools_then_replays_in_order_exactly_once(monkeypatch):
    monkeypatch.setattr(store, "RETRY_PAUSE", 0.01)
    save("m0")  # the schema exists
    path = config.database_url().split("///", 1)[1]
    blocker = sqlite3.connect(path, timeout=1)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        assert save("m1", opinion="while locked") is None
        assert store.record({"op": "update", "message_id": "m1", "reason": "spooled too"}) is None
        assert [c["op"] for c in store.spooled_changes()] == ["save", "update"]
    finally:
        blocker.rollback()
        blocker.close()
    assert save("m2") == 1  # the next write replays the spool first
    rows = {row.message_id: row for row in all_rows()}
    assert sorted(rows) == ["m0", "m1", "m2"]
    assert (rows["m1"].opinion, rows["m1"].reason) == ("while locked", "spooled too")
    assert store.spooled_changes() == []


def test_a_replay_interrupted_before_the_truncate_does_not_duplicate():
    save("m0")
    spool = config.spool_path()
    change = {"op": "save", "session_id": "s", "channel": "rest", "prompt_id": "p", "prompt": "q",
              "opinion": "o", "message_id": "m9", "created_at": "2026-11-20T10:00:00+00:00"}
    spool.write_text(json.dumps(change) + "\n")
    assert store.replay_spool() == 1
    spool.write_text(json.dumps(change) + "\n")  # as if the process died before emptying it
    assert store.replay_spool() == 1
    assert [row.message_id for row in all_rows()] == ["m0", "m9"]
    assert all_rows()[1].created_at.isoformat().startswith("2026-11-20T10:00:00")


def save_concurrently(writers: int) -> None:
    """`writers` threads each saving one answer of their own, all at once."""
    store.create_schema()
    threads = [threading.Thread(target=save, args=(f"m{n}", f"s{n}")) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def test_one_row_per_prompt_per_session_the_latest_answer_wins():
    save("m1", "s1", prompt_id="russia_shift", opinion="first")
    save("m2", "s1", prompt_id="russia_shift", opinion="second", stance="agree")
    save("m3", "s2", prompt_id="russia_shift", opinion="someone else")
    rows = all_rows()
    assert [(r.session_id, r.opinion, r.message_id, r.stance) for r in rows] == [
        ("s1", "second", "m2", "agree"), ("s2", "someone else", "m3", None)]
    assert rows[0].updated_at >= rows[0].created_at


def test_concurrent_writers_all_land():
    save_concurrently(50)
    assert len(all_rows()) == 50
    assert store.spooled_changes() == []


# --- the same store on a real PostgreSQL server ----------------------------------------------

from tests.postgres import postgres, postgres_url  # noqa: E402,F401  (fixtures)


@pytest.fixture
def on_postgres(postgres, monkeypatch):
    """DATABASE_URL on the throwaway cluster, with empty tables for each test."""
    monkeypatch.setenv("DATABASE_URL", postgres.url)
    monkeypatch.setattr(store, "RETRY_PAUSE", 0.05)
    store.dispose()
    store._schema_ready.clear()
    store.Base.metadata.drop_all(store.engine(postgres.url))
    yield postgres
    store.dispose()


@pytest.mark.postgres
def test_postgres_saves_updates_and_deletes(on_postgres):
    assert save("m1", opinion="Это 🇺🇦 '; DROP TABLE opinions; --") == 1
    assert store.record({"op": "update", "message_id": "m1", "stance": "mixed"}) == 1
    [row] = all_rows()
    assert (row.opinion, row.stance) == ("Это 🇺🇦 '; DROP TABLE opinions; --", "mixed")
    assert row.created_at.tzinfo is not None
    assert store.record({"op": "delete_session", "session_id": "s1"}) == 1


@pytest.mark.postgres
def test_postgres_stopped_then_started_every_answer_exactly_once(on_postgres):
    save("m0")
    on_postgres.stop()
    try:
        assert save("m1", opinion="while down") is None
        assert store.record({"op": "update", "message_id": "m1", "reason": "kept"}) is None
    finally:
        on_postgres.start()
    assert save("m2") == 1  # pool_pre_ping replaces the dead connections; the spool replays
    rows = {row.message_id: row for row in all_rows()}
    assert sorted(rows) == ["m0", "m1", "m2"]
    assert (rows["m1"].opinion, rows["m1"].reason) == ("while down", "kept")
    assert store.spooled_changes() == []


@pytest.mark.postgres
def test_postgres_concurrent_writers_all_land(on_postgres):
    save_concurrently(50)
    assert len(all_rows()) == 50


def test_a_deleted_answers_id_is_never_given_to_another():
    # The eighteenth tester, as a moderator: row ids were reused after a deletion, so a note about
    # row 8 could come to point at another reader's answer.
    save("m1", "s1"), save("m2", "s2")
    [_, last] = all_rows()
    assert store.record({"op": "delete_answer", "message_id": "m2"}) == 1
    save("m3", "s3")
    assert all_rows()[-1].id > last.id
