"""Loading an export back into the opinion log: every row checked first, then all written at once."""
from __future__ import annotations

import csv
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import insert, select, text, tuple_
from sqlalchemy.orm import Session

from bot.prompts import STANCES
from bot.review import EXPORT_FIELDS, as_utc
from bot.store import Opinion

FORMATS = ("csv", "json", "jsonl")
BATCH = 1000
_TEXT = ("session_id", "channel", "prompt_id", "prompt", "opinion")  # required, non-empty
_LONGEST = {"channel": 32, "prompt_id": 64}  # the columns' sizes: PostgreSQL enforces them
# What export's spreadsheet_safe() prefixed with a quote; the quote comes off again on import.
_QUOTED = re.compile(r"^'(?=[=+\-@\t\r'])")


class BadRow(ValueError):
    """A row the file can't be imported with; the message names it."""


@dataclass
class Imported:
    added: int = 0
    renumbered: int = 0  # added under a new id: the file's id was taken by another answer
    already: int = 0  # the same reader's answer to the same prompt is in the database already
    differing: int = 0  # ... of those, how many say something else there (the database's kept)


def guess_format(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix == "ndjson":
        return "jsonl"
    if suffix not in FORMATS:
        raise BadRow(f"{path.name}: can't tell the format from the name; "
                     "use --format csv, json or jsonl")
    return suffix


def read_rows(path: Path, fmt: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, row) for each row of the file, `where` naming it for messages: "row 3", "line 4"."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:  # a spreadsheet's BOM too
            if fmt == "json":
                try:
                    rows = json.load(handle)
                except json.JSONDecodeError as error:
                    raise BadRow(f"{path.name}: not JSON ({error})") from None
                if not isinstance(rows, list):
                    raise BadRow(f"{path.name}: not a JSON list of opinions, as export writes")
                yield from ((f"row {n}", row) for n, row in enumerate(rows, start=1))
            elif fmt == "jsonl":
                for n, line in enumerate(handle, start=1):
                    if not line.strip():
                        continue
                    try:
                        yield f"line {n}", json.loads(line)
                    except json.JSONDecodeError as error:
                        raise BadRow(f"{path.name} line {n}: not JSON ({error})") from None
            else:
                reader = csv.DictReader(handle)
                _check_keys(f"{path.name} header", reader.fieldnames or [])
                for n, row in enumerate(reader, start=1):
                    if None in row or None in row.values():
                        raise BadRow(f"{path.name} row {n}: {len(reader.fieldnames)} columns "
                                     "expected, as in the header")
                    yield f"row {n}", {k: _QUOTED.sub("", v) for k, v in row.items()}
    except UnicodeDecodeError:
        raise BadRow(f"{path.name}: not UTF-8 text") from None


def _check_keys(where: str, keys: list[str]) -> None:
    missing = [k for k in EXPORT_FIELDS if k not in keys]
    unknown = [k for k in keys if k not in EXPORT_FIELDS]
    if missing:
        raise BadRow(f"{where}: missing {', '.join(map(repr, missing))} "
                     f"(export's keys: {', '.join(EXPORT_FIELDS)})")
    if unknown:
        raise BadRow(f"{where}: unknown {', '.join(map(repr, unknown))} "
                     f"(export's keys: {', '.join(EXPORT_FIELDS)})")


def parse_row(where: str, raw: Any, from_csv: bool) -> dict[str, Any]:
    """The Opinion columns of one exported row, or BadRow saying what is wrong with it."""
    if not isinstance(raw, dict):
        raise BadRow(f"{where}: not an object with the export's keys")
    _check_keys(where, list(raw))
    row: dict[str, Any] = {}
    number = raw["id"]
    if from_csv and isinstance(number, str) and number.isdigit():
        number = int(number)
    if not isinstance(number, int) or isinstance(number, bool) or number < 1:
        raise BadRow(f"{where}: id {raw['id']!r} is not a positive whole number")
    row["id"] = number
    for name in _TEXT + ("reason", "stance"):
        value = raw[name]
        if from_csv and value == "" and name in ("reason", "stance"):
            value = None  # CSV writes None as an empty cell
        if value is None and name in ("reason", "stance"):
            row[name] = None
            continue
        if not isinstance(value, str) or (name in _TEXT and not value.strip()):
            raise BadRow(f"{where}: {name} must be {'non-empty ' if name in _TEXT else ''}text, "
                         f"not {value!r}"[:200])
        if "\x00" in value:
            raise BadRow(f"{where}: {name} contains a NUL character")
        if len(value) > _LONGEST.get(name, len(value)):
            raise BadRow(f"{where}: {name} is longer than {_LONGEST[name]} characters")
        row[name] = value
    if row["stance"] is not None and row["stance"] not in STANCES:
        raise BadRow(f"{where}: stance {row['stance']!r} is not one of {', '.join(STANCES)} "
                     "or empty")
    for name in ("created_at", "updated_at"):
        value = raw[name]
        try:
            # Python 3.10's fromisoformat doesn't read a trailing "Z".
            row[name] = as_utc(datetime.fromisoformat(re.sub(r"[zZ]$", "+00:00", value)))
        except (TypeError, ValueError):
            raise BadRow(f"{where}: {name} {value!r} is not an ISO 8601 time") from None
    return row


def check_file(path: Path, fmt: str) -> int:
    """Read and check every row without writing anything; returns how many rows."""
    ids: dict[int, str] = {}
    answers: dict[tuple[str, str], str] = {}
    count = 0
    for where, raw in read_rows(path, fmt):
        where = f"{path.name} {where}"
        row = parse_row(where, raw, fmt == "csv")
        if row["id"] in ids:
            raise BadRow(f"{where}: id {row['id']} again (first at {ids[row['id']]})")
        key = (row["session_id"], row["prompt_id"])
        if key in answers:
            raise BadRow(f"{where}: session {key[0]!r} answers prompt {key[1]!r} again "
                         f"(first at {answers[key]})")
        ids[row["id"]] = answers[key] = where.split(" ", 1)[1]
        count += 1
    return count


def message_id(row: dict[str, Any]) -> str:
    """Exports don't carry Rasa's message id; an imported answer's stands for its session and
    prompt, which the bot keeps to one row (store.save_opinion)."""
    key = f"{row['session_id']}\x00{row['prompt_id']}".encode()
    return "import-" + hashlib.sha256(key).hexdigest()[:40]


def import_file(session: Session, path: Path, fmt: str) -> Imported:
    """Write every row of a checked file (check_file) in the caller's transaction.

    An answer already in the database (same session and prompt) is left as it is, so importing
    a file twice adds nothing. A row keeps its id unless another answer has it."""
    result = Imported()
    renumber: list[dict[str, Any]] = []
    batch: list[dict[str, Any]] = []

    def write(rows: list[dict[str, Any]]) -> None:
        keys = {(r["session_id"], r["prompt_id"]) for r in rows}
        have = {
            (s, p): (o, r, st) for s, p, o, r, st in session.execute(
                select(Opinion.session_id, Opinion.prompt_id, Opinion.opinion, Opinion.reason,
                       Opinion.stance)
                .where(tuple_(Opinion.session_id, Opinion.prompt_id).in_(list(keys)))
            )
        }
        taken = set(session.scalars(select(Opinion.id).where(Opinion.id.in_([r["id"] for r in rows]))))
        fresh = []
        for row in rows:
            there = have.get((row["session_id"], row["prompt_id"]))
            if there is not None:
                result.already += 1
                result.differing += there != (row["opinion"], row["reason"], row["stance"])
            elif row["id"] in taken:
                renumber.append(row)
            else:
                fresh.append(row)
        if fresh:
            session.execute(insert(Opinion), [{**r, "message_id": message_id(r)} for r in fresh])
            result.added += len(fresh)

    for where, raw in read_rows(path, fmt):
        batch.append(parse_row(where, raw, fmt == "csv"))
        if len(batch) == BATCH:
            write(batch)
            batch = []
    if batch:
        write(batch)
    if session.get_bind().dialect.name == "postgresql":
        # Rows inserted with their own ids don't move the id sequence on: move it past them,
        # or the bot's next answer would get an id that is taken.
        session.execute(text("SELECT setval(pg_get_serial_sequence('opinions', 'id'), "
                             "(SELECT COALESCE(MAX(id), 0) + 1 FROM opinions), false)"))
    for first in range(0, len(renumber), BATCH):
        rows = renumber[first:first + BATCH]
        session.execute(insert(Opinion), [
            {**{k: v for k, v in r.items() if k != "id"}, "message_id": message_id(r)}
            for r in rows
        ])
        result.added += len(rows)
        result.renumbered += len(rows)
    return result
