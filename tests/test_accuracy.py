"""Reader questions written from the article alone, asked through a real Rasa server.

tests/eval/questions.yml: `dev` is tuned on, `test` is only run. This prints one table per split
and category (right, honest "doesn't say", hedged, wrong, confident wrong) and fails if a split
falls below what it reached when last recorded in docs/accuracy.md: a regression guard, not the
target (the targets of issue 10 are in docs/accuracy.md too).
"""
from __future__ import annotations

import uuid

import pytest

from bot.accuracy import evaluate, load_items, table

pytestmark = pytest.mark.rasa

# Floors: (answerable right, unanswerable honest, follow-ups right or honest), as last recorded
# in docs/accuracy.md, a few points under; and the most confident wrong answers allowed (a wrong
# fact on an answerable question, or any fact on one the article doesn't answer). Rebased in
# round 9, when a fourth writer's 200 questions joined (dev 454 -> 557, test 248 -> 345): on
# the library, dev 86% / 98% / 86% with 20 confident wrong, test 73% / 93% / 69% with 26.
# Rebased in round 12, when a seventh writer's 138 joined (dev 703 -> 777, test 483 -> 547):
# through the server, dev 90% / 98% / 89% with 17, test 80% / 93% / 79% with 27.
# Rebased in round 13, when an eighth writer's 138, a ninth's 61 and a tenth's 76 follow-ups (the
# last two dev only) joined (dev 777 -> 984, test 547 -> 615): through the server, dev 92% / 97% /
# 91% with 22 (fresh follow-ups the article doesn't answer are the weakest kind), test 82% / 94% /
# 80% with 26.
# Rebased in round 14, when an eleventh writer's 187 and a twelfth's 151 (70 of them follow-ups)
# joined (dev 984 -> 1153, test 615 -> 783): through the server, dev 90% / 97% / 91% with 36,
# test 81% / 93% / 78% with 47.
# Rebased in round 15, when a thirteenth writer's 188 (75 follow-ups) joined (dev 1153 -> 1253,
# test 783 -> 871): through the server, dev 90% / 97% / 90% with 42, test 81% / 92% / 78% with 54.
# Rebased in round 16, when a fourteenth writer's 210 (63 follow-ups) joined (dev 1253 -> 1366,
# test 871 -> 968): through the server, dev 91% / 96% / 90% with 46, test 81% / 93% / 77% with 62
# (the new writer's test half alone brought 9 of them).
# Rebased in round 18, when a sixteenth writer's 184 joined (dev 1474 -> 1571, test 1058 -> 1145;
# its halves alone brought 6 and 6): through the server, dev 89% / 96% / 89% with 54, test 82% /
# 92% / 76% with 72.
# Rebased in round 19, when a seventeenth writer's 186 joined (dev 1571 -> 1670, test 1145 -> 1232;
# on round 18's code its halves alone brought 4 and 12): through the server, dev 89% / 96% / 90%
# with 57, test 81% / 91% / 75% with 84.
# Rebased in round 20, when an eighteenth writer's 167 joined (dev 1670 -> 1762, test 1232 ->
# 1307; its test half alone brought 4 on the library): through the server, dev 90% / 96% / 91%
# with 58, test 83% / 92% / 76% with 85.
# Rebased in round 22, when a twentieth writer's 181 joined (dev 1860 -> 1954, test 1396 -> 1483;
# on round 21's last code its halves alone brought 7 and 4 on the library): through the server,
# dev 90% / 97% / 92% with 62, test 83% / 92% / 76% with 92.
# Rebased in round 24, when a twenty-second writer's 159 joined (dev 2042 -> 2125, test 1561 ->
# 1637): round 23's last code on the merged file, through the server, brought dev 67 and test 96;
# round 24's brings 64 and 95.
# Rebased in round 25, when a twenty-third writer's 147 joined (dev 2125 -> 2206, test 1637 ->
# 1703): round 24's last code on the merged file, through the server, brought dev 71 and test 100;
# round 25's brings 69 and 100.
# Rebased in round 26, when a twenty-fourth writer's 155 joined (dev 2206 -> 2290, test 1703 ->
# 1774): round 25's last code on the merged file, through the server, brought dev 74 and test 108;
# round 26's brings 69 and 103.
# Rebased in round 27, when a twenty-fifth writer's 141 joined (dev 2290 -> 2359, test 1774 ->
# 1846; its test half alone brought 3 wrong and 2 confident wrong on the library): round 27's code
# on the merged file, through the server, brings dev 73 and test 108 (on the library, round 26's
# last code gives the same answer to every question of the merged file).
FLOORS = {"dev": (0.87, 0.94, 0.87), "test": (0.78, 0.89, 0.73)}
MOST_CONFIDENT_WRONG = {"dev": 73, "test": 108}


@pytest.mark.parametrize("split", ["dev", "test"])
def test_questions_from_outside_through_the_server(bot, split, capsys):
    def ask(turns: list[str]) -> str:
        reader = f"accuracy-{uuid.uuid4().hex[:10]}"
        reply = ""
        for turn in turns:
            reply = bot.text(reader, turn)
        return reply

    results = evaluate(load_items(split=split), ask)
    with capsys.disabled():
        print(f"\naccuracy through the Rasa server:\n{table(results)}")
    answerable = [r for r in results if r["answerable"]]
    unanswerable = [r for r in results if not r["answerable"]]
    follow_ups = [r for r in results if r["follow_up"]]
    right = sum(r["grade"] == "right" for r in answerable) / len(answerable)
    honest = sum(r["grade"] == "honest" for r in unanswerable) / len(unanswerable)
    followed = sum(r["grade"] in ("right", "honest") for r in follow_ups) / len(follow_ups)
    reached = (right, honest, followed)
    assert all(got >= floor for got, floor in zip(reached, FLOORS[split])), reached
    confident_wrong = sum(r["grade"] in ("wrong", "confident_wrong") for r in results)
    assert confident_wrong <= MOST_CONFIDENT_WRONG[split]
