"""The article's knowledge: every quote is verbatim, and the retriever finds the right fact."""
from __future__ import annotations

import re

import pytest
import yaml

from bot import config
from bot.knowledge import Match, answer, knowledge, normalize, reply_for, split_sentences
from bot.prompts import prompts

ARTICLE = config.ARTICLE_PATH.read_text(encoding="utf-8")
QUOTED = re.compile(r'"([^"]+)"')


def quotations(text: str) -> list[str]:
    return QUOTED.findall(text)


def all_fact_replies() -> list[str]:
    known = knowledge()
    replies = [reply_for(Match("fact", 1, fact=fact), known.facts) for fact in known.facts.values()]
    replies += [reply_for(Match("unknown", 1, unknown=u), known.facts) for u in known.unknowns]
    replies += [reply_for(Match("passage", 1, passage=s), known.facts) for s in known.sentences]
    return replies


def domain_texts() -> list[str]:
    domain = yaml.safe_load((config.PROJECT_DIR / "domain.yml").read_text(encoding="utf-8"))
    return [variant["text"] for variants in domain["responses"].values() for variant in variants]


def test_the_project_keeps_its_own_copy_of_the_article():
    assert ARTICLE.startswith("President Trump’s Russian Pivot")
    assert "What are your thoughts on President Trump’s foreign policy shift towards Russia?" in ARTICLE


@pytest.mark.parametrize("fact_id", sorted(knowledge().facts))
def test_every_fact_quote_is_verbatim(fact_id):
    assert knowledge().facts[fact_id].quote in ARTICLE


def test_every_quotation_in_every_response_is_verbatim_article_text():
    texts = all_fact_replies() + domain_texts() + [p.text for p in prompts().values()]
    checked = 0
    for text in texts:
        for quotation in quotations(text):
            if quotation.startswith("/") or quotation in {
                "don't save my answers", "delete my answers", "share my view", "save my answers",
                "who is Kori Schake?", "what does Europe fear?", "restart",
            }:
                continue  # commands the bot tells the reader to type, not claims about the article
            assert quotation in ARTICLE, f"not in the article: {quotation!r} (in {text[:80]!r})"
            checked += 1
    assert checked > 60


def test_every_unknown_points_to_a_real_fact():
    known = knowledge()
    for unknown in known.unknowns:
        assert unknown.see in known.facts


def test_sentences_are_verbatim_and_skip_headings():
    sentences = split_sentences(ARTICLE)
    assert all(sentence in ARTICLE for sentence in sentences)
    assert "The Broader Implications" not in sentences
    assert len(sentences) > 40


@pytest.mark.parametrize(
    "question, fact_id",
    [
        ("who is kori shake", "kori_schake"),  # typo
        ("WHO IS CELESTE WALLANDER", "celeste_wallander"),  # shouting
        ("vance threat", "jd_vance"),  # bare keywords
        ("where did rubio and lavrov meet", "riyadh_meeting"),
        ("zelensky approval rating", "zelensky_approval"),
        ("what happened in 2014", "since_2014"),
    ],
)
def test_questions_find_their_fact(question, fact_id):
    match = knowledge().match(question)
    assert match.kind == "fact" and match.fact.id == fact_id


@pytest.mark.parametrize("question", ["how old is putin", "how long did the riyadh meeting last"])
def test_unanswered_questions_say_the_article_doesnt_say(question):
    assert answer(question).startswith("The article doesn't say")


@pytest.mark.parametrize("question", ["", "   ", "!!!", "what is the capital of peru"])
def test_nothing_relevant_gets_an_honest_no(question):
    reply = answer(question)
    assert reply.startswith("The article doesn't")


def test_passage_search_answers_from_a_sentence_when_no_fact_matches():
    match = knowledge().search_passages("undemocratic nature of elections in Russia kremlin allies")
    assert match.kind == "passage"
    assert "tightly controlled by the Kremlin" in match.passage


def test_normalize_keeps_meaning_words_and_maps_abbreviations():
    assert normalize("What's Schake’s role at the AEI?") == "schake role american enterprise institute"
    assert normalize("what is it about") == "what is it about"  # all filler: kept whole
