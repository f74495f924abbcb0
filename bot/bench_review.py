"""Time and peak memory of the review tools on generated databases of 100k and 1M answers."""
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
from bot.prompts import prompts

SIZES = (100_000, 1_000_000)
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


def main() -> None:
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
    _record(table)


def _record(table: str) -> None:
    path = config.PROJECT_DIR / "docs" / "benchmarks.md"
    text = path.read_text(encoding="utf-8")
    start, end = "<!-- review-bench:start -->", "<!-- review-bench:end -->"
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    block = (f"{start}\nMeasured {stamp} on {os.cpu_count()} cores (`make bench-review`), "
             f"SQLite, each command in a fresh process.\n\n{table}\n{end}")
    if start in text:
        text = text[:text.index(start)] + block + text[text.index(end) + len(end):]
    else:
        text += f"\n## The review tools at scale\n\n{block}\n"
    path.write_text(text, encoding="utf-8")
    print(f"Written to {path.relative_to(config.PROJECT_DIR)}")


if __name__ == "__main__":
    main()
