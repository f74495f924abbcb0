"""Held-out reader questions, asked through a real Rasa server: at least 90% must be right."""
from __future__ import annotations

import pytest
import yaml

from bot import config
from bot.knowledge import knowledge

HELDOUT = yaml.safe_load((config.PROJECT_DIR / "tests" / "heldout_questions.yml").read_text())["questions"]
TRAINING_TEXT = "\n".join(
    path.read_text(encoding="utf-8").lower() for path in (config.PROJECT_DIR / "data").rglob("*.yml")
)

pytestmark = pytest.mark.rasa


def test_there_are_at_least_sixty_heldout_questions_none_of_them_trained_on():
    assert len(HELDOUT) >= 60
    for item in HELDOUT:
        assert f"- {item['q'].lower()}\n" not in TRAINING_TEXT, f"held-out question in data/: {item['q']}"


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
