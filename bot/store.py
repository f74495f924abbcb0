"""The opinion log: SQLAlchemy models, one engine per process, and a spool for when the DB is down."""
from __future__ import annotations

import fcntl
import json
import logging
import os
import re
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, TypeVar

from sqlalchemy import (
    Column, DateTime, Float, Integer, MetaData, String, Table, Text, create_engine, delete, event, func,
    select, update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, declarative_base, sessionmaker

from bot import config
from bot.prompts import STANCES

T = TypeVar("T")
log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
MAX_OPINION_CHARS = 5000  # longer answers are kept up to here and the reader is told
RETRIES = 3  # attempts before an answer goes to the spool
RETRY_PAUSE = 0.2  # seconds, doubled after each failed attempt

Base = declarative_base()


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Opinion(Base):
    """One reader's answer to one discussion prompt."""

    __tablename__ = "opinions"
    # (SQLite would hand a deleted answer's id to the next one: a moderator's note on row 8 would
    # come to mean someone else's answer)
    __table_args__ = {"sqlite_autoincrement": True}
    id = Column(Integer, primary_key=True)
    session_id = Column(Text, nullable=False, index=True)
    channel = Column(String(32), nullable=False)
    prompt_id = Column(String(64), nullable=False, index=True)
    prompt = Column(Text, nullable=False)
    opinion = Column(Text, nullable=False)
    reason = Column(Text)
    stance = Column(String(16), index=True)
    message_id = Column(String(255), nullable=False, unique=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow)


class SchemaVersion(Base):
    __tablename__ = "opinion_schema_version"
    version = Column(Integer, primary_key=True)


# One engine and sessionmaker per process, per database URL, made on first use.
_engines: dict[str, Engine] = {}
_sessionmakers: dict[str, sessionmaker] = {}
_lock = threading.Lock()


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers don't block the writer
    # Wait up to 2 s for a lock: enough for 50 readers writing at once, short enough that
    # RETRIES attempts end in the spool within seconds when the database stays locked.
    cursor.execute("PRAGMA busy_timeout=2000")
    cursor.execute("PRAGMA synchronous=FULL")  # an acknowledged answer survives a power cut
    cursor.close()


def engine(url: str | None = None) -> Engine:
    url = url or config.database_url()
    with _lock:
        if url not in _engines:
            if url.startswith("sqlite"):
                path = url.split("///", 1)[-1]
                if path and path != ":memory:":
                    Path(path).parent.mkdir(parents=True, exist_ok=True)
                made = create_engine(url, future=True, connect_args={"timeout": 2})
                event.listen(made, "connect", _set_sqlite_pragmas)
            else:
                made = create_engine(
                    url, future=True, pool_pre_ping=True, pool_size=5, max_overflow=5,
                    pool_timeout=10, connect_args={"connect_timeout": 3},
                )
            _engines[url] = made
            _sessionmakers[url] = sessionmaker(made, future=True, expire_on_commit=False)
        return _engines[url]


def dispose() -> None:
    """Forget every engine (tests, and after a fork)."""
    with _lock:
        for made in _engines.values():
            made.dispose()
        _engines.clear()
        _sessionmakers.clear()


def session_factory(url: str | None = None) -> sessionmaker:
    url = url or config.database_url()
    engine(url)
    return _sessionmakers[url]


_schema_ready: set[str] = set()


def create_schema(url: str | None = None) -> None:
    """Create the tables if missing and record the schema version (idempotent)."""
    url = url or config.database_url()
    if url in _schema_ready:
        return
    Base.metadata.create_all(engine(url))
    with session_factory(url).begin() as session:
        current = session.scalar(select(func.max(SchemaVersion.version)))
        if current is None:
            session.add(SchemaVersion(version=SCHEMA_VERSION))
        elif current > SCHEMA_VERSION:
            raise RuntimeError(
                f"database schema is version {current}, newer than this code ({SCHEMA_VERSION})"
            )
    _schema_ready.add(url)



# Control characters (NUL included) but not tab and newline, which are part of what readers write.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(text: str | None) -> str:
    """What we store of a reader's words: control characters removed, ends trimmed."""
    return _CONTROL.sub("", text or "").strip()


# --- units of work: each takes a Session and runs inside the caller's transaction -------------

def save_opinion(session: Session, **fields: Any) -> Opinion:
    """Insert an opinion, or update the one from the same Rasa message (a retry) or the same
    session and prompt (the reader answered it again): one row per prompt per session."""
    row = session.scalar(select(Opinion).where(Opinion.message_id == fields["message_id"]))
    if row is None:
        row = session.scalar(select(Opinion).where(
            Opinion.session_id == fields["session_id"], Opinion.prompt_id == fields["prompt_id"]
        ))
        if row is not None:
            fields.pop("created_at", None)  # it was first answered then
    if row is None:
        row = Opinion(**fields)
        session.add(row)
    else:
        for name, value in fields.items():
            setattr(row, name, value)
    session.flush()
    return row


def update_opinion(session: Session, message_id: str, **fields: Any) -> int:
    """Set the reason and/or stance of the opinion that came from `message_id`."""
    row = session.scalar(select(Opinion).where(Opinion.message_id == message_id))
    if row is None:
        return 0
    for name, value in fields.items():
        setattr(row, name, value)
    return 1


def add_to_opinion(session: Session, message_id: str, words: str, is_reason: bool = False,
                   **fields: Any) -> int:
    """Add the reader's further words to the opinion that came from `message_id`; words that
    give a reason ("because ...") are its reason when it has none yet."""
    row = session.scalar(select(Opinion).where(Opinion.message_id == message_id))
    if row is None or words in (row.reason, *row.opinion.split(" / ")):
        return 0  # a message sent twice is kept once
    if is_reason:  # "because ...", "my real reason is ...": with the reason given before, if any
        row.reason = (f"{row.reason} / {words}" if row.reason else words)[:MAX_OPINION_CHARS]
    else:
        row.opinion = f"{row.opinion} / {words}"[:MAX_OPINION_CHARS]
    for name, value in fields.items():
        setattr(row, name, value)
    return 1


def delete_answer(session: Session, message_id: str) -> int:
    """Delete the one opinion that came from `message_id` ("don't save this one")."""
    result = session.execute(delete(Opinion).where(Opinion.message_id == message_id))
    return result.rowcount or 0


def delete_session(session: Session, session_id: str) -> int:
    """Delete every opinion of one reader's session; returns how many."""
    result = session.execute(delete(Opinion).where(Opinion.session_id == session_id))
    return result.rowcount or 0


def read(what: str, query: Callable[[Session], T]) -> T | None:
    """`query` run in a session of its own, for a reply to a reader; None (and a warning naming
    `what`) when the database can't be read now."""
    try:
        create_schema()
        with session_factory()() as session:
            return query(session)
    except DBAPIError as error:
        log.warning("could not read %s: %s", what, error)
        return None


def answers_of(session_id: str) -> list[dict[str, Any]] | None:
    """One reader's saved answers, oldest first; None when the database can't be read now."""
    def query(session: Session) -> list[dict[str, Any]]:
        rows = session.scalars(select(Opinion).where(Opinion.session_id == session_id)
                               .order_by(Opinion.created_at, Opinion.id))
        return [{"prompt_id": row.prompt_id, "prompt": row.prompt, "opinion": row.opinion,
                 "reason": row.reason, "stance": row.stance, "message_id": row.message_id} for row in rows]
    return read(f"the answers of {session_id}", query)


def stance_of_message(message_id: str) -> str | None:
    """The stance saved with the answer from `message_id` (None: none, or unreadable now)."""
    return read(f"the stance of {message_id}", lambda session: session.scalar(
        select(Opinion.stance).where(Opinion.message_id == message_id)))


def count_opinions(session: Session) -> int:
    return session.scalar(select(func.count(Opinion.id))) or 0


# --- durable writes: retry, then spool, replay the spool on the next success ----------------

def _apply(session: Session, change: dict[str, Any]) -> int:
    fields = dict(change)
    kind = fields.pop("op")
    for stamp in ("created_at", "updated_at"):  # spooled changes keep the time they were made
        if isinstance(fields.get(stamp), str):
            fields[stamp] = datetime.fromisoformat(fields[stamp])
    if kind == "save":
        save_opinion(session, **fields)
        return 1
    if kind == "update":
        return update_opinion(session, fields.pop("message_id"), **fields)
    if kind == "add_to_opinion":
        return add_to_opinion(session, fields.pop("message_id"), **fields)
    if kind == "delete_answer":
        return delete_answer(session, fields["message_id"])
    if kind == "delete_session":
        return delete_session(session, fields["session_id"])
    raise ValueError(f"unknown change {kind!r}")


def _spool_append(change: dict[str, Any]) -> None:
    path = config.spool_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as spool:
        fcntl.flock(spool, fcntl.LOCK_EX)
        spool.write(json.dumps(change, ensure_ascii=False) + "\n")
        spool.flush()
        os.fsync(spool.fileno())


def replay_spool() -> int:
    """Write spooled changes to the database in order, then empty the spool; returns how many.

    Every change is idempotent (saves are keyed by message id), so a crash between the commit and
    the truncate replays them once more without duplicating anything.
    """
    path = config.spool_path()
    if not path.exists() or path.stat().st_size == 0:
        return 0
    with open(path, "r+", encoding="utf-8") as spool:
        fcntl.flock(spool, fcntl.LOCK_EX)
        changes = [json.loads(line) for line in spool if line.strip()]
        if changes:
            with session_factory().begin() as session:
                for change in changes:
                    _apply(session, change)
        spool.seek(0)
        spool.truncate()
        spool.flush()
        os.fsync(spool.fileno())
    if changes:
        log.info("replayed %d spooled change(s) into the database", len(changes))
    return len(changes)


def record(change: dict[str, Any]) -> int | None:
    """Apply one change durably: the database if it answers, else the spool.

    Returns the number of rows affected, or None when the change was spooled for later.
    """
    pause = RETRY_PAUSE
    for attempt in range(1, RETRIES + 1):
        try:
            create_schema()
            replay_spool()
            with session_factory().begin() as session:
                return _apply(session, change)
        except IntegrityError:
            log.info("concurrent write of the same answer, retrying (attempt %d)", attempt)
        except DBAPIError as error:
            log.warning("database unavailable (attempt %d of %d): %s", attempt, RETRIES, error)
            time.sleep(pause)
            pause *= 2
    _spool_append(change)
    log.warning("database unavailable: change spooled to %s", config.spool_path())
    return None


def spooled_changes() -> list[dict[str, Any]]:
    path = config.spool_path()
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


# --- the reader's words in Rasa's stored conversation ------------------------------------------

# Rasa's SQLTrackerStore table (rasa.core.tracker_store), only the columns we read or rewrite:
# no Rasa import is needed to review or redact a conversation.
EVENTS = Table(
    "events", MetaData(),
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255)),
    Column("type_name", String(255)),
    Column("timestamp", Float),
    Column("data", Text),
)
REDACTED = "[deleted at the reader's request]"
_WORDS_IN_SLOTS = {"opinion", "reason"}


