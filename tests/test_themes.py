"""`discuss opinions themes` on SQLite and PostgreSQL: the planted arguments found; the report."""
from __future__ import annotations

import json
import random
import re
from collections import Counter
from datetime import timedelta

import pytest
from sklearn.metrics import adjusted_rand_score

from bot import themes
from bot.corpus import BRIGADE, BRIGADE_COPIES, corpus
from bot.themes import Answer
from tests.postgres import postgres, postgres_url  # noqa: F401  (fixtures)
from tests.test_import import write_jsonl
from tests.test_review import (  # noqa: F401  (database_url is a fixture)
    FORMULA, SCRIPT, SEED, cells, database_url, discuss, opinion, seed,
)


@pytest.fixture
def planted(database_url, tmp_path) -> dict[int, str]:
    """The synthetic corpus imported into the test's database: id -> the argument it makes."""
    rows = corpus()
    result = discuss("import", str(write_jsonl(tmp_path / "corpus.jsonl", [r for r, _ in rows])))
    assert result.exit_code == 0, result.output
    return {row["id"]: argument for row, argument in rows}


def themes_json(*args: str) -> list[dict]:
    result = discuss("themes", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["prompts"]


# --- themes of the synthetic corpus ----------------------------------------------------------

def test_themes_find_the_planted_arguments(planted):
    [prompt] = themes_json()
    assert prompt["prompt_id"] == "europe_response" and prompt["answers"] == len(planted)
    assert prompt["k"] == 5 and prompt["k_chosen"].startswith("auto")
    truth, found = [], []
    for n, theme in enumerate(prompt["themes"]):
        firsts = {brigade["ids"][0] for brigade in prompt["brigades"]}
        copies = {i for brigade in prompt["brigades"] for i in brigade["ids"]} - firsts
        for member in theme["members"]:
            if member not in copies:  # a brigade counts once
                truth.append(planted[member])
                found.append(n)
    ari = adjusted_rand_score(truth, found)
    print(f"\nadjusted Rand index, {len(truth)} distinct answers, 5 planted arguments: {ari:.3f}")
    assert ari >= 0.8
    for theme in prompt["themes"]:
        assert len(theme["quotes"]) == 3
        assert {q["id"] for q in theme["quotes"]} <= set(theme["members"])
        majority = Counter(planted[m] for m in theme["members"]).most_common(1)[0][0]
        assert all(planted[q["id"]] == majority for q in theme["quotes"])
        assert theme["size"] == sum(theme["stances"].values())
        assert theme["label"] and len(theme["terms"]) <= 3
    # Bare stances ("yes", "idk") are set aside, not grouped.
    assert sorted(prompt["no_argument"]) == sorted(i for i, a in planted.items() if a == "none")


def test_common_ground_is_the_argument_both_sides_make(planted):
    [prompt] = themes_json()
    by_argument = {Counter(planted[m] for m in t["members"]).most_common(1)[0][0]: t
                   for t in prompt["themes"]}
    assert by_argument["nato"]["common_ground"]  # planted 40% agree, 40% disagree
    assert not by_argument["china"]["common_ground"]  # planted with no one disagreeing
    assert not by_argument["cost"]["common_ground"]
    assert by_argument["nato"]["stances"]["agree"] > 10 < by_argument["nato"]["stances"]["disagree"]


def test_a_brigade_is_counted_once_and_flagged(planted):
    [prompt] = themes_json()
    [brigade] = prompt["brigades"]
    assert brigade["text"] == BRIGADE and len(brigade["ids"]) == brigade["sessions"] == BRIGADE_COPIES
    theme = prompt["themes"][brigade["theme"]]
    assert set(brigade["ids"]) <= set(theme["members"])
    assert not {q["id"] for q in theme["quotes"]} & set(brigade["ids"])  # not its voice
    assert theme["size"] == len(theme["members"]) - (BRIGADE_COPIES - 1)
    text = discuss("themes").output
    assert f"Possible brigade: the same words from {BRIGADE_COPIES} sessions, counted once" in text


def test_themes_text_fits_80_columns_and_quotes_open_with_show(planted):
    result = discuss("themes", columns=200)  # wider terminals still get 80
    assert result.exit_code == 0, result.output
    out = result.output
    print("\n" + out)
    assert max(cells(line) for line in out.splitlines()) <= 80
    assert out.startswith("europe_response: 430 answers, 5 themes (auto, silhouette ")
    assert out.count("COMMON GROUND") >= 1
    assert re.search(r"^1\. \S.* +\d+ answers \(\d+%\)$", out, re.M)
    quoted = [int(i) for i in re.findall(r"^   #(\d+) \"", out, re.M)]
    assert len(quoted) == 15
    shown = discuss("show", str(quoted[0])).output
    assert f"Opinion #{quoted[0]}" in shown
    assert "Only a stance, no argument: 10 (" in out


def test_the_same_data_gives_the_same_themes(planted):
    assert discuss("themes", "--format", "json").stdout == \
        discuss("themes", "--format", "json").stdout
    rows = corpus()
    answers = [Answer(r["id"], r["opinion"], r["reason"], r["stance"], r["session_id"])
               for r, _ in rows]
    first = themes.find_themes(answers)
    random.Random(1).shuffle(answers)
    again = themes.find_themes(answers)
    assert [t.members for t in first.themes] == [t.members for t in again.themes]
    assert [t.label for t in first.themes] == [t.label for t in again.themes]


def test_themes_k_and_filters(planted):
    [prompt] = themes_json("--k", "3")
    assert prompt["k"] == 3 and len(prompt["themes"]) == 3 and prompt["k_chosen"] == "asked"
    assert sum(t["size"] for t in prompt["themes"]) == prompt["themed"]
    [agreeing] = themes_json("--stance", "agree")
    members = {m for t in agreeing["themes"] for m in t["members"]}
    assert members and all(t["stances"]["agree"] == t["size"] for t in agreeing["themes"])
    assert discuss("themes", "--prompt", "china_focus").output == \
        "No opinions match these filters.\n"
    result = discuss("themes", "--prompt", "china_focus", "--format", "json")
    assert json.loads(result.stdout) == {"prompts": []}


@pytest.mark.parametrize("value", ["0", "many", "21"])
def test_a_bad_k_is_a_usage_error(value):
    result = discuss("themes", "--k", value)
    assert result.exit_code == 2
    assert "is not 'auto' or a number of themes from 1 to 20" in result.output


# --- few answers, hostile answers -------------------------------------------------------------

def test_three_answers_are_too_few_for_themes(database_url):
    seed([opinion(n, f"s{n}", "rest", "china_focus", "agree", text, None, timedelta(hours=n))
          for n, text in enumerate(["China is the threat", "Focus on China now",
                                    "China China China"], start=1)])
    out = discuss("themes").output
    assert "china_focus: 3 answers" in out
    assert "No themes: 3 distinct answers with an argument: too few for themes (at least 8)." in out
    [prompt] = themes_json()
    assert prompt["themes"] == [] and prompt["note"].startswith("3 distinct answers")


HOSTILE = [
    SCRIPT + " NATO alliance must stay united", FORMULA + " NATO alliance matters",
    '<img src=x onerror="alert(2)"> NATO alliance keeps peace', "\x1b[2J NATO alliance works",
    "=cmd|' /C calc'!A0 China threat", "+SUM(1) China threat grows", "@China threat Pacific",
    "-1 China threat Taiwan", "</section><h1>pwned</h1> China threat",
    "China threat is real <b>bold</b>",
]


def test_hostile_text_is_escaped_in_the_report_and_inert_in_the_terminal(database_url, tmp_path):
    seed([opinion(n, f"h{n}", "socketio", "russia_shift", ("agree", "disagree")[n % 2], text,
                  None, timedelta(minutes=n)) for n, text in enumerate(HOSTILE, start=1)])
    out = discuss("themes").output
    assert "\x1b" not in out and "NATO alliance" in out
    report = tmp_path / "report.html"
    result = discuss("report", "--out", str(report))
    assert result.exit_code == 0, result.output
    html = report.read_text(encoding="utf-8")
    assert "What readers argue" in html and html.count('class="theme"') >= 2
    assert "<script" not in html and "<img src=x" not in html and "<h1>pwned" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; NATO alliance" in html
    assert "&lt;/section&gt;&lt;h1&gt;pwned&lt;/h1&gt;" in html
    assert not re.search(r"(src|href)=\"(https?:)?//", html)


def test_the_report_shows_each_prompts_themes(planted, tmp_path):
    seed(SEED)  # a few answers to other prompts: too few for themes, and the report says so
    report = tmp_path / "report.html"
    assert discuss("report", "--out", str(report)).exit_code == 0
    html = report.read_text(encoding="utf-8")
    section = html[html.index('id="prompt-europe_response"'):]
    section = section[:section.index("</section>")]
    assert section.count('class="theme"') == 5
    assert section.count('class="common"') >= 1
    bars = re.findall(r'<div class="bar" style="width:([\d.]+)%">(.*?)</div>', section)
    assert len(bars) == 5 and float(bars[0][0]) == 100.0
    assert "background:#009E73" in section and "background:#D55E00" in section  # agree, disagree
    assert len(re.findall(r'<li><span class="id">#\d+</span>', section)) == 15
    assert "No themes: 1 distinct answer with an argument: too few" in html


# --- the library -----------------------------------------------------------------------------

@pytest.mark.parametrize("stances, expected", [
    ({"agree": 10, "disagree": 10}, True),
    ({"agree": 12, "disagree": 4, "mixed": 30}, True),
    ({"agree": 12, "disagree": 3}, False),  # 20% of those who took a side
    ({"agree": 1, "disagree": 1}, False),  # too few to say
    ({"mixed": 20, "unsure": 20}, False),
    ({}, False),
])
def test_common_ground(stances, expected):
    assert themes.is_common_ground(Counter(stances)) is expected


def test_stance_and_filler_words_carry_no_argument():
    assert themes.words("I agree, absolutely!") == []
    assert themes.words("No way. I don't think NATO's allies pay") == ["nato", "allies", "pay"]
    assert themes.words("Défense européenne") == ["defense", "europeenne"]
    assert themes.words("Don’t trust Путин") == ["trust", "путин"]


def test_answers_that_share_nothing_have_no_themes_and_a_brigade_is_still_flagged():
    lone = [Answer(n, word, None, "agree", f"s{n}") for n, word in enumerate(
        ["apples", "zebra", "quantum", "violin", "glacier", "harbour", "pepper", "saturn"], 1)]
    copies = [Answer(100 + n, "Vote NATO out now, all of you", None, "agree", f"b{n}")
              for n in range(3)]
    found = themes.find_themes(lone + copies)
    assert found.themes == [] and found.note == "no two answers share a word"
    assert [b.ids for b in found.brigades] == [[100, 101, 102]] and found.themed == 9


def test_a_short_answer_many_readers_give_is_no_brigade():
    answers = [Answer(n, "Putin lies, always", None, "disagree", f"s{n}") for n in range(1, 6)]
    answers += [Answer(10 + n, f"NATO keeps the peace in Europe {word}", None, "agree", f"t{n}")
                for n, word in enumerate(["today", "now", "still", "well", "again"])]
    found = themes.find_themes(answers)
    assert found.brigades == [] and found.themed == 10
