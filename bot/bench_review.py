"""Time and peak memory of the review tools at 100k and 1M answers, and of themes at 10k for one prompt."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import insert

from bot import config, store
from bot.corpus import PROMPT_ID, corpus
from bot.importing import message_id
from bot.prompts import prompts

SIZES = (100_000, 1_000_000)
THEMES_ANSWERS = 10_000
THEMES_LIMITS = (30, 1024)  # seconds, MB: the most `themes` may take at THEMES_ANSWERS (issue 13)
STANCES = ("agree", "disagree", "mixed", "unsure", None)
# A child's peak memory (KB), measured from a parent that has no other child.
PEAK = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
        "stdout=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
COMMANDS = {
    "stats": ["stats"],
    "list --search": ["list", "--search", "number 4242"],
    "export csv": ["export", "--format", "csv", "--out", "{out}/export.csv"],
    "export json": ["export", "--format", "json", "--out", "{out}/export.json"],
    "report": ["report", "--out", "{out}/report.html"],
}


def fill(url: str, rows: int) -> None:
    """`rows` opinions spread over every prompt, stance and a stretch of days."""
    store.create_schema(url)
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    ids = list(prompts())
    with store.session_factory(url).begin() as session:
        for first in range(0, rows, 20_000):
            session.execute(insert(store.Opinion), [
                {"session_id": f"s{n}", "channel": "rest", "prompt_id": ids[n % len(ids)],
                 "prompt": "A prompt", "opinion": f"Opinion number {n}, with a few words " * 3,
                 "reason": "because" if n % 3 else None, "stance": STANCES[n % len(STANCES)],
                 "message_id": f"m{n}", "created_at": start + timedelta(minutes=n),
                 "updated_at": start + timedelta(minutes=n)}
                for n in range(first, min(rows, first + 20_000))
            ])


def measure(url: str, args: list[str]) -> tuple[float, float]:
    """Seconds and peak MB of `discuss opinions ARGS` on `url`."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", PEAK, sys.executable, "-m", "bot", "opinions", *args],
        capture_output=True, text=True, check=True, env={**os.environ, "DATABASE_URL": url},
    )
    return time.perf_counter() - started, int(result.stdout.split()[-1]) / 1024


def fill_corpus(url: str, answers: int) -> None:
    """`answers` synthetic answers to one prompt, written around bot.corpus's five arguments."""
    store.create_schema(url)
    rows = [row for row, _ in corpus(answers)]
    for row in rows:
        for stamp in ("created_at", "updated_at"):
            row[stamp] = datetime.fromisoformat(row[stamp])
    with store.session_factory(url).begin() as session:
        session.execute(insert(store.Opinion), [{**r, "message_id": message_id(r)} for r in rows])


def bench_themes() -> tuple[float, float]:
    """Seconds and peak MB of `themes` for THEMES_ANSWERS answers of one prompt, recorded."""
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'themes.db'}"
        fill_corpus(url, THEMES_ANSWERS)
        store.dispose()
        seconds, peak = measure(url, ["themes", "--prompt", PROMPT_ID])
    seconds_limit, peak_limit = THEMES_LIMITS
    verdict = "within" if seconds < seconds_limit and peak < peak_limit else "OVER"
    line = (f"`themes`, {THEMES_ANSWERS:,} answers to one prompt: {seconds:.1f} s, peak "
            f"{peak:.0f} MB ({verdict} the limits of {seconds_limit} s and {peak_limit} MB)")
    print(line, flush=True)
    _record(line, "themes-bench", "Themes at scale")
    return seconds, peak


def main() -> None:
    if sys.argv[1:] == ["themes"]:
        seconds, peak = bench_themes()
        sys.exit(0 if seconds < THEMES_LIMITS[0] and peak < THEMES_LIMITS[1] else 1)
    lines = ["| command | " + " | ".join(f"{n:,} answers: s / peak MB" for n in SIZES) + " |",
             "| --- | " + " | ".join("---:" for _ in SIZES) + " |"]
    results: dict[str, list[str]] = {name: [] for name in COMMANDS}
    with tempfile.TemporaryDirectory() as folder:
        for rows in SIZES:
            url = f"sqlite:///{Path(folder) / f'{rows}.db'}"
            print(f"[{rows:,}] filling...", flush=True)
            fill(url, rows)
            store.dispose()
            for name, args in COMMANDS.items():
                seconds, peak = measure(url, [a.replace("{out}", folder) for a in args])
                results[name].append(f"{seconds:.1f} / {peak:.0f}")
                print(f"[{rows:,}] {name}: {seconds:.1f} s, {peak:.0f} MB", flush=True)
    lines += [f"| `{name}` | " + " | ".join(cells) + " |" for name, cells in results.items()]
    table = "\n".join(lines)
    print("\n" + table)
    _record(table, "review-bench", "The review tools at scale")
    seconds, peak = bench_themes()
    sys.exit(0 if seconds < THEMES_LIMITS[0] and peak < THEMES_LIMITS[1] else 1)


def _record(table: str, marker: str, heading: str) -> None:
    path = config.PROJECT_DIR / "docs" / "benchmarks.md"
    text = path.read_text(encoding="utf-8")
    start, end = f"<!-- {marker}:start -->", f"<!-- {marker}:end -->"
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    block = (f"{start}\nMeasured {stamp} on {os.cpu_count()} cores (`make bench-review`), "
             f"SQLite, each command in a fresh process.\n\n{table}\n{end}")
    if start in text:
        text = text[:text.index(start)] + block + text[text.index(end) + len(end):]
    else:
        text += f"\n## {heading}\n\n{block}\n"
    path.write_text(text, encoding="utf-8")
    print(f"Written to {path.relative_to(config.PROJECT_DIR)}")


if __name__ == "__main__":
    main()