# Where the bot's lines quote the reader back ("You said: \"...\"", "Your reason: \"...\"", "In your
# words: ...", "now reads: \"...\""), whatever the words were trimmed to
READER_QUOTED = re.compile(r'(?P<lead>(You said|Your reason|now reads): ")[^"\n]*(?P<end>")'
                           r'|(?P<lead2>In your words: )[^\n]*')
# Reader's words shorter than this are blanked in the bot's lines only inside those frames:
# "agree" or "another q" as raw text would cut into the bot's own words ("you dis[deleted]").
QUOTED_MIN_CHARS = 12


def _without_quotes(text: str, quoted: list[str], framed: Callable[[str], bool] = lambda _: True) -> str:
    """A bot line with the reader's words blanked: whatever stands in the frames that quote them
    (those `framed` accepts), and their longer messages, whole words only, anywhere."""
    text = READER_QUOTED.sub(lambda found: (found["lead"] or found["lead2"]) + REDACTED + (found["end"] or "")
                             if framed(found.group(0)) else found.group(0), text)
    for quote in quoted:
        if len(quote) >= QUOTED_MIN_CHARS:
            text = re.sub(rf"(?<!\w){re.escape(quote)}(?!\w)", lambda _: REDACTED, text)
    return text


# The bot's lines that say a reader's words back: "The article doesn't say anything about <words>."
ECHOED = re.compile(r"([Tt]he article doesn't (?:say anything about|mention)) ([^.\n]+)")  # ("No - the article ..." too)


