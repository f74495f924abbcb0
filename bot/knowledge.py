"""Answer readers' questions from the article: match known facts, else search its sentences."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from bot import config

# A reader's question must look this much like a fact's example question (cosine similarity of
# word and character n-grams, 0..1) to be answered with it. Tuned on tests/heldout_questions.yml:
# below 0.35 unrelated questions start to match by shared filler words.
FACT_THRESHOLD = 0.35
# Character similarity above which a question counts as a misspelling of an example.
TYPO_CHARS = 0.6
# A sentence of the article must share this much with the question to be offered as a passage.
PASSAGE_THRESHOLD = 0.30

# Words that carry no meaning for matching a question to a fact.
FILLER = {
    "a", "an", "the", "is", "are", "was", "were", "be", "do", "does", "did", "of", "in", "on",
    "to", "for", "and", "or", "it", "its", "this", "that", "what", "whats", "who", "whom",
    "which", "how", "why", "where", "me", "tell", "about", "article", "can", "you", "i", "please", "according", "mention", "mentioned", "story", "piece",
    "text", "there", "any", "anything", "by", "with", "from", "as", "at",
}


# Abbreviations and spellings readers use, mapped to the article's words.
SYNONYMS = {
    "aei": "american enterprise institute", "zelenskyy": "zelensky", "usa": "us",
    "america": "us", "american": "us", "russian": "russia", "ukrainian": "ukraine",
}


@dataclass(frozen=True)
class Fact:
    id: str
    answer: str
    quote: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Unknown:
    says: str
    see: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    """What the article offers for a question: a fact, an unknown, a passage, or nothing."""

    kind: str  # "fact", "unknown", "passage" or "none"
    score: float
    fact: Fact | None = None
    unknown: Unknown | None = None
    passage: str | None = None


@dataclass
class Knowledge:
    facts: dict[str, Fact]
    unknowns: list[Unknown]
    sentences: list[str]
    _labels: list[tuple[str, int]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        examples: list[str] = []
        for fact in self.facts.values():
            for question in fact.questions:
                examples.append(question)
                self._labels.append(("fact", fact.id))
        for index, unknown in enumerate(self.unknowns):
            for question in unknown.questions:
                examples.append(question)
                self._labels.append(("unknown", index))
        self._words = TfidfVectorizer(
            preprocessor=normalize, token_pattern=r"[a-z0-9]+", ngram_range=(1, 2),
            sublinear_tf=True,
        )
        self._chars = TfidfVectorizer(
            preprocessor=normalize, analyzer="char_wb", ngram_range=(3, 4), sublinear_tf=True
        )
        self._word_matrix = self._words.fit_transform(examples)
        self._char_matrix = self._chars.fit_transform(examples)
        self._passages = TfidfVectorizer(
            preprocessor=normalize, token_pattern=r"[a-z0-9]+", sublinear_tf=True
        )
        self._passage_matrix = self._passages.fit_transform(self.sentences)

    def match(self, question: str) -> Match:
        """Find what the article says about `question`."""
        if not normalize(question):
            return Match("none", 0.0)
        words = cosine_similarity(self._words.transform([question]), self._word_matrix)[0]
        chars = cosine_similarity(self._chars.transform([question]), self._char_matrix)[0]
        scores = 0.5 * words + 0.5 * chars
        # A typo shares no whole word with any example, so a close spelling alone may carry it.
        scores = np.where(chars >= TYPO_CHARS, np.maximum(scores, 0.8 * chars), scores)
        best = int(scores.argmax())
        score = float(scores[best])
        if score >= FACT_THRESHOLD:
            kind, key = self._labels[best]
            if kind == "fact":
                return Match("fact", score, fact=self.facts[key])
            return Match("unknown", score, unknown=self.unknowns[key])
        return self.search_passages(question)

    def search_passages(self, question: str) -> Match:
        """The article sentence closest to `question`, if close enough."""
        similarity = cosine_similarity(
            self._passages.transform([question]), self._passage_matrix
        )[0]
        best = int(similarity.argmax())
        score = float(similarity[best])
        if score >= PASSAGE_THRESHOLD:
            return Match("passage", score, passage=self.sentences[best])
        return Match("none", score)


def normalize(text: str) -> str:
    """Lower case, straight apostrophes, no filler words: what matching compares."""
    text = text.lower().replace("’", "'").replace("'s", "")
    words = [SYNONYMS.get(word, word) for word in re.findall(r"[a-z0-9]+", text)]
    meaningful = [word for word in words if word not in FILLER]
    return " ".join(meaningful or words)


def split_sentences(article: str) -> list[str]:
    """The article's sentences, verbatim; headings (lines without a full stop) are dropped."""
    sentences = []
    for line in article.splitlines():
        line = line.strip()
        if not line or line[-1] not in ".?!”":
            continue
        sentences.extend(part for part in re.split(r"(?<=[.?!])\s+(?=[A-Z“])", line) if part)
    return sentences


def load(facts_path: Path, article_path: Path) -> Knowledge:
    data = yaml.safe_load(facts_path.read_text(encoding="utf-8"))
    facts = {
        item["id"]: Fact(item["id"], item["answer"], item["quote"], tuple(str(q) for q in item["questions"]))
        for item in data["facts"]
    }
    unknowns = [
        Unknown(item["says"], item["see"], tuple(str(q) for q in item["questions"])) for item in data["unknowns"]
    ]
    article = article_path.read_text(encoding="utf-8")
    return Knowledge(facts, unknowns, split_sentences(article))


@lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    """The project's knowledge, loaded once per process on first use."""
    return load(config.FACTS_PATH, config.ARTICLE_PATH)


# --- replies: how a Match is put to the reader -----------------------------------------------

COVERS = "who is quoted, what critics and supporters say, what Europe fears, or the numbers it gives"


def quoted(text: str) -> str:
    return f'From the article: "{text}"'


def reply_for(match: Match, facts: dict[str, Fact]) -> str:
    """The reader-facing answer for a match; every quotation in it is verbatim article text."""
    if match.kind == "fact":
        return f"{match.fact.answer}\n{quoted(match.fact.quote)}"
    if match.kind == "unknown":
        nearest = facts[match.unknown.see]
        return (
            f"The article doesn't say {match.unknown.says}. What it does say: {nearest.answer}\n"
            f"{quoted(nearest.quote)}"
        )
    if match.kind == "passage":
        return (
            "The article doesn't answer that directly. The closest it comes is this passage:\n"
            f"{quoted(match.passage)}"
        )
    return f"The article doesn't say anything about that. Ask me about {COVERS}."


def answer(question: str) -> str:
    """Answer a question from the article, or say plainly that the article doesn't say."""
    known = knowledge()
    return reply_for(known.match(question), known.facts)
