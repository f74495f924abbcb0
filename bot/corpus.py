"""A seeded synthetic corpus of readers' answers around planted arguments, for themes' tests and bench."""
from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta, timezone
from typing import Any

from bot.prompts import prompts

PROMPT_ID = "europe_response"

# Five arguments readers make about Europe's defence, each in several paraphrases (different
# words for the same point, as real readers write it). The stance each side takes with it varies:
# "nato" is made by both sides, the common ground the themes should find.
ARGUMENTS: dict[str, dict[str, Any]] = {
    "cost": {
        "stances": {"agree": 0.8, "mixed": 0.1, "unsure": 0.1},
        "claims": [
            "American taxpayers have paid for Europe's security for decades",
            "US taxpayers should not keep footing the bill for European defense",
            "why should Americans pay to defend rich countries like Germany",
            "Europe is rich enough to pay for its own army",
            "the bill for European security should not land on American taxpayers",
            "rich European countries can afford to pay for their own defense budgets",
            "we pay too much for Europe, they spend on welfare while our taxpayers fund their army",
            "Germany and France are wealthy and should pay their fair share",
        ],
    },
    "russia": {
        "stances": {"agree": 0.45, "disagree": 0.35, "mixed": 0.2},
        "claims": [
            "Putin will not stop at Ukraine, the Baltic states are next",
            "Russia is the real threat on Europe's doorstep",
            "the Kremlin will test the borders of Poland and the Baltics",
            "Putin wants to rebuild the Russian empire",
            "Russian tanks in Ukraine show what Moscow is ready to do",
            "a Russian attack on the Baltics is a real danger after Ukraine",
            "Moscow only respects strength, Putin invaded Ukraine twice",
        ],
    },
    "nato": {
        "stances": {"agree": 0.4, "disagree": 0.4, "mixed": 0.2},
        "claims": [
            "NATO has kept the peace since 1949 and the alliance must stay united",
            "splitting the alliance is exactly what the enemies of NATO want",
            "the transatlantic alliance is stronger when allies stand together",
            "NATO allies need each other, article 5 only works if the alliance holds",
            "the alliance between Europe and America is what deters war",
            "breaking up NATO would be a gift to its adversaries, allies must stay together",
            "trust between allies is what makes NATO work",
        ],
    },
    "china": {
        "stances": {"agree": 0.75, "mixed": 0.15, "unsure": 0.1},
        "claims": [
            "the US needs its forces in the Pacific to deal with China",
            "China is the bigger long term challenge, not Europe",
            "Beijing and Taiwan matter more to American security now",
            "the navy should focus on the Pacific and the rise of China",
            "America should move its troops to Asia to contain China",
            "China's military buildup near Taiwan is the threat that matters",
        ],
    },
    "capacity": {
        "stances": {"disagree": 0.6, "mixed": 0.25, "unsure": 0.15},
        "claims": [
            "Europe cannot build an army overnight, it takes years to make enough weapons",
            "European factories cannot produce enough ammunition and shells",
            "their militaries lack airlift, satellites and enough ammunition",
            "it would take a decade to rebuild European arms production",
            "Europe does not have the weapons industry or the shells to fight a long war",
            "building tanks, shells and factories takes years Europe does not have",
        ],
    },
}

OPENERS = {
    "agree": ["I agree.", "Yes,", "Absolutely!", "Definitely yes.", "Agree 100%.", "yes because",
              "I'm for it,", "Totally agree, ", "I support it:"],
    "disagree": ["I disagree.", "No way.", "No,", "Strongly against it.", "I don't agree,",
                 "Nope.", "Disagree:", "I'm against it because"],
    "mixed": ["It depends.", "Partly,", "Mixed feelings.", "On the one hand yes, but",
              "A bit of both:", "somewhat,"],
    "unsure": ["Not sure.", "I don't know,", "Hard to say.", "idk, maybe", "Honestly unsure,"],
}
# Words that belong to no argument, added to some answers the way readers ramble.
ASIDES = [
    "I read the whole article.", "My dad served in the army.", "Just my two cents.",
    "Good question.", "This is complicated.", "I've thought about this a lot.", "lol",
    "Thanks for asking.", "The news is depressing.", "Time will tell.", "Interesting read.",
    "I live in Ohio.", "My cousin lives in Spain.", "We'll see what happens.",
]
NO_ARGUMENT = ["yes", "no", "I agree", "disagree", "idk", "not sure", "Yes!", "no way",
               "absolutely", "dunno"]
BRIGADE = "Europe must pay for its own defense, American taxpayers are done paying for it!"
BRIGADE_COPIES = 20


def _typo(word: str, rng: random.Random) -> str:
    """One slip of the keyboard: a letter dropped, doubled or swapped with its neighbour."""
    if len(word) < 5 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 2)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1:]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def _mess(text: str, rng: random.Random, rate: float = 0.08) -> str:
    words = [_typo(w, rng) if rng.random() < rate else w for w in text.split()]
    text = " ".join(words)
    return text.lower() if rng.random() < 0.2 else text


def _pick(weights: dict[str, float], rng: random.Random) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def corpus(answers: int = 400, seed: int = 13, brigade: bool = True,
           no_argument: int = 10) -> list[tuple[dict[str, Any], str]]:
    """Export-format rows for one prompt, each with the argument it was written around.

    About `answers` answers spread over the ARGUMENTS, plus `no_argument` bare stances (planted
    as "none") and, with `brigade`, BRIGADE_COPIES copies of one "cost" text from as many
    sessions. The same seed gives the same rows.
    """
    rng = random.Random(seed)
    prompt = prompts()[PROMPT_ID].text
    start = datetime(2026, 11, 1, tzinfo=timezone.utc)
    planned: list[tuple[str, str, str | None, str | None]] = []  # argument, opinion, reason, stance
    names = list(ARGUMENTS)
    for n in range(answers):
        name = names[n % len(names)] if n < len(names) * 4 else rng.choice(names)
        argument = ARGUMENTS[name]
        stance = _pick(argument["stances"], rng)
        claim, other = rng.sample(argument["claims"], 2)
        parts = [rng.choice(OPENERS[stance]), _mess(claim, rng)]
        if rng.random() < 0.3:
            parts.insert(rng.choice([0, 2]), rng.choice(ASIDES))
        opinion = " ".join(parts)
        reason = _mess(other, rng) if rng.random() < 0.6 else None
        planned.append((name, opinion, reason, None if rng.random() < 0.1 else stance))
    planned += [("none", rng.choice(NO_ARGUMENT), None, rng.choice([None, "agree", "disagree"]))
                for _ in range(no_argument)]
    if brigade:
        planned += [("cost", BRIGADE, None, "agree")] * BRIGADE_COPIES
    rng.shuffle(planned)
    rows = []
    for n, (name, opinion, reason, stance) in enumerate(planned, start=1):
        moment = (start + timedelta(minutes=7 * n, seconds=n % 60)).isoformat()
        rows.append(({
            "id": n, "session_id": f"synthetic-{seed}-{n}", "channel": "socketio",
            "prompt_id": PROMPT_ID, "prompt": prompt, "opinion": opinion, "reason": reason,
            "stance": stance, "created_at": moment, "updated_at": moment,
        }, name))
    return rows


def main() -> None:
    """Print the corpus as JSON Lines, ready for `discuss opinions import`."""
    answers = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    for row, _ in corpus(answers):
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