def blank_out(kind: str, event: dict[str, Any], quoted: list[str] = ()) -> bool:
    """Blank out, in place, what the reader wrote in one stored event (its type name and data):
    their message, an opinion or reason slot, or the `quoted` words in a bot line. True if any."""
    if kind == "user":
        event["text"] = REDACTED
        if isinstance(event.get("parse_data"), dict):
            event["parse_data"]["text"] = REDACTED
            for entity in event["parse_data"].get("entities") or []:
                entity["value"] = REDACTED
        return True
    if kind == "slot" and event.get("name") in _WORDS_IN_SLOTS and event.get("value"):
        event["value"] = REDACTED
        return True
    if kind == "slot" and event.get("name") == "stance" and event.get("value") not in (None, *STANCES):
        # the form copies the message asked for a stance into the slot ("agree i guess") before
        # it is read: the reader's words, not a stance
        event["value"] = REDACTED
        return True
    if kind == "slot" and event.get("name") == "answer_context" and isinstance(event.get("value"), dict) \
            and event["value"].get("question"):
        event["value"]["question"] = REDACTED  # the question a follow-up is read against
        return True
    if kind != "bot":
        return False
    text = event.get("text") or ""
    # "The article doesn't say anything about including ohio.": the reader's words, said back
    reader_words = {word for words in quoted for word in re.findall(r"[a-z0-9']+", words.lower())}
    unechoed = ECHOED.sub(lambda found: f"{found.group(1)} {REDACTED}" if reader_words and set(
        re.findall(r"[a-z0-9']+", found.group(2).lower())) <= reader_words else found.group(0), text)
    # ... and what it said back in its own frame, however the words were trimmed on the way
    blanked = _without_quotes(unechoed, quoted)
    if blanked == text:
        return False
    event["text"] = blanked
    return True


