"""`discuss opinions import` on SQLite and PostgreSQL: checked, idempotent, round trips export."""
from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import MetaData, create_engine, func, select

from bot import review, store
from tests.postgres import postgres, postgres_url  # noqa: F401  (fixtures)
from tests.test_review import (  # noqa: F401  (database_url is a fixture)
    FIELDS, SEED, database_url, discuss, opinion, seed,
)


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows),
                    encoding="utf-8")
    return path


def count_rows(url: str) -> int:
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as connection:
            return connection.scalar(select(func.count()).select_from(store.Opinion.__table__))
    finally:
        engine.dispose()


def empty_database(url: str) -> None:
    """Drop every table, as a fresh deployment would have none."""
    engine = create_engine(url, future=True)
    tables = MetaData()
    tables.reflect(engine, only=lambda name, _: not name.startswith("sqlite_"))  # (SQLite's own, as AUTOINCREMENT keeps)
    tables.drop_all(engine)
    engine.dispose()
    store.dispose()
    store._schema_ready.clear()


# --- import ----------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_export_then_import_round_trips_every_field(database_url, tmp_path, fmt):
    seed([*SEED,
          opinion(6, "quo'te", "rest", "eighty_years", "agree", "'=starts with a quote",
                  "'plain quote\nand a second line\r\nand a third", timedelta(minutes=5)),
          opinion(7, "日本", "socketio", "eighty_years", None, "日本語 — «quotes» \"double\" ,;",
                  "\ttab first", timedelta(minutes=4))])
    before = {f: discuss("export", "--format", f).stdout for f in ("json", "csv")}
    exported = tmp_path / f"opinions.{fmt}"
    assert discuss("export", "--format", fmt, "--out", str(exported)).exit_code == 0
    empty_database(database_url)
    result = discuss("import", str(exported))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Imported 7 opinions of 7 from opinions.{fmt} into ")
    assert {f: discuss("export", "--format", f).stdout for f in ("json", "csv")} == before
    # The bot's next answer gets a new id, on PostgreSQL too (its sequence moved past 7).
    assert store.record(opinion(8, "new", "rest", "russia_shift", "agree", "new answer", None,
                                timedelta(0))) == 1
    assert json.loads(discuss("export", "--format", "jsonl", "--session", "new").stdout)["id"] == 8


def test_import_twice_adds_nothing_and_keeps_what_is_there(database_url, tmp_path):
    seed()
    exported = tmp_path / "opinions.jsonl"
    discuss("export", "--format", "jsonl", "--out", str(exported))
    result = discuss("import", str(exported))
    assert result.exit_code == 0, result.output
    assert result.output.endswith("(5 already there)\n")
    assert result.output.startswith("Imported 0 opinions of 5 ")
    assert count_rows(database_url) == 5
    rows = [json.loads(line) for line in exported.read_text().splitlines()]
    rows = [row for row in rows if row["id"] != 3]
    rows[0]["opinion"] = "changed my mind"
    rows.append({**rows[0], "id": 3, "session_id": "another deployment", "opinion": "hello"})
    result = discuss("import", str(write_jsonl(tmp_path / "more.jsonl", rows)))
    assert result.output.startswith("Imported 1 opinion of 5 ")
    assert "(1 under new ids (theirs were taken); 4 already there, 1 of them different: " \
        "kept the database's)" in result.output
    assert "changed my mind" not in discuss("export").stdout
    assert count_rows(database_url) == 6
    [row] = [json.loads(line) for line in
             discuss("export", "--format", "jsonl", "--session", "another deployment")
             .stdout.splitlines()]
    assert row["id"] == 6 and row["opinion"] == "hello"


GOOD = {"id": 1, "session_id": "s", "channel": "rest", "prompt_id": "china_focus",
        "prompt": "Is that trade worth it?", "opinion": "Yes", "reason": None, "stance": "agree",
        "created_at": "2026-11-25T10:00:00+00:00", "updated_at": "2026-11-25T10:00:00+00:00"}


