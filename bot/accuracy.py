"""Accuracy report: grade the bot's replies to tests/eval/questions.yml per category and split."""
from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable

import yaml

from bot import config

EVAL_PATH = config.PROJECT_DIR / "tests" / "eval" / "questions.yml"
# right / doesnt_say (honest miss) / hedged (a passage offered as "closest", without the answer) /
# wrong (a confident wrong fact) on answerable questions; honest / confident_wrong on the others.
GRADES = ("right", "doesnt_say", "hedged", "wrong", "honest", "confident_wrong")
QUOTE_MARK = "From the article:"
# Reply openings the bot uses for an honest non-answer (bot/knowledge.py keeps to them).
NOT_ANSWERED = ("The article doesn't say", "The article doesn't mention", "The article doesn't name")
PASSAGE = ("The article may not answer exactly that", "I don't see that in the article")
# A reply's plain yes or no, first ("No. The article says: ...", "Yes - ...")
YES_OR_NO = re.compile(r"\W*(yes|no)\b", re.I)


def load_items(path: Path = EVAL_PATH, split: str = "all") -> list[dict]:
    """The evaluation questions of one split ("dev", "test") or of both ("all")."""
    items = yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
    return [item for item in items if split == "all" or item["split"] == split]


def _plain(text: str) -> str:
    """Case and typographic quotes folded, so evidence matches however the reply quotes it."""
    return (
        text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').lower()
    )


def kind_of(reply: str) -> str:
    """What a reply does: "fact" (states something and quotes), "passage", or "non_answer"."""
    text = reply.strip()
    if text.startswith(NOT_ANSWERED):
        return "non_answer"
    if text.startswith(PASSAGE):
        return "passage"
    if QUOTE_MARK in text:
        return "fact"
    return "non_answer"  # off-topic steer, clarifying question, "ask me about ..."


def grade(item: dict, reply: str) -> str:
    """One of GRADES for the bot's `reply` to an evaluation `item`.

    Answerable: right if a fact or passage contains any `evidence` string; otherwise wrong for a
    fact, hedged for a passage offered as the closest the article comes, doesnt_say for an honest
    non-answer; wrong, whatever its quote, when it opens with the yes or no the item `says` is not
    the answer. Unanswerable: honest unless a fact with a quote is given.
    """
    kind = kind_of(reply)
    lead = YES_OR_NO.match(reply)
    if item.get("says") and lead and lead.group(1).lower() != item["says"]:
        return "wrong"
    if not item.get("answerable", True):
        return "confident_wrong" if kind == "fact" else "honest"
    if kind == "non_answer":
        return "doesnt_say"
    text = _plain(reply)
    if any(_plain(evidence) in text for evidence in item.get("evidence") or []):
        return "right"
    return "hedged" if kind == "passage" else "wrong"


def evaluate(items: Iterable[dict], ask: Callable[[list[str]], str]) -> list[dict]:
    """Ask every item (its context turns, then its question) and grade the final reply."""
    results = []
    for item in items:
        turns = [*(item.get("context") or []), item["q"]]
        reply = ask(turns)
        graded = grade(item, reply)
        results.append({
            "id": item["id"], "split": item["split"], "category": item["category"],
            "answerable": item.get("answerable", True), "follow_up": bool(item.get("context")),
            "q": item["q"], "reply": reply, "grade": graded, "says": item.get("says"),
            # Right, but offered as "the closest the article comes": counted apart, because a hedge
            # on a right answer reads worse than the answer, and hedging is how a bot could buy
            # honesty on unanswerable questions with its answers.
            "hedged_right": graded == "right" and kind_of(reply) == "passage",
            # A yes/no question answered with its yes or no first
            "yes_no_first": bool(item.get("says")) and graded == "right" and bool(YES_OR_NO.match(reply)),
        })
    return results


def _row(label: str, results: list[dict]) -> str:
    counts = Counter(result["grade"] for result in results)
    answerable = [r for r in results if r["answerable"]]
    unanswerable = [r for r in results if not r["answerable"]]
    right = f"{counts['right'] / len(answerable):.0%}" if answerable else "-"
    honest = f"{counts['honest'] / len(unanswerable):.0%}" if unanswerable else "-"
    hedged_right = sum(result.get("hedged_right", False) for result in results)
    cells = [label, str(len(results)), *(str(counts[g]) for g in GRADES), str(hedged_right), right,
             honest]
    return "| " + " | ".join(cells) + " |"


def table(results: list[dict]) -> str:
    """One Markdown table per split: a row per category, then the totals."""
    out = []
    for split in sorted({r["split"] for r in results}):
        rows = [r for r in results if r["split"] == split]
        out.append(f"**{split}** ({len(rows)} questions)\n")
        out.append(
            "| category | n | right | doesnt_say | hedged | wrong | honest | confident_wrong "
            "| right but hedged | % right (answerable) | % honest (unanswerable) |"
        )
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for category in sorted({r["category"] for r in rows}):
            out.append(_row(category, [r for r in rows if r["category"] == category]))
        out.append(_row("**all**", rows))
        out.append(_row("**answerable**", [r for r in rows if r["answerable"]]))
        out.append(_row("**unanswerable**", [r for r in rows if not r["answerable"]]))
        out.append(_row("**follow-ups**", [r for r in rows if r["follow_up"]]))
        yes_no = [r for r in rows if r.get("says")]
        out.append(f"\nQuestions the article answers yes or no, answered with it first: "
                   f"{sum(r['yes_no_first'] for r in yes_no)} of {len(yes_no)}")
        out.append("")
    return "\n".join(out)


def ask_library(turns: list[str]) -> str:
    """A fresh conversation with bot.knowledge: each reply's context is passed to the next turn."""
    from bot.knowledge import respond

    context: dict | None = None
    reply = None
    for turn in turns:
        reply = respond(turn, context)
        context = reply.context
    return reply.text if reply else ""


def main(argv: list[str] | None = None) -> None:
    """Print the accuracy tables, e.g. `python -m bot.accuracy --split dev --misses`."""
    parser = argparse.ArgumentParser(prog="python -m bot.accuracy", description=main.__doc__)
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument(
        "--misses", action="store_true",
        help="also list the dev questions not answered right/honestly (never test ones)",
    )
    args = parser.parse_args(argv)
    items = load_items(split=args.split)
    started = time.perf_counter()
    results = evaluate(items, ask_library)
    elapsed = time.perf_counter() - started
    print(table(results))
    turns = sum(1 + len(item.get("context") or []) for item in items)
    print(f"{turns} turns in {elapsed:.2f} s ({1000 * elapsed / max(turns, 1):.1f} ms a turn)")
    if args.misses:
        for r in results:
            if r["split"] == "dev" and r["grade"] not in ("right", "honest"):
                print(f"\n[{r['grade']}] {r['id']} {r['q']!r}\n  {r['reply'][:220]!r}")


if __name__ == "__main__":
    main()