def _holds(kind: str, event: dict[str, Any], words: set[str], quoted: list[str]) -> bool:
    """Whether a stored event holds any of a deleted answer's `words`."""
    if kind == "user":  # (or quotes one of them: "remove 'they lost the war ...' from my first answer")
        said = event.get("text") or ""
        return said in words or any(len(w) >= 12 and w in said for w in words)
    if kind == "slot":
        value = event.get("value")
        if isinstance(value, dict):  # answer_context: the question a follow-up is read against,
            value = value.get("question")  # the reader's message less its opening ("wait ...")
            return isinstance(value, str) and len(value) >= 8 and any(value in w for w in words)
        # (a reason slot is the reader's message less its opening: "ok sure. i think ..." held "i think ...")
        return isinstance(value, str) and (value in words or any(w in value for w in words if len(w) >= 8)
                                           or len(value) >= 8 and any(value in w for w in words))
    return kind == "bot" and any(quote in (event.get("text") or "") for quote in quoted)


# What the bot tells readers to type, in its own lines ('say "share my view" to give your opinion'):
# a reader who typed one of them wrote nothing of their own there.
BOT_PHRASES = frozenset({
    "share my view", "show my answers", "delete my answers", "don't save my answers", "dont save my answers",
    "save my answers", "don't save that one", "skip", "restart", "make that agree", "make that disagree",
    "make that mixed", "make that unsure", "who is quoted", "no thanks", "more", "agree", "disagree", "mixed",
    "unsure",
})


