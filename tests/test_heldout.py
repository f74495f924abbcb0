"""Held-out reader questions, asked through a real Rasa server: at least 90% must be right."""
from __future__ import annotations

import re

import pytest
import yaml

from bot import config
from bot.knowledge import knowledge

HELDOUT = yaml.safe_load((config.PROJECT_DIR / "tests" / "heldout_questions.yml").read_text())["questions"]
TEST_SPLIT = [item for item in yaml.safe_load(
    (config.PROJECT_DIR / "tests" / "eval" / "questions.yml").read_text())["questions"]
    if item["split"] == "test"]

pytestmark = pytest.mark.rasa


def plain(text: str) -> str:
    """Lower case, letters, digits and spaces only: "Lavrov, who?" is "lavrov who"."""
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", text.lower()).split())


def trained_phrasings() -> set[str]:
    """Every list item and example in data/ (facts' example questions, NLU examples)."""
    found = set()
    for path in (config.PROJECT_DIR / "data").rglob("*.yml"):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = re.match(r"^\s*- (.+)$", line)
            if item:
                found.add(plain(item.group(1)))
    return found


def test_there_are_at_least_sixty_heldout_questions_none_of_them_trained_on():
    assert len(HELDOUT) >= 60
    trained = trained_phrasings()
    for item in HELDOUT + TEST_SPLIT:
        assert plain(item["q"]) not in trained, f"held-out or test question in data/: {item['q']}"


def is_right(reply: str, expected: str) -> bool:
    if expected == "unknown":
        return "The article doesn't say" in reply or "doesn't mention" in reply
    return knowledge().facts[expected].quote in reply


def test_heldout_questions_score_at_least_90_percent(bot, capsys):
    wrong = []
    for number, item in enumerate(HELDOUT):
        reply = bot.text(f"heldout-{number}", item["q"])
        if not is_right(reply, item["fact"]):
            wrong.append(f"{item['q']!r} -> expected {item['fact']}, got {reply[:100]!r}")
    score = 1 - len(wrong) / len(HELDOUT)
    with capsys.disabled():
        print(f"\nheld-out questions: {len(HELDOUT) - len(wrong)}/{len(HELDOUT)} right ({score:.0%})")
        for line in wrong:
            print("  wrong:", line)
    assert score >= 0.9
