"""Reviewing the opinion log: filters, queries, exports, statistics and terminal layouts."""
from __future__ import annotations

import csv
import json
import re
import statistics
import textwrap
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from sqlalchemy import distinct, func, inspect, or_, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from bot.prompts import STANCES, prompts
from bot.store import EVENTS, Opinion

EXPORT_FIELDS = (
    "id", "session_id", "channel", "prompt_id", "prompt", "opinion", "reason", "stance",
    "created_at", "updated_at",
)
NO_STANCE = "none"  # how filters and tables name an opinion whose stance was never given
STANCE_COLUMNS = (*STANCES, NO_STANCE)


# --- time ------------------------------------------------------------------------------------

def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes that were stored as UTC; PostgreSQL aware ones."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


_RELATIVE = re.compile(r"^(\d+)\s*([mhdw])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_when(text: str, end_of_day: bool = False, now: datetime | None = None) -> datetime:
    """"7d", "24h", "30m", "2w" ago, or an ISO date/datetime (UTC unless it says otherwise).

    With `end_of_day`, a bare date means the end of that day, so `--until 2026-11-25` includes it.
    """
    text = text.strip()
    relative = _RELATIVE.match(text.lower())
    if relative:
        amount, unit = relative.groups()
        return (now or datetime.now(timezone.utc)) - timedelta(**{_UNITS[unit]: int(amount)})
    try:
        day = date.fromisoformat(text)
    except ValueError:
        pass
    else:
        start = datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
        return start + timedelta(days=1) if end_of_day else start
    try:
        # Python 3.10's fromisoformat doesn't read a trailing "Z".
        return as_utc(datetime.fromisoformat(re.sub(r"[zZ]$", "+00:00", text)))
    except ValueError:
        raise ValueError(
            f"{text!r} is not a date: use 2026-11-25, 2026-11-25T14:00, or 30m, 24h, 7d, 2w"
        ) from None


# --- reading ---------------------------------------------------------------------------------

def shown_url(url: str) -> str:
    """The database URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)


def sqlite_file_missing(url: str) -> bool:
    """True for a SQLite URL whose file doesn't exist: connecting would create it."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite"):
        return False
    path = parsed.database or ""
    return path not in ("", ":memory:") and not Path(path).exists()


def has_table(engine: Engine, name: str) -> bool:
    return inspect(engine).has_table(name)


@dataclass
class Filters:
    """What `list`, `export`, `stats` and `report` narrow the log down to; None means any."""

    prompt: str | None = None
    stance: str | None = None  # one of STANCES, or NO_STANCE
    channel: str | None = None
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive
    search: str | None = None  # case-insensitive, in the opinion and the reason
    session: str | None = None
    limit: int | None = None

    def apply(self, query: Select) -> Select:
        if self.prompt:
            query = query.where(Opinion.prompt_id == self.prompt)
        if self.stance == NO_STANCE:
            query = query.where(Opinion.stance.is_(None))
        elif self.stance:
            query = query.where(Opinion.stance == self.stance)
        if self.channel:
            query = query.where(Opinion.channel == self.channel)
        # Always compare in UTC: SQLite drops the offset when it binds a datetime.
        if self.since:
            query = query.where(Opinion.created_at >= as_utc(self.since))
        if self.until:
            query = query.where(Opinion.created_at < as_utc(self.until))
        if self.search:
            needle = self.search.lower()
            query = query.where(or_(
                func.lower(Opinion.opinion).contains(needle, autoescape=True),
                func.lower(Opinion.reason).contains(needle, autoescape=True),
            ))
        if self.session:
            query = query.where(Opinion.session_id == self.session)
        return query


def find_opinions(session: Session, filters: Filters | None = None) -> list[Opinion]:
    """Opinions matching `filters`, newest first."""
    filters = filters or Filters()
    query = filters.apply(select(Opinion)).order_by(Opinion.created_at.desc(), Opinion.id.desc())
    if filters.limit:
        query = query.limit(filters.limit)
    return list(session.scalars(query))


def iter_opinions(session: Session, filters: Filters | None = None,
                  batch: int = 1000) -> Iterator[Opinion]:
    """Like find_opinions, but fetched `batch` rows at a time: memory stays flat at any size."""
    filters = filters or Filters()
    query = filters.apply(select(Opinion)).order_by(Opinion.created_at.desc(), Opinion.id.desc())
    if filters.limit:
        query = query.limit(filters.limit)
    for opinion in session.execute(query.execution_options(yield_per=batch)).scalars():
        yield opinion
        session.expunge(opinion)  # the identity map would otherwise keep every row


def get_opinion(session: Session, opinion_id: int) -> Opinion | None:
    return session.get(Opinion, opinion_id)


def count_session(session: Session, session_id: str) -> int:
    return session.scalar(
        select(func.count(Opinion.id)).where(Opinion.session_id == session_id)
    ) or 0


def has_reason(opinion: Opinion) -> bool:
    return bool((opinion.reason or "").strip())


def prompt_order(prompt_ids: Iterable[str]) -> list[str]:
    """Prompt ids in the order prompts.yml asks them; ids no longer in the file last."""
    known = list(prompts())
    present = set(prompt_ids)
    return [p for p in known if p in present] + sorted(present - set(known))


# --- exports ---------------------------------------------------------------------------------

def export_row(opinion: Opinion) -> dict[str, Any]:
    row = {name: getattr(opinion, name) for name in EXPORT_FIELDS}
    for stamp in ("created_at", "updated_at"):
        row[stamp] = as_utc(row[stamp]).isoformat()
    return row


# A cell starting with one of these is run as a formula by spreadsheets (OWASP CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A formula-like cell with a quote in front; a cell that starts with a quote gets one more,
    so `import` can take exactly one off and get the reader's words back."""
    if isinstance(value, str) and value.startswith((*_FORMULA_START, "'")):
        return "'" + value
    return value


def write_export(opinions: Iterable[Opinion], fmt: str, out: IO[str]) -> int:
    """Write opinions as csv, json or jsonl, one at a time as they come; returns how many."""
    if fmt not in ("csv", "json", "jsonl"):
        raise ValueError(f"unknown export format {fmt!r}")
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS)
        writer.writeheader()
    elif fmt == "json":
        out.write("[")
    for count, opinion in enumerate(opinions, start=1):
        row = export_row(opinion)
        if fmt == "csv":
            writer.writerow({name: spreadsheet_safe(value) for name, value in row.items()})
        elif fmt == "json":
            item = json.dumps(row, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            out.write(("," if count > 1 else "") + "\n  " + item)
        else:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    if fmt == "json":
        out.write("\n]\n" if count else "]\n")
    return count


# --- statistics ------------------------------------------------------------------------------

@dataclass
class Stats:
    total: int = 0
    sessions: int = 0
    with_reason: int = 0
    median_length: float = 0
    by_prompt: dict[str, Counter] = field(default_factory=dict)  # prompt id -> stance counts
    by_channel: Counter = field(default_factory=Counter)
    by_day: dict[date, int] = field(default_factory=dict)  # UTC days, oldest first


def compute_stats(session: Session, filters: Filters | None = None) -> Stats:
    """Counts per prompt x stance, per channel and per UTC day, reasons and median length.

    Rows are read in batches and only counters are kept, so memory stays flat at any size; the
    distinct sessions and the median length are asked of the database."""
    filters = filters or Filters()
    query = filters.apply(select(
        Opinion.prompt_id, Opinion.stance, Opinion.channel, Opinion.created_at, Opinion.reason,
    ))
    stats = Stats()
    by_prompt: dict[str, Counter] = {}
    days: Counter = Counter()
    for prompt_id, stance, channel, created_at, reason in session.execute(
        query.execution_options(yield_per=5000)
    ):
        stats.total += 1
        by_prompt.setdefault(prompt_id, Counter())[stance or NO_STANCE] += 1
        stats.by_channel[channel] += 1
        days[as_utc(created_at).date()] += 1
        stats.with_reason += bool((reason or "").strip())
    if not stats.total:
        return stats
    stats.sessions = session.scalar(
        filters.apply(select(func.count(distinct(Opinion.session_id))))
    ) or 0
    stats.median_length = median_length(session, filters, stats.total)
    stats.by_prompt = {prompt_id: by_prompt[prompt_id] for prompt_id in prompt_order(by_prompt)}
    stats.by_day = dict(sorted(days.items()))
    return stats


def median_length(session: Session, filters: Filters, total: int) -> float:
    """The median opinion length, read from the database's sorted lengths (one or two rows)."""
    length = func.length(Opinion.opinion)
    ordered = filters.apply(select(length)).order_by(length)
    middle = list(session.scalars(ordered.offset((total - 1) // 2).limit(2 - total % 2)))
    return statistics.median(middle)


# --- transcripts -----------------------------------------------------------------------------

@dataclass
class Line:
    when: datetime
    speaker: str  # "reader" or "bot"
    text: str
    opinion_id: int | None = None


def transcript(engine: Engine, session_id: str) -> list[Line] | None:
    """The reader's and the bot's messages of one session, in order; None without an events table.

    Rasa keeps the conversation in `events`; a reader's message that was saved as an opinion has
    the same Rasa message id as its row in `opinions`.
    """
    if not has_table(engine, "events"):
        return None
    with engine.connect() as connection:
        events = connection.execute(
            select(EVENTS.c.type_name, EVENTS.c.timestamp, EVENTS.c.data)
            .where(EVENTS.c.sender_id == session_id, EVENTS.c.type_name.in_(("user", "bot")))
            .order_by(EVENTS.c.timestamp, EVENTS.c.id)
        ).all()
        opinion_ids: dict[str, int] = {}
        if has_table(engine, "opinions"):
            opinion_ids = dict(connection.execute(
                select(Opinion.message_id, Opinion.id).where(Opinion.session_id == session_id)
            ).all())
    lines = []
    for type_name, timestamp, data in events:
        event = json.loads(data or "{}")
        text = event.get("text")
        if not text:  # e.g. a bot message that is only buttons or an image
            continue
        message_id = event.get("message_id") or (event.get("parse_data") or {}).get("message_id")
        lines.append(Line(
            when=datetime.fromtimestamp(timestamp or 0, timezone.utc),
            speaker="reader" if type_name == "user" else "bot",
            text=text,
            opinion_id=opinion_ids.get(message_id) if type_name == "user" else None,
        ))
    return lines


# --- text layouts for the terminal -----------------------------------------------------------

# Reader text must not drive the terminal: no escape sequences, no carriage returns.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str | None) -> str:
    return _CONTROL.sub("", text or "")


def one_line(text: str | None) -> str:
    return " ".join(printable(text).split())


def _cells(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def cells(text: str) -> int:
    """How many terminal cells `text` takes (East Asian wide characters take two)."""
    return sum(_cells(char) for char in text)


def cut(text: str, width: int) -> str:
    """`text` cut to `width` terminal cells, with "…" when something was left out."""
    if cells(text) <= width:
        return text
    kept, used = [], 0
    for char in text:
        if used + _cells(char) > width - 1:
            break
        kept.append(char)
        used += _cells(char)
    return "".join(kept) + "…"


def when(moment: datetime) -> str:
    return as_utc(moment).strftime("%Y-%m-%d %H:%M")


def format_table(opinions: list[Opinion], width: int) -> str:
    """One line of facts per opinion, and the opinion itself under it, cut to `width`."""
    headers = ("ID", "When (UTC)", "Channel", "Prompt", "Stance", "Reason")
    rows = [
        (str(o.id), when(o.created_at), one_line(o.channel), one_line(o.prompt_id),
         o.stance or "-", "yes" if has_reason(o) else "no")
        for o in opinions
    ]
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows)]
    indent = " " * (widths[0] + 2)

    def fact_line(cells: tuple[str, ...]) -> str:
        padded = [cells[0].rjust(widths[0])] + [c.ljust(w) for c, w in zip(cells[1:], widths[1:])]
        return cut("  ".join(padded).rstrip(), width)

    out = [fact_line(headers)]
    for opinion, row in zip(opinions, rows):
        out.append(fact_line(row))
        out.append(indent + cut(one_line(opinion.opinion), width - len(indent)))
    return "\n".join(out)


def _wrapped(text: str | None, width: int, indent: str = "  ") -> str:
    paragraphs = printable(text).splitlines() or [""]
    return "\n".join(
        textwrap.fill(p, width, initial_indent=indent, subsequent_indent=indent) or indent.rstrip()
        for p in paragraphs
    )


def format_opinion(opinion: Opinion, width: int) -> str:
    """Every field of one opinion, the reader's words in full."""
    row = export_row(opinion)
    facts = [
        ("Session", row["session_id"]), ("Channel", row["channel"]),
        ("Prompt", row["prompt_id"]), ("Stance", row["stance"] or "(not given)"),
        ("Created", row["created_at"]), ("Updated", row["updated_at"]),
        ("Message id", opinion.message_id),
    ]
    out = [f"Opinion #{opinion.id}"]
    out += [f"  {name + ':':<12}{one_line(value)}" for name, value in facts]
    out += ["", "Prompt:", _wrapped(opinion.prompt, width), "", "Opinion:",
            _wrapped(opinion.opinion, width), "", "Reason:",
            _wrapped(opinion.reason if has_reason(opinion) else "(none given)", width)]
    return "\n".join(out)


def format_transcript(lines: list[Line], width: int) -> str:
    out = []
    for line in lines:
        mark = f"[opinion #{line.opinion_id}] " if line.opinion_id else ""
        head = f"{line.when:%H:%M:%S}  {line.speaker:<6}  "
        # The head is the first line's indent, so every line (not only the first) fills the width.
        out.append(textwrap.fill(
            mark + " ".join(printable(line.text).split()), max(width, len(head) + 20),
            initial_indent=head, subsequent_indent=" " * len(head),
        ))
    return "\n".join(out)


def _table(headers: list[str], rows: list[list[Any]], first_width: int) -> list[str]:
    widths = [first_width] + [max(len(h), 5) for h in headers[1:]]
    lines = ["  ".join([headers[0].ljust(widths[0])]
                       + [h.rjust(w) for h, w in zip(headers[1:], widths[1:])])]
    for row in rows:
        cells = [cut(str(row[0]), widths[0]).ljust(widths[0])]
        cells += [str(value).rjust(w) for value, w in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells))
    return lines


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def format_stats(stats: Stats, width: int) -> str:
    days = list(stats.by_day)
    share = round(100 * stats.with_reason / stats.total)
    out = [
        f"{plural(stats.total, 'opinion')} from {plural(stats.sessions, 'session')}, "
        f"{days[0]:%Y-%m-%d} to {days[-1]:%Y-%m-%d} (UTC)",
        f"With a reason: {stats.with_reason} of {stats.total} ({share}%)",
        f"Median opinion length: {stats.median_length:g} characters",
        "",
    ]
    # The six count columns and their gaps take 46 cells; the prompt id gets the rest of 80.
    prompt_width = max(10, min(width, 80) - 46)
    rows = [[one_line(prompt_id), *(counts[s] for s in STANCE_COLUMNS), sum(counts.values())]
            for prompt_id, counts in stats.by_prompt.items()]
    out += _table(["Prompt x stance", *STANCE_COLUMNS, "total"], rows, prompt_width)
    out += ["", "Channel"]
    channel_width = max(len(name) for name in stats.by_channel)
    for name, count in stats.by_channel.most_common():
        out.append(f"  {cut(one_line(name), 20):<{min(channel_width, 20)}}  {count:>5}")
    out += ["", "Day (UTC)"]
    most = max(stats.by_day.values())
    bar_room = max(min(width, 80) - 22, 10)
    for day, count in stats.by_day.items():
        out.append(f"  {day:%Y-%m-%d}  {count:>5}  {'#' * max(1, round(bar_room * count / most))}")
    return "\n".join(out)
