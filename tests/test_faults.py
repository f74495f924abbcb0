"""Faults survived: action server killed, database locked mid-conversation, kill -9 after an answer."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import uuid

import pytest
from sqlalchemy import select

from bot import store
from bot.channels import TROUBLE_REPLY
from tests.conftest import Bot, start_bot

pytestmark = pytest.mark.rasa


@pytest.fixture(scope="module")
def fragile_bot(trained_model, tmp_path_factory):
    """A bot of its own (these tests kill its parts), conversations and opinions in two files."""
    var = tmp_path_factory.mktemp("fault-var")
    bot = start_bot(var, f"sqlite:///{var / 'opinions.db'}",
                    TRACKER_STORE_URL=f"sqlite:///{var / 'conversations.db'}")
    yield bot
    bot.servers.stop()


def actions_process(bot: Bot):
    return bot.servers.processes[0]


def restart_actions(bot: Bot) -> None:
    bot.servers.processes.remove(actions_process(bot))
    bot.servers.start_actions()
    bot.servers.processes.insert(0, bot.servers.processes.pop())


def opinions(bot: Bot, reader: str) -> list[store.Opinion]:
    store.create_schema(bot.database_url)
    with store.session_factory(bot.database_url).begin() as session:
        query = select(store.Opinion).where(store.Opinion.session_id == reader)
        return list(session.scalars(query.order_by(store.Opinion.id)))


def test_action_server_down_gets_a_clear_reply_and_the_bot_recovers(fragile_bot):
    reader = f"r-{uuid.uuid4().hex[:8]}"
    assert "Lavrov" in fragile_bot.text(reader, "who is lavrov")
    process = actions_process(fragile_bot)
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=15)
    # Questions are answered in the Rasa server itself (bot.answer_policy): they still work.
    assert "American Enterprise Institute" in fragile_bot.text(reader, "who is kori schake")
    # Starting a discussion needs the action server: a clear reply, then it works once it's back.
    assert fragile_bot.text(reader, "share my view") == TROUBLE_REPLY
    restart_actions(fragile_bot)
    assert "thoughts on President Trump" in fragile_bot.text(reader, "share my view")


def test_kill_9_right_after_an_acknowledged_answer_loses_nothing(fragile_bot):
    reader = f"r-{uuid.uuid4().hex[:8]}"
    fragile_bot.text(reader, "share my view")
    assert fragile_bot.text(reader, "Talks are good because wars end in talks")
    process = actions_process(fragile_bot)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=15)
    [row] = opinions(fragile_bot, reader)
    assert (row.opinion, row.reason) == ("Talks are good because wars end in talks", "wars end in talks")
    restart_actions(fragile_bot)


def test_database_locked_while_readers_answer_then_every_answer_lands_exactly_once(fragile_bot):
    readers = [f"r-{uuid.uuid4().hex[:8]}" for _ in range(3)]
    for reader in readers:
        fragile_bot.text(reader, "share my view")
    path = fragile_bot.database_url.split("///", 1)[1]
    store.create_schema(fragile_bot.database_url)
    blocker = sqlite3.connect(path, timeout=1)
    blocker.execute("BEGIN EXCLUSIVE")  # the database is unavailable to every other writer
    try:
        for reader in readers:
            replies = fragile_bot.text(reader, f"It is a mistake, I think ({reader})")
            assert "What makes you say that?" in replies  # the conversation carries on
        spooled = [json.loads(line) for line in (fragile_bot.var / "spool.jsonl").read_text().splitlines()]
        assert sorted(change["session_id"] for change in spooled) == sorted(readers)
    finally:
        blocker.rollback()
        blocker.close()
    # The next successful write replays the spool first, in order, exactly once.
    fragile_bot.text(readers[0], "Putin breaks deals")
    for reader in readers:
        rows = opinions(fragile_bot, reader)
        assert [row.opinion for row in rows] == [f"It is a mistake, I think ({reader})"]
    assert opinions(fragile_bot, readers[0])[0].reason == "Putin breaks deals"
    assert (fragile_bot.var / "spool.jsonl").read_text() == ""


from tests.postgres import postgres, postgres_url  # noqa: E402,F401  (fixtures)


@pytest.fixture(scope="module")
def postgres_bot(trained_model, postgres, tmp_path_factory):
    """Opinions on PostgreSQL, conversations in SQLite: the server can be stopped mid-talk."""
    var = tmp_path_factory.mktemp("pg-fault-var")
    bot = start_bot(var, postgres.url, TRACKER_STORE_URL=f"sqlite:///{var / 'conversations.db'}")
    yield bot
    bot.servers.stop()


@pytest.mark.postgres
def test_postgres_stopped_while_readers_answer_then_started(postgres_bot, postgres):
    readers = [f"pg-{uuid.uuid4().hex[:8]}" for _ in range(3)]
    for reader in readers:
        postgres_bot.text(reader, "share my view")
    postgres_bot.text(readers[0], "First answer, before the outage")
    postgres.stop()
    try:
        for reader in readers[1:]:
            assert "What makes you say that?" in postgres_bot.text(reader, f"Answer from {reader}")
        assert "Where do you stand" in postgres_bot.text(readers[0], "It was said during the outage")
    finally:
        postgres.start()
    postgres_bot.text(readers[1], "Trust has to be earned first")
    assert [row.opinion for row in opinions(postgres_bot, readers[0])] == ["First answer, before the outage"]
    assert opinions(postgres_bot, readers[0])[0].reason == "It was said during the outage"
    for reader in readers[1:]:
        assert [row.opinion for row in opinions(postgres_bot, reader)] == [f"Answer from {reader}"]
    assert opinions(postgres_bot, readers[1])[0].reason == "Trust has to be earned first"
