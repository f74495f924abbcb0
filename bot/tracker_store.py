"""Rasa's SQL tracker store, pointed at DATABASE_URL (or TRACKER_STORE_URL) from the environment."""
from __future__ import annotations

from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from sqlalchemy import event
from sqlalchemy.engine import make_url

from bot import config


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # the action server writes opinions meanwhile
    cursor.execute("PRAGMA busy_timeout=2000")
    # NORMAL is crash-safe in WAL mode; a power cut may lose the last turns of a conversation,
    # never the opinions (their engine, bot.store, keeps synchronous=FULL). It halves the fsyncs
    # of every message.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class DatabaseTrackerStore(SQLTrackerStore):
    """Keeps conversations in the opinions' database (a SQLite file under var/ by default)."""

    def __init__(self, domain: Any = None, event_broker: Any = None, **kwargs: Any) -> None:
        url = make_url(config.tracker_store_url())
        super().__init__(
            domain=domain,
            dialect=url.drivername,
            host=url.host,
            port=url.port,
            db=url.database,
            username=url.username,
            password=url.password,
            event_broker=event_broker,
            query=dict(url.query),
        )
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _set_sqlite_pragmas)
            self.engine.dispose()  # connections made while creating tables get the pragmas too
