"""Rasa's SQL tracker store, pointed at DATABASE_URL (or TRACKER_STORE_URL) from the environment,
with the conversations this process served last kept in memory between messages."""
from __future__ import annotations

import itertools
import json
import operator
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event, SessionStarted, deserialise_events
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool

from bot import config, store
from bot.incremental_tracker import Applied, IncrementalTracker
from bot.replica import Replica, replay_onto

# Conversations kept in memory per process (least recently used dropped first). A py-spy profile
# of 20 readers chatting showed 40% of the Rasa server's time in rebuilding each conversation
# from its SQL rows (Rasa looks up every event's class among all Event subclasses).
RECENT_CONVERSATIONS = 1000


@dataclass
class _Recent:
    last_id: int  # the newest row of the conversation when it was cached: stale once it changes
    events: list[Event]  # what Rasa's query for the current session returns (none: a new one)
    applied: Applied | None = None  # the last tracker's applied events, to start the next from
    start: float | None = None  # when the session started (None: no SessionStarted in it)
    replica: Replica | None = None  # the last tracker's replay, to build the next from


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # the action server writes opinions meanwhile
    cursor.execute("PRAGMA busy_timeout=2000")
    # NORMAL is crash-safe in WAL mode; a power cut may lose the last turns of a conversation,
    # never the opinions (their engine, bot.store, keeps synchronous=FULL). It halves the fsyncs
    # of every message.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def current_session(events: Any) -> list[Event]:
    """The events Rasa's SQL query for the current session returns: those stamped at or after
    the latest SessionStarted (the action_session_start before it is a moment earlier)."""
    starts = [e.timestamp for e in events if isinstance(e, SessionStarted)]
    return [e for e in events if e.timestamp >= starts[-1]] if starts else list(events)


def session_start(events: list[Event]) -> float | None:
    """The timestamp of the latest SessionStarted among `events` (None: there is none)."""
    return next((e.timestamp for e in reversed(events) if isinstance(e, SessionStarted)), None)


def session_after(recent: _Recent | None, events: Any,
                  new: list[Event]) -> tuple[list[Event], float | None]:
    """current_session(events) and when it started. When `events` are the kept session's events
    (the same objects) followed by new ones that start no session, only the new ones are looked
    at: going through every event at each save was 7% of the Rasa server once conversations ran
    to a few hundred messages."""
    stored = len(events) - len(new)
    if recent is not None and recent.start is not None and stored == len(recent.events) \
            and not any(isinstance(e, SessionStarted) for e in new) \
            and all(map(operator.is_, itertools.islice(events, stored), recent.events)):
        return recent.events + [e for e in new if e.timestamp >= recent.start], recent.start
    session = current_session(events)
    return session, session_start(session)


class DatabaseTrackerStore(SQLTrackerStore):
    """Keeps conversations in the opinions' database (a SQLite file under var/ by default).

    A conversation this process saved last is rebuilt from memory instead of from its rows, after
    one indexed query checks that no other process (another instance) has added to it since. The
    tracker is an IncrementalTracker that starts from the applied events and the replay
    (bot.replica) the last one made (both check they are of the same event objects, so a new
    session's suffix starts over)."""

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
            # SQLAlchemy 1.4 opens a new connection to a SQLite file for every session (NullPool):
            # connecting, the pragmas and closing were 7% of the Rasa server under make bench's
            # load. A pool keeps connections open, as SQLAlchemy 2 does for files; each is used by
            # one session at a time, so sharing it across threads is safe.
            self.engine.dispose()
            self.engine = sa.create_engine(self.engine.url, poolclass=QueuePool,
                                           connect_args={"check_same_thread": False})
            event.listen(self.engine, "connect", _set_sqlite_pragmas)
            self.sessionmaker = sessionmaker(bind=self.engine)
        self._recent: OrderedDict[str, _Recent] = OrderedDict()

    def _last_id(self, session: Any, sender_id: str) -> int:
        query = sa.select(sa.func.max(self.SQLEvent.id)).where(self.SQLEvent.sender_id == sender_id)
        return session.execute(query).scalar() or 0

    def _fresh(self, session: Any, sender_id: str) -> _Recent | None:
        recent = self._recent.get(sender_id)
        if recent is None or recent.last_id != self._last_id(session, sender_id):
            return None
        self._recent.move_to_end(sender_id)
        return recent

    def _remember(self, sender_id: str, recent: _Recent) -> None:
        self._recent[sender_id] = recent
        self._recent.move_to_end(sender_id)
        while len(self._recent) > RECENT_CONVERSATIONS:
            self._recent.popitem(last=False)

    def init_tracker(self, sender_id: str) -> DialogueStateTracker:
        """Rasa's new tracker for a new conversation, as an IncrementalTracker."""
        return IncrementalTracker(sender_id, self.domain.slots, max_event_history=self.max_event_history)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        with self.session_scope() as session:
            recent = self._fresh(session, sender_id)
            if recent is None:
                rows = self._event_query(session, sender_id, fetch_events_from_all_sessions=False).all()
                events = deserialise_events([json.loads(row.data) for row in rows])
                recent = _Recent(rows[-1].id if rows else 0, events, start=session_start(events))
                self._remember(sender_id, recent)
        if not recent.events or not self.domain:
            return None
        # IncrementalTracker.from_events(sender_id, recent.events, self.domain.slots), from the
        # last tracker's replay extended with the events saved since
        tracker = IncrementalTracker(sender_id, self.domain.slots)
        tracker.replica = recent.replica = replay_onto(tracker, recent.events, recent.replica)
        tracker.kept = recent.applied
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Add the events the database doesn't have yet (Rasa's save, without counting the rows
        of a conversation it already knows)."""
        await self.stream_events(tracker)
        with self.session_scope() as session:
            recent = self._fresh(session, tracker.sender_id)
            if recent is not None:
                stored = len(recent.events)
            else:
                stored = self._event_query(session, tracker.sender_id, False).count()
            new = list(itertools.islice(tracker.events, stored, len(tracker.events)))
            # A reader who opted out was told nothing more they say is saved: their words are
            # blanked in the rows (this process keeps them in memory for the conversation).
            private = bool(tracker.get_slot("opted_out"))
            rows = [self._row(tracker.sender_id, new_event, private) for new_event in new]
            session.add_all(rows)
            session.flush()  # assigns the rows' ids
            last_id = rows[-1].id if rows else (recent.last_id if recent else 0)
            session.commit()
            events, start = session_after(recent, tracker.events, new)
            self._remember(tracker.sender_id, _Recent(
                last_id, events, getattr(tracker, "kept", None), start,
                getattr(tracker, "replica", None)))

    def _row(self, sender_id: str, new_event: Event, private: bool = False) -> Any:
        data = new_event.as_dict()
        if private:
            store.blank_out(new_event.type_name, data)
        return self.SQLEvent(
            sender_id=sender_id,
            type_name=new_event.type_name,
            timestamp=data.get("timestamp"),
            intent_name=data.get("parse_data", {}).get("intent", {}).get("name"),
            action_name=data.get("name"),
            data=json.dumps(data),
        )
