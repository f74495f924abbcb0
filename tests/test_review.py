"""`discuss opinions`: every command, filter and format on SQLite and PostgreSQL; the report."""
from __future__ import annotations

import asyncio
import base64
import csv
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import unicodedata
import warnings
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import MetaData, create_engine

from bot import config, review, store
from bot.cli import main
from bot.prompts import prompts
from bot.review_cli import opinions
from tests.postgres import postgres, postgres_url  # noqa: F401  (fixtures)

NOW = datetime.now(timezone.utc).replace(microsecond=907663)  # never a whole second
FIELDS = ["id", "session_id", "channel", "prompt_id", "prompt", "opinion", "reason", "stance",
          "created_at", "updated_at"]
FORMULA = '=HYPERLINK("http://x","y")'
SCRIPT = "<script>alert(1)</script>"


def opinion(n: int, session: str, channel: str, prompt_id: str, stance: str | None, text: str,
            reason: str | None, age: timedelta) -> dict:
    created = (NOW - age).isoformat()
    return {
        "op": "save", "session_id": session, "channel": channel, "prompt_id": prompt_id,
        "prompt": prompts()[prompt_id].text, "opinion": text, "reason": reason, "stance": stance,
        "message_id": f"m-{n}", "created_at": created, "updated_at": created,
    }


# Saved in this order, so their ids are 1 to 5; newest first the ids read 5, 4, 3, 2, 1.
SEED = [
    opinion(1, "alice", "rest", "russia_shift", "agree",
            "I agree because Europe has to pay for its own defense",
            "Europe has to pay for its own defense", timedelta(days=10)),
    opinion(2, "alice", "rest", "china_focus", "disagree",
            "No way, China and Russia are allies now", None, timedelta(days=3)),
    opinion(3, "bob", "socketio", "russia_shift", "mixed", FORMULA, "-2+3", timedelta(hours=30)),
    opinion(4, "eve", "socketio", "ukraine_deal", None, f"{SCRIPT} hard to say", "@everyone",
            timedelta(hours=2)),
    opinion(5, "dan", "socketio", "europe_response", "unsure", "Not sure, it depends",
            "NATO keeps the peace", timedelta(hours=1)),
]


def seed(rows: list[dict] = SEED) -> None:
    for row in rows:
        assert store.record(row) == 1  # 1: written to the database, not spooled


def discuss(*args: str, input: str | None = None, columns: int = 80):
    """Run `discuss opinions ...` as a user would, in a terminal `columns` wide."""
    runner = CliRunner(env={"COLUMNS": str(columns)})
    return runner.invoke(main, ["opinions", *args], input=input)


def listed_ids(output: str) -> list[int]:
    return [int(match) for match in re.findall(r"^\s*(\d+)\s+\d{4}-\d\d-\d\d ", output, re.M)]


