"""TF-IDF cosine similarity of a question to a fixed set of texts, with numpy alone.

The vectors are scikit-learn's TfidfVectorizer(sublinear_tf=True) with its other defaults (smooth
idf, l2 norm), for the two analyzers bot.knowledge uses: word n-grams and char_wb n-grams.
Written here so that the action server, which answers questions asked inside a discussion
prompt, doesn't import scikit-learn and scipy: 43 MB of its 105 MB (docs/benchmarks.md).
tests/test_tfidf.py checks the scores against scikit-learn's on every evaluation question.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Callable

import numpy as np

Analyzer = Callable[[str], list[str]]

_WHITE_SPACES = re.compile(r"\s\s+")


def word_ngrams(preprocess: Callable[[str], str], token_pattern: str,
                ngram_range: tuple[int, int] = (1, 1)) -> Analyzer:
    """TfidfVectorizer(analyzer="word")'s terms: tokens of the preprocessed text, then n-grams."""
    find_tokens = re.compile(token_pattern).findall
    low, high = ngram_range

    def analyze(text: str) -> list[str]:
        tokens = find_tokens(preprocess(text))
        terms = list(tokens) if low == 1 else []
        for n in range(max(low, 2), high + 1):
            terms.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
        return terms

    return analyze


def char_wb_ngrams(preprocess: Callable[[str], str], ngram_range: tuple[int, int]) -> Analyzer:
    """TfidfVectorizer(analyzer="char_wb")'s terms: character n-grams inside padded words."""
    low, high = ngram_range

    def analyze(text: str) -> list[str]:
        terms = []
        for word in _WHITE_SPACES.sub(" ", preprocess(text)).split():
            word = f" {word} "
            for n in range(low, high + 1):
                terms.extend(word[i:i + n] for i in range(max(1, len(word) - n + 1)))
                if len(word) <= n:  # a word shorter than n is one term, counted once
                    break
        return terms

    return analyze


class TfidfIndex:
    """The texts' TF-IDF vectors, stored by term; `scores` gives a question's cosine to each."""

    def __init__(self, texts: list[str], analyze: Analyzer) -> None:
        self.analyze = analyze
        self.size = len(texts)
        counts = [Counter(analyze(text)) for text in texts]
        self.vocabulary: dict[str, int] = {}
        for count in counts:
            for term in count:
                self.vocabulary.setdefault(term, len(self.vocabulary))
        frequency = np.zeros(len(self.vocabulary))
        for count in counts:
            for term in count:
                frequency[self.vocabulary[term]] += 1
        self.idf = np.log((1 + self.size) / (1 + frequency)) + 1
        postings: list[list[tuple[int, float]]] = [[] for _ in self.vocabulary]
        for row, count in enumerate(counts):
            for term, weight in self._weights(count).items():
                postings[term].append((row, weight))
        # For each term, the texts using it and its weight in each.
        self._rows = [np.array([row for row, _ in entries], dtype=np.int64) for entries in postings]
        self._weights_of = [np.array([w for _, w in entries]) for entries in postings]

    def _weights(self, count: Counter) -> dict[int, float]:
        """Sublinear tf times idf, l2-normalised, over the terms the index knows."""
        weights = {self.vocabulary[term]: (1 + math.log(n)) * self.idf[self.vocabulary[term]]
                   for term, n in count.items() if term in self.vocabulary}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        return {term: w / norm for term, w in weights.items()} if norm else {}

    def scores(self, text: str) -> np.ndarray:
        """Cosine similarity of `text` to every indexed text, in their order."""
        result = np.zeros(self.size)
        for term, weight in self._weights(Counter(self.analyze(text))).items():
            result[self._rows[term]] += weight * self._weights_of[term]
        return result
