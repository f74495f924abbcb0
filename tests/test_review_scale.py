"""The review tools at scale: exports stream in flat memory, the report stays readable, themes fast."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from bot import store
from bot.bench_review import THEMES_ANSWERS, THEMES_LIMITS, fill, fill_corpus, measure
from bot.corpus import PROMPT_ID
from bot.prompts import prompts


@pytest.fixture(scope="module")
def databases(tmp_path_factory) -> dict[int, str]:
    folder = tmp_path_factory.mktemp("scale")
    urls = {}
    for rows in (20_000, 200_000):
        urls[rows] = f"sqlite:///{folder / f'{rows}.db'}"
        fill(urls[rows], rows)
    store.dispose()
    return urls


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
def test_export_memory_does_not_grow_with_the_rows(databases, tmp_path, fmt):
    _, small = measure(databases[20_000], ["export", "--format", fmt, "--out", str(tmp_path / "a")])
    _, large = measure(databases[200_000], ["export", "--format", fmt, "--out", str(tmp_path / "b")])
    print(f"\nexport {fmt}: peak {small:.0f} MB for 20k rows, {large:.0f} MB for 200k")
    assert large < small + 25  # ten times the rows, not ten times the memory (MB)
    if fmt == "json":
        assert len(json.loads((tmp_path / "b").read_text())) == 200_000
    else:
        assert sum(1 for _ in (tmp_path / "b").open()) == 200_000 + (fmt == "csv")


def test_the_report_of_200k_answers_stays_small(databases, tmp_path):
    out = tmp_path / "report.html"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "opinions", "report", "--out", str(out)],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "DATABASE_URL": databases[200_000]},
    )
    assert result.returncode == 0, result.stderr
    print("\n" + result.stdout)
    page = out.read_text()
    assert out.stat().st_size < 2 * 1024 * 1024
    assert page.count("<tr>") <= 100 * len(prompts()) + len(prompts())  # samples and headers
    assert "The newest 100 of 28,572 answers" in page
    assert "200,000" in page or "200000" in page


def test_themes_of_10k_answers_to_one_prompt_stay_under_30_s_and_1_gb(tmp_path):
    url = f"sqlite:///{tmp_path / 'themes.db'}"
    fill_corpus(url, THEMES_ANSWERS)
    store.dispose()
    seconds, peak = measure(url, ["themes", "--prompt", PROMPT_ID, "--format", "json"])
    print(f"\nthemes of {THEMES_ANSWERS:,} answers: {seconds:.1f} s, peak {peak:.0f} MB")
    assert seconds < THEMES_LIMITS[0] and peak < THEMES_LIMITS[1]
