"""Rasa's SQL tracker store, pointed at DATABASE_URL (or TRACKER_STORE_URL) from the environment."""
from __future__ import annotations

from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from sqlalchemy.engine import make_url

from bot import config


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
