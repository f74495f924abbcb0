"""bot.tfidf gives scikit-learn's TF-IDF cosines, and keeps scikit-learn out of the action server."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from bot import config
from bot.accuracy import load_items
from bot.knowledge import TOKEN, content, knowledge, normalize
from bot.tfidf import TfidfIndex, char_wb_ngrams, word_ngrams

ANALYZERS = {
    "word 1-2": (dict(preprocessor=normalize, token_pattern=TOKEN, ngram_range=(1, 2)),
                 word_ngrams(normalize, TOKEN, (1, 2))),
    "word 1": (dict(preprocessor=normalize, token_pattern=TOKEN),
               word_ngrams(normalize, TOKEN)),
    "content 1-2": (dict(preprocessor=content, token_pattern=TOKEN, ngram_range=(1, 2)),
                    word_ngrams(content, TOKEN, (1, 2))),
    "char_wb 3-4": (dict(preprocessor=normalize, analyzer="char_wb", ngram_range=(3, 4)),
                    char_wb_ngrams(normalize, (3, 4))),
    "char_wb 2-5": (dict(preprocessor=normalize, analyzer="char_wb", ngram_range=(2, 5)),
                    char_wb_ngrams(normalize, (2, 5))),
}


def questions() -> list[str]:
    items = load_items()
    return [turn for item in items for turn in [*(item.get("context") or []), item["q"]]]


@pytest.mark.parametrize("name", ANALYZERS)
def test_scores_are_scikit_learns(name):
    settings, analyze = ANALYZERS[name]
    known = knowledge()
    texts = [q for fact in known.facts.values() for q in fact.questions] + known.sentences
    reference = TfidfVectorizer(sublinear_tf=True, **settings)
    columns = reference.fit_transform(texts).T
    index = TfidfIndex(texts, analyze)
    assert set(index.vocabulary) == set(reference.vocabulary_)
    asked = questions() + ["", "??", "a", "Kori   Schake", "x" * 3]
    for question in asked:
        expected = (reference.transform([question]) @ columns).toarray().ravel()
        assert np.allclose(index.scores(question), expected, rtol=0, atol=1e-12), question


def test_a_text_with_no_known_term_scores_zero_everywhere():
    index = TfidfIndex(["russia ukraine", "europe"], word_ngrams(str.lower, TOKEN))
    assert not index.scores("pizza recipe").any()
    assert index.scores("Europe").tolist() == [0.0, 1.0]


def test_the_action_server_answers_without_importing_scikit_learn_or_scipy():
    code = (
        "import sys, actions.opinions, actions.article, actions.privacy\n"
        "from bot.knowledge import respond\n"
        "assert 'Riyadh' in respond('where did rubio meet lavrov').text\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'scipy')))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=config.PROJECT_DIR,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
