"""Themes of a prompt's answers: what readers argue, how many, with which stances, in whose words."""
from __future__ import annotations

import re
import textwrap
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Iterator

import numpy as np
from scipy.sparse import hstack
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import normalize
from sqlalchemy import distinct as sql_distinct, func, select
from sqlalchemy.orm import Session

from bot import review
from bot.prompts import STANCES
from bot.store import Opinion

MAX_ANSWERS = 10_000  # a prompt's newest answers that are grouped; more only adds time, not themes
SEED = 13  # every random choice (SVD, k-means, silhouette's sample) is seeded: same data, same themes
MIN_ANSWERS = 8  # fewer distinct answers with an argument: no themes, and we say so
MAX_AUTO_K = 8  # --k auto tries 2..8 themes: more than 8 is no longer a summary
MIN_COPIES = 3  # the same words from this many sessions are counted once and flagged (a brigade?)
BRIGADE_WORDS = 6  # ... if they are this many words or more: many readers may say "Putin lies"
QUOTES = 3
# Tuned on the synthetic corpus (bot/corpus.py, seeds 1-10): the silhouette rises to the planted
# five arguments and then wanders within about 0.015; the highest alone picked 6-8 themes.
K_TOLERANCE = 0.02
SVD_COMPONENTS = 50
SAMPLE = 2000  # auto-k tries each k on a seeded sample this big (silhouette is quadratic)
# A theme is common ground when its less common side (agree or disagree) still has this share of
# the answers that took a side, and at least COMMON_MIN of them.
COMMON_SHARE = 0.25
COMMON_MIN = 2

# Words that say a stance or fill a sentence carry no argument: without them, "I agree, NATO keeps
# the peace" and "No way, NATO keeps the peace" are the same theme, as they should be.
STANCE_WORDS = {
    "agree", "agreed", "disagree", "yes", "yeah", "yep", "no", "nope", "nah", "sure", "unsure",
    "absolutely", "definitely", "totally", "strongly", "maybe", "idk", "dunno", "depends",
    "partly", "somewhat", "mixed", "honestly", "think", "believe", "opinion", "feel", "feelings",
    "really", "just", "way", "support", "oppose", "favor", "favour", "hard", "say", "know",
    "don", "doesn", "isn", "won", "lol", "bit", "hand", "100", "im", "ll", "ve", "question",
    "because", "bc", "cuz", "cause", "like", "things", "thing", "good", "bad", "right", "wrong",
    "does", "did", "doing", "lot", "lots",
}
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS | STANCE_WORDS)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")  # letters and digits of any script; "nato's"


@dataclass
class Answer:
    id: int
    opinion: str
    reason: str | None
    stance: str | None
    session_id: str = ""

    @property
    def text(self) -> str:
        """The opinion and, when it adds something, the reason: what the reader argued."""
        reason = (self.reason or "").strip()
        if reason and reason.lower() not in self.opinion.lower():
            return f"{self.opinion} {reason}"
        return self.opinion


@dataclass
class Quote:
    id: int
    opinion: str
    reason: str | None


@dataclass
class Brigade:
    """The same words from several sessions: counted once, shown to the moderator."""

    text: str
    ids: list[int]
    sessions: int
    theme: int | None = None  # index in Themes.themes


@dataclass
class Theme:
    label: str
    terms: list[str]
    size: int  # distinct answers: a brigade's copies count once
    share: float  # of the prompt's themed answers
    stances: Counter  # stance (or "none") -> distinct answers
    common_ground: bool
    quotes: list[Quote]
    members: list[int]  # every answer's id, copies included


@dataclass
class Themes:
    answers: int  # every answer read for the prompt
    themed: int  # distinct answers with an argument, grouped into themes
    k: int | None = None
    k_chosen: str = ""  # "auto, silhouette 0.31" or "asked"
    themes: list[Theme] = field(default_factory=list)
    no_argument: list[int] = field(default_factory=list)  # ids of bare stances: "yes", "idk"
    brigades: list[Brigade] = field(default_factory=list)
    note: str = ""  # why there are no themes, when there are none