def cells(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """DATABASE_URL for a test: conftest's temp SQLite file, or an emptied PostgreSQL database."""
    if request.param == "sqlite":
        return os.environ["DATABASE_URL"]
    url = request.getfixturevalue("postgres_url")
    monkeypatch.setenv("DATABASE_URL", url)
    store.dispose()
    store._schema_ready.clear()
    # The cluster lives for the whole run: start each test from no tables, as on SQLite.
    engine = create_engine(url, future=True)
    tables = MetaData()
    tables.reflect(engine)
    tables.drop_all(engine)
    engine.dispose()
    return url


def sqlite_path(url: str) -> Path | None:
    return Path(url.split("///", 1)[1]) if url.startswith("sqlite") else None


# --- help ------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [None, *opinions.commands])
def test_every_command_has_help_with_an_example(command):
    result = discuss(*([command] if command else []), "--help")
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    # One whole line, not wrapped by click: it is meant to be copied.
    assert re.search(r"^  Example: discuss opinions[^\n]*\n(\n|$)", result.output, re.M)


# --- list and its filters --------------------------------------------------------------------

@pytest.mark.parametrize("args, expected", [
    ([], [5, 4, 3, 2, 1]),
    (["--prompt", "russia_shift"], [3, 1]),
    (["--stance", "disagree"], [2]),
    (["--stance", "none"], [4]),
    (["--channel", "rest"], [2, 1]),
    (["--since", "24h"], [5, 4]),
    (["--since", "7d"], [5, 4, 3, 2]),
    (["--since", "90m"], [5]),
    (["--since", "1w"], [5, 4, 3, 2]),
    (["--since", (NOW - timedelta(days=5)).isoformat()], [5, 4, 3, 2]),
    (["--since", (NOW - timedelta(days=3)).date().isoformat()], [5, 4, 3, 2]),
    (["--until", (NOW - timedelta(days=2)).isoformat()], [2, 1]),
    (["--until", "24h"], [3, 2, 1]),
    (["--until", (NOW - timedelta(days=10)).date().isoformat()], [1]),  # a date: the whole day
    (["--since", "4d", "--until", "1d"], [3, 2]),
    (["--search", "EUROPE"], [1]),
    (["--search", "nAtO"], [5]),  # in the reason only
    (["--search", "100%"], []),  # % is a character, not a LIKE wildcard
    (["--session", "alice"], [2, 1]),
    (["--limit", "2"], [5, 4]),
    (["--channel", "socketio", "--stance", "mixed"], [3]),
])
def test_list_filters(database_url, args, expected):
    seed()
    result = discuss("list", *args)
    assert result.exit_code == 0, result.output
    assert listed_ids(result.output) == expected
    if not expected:
        assert result.output == "No opinions match these filters.\n"


def test_list_shows_when_channel_prompt_stance_reason_and_the_opinion(database_url):
    seed()
    result = discuss("list", "--session", "bob")
    header, facts, text = result.output.splitlines()[:3]
    assert header.split() == ["ID", "When", "(UTC)", "Channel", "Prompt", "Stance", "Reason"]
    created = (NOW - timedelta(hours=30)).strftime("%Y-%m-%d %H:%M")
    assert facts.split() == ["3", *created.split(), "socketio", "russia_shift", "mixed", "yes"]
    assert text.strip() == FORMULA  # shown as it was written: a terminal runs no formulas
    assert "1 of 5 opinions" in result.output
    assert listed_ids(discuss("list", "--session", "alice").output) == [2, 1]
    assert re.search(r"^\s*2 .* disagree\s+no$", discuss("list").output, re.M)


@pytest.mark.parametrize("columns", [80, 60])
def test_list_fits_the_terminal(database_url, columns):
    seed([*SEED, opinion(6, "zoe", "socketio", "negotiating_with_adversary", "disagree",
                         "日本 " + "word " * 300, None, timedelta(minutes=1))])
    result = discuss("list", columns=columns)
    assert result.exit_code == 0
    assert max(cells(line) for line in result.output.splitlines()) <= columns
    assert "…" in result.output  # the long opinion was cut, not wrapped


def test_list_keeps_terminal_control_sequences_out(database_url):
    seed([opinion(1, "mallory", "rest", "russia_shift", "agree", "\x1b[2J\x1b]0;pwned\x07hi", None,
                  timedelta(hours=1))])
    output = discuss("list").output + discuss("show", "1").output
    assert "\x1b" not in output and "\x07" not in output
    assert "hi" in output


@pytest.mark.parametrize("value", ["yesterday", "7 days", "2026-13-01"])
def test_a_bad_date_is_a_usage_error(value):
    result = discuss("list", "--since", value)
    assert result.exit_code == 2
    assert "is not a date" in result.output


# --- show and transcript ---------------------------------------------------------------------

def test_show_prints_every_field(database_url):
    seed()
    result = discuss("show", "4")
    assert result.exit_code == 0, result.output
    for expected in ["Opinion #4", "eve", "socketio", "ukraine_deal", "(not given)", "m-4",
                     (NOW - timedelta(hours=2)).isoformat(), SCRIPT + " hard to say", "@everyone",
                     "Could Ukraine have avoided the war by making concessions?"]:
        assert expected in " ".join(result.output.split())  # long text is wrapped


def test_show_of_a_missing_id_is_one_line(database_url):
    seed()
    result = discuss("show", "99")
    assert result.exit_code == 1
    assert result.output.startswith("Error: no opinion #99 in ")
    assert result.output.count("\n") == 1


def save_conversation(sender: str, turns: list[tuple[str, str, str | None]]) -> None:
    """Write a conversation with Rasa's own SQL tracker store, as the running bot does."""
    # Rasa's imports rewrite the warning filters and its tracker store uses SQLAlchemy APIs
    # deprecated for 2.0: keep both to this block.
    with warnings.catch_warnings(record=True):
        from rasa.shared.core.domain import Domain
        from rasa.shared.core.events import (
            ActionExecuted, BotUttered, SessionStarted, UserUttered,
        )
        from rasa.shared.core.trackers import DialogueStateTracker

        from bot.tracker_store import DatabaseTrackerStore

        tracker_store = DatabaseTrackerStore(domain=Domain.empty())
    events = [ActionExecuted("action_session_start"), SessionStarted(),
              ActionExecuted("action_listen")]
    for speaker, text, message_id in turns:
        if speaker == "reader":
            events.append(UserUttered(text, {"name": "share_opinion", "confidence": 0.9},
                                      message_id=message_id))
        else:
            events += [BotUttered(text), ActionExecuted("action_listen")]
    asyncio.run(tracker_store.save(DialogueStateTracker.from_events(sender, events)))
    tracker_store.engine.dispose()


def test_transcript_prints_the_conversation_and_marks_the_opinions(database_url):
    seed()
    save_conversation("bob", [
        ("reader", "hi", "u-1"),
        ("bot", "Hello! Ask me about the article,\nor share your view.", None),
        ("reader", FORMULA, "m-3"),  # saved as opinion #3
        ("bot", "What makes you say that?", None),
        ("reader", "-2+3", "u-3"),
    ])
    save_conversation("eve", [("reader", "someone else", "u-9")])
    result = discuss("transcript", "bob")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Session bob, 5 messages, from ")
    spoken = [re.sub(r"^\d\d:\d\d:\d\d\s+", "", line) for line in lines[1:]]
    assert spoken == [
        "reader  hi",
        "bot     Hello! Ask me about the article, or share your view.",
        f"reader  [opinion #3] {FORMULA}",
        "bot     What makes you say that?",
        "reader  -2+3",
    ]


def test_transcript_without_a_conversation_says_so(database_url):
    shown = review.shown_url(database_url)
    result = discuss("transcript", "bob")
    assert result.output == f"No conversations yet in {shown} (no events table)\n"
    save_conversation("eve", [("reader", "hello", "u-1")])
    result = discuss("transcript", "bob")
    assert result.exit_code == 0
    assert result.output == f"No conversation for session 'bob' in {shown}\n"


# --- export ----------------------------------------------------------------------------------

def test_export_json_has_exactly_the_fields_and_utc_times(database_url):
    seed()
    result = discuss("export", "--format", "json")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    rows = json.loads(result.stdout)  # stdout is nothing but the data
    assert [row["id"] for row in rows] == [5, 4, 3, 2, 1]
    for row, seeded in zip(rows, reversed(SEED)):
        assert list(row) == FIELDS
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00", row["created_at"])
        assert row["created_at"] == seeded["created_at"]
        assert row["updated_at"] == seeded["updated_at"]
        assert {k: row[k] for k in ("session_id", "opinion", "reason", "stance")} == \
            {k: seeded[k] for k in ("session_id", "opinion", "reason", "stance")}
    assert rows[1]["opinion"] == f"{SCRIPT} hard to say"  # JSON keeps the words as written


def test_export_jsonl_one_object_a_line(database_url):
    seed()
    result = discuss("export", "--format", "jsonl", "--stance", "none")
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    row = json.loads(lines[0])
    assert list(row) == FIELDS and row["id"] == 4 and row["stance"] is None


def test_export_csv_is_safe_in_a_spreadsheet(database_url):
    seed()
    result = discuss("export", "--format", "csv")
    assert result.exit_code == 0 and result.stderr == ""
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert rows[0] == FIELDS
    by_id = {row[0]: dict(zip(FIELDS, row)) for row in rows[1:]}
    assert list(by_id) == ["5", "4", "3", "2", "1"]
    assert by_id["3"]["opinion"] == "'" + FORMULA
    assert by_id["3"]["reason"] == "'-2+3"
    assert by_id["4"]["reason"] == "'@everyone"
    assert by_id["4"]["opinion"] == f"{SCRIPT} hard to say"
    assert by_id["1"]["created_at"] == SEED[0]["created_at"]
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tcmd", "'\tcmd"), ("\rcmd", "'\rcmd"), ("fine = ok", "fine = ok"), ("", ""), (7, 7),
    (None, None),
])
def test_spreadsheet_safe(value, expected):
    assert review.spreadsheet_safe(value) == expected


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
def test_export_to_a_file_with_filters(database_url, tmp_path, fmt):
    seed()
    out = tmp_path / f"opinions.{fmt}"
    result = discuss("export", "--format", fmt, "--prompt", "russia_shift", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote 2 opinions to {out}\n"
    text = out.read_text(encoding="utf-8")
    if fmt == "csv":
        ids = [row["id"] for row in csv.DictReader(io.StringIO(text, newline=""))]
    elif fmt == "json":
        ids = [row["id"] for row in json.loads(text)]
    else:
        ids = [json.loads(line)["id"] for line in text.splitlines()]
    assert [int(i) for i in ids] == [3, 1]


def test_export_of_nothing_is_still_valid_output(database_url):
    result = discuss("export", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert result.stderr.startswith("No opinions yet in ")
    seed()
    result = discuss("export", "--format", "csv", "--search", "nobody wrote this")
    assert result.stdout.splitlines() == [",".join(FIELDS)]
    assert result.stderr == "No opinions match these filters.\n"


# --- stats -----------------------------------------------------------------------------------

def test_stats(database_url):
    seed()
    result = discuss("stats")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "5 opinions from 4 sessions" in out
    assert "With a reason: 4 of 5 (80%)" in out
    assert "Median opinion length: 37 characters" in out  # 20, 26, 37, 39, 53
    #                  agree disagree mixed unsure none total
    assert re.search(r"^russia_shift\s+1\s+0\s+1\s+0\s+0\s+2$", out, re.M)
    assert re.search(r"^ukraine_deal\s+0\s+0\s+0\s+0\s+1\s+1$", out, re.M)
    assert re.search(r"^\s+socketio\s+3$", out, re.M) and re.search(r"^\s+rest\s+2$", out, re.M)
    days = re.findall(r"^\s+(\d{4}-\d\d-\d\d)\s+(\d+)\s+#+$", out, re.M)
    assert sum(int(count) for _, count in days) == 5
    assert (NOW - timedelta(days=10)).strftime("%Y-%m-%d") == days[0][0]
    assert max(len(line) for line in out.splitlines()) <= 80


def test_stats_with_filters(database_url):
    seed()
    out = discuss("stats", "--channel", "rest").output
    assert "2 opinions from 1 session," in out
    assert "ukraine_deal" not in out
    assert discuss("stats", "--prompt", "nope").output == "No opinions match these filters.\n"


# --- report ----------------------------------------------------------------------------------

def test_report_is_self_contained_and_escaped(database_url, tmp_path):
    seed()
    out = tmp_path / "report.html"
    result = discuss("report", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Wrote {out}: 5 opinions, 4 prompts (") and " KB in " in result.output
    html = out.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; hard to say" in html
    assert "<script" not in html  # no reader's script, and none of ours either
    assert "=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)" in html
    charts = re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html)
    assert len(charts) == 2
    assert all(base64.b64decode(chart).startswith(b"\x89PNG") for chart in charts)
    assert not re.search(r"(src|href)=\"(https?:)?//", html)  # nothing to fetch
    for prompt_id in ("russia_shift", "china_focus", "ukraine_deal", "europe_response"):
        assert f'id="prompt-{prompt_id}"' in html


BROWSER = shutil.which("chromium") or "/usr/bin/chromium"


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [BROWSER, "--headless=new", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120,
    )


@pytest.mark.browser
def test_report_in_headless_chromium(tmp_path):
    if not Path(BROWSER).exists():
        pytest.skip("Chromium not installed: no /usr/bin/chromium (apt-get install chromium)")
    from PIL import Image

    seed()
    report = tmp_path / "report.html"
    assert discuss("report", "--out", str(report)).exit_code == 0
    artifacts = config.PROJECT_DIR / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    screenshot = artifacts / "report.png"
    screenshot.unlink(missing_ok=True)
    chromium(f"--screenshot={screenshot}", "--window-size=1200,1600", report.as_uri(),
             profile=tmp_path / "profile")
    assert screenshot.exists() and screenshot.stat().st_size > 20_000
    with Image.open(screenshot) as image:
        assert image.size == (1200, 1600)
        colors = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colors is None or len(colors) > 50  # charts and text, not a blank page
    # The page as the browser built it: the reader's <script> stayed text.
    dom = chromium("--dump-dom", report.as_uri(), profile=tmp_path / "profile").stdout
    assert "<script" not in dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom


# --- delete and flush ------------------------------------------------------------------------

def test_delete_a_session(database_url):
    seed()
    result = discuss("delete", "--session", "alice", "--yes")
    assert result.exit_code == 0
    assert result.output == "Deleted 2 opinions of session 'alice'\n"
    assert listed_ids(discuss("list").output) == [5, 4, 3]
    assert discuss("delete", "--session", "alice", "--yes").output == \
        "No opinions for session 'alice'\n"


def test_delete_blanks_the_readers_words_in_the_transcript(database_url):
    seed()
    save_conversation("bob", [("reader", "hi", "u-1"), ("bot", "Hello!", None),
                              ("reader", FORMULA, "m-3"), ("bot", f"In your words: {FORMULA}", None)])
    result = discuss("delete", "--session", "bob", "--yes")
    assert result.output == "Deleted 1 opinion of session 'bob', blanked 3 messages of the conversation\n"
    shown = discuss("transcript", "bob").output
    said = [line for line in shown.splitlines() if "  reader  " in line]
    assert len(said) == 2 and all(line.endswith(store.REDACTED) for line in said)
    assert FORMULA not in shown and "In your words: [deleted" in shown and "Hello!" in shown


def test_delete_asks_first(database_url):
    seed()
    result = discuss("delete", "--session", "bob", input="n\n")
    assert result.exit_code == 1
    assert "Delete 1 opinion of session 'bob'? [y/N]" in result.output
    assert listed_ids(discuss("list").output) == [5, 4, 3, 2, 1]
    result = discuss("delete", "--session", "bob", input="y\n")
    assert result.exit_code == 0
    assert result.output.endswith("Deleted 1 opinion of session 'bob'\n")
    assert listed_ids(discuss("list").output) == [5, 4, 2, 1]


def test_flush_replays_the_spool(database_url):
    assert discuss("flush").output.startswith("Nothing to replay: the spool is empty")
    spool = config.spool_path()
    spool.parent.mkdir(parents=True, exist_ok=True)
    changes = [SEED[0], {"op": "update", "message_id": "m-1", "stance": "mixed"}, SEED[1]]
    spool.write_text("".join(json.dumps(change) + "\n" for change in changes), encoding="utf-8")
    result = discuss("flush")
    assert result.exit_code == 0, result.output
    assert f"Replayed 3 spooled changes into {review.shown_url(database_url)}" in result.output
    assert spool.read_text() == ""
    assert listed_ids(discuss("list", "--stance", "mixed").output) == [1]
    assert listed_ids(discuss("list").output) == [2, 1]


# --- an empty database, a bad URL ------------------------------------------------------------

READING = [["list"], ["show", "1"], ["stats"], ["themes"], ["report"],
           ["delete", "--session", "x", "--yes"], ["export"], ["transcript", "x"]]


def assert_says_no_opinions(args: list[str], url: str, folder: Path) -> None:
    result = discuss(*args)
    assert result.exit_code == 0, result.output
    shown = review.shown_url(url)
    if args[0] == "export":  # the message on stderr, valid (empty) data on stdout
        assert result.stderr == f"No opinions yet in {shown}\n"
        assert result.stdout.strip() == ",".join(FIELDS)
    elif args[0] == "transcript":
        assert result.output == f"No conversations yet in {shown} (no events table)\n"
    else:
        assert result.output == f"No opinions yet in {shown}\n"
    assert not (folder / "report.html").exists()


@pytest.mark.parametrize("state", ["no tables", "empty tables"])
@pytest.mark.parametrize("args", READING, ids=lambda args: args[0])
def test_an_empty_database_is_one_line(database_url, tmp_path, monkeypatch, state, args):
    if state == "empty tables":
        store.create_schema()
    monkeypatch.chdir(tmp_path)  # where `report` would write report.html
    assert_says_no_opinions(args, database_url, tmp_path)


@pytest.mark.parametrize("state", ["no file", "empty file", "another app's table"])
@pytest.mark.parametrize("args", READING, ids=lambda args: args[0])
def test_an_empty_sqlite_file_is_one_line(tmp_path, monkeypatch, state, args):
    url = os.environ["DATABASE_URL"]
    path = sqlite_path(url)
    if state != "no file":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
    if state == "another app's table":
        sqlite3.connect(path).execute("CREATE TABLE unrelated (x)").connection.close()
    monkeypatch.chdir(tmp_path)
    assert_says_no_opinions(args, url, tmp_path)
    if state == "no file":
        assert not path.exists()  # reading never creates the database


@pytest.mark.parametrize("url", [
    "this is not a url",
    "nosuchdb://host/db",
    "postgresql://postgres:s3cret@127.0.0.1:1/discuss",  # nothing listens on port 1
])
@pytest.mark.parametrize("args", READING, ids=lambda args: args[0])
def test_a_bad_database_url_is_one_clear_line(monkeypatch, tmp_path, url, args):
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.chdir(tmp_path)
    result = discuss(*args)
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)  # a ClickException, not a crash
    assert result.output.startswith("Error: ")
    assert result.output.count("\n") == 1
    assert "Traceback" not in result.output and "s3cret" not in result.output


# --- the library -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, end_of_day, expected", [
    ("2026-11-25", False, datetime(2026, 11, 25, tzinfo=timezone.utc)),
    ("2026-11-25", True, datetime(2026, 11, 26, tzinfo=timezone.utc)),
    ("2026-11-25T14:00", False, datetime(2026, 11, 25, 14, tzinfo=timezone.utc)),
    ("2026-11-25T14:00Z", False, datetime(2026, 11, 25, 14, tzinfo=timezone.utc)),
    ("2026-11-25T14:00+02:00", True, datetime(2026, 11, 25, 12, tzinfo=timezone.utc)),
    ("30m", False, NOW - timedelta(minutes=30)),
    ("24h", False, NOW - timedelta(hours=24)),
    ("7d", True, NOW - timedelta(days=7)),
    ("2w", False, NOW - timedelta(weeks=2)),
])
def test_parse_when(text, end_of_day, expected):
    parsed = review.parse_when(text, end_of_day=end_of_day, now=NOW)
    assert parsed == expected and parsed.utcoffset() == timedelta(0)


def test_naive_times_from_sqlite_are_utc():
    naive = datetime(2026, 11, 25, 15, 23, 14, 907663)
    assert review.as_utc(naive).isoformat() == "2026-11-25T15:23:14.907663+00:00"


def test_cut_counts_wide_characters():
    assert review.cut("abcdef", 6) == "abcdef"
    assert review.cut("abcdefg", 6) == "abcde…"
    assert cells(review.cut("日本語のテキスト", 7)) <= 7