def _said_while_open(events: list[tuple[int, str, dict]], answer_message: str | None) -> set[str]:
    """The reader's messages from the one an answer began with until its prompt closed."""
    said: set[str] = set()
    open_now, prompt = False, None
    for _, kind, stored in events:
        if kind == "user" and answer_message and stored.get("message_id") == answer_message:
            open_now = True
        elif kind == "slot" and stored.get("name") == "prompt_id" and open_now:
            if prompt is None and stored.get("value"):
                prompt = stored["value"]  # opened by the answer itself ("the china one. <answer>")
                continue
            break  # the prompt closed, or another opened
        if open_now and kind == "user" and len((stored.get("text") or "").strip()) >= 3:
            said.add(stored["text"])
    return said


def redact_conversation(session_id: str, only: list[str | None] | None = None,
                        answer_message: str | None = None) -> int:
    """Blank out what a reader wrote in their stored conversation; returns how many events.

    Their messages, the opinion and reason slots, and the bot's lines that quote them back; with
    `only` (one deleted answer's text and reason), just the messages and slots that hold those
    words, and those words in the bot's lines; with `answer_message` (the message the answer
    began with) also every message said while its prompt stayed open (a reason later replaced, the
    stance). Rasa appends new events by count and never
    rewrites old ones, so rewriting them in place is safe while the conversation goes on.
    Returns 0 when there is no conversation store.
    """
    try:
        with session_factory(config.tracker_store_url()).begin() as session:
            rows = session.execute(
                select(EVENTS.c.id, EVENTS.c.type_name, EVENTS.c.data).where(
                    EVENTS.c.sender_id == session_id,
                    EVENTS.c.type_name.in_(["user", "slot", "bot"]),
                ).order_by(EVENTS.c.id)
            ).all()
            events = [(row_id, kind, json.loads(data)) for row_id, kind, data in rows]
            said = {e.get("text") or "" for _, kind, e in events if kind == "user"}
            said = {words for words in said if len(words.strip()) >= 3}
            pieces = {piece.strip() for words in only or () if words for piece in words.split(" / ")
                      if len(piece.strip()) >= 3}
            if only is not None:  # the messages the answer was made of ("wait, i meant X" held X)
                said = {words for words in said if words.strip() in pieces or any(p in words for p in pieces)}
                said |= _said_while_open(events, answer_message)
            # A long answer is quoted back cut short, so its opening counts as quoting it too; the
            # phrases the bot itself tells readers to type ("share my view") are its own words too.
            own = {words for words in said | pieces if " ".join(words.lower().strip(" .!?").split()) in BOT_PHRASES}
            quoted = sorted((said | pieces | {words[:100] for words in said | pieces}) - own, key=len, reverse=True)
            changed = 0
            for row_id, kind, stored in events:
                if only is not None and not _holds(kind, stored, said | pieces, quoted):
                    continue
                if only is not None and kind == "bot":  # (only the frames that quote this answer)
                    stored["text"] = _without_quotes(stored["text"], quoted, lambda frame: any(
                        piece[:40] in frame for piece in pieces))
                elif not blank_out(kind, stored, quoted):
                    continue
                session.execute(update(EVENTS).where(EVENTS.c.id == row_id).values(data=json.dumps(stored)))
                changed += 1
            return changed
    except SQLAlchemyError as error:
        log.warning("could not blank out the conversation of %s: %s", session_id, error)
        return 0