def words(text: str) -> list[str]:
    """The words that can carry an argument: lower case, no accents, no stance or filler words."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return [w for w in (m.split("'")[0] for m in _WORD.findall(plain))
            if w not in STOP_WORDS and len(w) > 1]


def _duplicate_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _stance(answer: Answer) -> str:
    return answer.stance if answer.stance in STANCES else "none"


def find_themes(answers: list[Answer], k: int | str = "auto", seed: int = SEED) -> Themes:
    """Group one prompt's answers into themes (k-means over TF-IDF of words and of letter
    n-grams, which forgive typos, reduced by SVD), labelled with their most distinctive words."""
    answers = sorted(answers, key=lambda a: a.id)  # the same themes whatever order rows came in
    result = Themes(answers=len(answers), themed=0)
    content: dict[int, list[str]] = {}
    for answer in answers:
        kept = words(answer.text)
        if kept:
            content[answer.id] = kept
        else:
            result.no_argument.append(answer.id)

    # Identical words (BRIGADE_WORDS or more) from MIN_COPIES sessions or more: one answer, and
    # a flag.
    groups: dict[str, list[Answer]] = {}
    for answer in answers:
        if answer.id in content:
            groups.setdefault(_duplicate_key(answer.text), []).append(answer)
    distinct: list[list[Answer]] = []  # each entry: one answer, or a brigade's copies
    for key, copies in groups.items():
        sessions = len({a.session_id for a in copies})
        if sessions >= MIN_COPIES and len(key.split()) >= BRIGADE_WORDS:
            distinct.append(copies)
            result.brigades.append(Brigade(copies[0].text, [a.id for a in copies], sessions))
        else:
            distinct.extend([a] for a in copies)
    distinct.sort(key=lambda copies: copies[0].id)
    result.themed = len(distinct)
    if len(distinct) < MIN_ANSWERS:
        result.note = (f"{review.plural(len(distinct), 'distinct answer')} with an argument: "
                       f"too few for themes (at least {MIN_ANSWERS})")
        return result

    documents = [" ".join(content[copies[0].id]) for copies in distinct]
    by_word = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                              token_pattern=r"\S+")
    by_letters = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4), min_df=2,
                                 sublinear_tf=True)
    try:
        word_matrix = by_word.fit_transform(documents)
        matrix = hstack([word_matrix, by_letters.fit_transform(documents)]).tocsr()
        if matrix.shape[1] < 2:
            raise ValueError("one feature")
    except ValueError:  # no word or n-gram shared by two answers: nothing to group
        result.note = "no two answers share a word"
        return result
    components = min(SVD_COMPONENTS, matrix.shape[1] - 1, len(distinct) - 1)
    points = normalize(TruncatedSVD(components, random_state=seed).fit_transform(matrix))

    # k-means can't make more groups than there are different points (answers that differ only
    # in words no other answer uses end up on the same point).
    different = len(np.unique(points.round(6), axis=0))
    if k == "auto":
        labels, result.k, score = _best_k(points, different, seed)
        result.k_chosen = f"auto, silhouette {score:.2f}"
    else:
        result.k = max(1, min(int(k), different))
        labels = _kmeans(points, result.k, seed).labels_
        result.k_chosen = "asked"

    vocabulary = by_word.get_feature_names_out()
    overall = np.asarray(word_matrix.mean(axis=0)).ravel()
    themes = []
    for cluster in range(result.k):
        rows = np.flatnonzero(labels == cluster)
        if not len(rows):
            continue
        inside = np.asarray(word_matrix[rows].mean(axis=0)).ravel()
        terms = _label_terms(inside - overall, inside, vocabulary)
        centre = points[rows].mean(axis=0)
        closest = rows[np.argsort(-(points[rows] @ centre), kind="stable")]
        # A suspected brigade's words shouldn't speak for a theme: they are quoted last.
        closest = sorted(closest, key=lambda i: len(distinct[i]) > 1)
        stances = Counter(_stance(distinct[i][0]) for i in rows)
        members = sorted(a.id for i in rows for a in distinct[i])
        themes.append(Theme(
            label=" · ".join(terms) or "(no shared words)", terms=terms, size=len(rows),
            share=len(rows) / len(distinct), stances=stances,
            common_ground=is_common_ground(stances),
            quotes=[Quote(distinct[i][0].id, distinct[i][0].opinion, distinct[i][0].reason)
                    for i in closest[:QUOTES]],
            members=members,
        ))
    themes.sort(key=lambda t: (-t.size, t.members[0]))
    result.themes = themes
    theme_of = {member: n for n, theme in enumerate(themes) for member in theme.members}
    for brigade in result.brigades:
        brigade.theme = theme_of.get(brigade.ids[0])
    return result


def _kmeans(points: np.ndarray, k: int, seed: int) -> KMeans:
    return KMeans(n_clusters=k, n_init=4, random_state=seed).fit(points)


def _best_k(points: np.ndarray, different: int, seed: int) -> tuple[np.ndarray, int, float]:
    """The fewest themes (k in 2..MAX_AUTO_K) whose k-means silhouette (cosine) is within
    K_TOLERANCE of the best: past the true number of arguments the score levels off, and a split
    that barely raises it is one argument in two wordings, not two arguments.

    Each k is tried on a seeded sample of SAMPLE answers (all of them, when fewer): k-means for
    7 values of k over 10,000 answers was half of the time at that size; only the chosen k is
    then fitted on every answer."""
    sample = points
    if len(points) > SAMPLE:
        sample = points[np.random.default_rng(seed).choice(len(points), SAMPLE, replace=False)]
    scored: list[tuple[int, float]] = []
    for k in range(2, min(MAX_AUTO_K, different - 1) + 1):
        labels = _kmeans(sample, k, seed).labels_
        if len(set(labels)) < 2:
            continue
        scored.append((k, float(silhouette_score(sample, labels, metric="cosine"))))
    if not scored:
        return np.zeros(len(points), dtype=int), 1, 0.0
    best = max(score for _, score in scored)
    k, score = next(item for item in scored if item[1] >= best - K_TOLERANCE)
    return _kmeans(points, k, seed).labels_, k, score


def _label_terms(distinctive: np.ndarray, inside: np.ndarray, vocabulary: np.ndarray,
                 count: int = 3) -> list[str]:
    """Up to `count` of the theme's most distinctive words or phrases, a phrase replacing the
    words it contains."""
    chosen: list[str] = []
    for index in np.argsort(-distinctive, kind="stable")[:20]:
        if inside[index] <= 0 or distinctive[index] <= 0:
            break
        term = str(vocabulary[index])
        if term in chosen or any(term in other.split() for other in chosen):
            continue  # already said, or part of a phrase already picked
        if " " in term:  # a phrase covers the single words already picked from it
            chosen = [other for other in chosen if other not in term.split()]
        chosen.append(term)
        if len(chosen) == count:
            break
    return chosen


def is_common_ground(stances: Counter) -> bool:
    """Readers who agree and readers who disagree both make this argument in numbers."""
    agree, disagree = stances["agree"], stances["disagree"]
    sided = agree + disagree
    return sided > 0 and min(agree, disagree) >= max(COMMON_MIN, COMMON_SHARE * sided)


# --- reading the log -------------------------------------------------------------------------

@dataclass
class PromptAnswers:
    prompt_id: str
    prompt: str
    total: int  # every matching answer; `answers` holds the newest MAX_ANSWERS of them
    answers: list[Answer]


def prompt_answers(session: Session, filters: review.Filters | None = None,
                   limit: int = MAX_ANSWERS) -> Iterator[PromptAnswers]:
    """Each prompt's matching answers (its newest `limit`), prompt by prompt in prompts.yml's
    order, so only one prompt's answers are in memory at a time."""
    filters = filters or review.Filters()
    prompt_ids = session.scalars(filters.apply(select(sql_distinct(Opinion.prompt_id))))
    for prompt_id in review.prompt_order(list(prompt_ids)):
        one = filters.apply(select(Opinion.id)).where(Opinion.prompt_id == prompt_id)
        total = session.scalar(select(func.count()).select_from(one.subquery())) or 0
        rows = session.execute(
            filters.apply(select(Opinion.id, Opinion.opinion, Opinion.reason, Opinion.stance,
                                 Opinion.session_id, Opinion.prompt))
            .where(Opinion.prompt_id == prompt_id)
            .order_by(Opinion.created_at.desc(), Opinion.id.desc()).limit(limit)
        ).all()
        if rows:
            yield PromptAnswers(prompt_id, rows[0].prompt, total,
                                [Answer(r.id, r.opinion, r.reason, r.stance, r.session_id)
                                 for r in rows])