@pytest.mark.parametrize("bad, message", [
    ({"stance": "maybe"}, "line 3: stance 'maybe' is not one of agree, disagree, mixed, unsure"),
    ({"created_at": "yesterday"}, "line 3: created_at 'yesterday' is not an ISO 8601 time"),
    ({"id": "seven"}, "line 3: id 'seven' is not a positive whole number"),
    ({"opinion": "  "}, "line 3: opinion must be non-empty text, not '  '"),
    ({"session_id": 42}, "line 3: session_id must be non-empty text, not 42"),
    ({"mood": "happy"}, "line 3: unknown 'mood' (export's keys: id, session_id,"),
    ({"id": 10}, "line 3: id 10 again (first at line 1)"),
    ({"channel": "x" * 33}, "line 3: channel is longer than 32 characters"),
    ({"opinion": "nul \x00"}, "line 3: opinion contains a NUL character"),
])
def test_a_bad_row_is_one_line_and_nothing_is_written(database_url, tmp_path, bad, message):
    seed()
    rows = [{**GOOD, "id": n, "session_id": f"s{n}"} for n in (10, 11, 12, 13)]
    rows[2] = {**rows[2], **bad}
    result = discuss("import", str(write_jsonl(tmp_path / "bad.jsonl", rows)))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: bad.jsonl {message}"), result.output
    assert result.output.count("\n") == 1
    assert count_rows(database_url) == 5  # the good rows before it were not written either


def test_a_missing_key_and_bad_csv_are_one_line(database_url, tmp_path):
    missing = {k: v for k, v in GOOD.items() if k != "stance"}
    result = discuss("import", str(write_jsonl(tmp_path / "a.jsonl", [missing])))
    assert result.output.startswith("Error: a.jsonl line 1: missing 'stance' (export's keys: ")
    table = tmp_path / "b.csv"
    table.write_text("id,session_id,opinion\n1,s,hi\n", encoding="utf-8")
    result = discuss("import", str(table))
    assert result.output.startswith("Error: b.csv header: missing 'channel', 'prompt_id'")
    table.write_text(",".join(FIELDS) + "\n1,s,rest,p,q,o,,agree,2026-11-25,2026-11-25,extra\n")
    assert discuss("import", str(table)).output == \
        "Error: b.csv row 1: 10 columns expected, as in the header\n"
    broken = tmp_path / "c.json"
    broken.write_text('[{"id": 1,', encoding="utf-8")
    assert discuss("import", str(broken)).output.startswith("Error: c.json: not JSON (")
    other = tmp_path / "d.txt"
    other.write_text("hello")
    assert discuss("import", str(other)).output == \
        "Error: d.txt: can't tell the format from the name; use --format csv, json or jsonl\n"
    for path in (tmp_path / "a.jsonl", table, broken, other):
        assert discuss("import", str(path)).exit_code == 1
    if database_url.startswith("sqlite"):
        assert not Path(database_url.split("///", 1)[1]).exists()  # not even created
    else:
        assert not review.has_table(create_engine(database_url), "opinions")


def test_the_csv_export_of_a_spreadsheet_opens_back(database_url, tmp_path):
    """A CSV saved by a spreadsheet has a byte-order mark and may quote every cell."""
    seed()
    rows = list(csv.reader(io.StringIO(discuss("export").stdout, newline="")))
    out = io.StringIO(newline="")
    csv.writer(out, quoting=csv.QUOTE_ALL).writerows(rows)
    path = tmp_path / "saved.csv"
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    before = discuss("export", "--format", "json").stdout
    empty_database(database_url)
    assert discuss("import", str(path)).exit_code == 0
    assert discuss("export", "--format", "json").stdout == before




@pytest.mark.parametrize("value, exported", [
    ("'quoted", "''quoted"), ("'=1+1", "''=1+1"), ("=1+1", "'=1+1"), ("it's", "it's"),
])
def test_export_quotes_a_leading_quote_so_import_can_take_one_off(value, exported):
    assert review.spreadsheet_safe(value) == exported