# --- layouts ---------------------------------------------------------------------------------

def stance_mix(stances: Counter) -> str:
    return " · ".join(f"{name} {stances[name]}" for name in review.STANCE_COLUMNS
                      if stances[name])


def quote_text(quote: Quote) -> str:
    """The reader's words as one line: the opinion, and the reason when it adds something."""
    opinion = review.one_line(quote.opinion)
    reason = review.one_line(quote.reason)
    if reason and reason.lower() not in opinion.lower():
        return f'"{opinion}" — "{reason}"'
    return f'"{opinion}"'


def _fill(text: str, width: int, first: str, rest: str, lines: int = 3) -> list[str]:
    wrapped = textwrap.wrap(text, width - len(rest), max_lines=lines, placeholder=" …") or [""]
    return [review.cut((first if n == 0 else rest) + line, width)
            for n, line in enumerate(wrapped)]


def _ids(ids: list[int], shown: int = 6) -> str:
    head = ", ".join(f"#{i}" for i in ids[:shown])
    return head + (f" and {len(ids) - shown} more" if len(ids) > shown else "")


def format_themes(found: PromptAnswers, themes: Themes, width: int = 80) -> str:
    """One prompt's themes for the terminal, at most 80 columns wide."""
    width = min(width, 80)
    heading = f"{found.prompt_id}: {review.plural(found.total, 'answer')}"
    if found.total > len(found.answers):
        heading += f", themes of the newest {len(found.answers):,}"
    if themes.themes:
        heading += f", {review.plural(len(themes.themes), 'theme')} ({themes.k_chosen})"
    out = [review.cut(review.one_line(heading), width)]
    out += _fill(review.one_line(found.prompt), width, "  ", "  ")
    if not themes.themes:
        out += ["", f"  No themes: {themes.note}."]
    for n, theme in enumerate(themes.themes, start=1):
        size = f"{review.plural(theme.size, 'answer')} ({theme.share:.0%})"
        room = width - len(size) - 2
        label = review.cut(f"{n}. {review.one_line(theme.label)}", room)
        out += ["", label + " " * (room - review.cells(label)) + "  " + size]
        mix = "   " + stance_mix(theme.stances)
        if theme.common_ground:
            mix += "   COMMON GROUND"  # argued by readers who agree and who disagree
        out.append(review.cut(mix, width))
        for quote in theme.quotes:
            tag = f"#{quote.id} "
            out += _fill(quote_text(quote), width, "   " + tag, "   " + " " * len(tag))
    if themes.no_argument:
        out += ["", review.cut(f"Only a stance, no argument: {len(themes.no_argument)} "
                               f"({_ids(themes.no_argument)})", width)]
    shown = sorted(themes.brigades, key=lambda b: (-len(b.ids), b.ids[0]))
    for brigade in shown[:5]:
        where = f"in theme {brigade.theme + 1}" if brigade.theme is not None else "not themed"
        out += [""] + _fill(
            f"Possible brigade: the same words from {brigade.sessions} sessions, counted once "
            f'({where}): "{review.one_line(brigade.text)}" {_ids(brigade.ids, 4)}',
            width, "", "  ")
    if len(shown) > 5:
        out.append(f"  ... and {len(shown) - 5} more repeated texts (--format json lists them)")
    return "\n".join(out)


def as_json(found: PromptAnswers, themes: Themes) -> dict[str, Any]:
    """One prompt's themes for machines: every member's id, quotes with their ids."""
    return {
        "prompt_id": found.prompt_id, "prompt": found.prompt, "answers": found.total,
        "grouped": len(found.answers), "themed": themes.themed, "k": themes.k,
        "k_chosen": themes.k_chosen, "note": themes.note or None,
        "themes": [{
            "label": t.label, "terms": t.terms, "size": t.size, "share": round(t.share, 4),
            "stances": {name: t.stances[name] for name in review.STANCE_COLUMNS},
            "common_ground": t.common_ground,
            "quotes": [asdict(q) for q in t.quotes],
            "members": t.members,
        } for t in themes.themes],
        "no_argument": themes.no_argument,
        "brigades": [asdict(b) for b in themes.brigades],
    }
