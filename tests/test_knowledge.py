"""The article's knowledge: every quote is verbatim, and the retriever finds the right fact."""
from __future__ import annotations

import re

import pytest
import yaml

from bot import config
from bot.accuracy import kind_of
from bot.dialogue import FREE, read
from bot.knowledge import (
    Match, answer, knowledge, normalize, question_type, reply_for, respond, split_sentences,
)
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
                "show my answers", "make that mixed", "change my answer to: ...",
                "change my reason to: ...", "who is Kori Schake?", "what does Europe fear?", "restart", "skip",
                "don't save that one", "make that disagree", "make that agree", "add to my reason: ...",
                "for the first one, change my answer to: ...", "delete the china one",
                "remove 'these words' from my first answer", "the europe one: ...",
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
    # an initial ends no sentence: a passage is never just "Celeste A."
    assert any(sentence.startswith("Celeste A. Wallander, who dealt") for sentence in sentences)
    assert any("George W. Bush—have viewed Russia" in sentence for sentence in sentences)


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


@pytest.mark.parametrize("question", ["", "   ", "!!!"])
def test_nothing_relevant_gets_an_honest_no(question):
    reply = answer(question)
    assert reply.startswith("The article doesn't")


def test_off_topic_questions_are_steered_back_without_a_quote():
    reply = answer("what is the capital of peru")
    assert "From the article:" not in reply and "article" in reply


ANSWER_TYPES = {"person", "place", "time", "number", "reason", "yes_no", "quote", "what"}


def test_every_fact_says_what_it_can_answer():
    for fact in knowledge().facts.values():
        assert fact.answers and set(fact.answers) <= ANSWER_TYPES, fact.id


def test_every_person_has_a_pronoun_and_aliases():
    for person in knowledge().people:
        assert person.pronoun in {"he", "she"} and person.aliases


@pytest.mark.parametrize(
    "question, kind",
    [
        ("who said the talks were a mistake", "quote"),
        ("how many soldiers", "number"),
        ("what percentage approve", "number"),
        ("when did it start", "time"),
        ("how long ago was that", "time"),
        ("where was he when he said it", "place"),
        ("which city hosted them", "place"),
        ("why would he do that", "reason"),
        ("is europe worried", "yes_no"),
        ("who leads russia", "person"),
        ("what is the pivot", "what"),
        ("what has he avoided when it comes to putin", "what"),
    ],
)
def test_question_types(question, kind):
    assert question_type(question) == kind


REPLY_SAMPLES = [
    "who is kori schake", "what did she say", "when did it happen", "how many died",
    "did ukraine start the war", "what is russia's gdp", "what did putin say", "where did they meet",
    "why does trump blame ukraine", "how popular is zelensky", "who wrote it", "what else?",
    "undemocratic elections kremlin allies", "football scores", "what about the yalta conference",
]


def test_every_quotation_respond_gives_is_verbatim_article_text():
    context = None
    for question in REPLY_SAMPLES:
        reply = respond(question, context)
        context = reply.context
        for quotation in quotations(reply.text):
            assert quotation in ARTICLE, f"{question!r}: not in the article: {quotation!r}"
        assert ("From the article:" in reply.text) == (reply.kind in {"fact", "passage"} or (
            reply.kind == "unknown" and "What it does say" in reply.text))


def test_passage_search_answers_from_a_sentence_when_no_fact_matches():
    match = knowledge().search_passages("undemocratic nature of elections in Russia kremlin allies")
    assert match.kind == "passage"
    assert "tightly controlled by the Kremlin" in match.passage


def test_normalize_keeps_meaning_words_and_maps_abbreviations():
    # ("american" is "us", as the article's own "American Enterprise Institute" is read)
    assert normalize("What's Schake’s role at the AEI?") == "schake role us enterprise institute"
    assert normalize("what is it about") == "what is it about"  # all filler: kept whole


def test_people_a_fact_never_names_make_it_a_hedge_not_an_answer():
    # The negotiators' meeting names neither Trump nor Putin: it is the closest the article comes.
    reply = respond("when did trump and putin last talk")
    assert reply.kind == "passage" and reply.text.startswith("The article may not answer exactly that")


@pytest.mark.parametrize("question", ["were the europeans invited to riyadh",
                                      "when is trump meeting putin next"])
def test_a_claim_the_best_fact_leaves_half_out_of_is_a_hedge_not_a_yes(question):
    # The Riyadh meeting fact matches closely but says nothing of invitations or a next meeting.
    # (Since round 24, whether Europe was there is said plainly to be unknown: also no yes.)
    reply = respond(question)
    # (round 36: a meeting of two the article doesn't describe is said plainly to be unknown too)
    assert reply.kind == "passage" and reply.text.startswith("The article may not answer exactly that") or \
        reply.kind == "unknown" and reply.text.startswith(("The article doesn't say whether Europe was there",
                                                           "The article doesn't say whether Donald Trump will meet"))


def test_a_claim_the_fact_covers_is_still_answered():
    reply = respond("is zelensky's approval around 50 percent")
    assert reply.kind == "fact" and reply.fact_id == "zelensky_approval"


def test_a_when_question_gets_a_fact_only_about_what_its_time_dates():
    # The negotiators' meeting is dated ("in nearly three years"); the invasion it mentions isn't.
    reply = respond("when did moscow launch its full-scale invasion")
    assert reply.kind == "unknown" and reply.text.startswith("The article doesn't say when")
    assert respond("when did the us and russia last hold talks").fact_id == "negotiators_met"


def test_a_why_question_whose_best_fact_gives_no_reason_gets_it_as_a_hedge():
    # The Riyadh meeting fact says where, not why there: facts.yml doesn't list it as a reason.
    reply = respond("why was the meeting held in saudi arabia")
    assert reply.kind == "passage" and "Riyadh" in reply.text


def test_a_comparison_a_fact_answers_for_one_side_only_is_a_hedge():
    # The article gives Zelensky's approval, not Putin's.
    reply = respond("putin's approval vs zelensky's")
    assert reply.kind == "passage" and "50 percent" in reply.text


def test_what_else_offers_more_on_the_topic_then_says_when_there_is_no_more():
    context = respond("why are europeans worried").context
    more = respond("what else", context)
    assert more.kind == "fact" and more.fact_id not in ("europe_fears", "about", "summary")
    # then other facts on it, or the article's own words beyond an answer's quote, each once,
    # then no more
    replies, seen = [respond("what else", more.context)], {more.text}
    while replies[-1].kind == "fact" and len(replies) < 8:
        assert replies[-1].text not in seen
        seen.add(replies[-1].text)
        replies.append(respond("what else", replies[-1].context))
    assert replies[-1].text.startswith("That's all the article says on that.")


def test_a_when_question_about_the_future_is_told_so():
    assert respond("when will the war end").text.startswith(
        "The article doesn't say when that will be")


def test_a_follow_on_that_is_a_question_of_its_own_keeps_its_own_type():
    # "and what was it compared to" after a where-question asks what, not where.
    context = respond("where did rubio and lavrov meet").context
    reply = respond("and what was it compared too", context)
    assert reply.fact_id == "historical_conferences"


def test_what_else_after_doesnt_say_offers_something_new():
    first = respond("when will trump meet putin")
    assert first.kind == "unknown"
    more = respond("what else", first.context)
    assert more.kind == "fact" and more.text.split("\n")[0] not in first.text


def test_an_unknown_about_nobody_does_not_answer_a_question_about_someone():
    # "how many people live in ukraine" (population) is not what Zelensky's support is.
    reply = respond("how many ukrainians support zelensky")
    assert "50 percent" in reply.text and "live in Ukraine" not in reply.text


def test_and_someone_after_what_did_x_say_asks_what_they_said():
    context = respond("what did vance say").context
    reply = respond("and lavrov?", context)
    assert reply.kind == "unknown" and reply.text.startswith("The article doesn't say what Sergey V. Lavrov said")
    context = respond("who is vance").context
    assert respond("what did putin say", context).text.startswith("The article doesn't say what Putin")


@pytest.mark.parametrize("first,follow_up", [
    ("what did vance say", "and why?"),
    ("what happened in riyadh", "and why?"),
])
def test_why_after_a_fact_that_gives_no_reason_says_so(first, follow_up):
    # Not who Trump is, not the conflicts since 2014, not the same fact again.
    reply = respond(follow_up, respond(first).context)
    assert reply.kind == "unknown" and reply.text.startswith("The article doesn't say why")


def test_why_after_what_trump_said_is_the_blame_the_article_gives_just_before():
    # Round 32's question writer: "why?" after his Mar-a-Lago words is not unanswered - the
    # sentence before them says he holds Ukraine's leaders accountable for not surrendering territory
    reply = respond("why?", respond("what did trump say at mar-a-lago").context)
    assert reply.fact_id == "trump_blames_ukraine" and "surrender territory" in reply.text
    assert "places blame on Ukraine" in respond("what did trump say and why").text


def test_why_after_a_fact_that_gives_the_reason_answers():
    reply = respond("why", respond("what does europe fear").context)
    assert reply.fact_id == "europe_fears"


def test_a_bare_where_after_who_someone_is_asks_where_they_were():
    # "and where?" is not a question of its own about the article as a whole.
    reply = respond("and where?", respond("who is lavrov").context)
    assert reply.kind == "fact" and "Riyadh" in reply.text


def test_whether_the_article_is_neutral_is_answered_by_its_own_words():
    # a tester: "is the author for or against trump" - it doesn't say so outright, but its own
    # words about the pivot are critical, and they are what a reader asking wants
    reply = respond("is the article neutral")
    assert reply.kind == "unknown" and "outright which side it is on" in reply.text
    assert '"particularly egregious"' in reply.text
    assert "egregious" in respond("is it a good thing according to the writer").text


def test_is_someone_quoted_gets_their_words():
    # Found in the shell: "is she quoted" after who Wallander is got who she is again.
    reply = respond("is she quoted", respond("who is celeste wallander").context)
    assert reply.fact_id == "wallander_quote"
    assert respond("is putin quoted").text.startswith("The article doesn't say what Vladimir Putin said")


def test_tell_me_more_after_the_summary_walks_the_article_in_order():
    # Found by a tester: "tell me more" and "what else" after "summarize it" got the off-topic
    # steer, three times running.
    known = knowledge()
    context = respond("summarize it").context
    given = []
    for follow_up in ("tell me more", "what else", "go on"):
        reply = respond(follow_up, context)
        assert reply.kind == "fact" and not known.facts[reply.fact_id].overview
        given.append(reply.fact_id)
        context = reply.context
    assert len(set(given)) == 3
    order = known.in_article_order
    assert order.index(given[0]) < order.index(given[1]) < order.index(given[2])


@pytest.mark.parametrize("question, fact_id", [
    ("who is lavorv", "lavrov"),
    ("whos kori shcake", "kori_schake"),
    ("what did zelenksy do", "zelensky"),
])
def test_a_misspelt_name_is_read_as_the_name(question, fact_id):
    assert respond(question).fact_id == fact_id


def test_a_pronoun_beside_a_name_points_back_to_the_last_answer():
    # "it" is the approval rating just given, not something new Trump claimed.
    context = respond("what about zelensky's approval rating").context
    assert respond("what did trump claim about it", context).fact_id == "zelensky_approval"
    context = respond("and putin?", respond("who is lavrov").context).context
    assert respond("what did trump say about him", context).fact_id != "new_elections"


def test_who_said_something_names_the_speaker_in_full():
    reply = respond("who said the thing about not becoming best friends")
    assert reply.text.startswith("Celeste A. Wallander, assistant secretary of defense")


def test_what_a_country_said_is_not_in_the_article():
    # It names China, Europe and Ukraine but quotes none of them: no fact as if it did.
    reply = respond("what did china say about the us-russia talks")
    assert reply.kind == "unknown"
    assert reply.text.startswith("The article doesn't say what China said: it quotes only")


def test_a_request_after_what_someone_said_asks_for_no_ones_words():
    # Found in the browser: "summarize it" after "what did china say about it" got "The article
    # doesn't say what China said" again, the earlier question leaning on "it".
    context = respond("what did china say about it", respond("who is lavrov").context).context
    assert respond("summarize it", context).fact_id == "summary"


@pytest.mark.parametrize("question, intent", [
    ("what did macron say", "out_of_scope"),
    ("what did stoltenberg say about it", None),
])
def test_what_someone_the_article_never_names_said_is_not_off_topic(question, intent):
    # Both got the off-topic steer, as if the reader had asked about the weather.
    reply = respond(question, intent=intent)
    assert reply.kind == "unknown" and "The article doesn't say anything about " in reply.text
    assert "it quotes only Donald Trump" in reply.text
    assert respond("what did the writer say").text.startswith("The article doesn't say who wrote it")


def test_a_new_question_does_not_inherit_the_last_ones_speaker_or_topic():
    # Found by a third tester: every answer lagged one turn behind.
    context = respond("How did Zelensky respond to Trump?").context
    reply = respond("Did NATO say anything?", context)
    assert reply.text.startswith(("The article doesn't say what NATO said",
                                  "The article doesn't say anything about NATO"))
    assert "Zelensky" not in reply.text.split("What it does say")[0]
    assert respond("Who wrote this article?", reply.context).text.startswith(
        "The article doesn't say who wrote it")


def test_whether_the_article_mentions_something_gets_a_plain_yes_or_no():
    # Found by round 10's tester: "was obama mentioned?" got the off-topic steer, and in a
    # conversation about Europe the Europe passage; "is lavrov named" got a hedge.
    missing = respond("was obama mentioned?")
    assert missing.text.startswith("The article doesn't mention Obama. The people it names are")
    assert "Harry Truman" in missing.text
    assert respond("does the article mention nato?").text.startswith("No - the article doesn't mention NATO")
    named = respond("is lavrov named in the article?")
    assert named.kind == "fact" and named.text.startswith("Yes. Sergey V. Lavrov")
    # a question that only looks like one stays itself
    assert not respond("is there any direct quote from putin in the article").text.startswith("Yes")


def test_an_unknown_of_another_type_does_not_answer_a_where_question():
    # "where did trump say ukraine started the war" was told the article doesn't say *when*
    reply = respond("where did trump say ukraine started the war")
    assert "doesn't say when" not in reply.text


def _conversation(*questions):
    context, replies = None, []
    for question in questions:
        reply = respond(question, context)
        context = reply.context
        replies.append(reply)
    return replies


def test_the_first_and_the_last_one_point_into_the_list_the_last_answer_gave():
    # Found by round 10's tester: "what did the first one say" after who is quoted, and "and
    # the last one?" after "from Harry Truman to George W. Bush", answered something else.
    quoted, first, second, third = _conversation(
        "who is quoted in the article?", "what did the first one say", "and the second?",
        "and the third")
    assert first.fact_id in {"mar_a_lago", "new_elections", "zelensky_approval", "trump_blames_ukraine"}
    assert second.text.startswith("Kori Schake says")
    assert third.text.startswith("Celeste A. Wallander")
    _, last = _conversation("which president first viewed russia with caution?", "and the last one?")
    assert last.text.startswith("George W. Bush")
    # with no list just given, "the first one" of what is asked, not guessed
    assert respond("what did the first one say").text.startswith("The first of which?")
    assert respond("and the last one?").text.startswith("The last of which?")
    # "the first time" is no place in a list
    _, meeting = _conversation("who is quoted?", "when did they meet for the first time")
    assert "Kori" not in meeting.text


def test_a_first_or_full_name_is_the_name_the_article_gives():
    # "whats her first name" after Kori Schake got "The article doesn't say anything about that"
    _, name = _conversation("who is the director of the think tank?", "whats her first name")
    assert name.text.startswith("Kori Schake.\nFrom the article:")
    _, full = _conversation("who is lavrov", "what is his full name")
    assert full.text.startswith("Sergey V. Lavrov.\nFrom the article: \"Russia’s foreign minister")


def test_a_fact_about_the_person_named_wins_over_one_about_nobody_named():
    # Found trying the bot as a reader: "what does kori schake call the pivot" got the article's
    # overview of the pivot (its words matched "pivot"), not her words.
    reply = respond("what does kori schake call the pivot")
    assert reply.text.startswith("Kori Schake says it is a disgraceful reversal")


def test_what_the_article_doesnt_say_names_only_the_readers_own_words_once():
    # Found in the browser: "was obama mentioned?" after another question got "doesn't say
    # anything about obama obama", and a tester's Spanish turns grew an echo of every earlier one.
    _, _, obama = _conversation("who did rubio meet in saudi", "whats his full name",
                                "was obama mentioned?")
    assert obama.text.startswith("The article doesn't mention Obama.")
    _, _, adios = _conversation("porque Rusia invadió Ucrania", "gracias", "adios")
    assert "gracias" not in adios.text and adios.text.count("adios") <= 1


def test_whether_the_article_criticises_trump_is_answered_with_its_criticism():
    # A tester's "does the article criticize trump?" got "Trump has refrained from criticising
    # Putin" (the word, not the question).
    reply = respond("does the article criticize trump?")
    assert reply.text.startswith("The article says: Trump's narrative ignores the complex history")


def test_what_she_meant_is_the_last_answer_again_in_plain_words():
    # Round 10's tester: "what did she mean by that?" after Schake's words got who she is.
    _, words, meaning = _conversation("who is kori schake", "what did she say",
                                      "what did she mean by that?")
    # (said as a doesn't-say: the paraphrase is ours, not the article's explanation)
    assert meaning.context["fact"] == words.fact_id == "schake_quote" and meaning.kind == "unknown"
    assert meaning.text.startswith("The article doesn't say more about what that means. What it does "
                                   "say: Kori")
    _, plain = _conversation("what did wallander say", "what does that mean")
    assert plain.context["fact"] == "wallander_quote"
    # with nothing said before it, there is nothing to explain
    assert not respond("what does that mean").text.startswith("The article doesn't explain")


def test_whom_a_quote_was_said_to_stays_with_the_quote():
    # Round 10's tester: "who was he talking to?" after the Mar-a-Lago words got who Trump is.
    _, to_whom = _conversation("what did trump say at mar-a-lago", "who was he talking to?")
    assert to_whom.fact_id == "mar_a_lago" and "told Ukraine" in to_whom.text


def test_and_someone_the_last_answer_never_mentions_is_not_that_answer_again():
    # Round 10's tester: "and the secretary of state?" after what Vance said repeated Vance.
    _, other = _conversation("what did vance say", "and the secretary of state?")
    assert other.fact_id is None
    assert other.text == "The article doesn't say anything about the secretary of state."
    # someone it does name gets their own answer
    _, rubio = _conversation("what did vance say", "and rubio?")
    assert "Marco Rubio" in rubio.text and "Vance highlighted" not in rubio.text


def test_how_long_the_war_lasted_is_not_how_long_the_meeting_lasted():
    # Round 10's tester: "how long did the war last" got the Riyadh meeting's unknown.
    reply = respond("how long did the war last")
    assert "Riyadh" not in reply.text
    assert "Since 2014" in reply.text
    assert "how long it lasted" in respond("how long did the riyadh meeting last").text


def test_the_sentence_a_question_asks_about_is_shown_under_a_shorter_quote():
    # A fresh writer's "what did wallander say about overlapping interests" got her first
    # sentence only; the one about overlapping interests is the next.
    reply = respond("what did wallander say about overlapping interests")
    assert reply.fact_id == "wallander_quote"
    assert "\nIt goes on: \"You try to find overlapping interests, but recognize" in reply.text
    compared = respond("how is the riyadh meeting similar to yalta or the congress of vienna")
    assert "\nIn full: \"The meeting, held in Riyadh, Saudi Arabia, was seen as a precursor" in compared.text
    for line in (reply.text + "\n" + compared.text).splitlines():
        assert all(quote in ARTICLE for quote in quotations(line))
    # a word many sentences use picks nothing; nor does a sentence from the next paragraph
    assert "It goes on" not in respond("what did kori schake say about trump's pivot").text
    assert "friends" not in respond("who is the russian president trump wants to be pals with").text
    assert respond("who is kori schake").text.count("From the article") == 1


def test_a_slip_of_one_letter_is_read_as_the_articles_word():
    # A fresh writer's "russias foriegn minster name?" got the list of everyone named.
    assert respond("russias foriegn minster name?").fact_id == "lavrov"
    assert "Congress of Vienna" in respond("wich old confrences is riyad compared too").text
    # a real word one letter away from another is left alone
    known = knowledge()
    assert known.spell_words("is the west kinda falling apart") == "is the west kinda falling apart"
    assert known.spell_words("treating russia like an enemy") == "treating russia like an enemy"


def test_why_the_article_says_something_shows_the_sentence_with_its_reason():
    # A fresh writer: "why does the article say trump's call for new elections is simplistic"
    # got the sentence that calls it simplistic, not the next one, which says why.
    reply = respond("why does the article say trump's call for new elections is simplistic")
    assert reply.fact_id == "new_elections"
    assert '\nIt goes on: "He ignores the undemocratic nature of elections in Russia' in reply.text
    # a question that is no why-question gets the quote alone
    assert "It goes on" not in respond("what did trump say about new elections").text


def test_where_ukraines_leaders_fought_is_ukraine():
    reply = respond("where did leaders fight to defend their sovereignty")
    assert reply.fact_id == "ukraine_sovereignty"


def test_a_who_question_about_one_country_is_not_answered_with_anothers():
    # "who's ukraine's foreign minister" got Lavrov, Russia's foreign minister, as the answer
    reply = respond("who's ukraine's foreign minister")
    assert reply.kind != "fact" and "Sergey V. Lavrov is Russia's foreign minister" in reply.text
    assert respond("who is russia's foreign minister").fact_id == "lavrov"


def test_what_they_say_after_who_the_critics_are_stays_with_the_critics():
    # Trying the bot as a reader: "what do they say" after "who are the critics" got the Riyadh
    # meeting (its examples ask what "they" said there).
    _, they = _conversation("who are the critics", "what do they say")
    assert "critics" in they.text.lower() and they.fact_id != "riyadh_meeting"


def test_what_one_person_thinks_of_another_is_a_fact_about_both():
    # Trying the bot as a reader: "what does trump think about zelensky" got Zelensky's
    # biography as the closest the article comes; Trump's claim about him is a fact about both.
    reply = respond("what does trump think about zelensky")
    assert reply.fact_id == "zelensky_approval"


def test_is_that_true_gets_what_the_article_says_about_the_last_answer():
    # "is that true" after Trump's Mar-a-Lago words: the article's next sentence weighs them
    _, true = _conversation("what did trump say at mar-a-lago", "is that true")
    assert true.fact_id == "mar_a_lago" and true.text.startswith(
        "No, not according to the article. The article says: At the Mar-a-Lago")  # (round 34: no first)
    assert true.text.endswith('It goes on: "This notion is contrary to the reality on the ground in '
                              'Ukraine, where leaders fought to defend their sovereignty."')
    _, right = _conversation("what does trump think about zelensky", "is he right?")
    assert right.fact_id == "zelensky_approval" and "vastly inflated" in right.text


def test_a_where_question_gets_no_place_from_an_unrelated_fact():
    # "where would the us put its resources instead" was offered Mar-a-Lago as the closest
    reply = respond("where would the us put its resources instead if it made a deal with russia")
    assert "Mar-a-Lago" not in reply.text


def test_she_with_no_woman_talked_about_is_found_by_what_is_asked():
    # Round 11's tester: after "who is the ex-Pentagon lady" went unanswered, "what did she say
    # about negotiations?", "why does she think that?" and "who did she work for?" all got
    # "Who or what do you mean?".
    said = respond("what did she say about negotiations?")
    assert said.fact_id == "wallander_quote"
    _, worked = _conversation("what did she say about negotiations?", "who did she work for?")
    assert "Joe Biden" in worked.text
    # with nothing to go on, the question is still asked back
    assert respond("what did she say?").kind == "clarify"


def test_who_said_that_is_whom_the_last_answer_gives_it_to():
    # Round 11's tester: "who said that?" after the presumption of distrust got JD Vance.
    _, who = _conversation("why shouldnt you trust putin according to the article", "who said that?")
    assert who.fact_id == "presumption_of_distrust" and "analysts say" in who.text


def test_a_pronoun_follow_up_asks_about_the_person_not_their_biography():
    # Round 11's tester: "how popular is he" after Ukraine's president got his biography again.
    _, popular = _conversation("who is the president of ukraine", "how popular is he")
    assert popular.fact_id == "zelensky_approval"


def test_who_after_an_answer_that_names_nobody_is_not_that_answer_again():
    # Round 11's tester: "who started it?" after the new Cold War, and "who are they?" after the
    # supporters, got the same answer again, as if it named someone.
    _, started = _conversation("whats the new cold war thing", "who started it?")
    assert started.text.startswith("The article doesn't say who started it. What it does say: For")
    _, _, they = _conversation("what do supporters say?", "who are they?", "who met lavrov")
    assert they.fact_id in ("marco_rubio", "lavrov", "riyadh_meeting")
    _, named = _conversation("what do supporters say?", "who are they?")
    assert named.text.startswith("The article doesn't say who they are.")
    # an answer that names someone is the answer
    _, met = _conversation("who is lavrov", "who met him?")
    assert "Marco Rubio" in met.text and met.kind == "fact"


def test_a_question_about_the_article_is_not_off_topic_whatever_the_intent():
    # Round 11's tester got "I can only discuss the article ..." for these: the NLU model had
    # called them out_of_scope.
    riyadh = respond("what did they talk about in saudi").context
    came = respond("what came out of it?", riyadh, intent="out_of_scope")
    assert came.kind != "off_topic" and "Riyadh" in came.text
    china = respond("what's china got to do with it", intent="out_of_scope")
    assert china.kind == "fact" and "China" in china.text
    aid = respond("ok what does the article say about aid", intent="out_of_scope")
    assert aid.kind != "off_topic" and aid.text.startswith("The article doesn't say")
    # chat about something else still gets the steer back to the article
    for chat in ("who won the super bowl", "tell me a joke", "what is the capital of spain"):
        assert respond(chat, intent="out_of_scope").kind == "off_topic"
    # "joke" is no misspelt "Joe" (Biden)
    assert "Biden" not in respond("tell me a joke").text


def test_follow_ups_about_a_claim_stay_with_the_claim():
    # Round 11's tester, after "whats zelenskys approval rating": "what did trump claim it was?"
    # got the Mar-a-Lago rebuttal and "how do they know?" the article's closing question.
    _, claimed, know = _conversation("whats zelenskys approval rating", "what did trump claim it was?",
                                     "how do they know?")
    assert claimed.fact_id == "zelensky_approval"
    # ... and the judge of the replay counted the same answer again as confident wrong: the
    # article says no more about where the figure comes from
    assert know.kind == "unknown" and "where that comes from" in know.text


def test_where_someone_said_something_is_where_words_were_said():
    # "where did he say that?" after why Trump blames Ukraine got "in Ukraine, where leaders
    # fought": a place, but not where he said anything.
    _, where = _conversation("why does trump blame ukraine", "where did he say that?")
    assert "fought to defend their sovereignty" not in where.text.split("What it does say")[0]
    assert respond("where did trump say ukraine should never have started it").fact_id == "mar_a_lago"


def test_follow_ons_that_ask_their_own_question_or_only_name_someone():
    # A fresh writer's follow-ups: "the second one?" after what Riyadh was compared to; "and how
    # did they see russia" after how long presidents were cautious (not another "how long").
    _, second = _conversation("what was the riyadh meeting compared to", "the second one?")
    assert "Yalta Conference" in second.text
    _, _, seen = _conversation("how long have us presidents been cautious about russia",
                               "which ones", "and how did they see russia")
    assert "formidable adversary" in seen.text and not seen.text.startswith("The article doesn't")
    assert respond("what do the haters call this whole policy").fact_id == "critics_argue"


def test_whom_words_were_said_to_shows_the_sentence_before_them():
    # A fresh writer: "who was he talking to" after Mar-a-Lago wants Ukraine's leaders, whom the
    # sentence before the quote names.
    _, to_whom = _conversation("what did trump say at mar-a-lago", "who was he talking to")
    assert to_whom.text.endswith('Just before that: "Trump insists that Ukrainian leaders are '
                                 'accountable for the ongoing conflict by not agreeing to surrender territory."')


def test_a_speaker_described_by_whom_they_served_is_not_that_person():
    # "what did the former pentagon official from the biden years say ..." was told the article
    # doesn't quote Biden.
    reply = respond("what did the former pentagon official from the biden years say about making "
                    "deals with moscow")
    assert reply.fact_id == "wallander_quote"
    assert respond("what did biden say").text.startswith("The article doesn't say what Joe Biden said")


def test_a_follow_up_is_not_answered_with_the_articles_list_of_places():
    # "and what's happening now in her view" after Schake on the Baltic States got the list of
    # every place the article names.
    _, now = _conversation("what did schake say about the baltic states",
                           "and what's happening now in her view")
    assert now.fact_id != "places" and "spheres of influence" in now.text
    # asking for a list still gets it
    _, numbers = _conversation("who is kori schake", "and the numbers?")
    assert numbers.fact_id == "numbers"


def test_the_view_of_someone_the_article_never_quotes_is_not_in_it():
    # Trying the bot as a reader: "what is putin's opinion of trump" got who Putin is, and the
    # round 11 tester's "what does Zelensky think about it" Trump's Mar-a-Lago words again.
    assert respond("what is putin's opinion of trump").text.startswith(
        "The article doesn't say what Vladimir Putin thinks")
    # found in the browser: "what does putin think about all this" got who Putin is
    assert respond("what does putin think about all this").text.startswith(
        "The article doesn't say what Vladimir Putin thinks")
    _, zelensky = _conversation("what did trump say at mar-a-lago", "what does zelensky think about it")
    assert zelensky.text.startswith("The article doesn't say what Volodymyr Zelensky thinks")
    assert respond("what did European leaders say?").text.startswith(
        "The article doesn't say what European leaders said")
    # what the article does give stays an answer
    assert respond("what does europe think").fact_id == "europe_fears"
    assert respond("what does schake think of trump").fact_id == "schake_quote"


def test_a_chain_of_follow_ups_leans_on_the_latest_turns():
    # Round 11's tester: the fourth follow-up, "who were the presidents?", carried all three
    # earlier questions along and matched nothing.
    *_, presidents = _conversation("trumps rusia pivot what is it", "is it new?", "how was it before",
                                   "who were the presidents?")
    assert "Harry Truman to George W. Bush" in presidents.text


def test_whether_the_article_takes_a_side_is_answered_as_such():
    # My own REST question: "is the article for or against trump's approach" got the presumption
    # of distrust as if it were the article's verdict (an unknown about no one named lost to it
    # because the question names Trump, though the unknown's other phrasings do too).
    reply = respond("is the article for or against trump's approach")
    assert reply.text.startswith("The article doesn't say outright which side it is on.")
    # an unknown about other people still doesn't answer a question about someone it never names
    assert "how old" not in respond("what position did wallander hold").text


def test_which_one_after_an_answer_that_names_none_is_not_that_answer_again():
    # the answer speaks of polls and conflicts, naming none: saying it again would look as if it did
    _, polls = _conversation("what did trump say about zelensky's approval", "which polls?")
    assert polls.kind == "unknown" and polls.text.startswith("The article doesn't say which polls")
    _, conflicts = _conversation("what happened in 2014", "what conflicts?")
    assert conflicts.text.startswith("The article doesn't say which conflicts")
    _, supporter = _conversation("what do supporters say", "name one")
    assert supporter.kind == "unknown" and "by name" in supporter.text


def test_which_one_after_an_answer_that_names_it_is_that_answer():
    _, president = _conversation("who is celeste wallander", "under which president")
    assert president.fact_id == "celeste_wallander" and "Joe Biden" in president.text
    # "the Baltic States" name the countries, unless the reader named them already
    _, named = _conversation("what did schake say the us refused to do during the cold war",
                             "which countries specifically")
    assert named.kind == "fact" and "Baltic States" in named.text
    _, already = _conversation("what did kori schake say about the baltic states",
                               "which countries are those")
    assert already.kind == "unknown"
    _, mean = _conversation("what did schake say about the cold war",
                            "which baltic states does she mean, name one")
    # (round 21: the Baltic States are a group it names none of, in unnamed_groups)
    assert mean.text.startswith("The article doesn't say which the baltic states are - it names none of them")
    [asked] = _conversation("does the article name which baltic states")
    assert asked.kind == "unknown" and not asked.text.startswith("Yes")
    _, specific = _conversation("how do european leaders feel about trump", "which countries specifically")
    assert specific.text.startswith("The article doesn't say which countries")


def test_who_did_something_to_someone_named_is_not_who_that_person_is():
    assert respond("who criticizes trump").fact_id != "trump"
    assert respond("who met lavrov").fact_id == "marco_rubio"


def test_which_country_is_the_country_a_fact_is_about():
    elections = respond("in which country does the article say elections are basically fake")
    assert elections.fact_id == "russia_elections"
    # ... but which country hosted something asks where it was
    assert respond("which country hosted the us-russia talks").fact_id == "riyadh_meeting"


def test_why_that_is_wrong_gets_the_sentence_that_weighs_the_last_answer():
    _, wrong = _conversation("what does trump want ukraine to do before peace talks",
                             "why do critics think that's dumb")
    assert wrong.fact_id == "new_elections"
    assert 'It goes on: "He ignores the undemocratic nature of elections in Russia' in wrong.text
    assert "In full" not in wrong.text  # "Furthermore, <the quote>" would only repeat it


def test_a_follow_on_after_an_answer_is_no_off_topic_chat_but_small_talk_is():
    _, now = _conversation("what did the us refuse to legitimize during the cold war",
                           "and what's happening now instead")
    assert now.kind != "off_topic" and "Now we’re legitimizing aggression" in now.text
    _, chat = _conversation("who is lavrov", "and how are you")
    assert chat.kind == "off_topic"
    _, football = _conversation("what did vance say", "and what about football?")
    assert football.kind != "fact" and '"' not in football.text


def test_the_words_of_someone_described_not_named_are_not_in_the_article_unless_quoted():
    # "ukraine's president" is Zelensky, whom the article never quotes: not his biography
    reply = respond("how did ukraine's president react to being blamed by trump")
    assert reply.kind == "unknown" and "what Volodymyr Zelensky said" in reply.text
    assert "what Sergey V. Lavrov said" in respond("what did the russian foreign minister say").text
    assert "what the Kremlin said" in respond("how did the kremlin's guy respond to rubio").text
    # ... and someone described whom it does quote gets their words, as an answer
    assert respond("what did the former pentagon official say").fact_id == "wallander_quote"
    aei = respond("what did the AEI woman say")
    assert aei.kind == "fact" and aei.fact_id == "schake_quote"


def test_the_most_recent_and_the_earliest_point_into_the_list_just_given():
    _, recent = _conversation("which presidents were wary of russia", "and the most recent one named?")
    assert "George W. Bush" in recent.text and recent.kind == "fact"
    _, earliest = _conversation("which presidents were cautious about russia",
                                "who's the earliest one mentioned")
    assert "Harry Truman" in earliest.text


def test_a_how_many_question_is_answered_only_by_a_fact_that_counts_that():
    # the historical conferences are two; that is no count of the people at the Riyadh meeting
    reply = respond("how many people were at the riyadh meeting")
    assert reply.kind == "unknown" and reply.fact_id is None
    assert respond("how many historical conferences is the riyadh meeting compared to").fact_id == \
        "historical_conferences"
    assert respond("how many people are quoted").fact_id == "who_is_quoted"


def test_what_someone_does_now_is_not_the_past_post_the_article_gives():
    reply = respond("where does celeste wallander work now")
    assert reply.kind == "unknown"
    assert reply.text.startswith("The article doesn't say what Celeste A. Wallander does now")
    _, still = _conversation("whos celeste wallander", "is she still in government now")
    assert still.kind == "unknown"
    # her view is in the article, whenever it is asked for
    assert respond("what does wallander think now").fact_id == "wallander_quote"


def test_what_is_asked_of_someone_is_answered_by_their_fact_that_says_it_not_who_they_are():
    assert respond("how popular is the ukrainian leader really").fact_id == "zelensky_approval"
    # ... and who someone is doesn't answer what the article never says of them
    assert respond("how popular is putin").kind == "passage"


def test_follow_ups_the_last_answer_cannot_answer_say_so_instead_of_repeating_it():
    # round 11's tester: each of these got the answer just given, again, as if it answered them
    _, source = _conversation("whats zelenskys approval rating", "how do they know?")
    assert source.kind == "unknown" and "where that comes from" in source.text
    _, when = _conversation("what are the baltic states?", "when did the soviets take them?")
    assert when.kind == "unknown" and when.text.startswith("The article doesn't say when")
    _, _, writer = _conversation("what happened in 2014", "what else?", "who wrote it?")
    assert writer.text.startswith("The article doesn't say who wrote it")
    # ... but "who wrote that?" after a quote asks who said it
    _, said = _conversation("what did trump say at mar-a-lago", "who wrote that?")
    assert said.fact_id == "mar_a_lago"


def test_a_follow_up_the_last_answer_says_is_that_answer():
    # tried as a reader: "what was it seen as" after where Rubio and Lavrov met got Rubio's fact
    _, seen = _conversation("where did rubio and lavrov meet", "what was it seen as")
    assert seen.fact_id == "riyadh_meeting" and "precursor" in seen.text
    _, criticized = _conversation("who is celeste wallander", "what did she criticize")
    assert "simplistic view" in criticized.text


def test_the_view_of_people_the_article_reports_unquoted_is_in_it():
    # tried as a reader: "what did presidents from truman to bush think of russia" got "doesn't
    # say what Harry Truman thinks"; it says they viewed Russia with caution
    reply = respond("what did presidents from truman to bush think of russia")
    assert reply.fact_id == "eighty_years"
    assert respond("what does putin think of trump").kind == "unknown"


def test_who_trump_spares_is_putin_not_whom_he_blames():
    # tried as a reader: "who has trump avoided criticizing" got whom he blames (Ukraine)
    reply = respond("who has trump avoided criticizing")
    assert "refrained from criticizing Putin" in reply.text and reply.fact_id != "trump_blames_ukraine"


def test_a_reader_in_the_browser_guy_lady_and_ex():
    # tried in the browser: each of these was a hedge on the right fact, or the wrong person
    first, where, compared = _conversation("whos the russian guy rubio met", "where did they meet",
                                           "what was the meeting compared to")
    assert first.kind == "fact" and "Lavrov" in first.text
    assert where.fact_id == "riyadh_meeting" and compared.fact_id == "historical_conferences"
    assert respond("what did the ex pentagon lady say").fact_id == "wallander_quote"


def test_and_someone_else_after_a_question_about_two_people_asks_it_of_them():
    # a fresh writer's "what's trump's view of putin" -> "and wallander's?" got who she is
    _, hers = _conversation("what's trump's view of putin", "and wallander's?")
    assert "dangerous adversary" in hers.text and hers.fact_id != "celeste_wallander"
    _, rubio = _conversation("what did vance say", "and rubio?")
    assert rubio.kind == "unknown" and "Rubio" in rubio.text.split("What it does say")[0]


def test_why_the_writer_disagrees_is_where_the_article_weighs_the_last_answer():
    first, why = _conversation("does trump think a settlement will be easy",
                               "why does the writer disagree")
    assert why.fact_id == first.fact_id and "who wrote" not in why.text


def test_the_us_russia_talks_are_placed_by_the_meeting_the_article_places():
    # "where did the us and russian diplomats get together" is the issue's first example
    for question in ("where did the us and russian diplomats get together",
                     "what city were the us-russia talks in"):
        assert respond(question).fact_id == "riyadh_meeting", question
    _, who = _conversation("where were the us-russia talks", "who met there")
    assert "Rubio" in who.text and "Lavrov" in who.text
    assert respond("where's the next round of us-russia talks gonna be").kind != "fact"


def test_the_sentence_an_answer_draws_its_time_or_reason_from_is_shown():
    when = respond("when will we find out if trump's approach works")
    assert 'Later it says: "The coming months will reveal' in when.text
    why = respond("why does everyone keep bringing up yalta")
    assert why.fact_id == "historical_conferences"
    assert 'In full: "The meeting, held in Riyadh' in why.text


def test_idioms_that_carry_no_topic():
    assert respond("how's this different from what the old school presidents did with moscow"
                   ).fact_id == "eighty_years"
    assert respond("why's trump getting so chummy with the kremlin all of a sudden").kind == "fact"


def test_where_elections_are_rigged_is_the_country_the_fact_names():
    assert respond("where are elections rigged").fact_id == "russia_elections"


def test_name_one_after_a_list_is_the_first_listed():
    # a fresh writer's "who criticizes trump in the article" got that Trump spares Putin, and
    # "name one" then got "doesn't say"
    critics, one, said = _conversation("who criticizes trump in the article", "name one",
                                       "what did she say")
    assert critics.fact_id == "critics_argue"
    assert one.text.startswith("Kori Schake is") and said.fact_id == "schake_quote"


def test_what_else_with_no_other_fact_gives_the_sentences_the_answer_draws_on():
    _, more, again, last = _conversation("why are european countries upset", "what else?",
                                         "what else?", "what else?")
    assert 'European leaders feel marginalized and suspect' in more.text
    assert more.text.count("From the article:") == 1 and again.text != more.text
    assert last.kind == "none"  # then the article has nothing more on it


def test_a_name_and_that_points_back_at_the_last_answer():
    # a fresh writer: "has trump called that out" after when Russia started fighting Ukraine
    _, out = _conversation("when did russia start fighting ukraine", "has trump called that out")
    assert "appears to overlook" in out.text or "refrained from criticizing" in out.text
    assert respond("so trump wants kyiv to hit the polls before it gets a seat at the table?"
                   ).text.count("new elections") >= 1


def test_the_first_one_with_no_list_is_the_first_person_asked_about():
    *_, first = _conversation("who is celeste wallander", "who is kori schake",
                              "back to the first one, what did she criticize")
    assert first.fact_id == "celeste_wallander" and "simplistic view" in first.text
    *_, second = _conversation("who is celeste wallander", "who is kori schake",
                               "what did the second one say")
    assert second.fact_id == "schake_quote"


def test_him_after_someone_is_them_and_the_question_stands_on_its_own():
    # "what does trump think of him" after who Zelensky is got the fact about Putin
    _, him = _conversation("who is zelensky", "what does trump think of him")
    assert him.fact_id == "zelensky_approval"
    _, putin = _conversation("who is putin", "what did trump say about him")
    assert "Putin" in putin.text


def test_a_follow_on_question_the_last_answer_cant_answer_is_not_echoed_back():
    _, then = _conversation("why does trump want closer ties w russia",
                            "and what would that let the us do")
    assert "what would that let" not in then.text


def test_five_letter_typos_with_two_letters_swapped_are_respelt():
    reply = respond("how many yaers since the us and russia negotated")
    assert reply.fact_id == "negotiators_met"
    # ... but a real word one letter longer than the article's is not ("apart" is no "part")
    assert "part" not in knowledge().spell_words("is the west kinda falling apart").split()


def test_a_ninth_readers_follow_ups_and_descriptions():
    # "whats the reason for the gap" was steered off-topic: "reason" asks why, as "why" does
    _, gap = _conversation("when did us and russian negotiators last meet", "whats the reason for the gap")
    assert "full-scale invasion" in gap.text
    # "the ex biden pentagon official" is Wallander, not Biden (whom the article doesn't quote)
    assert respond("what did the ex biden pentagon official say about how u negotiate w russia"
                   ).fact_id == "wallander_quote"
    # "and whats that guys name": the one the last answer names and the question didn't
    _, name = _conversation("where did rubio meet the russian foreign minister",
                            "and whats that guys name")
    assert name.text.startswith("Sergey V. Lavrov.")
    # "why tho" is "why?"
    first, why = _conversation("what does schake call trumps policy", "why tho")
    assert why.fact_id == first.fact_id


def test_a_follow_up_about_something_the_article_never_mentions_is_not_the_last_answer_again():
    # a tester: "is she a democrat" after who Kori Schake is got her post again as "The article
    # says: ..."
    _, party = _conversation("who is kori schake", "is she a democrat")
    assert party.text.startswith("The article doesn't say anything about democrat")
    # ... but what kind of answer is wanted is asked of the last answer ("whats his position")
    _, title = _conversation("who is kori schake", "whats her actual title")
    assert "director of foreign and defense policy studies" in title.text


def test_a_testers_follow_ups_round_13():
    # "says who" after a quote is whose words they are
    _, who = _conversation("how many years of american foreign policy does trump reverse", "says who")
    assert "Kori Schake" in who.text and "doesn't say" not in who.text
    # "which bush" after George W. Bush: that one
    *_, bush = _conversation("what did truman do about russia", "and bush?", "which bush")
    assert "George W. Bush" in bush.text and not bush.text.startswith("The article doesn't say")
    # "is that true?" / "the article's response" after Trump blames Ukraine: where it weighs that
    *_, where, true = _conversation("whats trump's argument about who's to blame for the war",
                                    "where did he say that", "is that true?")
    assert "Mar-a-Lago" in where.text and "contrary to the reality" in true.text
    *_, response = _conversation("what did trump say at mar a lago",
                                 "and whats the article's response to that")
    assert "contrary to the reality" in response.text
    # "when was it published" after who wrote it: the article doesn't say, not off-topic
    _, when = _conversation("who wrote this article", "when was it published")
    assert when.text.startswith("The article doesn't say who wrote it")
    # "who invaded who" is not the Riyadh meeting; "who met there" after it is
    assert "full-scale invasion" in respond("who invaded who").text
    _, met = _conversation("where were the us-russia talks", "who met there")
    assert met.fact_id == "marco_rubio"


def test_a_general_definition_is_not_in_the_article_and_a_dropped_topic_is_not_carried_on():
    sphere = respond("what's a sphere of influence")
    assert sphere.text.startswith("The article doesn't say what a sphere of influence is")
    assert "spheres of influence" in sphere.text  # ... and where it uses the words
    # "whats crimea" then "so what's different from before": not about Crimea again
    *_, different = _conversation("since when has russia been fighting ukraine", "whats crimea",
                                  "so what's different from before")
    assert "crimea" not in different.text.lower()


def test_a_follow_on_whose_unknown_words_were_the_earlier_questions_offers_the_last_answer():
    *_, polls = _conversation("what did trump say about zelensky's approval rating",
                              "what number did he give", "and the real polls?")
    assert "50 percent" in polls.text
    assert "Truman to George W. Bush" in respond("which presidents saw russia as an adversary").text


def test_a_yes_no_follow_up_about_something_never_mentioned_after_another_fact():
    *_, party = _conversation("what does it mean the US refused to legitimize soviet conquest",
                              "who said that", "is she a democrat")
    assert party.text.startswith("The article doesn't say anything about democrat")
    _, both = _conversation("what did vance say", "were they both at the meeting")
    assert "about both" not in both.text


def test_a_what_question_in_other_words_than_the_articles_still_gets_the_last_answer():
    # "what did the author conclude about supporters" after the conclusion: its words aren't the
    # article's ("conclude"), but the question is about what was just said
    *_, concluded = _conversation("what's the test case", "what did the author conclude about supporters")
    assert not concluded.text.startswith("The article doesn't say")


def test_a_follow_up_the_last_answer_says_nothing_of_is_not_that_answer_again():
    # a fresh writer's follow-ups: "did they agree on anything" after the negotiators met got
    # "The article says: American and Russian negotiators met ..."
    _, agreed = _conversation("what did the us and russian negotiators discuss", "did they agree on anything")
    assert agreed.kind == "unknown" and agreed.fact_id is None
    _, others = _conversation("who did rubio meet", "who else was there")
    assert others.text.startswith("The article doesn't name anyone else")
    # ... but "which ones" after the presidents is that answer
    _, ones = _conversation("what did past presidents think of russia", "which ones")
    assert "Harry Truman to George W. Bush" in ones.text


def test_what_someone_talked_about_is_what_they_said():
    # over REST: "what did vance talk about before the meeting" got the Riyadh meeting as the
    # closest the article comes
    assert "from within" in respond("what did vance talk about before the meeting").text
    assert respond("what did putin talk about").text.startswith("The article doesn't say what Vladimir Putin said")


def test_a_tenth_writers_follow_ups():
    # "threat from where": the words of the last answer, and the sentence that says what follows
    _, where = _conversation("what did vance say", "threat from where")
    assert where.text.startswith('From the article: "Vice President JD Vance highlighted the perceived threat')
    # "what does the article say about zelensky" is about him, not what he said
    about, what = _conversation("what does the article say about zelensky", "international what")
    assert about.fact_id == "zelensky" and "significant international solidarity" in what.text
    # "how come" asks why
    first, why = _conversation("trump blames ukraine for the war", "how come")
    assert why.fact_id == first.fact_id == "trump_blames_ukraine"


def test_a_second_testers_follow_ups():
    # "what does zelenskys approval poll say": the poll, not Zelensky's words
    assert "50 percent" in respond("what does zelenskys approval poll say").text
    # "whats putins title": who he is, not the article's title
    assert respond("whats putins title").fact_id == "putin"
    # "why is trump wrong" after his claim about Zelensky: where the article weighs that claim
    _, wrong = _conversation("whats zelenskys approval rating", "why is trump wrong")
    assert wrong.fact_id == "zelensky_approval"
    # "in one line" is no topic; NATO or sanctions in plain words
    assert respond("whats the article about in one line").fact_id == "about"
    assert "NATO, sanctions or military aid" in respond("does the article mention nato or sanctions").text


def test_a_second_testers_follow_ups_on_people():
    # "which critics" after an answer that names them: that answer, not "doesn't say which"
    *_, which, supporters = _conversation("what do critics say about trump", "which critics",
                                          "what do supporters say")
    assert "Kori Schake" in which.text and not which.text.startswith("The article doesn't say")
    # ... and "what do supporters say" is a question of its own, not the critics again
    assert supporters.fact_id == "supporters_argue"
    # "whats his job" after "what did marco rubio say" (not quoted): Rubio's, not Trump's
    _, job = _conversation("what did marco rubio say", "whats his job")
    assert "Rubio" in job.text.split(".")[0]


def test_he_next_is_whom_the_turn_was_about():
    # a tester: "what does he think he can get" after "does trump see it that way" (answered with
    # Putin's fact) was read as Putin
    _, he = _conversation("does trump see putin as an ally", "what does he think he can get")
    assert "Putin thinks" not in he.text
    # ... but after "who did rubio meet", "his" is the one the answer brought in, and after
    # "who is lavrov" it is Lavrov
    _, role = _conversation("who did rubio meet", "whats his role")
    assert role.text.startswith("Sergey V. Lavrov")
    _, job = _conversation("who is lavrov", "what's his job")
    assert "Lavrov" in job.text.split(";")[0]


def test_whether_someone_holds_a_post_is_the_post_the_article_gives_them():
    assert "Vice President JD Vance" in respond("is jd vance secretary of state?").text
    assert "under President Joe Biden" in respond("was wallander part of trump's administration").text
    _, cabinet = _conversation("who is celeste wallander", "was she in trumps cabinet")
    assert "under President Joe Biden" in cabinet.text
    # ... not a claim about what they do ("is trump reversing 80 years of foreign policy"), nor
    # whether they hold it now, which the article doesn't say
    assert respond("is trump reversing 80 years of foreign policy").fact_id != "trump"
    _, now = _conversation("who is celeste wallander", "is she still in government now")
    assert now.text.startswith("The article doesn't say")


def test_a_follow_up_the_last_answer_answers_gets_it_again():
    # "what does he say they should've done" after what Trump blames Ukraine for: nothing else
    # answers it, so not "the article doesn't say"
    _, done = _conversation("what does trump blame ukraine for", "what shouldve they done according to him")
    assert "making concessions" in done.text


def test_an_unknown_about_a_time_does_not_answer_other_questions():
    # "what is the ryiadh meeting" is not when it took place
    assert respond("what is the ryiadh meeting").text.startswith("The meeting of Marco Rubio and Sergey V. Lavrov")


def test_a_third_testers_follow_ups_on_what_was_just_quoted():
    # "who brought that up" after the Baltic States: whom the answer names, not "doesn't say"
    *_, who = _conversation("what does the article say about the baltic states", "who brought that up")
    assert "Kori Schake" in who.text and not who.text.startswith("The article doesn't say")
    # "between who" after the new Cold War: the answer says
    _, between = _conversation("what's a new cold war", "between who")
    assert "between the West and the East" in between.text
    assert not between.text.startswith("The article doesn't say")
    # "is that in the article or r u guessing": yes, in its own words
    _, check = _conversation("what did trump say at mar a lago", "is that in the article or r u guessing")
    assert check.text.startswith("Yes, that is in the article") and "You could have made a deal" in check.text
    # "another one" after a quote: a different one
    first, another = _conversation("tell me one quote from the piece", "another one")
    assert another.fact_id and another.fact_id != first.fact_id


def test_a_number_asked_in_an_unknowns_terms_is_not_the_nearest_number():
    # "what approval number did trump actually claim": the article gives the polls' figure, not his
    reply = respond("what approval number did trump actually claim for zelensky")
    assert reply.text.startswith("The article doesn't say what approval figure Trump claimed")
    # ... and "is rubio the secretary of state" is the unknown of his title, not his post check
    assert respond("is rubio the secretary of state").text.startswith(
        "The article doesn't say what Marco Rubio's job title is")


def test_who_is_quoted_is_everyone_quoted():
    # a fresh writer: "who else did the article quote" after Schake got Trump's words
    _, others = _conversation("what did schake say", "who else did the article quote")
    assert others.fact_id == "who_is_quoted" and "Celeste A. Wallander" in others.text
    # a tester: "which european leaders are quoted" got Europe's fears again
    _, european = _conversation("how do europeans feel about all this", "which european leaders are quoted")
    assert european.text.startswith("The article quotes no European leaders.")
    # "which countries was she on about" after Schake's Cold War: the Baltic States, as quoted
    _, which = _conversation("what did schake say about the cold war", "which countries was she on about")
    assert "Baltic States" in which.text and not which.text.startswith("The article doesn't")


def test_and_about_someone_replaces_whom_the_question_was_about():
    # a tester: "and about putin" after "what does trump think about zelensky" asked it of Putin
    # as the thinker; it asks what Trump thinks about Putin
    _, putin = _conversation("wat does trump think about zelenskyy", "and about putin")
    assert "optimistic view of Putin" in putin.text and not putin.text.startswith("The article doesn't")


def test_follow_ups_the_article_leaves_unanswered_say_so():
    # a tester: "why not" after Trump refrained from criticising Putin got a reason for something else
    _, why = _conversation("did trump criticize putin at all", "why not")
    assert why.text.startswith("The article doesn't say why")
    # "did they agree on anything" after whom Lavrov met: what the meeting decided isn't given
    *_, agreed = _conversation("who is sergey lavrov", "who did he meet", "did they agree on anything")
    assert agreed.text.startswith("The article doesn't say") and "what it decided" in agreed.text


def test_a_long_word_with_one_letter_changed_is_a_typo():
    reply = respond("how many historical conferances does the article compare riyahd to")
    assert "Congress of Vienna" in reply.text and reply.kind == "fact"
    # round 17's writer: a vowel written for the one it sounds like, from six letters on
    known = knowledge()
    assert known.spell_words("what did the analists say") == "what did the analysts say"
    assert known.spell_words("where was the meating") == "where was the meeting"
    assert known.spell_words("is putin a liar") == "is putin a liar"  # short words stay as typed
    assert respond("what did the analists say").fact_id == "presumption_of_distrust"
    # ... where to share a view is a place the closing line gives
    assert "in the comments" in respond("where can i share what i think about this").text


def test_a_question_about_the_article_is_not_off_topic():
    # a tester: "whats the strongest counterargument in the article" got the off-topic steer
    reply = respond("whats the strongest counterargument in the article")
    assert reply.kind != "off_topic" and "Critics say" in reply.text


def test_according_to_someone_asks_for_their_view():
    reply = respond("according to the biden-era official, should we treat moscow like a pal")
    assert "Celeste A. Wallander" in reply.text and "best friends" in reply.text


def test_who_says_a_word_is_looked_up_where_the_article_uses_it():
    # the second tester of round 13: "who says brutal" got the closing line as the closest
    brutal = respond("who says brutal")
    assert brutal.text.startswith("The article itself, in its own voice:") and "brutal pivot" in brutal.text
    # quoted words are the speaker's ("She asserts, “When you ..." is Wallander's)
    known = knowledge()
    asserts = next(i for i, s in enumerate(known.sentences) if s.startswith("She asserts"))
    assert known.speaker_of(asserts).name == "Celeste A. Wallander"
    assert known.speaker_of(asserts + 1).name == "Celeste A. Wallander"
    assert known.speaker_of(known.sentences.index("Trump’s brutal pivot stands in stark contrast.")) is None
    assert respond("who mentioned the baltic states").text.startswith("Kori Schake")
    # ... and words it gives to critics are theirs
    assert respond("who calls it a betrayal").text.startswith("Critics say")
    # "where does the article say elections are rigged": the sentence
    assert "tightly controlled by the Kremlin" in respond("where does the article say elections are rigged").text


def test_a_fresh_writers_pronouns_and_words():
    # "has he ever called him out" after Trump's stance on Putin: "him" is Putin, and "ever" is no
    # topic the article lacks
    _, out = _conversation("whats trumps stance on putin", "has he ever called him out")
    assert "refrained from criticizing" in out.text
    # "is he having a hard time" after who Zelensky is: his significant challenges
    _, hard = _conversation("who is zelensky", "is he having a hard time")
    assert "significant challenges" in hard.text and not hard.text.startswith("The article doesn't")
    # "which continent ... too costly to defend": Europe
    assert "burden of defending Europe" in respond(
        "which continent do trump and his advisers think is too costly to defend").text


def test_and_how_after_an_answer_is_how_that_answer_says():
    # n12: "and how" after Trump thinks the war can be settled got who Putin is
    _, how = _conversation("does trump think the war can be settled", "and how")
    assert "simple concessions" in how.text
    _, so = _conversation("what did trump say about ukraine", "how so")
    assert so.fact_id == "trump_blames_ukraine"


def test_a_close_runner_up_that_says_every_word_answers():
    # n12: "what does trump want ukraine to give up" got his call for elections as the closest
    assert "surrender territory" in respond("what does trump want ukraine to give up").text
    assert respond("what does trump want ukraine to give up").kind == "fact"


def test_what_does_the_article_say_someone_does_quotes_where_it_says_so():
    assert "undemocratic nature of elections" in respond("what does the article say trump ignores").text
    # "where have the tensions ... been building": between the West and the East
    assert "between the West and the East" in respond(
        "where have the tensions described as a new cold war been building").text
    # "does trump figure this can be wraped up quick": 'figure' is thinking, not the approval figure
    assert "easy settlement" in respond("does trump figure this can be wraped up quick").text


def test_a_follow_up_is_not_answered_by_the_article_overview():
    # n12: "so whats the actual goal then" after Wallander on negotiations got what the article
    # is about; the goal is in her words
    _, goal = _conversation("what does wallander say about negotiations", "so whats the actual goal then")
    assert "dangerous adversary" in goal.text
    # l10: "so it was in saudi?" after where the meeting with Lavrov was
    _, saudi = _conversation("where was the meeting with lavrov", "so it was in saudi?")
    assert "Riyadh, Saudi Arabia" in saudi.text


def test_a_fourth_testers_questions_about_the_articles_words():
    # "what does "spheres of influence" mean": not defined; where the article uses the words
    spheres = respond('what does "spheres of influence" mean')
    assert spheres.text.startswith('The article doesn\'t say what "spheres of influence" means')
    assert "legitimizing aggression to create spheres of influence" in spheres.text
    # "how many times is china mentioned": counted, not "no number"
    china = respond("how many times is china mentioned")
    assert china.text.startswith("The article mentions China in one sentence") and "rising threat" in china.text
    assert respond("how many times is nato mentioned").text == "The article doesn't mention nato."
    # "why is he mentioned" after Truman: what the article names him for
    _, why = _conversation("tell me about truman", "why is he mentioned")
    assert "viewed Russia with caution" in why.text
    # "what else did she say" after Schake's Baltic States: more of her words, not an unknown
    *_, more = _conversation("baltic states?? whats that about", "who brought it up", "what else did she say")
    assert "disgraceful reversal" in more.text


def test_who_said_something_like_that_is_someone_else_quoted_on_it():
    # a tester: after the presumption of distrust, "who said something like that" got it again
    _, alike = _conversation("wat does presumption of distrust mean", "who said something like that")
    assert alike.text.startswith("Celeste A. Wallander, in the article's words:")
    _, none = _conversation("what did trump say at mar a lago", "did anyone else say something like that")
    assert none.text == "The article quotes no one else saying anything like that."
    # "what did trump say there" after where Mar-a-Lago is: what he said there
    _, there = _conversation("wheres mar a lago", "what did trump say there")
    assert "You could have made a deal" in there.text


def test_what_experts_think_is_their_view_not_the_list_of_people_quoted():
    # a tester: "what do experts think" got the list of everyone quoted, Trump among the "experts"
    _, experts = _conversation("is trumps view of putin optimistic or pessimistic", "what do experts think")
    assert experts.fact_id == "pragmatic_vs_trump"
    _, defending = _conversation("what do the experts say about it", "anyone defending trump")
    assert defending.fact_id == "supporters_argue"


def test_a_fourth_testers_follow_ups_on_claims_and_views():
    # "so whos lying" after Trump's claim about Zelensky's approval: where the article weighs it
    *_, lying = _conversation("whats zelenskys approval rating", "what does trump claim it is", "so whos lying")
    assert "vastly inflated" in lying.text
    # "why does china matter here": the rising threat
    *_, china = _conversation("what about china", "why does china matter here")
    assert "rising threat from China" in china.text and not china.text.startswith("The article doesn't")
    # "whats the writers opinion of trump": its own critical words
    assert "particularly egregious" in respond("whats the writers opinion of trump").text


def test_two_people_asked_about_at_once_get_both():
    # a tester: "compare schake and wallander's views" got a hedge, "who did each work for" one of them
    both = respond("compare schake and wallander's views")
    assert "disgraceful reversal" in both.text and "presumption" in both.text
    _, each = _conversation("how do schake and wallander differ", "who did each work for")
    assert "American Enterprise Institute" in each.text and "assistant secretary of defense" in each.text
    # ... but a contrast the article draws itself is that contrast
    assert respond("how does wallanders approach compare with trumps").fact_id == "pragmatic_vs_trump"


def test_whether_someone_said_a_claim_is_their_own_words():
    # "does trump basically say ukraine started it": his words at Mar-a-Lago, not where the
    # article weighs them
    for question in ("does trump basically say ukraine started it", "did trump say kyiv picked the fight"):
        assert "You should have never started it" in respond(question).text
    # "cold war us vs today's us according to schake": today is one side of the comparison
    assert "refused to legitimize" in respond("cold war us vs today's us according to schake").text


def test_who_said_something_also_says_who_they_are():
    reply = respond("who said it's a disgraceful reversal")
    assert reply.text.endswith('Who she is: "Kori Schake, director of foreign and defense policy '
                               'studies at the American Enterprise Institute"')
    # ... not where the answer says it already
    assert "Who he is" not in respond("who warned about a threat from within").text


def test_she_after_an_answer_naming_two_women_asks_which():
    *_, which, named = _conversation("who are the critics", "what did she say", "wallander")
    assert which.kind == "clarify" and which.text.startswith("Kori Schake or Celeste A. Wallander?")
    assert named.fact_id == "wallander_quote"
    # one woman talked about: no question
    _, said = _conversation("who is celeste wallander", "what did she say")
    assert said.fact_id == "wallander_quote"


def test_found_in_the_browser_round_14():
    # "who says brutal" after Schake's words: looked up, not read as a follow-up about her
    *_, brutal = _conversation("what did schake say", "and schake?", "who says brutal")
    assert brutal.text.startswith("The article itself, in its own voice:")
    # "did they agree on anything in riyadh" after Mar-a-Lago: not the meeting as if it said so
    *_, agreed = _conversation("what did trump say at mar a lago", "who was he talking to",
                               "did they agree on anything in riyadh")
    assert agreed.kind != "fact"


def test_found_on_the_phone_round_14():
    # "is he secretary of state" after "wat did vance say b4 that" (which leaned on "who met in
    # saudi"): he is Vance - the earlier question's "who" didn't make this turn a who-question
    *_, post = _conversation("who met in saudi", "wat did vance say b4 that", "is he secretary of state")
    assert "Vice President JD Vance" in post.text
    # "what does spheres of influence mean" after an answer names its term: not "what does that mean"
    _, term = _conversation("who is kori schake", "what does spheres of influence mean")
    assert term.text.startswith('The article doesn\'t say what "spheres of influence" means')


def test_exact_words_asked_for_are_the_whole_quotation_of_the_one_asked_about():
    known = knowledge()
    # the whole of Wallander's quotation, both sentences, not Trump's (whose examples say "exact")
    exact = respond("give me wallander's exact words")
    assert exact.text.startswith("Celeste A. Wallander's words, as the article quotes them:")
    assert "You try to find overlapping interests" in exact.text and "Mar-a-Lago" not in exact.text
    # after an answer: the quotation it quoted from, in full
    _, schake = _conversation("what did schake say", "word for word pls")
    assert "Throughout the Cold War" in schake.text and "spheres of influence.”" in schake.text
    # someone quoted only in passing, someone never quoted
    _, vance = _conversation("who is vance", "his exact words?")
    assert vance.text.startswith("The article quotes JD Vance only in passing")
    assert respond("what were putin's exact words").text.startswith(
        "The article doesn't quote Vladimir Putin's words")
    # what the article only reports is not passed off as his words
    _, reported = _conversation("how popular is zelensky", "what were trump's actual words on that")
    assert reported.text.startswith("The article doesn't quote Donald Trump's own words on that")
    assert [run for run in known.quotations(known.person_in("trump")[0])] == [[8, 9], [35]]
    for reply in (exact, schake, vance, reported):
        for quotation in quotations(reply.text):
            assert quotation in ARTICLE


def test_what_someone_said_is_their_quotation_before_a_phrase_quoted_in_passing():
    # "what did trump say": "You should have never started it", not the "new elections" sentence
    assert respond("what did trump say").fact_id == "mar_a_lago"
    assert respond("what did trump say about elections").fact_id == "new_elections"


def test_and_someone_after_a_question_only_about_whom_it_names_asks_it_of_them():
    # "and zelensky?" after a count asks for his count, not who he is
    _, count = _conversation("how many times is putin mentioned", "and zelensky?")
    assert count.text.startswith("The article mentions Zelensky in 3 sentences")
    _, words = _conversation("what did wallander say", "and schake?")
    assert words.fact_id == "schake_quote"
    # ... not a question about something besides them: "and Vance?" after what Rubio did in Saudi
    # Arabia asks what Vance did, not whether he was in Saudi Arabia
    _, vance = _conversation("what did rubio do in saudi arabia", "and Vance?")
    assert "from within" in vance.text


def test_which_ones_the_article_speaks_of_without_naming_any_is_a_doesnt_say():
    # "which polls": "actual polls" named by no one; "which baltic states": the Baltic States only
    for question, noun in (("which polls put zelensky at 50 percent", "polls"),
                           ("which baltic states did the soviets conquer", "states")):
        reply = respond(question)
        assert reply.kind == "unknown" and reply.text.startswith(f"The article doesn't say which {noun}.")
    # ... but it does name the presidents, and the one Wallander served under
    assert "Harry Truman" in respond("which past presidents were wary of moscow").text
    assert respond("which president did wallander serve").kind == "fact"


def test_a_follow_up_asking_for_something_instead_or_else_moves_on_from_the_last_answer():
    # the sixth tester: both got the last answer again
    *_, instead = _conversation("what does it say about ukraine defending itself",
                                "and what did trump tell them to do instead")
    assert instead.fact_id == "trump_blames_ukraine"
    *_, ignored = _conversation("how long has russia been fighting ukraine", "and trump ignores that?",
                                "what else does he ignore")
    assert ignored.fact_id == "russia_elections"


def test_found_by_the_sixth_tester():
    # "and where does she work" after Schake's words: her institute, not "names no place"
    *_, work = _conversation("who's the think tank guy quoted", "what did she say exactly",
                             "and where does she work")
    assert "American Enterprise Institute" in work.text and "no place" not in work.text
    # "what did she say exactly": her whole quotation
    assert _conversation("who is kori schake", "what did she say exactly")[1].text.startswith(
        "Kori Schake's words, as the article quotes them:")
    # "brutal? where does it say that": the word first, then the question - and whose words
    brutal = respond("brutal? where does it say that")
    assert brutal.text == ('The article says it here, in its own voice:\n'
                           'From the article: "Trump’s brutal pivot stands in stark contrast."')
    assert respond("egregious?? who says that").text.startswith("The article itself, in its own voice:")


def test_the_other_one_is_the_one_listed_with_whom_the_conversation_is_about():
    *_, other = _conversation("which one mentions the baltics", "and the other one talks about what")
    assert other.text.startswith("Celeste A. Wallander")
    _, pentagon = _conversation("who is wallander", "and the other expert, is he from the pentagon too")
    assert "American Enterprise Institute" in pentagon.text
    _, words = _conversation("what did wallander say", "what about the other one")
    assert words.fact_id == "schake_quote"
    # "and wallander?" after who the institute's person is: who she is, not "doesn't say anything"
    _, wallander = _conversation("who is the american enterprise institute person", "and wallander?")
    assert wallander.fact_id == "celeste_wallander"


def test_someone_described_instead_of_named_is_the_one_the_description_fits():
    # "the pentagon lady": the one woman the article makes a secretary of defense
    *_, president = _conversation("who is the pentagon lady in this", "what was her job again",
                                  "under which president")
    assert "under President Joe Biden" in president.text
    assert respond("who is the pentagon lady in this").fact_id == "celeste_wallander"
    # ... not a post the article gives no one now, or a description two people fit
    assert respond("who is the secretary of state").kind == "unknown"
    assert knowledge().described("the defense woman") is None


def test_exact_words_after_an_answer_naming_two_quoted_people_are_both_quotations():
    _, both = _conversation("who disagrees with trump", "exact words pls")
    assert both.text.count("words, as the article quotes them:") == 2
    assert "disgraceful reversal" in both.text and "overlapping interests" in both.text


def test_one_of_two_asked_is_the_one_the_fact_names():
    _, after = _conversation("how long since the negotiators last met", "was it before or after the invasion")
    assert after.text.startswith("After - the article says:")
    assert respond("was the meeting in riyadh or moscow").text.startswith("Riyadh - the article says:")
    # "or not" is a yes or no; a fact that names both, or not what else is asked, picks neither
    assert not respond("did trump criticize putin or not").text.startswith("Putin")
    assert not respond("im confused, is trump blaming russia or ukraine").text.startswith(("Russia", "Ukraine"))


def test_questions_about_the_article_as_a_text():
    # the sixth tester: the main argument got Trump's argument, both sides "doesn't say anything
    # about both", how the pivot is described a hedge with the China passage
    assert respond("ok whatever. whats the main argument").fact_id == "about"
    assert respond("does the article give both sides").fact_id == "writer_stance"
    assert respond("how does the article describe trumps pivot").fact_id == "writer_stance"
    assert respond("who gets the last word in the piece").fact_id == "conclusion"


def test_the_words_of_someone_described_by_a_post_only_they_held():
    # "pentagon" reads as "secretary defense": Wallander's post; Biden, whom that sentence also
    # names, isn't quoted - and "keeping promises" is honouring agreements
    reply = respond("what did the pentagon official say about putin keeping promises")
    assert reply.kind == "fact" and reply.fact_id == "wallander_quote"
    # a description that fits two people, or none, names no one
    assert knowledge().described("the american expert") is None  # Schake and Wallander
    # ... and a country narrows it down to those of that country (Rubio met Russia's minister)
    assert knowledge().described("the russian foreign minister").name == "Sergey V. Lavrov"
    assert respond("who's ukraine's foreign minister").kind != "fact"


def test_a_phrase_the_article_uses_word_for_word_is_found_where_it_is_used():
    # "threat from within": Vance's words, not "the rising threat from China"
    meaning, said = _conversation("what does 'threat from within' mean", "who said it")
    assert "JD Vance" in meaning.text and "China" not in meaning.text
    assert "JD Vance" in said.text


def test_whether_the_article_names_them_is_read_from_the_last_answer():
    _, proponents = _conversation("who are these proponents", "did the article name any of them")
    assert proponents.text.startswith("No - the article doesn't name them")
    _, critics = _conversation("who are the critics", "does the article name them")
    assert critics.text.startswith("Yes: Kori Schake and Celeste A. Wallander.")


def test_whether_someone_else_agrees_is_where_the_article_sets_their_views_against_each_other():
    # the sixth tester's "and does trump agree" after Wallander got the sovereignty line
    _, trump = _conversation("what did wallander say", "does trump agree")
    assert trump.fact_id == "pragmatic_vs_trump" and "sets Donald Trump's view against it" in trump.text
    # no such passage for Schake's words, and nothing on whether one critic agrees with the other
    assert _conversation("what did schake say", "does trump agree with her")[1].text.startswith(
        "The article doesn't say whether Donald Trump agrees")
    assert _conversation("what did wallander say", "does schake agree")[1].kind == "unknown"


def test_who_else_thinks_so_and_how_often_someone_is_quoted():
    # "who else thinks like her" after Wallander: no one quoted saying the same; the critics
    _, alike = _conversation("what did wallander say", "who else thinks like her")
    assert alike.kind == "unknown" and "the critics it quotes are Kori Schake" in alike.text
    # "how many times does the article quote trump": counted from its quotation marks
    trump = respond("how many times does the article quote trump")
    assert trump.text.startswith("The article quotes Donald Trump twice:") and "new elections" in trump.text
    assert respond("how often is putin quoted").text == "The article doesn't quote Vladimir Putin at all."
    for reply in (alike, trump):
        for quotation in quotations(reply.text):
            assert quotation in ARTICLE


def test_a_time_asked_of_the_last_answer_is_its_time_and_a_gap_does_not_contradict_the_fact_below():
    # "since when" after what Trump overlooks: "Since 2014", not "gives no date ... Since 2014"
    _, since = _conversation("what does trump overlook about russia", "since when")
    assert since.fact_id == "since_2014" and since.kind == "fact"
    # a date the article gives for something else is said to be for something else
    meeting = respond("when did the riyadh meeting end")
    assert meeting.kind == "unknown" and meeting.text.startswith("The article doesn't say when")
    # (round 34: the invasion is a fact of its own, which gives no date)
    invasion = respond("when did the full scale invasion start")
    assert invasion.text.startswith("The article doesn't say when that was: it gives no date or time for it.")


def test_what_about_is_a_follow_on_and_any_names_asks_which():
    # p15's dev half: "what about china" read as "which china", and "which leaders tho, any
    # names?" got the list of everyone the article names
    _, china = _conversation("why does trump want to get closer to russia", "what about china")
    assert "rising threat from China" in china.text
    _, names = _conversation("how are european leaders reacting", "which leaders tho, any names?")
    assert names.text.startswith("The article doesn't say which leaders")


def test_found_by_the_seventh_tester():
    # "exact words pls" after the article's own words: not Trump's, whom the answer mentions
    *_, exact = _conversation("what does 'presumption of distrust' mean in the article", "who said that",
                              "exact words pls")
    assert exact.text.startswith("Those are the article's own words") and "Mar-a-Lago" not in exact.text
    # "what do supporters say exactly": the supporters', not the critics' just listed
    *_, supporters = _conversation("who disagrees with it", "what do supporters say exactly")
    assert supporters.fact_id == "supporters_argue"
    # "who mentioned them" after the Baltic States: Schake, not a sentence with the word "them"
    _, mentioned = _conversation("what are the baltic states", "who mentioned them")
    assert "Kori Schake" in mentioned.text
    # ... and "about them" doesn't make the next question one the last answer can't answer
    *_, cold_war = _conversation("what are the baltic states", "who mentioned them",
                                 "what did the US do about them in the cold war")
    assert cold_war.fact_id == "baltic_states"
    # "and who met lavrov right after?" asks who, not what Lavrov said
    *_, met = _conversation("what did vance say", "where was he when he said it",
                            "and who met lavrov right after?")
    assert "Marco Rubio" in met.text
    # "is that true tho" after Trump's quotation: where the article weighs it
    *_, weighed = _conversation("where did trump say ukraine should never have started it",
                                "exact words pls", "is that true tho")
    assert "contrary to the reality on the ground" in weighed.text
    # "does trump share that view" after what analysts say of him: that answer
    *_, view = _conversation("what does 'presumption of distrust' mean in the article", "who said that",
                             "does trump share that view?")
    assert "misplaced faith" in view.text
    # "between who exactly" after the new Cold War
    _, between = _conversation("what's the 'new cold war' bit", "between who exactly")
    assert "the West and the East" in between.text


def test_and_now_after_a_past_is_the_words_that_go_on_to_the_present():
    # p15 and the seventh tester: "and now?" after Schake's Cold War got the "new Cold War" line
    _, now = _conversation("what did the us do during the cold war according to schake", "and now?")
    assert now.text == ('Kori Schake goes on:\nFrom the article: "Now we’re legitimizing aggression to '
                        'create spheres of influence.”"')


def test_whether_the_article_uses_words_the_reader_quotes():
    # the seventh tester: "the article says trump's pivot is 'brutal'?" got the China sentence, and
    # "where does it say that" the same, as "Yes, that is in the article"
    brutal, where = _conversation("the article says trump's pivot is 'brutal'?", "where does it say that")
    assert brutal.text == ('Yes - in the article\'s own voice:\n'
                           'From the article: "Trump’s brutal pivot stands in stark contrast."')
    assert "Trump’s brutal pivot stands in stark contrast." in where.text
    assert respond("is 'disgraceful' the article's word or someone else's").text.startswith(
        "Those are Kori Schake's words, quoted in the article:")
    assert respond("does the article call putin a 'dictator'").text == 'The article doesn\'t use the word "dictator".'


def test_her_is_the_one_woman_asked_about_when_the_last_answer_names_none():
    # the seventh tester: after an answer about Trump, "her" could only be Schake
    *_, job = _conversation("whats the american enterprise institute", "is it left or right wing",
                            "so why would someone from there criticize trump", "what exactly is her job there")
    assert job.fact_id == "kori_schake"


def test_according_to_the_author_asks_the_article_not_who_wrote_it():
    reply = respond("who wins according to the author")
    assert reply.kind == "unknown" and "who wrote it" not in reply.text


def test_whether_it_quotes_any_of_a_group_it_names_no_one_of():
    # the seventh tester: "does it quote any trump supporters" got Trump's own words
    supporters = respond("does it quote any trump supporters")
    assert supporters.text.startswith("The article quotes no Trump supporters.")
    assert respond("are any russians quoted").text.startswith("The article quotes no Russians.")
    assert respond("does the article quote any critics").text.startswith("Three people are quoted directly")
    # and "any evidence for that" is a question about the source, not off-topic chat
    _, evidence = _conversation("what does trump claim about zelensky", "any evidence for that")
    assert evidence.text.startswith("The article doesn't say where that comes from")


def test_the_one_someone_named_met_is_the_other_person_and_he_next():
    # p15's dev half: "who is the guy rubio met" answered with Rubio, then "his job" was Rubio's
    met, job = _conversation("who is the guy rubio met", "what's his job")
    assert met.fact_id == job.fact_id == "lavrov"


def test_people_who_like_the_policy_are_its_supporters():
    assert respond("what do people who like the policy say").fact_id == "supporters_argue"
    assert respond("what do people who oppose it say").fact_id == "critics_argue"


def test_the_articles_sections_are_listed_found_and_followed():
    # the eighth tester: "and the subheadings?" got "doesn't say anything about subheadings"
    known = knowledge()
    assert [heading for heading, _ in known.sections][:2] == ["The Shift in U.S.-Russian Relations",
                                                              "The Broader Implications"]
    assert all(heading in ARTICLE for heading, _ in known.sections) and len(known.sections) == 7
    _, listed = _conversation("what's the headline", "and the subheadings?")
    assert listed.text.startswith("Its headline, then these sections:") and "Challenging Expert Consensus" in listed.text
    # which section says something; what a named section says; whether anyone is quoted in it;
    # the next one
    where = respond("which section talks about elections")
    assert where.text.startswith('Under the heading "Blaming the Victim: Trump’s Consideration of Ukraine":')
    named, quotes, after = _conversation("whats the section called 'the vanguard of change' about",
                                         "does it have any quotes in it", "ok and the section after that")
    assert named.text.startswith('Under the heading "The Vanguard of Change: Trump’s Unconventional Tactics"')
    assert quotes.text == "No - no one is quoted under that heading."
    assert after.text.startswith('Under the next heading, "Conclusion: The Future of U.S. Foreign Policy"')
    for reply in (listed, where, named, after):
        for quotation in quotations(reply.text):
            assert quotation in ARTICLE
    # a phrase of a heading asked about without a section is the phrase, not the section
    assert not respond("what does 'unconventional tactics' refer to").text.startswith("Under the heading")


def test_a_follow_up_that_asks_for_an_overview_in_its_own_words_gets_it():
    # the eighth tester: "what numbers does it give then" after the aid question got "doesn't say
    # anything about numbers" (a follow-up never moved on to an overview)
    *_, figures = _conversation("ok how much money has the us given ukraine", "what numbers does it give then")
    assert figures.fact_id == "numbers"


def test_found_by_the_eighth_tester():
    # "is he secretary of state?" after "im confused who is rubio": he is Rubio, not Lavrov
    _, post = _conversation("im confused who is rubio", "is he secretary of state?")
    assert "Marco Rubio" in post.text.split("\n")[0] and "Lavrov is Russia" not in post.text
    # "the biden lady" is the woman whose post was under Biden
    assert respond("what did the biden lady say").fact_id == "wallander_quote"
    assert respond("who is the biden lady").fact_id == "celeste_wallander"
    # "who thinks thats a bad idea" after the China reason: the critics
    *_, critics = _conversation("so trump wants to be friends w russia, why", "what's the china thing",
                                "and who thinks thats a bad idea")
    assert critics.fact_id == "critics_argue"
    # "what's her main point" is her words, not the article's main point
    _, point = _conversation("whats AEI", "what's her main point")
    assert point.fact_id == "schake_quote"
    assert respond("whats the main argument").fact_id == "about"


def test_more_of_the_eighth_testers_follow_ups():
    # "and what did HE think about russia" after Biden: the pronoun inside an "and ..." question
    *_, biden = _conversation("which president did wallander work under", "and what did HE think about russia")
    assert biden.text.startswith("The article doesn't say what Joe Biden thinks")
    # "what about putin, any quotes from him" after Lavrov: "him" is Putin, named just before it
    *_, putin = _conversation("what does russias top diplomat say in the article",
                              "what about putin, any quotes from him")
    assert "Lavrov" not in putin.text.split("\n")[0]
    # "why does the article think thats dumb" after Trump's call for new elections: its reasons
    _, dumb = _conversation("what does trump want ukraine to do before peace talks",
                            "why does the article think thats dumb")
    assert "simplistic" in dumb.text and not dumb.text.startswith("The article doesn't answer")


def test_a_fresh_start_and_giving_up_land():
    # "ok forget it. what did truman think" after Biden: a question of its own
    *_, truman = _conversation("which president did wallander work under", "and what did HE think about russia",
                               "ok forget it. what did truman think")
    assert truman.kind == "fact" and "viewed Russia with caution" in truman.text
    # "giving up land" is surrendering territory
    assert respond("what kind of deal, giving up land?").fact_id == "trump_blames_ukraine"
    assert respond("what kind of deal, giving up land?").kind == "fact"


def test_a_part_of_the_world_is_no_section_of_the_article():
    assert not respond("what part of the world is trump shifting focus to").text.startswith("Under the heading")
    assert respond("which part of the article talks about china").text.startswith(
        'Under the heading "Partitioning Control')


def test_a_close_match_about_the_one_person_named_beats_one_about_no_one_named():
    # found over REST: "what was vance worried about" got Europe's worries ("concerned")
    assert "JD Vance" in respond("what was vance worried about").text.split("\n")[0]
    # ... not for the article's subject, whom most facts name
    assert knowledge().named_share(knowledge().person_in("trump")[0]) > 0.25


def test_what_they_point_to_is_what_they_see():
    # found over REST: "what threat do trump's advisors point to" hedged with the answer
    reply = respond("what threat do trump's advisors point to")
    assert reply.kind == "fact" and "rising threat from China" in reply.text


def test_the_other_one_after_a_description_that_names_someone_else():
    # found on the phone: "and the other one?" after "whos the biden lady" got Biden
    _, other = _conversation("whos the biden lady", "and the other one?")
    assert other.fact_id == "kori_schake"


def test_the_other_one_after_a_list_of_more_than_two_asks_which():
    # found in the shell: "the other one?" after who is quoted (four names) got a wrong fact
    _, which = _conversation("who r the experts quoted", "the other one?")
    assert which.kind == "clarify" and which.text.startswith("Which one - Donald Trump, Kori Schake")
    # after a pair it is the other of the two
    assert _conversation("who are the critics", "which one mentions the baltics",
                         "and the other one talks about what")[-1].text.startswith("Celeste A. Wallander")


def test_what_a_message_asks_is_found_past_openers_and_a_readers_preamble():
    # Round 16's fresh conversations: "wait so who is lavrov" got who Trump is; a reader's
    # words about themselves ("school") were taken for what the article should cover.
    assert respond("wait so who is lavrov").fact_id == "lavrov"
    assert respond("ok who is lavrov").fact_id == "lavrov"
    quoted = respond("im doing a school assignment on this, who are the experts quoted")
    assert quoted.fact_id == "who_is_quoted"
    _, shes = _conversation("who is kori schake", "does the article say whether shes right")
    assert "Schake" in shes.text


def test_someone_described_by_their_country_is_never_someone_of_another():
    # "who's the russia guy in it" got Trump (his answers say Russia), after an overview Truman.
    for opening in ([], ["hey whats this article about"]):
        *_, russian = _conversation(*opening, "who's the russia guy in it")
        assert "Vladimir Putin" in russian.text and "Sergey V. Lavrov" in russian.text
        assert "Trump is" not in russian.text and "Truman" not in russian.text
    _, second = _conversation("who's the russia guy in it", "the second one")
    assert second.fact_id == "lavrov"
    _, which = _conversation("who's the russian guy", "what did he say")
    assert which.kind == "clarify"
    assert respond("the biden lady quoted in here, whats her name").fact_id == "celeste_wallander"
    assert respond("whats the name of the biden lady").fact_id == "celeste_wallander"


def test_who_is_anyone_the_article_names_gets_them_by_every_alias():
    # Round 16: "who is putin" got who Trump is - read as a description ("putin" fits Trump,
    # whose answer names Putin) before it was read as a name.
    known = knowledge()
    for person in known.people:
        for alias in person.aliases:
            for asked in (f"who is {alias}", f"who's {alias}?", f"wait so who is {alias}"):
                assert respond(asked).fact_id == known.who_is(person).id, asked


def test_for_or_against_asks_which_side_not_which_word():
    # "is it for or against trump" after the summary got "For - the article says ...": the
    # summary has the word "for" in it.
    _, side = _conversation("tldr pls", "is it for or against trump")
    assert not side.text.startswith("For") and "critical" in side.text


def test_a_statement_put_up_to_be_checked_is_asked():
    # Round 16: "so trump criticized putin for the invasion right" was hedged ("doesn't answer
    # that directly"); asked as a statement it is answered, and "so schake is right" is no check.
    assert respond("so trump criticized putin for the invasion right").fact_id == "no_criticism_of_putin"
    assert respond("so trump criticized putin for the invasion right").kind == "fact"


def test_she_after_a_list_is_the_one_whose_words_the_question_repeats():
    # Round 16: "what did she mean by presumption they will violate them" after who is quoted
    # asked "Kori Schake or Celeste A. Wallander?" - the words are Wallander's alone.
    _, meant = _conversation("who is quoted", "what did she mean by presumption they will violate them")
    assert meant.kind != "clarify" and "presumption that they will violate them" in meant.text
    _, which = _conversation("who is quoted", "what did she say")
    assert which.kind == "clarify"


def test_what_they_actually_did_is_the_articles_account_against_the_claim():
    # Round 16's writer: "and what did ukraine actually do" after what Trump thinks Ukraine should
    # have done got Zelensky's approval; "what does trump say ukrainian leaders are responsible
    # for" got his call for elections (a quotation of his) over what he says of their blame.
    _, actually = _conversation("what does trump think ukraine should have done", "and what did ukraine actually do")
    assert actually.fact_id == "ukraine_sovereignty"
    blamed, did = _conversation("what does trump say ukrainian leaders are responsible for",
                                "and what did they actually do")
    assert blamed.fact_id == "trump_blames_ukraine" and did.fact_id == "ukraine_sovereignty"


def test_a_question_the_reader_marks_as_off_the_article_is_steered_back():
    # Round 16: "lol random but is saudi arabia nice to visit" got the Riyadh meeting.
    assert respond("lol random but is saudi arabia nice to visit").kind == "off_topic"
    assert respond("did rubio visit riyadh").kind == "fact"  # travel words alone are no sign
    # Round 17's writer: "what's the weather in riyadh tomorrow" got the Riyadh meeting; weather
    # is never the article's, whatever place it names ("beef been cooking" is still the article)
    assert respond("what's the weather in riyadh tomorrow").kind == "off_topic"
    assert respond("best pizza in moscow?").kind == "off_topic"
    assert respond("how long has this east vs west beef been cooking").kind == "fact"


def test_round_16_testers_misses_about_the_article_and_multi_sentence_messages():
    # "what does the article say about the meeting" got "doesn't say what Putin ... said";
    # "is the author biased" with the model's out_of_scope was steered off; a greeting or a
    # comment before a whole question in a new sentence got a hedge.
    assert respond("what does the article say about the meeting").fact_id == "riyadh_meeting"
    assert respond("is the author biased", None, "out_of_scope").kind != "off_topic"
    assert respond("ok fine what about the article. who is putin").fact_id == "putin"
    assert respond("Bonjour. What is the position of Europe in this article?").kind == "fact"


def test_and_someone_after_what_trump_said_of_another_asks_it_of_them():
    # Round 16's tester: "And Zelensky?" after "What Trump say about him [Putin]?" got "the
    # article doesn't say what ... Zelensky said": Trump was swapped out, not Putin.
    *_, zelensky = _conversation("who is putin", "What Trump say about him?", "And Zelensky?")
    assert zelensky.fact_id == "zelensky_approval"
    _, hers = _conversation("what's trump's view of putin", "and wallander's?")
    assert hers.fact_id in ("wallander_quote", "pragmatic_vs_trump")  # her approach, set against his


def test_and_who_is_someone_new_is_asked_of_them():
    # Round 16's tester: "and who is vance" after where the meeting was got the meeting again.
    *_, vance = _conversation("who met russias guy", "where was the meeting", "and who is vance")
    assert vance.fact_id == "jd_vance"


def test_a_learners_word_order_and_questions_about_the_bot():
    # Round 16's second tester: "what say Wallander exactly" got Trump's words; "who made u"
    # got the sentence "You could have made a deal."
    assert respond("what say Wallander exactly").fact_id == "wallander_quote"
    assert respond("who made u").kind == "off_topic" and "made a deal" not in respond("who made u").text


def test_a_description_that_fits_two_women_names_both():
    # Round 16's second tester: "who is the defense woman" got "doesn't say who holds other
    # cabinet posts", then "what did she say" could not be resolved.
    woman, said = _conversation("who is the defense woman", "what did she say")
    assert "Kori Schake" in woman.text and "Celeste A. Wallander" in woman.text
    assert said.kind == "clarify"


def test_found_in_round_16s_own_trial():
    # Asked over REST as a new reader would, on a clean clone: "and what's her main point"
    # after who Wallander is got the article's overview; "who says negotiate assuming the other
    # side will cheat" got the analysts; "costs too much" got "doesn't say anything about costs".
    _, point = _conversation("who is celeste wallander", "and what's her main point")
    assert point.fact_id == "wallander_quote"
    assert "Wallander" in respond("who says negotiate assuming the other side will cheat").text
    assert respond("why do trump's people think defending europe costs too much").fact_id == "why_shift"


def test_what_a_group_the_article_quotes_no_one_of_said_is_what_it_reports_of_them():
    # Round 17: "what did the analysts say" got the list of who is quoted, which names no analyst;
    # the article reports what analysts and commentators argue. Critics are quoted: their words.
    assert respond("what did the analysts say").fact_id == "presumption_of_distrust"
    assert respond("what did the commentators say").fact_id == "zelensky"
    assert respond("what did the critics say").fact_id == "critics_argue"


def test_what_someone_unquoted_said_is_not_given_but_what_the_article_says_of_them_is():
    # Round 17's writer: "and Rubio?" after what Vance said got the list of who is quoted.
    reply = _conversation("what did vance say", "and Rubio?")[1]
    assert reply.text.startswith("The article doesn't say what Marco Rubio said")
    assert "Marco Rubio met Russia's foreign minister" in reply.text


def test_round_17_testers_small_talk_and_spellings():
    # "u a bot?" got a passage about the pivot, "who won the superbowl this year" a hedge,
    # "so they dont have names?" "doesn't say anything about dont", "wut does schake thnk" a hedge.
    assert respond("u a bot?").text.startswith("I'm a chatbot for this one article")
    assert respond("who won the superbowl this year").kind == "off_topic"
    assert "dont" not in respond("so they dont have names?", respond("who are the supporters").context).text
    assert respond("wut does schake thnk").kind == "fact"


def test_a_group_the_article_speaks_of_but_names_no_one_of_is_not_named():
    # Round 17's tester: "does it name any european leaders" got "Yes." over Europe's worries.
    reply = respond("does it name any european leaders")
    assert reply.text.startswith("The article doesn't name any of the european leaders - it speaks of them but names none")
    # (round 31: "do they name any of the advisors" after who finds Europe's defence excessive got "The article says:")
    assert _conversation("who thinks defending europe is excessive", "do they name any of the advisors")[-1].text.startswith(
        "The article doesn't name any of the advisors")
    assert respond("are any of the supporters named").text.startswith("The article doesn't name any of the supporters")
    assert respond("does it name any russian officials").text.startswith("Yes")


def test_so_it_doesnt_say_x_is_confirmed_or_corrected():
    # Round 17's testers: "so it doesnt explain it?" got "doesn't say anything about explain",
    # "so it doesnt say which resources exactly?" the Mar-a-Lago quote.
    vance = respond("what is threat from within")
    assert respond("so it doesnt explain it?", vance.context).text.startswith("Right - the article doesn't say")
    why = respond("why does trump want closer ties with russia")
    assert respond("so it doesnt say which resources exactly?", why.context).text.startswith("Right")
    # ... unless it does, in another answer or in the one just given
    quoted_people = respond("who is quoted")
    assert respond("so it doesnt mention putin?", quoted_people.context).text.startswith("It does:")
    approval = respond("what did trump say about zelensky")
    assert respond("so the article doesnt say what the real number is?", approval.context).text.startswith("It does")


def test_who_else_after_who_is_quoted_names_the_others():
    # Round 17's second tester: "who else" after who is quoted got the far-reaching consequences.
    quoted_people = respond("who is quoted")
    reply = respond("who else", quoted_people.context)
    assert reply.text.startswith("Besides them, the article names Vladimir Putin")
    assert "Kori Schake" not in reply.text.split("\n")[0]


def test_when_as_a_conjunction_asks_for_no_time():
    # Round 17's own trial: "what does wallander say you should assume when negotiating" opened
    # with "The article doesn't say when that was".
    reply = respond("what does wallander say you should assume when negotiating")
    assert not reply.text.startswith("The article doesn't say when") and "violate them" in reply.text
    assert question_type("when did they meet") == "time"
    assert question_type("where was he when he said it") == "place"
    # ... and "what putin thinks" asks for more than his name, which the last answer has
    wallander = respond("what did she say", respond("who is the pentagon lady").context)
    assert respond("so it doesnt say what putin thinks?", wallander.context).text.startswith("Right")


def test_the_best_few_facts_are_ordered_by_how_much_of_the_question_they_cover():
    # Round 18: among facts that score within a little of each other, the one whose words cover
    # the question wins (a reranker fitted on the dev split: test answerable right 661 -> 666).
    reply = respond("ukraine vs russia elections, what's the differnce according to the piece")
    assert "tightly controlled by the Kremlin" in reply.text
    assert "key partners" in respond("what do european countries think trump is doing to them").text
    # ... but a place asked for is answered only by a fact that gives one
    assert kind_of(respond("where exactly is the fighting happening in ukraine right now").text) != "fact"
    known = knowledge()
    ranked = known.rank("ukraine vs russia elections, what's the differnce according to the piece")[0]
    reordered = known.rank("ukraine vs russia elections, what's the differnce according to the piece", reorder=True)[0]
    assert [score for score, _ in ranked[:5]] == [score for score, _ in reordered[:5]]
    assert ranked[0][1] != reordered[0][1]


def test_two_questions_in_one_message_get_both_answers():
    # Round 17's testers: "two-part questions get one part". The second is read as a follow-up
    # of the first, and added only when the message as a whole got the first one's answer.
    both = respond("when did the us and russia meet and where").text
    assert "nearly three years" in both and "Riyadh" in both and both.count("From the article") == 2
    both = respond("who is kori schake and what does she do").text
    assert "American Enterprise Institute" in both and "disgraceful reversal" in both
    # one question that weighs two things, and a second part that says nothing new, stay one answer
    assert respond("what is the difference between what trump says and what critics say").text.count("From the article") == 1
    assert respond("who did rubio meet and where").text.count("\n\n") == 0
    # the first part's own answer is not replaced: "which european leaders complained" alone
    # would get the fact about Europe's worries
    assert respond("which european leaders complained and what did they say").kind == "passage"


def test_a_day_or_date_asked_is_not_answered_with_a_relative_time():
    # Round 18's writer: "what day did rubio and lavrov actually meet" got "for the first time in
    # nearly three years", quoted, as if it were the day.
    assert respond("what day did rubio and lavrov actually meet").text.startswith("The article doesn't say when")
    assert "2014" in respond("what year did the conflicts with ukraine start").text


def test_and_someone_after_what_one_person_thinks_asks_what_they_think():
    # Round 18's writer: "ok and lavrov?" after what Putin thinks got who Lavrov is, quoted;
    # "and zelensky?" got "The article doesn't say what Vladimir Putin thinks".
    putin = respond("what does putin think about all this")
    assert respond("ok and lavrov?", putin.context).text.startswith("The article doesn't say what Sergey V. Lavrov thinks")
    assert respond("and zelensky?", putin.context).text.startswith("The article doesn't say what Volodymyr Zelensky thinks")
    assert "disgraceful" not in respond("and wallander?", respond("what does schake think").context).text


def test_what_the_author_thinks_is_the_articles_own_voice_not_who_wrote_it():
    # Round 17's third tester and round 18's writer: "what does the author think" got "The
    # article doesn't say who wrote it"; "is the article in favor of trump's pivot" got a fact
    # about why Trump pivots.
    for question in ("what does the author think", "whats the writers opinion on trump",
                     "is whoever wrote this pro or anti trump", "is the article in favor of trump's pivot"):
        assert respond(question).fact_id == "writer_stance", question
    assert respond("who wrote this article").text.startswith("The article doesn't say who wrote it")
    assert respond("why does the author think an easy settlement is unrealistic").fact_id != "writer_stance"


def test_whether_the_article_mentions_something_it_lacks_gets_a_plainer_no():
    # Round 18's tester: "does the article mention ukraine's constitution, yes or no" got "The
    # article may not answer exactly that" (22 replies judged "did not say plainly it lacks it").
    reply = respond("does the article mention ukraine's constitution, yes or no")
    assert reply.text.startswith("I don't see that in the article. The closest it comes:")
    assert kind_of(reply.text) == "passage"  # still graded as the hedge it is
    assert respond("is the west kinda falling apart").text.startswith("The article may not answer exactly that")


def test_a_mention_of_something_the_article_never_names_is_a_plain_no():
    # Round 18's second tester: "does the article mention the grain deal?" got "Yes." and a fact
    # about deals; "munich" read as a mistyped "much", "grain" as "again".
    assert respond("does the article mention the grain deal?").text == "No - the article doesn't mention the grain deal."
    assert not respond("does the article compare this to munich").text.startswith("Who or what")
    assert respond("does the article mention the baltic states").text.startswith("Yes")


def test_round_19_testers_questions_put_through_the_article_or_without_their_auxiliary():
    # "does the article say when ukraine's last election was?" got the elections fact as if it
    # said; "what he say in riyadh?" after Lavrov repeated who he is; "did trump meet putin in
    # person" got the list of people named; "who was president during yalta" got Trump.
    assert respond("does the article say when ukraine's last election was?").text.startswith(
        "The article doesn't say when")
    lavrov = respond("who is the foreign minister of russia")
    assert "doesn't say what Sergey V. Lavrov said" in respond("what he say in riyadh?", lavrov.context).text
    assert respond("did trump meet putin in person").text.startswith(
        "The article doesn't say whether Trump and Putin have met")
    assert "Donald Trump is" not in respond("who was president during yalta").text
    assert "in 3 sentences" in respond("how many times does the article use the word trust").text


def test_round_19_second_testers_the_other_lady_an_opening_word_and_the_author():
    # "and what about the other lady, the biden one" after Schake: Wallander, not "doesn't say";
    # "First, who wrote it?" and "Is there an author named or not?" got unrelated passages.
    schake = respond("what did she say", respond("who is kori schake").context)
    assert "Wallander" in respond("and what about the other lady, the biden one", schake.context).text
    for question in ("Good afternoon. I have a few questions about the piece. First, who wrote it?",
                     "Is there an author named or not?"):
        assert respond(question).text.startswith("The article doesn't say who wrote it")


def test_whether_a_claim_holds_asked_in_more_words():
    # dev misses: "is that even true" and "is that fair?" after Trump's Mar-a-Lago words, "does the
    # article agree with him?" after how Trump sees Putin
    _, even = _conversation("what did trump say at mar a lago", "is that even true")
    assert "contrary to the reality on the ground" in even.text
    _, agree = _conversation("how does trump see putin", "does the article agree with him?")
    assert agree.fact_id == "presumption_of_distrust" and "misplaced faith" in agree.text


def test_a_pronoun_means_the_one_named_earlier_in_the_same_message():
    # Round 19's third tester: "I asked about Truman. Is he in the article?" after Trump's words
    # got "Yes." and Trump's Mar-a-Lago quote - a wrong fact with a real quote under it.
    _, truman = _conversation("what did trump say at mar a lago", "I asked about Truman. Is he in the article?")
    assert "Harry Truman" in truman.text and "Mar-a-Lago" not in truman.text


@pytest.mark.parametrize("question,fact_id", [
    ("putin who is he", "putin"),
    ("sergei lavrov who is he", "lavrov"),
    ("kori schake, what does she think", "schake_quote"),
    ("trump, what did he say", "mar_a_lago"),
])
def test_a_name_then_a_question_about_him_or_her_asks_it_of_that_name(question, fact_id):
    # Round 20's writer: "sergei lavrov who is he" got "The article doesn't say anything about that".
    assert respond(question).fact_id == fact_id


@pytest.mark.parametrize("first", ["which presidents were cautious about russia", "who is truman"])
def test_why_after_a_president_of_the_80_years_gives_their_reason(first):
    # "and why were they" got "The article doesn't say why", yet it says: "recognizing it as a
    # formidable adversary" - in the sentence the Truman and Bush facts quote part of.
    _, why = _conversation(first, "and why were they")
    assert why.fact_id == "eighty_years" and "formidable adversary" in why.text


def test_how_trump_answered_his_critics_is_not_in_the_article():
    # Round 20's writer: "how did trump respond to them" after who criticises him got the critics'
    # words again, as if they were his answer.
    _, answered = _conversation("who criticizes trump in the article", "how did trump respond to them")
    assert answered.text.startswith("The article doesn't say how Trump responded to the criticism")


@pytest.mark.parametrize("question,who", [
    ("what government job did kori schake used to have", "Kori Schake"),
    ("what was lavrovs previous job", "Sergey V. Lavrov"),
    # round 22's writer
    ("what government job did kori schake have before the american enterprise institute", "Kori Schake"),
])
def test_a_post_before_the_one_the_article_gives_is_not_in_it(question, who):
    # Round 20's writer: her present post was given as the job she used to have.
    assert respond(question).text.startswith(f"The article doesn't say what {who} did before")
    # Wallander's is a past post, and the article gives it
    assert respond("what did wallander used to do").fact_id == "celeste_wallander"


@pytest.mark.parametrize("question,which", [
    ("which pollster put zelensky at around 50 percent", "which pollster"),
    ("what territory would ukraine have to give up under trump's plan", "which territory"),
])
def test_which_pollster_or_territory_the_article_never_names(question, which):
    # Round 20's writer, and round 15's: the approval fact and Trump's blame were given as if they
    # named them; "what nations are concerned" still gets the European nations.
    assert respond(question).text.startswith(f"The article doesn't say {which}")
    assert respond("what nations are concerned").fact_id == "europe_fears"


def test_a_question_announced_as_one_is_the_question():
    # Round 20's tester: "thanks. one question: does the article mention kharkiv?" got the article's
    # closing question as "the closest it comes"; asked alone it says the article doesn't mention it.
    assert respond("thanks. one question: does the article mention kharkiv?").text.startswith(
        "No - the article doesn't mention kharkiv")


@pytest.mark.parametrize("question,group", [
    ("who are the supporters? any names?", "supporters"),
    ("what are trumps advisors names", "advisors"),
    ("who are the commentators that praise zelensky", "commentators"),
    ("which european leaders complained about being left out", "european leaders"),
])
def test_a_group_the_article_names_no_one_of_is_said_to_be_unnamed(question, group):
    # Round 20's tester: "who are the supporters? any names?" got the list of everyone the article
    # names; "what are trumps advisors names" the advisors' sentence, as if it named them.
    reply = respond(question)
    assert reply.text.startswith(f"The article doesn't say who the {group} are - it names none of them")
    assert "From the article:" in reply.text


@pytest.mark.parametrize("question,term", [
    ("whats yalta", "yalta"), ("what is the kremlin", "the kremlin"),
    ("what are spheres of influence", "spheres of influence"),
    ("what is the american enterprise institute", "the american enterprise institute"),
])
def test_a_term_the_article_uses_without_explaining_is_quoted_and_said_to_be_unexplained(question, term):
    # Round 20's tester: "whats yalta", "whats the kremlin" got the sentence that uses the word, and
    # never that the article doesn't explain it; round 22's, that it should say so first ("what is
    # the american enterprise institute" read as Schake's biography).
    reply = respond(question)
    assert reply.kind == "unknown" and reply.text.lower().startswith(f"the article doesn't say what {term} ")
    assert "- it only mentions it:" in reply.text
    assert "From the article:" in reply.text
    assert "explain" not in respond("what is the new cold war").text  # it says what that is


def test_when_after_an_answer_that_gives_the_time_gives_it_again():
    # The eighteenth writer: "when?" after what Vance said got the unknown about when people were
    # born; the article says: before Marco Rubio met Lavrov.
    _, when = _conversation("what did jd vance say", "when?")
    assert when.fact_id == "jd_vance" and "before Marco Rubio met" in when.text


@pytest.mark.parametrize("first,follow_up", [
    ("how do european leaders feel about this", "have they done anything about it"),
    ("how do european leaders feel about this", "did any of them actually say anything"),
])
def test_what_they_did_or_said_after_a_view_reported_of_them_is_not_in_the_article(first, follow_up):
    # Dev follow-ups: the same fact again, as if it said what Europe did or said about it.
    _, reply = _conversation(first, follow_up)
    assert reply.text.startswith("The article doesn't say")


def test_so_it_doesnt_give_the_year_after_nearly_three_years():
    # The twelfth tester: "so it doesnt give the year?" after "nearly three years" got "It does -
    # as I quoted" (false); "isnt 2014 in there?" got "doesn't say anything about isnt".
    _, year = _conversation("did russia invade ukraine in 2022", "so it doesnt give the year?")
    assert not year.text.startswith("It does")
    assert respond("isnt 2014 in there?").fact_id == "since_2014"


def test_talking_to_russia_is_negotiating_with_it():
    # The thirteenth tester: "what does the article say about talking to russia" got "The article
    # doesn't say anything about that" - "talking" was a word of saying, and nothing else was left.
    assert respond("what does the article say about talking to russia").kind == "fact"


def test_what_the_headline_says_is_the_headline_not_a_speaker():
    # My own trial: "what does the headline say trump's policy departs from" was read as the words
    # of someone called Headline, whom the article never quotes.
    assert "Departure from Traditional U.S. Foreign Policy" in respond(
        "what does the headline say trump's policy departs from").text


def test_round_21_testers_questions_about_the_article():
    # The fourteenth tester: "which presidents are named in it" got Truman alone; "does the article
    # say anything about zelenskys term expiring?" got "Yes." and who he is; "how long is the
    # article" got "doesn't say when that was"; "do they agree with each other" got "The article
    # doesn't say anything about each."
    presidents = respond("which presidents are named in it")
    assert all(name in presidents.text for name in ("Donald Trump", "Harry Truman", "George W. Bush", "Joe Biden"))
    term = respond("does the article say anything about zelenskys term expiring?")
    assert term.kind == "unknown" and term.text.startswith("No - the article doesn't say anything about")
    assert respond("does the article mention zelensky").text.startswith("Yes")
    length = respond("how long is the article")
    assert length.text.startswith("It's short: about 1,0") and "words" in length.text
    *_, each = _conversation("who is kori schake", "what does wallander say", "do they agree with each other")
    assert "about each" not in each.text


def test_round_21_second_testers_claims_checked_and_so_thats_a_no():
    # The fifteenth tester: "Is it accurate that US presidents from Truman to Bush were all wary of
    # Russia?" got "may not answer exactly that" over the very sentence; "so thats a no?" after "I
    # don't see that in the article" got the article's summary.
    claim = respond("Is it accurate that US presidents from Truman to Bush were all wary of Russia?")
    assert claim.kind == "fact" and "may not answer" not in claim.text
    _, no = _conversation("does the article say Trump is a Russian asset?", "so thats a no?")
    assert no.text.startswith("Right - the article doesn't say that")
    _, after_fact = _conversation("who is kori schake", "so thats a no?")
    assert not after_fact.text.startswith("Right")


@pytest.mark.parametrize("question,short,name", [
    ("whats AEI stand for", "AEI", "American Enterprise Institute"),
    ("what does u.s. stand for", "US", "United States"),
])
def test_an_abbreviation_of_a_name_the_article_spells_out_is_that_name(question, short, name):
    # The sixteenth tester: "whats AEI stand for" got "doesn't say what the initial stands for",
    # though the article names the American Enterprise Institute.
    reply = respond(question)
    assert reply.kind == "fact" and reply.text.startswith(f"{short} is short for the {name}.")
    assert respond("what does NATO stand for").kind == "unknown"


def test_who_someone_says_something_of_is_in_their_words():
    # "who does wallander say we're dealing with" got who Wallander is, not "a dangerous adversary".
    reply = respond("who does wallander say we're dealing with")
    assert "dangerous adversary" in reply.text


def test_a_chat_word_in_a_question_about_what_the_article_covers_is_not_chat():
    # The twentieth writer: "doesn't match reality" and "middle east capital" were taken for chat
    # about football and travel and steered off the article.
    reply = respond("why does the article say trump's claim that ukraine started the war doesn't match reality")
    assert reply.kind != "off_topic" and "sovereignty" in reply.text
    assert respond("what's the score of the football match tonight").kind == "off_topic"


def test_round_22_testers_things_the_article_never_names():
    # The seventeenth tester: "who won the 2024 election" got Russia's elections (a year like
    # 2014 is no "2014"); "does it say anything about chinas relationship with russia" got "Yes."
    # and Putin; "why does it stop at bush, what about obama" got the presidents again;
    # "Did Reagan come up in the article?" got a hedge.
    assert respond("who won the 2024 election").text.startswith("The article doesn't say anything about 2024")
    assert respond("what happened in 2014").kind == "fact"
    relation = respond("does it say anything about chinas relationship with russia")
    assert relation.kind == "unknown" and relation.text.startswith("No - ")
    assert respond("does the article say anything about us relations with russia").kind == "fact"
    _, obama = _conversation("which presidents were cautious about russia", "why does it stop at bush, what about obama")
    assert obama.text.startswith("The article doesn't say anything about Obama")
    assert respond("Did Reagan come up in the article?").text.startswith("The article doesn't mention Reagan")
    assert respond("did putin come up in the article").text.startswith("Yes")


def test_the_last_answers_words_asked_back_with_what_is_what_it_leaves_unsaid():
    # The seventeenth tester, twice: "threat from within what? within europe or the us?" after
    # what Vance said got the same sentence again, never that the article doesn't say.
    _, within = _conversation("what did vance say", "threat from within what? within europe or the us?")
    assert within.kind == "unknown" and within.text.startswith("The article doesn't say who or what Vance meant")
    # ... while a phrase the article does finish is finished
    _, director = _conversation("who is kori schake", "director of what")
    assert "foreign and defense policy studies" in director.text


def test_whether_the_article_calls_someone_something_without_quote_marks():
    # The eighteenth tester: "is trump called a traitor in the article" got "Yes." over Schake's
    # words (nobody calls him that), and "so the word traitor is used?" was steered off-topic.
    assert respond("is trump called a traitor in the article").text == "The article doesn't use the word \"traitor\"."
    assert respond("so the word traitor is used?").text == "The article doesn't use the word \"traitor\"."
    brutal = respond("does the article call trump's pivot brutal")
    assert brutal.text.startswith("Yes") and "brutal pivot" in brutal.text


def test_round_22_second_review_what_the_article_calls_things():
    # Words the article uses in many sentences are used; a word used of something else says so.
    assert respond("so the word pivot is used?").text.startswith('Yes - the article uses the word "pivot"')
    china = respond("is china called an adversary")
    assert china.kind == "unknown" and china.text.startswith('The article uses the word "adversary", but not of China')
    assert respond("is ukraine called the victim").text.startswith("Yes - a heading")
    _, who = _conversation("where did rubio meet lavrov", "the riyadh meeting with who?")
    assert "doesn't say when" not in who.text


def test_the_sentence_with_more_of_the_question_than_the_quote_is_shown_under_it():
    # Round 23: "why do critics think his approach is bad" got the critics' betrayal quote and,
    # under it, the sentence about supporters; the one with "his approach" is the critics' own.
    assert respond("is the pivot called brutal anywhere").text.startswith("Yes")  # (not the word "anywhere")
    critics = respond("why do critics think his approach is bad")
    assert critics.fact_id == "critics_argue"
    assert 'Elsewhere it says: "Critics argue that his approach undermines' in critics.text
    # ... and a reason asked in words the article doesn't use is in the sentence that goes on
    why = respond("why does wallander say you have to assume russia will break agreements")
    assert 'It goes on: "You try to find overlapping interests' in why.text
    # A sentence saying less of the question than the quote does is not added.
    zelensky = respond("who is the president of ukraine")
    assert "Just before that" not in zelensky.text and "It goes on" not in zelensky.text


def test_a_question_naming_one_person_gets_a_fact_about_them_or_is_told_the_article_lacks_it():
    # Round 23's writer: the new Cold War fact matched "cold war" better than Schake's sentence
    # about it, which says every word the question asks.
    schake = respond("how does schake compare cold war policy to what's happening now")
    assert schake.fact_id == "baltic_states"
    # ... and Zelensky's approval rating is no answer about Putin's.
    putin = respond("what's putin's approval rating")
    assert putin.kind == "unknown"
    assert putin.text.startswith("The article doesn't say that about Vladimir Putin.")


def test_round_23_testers_party_politics_and_a_new_topic_after_a_number():
    # Tester 19: "are they both democrats?" after Wallander got her negotiating quote, and "what
    # about JD Vance's munich speech?" after how many percent Trump claimed got "The article doesn't
    # say that figure: it gives no number for it".
    _, party = _conversation("who is wallander", "are they both democrats?")
    assert party.text.startswith("The article doesn't say anything about democrats.")
    assert respond("is AEI conservative?").text.startswith("The article doesn't say anything about conservative.")
    _, _, speech = _conversation("what did trump say about zelensky", "how many percent did he claim",
                                 "what about JD Vance's munich speech?")
    assert "no number" not in speech.text and "Vance" in speech.text


def test_whether_someone_was_at_the_meeting_is_only_said_of_those_it_names():
    # A fresh writer's "was ukraine at the riyadh meeting" and "was vance there too" (after who Rubio
    # met) got the meeting with its quote, as if it said so; "was rubio at the riyadh meeting" got
    # "The article doesn't say when the Riyadh meeting took place".
    ukraine = respond("was ukraine at the riyadh meeting")
    assert ukraine.text.startswith("The article doesn't say whether Ukraine was there. What it does say:")
    _, vance = _conversation("who did rubio meet with", "was vance there too")
    assert vance.text.startswith("The article doesn't say whether JD Vance was there.")
    rubio = respond("was rubio at the riyadh meeting")
    assert rubio.kind == "fact" and "Marco Rubio" in rubio.text and "doesn't say" not in rubio.text


def test_who_for_one_side_is_not_someone_from_another():
    # "who hosted the talks on the saudi side" got Rubio and Lavrov's meeting, as if they were
    saudi = respond("who hosted the talks on the saudi side")
    assert saudi.text.startswith("The article doesn't say who - it names no one from Saudi Arabia.")
    assert respond("who is the chinese official").text.startswith("The article doesn't say who - it names no one from China.")
    assert "Lavrov" in respond("who is russia's foreign minister").text


def test_round_23_twentieth_testers_things_the_article_never_mentions():
    # "what about the minerals deal?" after how many have died got the deaths unknown again, and "Is it
    # true that Trump said Zelensky is dictator?" what approval figure Trump claimed.
    _, minerals = _conversation("how many people died in the war", "what about the minerals deal?")
    assert minerals.text == "The article doesn't say anything about minerals."
    dictator = respond("Is it true that Trump said Zelensky is dictator?")
    assert "approval figure" not in dictator.text


def test_round_23_words_the_article_lacks_are_the_readers_own():
    # "where is this poll?" after a question about NATO got "doesn't say anything about NATO"
    _, poll = _conversation("This article is western propaganda. NATO expansion caused the war, why article not say this?",
                            "the article lie about Zelensky 50%? where is this poll?")
    assert "NATO" not in poll.text


def test_round_23_own_trial_what_the_article_calls_something_and_what_it_never_mentions():
    # My trial: "what does the article call the ukrainian crisis" got the far-reaching-consequences
    # fact (round 22's "what does the article call trumps pivot" missed the same way); "how many
    # refugees has the war caused" and "did trump and putin sign a treaty" got a hedged passage.
    crisis = respond("what does the article call the ukrainian crisis")
    assert "serves as a test case" in crisis.text
    assert "represents a significant departure" in respond("what does the article call trumps pivot").text
    assert respond("how many refugees has the war caused").text.startswith("The article doesn't say anything about refugees.")
    assert respond("did trump and putin sign a treaty").text.startswith("The article doesn't say anything about treaty.")


def test_round_24_requests_for_verse_and_words_that_name_no_topic():
    # The twenty-second tester: "write me a poem about putin then" got a hedged Putin passage; "and
    # europe in general?" got "The article doesn't say anything about general."; "in english: does it
    # mention spain", "... about english".
    assert respond("write me a poem about putin then").kind == "off_topic"
    assert respond("write a limerick about lavrov").kind == "off_topic"
    _, europe = _conversation("how many people died in the war", "and europe in general?")
    assert "about general" not in europe.text and "European" in europe.text
    assert "english" not in respond("lol. in english: does it mention spain").text
    assert "explain" not in respond("so it not explain. ok").text


def test_round_24_someone_elses_figure_one_of_two_places_and_no_one_else():
    # The twenty-second tester: "what is trumps own approval rating" got Zelensky's 50 percent; "does it
    # mention estonia or the baltics" got "No" (Schake names the Baltic States); the twenty-second
    # writer's "who else was there" after where Rubio and Lavrov met got Rubio again.
    assert respond("what is trumps own approval rating").text.startswith("The article doesn't say that about Donald Trump.")
    assert respond("what's zelensky's approval rating").kind == "fact"
    assert "Baltic" in respond("does it mention estonia or the baltics").text
    _, others = _conversation("where did rubio and lavrov meet", "who else was there")
    assert others.text.startswith("The article doesn't name anyone else")


def test_round_24_which_territory_ukraine_should_give_up_is_never_named():
    # The twenty-second writer: "which regions does trump want ukraine to give up" got the list of every
    # place the article names.
    reply = respond("which regions does trump want ukraine to give up")
    assert reply.text.startswith("The article doesn't say which territory") and "surrender territory" in reply.text


def test_round_24_what_a_quoted_person_thinks_of_one_never_quoted():
    # The twenty-third tester: "what does the article say trump thinks of zelensky" got "The article
    # doesn't say what Putin, Lavrov, Zelensky or Rubio said".
    assert respond("what does the article say trump thinks of zelensky").kind == "fact"
    assert respond("what did zelensky say about trump").text.startswith("The article doesn't say what Putin, Lavrov, Zelensky")


def test_round_24_mentioned_at_all():
    # The twenty-fourth tester: "Does the article mention Obama at all?" got "Yes." and the figures it gives.
    assert respond("Does the article mention Obama at all?").text.startswith("The article doesn't mention Obama.")
    assert respond("does it mention reagan or not").text.startswith("The article doesn't mention Reagan.")  # (the 25th)


def test_round_24_own_trial_whether_putin_attended():
    # My own trial: "did putin attend the riyadh meeting" got the meeting as the closest it comes.
    assert respond("did putin attend the riyadh meeting").text.startswith(
        "The article doesn't say whether Vladimir Putin was there.")


def test_round_25_where_someone_was_during_an_event_they_were_not_at():
    # The twenty-third writer: "where was zelensky during the saudi talks" got where the talks were.
    reply = respond("where was zelensky during the saudi talks")
    assert reply.text.startswith("The article doesn't say where Volodymyr Zelensky was.") and "Riyadh" in reply.text
    assert respond("where was the meeting").kind == "fact"
    # (where someone was when they said something is where they said it)
    assert "Mar-a-Lago" in _conversation("what did trump say at mar a lago", "where was he when he said that")[1].text


@pytest.mark.parametrize("question, as_written", [("what is the yalta confrence", "the Yalta Conference"),
                                                  ("what was the congres of vienna", "the Congress of Vienna"),
                                                  ("what are spheres of influence", "spheres of influence")])
def test_round_25_a_term_misspelt_is_still_the_one_the_article_leaves_unexplained(question, as_written):
    assert respond(question).text.startswith(f"The article doesn't say what {as_written}")


def test_round_25_what_saudi_arabia_gained_and_a_question_after_a_life_story():
    assert respond("what did saudi arabia get out of hosting").text.startswith(
        "The article doesn't say why the talks were held in Saudi Arabia")
    # The twenty-sixth tester: the question after "I served 30 years in the foreign service" was hedged
    reply = respond("Good evening. I served 30 years in the foreign service. Tell me, who at AEI is quoted?")
    assert reply.kind == "fact" and "Kori Schake" in reply.text


def test_round_25_when_the_article_was_written():
    # The twenty-sixth tester: "when was this written" got the off-topic steer
    assert respond("when was this written").text.startswith("The article doesn't say who wrote it, where it was published")


def test_round_25_the_other_one_named_after_a_list():
    # The twenty-sixth tester: "the other expert obviously, wallander" got "Which one - ..." again
    *_, reply = _conversation("name the experts quoted in the article", "what did the second one say",
                              "and the other one?", "the other expert obviously, wallander")
    assert reply.kind != "clarify" and "Wallander" in reply.text


def test_round_25_own_trial_when_trump_took_office():
    # My own trial: "when did trump take office again" got who Trump is, as if it said when
    assert respond("when did trump take office again").text.startswith("The article doesn't say when Trump returned to office")


def test_round_25_own_trial_wer_is_where():
    # My own trial in the shell: "wer did the us and russia meet" got when they met, not where
    assert "Riyadh" in respond("wer did the us and russia meet").text.split("\n")[0]


def test_round_25_the_one_this_question_names_and_the_vice_president():
    # The twenty-eighth tester: after which presidents were wary of Moscow, "Now, JD Vance: what did he say?"
    # got "The article doesn't say what Harry Truman said", and "And what exactly did the Vice President
    # say?" the presidents' sentence as "the article's own words"
    *_, named = _conversation("which past presidents does the piece name as having been wary of moscow",
                              "Now, JD Vance: what did he say?")
    assert "from within" in named.text
    *_, role = _conversation("which past presidents does the piece name as having been wary of moscow",
                             "And what exactly did the Vice President say?")
    assert "JD Vance" in role.text and "Truman" not in role.text
    # (a pronoun before the name is someone else: "has he met trump")
    *_, other = _conversation("who is lavrov", "has he met trump")
    assert not other.text.startswith("The article says: Donald Trump")


def test_round_27_who_said_words_quoted_after_the_readers_own_subject():
    # Round 27's tester: "who said ukraine could have made a deal" got "The article itself, in its own
    # voice" over the sentence on Trump's approach to the Ukraine crisis and dealing with Russia
    *_, said = _conversation("who said ukraine could have made a deal")
    assert said.fact_id == "mar_a_lago" and "You could have made a deal." in said.text
    assert "in its own voice" not in said.text


def test_round_27_a_follow_up_of_hers_is_answered_from_what_is_hers():
    # Round 27's tester: "how many years of policy is she talkin about" after who Kori Schake is got the
    # three years since the last talks, offered as the closest the article comes (her name got her 80)
    *_, hers = _conversation("who is kori schake", "how many years of policy is she talkin about")
    assert hers.fact_id == "schake_quote" and "80 years" in hers.text
    # ... and "what was it compared to" after Rubio's meeting is still the meeting's comparison
    *_, meeting = _conversation("who did rubio meet", "what was it compared to")
    assert "Congress of Vienna" in meeting.text


def test_round_27_and_where_did_he_say_it_leans_on_the_quote_just_given():
    # My own trial: "and where did he say it" after "who said ukraine could have made a deal" got "The
    # article doesn't say where that was" ("where did he say it", without "and", got Mar-a-Lago)
    *_, where = _conversation("who said ukraine could have made a deal", "and where did he say it")
    assert where.fact_id == "mar_a_lago"


@pytest.mark.parametrize("question, lead", [
    # Round 27's testers: a place the article doesn't give got the right fact, hedged, and no "No"
    ("was the rubio lavrov meeting in moscow?", "No - not in Moscow."),
    ("quick fact check: was the rubio lavrov meeting in moscow?", "No - not in Moscow."),
    ("the meeting with lavrov was in geneva, right?", "No - not in Geneva."),
    ("Mar-a-Lago is in California, right?", "No - not in California."),
    ("did trump say the 'never started it' thing at the white house", "No - not at the White House."),
])
def test_round_27_a_place_the_article_doesnt_give_is_denied(question, lead):
    *_, reply = _conversation(question)
    assert reply.text.startswith(lead) and reply.kind == "fact"


@pytest.mark.parametrize("question", [
    "was the meeting held in riyadh?", "was the meeting in saudi", "did trump speak in florida",
    "was the meeting in the baltics",  # (the fact found is the Baltic States': no place of the meeting)
    "did trump meet putin in alaska?",  # (no meeting of theirs in the article to put anywhere)
    "did vance speak in munich",  # (the article says nowhere where he spoke)
])
def test_round_27_a_place_the_article_gives_or_doesnt_place_is_not_denied(question):
    *_, reply = _conversation(question)
    assert not reply.text.startswith("No - not")


def test_round_27_what_else_does_he_say_about_something_is_not_the_last_answer_again():
    # Round 27's tester: "what else does trump say about ukraine" after what Trump blames Ukraine for got
    # that again, word for word
    *_, more = _conversation("what does trump think ukraine should have done", "what else does trump say about ukraine")
    assert more.fact_id not in (None, "trump_blames_ukraine")
    *_, second, third = _conversation("what did trump say about ukraine", "what else does he say about ukraine",
                                      "what else does he say about ukraine")
    assert len({second.fact_id, third.fact_id, "trump_blames_ukraine"}) == 3


def test_round_27_the_boss_of_russia_is_its_leader():
    # Round 27's tester: "the man who is boss of russia, what is his name in this text?" got the places named
    *_, boss = _conversation("the man who is boss of russia, what is his name in this text?")
    assert "Vladimir Putin" in boss.text and "places named" not in boss.text
    assert _conversation("who is the boss of russia")[-1].fact_id == "putin"


def test_round_28_a_place_checked_with_a_tag_question_is_denied_whatever_came_before():
    # Round 28's thirty-seventh tester: "the rubio lavrov meeting was in geneva wasnt it", after whether Trump
    # criticized Putin, got the Putin answer again as "the closest it comes": the "it" of "wasnt it" was read
    # as pointing back at it
    *_, checked = _conversation("The article says Trump criticized Putin harshly, right?",
                                "the rubio lavrov meeting was in geneva wasnt it")
    assert checked.text.startswith("No - not in Geneva.") and "Riyadh" in checked.text


def test_round_28_who_else_is_quoted_lists_the_others():
    # Round 28's thirty-seventh tester: "and the others? who else is quoted" after who Wallander is got "The
    # article doesn't name anyone else"
    *_, others = _conversation("who is wallander", "what was her job", "and the others? who else is quoted")
    assert others.text.startswith("Besides her, the article quotes Donald Trump, Kori Schake and JD Vance.")
    *_, others = _conversation("what did trump say at mar a lago", "anyone else quoted?")
    assert others.text.startswith("Besides him, the article quotes") and "Donald Trump" not in others.text.split("\n")[0]
    *_, there = _conversation("where did rubio meet lavrov", "who else was there")
    assert there.text.startswith("The article doesn't name anyone else")


def test_round_28_who_said_quoted_words_with_an_article_or_a_choice_after_them():
    # Round 28's thirty-eighth tester: "who said the threat from within, trump or vance?" got "The article
    # itself, in its own voice" and the sentence about the rising threat from China
    for question in ("who said the threat from within", "who said the threat from within - trump or vance?"):
        *_, said = _conversation(question)
        assert "JD Vance" in said.text.split("\n")[0] + said.text.split("\n")[1] and "rising threat" not in said.text


def test_round_29_where_a_meeting_with_someone_never_quoted_was():
    # Round 28's thirty-ninth tester: "where was the meeting with lavrov?" got "The article doesn't say what
    # Putin, Lavrov, Zelensky or Rubio said": a where-question asks the place, not his words
    *_, where = _conversation("where was the meeting with lavrov?")
    assert "Riyadh" in where.text.split("\n")[0] and "doesn't say what" not in where.text
    *_, said = _conversation("what did lavrov say at the meeting")
    assert said.text.startswith("The article doesn't say what Putin, Lavrov")


def test_round_29_is_that_in_the_article_with_a_claim_of_its_own():
    # Round 28's thirty-ninth tester: "wait is that in the article? that part of ukraine is occupied?" got
    # "Yes, that is in the article" with the last answer's quote: the words after the check are a new claim
    *_, claim = _conversation("who is vance", "wait is that in the article? that part of ukraine is occupied?")
    assert not claim.text.startswith("Yes") and "Vance" not in claim.text
    *_, claim = _conversation("does the article say that part of ukraine is occupied?")
    assert not claim.text.startswith("Yes")
    *_, check = _conversation("who is vance", "is that in the article or r u guessing")
    assert check.text.startswith("Yes, that is in the article") and "Vance" in check.text


def test_round_29_she_after_two_men_offers_the_women_and_even_is_no_name():
    # Round 29's fortieth tester: "what else did she say" after the 80 years (Truman and Bush) got "Do you mean
    # Harry Truman?"; "does the article even say what trumps supporters think" got "doesn't say anything about
    # Even"
    *_, she = _conversation("who said the thing about 80 years", "what else did she say")
    assert she.text.startswith("Do you mean Kori Schake or Celeste A. Wallander?")
    *_, supporters = _conversation("does the article even say what trumps supporters think")
    assert supporters.fact_id == "supporters_argue" and "Even" not in supporters.text
    *_, called = _conversation("did trump say zelensky was a dictator", "did he call him a dictator yes or no")
    assert "met or spoken" not in called.text


def test_round_29_a_quoted_persons_view_or_take_is_their_words():
    # "what's kori schake's view" got who she is; "what's her main point" already got her words
    *_, view = _conversation("what's kori schake's view")
    assert view.fact_id == "schake_quote"
    *_, take = _conversation("whats wallanders take")
    assert take.fact_id == "wallander_quote"
    assert _conversation("what does he think it will take")[-1].fact_id != "wallander_quote"


def test_round_29_a_number_asked_exactly_is_the_number_not_his_words():
    # Dev: "what number did he say exactly" after Trump's claim about Zelensky's approval got Trump's words at
    # Mar-a-Lago, quoted - the figure he gave, which the article doesn't
    *_, number = _conversation("what does trump claim about zelensky's approval", "what number did he say exactly")
    assert number.kind == "unknown" and "Mar-a-Lago" not in number.text
    *_, words = _conversation("what did trump say at mar a lago", "what did he say exactly")
    assert "You should have never started it" in words.text


@pytest.mark.parametrize("questions, lead, fact_id", [
    # Round 29's shell trial: "is schake from brookings?" got the hedge over her post, with no "No"
    (["is schake from brookings?"], "No - not Brookings.", "kori_schake"),
    (["is schake with the heritage foundation, right?"], "No - not Heritage Foundation.", "kori_schake"),
    (["who is kori schake", "is she from brookings?"], "No - not Brookings.", "kori_schake"),
    (["is wallander from the aei?"], "No - that is Kori Schake, not Celeste A. Wallander.", "celeste_wallander"),
    (["is kori schake at the american enterprise institute?"], "Yes - Kori Schake", "kori_schake"),
    (["does schake work for aei"], "Yes - Kori Schake", "kori_schake"),
])
def test_round_30_an_institution_checked_is_answered_from_the_post_given(questions, lead, fact_id):
    *_, reply = _conversation(*questions)
    assert reply.text.startswith(lead) and reply.fact_id == fact_id


@pytest.mark.parametrize("question", [
    "is schake at a research institute?",  # (names no institution: where hers is goes unsaid)
    "does wallander work for the pentagon?",  # (the defense department: her post says it)
    "is the donald getting chummy with the kremlin",  # (no one's workplace)
    "was wallander at the cia?",  # (she may have been, at another time)
])
def test_round_30_no_institution_denied_where_the_post_may_be_it(question):
    *_, reply = _conversation(question)
    assert not reply.text.startswith(("No - not", "No - that is"))


@pytest.mark.parametrize("questions, start, kind", [
    # Round 30's forty-fourth tester: "Why did Trump and Putin meet in Riyadh?" got the hedge over the Riyadh
    # passage, the premise left standing; round 29's shell trial: "did lavrov meet trump?" got the hedge too
    (["Why did Trump and Putin meet in Riyadh?"], "The article doesn't say whether Donald Trump met Vladimir Putin.",
     "unknown"),
    (["did rubio meet putin?"], "No - Marco Rubio met Sergey V. Lavrov, not Vladimir Putin.", "fact"),
    (["did lavrov meet trump?"], "No - Sergey V. Lavrov met Marco Rubio, not Donald Trump.", "fact"),
    (["who is lavrov", "has he met trump"], "The article doesn't say whether Sergey V. Lavrov met Donald Trump.", "unknown"),
])
def test_round_30_a_meeting_the_article_doesnt_describe_is_denied_or_not_given(questions, start, kind):
    *_, reply = _conversation(*questions)
    assert reply.text.startswith(start) and reply.kind == kind


def test_round_30_a_meeting_the_article_describes_or_names_is_not_denied():
    assert _conversation("did rubio meet lavrov")[-1].text.startswith("Yes. The article says: Marco Rubio met")
    assert "No -" not in _conversation("did vance meet lavrov")[-1].text  # (Vance spoke before it)
    assert "met" not in _conversation("does trump think he can just shake hands w putin and it's over")[-1].text.split(".")[0]


def test_round_30_where_after_words_given_with_their_place_and_a_question_asked_inside_a_request():
    # Round 30's forty-fifth tester: "where" after Trump's words at Mar-a-Lago got "doesn't say where ... names no
    # place"; "just tell me who lavrov is" got Rubio's meeting; "who said putin breaks deals" got nothing
    *_, where = _conversation("what did trump say", "where")
    assert where.fact_id == "mar_a_lago" and "Mar-a-Lago" in where.text
    assert _conversation("what did trump say", "and where was that")[-1].fact_id == "mar_a_lago"
    assert _conversation("just tell me who lavrov is")[-1].fact_id == "lavrov"
    assert _conversation("who said putin breaks deals")[-1].fact_id == "wallander_quote"


def test_round_30_losses_in_the_war_are_what_the_article_doesnt_count():
    # Round 30's own trial: "how many soldiers has ukraine lost" got the hedge over the 2014 sentence
    reply = _conversation("how many soldiers has ukraine lost")[-1]
    assert reply.kind == "unknown" and reply.text.startswith("The article doesn't say how many people have died")


def test_round_30_a_misspelt_greeting_before_the_question():
    # Round 30's shell trial: "helo, who is lavrov" got Rubio's meeting, not who Lavrov is
    assert _conversation("helo, who is lavrov")[-1].fact_id == "lavrov"


def test_round_30_a_head_of_government_the_article_never_names():
    # Round 30's own trial: "who is the uk prime minister" got the hedge over Lavrov's title
    reply = _conversation("who is the uk prime minister")[-1]
    assert reply.kind == "unknown" and reply.text.startswith("The article doesn't say anything about uk")


def test_round_31_trump_blaming_ukraine_is_his_blame_not_the_reality_that_answers_it():
    # "is trump blaming ukraine for the war?" got the article's answer to the claim, not the claim
    for question in ("is trump blaming ukraine for the war?", "whats the deal with trump blaming ukraine"):
        assert _conversation(question)[-1].fact_id == "trump_blames_ukraine", question
    assert _conversation("did ukraine start the war")[-1].fact_id == "ukraine_sovereignty"


def test_round_31_someone_described_before_a_comma_then_asked_for_their_take():
    # "the biden pentagon lady, what's her take" got who she is, not what she says
    assert _conversation("the biden pentagon lady, what's her take")[-1].fact_id == "wallander_quote"
    assert _conversation("the aei woman, whats her point")[-1].fact_id == "schake_quote"
    assert _conversation("who is the vise presedent in the artcle")[-1].fact_id == "jd_vance"


def test_round_31_what_exactly_a_term_is_and_what_the_article_never_says_came_of_things():
    reply = _conversation("What exactly is the American Enterprise Institute?")[-1]
    assert reply.kind == "unknown" and "doesn't say what the American Enterprise Institute is" in reply.text
    for question in ("what was decided at the congress of vienna", "did the talks end with a peace deal",
                     "why did russia invade ukraine"):
        reply = _conversation(question)[-1]
        assert reply.kind == "unknown" and reply.text.startswith("The article doesn't say"), question


def test_round_31_the_forty_seventh_testers_follow_ups():
    # "and the other expert, what did she say" -> "Kori Schake or Celeste A. Wallander?" -> "wallander" got who she is
    assert _conversation("who criticizes it most harshly", "and the other expert, what did she say",
                         "wallander")[-1].fact_id == "wallander_quote"
    # "and putin was there too?" after the Riyadh meeting got the presumption of distrust
    there = _conversation("So Trump met Lavrov in Riyadh, right?", "and putin was there too?")[-1]
    assert there.kind == "unknown" and there.text.startswith("The article doesn't say whether Vladimir Putin was there")
    went = _conversation("where did rubio meet lavrov", "did vance go too")[-1]
    assert went.text.startswith("The article doesn't say whether JD Vance was there")
    assert "was there" not in _conversation("did trump go back on his word")[-1].text


def test_round_31_a_percentage_the_article_doesnt_give_is_denied_but_not_one_put_in_trumps_mouth():
    for question in ("is zelensky's approval 4 percent", "No, I'm pretty sure I read 4 percent in there"):
        assert _conversation(question)[-1].text.startswith("No - not 4 percent."), question
    assert "No - not" not in _conversation("did trump say zelensky has 4 percent approval")[-1].text
    assert "No - not" not in _conversation("is zelensky at 50 percent")[-1].text


def test_round_31_where_the_article_uses_a_word_asked_as_the_word_then_where():
    # "no i mean the word brutal. where is that" got "doesn't say where that was: it names no place"
    for question in ("no i mean the word brutal. where is that", "where does the article use the word brutal"):
        assert "Trump’s brutal pivot stands in stark contrast." in _conversation(question)[-1].text, question


def test_round_31_a_president_outside_the_list_of_the_cautious_ones():
    # "and biden?" after which presidents were cautious about Russia got Biden as Wallander's president, as if listed
    reply = _conversation("which presidents were cautious about russia", "and biden?")[-1]
    assert reply.kind == "unknown" and reply.text.startswith("The article doesn't say that of Joe Biden")
    assert _conversation("which presidents were cautious about russia", "and truman?")[-1].fact_id == "truman"


def test_round_31_my_own_trial_a_state_asked_after_a_place_and_conferences_named_for_meetings():
    # "which state is that in?" after where Trump spoke got the unknown of cabinet posts ("secretary of state");
    # "which two historical meetings is riyadh likened to" got "doesn't say which meetings" over their names
    asked = _conversation("where did trump say ukraine should never have started it", "which state is that in?")[-1]
    assert asked.fact_id == "mar_a_lago" and "Florida" in asked.text
    likened = _conversation("which two historical meetings is riyadh likened to")[-1]
    assert likened.fact_id == "historical_conferences" and "doesn't say" not in likened.text
    assert _conversation("which polls put zelensky at 50 percent")[-1].text.startswith("The article doesn't say which polls")


def test_round_31_the_forty_ninth_testers_questions():
    # "thx. last thing, who is zelensky" got the article's closing question; "what is the name given to those
    # tensions?" after the new Cold War got "doesn't say anything about that"
    assert _conversation("thx. last thing, who is zelensky")[-1].fact_id == "zelensky"
    named = _conversation("How long have tensions between West and East been escalating according to the piece?",
                          "And what do people call that?", "No, what is the name given to those tensions?")
    assert [reply.fact_id for reply in named] == ["new_cold_war"] * 3


def test_round_31_my_browser_trial_a_percentage_put_to_someone_else():
    # "i read trump had 4 percent approval, is that in there" got the hedge over Trump's Mar-a-Lago words
    reply = _conversation("i read trump had 4 percent approval, is that in there")[-1]
    assert reply.fact_id == "zelensky_approval" and reply.text.startswith("No - not 4 percent.")


def test_round_32_a_thing_the_article_never_mentions_about_one_it_does_is_a_no():
    # the fiftieth tester: "does the article say anything about chinas military?" got "Yes." and China's quote
    reply = respond("does the article say anything about chinas military?")
    assert reply.kind == "unknown" and reply.text.startswith("No - the article doesn't say anything about")
    assert "rising threat from China" in reply.text  # where it does mention China, verbatim
    assert respond("does it mention military aid to ukraine").text.startswith("No - the article doesn't say")


def test_round_32_who_said_that_names_the_speaker():
    # "who say this?" after the Baltic States got the same answer again
    reply = respond("who say this?", respond("The article speak about Baltic states, what it say exactly?").context)
    assert reply.text.startswith("Kori Schake.\nFrom the article:") and "American Enterprise Institute" in reply.text
    assert respond("who said that", respond("trump quote?").context).text.startswith("Donald Trump.")


def test_round_32_what_the_article_thinks_of_what_was_just_said():
    # the question writer: after Trump's call for elections, "what does the article think of that"
    # got the easy-settlement passage
    context = respond("what is trump asking ukraine to do before peace talks").context
    reply = respond("what does the article think of that", context)
    assert reply.fact_id == "new_elections" and "Kremlin" in reply.text


@pytest.mark.parametrize("question, fact_id", [
    # the question writer's words the article never uses, no longer a "may not answer exactly that"
    ("when did russia start getting into conflicts with ukraine", "since_2014"),
    ("why does wallander say you should negotiate assuming the other side will cheat", "wallander_quote"),
    ("tldr what does the aei lady think of all this", "kori_schake"),
    ("trump says zelensky's numbers tanked, is that legit?", "zelensky_approval"),
])
def test_round_32_fresh_questions_answered_plainly(question, fact_id):
    reply = respond(question)
    assert reply.kind == "fact" and reply.fact_id == fact_id and "may not answer" not in reply.text


@pytest.mark.parametrize("question, fact_id", [
    # Round 32's second question writer
    ("what is this article mostly about", "about"),
    ("why do trump and his advisers want a deal with russia", "why_shift"),  # (advisers, the other spelling)
    ("yo whats the deal w rubio and that russian dude", "marco_rubio"),  # (no deal: "what about")
    ("how is trump's approach different from previous us presidents", "rhetoric_diverges"),
    ("is trump throwin ukraine under the bus??", "trump_blames_ukraine"),
])
def test_round_32_second_writers_questions(question, fact_id):
    reply = respond(question)
    assert reply.fact_id == fact_id and "may not answer" not in reply.text


def test_round_32_someone_going_to_the_meeting_the_article_places_others_at():
    reply = respond("did zelensky go to the riyadh meeting?")
    assert reply.kind == "unknown" and reply.text.startswith("The article doesn't say whether Volodymyr Zelensky was there")
    assert "Truman to George W. Bush" in respond("how is trump's approach different from previous us presidents").text


def test_round_32_fifty_first_testers_questions():
    # "where's the proof" after a claim the article is said to make: the claim, checked
    assert respond("whatever. the article claims trump blames ukraine. where's the proof").fact_id == "trump_blames_ukraine"
    assert respond("im asking what trump actually said about ukraine").fact_id == "trump_blames_ukraine"
    # "the article says ... 4% right": the reader's claim about the article, put right
    assert respond("ok whatever. the article says zelenskys approval is like 4% right").text.startswith("No - not 4 percent.")
    context = respond("hola, what means 'spheres of influence' in this article?").context
    assert respond("and who say this words, spheres of influence?", context).text.startswith("Kori Schake.")


def test_round_32_my_own_questions():
    # Round 32's trial: twenty fresh questions of mine, three of them missed
    from bot.knowledge import stem
    assert stem("focus") == stem("focused") == "focus" and stem("status") == "status"  # (no plural in "focus")
    assert respond("what does trump's presidency focus on").fact_id == "national_interests"
    # a word asked for under a heading: the sentence that has it, not the section's first two
    reply = respond("what word does the article use for trump's pivot in the broader implications section")
    assert "brutal pivot" in reply.text
    assert "wide-ranging consequences" in respond("what's the broader implications section about").text
    assert respond("who made the yalta comparison").text.startswith("The article itself compares")


def test_round_32_the_full_invasion_has_no_date_in_the_article():
    # the fifty-second tester: "when did russia invade ukraine fully" got "Since 2014 ..." (a confident wrong date)
    reply = respond("when did russia invade ukraine fully")
    assert reply.kind == "unknown" and reply.text.startswith("The article doesn't say when")


def test_round_32_a_nationality_put_to_someone_named():
    # the fiftieth tester and my shell trial: "She is American?" after Kori Schake got her quote about "American
    # foreign policy" as if it answered
    context = respond("who is kori schake").context
    assert respond("is she american?", context).text.startswith("The article doesn't say what nationality Kori Schake is.")
    assert respond("is lavrov american?").text.startswith("No - going by the office the article gives Sergey V. Lavrov")
    assert respond("is rubio american").kind == "unknown"  # (no title, no country: it doesn't say)


@pytest.mark.parametrize("question, start", [
    # Round 33's question writer: 1 of 17 yes/no questions got its yes or no first. The facts' claims
    # (facts.yml `confirms` / `denies`) give it when the question asks just one of them.
    ("did trump criticize putin?", "No. The article says: Trump has refrained"),
    ("did trump ever condemn russia?", "No. "),
    ("is trump going soft on russia", "Yes. "),  # (not "No": "soft" is no criticism)
    ("does trump blame ukraine for the war", "Yes. "),
    ("does trump blame russia for the war", "No. "),
    ("does wallander think russia will keep its word", "No. "),
    ("was wallander in the trump administration", "No. "),
    ("did wallander serve under biden", "Yes. "),
    ("are russian elections free", "No. "),
    ("are europeans worried", "Yes. "),
    ("did the us recognize the soviet takeover of the baltics", "No. "),
    ("so trump is cozying up to putin?", "Yes. The article says: With Trump back in office"),
    ("did rubio meet lavrov", "Yes. The article says: Marco Rubio met"),
    # no plain yes or no: a negation, a choice, a verdict, someone the claim doesn't name, the
    # claim's words in another order, or a first time that isn't the talks'
    ("didnt trump criticize putin", None),
    ("does trump blame ukraine or russia", None),
    ("is trump right to blame ukraine", None),
    ("does trump think ukraine started the war", "Yes. The article says: At the Mar-a-Lago"),  # (his words, not the rebuttal)
    ("did trump start the war in ukraine", None),
    ("is this his first time in office", None),
])
def test_round_33_yes_no_questions_get_yes_or_no_first_only_when_a_claim_says_it(question, start):
    reply = _conversation(question)[-1].text
    assert reply.startswith(start) if start else not re.match(r"(Yes|No)\b", reply)


def test_round_33_fifty_fifth_testers_questions():
    # "why tho" after what Trump wants with Russia got "doesn't say why"; "what did truman have to do with it" after
    # Rubio's meeting repeated the meeting; "Does the article talk about what Zelensky says?" got "Yes"; "does the
    # article say russia and china are allies?" got the China sentence; "does it mention crimea" listed the people
    assert _conversation("what does trump want with russia", "why tho")[-1].fact_id == "why_shift"
    *_, truman, bush = _conversation("who did rubio meet", "what did truman have to do with it", "and bush?")
    assert (truman.fact_id, bush.fact_id) == ("truman", "bush")
    zelensky = respond("Does the article talk about what Zelensky says?").text
    assert zelensky.startswith("No - the article doesn't quote Volodymyr Zelensky")
    assert respond("does the article say russia and china are allies?").text.startswith(
        "No - the article doesn't say that. It mentions China and Russia, but never together.")
    assert not respond("does the article say europe and the us are allies").text.startswith("No")
    assert respond("does it mention crimea").text == "No - the article doesn't mention crimea."


@pytest.mark.parametrize("question, fact_id", [
    # Round 33's fifty-fifth tester: a question after a word or two got "may not answer exactly that" over the
    # right answer
    ("Can you explain me please why the author say Trump is blaming Ukraine?", "trump_blames_ukraine"),
    ("hm ok. but putin was never criticized by trump?", "no_criticism_of_putin"),
    ("before i answer, what do the supporters actually say?", "supporters_argue"),
])
def test_round_33_a_question_after_a_lead_is_answered_not_hedged(question, fact_id):
    reply = respond(question)
    assert reply.fact_id == fact_id and reply.kind == "fact"


def test_round_33_second_question_writers_misses():
    # Round 33's second question writer: "what's meant by the 'new cold war' here" said the article doesn't explain
    # it (it names the West-East tensions so); "does trump think ukraine started the war?" got where the article
    # weighs his claim, not his words; "how popluar is zelensky realy" got who he is
    cold_war = respond("what's meant by the 'new cold war' here")
    assert cold_war.fact_id == "new_cold_war" and cold_war.kind == "fact"
    assert respond("what does spheres of influence mean").text.startswith("The article doesn't say what")
    started = respond("does trump think ukraine started the war?")
    assert started.fact_id == "mar_a_lago" and started.text.startswith("Yes. ")
    assert respond("does the article agree that ukraine started the war").text.startswith("No. ")
    assert respond("how popluar is zelensky realy").fact_id == "zelensky_approval"


def test_round_33_a_where_question_that_names_its_own_thing_is_not_a_follow_up():
    # Round 33's fifty-sixth tester: "where was the meeting" after what Vance said got "doesn't say where that was -
    # the place it names nearby is where something else happened"; "where did he say it" still asks of Vance
    *_, meeting = _conversation("what did vance say", "where was the meeting")
    assert meeting.fact_id == "riyadh_meeting" and meeting.kind == "fact"
    *_, his = _conversation("what did vance say", "where did he say it")
    assert his.fact_id != "mar_a_lago"


def test_round_34_first_question_writers_misses():
    # Round 34's first question writer: "which country did russia invade?" got the Riyadh meeting, quoted, as if it
    # were the answer (the invasion's fact pointed where-questions at the meeting); "what does celest wallandr
    # think" got her job, not her words; "is kori schake supportive", "did vance meet with lavrov?" and "is that
    # true?" after Trump's claim on Zelensky's approval were answered with no yes or no first
    for question in ("which country did russia invade?", "what country did russia invade", "who invaded ukraine"):
        reply = respond(question)
        assert reply.fact_id == "invasion" and "Saudi" not in reply.text, question
    assert respond("did ukraine invade russia").text.startswith("No. ")
    assert respond("when did russia invade ukraine").text.startswith("The article doesn't say when")
    for question in ("what does celest wallandr think", "what does celeste wallander think"):
        assert respond(question).fact_id == "wallander_quote", question
    assert respond("is kori schake supportive of trump's pivot").text.startswith("No. ")
    assert respond("did vance meet with lavrov?").text.startswith("No. ")
    assert respond("did rubio meet lavrov").text.startswith("Yes. ")
    *_, true = _conversation("what does trump say about zelensky's approval rating", "is that true?")
    assert true.text.startswith("No, not according to the article.") and true.fact_id == "zelensky_approval"
    *_, wrong = _conversation("who does trump blame for the war", "is he wrong?")
    assert wrong.text.startswith("Yes, according to the article.") and wrong.fact_id == "ukraine_sovereignty"
    *_, putin = _conversation("what does trump think of putin", "is that true?")
    assert not putin.text.startswith(("No", "Yes"))  # whether Trump is optimistic, or Putin an ally: not weighed so
    threat = respond("what's the rising threat trump's team worries about")
    assert threat.fact_id == "why_shift" and threat.kind == "fact"
    assert respond("what did the kremlin's foreign ministry guy say at the meeting").text.startswith(
        "The article doesn't say what Sergey V. Lavrov said")


def test_round_34_a_question_after_i_wonder_and_in_other_words_is_answered():
    # Round 34's fifty-ninth tester: "I wonder whether the article explains why Trump believes Europe is a burden for
    # the United States?" got who Trump is, hedged ("believes" matched his belief in an easy settlement)
    for question in ("I wonder whether the article explains why Trump believes Europe is a burden for the United States?",
                     "why does trump think europe is a burden for the united states"):
        reply = respond(question)
        assert reply.fact_id == "why_shift" and reply.kind == "fact", question
    assert respond("does trump believe in an easy settlement").text.startswith("Yes. ")


def test_round_34_second_question_writers_misses():
    # Round 34's second question writer: "what issues did she deal with" after who Wallander is got "doesn't say"
    # (the article says she "dealt with Russia and Ukraine issues"); "how long did the riyadh talks last?" was told
    # the article gives no date; "is this like a yalta 2.0 thing" said "The article says: The article itself ..."
    *_, issues = _conversation("who was assistant secretary of defense under biden?", "what issues did she deal with")
    assert issues.fact_id == "celeste_wallander" and issues.kind == "fact"
    assert respond("how long did the riyadh talks last?").text.startswith("The article doesn't say how long that was")
    assert respond("does the article compare the meeting to yalta").text.startswith("Yes. The article itself compares")
    # ... and "who else was in the us delegation in riyadh?" got the meeting as the closest the article comes
    assert respond("who else was in the us delegation in riyadh?").text.startswith(
        "The article doesn't say who else - it names only Marco Rubio and Sergey V. Lavrov.")


def test_round_34_a_follow_on_stays_with_the_country_just_talked_about():
    # Round 34's fifty-ninth tester: "and elections?" after Zelensky's approval got Russia's elections
    *_, elections = _conversation("zelensky approval?", "and elections?")
    assert elections.fact_id == "new_elections"
    *_, again = _conversation("what does the article say about russia's elections", "and elections?")
    assert again.fact_id == "russia_elections"


def test_round_34_sixtieth_testers_questions():
    # Round 34's sixtieth tester: "the article says trump called putin a genius right?" was hedged three times;
    # "zelensky quoted?" got the article's numbers; "Hello! Can you summarize it for me?" was hedged
    assert respond("the article says trump called putin a genius right?").text.startswith(
        'No - the article doesn\'t say that: it never uses the word "genius".')
    assert respond("the article says trump blamed ukraine right?").text.startswith("Yes. ")
    assert respond("zelensky quoted?").text.startswith("The article doesn't say what Volodymyr Zelensky said")
    summary = respond("Hello! Can you summarize it for me?")
    assert summary.fact_id == "summary" and summary.kind == "fact"


def test_round_34_third_question_writers_misses():
    # Round 34's second and third question writers: "why is that criticized?" after Trump's call for new elections
    # got the article's general line on his narrative (its own answer says why, and the next sentence more);
    # "which polling company found zelensky at 50 percent?" was answered as if the article named one; "did the saudi
    # crown prince attend the meeting" was hedged
    *_, why = _conversation("what does trump want ukraine to hold?", "why is that criticized?")
    assert why.fact_id == "new_elections" and "undemocratic nature of elections in Russia" in why.text
    assert respond("which polling company found zelensky at 50 percent?").text.startswith(
        "The article doesn't say which pollster.")
    assert respond("did the saudi crown prince attend the meeting").text.startswith("The article doesn't say")


def test_round_34_an_unknown_about_others_is_not_said_of_someone_else():
    # Round 34 (my own trial): "did vance meet putin" got "The article doesn't say whether Trump and Putin have met"
    assert "Trump and Putin" not in respond("did vance meet putin").text
    assert respond("did trump meet putin").text.startswith("The article doesn't say whether Trump and Putin have met")


def test_round_35_tenth_question_writers_misses():
    # Round 35's question writer: "did the us-russia meeting happen in moscow?" got "Yes." over the talks' quote,
    # which names "Moscow's full-scale invasion" (the Riyadh meeting's fact places the talks); "tl;dr what does
    # schake think" got the article's summary; "what is NATO's position on trump's pivot?" got who Trump is
    for question, place in [("did the us-russia meeting happen in moscow?", "Moscow"),
                            ("were the us russia talks held in geneva", "Geneva")]:
        reply = respond(question)
        assert reply.text.startswith(f"No - not in {place}.") and "Riyadh" in reply.text
    assert respond("did american and russian negotiators meet in riyadh").text.startswith("Yes.")
    assert respond("tl;dr what does schake think").fact_id == "schake_quote"
    assert respond("tldr?").fact_id == "summary"
    assert respond("tl;dr what's the big deal").fact_id == "summary"  # (the eleventh writer: no one named, the gist)
    assert respond("what is NATO's position on trump's pivot?").text.startswith(
        "The article doesn't say anything about NATO.")
    assert respond("what is lavrov's position").fact_id == "lavrov"


def test_round_35_sixty_third_testers_questions():
    # Round 35's sixty-third tester: "Did Trump call Zelensky a dictator?" and "Does the article speak about Munich
    # also?" were hedged over unrelated passages; "did ukraine start it though? what does the article say" got who
    # Trump is; "Thank you. Who was meeting in Riyadh?" opened with what the article doesn't say; "... zelenskys term
    # ran out didnt it" got "doesn't say anything about mandate term ran" (words apart are things apart)
    assert respond("Did Trump call Zelensky a dictator?").text.startswith(
        'The article doesn\'t say that - it never uses the word "dictator".')
    assert respond("Does the article speak about Munich also?").text == "No - the article doesn't mention Munich."
    assert respond("did ukraine start it though? what does the article say").text.startswith("No. ")
    riyadh = respond("Thank you. Who was meeting in Riyadh?")
    assert riyadh.fact_id == "riyadh_meeting" and riyadh.text.startswith("The meeting of Marco Rubio and Sergey V. Lavrov")
    assert respond("well shouldnt a leader have a mandate to sign a peace deal? zelenskys term ran out didnt it").text == \
        "The article doesn't say anything about mandate or term ran."


def test_round_35_eleventh_question_writers_misses():
    # Round 35's eleventh question writer: "who is the us secretary of defense" got Wallander, an assistant secretary
    # of defense, as if she were it (confident wrong); "why does wallander say you should negotiate with distrust" got
    # "The article doesn't say that about Celeste A. Wallander" (the analysts' fact ranked first; hers close behind)
    secretary = respond("who is the us secretary of defense")
    assert secretary.kind == "unknown" and secretary.text.startswith("The article doesn't say")
    assert respond("who is the pentagon lady").fact_id == "celeste_wallander"
    assert respond("who is the assistant secretary of defense").fact_id == "celeste_wallander"
    assert respond("why does wallander say you should negotiate with distrust").fact_id == "wallander_quote"


def test_round_35_twelfth_question_writers_misses():
    # Round 35's twelfth question writer: "is kori schake a supporter of trump's pivot?" got "The article doesn't say
    # that about Kori Schake" (her "a" was read as something of hers the fact gives someone else: "it's a disgraceful")
    assert respond("is kori schake a supporter of trump's pivot?").text.startswith("No. ")
    assert respond("how does trumps approval rating compare to zelenskys").text.startswith(
        "The article doesn't say that about Donald Trump.")


def test_round_35_sixty_fifth_testers_questions():
    # Round 35's sixty-fifth tester: "where was that meeting" after what Vance said (and Schake's words before) got
    # Mar-a-Lago; "Who were the presidents it mentions?" called Truman and Bush "the first and last" presidents wary of
    # Russia, which the article doesn't say
    *_, meeting = _conversation("who is kori schake", "what did she say exactly", "and vance?", "where was that meeting")
    assert meeting.fact_id == "riyadh_meeting"
    *_, said = _conversation("who said you could have made a deal", "where did he say it")
    assert said.fact_id == "mar_a_lago"
    assert "first and last" not in respond("Who were the presidents it mentions?").text


def test_round_36_fourteenth_question_writers_misses():
    # Round 36's question writer: "what does schake call trump's shift?" got the critics' "betrayal ... dangerous
    # miscalculation" as if hers (confident wrong); "who is especially worried" got the China threat ("especially"
    # was matched); "why does wallander criticize trump?" got the criticism of Trump at large; "what does trump want
    # him to do?" after who Zelensky is got the approval figure, not the call for new elections
    assert respond("what does schake call trump's shift?").fact_id == "schake_quote"
    assert respond("who is especially worried about trump's shift").fact_id == "europe_fears"
    assert respond("why does wallander criticize trump?").fact_id == "wallander_quote"
    *_, wants = _conversation("who is zelensky?", "what does trump want him to do?")
    assert wants.fact_id == "new_elections"
    contrast = respond("what's the difference between the cold war policy and now, per schake?")
    assert contrast.fact_id == "baltic_states" and "legitimizing aggression" in contrast.text
    # yes or no first, when the article's claim says it
    assert respond("are european countries happy about trump's pivot?").text.startswith("No. ")
    assert respond("is jd vance the secretary of state?").text.startswith("No. ")
    assert respond("is vance the vice president").text.startswith("Yes. ")
    # what the article doesn't say, said plainly and in the reader's words
    assert respond("who is ukraine's foreign minister?").text.startswith(
        "The article doesn't say who Ukraine's foreign minister is.")
    assert respond("when is the next round of talks?").text.startswith("The article doesn't say when that will be")
    assert respond("how much military aid has the us sent ukraine?").text == \
        "The article doesn't say anything about military aid."
    assert respond("what did the saudi crown prince say about hosting?").text == \
        "The article doesn't say anything about the crown prince."
    assert respond("how many people have died in the ukraine war so far?").text == \
        "The article doesn't say anything about casualties."  # (not the list of people it names)
    assert respond("what about nato, sanctions and crimea").text == \
        "The article doesn't say anything about NATO, sanctions or crimea."
    assert not respond("does trump think defending europe is worth it?").text.startswith("The article doesn't say")
    assert "net worth" in respond("what is putin's net worth").text


def test_round_36_sixty_seventh_testers_questions():
    # Round 36's sixty-seventh tester: "so it doesnt say which polls?" got "It does - as I quoted" (a wrong fact with
    # a quote: it names none); a long greeting before "who exactly is Kori Schake?" got "doesn't say anything about
    # good evening or great or ask"; "What is this Yalta conference? I know it from school" got "anything about
    # school"; "the article says trump met putin in riyadh right" was hedged over who Trump is; "what do most ppl
    # say?" got "anything about Most Ppl"; "who won the super bowl" got "anything about super bowl"
    *_, polls = _conversation("what are zelensky's approval ratings", "so it doesnt say which polls?")
    assert polls.kind == "unknown" and polls.text.startswith("Right - the article doesn't say which polls")
    *_, number = _conversation("what are zelensky's approval ratings", "so the article doesnt say what the real number is?")
    assert number.text.startswith("It does")
    assert respond("Good evening. I have read the article with great interest and I would like to ask a few "
                   "questions, if I may. First, who exactly is Kori Schake?").fact_id == "kori_schake"
    assert "school" not in respond("What is this Yalta conference? I know it from school but i forget").text
    assert respond("the article says trump met putin in riyadh right").text.startswith(
        "No - not Donald Trump and Vladimir Putin.")
    assert respond("did rubio meet putin").text.startswith("No - Marco Rubio met Sergey V. Lavrov")
    assert respond("why, what do most ppl say?").text.startswith("The article doesn't say what most people think")
    assert respond("who won the super bowl this year").kind == "off_topic"
    assert respond("Does the article explain what Vance meant by the threat from within?").text.startswith(
        'The article doesn\'t say who or what Vance meant by the threat "from within".')


def test_round_36_fifteenth_question_writers_and_the_testers_follow_ups():
    # Round 36's fifteenth question writer: "what was it compared to?" after where the negotiators met got their first
    # talks in three years; "and what about now?" after Schake's Cold War words got the new Cold War; "Who represented
    # Russia besides Lavrov at the meeting?" got Rubio's meeting as if it answered
    *_, compared = _conversation("where did the US and Russian negotiators meet?", "what was it compared to?")
    assert compared.fact_id == "historical_conferences"
    *_, now = _conversation("what did Schake say about the Cold War?", "and what about now?")
    assert "Now we’re legitimizing aggression" in now.text
    assert respond("Who represented Russia besides Lavrov at the meeting?").text.startswith(
        "The article doesn't say who else - it names only Marco Rubio and Sergey V. Lavrov.")
    # the sixty-seventh tester: "does the article even mention the 2% thing" got "No - not 2 percent" over Zelensky's
    # 50 percent, and "does the article mention 2 percent" a "Yes."; "hey whats the deal with the elections thing" got
    # only Russia's elections; "Threat from within what, exactly? Does it explain?" after Vance got Mar-a-Lago
    assert respond("does the article even mention the 2% thing").text == "No - the article doesn't mention the 2 percent thing."
    assert respond("does the article mention 2 percent").text == "No - the article doesn't mention 2 percent."
    assert respond("does the article mention 50 percent").text.startswith("Yes.")
    assert respond("hey whats the deal with the elections thing").fact_id == "new_elections"
    *_, within = _conversation("what does the article say about Vance, the vice president?",
                               "Threat from within what, exactly? Does it explain?")
    assert within.text.startswith('The article doesn\'t say who or what Vance meant by the threat "from within"')


def test_round_36_sixty_eighth_testers_questions():
    # Round 36's sixty-eighth tester: "did he say it in those words?" after what Trump blames Ukraine for got "what I
    # quoted above is all it says" (his own words are quoted, at Mar-a-Lago); "what did she say, the wallander" got
    # Schake's words; "hola, who is the womans in the article?" got "anything about hola or womans"; "Is any European
    # leader quoted by name?" was hedged; "And does it mention Obama or Reagan at all?" got "only what I quoted above"
    *_, words = _conversation("what did trump actually say about ukraine", "did he say it in those words?")
    assert words.text.startswith("Not in those words") and words.fact_id == "mar_a_lago"
    *_, own = _conversation("who said ukraine should never have started the war", "did he say it in those words?")
    assert own.text.startswith("Yes - those are Donald Trump's own words")
    *_, hers = _conversation("which women are quoted in the article?", "what did she say, the wallander")
    assert hers.fact_id == "wallander_quote"
    women = respond("hola, who is the womans in the article?")
    assert women.text.startswith("The article names two:") and "Schake" in women.text and "Wallander" in women.text
    assert respond("Is any European leader quoted by name?").text.startswith(
        "The article doesn't name any of the european leaders")
    *_, neither = _conversation("which U.S. presidents does the article mention as cautious about Russia?",
                                "And does it mention Obama or Reagan at all?")
    assert "Obama" in neither.text and neither.kind == "unknown"
    assert respond("does the article mention crimea by name btw?").text == "No - the article doesn't mention crimea."
    assert "smth" not in respond("didnt trump say smth about elections").text


def test_round_36_reviewed_answers():
    # Round 36's review of its own change: a number the article doesn't give is no "No" to what it does mention; Vance
    # was a senator (the article only calls him Vice President); other Europeans' view is Europe's fears; a critic
    # besides Schake is not "no one else"; "they" names no speaker; "the net effect" is no net worth
    assert respond("is the 1945 yalta conference mentioned").text.startswith("Yes.")
    assert not respond("was vance a senator").text.startswith("No")
    assert respond("what do other europeans think").fact_id == "europe_fears"
    assert not respond("who is critical of trump except schake").text.startswith("The article doesn't say who else")
    *_, they = _conversation("what does the article say about europe", "did they say it in those words")
    assert not they.text.startswith("Not in those words")
    assert "net worth" not in respond("what is the net effect of the shift").text


def test_round_36_sixty_ninth_testers_and_sixteenth_writers_questions():
    # Round 36's sixty-ninth tester: "Is Putin quoted in the article?" got "Yes." and the people it does quote (a wrong
    # fact); "does it even give the supporters side? seems like only critics get quoted" got "anything about even"
    assert respond("Is Putin quoted in the article?").text.startswith("No - the article doesn't quote Vladimir Putin")
    assert respond("is schake quoted in the article").text.startswith("Yes")
    assert respond("does it even give the supporters side? seems like only critics get quoted").text.startswith(
        "The article says: Supporters argue")
    # the sixteenth question writer: yes or no first, the side it names no one from, what Wallander served under
    assert respond("Are European leaders happy about Trump's approach?").text.startswith("No. ")
    assert respond("Is Kori Schake critical of Trump's pivot?").text.startswith("Yes. ")
    assert respond("Who represented Ukraine at the Riyadh talks?").text.startswith(
        "The article doesn't say who - it names no one from Ukraine.")
    *_, served = _conversation("Who is Celeste Wallander?", "who did she serve under?")
    assert "Joe Biden" in served.text and not served.text.startswith("The article doesn't say")
    assert respond("yo whats up").text.startswith("All good, thanks!")


def test_round_36_seventieth_testers_questions():
    # Round 36's seventieth tester: "so it doesnt say what russia wants" got "It does - as I quoted" over the
    # negotiators' meeting (a country named is no more said); "what does the US get out of it" got "doesn't say"
    *_, wants = _conversation("where did the negotiators meet", "so it doesnt say what russia wants")
    assert wants.text.startswith("Right - the article doesn't say")
    assert respond("what does the US get out of it").fact_id == "supporters_argue"


def test_round_36_which_polls_after_something_else_is_not_it_does():
    # Round 36's own browser trial: "so it doesnt say which polls?" after Schake's words got "It does:" and the polls'
    # 50 percent, which names no poll (a wrong fact with a quote)
    *_, polls = _conversation("what does schake call trump's shift?", "so it doesnt say which polls?")
    assert polls.text.startswith("Right - the article doesn't say which polls.")


def test_round_36_seventieth_testers_small_talk_and_meetings():
    # "so you only do this article?" got a hedged summary; "is trump meeting putin soon or wat" the Riyadh passage
    assert respond("yeah I know. so you only do this article?").text.startswith("Yes - just this one article.")
    assert respond("is trump meeting putin soon or wat").text.startswith(
        "The article doesn't say whether Donald Trump will meet Vladimir Putin.")


def test_round_37_eighteenth_question_writers_misses():
    # Round 37's question writer: "what adjective ... in the broader implications section" got the section's first two
    # sentences, not "brutal"; "how does wallander's view of negotiating differ from trump's" got her words and the
    # Mar-a-Lago quote; "and vance?" after where Rubio met Lavrov got the meeting again
    adjective = respond("what adjective does the article use for trump's pivot in the broader implications section")
    assert "brutal" in adjective.text
    contrast = respond("how does wallander's view of negotiating differ from trump's")
    assert "presumption" in contrast.text and "optimistic view of Putin" in contrast.text and "Mar-a-Lago" not in contrast.text
    *_, vance = _conversation("where did rubio meet lavrov", "and vance?")
    assert vance.text.startswith("The article doesn't say whether JD Vance met Sergey V. Lavrov.") and "from within" in vance.text
    assert respond("did vance meet lavrov").text.startswith("No.")  # (it was Rubio)
    # not two people compared: what one says of the other
    reversing = respond("how many years of foreign policy does schake say trump is reversing")
    assert "80 years" in reversing.text and "Mar-a-Lago" not in reversing.text
    both = respond("what do schake and wallander say")
    assert "disgraceful" in both.text and "presumption" in both.text
    # the right passage, said plainly (hedged before: words the article puts otherwise)
    earned = respond("what has zelensky's leadership earned internationally")
    assert not earned.text.startswith(("The article may not", "I don't see")) and earned.fact_id == "zelensky"
    # (slang mapped to the article's words pulled in other facts - "did trump diss the europeans" got the blame on
    # Ukraine - so "moves", "crew" and "diss" stay unmapped: hedged, and the claims data answers "diss" with a No)
    assert respond("did trump diss the europeans").fact_id != "ukraine_not_putin"
    # yes or no first
    assert respond("yo did trump ever diss putin").text.startswith("No.")
    assert respond("was trump's claim about zelensky's approval accurate?").text.startswith("No.")
    assert respond("does the shift hurt trust among western allies?").text.startswith("Yes.")
    assert respond("r the us and russia talking again").text.startswith("Yes.")
    # on the article's subject, though not in it: plainly not there, not off-topic
    assert respond("what will happen to nato", intent="out_of_scope").text.startswith("The article doesn't say anything about NATO")
    assert respond("whats the weather like", intent="out_of_scope").kind == "off_topic"


def test_round_37_seventy_first_testers_questions():
    # Round 37's seventy-first tester: "does it actually say brutal?" got "I don't see that in the article" (a wrong fact:
    # "Trump's brutal pivot stands in stark contrast"); "The article talk about Minsk?", "Minsk is mentioned or not?"
    # got hedged passages; "What's Rubio's job?" said twice that it doesn't give his title
    for question in ["does it actually say brutal?", "does it say brutal"]:
        assert respond(question).text.startswith("Yes") and "brutal pivot" in respond(question).text
    assert respond("does the article use the word traitor").text == 'The article doesn\'t use the word "traitor".'
    assert respond("does it say europe is happy").text.startswith("No.")  # (a claim, not a word: its claims say no)
    for question in ["The article talk about Minsk?", "I don't understand. Minsk is mentioned or not?",
                     "ok. The article talk about Minsk?"]:
        assert respond(question).text == "No - the article doesn't mention Minsk.", question
    assert respond("And about Poland, it say something?").text == "No - the article doesn't mention Poland."
    assert respond("Yes exactly. And Macron, he is in the article?").text.startswith("The article doesn't mention Macron.")
    assert respond("does the article mention the baltic states").text.startswith("Yes")
    assert respond("What's Rubio's job?").text.count("title") == 1
    assert respond("The article say Europe feels 'marginalized'?").text.startswith("Yes")
    told = respond("is it true trump said ukraine started the war??")
    assert told.text.startswith("Yes.") and "You should have never started it" in told.text
    # the article's own side, asked or remarked on
    for remark in ["this article is so biased tho. it calls trump brutal lol", "does the article agree with me?",
                   "with the article. its way too one sided", "this piece is pure propaganda"]:
        assert "In its own voice the article is critical" in respond(remark).text, remark
    assert respond("it only quotes critics. where are the people who support trump").fact_id == "supporters_argue"
    assert respond("what do you want from me").text.startswith("Ask me anything about the article")


def test_round_37_nineteenth_question_writers_misses():
    # Round 37's second question writer: "why does the article call trump's elections demand simplistic" began "The
    # article doesn't say that about Donald Trump" (his demand, not his elections); "has russia been fighting ukraine
    # since before 2022?" began "doesn't say anything about 2022"; a yes or no was missing where the claim says it
    simplistic = respond("why does the article call trump's elections demand simplistic")
    assert simplistic.fact_id == "new_elections" and not simplistic.text.startswith("The article doesn't say")
    assert respond("what is trumps own approval rating").text.startswith("The article doesn't say that about Donald Trump")
    assert respond("has russia been fighting ukraine since before 2022?").text.startswith("Yes.")
    assert respond("what happened in 2022").text.startswith("The article doesn't say anything about 2022")
    assert respond("when are ukraine's next elections scheduled").text.startswith("The article doesn't say when that will be")
    assert respond("was the rubio lavrov meeting in saudi arabia?").text.startswith("Yes.")
    assert respond("was the rubio lavrov meeting in moscow?").text.startswith("No")
    assert respond("is china seen as a threat by trump's team?").text.startswith("Yes.")
    assert respond("according to the article are russian elections free").text.startswith("No.")
    assert respond("so is trump basically ditching america's allies").text.startswith("Yes.")


def test_round_37_reviewed_answers():
    # Round 37's review of the change, before it landed
    # a word used often is used ("does it use the word pivot" got "doesn't use"), and the article's own word is its own
    assert respond("does it use the word pivot").text.startswith("Yes")
    assert respond("does it say simplistic").text.startswith("Yes - in the article's own voice")  # (was "Trump's words")
    assert respond("does it say new elections").text.startswith("Those are Donald Trump's words")
    # "X is mentioned?" names a thing, not a question word or a pronoun
    assert not respond("which organization is mentioned?").text.startswith("No")
    assert respond("does the article mention the soviet union").text.startswith("Yes")  # ("Soviet conquest")
    *_, he = _conversation("who is vance", "and he is mentioned?")
    assert "Vance" in he.text and "Mar-a-Lago" not in he.text
    # a bias remark before a question leaves the question asked
    assert respond("the article seems biased, what does schake say").fact_id == "schake_quote"
    # one person in what is asked of another: the first one's words
    assert respond("why does wallander think trumps approach is wrong").fact_id == "wallander_quote"
    assert respond("how is trump's view of putin different from wallander's").fact_id == "pragmatic_vs_trump"
    assert respond("how old are you", intent="out_of_scope").kind == "off_topic"


def test_round_37_where_it_says_a_claim():
    # Round 37's seventy-second tester: "so they admit there were no talks for 3 years? where does it say that" got "The
    # article doesn't say anything about admit"; "and poland? it say about poland?" echoed the words back
    for question in ["so they admit there were no talks for 3 years? where does it say that",
                     "where does it say there were no talks for 3 years"]:
        assert "nearly three years" in respond(question).text, question
    assert "brutal pivot" in respond("brutal? where does it say that").text
    assert "brutal pivot" in respond("the word brutal? where does it say that").text
    assert respond("and poland? it say about poland?").text == "No - the article doesn't mention poland."


def test_round_37_twentieth_question_writers_misses():
    # Round 37's third question writer: "who's this article mostly about?" got the list of everyone it names;
    # "did trump blame russia for starting the war?" a hedge where its claim says No
    assert respond("who's this article mostly about?").fact_id == "about"
    assert respond("did trump blame russia for starting the war?").text.startswith("No.")
    assert not respond("did ukraine's leaders just give up when russia invaded").text.startswith("Yes")


def test_round_37_seventy_third_testers_questions():
    # Round 37's seventy-third tester: "i just said why. the sanctions. does the article mention them?" got "Yes: Donald
    # Trump." (a wrong fact: "them" was taken for the people of the last answer)
    assert "sanctions" in respond("i just said why. the sanctions. does the article mention them?").text
    assert not respond("i just said why. the sanctions. does the article mention them?").text.startswith("Yes")
    *_, him = _conversation("who is putin", "does the article mention him?")
    assert him.text.startswith("Yes")


def test_round_38_twenty_first_question_writers_misses():
    # Round 38's question writer: "ngl does trump think ukraine started it" got a hedged passage (the opener "ngl"
    # read as part of the question); "What was Trump's exact figure for Zelensky's approval rating?" got the polls'
    # 50 percent ("exact" a word the article never uses, so not the unknown of his figure); "why was the riyadh
    # meeting significant" and "Why do Trump and his advisors want to pull back from Europe?" the right passage
    # behind "may not answer exactly that"
    for opener in ["ngl", "tbh", "honestly"]:
        reply = respond(f"{opener} does trump think ukraine started it")
        assert reply.text.startswith("Yes.") and "Mar-a-Lago" in reply.text, opener
    for question in ["What was Trump's exact figure for Zelensky's approval rating?",
                     "what was trump's figure for zelensky's approval rating",
                     "what was trumps exact figure for zelenskys approval rating"]:  # (round 38's own trial in the shell)
        assert respond(question).text.startswith("The article doesn't say what approval figure Trump claimed"), question
    significant = respond("why was the riyadh meeting significant")
    assert significant.fact_id == "riyadh_meeting" and not significant.text.startswith("The article may not")
    assert "spheres of influence" in respond("why is the riyadh meeting important").text
    # (why the place was picked is still not what the meeting was seen as)
    assert respond("why was saudi arabia picked to host the talks").text.startswith("The article may not")
    pull_back = respond("Why do Trump and his advisors want to pull back from Europe?")
    assert pull_back.fact_id == "why_shift" and not pull_back.text.startswith("The article may not")
    # (where he said it is no claim to confirm: "did trump make a deal at mar a lago" and "is trump from florida" got a
    # yes from one, before the round's review)
    for question in ["is mar a lago trump's estate", "did trump meet putin at mar a lago", "did trump make a deal at mar a lago",
                     "is trump from florida"]:
        assert not respond(question).text.startswith("Yes"), question


def test_round_38_seventy_fourth_testers_questions():
    # Round 38's seventy-fourth tester: questions answered with the wrong passage or taken for chat
    assert respond("hi im writing a paper for my poli sci class, who wrote this article?").text.startswith(
        "The article doesn't say who wrote it")  # (was "doesn't say anything about writing, paper, sci class or wrote")
    for question in ["so no author listed? what publication is it from", "no byline?", "which paper ran it"]:
        assert respond(question).text.startswith("The article doesn't say who wrote it"), question
    assert "author" not in respond("who runs elections in russia according to the author").text[:40]
    assert respond("no supporters quoted").text.startswith("The article quotes no supporters.")
    assert respond("biased").text.startswith("The article doesn't say outright which side it is on.")
    *_, numbers = _conversation("whats the deal with trump and russia", "lol fair. what numbers does it give")
    assert numbers.text.startswith("The figures it gives")  # (was Russia's elections: "fair")
    asked = respond("Good afternoon. I read this piece with great interest, having lived through much of the Cold War "
                    "myself. I wonder, does the article explain why Trump thinks Ukraine is to blame?")
    assert asked.fact_id == "trump_blames_ukraine" and not asked.text.startswith("The article may not")
    for chat in ["its raining so hard here omg", "did u see the game last night"]:
        assert respond(chat).kind == "off_topic", chat  # (the first got the article's summary)
    *_, polls = _conversation("Zelensky's approval is like 4%, trump said so. why does the article say 50",
                              "what polls tho? it doesnt even name them")
    assert polls.text.startswith("The article doesn't say which polls")
    assert respond("aight so whats the deal w trump n russia in like 2 sentences").kind == "fact"  # (hedged: "sentences")
    assert respond("What means 'spheres of influence'? It is in the text I think").text.startswith(
        'The article doesn\'t say what "spheres of influence" means')
    historically = respond("what does it say about how negotiations with russia were handled historically")
    assert historically.fact_id == "presumption_of_distrust" and not historically.text.startswith("The article may not")


def test_round_38_a_claim_asked_yes_or_no():
    # Round 38's own trial: "So it says Russia invaded? yes or no" got the fact without its yes; "was the meeting in
    # riyadh" said the article doesn't say when the meeting was (the unknown of its date, not the claim)
    assert respond("So it says Russia invaded? yes or no").text.startswith("Yes")
    assert "Moscow’s full-scale invasion" in respond("so it says russia invaded?").text
    # (not every "so it says ...?" asked as whether it says those words: "Trump's brutal pivot" - the second review)
    assert not respond("so it says the pivot is brutal?").text.startswith("I don't see")
    for question in ["was the meeting in riyadh", "does the article say the meeting was in riyadh"]:
        assert respond(question).text.startswith("Yes.") and "Riyadh" in respond(question).text, question
    for question in ["was the meeting in riyadh long", "did the riyadh meeting last long", "was the meeting in riyadh cancelled",
                     "was the meeting in riyadh secret"]:  # (what it doesn't say: not a yes - the review's finding)
        assert respond(question).text.startswith("The article doesn't say"), question


def test_round_38_twenty_second_question_writers_misses():
    # Round 38's second question writer: "was this the first meeting between us and russian negotiators in nearly 3
    # years?" got the privacy notice ("between us" read as off the record); "did wallander work for biden?" no yes first;
    # "why do analysts worry about trump negotiating with putin" hedged
    assert read("was this the first meeting between us and russian negotiators in nearly 3 years?", "ask_article",
                FREE).kind == "question"
    assert read("just between us, is this saved?", "give_opinion", FREE).kind == "privacy"
    assert respond("was this the first meeting between us and russian negotiators in nearly 3 years?").text.startswith("Yes.")
    assert respond("did wallander work for biden?").text.startswith("Yes.")
    assert respond("did wallander serve under trump").text.startswith("No.")
    worry = respond("why do analysts worry about trump negotiating with putin")
    assert worry.fact_id == "presumption_of_distrust" and not worry.text.startswith("The article may not")


def test_round_38_reviewed_answers():
    # Round 38's review of the change: questions the first draft sent to the wrong answer
    assert "disgraceful" in respond("which magazine called it a disgraceful reversal").text  # (not "who wrote it")
    assert not respond("is wallander an author").text.startswith("The article doesn't say who wrote it")
    for question in ["why do elections matter", "why was saudi arabia important"]:  # (a fact given as if it answered)
        assert respond(question).text.startswith("The article may not"), question
    for question in ["what series of meetings does the article mention", "what is the game plan of the white house"]:
        assert respond(question).kind != "off_topic", question  # (taken for everyday chat)


def test_round_38_seventy_fifth_testers_questions():
    # Round 38's seventy-fifth tester: "does it say anything good about trumps plan at all?" got "I don't see that in the
    # article" (its supporters' case is there); "is it true trump said zelensky is a dictator" got the approval passage;
    # "And what is Ms. Wallander's argument, in brief?" the article's summary
    good = respond("does it say anything good about trumps plan at all?")
    assert good.text.startswith("Supporters argue") and "redirect resources" in good.text
    for question in ["is it true trump said zelensky is a dictator", "did trump say zelensky is a dictator"]:
        assert respond(question).text.startswith('The article doesn\'t say that - it never uses the word "dictator".'), question
    assert respond("And what is Ms. Wallander's argument, in brief?").text.startswith("Celeste A. Wallander")
    assert respond("summarize it in brief").text.startswith("In short")
    summary = respond("summarize it").text  # (its own words: no "mocks", and only Schake speaks of a reversal)
    assert "mocks" not in summary and "Schake and Celeste A. Wallander call" not in summary


def test_round_38_twenty_third_question_writers_misses():
    # Round 38's third question writer: "what is this article basically about" got the new Cold War sentence;
    # "does the article describe russian elections as democratic?" said it doesn't use the word (it says undemocratic)
    for question in ["what is this article basically about", "what is this article about basically"]:
        assert respond(question).text.startswith("It's about President Trump's pivot"), question
    assert respond("are we basically in cold war 2.0").text.startswith("Yes.")
    undemocratic = respond("does the article describe russian elections as democratic?")
    assert undemocratic.text.startswith('No - it says "undemocratic"') and "Kremlin" in undemocratic.text
    assert respond("does the article use the word traitor").text == 'The article doesn\'t use the word "traitor".'


def test_round_38_second_review_answers():
    assert not respond("did wallander serve under trump's predecessor").text.startswith("No.")  # (Biden was)
    assert "never uses the word" not in respond("did putin say trump is a friend").text  # ("best friends" is there)
    assert respond("no ukrainian is quoted").text.startswith("The article quotes no Ukrainian.")


def test_round_39_twenty_fourth_question_writers_misses():
    # Round 39's question writer: "what does he say they should have done?" after whom Trump blames got his call for
    # elections (a confident wrong answer); "why does trump want better relations with russia" and "which presidents
    # are named as having treated russia with caution" the right passage behind a hedge; "how many experts are
    # quoted" three (Trump is none); "did trump critisize rusia" and "so trump is basically ditching the allies for
    # putin??" no yes or no first; and "Does Wallander think we should trust Russia ...?" a conclusion sentence put
    # under her words as "It goes on:" (it shares "will" and "manage" with her answer, nothing more)
    *_, done = _conversation("who does trump blame for the war?", "what does he say they should have done?")
    assert "could have made a deal" in done.text and "elections" not in done.text
    better = respond("why does trump want better relations with russia")
    assert better.fact_id == "why_shift" and not better.text.startswith("The article may not")
    cautious = respond("which presidents are named as having treated russia with caution")
    assert cautious.fact_id == "eighty_years" and "Harry Truman to George W. Bush" in cautious.text
    assert "two experts, Kori Schake" in respond("how many experts are quoted in the article").text
    assert respond("did trump critisize rusia").text.startswith("No.")
    assert respond("so trump is basically ditching the allies for putin??").text.startswith("Yes.")
    assert not respond("is trump ditching putin for the allies").text.startswith("Yes")  # (its order)
    trust = respond("Does Wallander think we should trust Russia to keep its agreements?").text
    assert trust.startswith("No.") and "The success of Trump" not in trust


def test_round_39_seventy_seventh_testers_questions():
    # Round 39's seventy-seventh tester: "Is Trump criticising Putin in the article?" got "Yes." (the article speaks of
    # it) over the quote that he refrained - the one wrong fact of the round; a question after a topic ("And what about
    # Poland, is Poland mentioned?") got the off-topic steer; two questions, the second a yes/no one, got "doesn't say
    # anything about wrote or nyt"; the historical events it mentions, the main points, and what it says about trusting
    # Putin got nearby passages
    for question in ["Ok. Is Trump criticising Putin in the article?", "Is Trump criticising Putin in the article?"]:
        assert respond(question).text.startswith("No."), question
    assert respond("is putin in the article").text.startswith("Yes.")  # (being named is still a yes)
    assert respond("And what about Poland, is Poland mentioned?").text.startswith("No - the article doesn't mention Poland")
    assert respond("what about poland? is it mentioned").text.startswith("No - the article doesn't mention poland")
    *_, putin = _conversation("who did trump blame for the war", "what about putin, does he blame him")
    assert "refrained from criticizing Putin" in putin.text  # ("he" and "him" stay Trump and Putin)
    assert respond("Who wrote this article? Is it from the NYT?").text.startswith("The article doesn't say who wrote it")
    assert respond("what does wallander say? is she against trump?").text.startswith("Yes.")  # (the review: not split)
    assert respond("Which historical events does it mention, then?").text.startswith("The history it brings up")
    assert respond("No, I asked for the 3 main points of the article").text.startswith("In short:")
    assert respond("finally. so what did the article say about trusting putin").fact_id == "presumption_of_distrust"


def test_round_39_twenty_fifth_question_writers_misses():
    # Round 39's second question writer: "was lavrov at the riyadh meeting?" with no yes first; "who represented saudi
    # arabia at the talks" got Rubio's meeting as if it answered; "what does the article say is wrong with that" after
    # Trump's call for elections got his blame of Ukraine; the Riyadh meeting as a step toward dividing spheres of
    # influence, Yalta, and whether Trump thinks Putin trustworthy behind "may not answer exactly that"
    assert respond("was lavrov at the riyadh meeting?").text.startswith("Yes.")
    assert not respond("was putin at the riyadh meeting").text.startswith("Yes")
    assert respond("who represented saudi arabia at the talks").text.startswith(
        "The article doesn't say who - it names no one from Saudi Arabia")
    assert "Marco Rubio" in respond("who represented the us at the talks").text
    *_, wrong = _conversation("what does trump say ukraine needs to do to join peace talks",
                              "what does the article say is wrong with that")
    assert wrong.fact_id == "new_elections" and "undemocratic nature of elections" in wrong.text
    assert respond("is the meeting in riyadh described as a step toward dividing spheres of influence?").text.startswith("Yes.")
    assert respond("how is the riyadh meeting similar to yalta").fact_id == "historical_conferences"
    trustworthy = respond("does trump think putin's trustworthy lol")
    assert trustworthy.fact_id == "presumption_of_distrust" and "misplaced faith" in trustworthy.text
    # (a claim said with "the article says" in it is not led by "The article says:" again)
    assert not respond("is zelensky popular or not").text.startswith("The article says: Trump claims")


def test_round_39_seventy_eighth_testers_questions():
    # "does the article actually quote trump blaming ukraine or is that the writer's spin" got "I don't see that in the
    # article" over the writer's paraphrase - the round's one wrong fact; the reader's request before a question read as
    # the question
    quoted_him = respond("does the article actually quote trump blaming ukraine or is that the writer's spin")
    assert quoted_him.text.startswith("It quotes Donald Trump's own words") and "You should have never started it" in quoted_him.text
    assert "disgraceful reversal" in respond("does it quote schake calling it disgraceful").text
    # (the second review: a quote that says otherwise, a word the article lacks, a writer's sentence - none vouched for)
    for question in ["does the article quote vance saying anything about europe", "does the article quote wallander saying putin can be trusted",
                     "does the article quote trump saying russia should rejoin the g8", "does the article quote trump saying zelensky is unpopular"]:
        reply = respond(question).text
        assert not reply.startswith(("Yes", "It quotes")), question
    assert respond("Good evening. I have just finished reading this piece and I would be grateful if you could tell me who "
                   "Celeste Wallander is and what exactly she argues.").text.startswith("Celeste A. Wallander")


def test_round_40_twenty_sixth_question_writers_misses():
    # Round 40's question writer: "were did rubio meet lavrov" got a stray "Yes."; "Does the article say Trump views
    # Putin as a potential ally?" no yes first; the "presumption" Wallander starts from and Trump's "endgame" the right
    # passage behind a hedge; supporters and critics compared with the critics only
    assert not respond("were did rubio meet lavrov").text.startswith("Yes")
    assert "Riyadh" in respond("were did rubio meet lavrov").text
    assert respond("Does the article say Trump views Putin as a potential ally?").text.startswith("Yes.")
    presumption = respond('What is the "presumption" Wallander says negotiations should start from?')
    assert presumption.fact_id == "wallander_quote" and not presumption.text.startswith("The article may not")
    endgame = respond("what's trump's endgame with russia, like what does he get out of it")
    assert endgame.fact_id == "supporters_argue" and not endgame.text.startswith("The article may not")
    both = respond("Compare what supporters and critics say about Trump's Russia pivot")
    assert both.fact_id == "supporters_and_critics" and "Supporters argue" in both.text and "critics view" in both.text
    assert respond("does the article give both sides").fact_id == "writer_stance"  # (whether it does, not what each says)


def test_round_40_eightieth_testers_questions():
    # Round 40's eightieth tester and the round's own tries: a follow-up with a word of its own, a figure's source,
    # the article's verdict on a claim, a reader who says the answer is wrong, and what the article goes no further on
    *_, kind = _conversation("who met for the first time in almost 3 years?", "what kind of concessions tho?")
    assert kind.fact_id == "trump_blames_ukraine"
    assert respond("source for zelensky 50%?").text.startswith("The article doesn't say which polls.")
    assert respond("who did the polls").text.startswith("The article doesn't say which polls.")
    *_, source = _conversation("how popular is zelensky", "any source for the 50 percent?")
    assert source.text.startswith("The article doesn't say which polls")
    disagrees = respond("does the author disagree with trump blaming ukraine?")
    assert disagrees.text.startswith("Yes.") and disagrees.fact_id == "ukraine_sovereignty"
    essay = respond("ok. for my essay, the article is more against trump or neutral?")
    assert essay.kind != "off_topic" and "critical of Trump's pivot" in essay.text and not essay.text.startswith("Trump")
    assert respond("does it even say 'brutal pivot' or did i make that up").text.startswith("Yes")
    # (the review of the change: no "Yes." for what the article doesn't dispute, no "No - ... further" for a person,
    # no "which polls" for Trump's own figure, no "Yes." for an enemy "rather than" an ally)
    assert not respond("does the author disagree with ukraine?").text.startswith("Yes")
    assert not respond("does the article question the 50 percent figure?").text.startswith("Yes")
    assert not respond("does the article say more about schake anywhere").text.startswith("No")
    assert "which polls" not in respond("where does the 4 percent come from").text
    assert not respond("does trump regard putin as an enemy rather than an ally").text.startswith("Yes")
    assert respond("why does the article mention putin").fact_id != "why_shift"
    *_, raised = _conversation("what does it say about elections in russia", "and why did that come up")
    assert raised.fact_id == "new_elections"
    assert respond("why does the article bring up russian elections").fact_id == "new_elections"
    *_, figure = _conversation("what does it say about zelensky approval rating",
                               "50% during a war is not great either tbh. anyway whats trumps number for it")
    assert figure.text.startswith("The article doesn't say what approval figure Trump claimed")
    *_, further = _conversation("what's the rising threat from china", "Does the author explain it further?")
    assert further.text.startswith("No - the article doesn't go further than this:") and "rising threat from China" in further.text
    assert respond("what mean accommodation here?").text.startswith('The article doesn\'t say what "accommodation" means')
    assert respond("is it bad or not").fact_id == "supporters_and_critics"
    # "you're wrong": checked again, and what the reader thinks it says asked of the article
    *_, there = _conversation("so trump met putin in riyadh right?", "pretty sure it said trump was there. you're wrong")
    assert there.text.startswith("I've checked again. The article doesn't say whether Donald Trump was there.")
    *_, wrong = _conversation("so trump met putin in riyadh right?", "you're wrong")
    assert wrong.text.startswith("I've checked again. The meeting") and wrong.fact_id == "riyadh_meeting"
    assert respond("you're wrong").text.startswith("What did I get wrong?")


def test_round_40_the_same_answer_whatever_the_hash_seed():
    # "who was the american that sat down with the russians" got Rubio in one process and Lavrov in another: the country a
    # description names was taken from a set, in the order of that run's string hashes
    import json
    import os
    import subprocess
    import sys
    questions = ["who was the american that sat down with the russians", "who is the russian the american met",
                 "the american guy who met lavrov", "who is the woman from the pentagon"]
    code = ("import json, sys; from bot.knowledge import respond; "
            "print(json.dumps([respond(q).text for q in json.loads(sys.argv[1])]))")
    replies = [subprocess.run([sys.executable, "-c", code, json.dumps(questions)], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}, cwd=config.PROJECT_DIR).stdout for seed in ("1", "4", "6")]
    assert replies[0] == replies[1] == replies[2]
    assert "Marco Rubio" in json.loads(replies[0])[0].split("\n")[0]


def test_round_40_twenty_seventh_question_writers_pushback_and_misses():
    # Round 40's second question writer: every "are you sure? i thought ..." got the bot's self-description, a hedge
    # or "You're welcome!"; now the last answer is checked and said again, with what the reader's version has that it
    # doesn't first
    def pushed(first, second):
        return _conversation(first, second)[-1].text
    assert pushed("who said it's a disgraceful reversal", "wait, wasn't that wallander?").startswith(
        "I've checked again. No - it was Kori Schake, not Celeste A. Wallander.")
    assert pushed("since when has russia been fighting ukraine", "are you sure? i thought it was 2022").startswith(
        "I've checked again. The article doesn't give 2022 - it says: Since 2014")
    assert pushed("what's zelensky's approval rating according to polls",
                  "are you sure? i thought the article said 4 percent").startswith(
        "I've checked again. The article doesn't give 4 percent - it says:")
    slammed = pushed("did trump criticize putin?", "are you sure? i thought it said he slammed russia for invading")
    assert slammed.startswith("I've checked again. Trump has refrained from criticising Putin")
    assert pushed("where did rubio meet lavrov", "nah youre wrong, it was in geneva i saw it on the news").startswith(
        "I've checked again. The article doesn't mention Geneva - it says:")
    # the writer's other misses
    assert respond("is kori schake in favor of trump's russia pivot").text.startswith("No.")
    assert respond("does the article describe russian elections as free and fair").text.startswith("No.")
    assert respond("what's the difference between how trump treats ukraine and how he treats russia").fact_id == \
        "ukraine_not_putin"
    assert respond("why is the us ditching its allies").fact_id == "why_shift"
    assert respond("ok but what happens next according to this thing").fact_id == "conclusion"
    polite = respond("Hi there, I'm a student writing a paper on US-Russia relations and I was hoping you could help me "
                     "out. Could you tell me what the article says the Riyadh meeting was seen as a precursor to?")
    assert polite.fact_id == "riyadh_meeting" and not polite.text.startswith("The article may not")
    assert respond("who wrote this? is it from the nyt").text.startswith("The article doesn't say who wrote it")
    assert respond("how many times does it say trump criticized putin").text.startswith("None - the article never says")
    # (the second review: a question naming someone, or a figure the article gives elsewhere, is no pushback)
    *_, rubio = _conversation("who said it's a disgraceful reversal", "wasn't it rubio who met lavrov?")
    assert "No - it was" not in rubio.text and "Rubio" in rubio.text
    *_, fourteen = _conversation("who is kori schake", "i thought it was 2014")
    assert "doesn't give 2014" not in fourteen.text
    *_, quoted_three = _conversation("who is quoted", "i thought putin said that")
    assert "No - it was" not in quoted_three.text
    assert not respond("is schake described as angry").text.startswith("Yes")
    # (tried in the shell: the speaker of the words, not everyone the answer names - "under Biden")
    *_, hers = _conversation("who is celeste wallander", "what did she say", "are you sure? i thought schake said that")
    assert hers.text.startswith("I've checked again. No - it was Celeste A. Wallander, not Kori Schake.")


def test_round_40_no_sentence_from_elsewhere_shown_as_the_quote_going_on():
    # The new-user trial: after the Riyadh question, "who said it's a disgraceful reversal" showed the Riyadh sentence
    # as "It goes on:" under Schake's words, as if she had said it; a sentence a paragraph away is "Elsewhere it says"
    *_, schake = _conversation("so trump met putin in riyadh right?", "who said it's a disgraceful reversal")
    assert schake.fact_id == "schake_quote" and "Riyadh" not in schake.text
    critics = respond("why do critics think his approach is bad")
    assert 'It goes on: "Critics argue' not in critics.text


def test_round_41_a_question_that_takes_something_false_as_given_is_put_right_first():
    # Round 41's question writer, on false premises: "why did trump say it at the white house" was offered the
    # Mar-a-Lago quote as "the closest it comes"; "what happened when rubio met lavrov in istanbul" was read as asking
    # when; "did they meet for the first time in ten years?" got "Yes."; "why did the us legitimize the soviet
    # conquest of the baltic states" and "why does wallander work at the aei" were answered as if so
    assert respond("Why did Trump say 'You should have never started it' at the White House?").text.startswith(
        "Not at the White House. The article says: At the Mar-a-Lago estate")
    istanbul = respond("What happened when Rubio met Lavrov in Istanbul?").text
    assert istanbul.startswith("Not in Istanbul.") and "Riyadh" in istanbul
    assert respond("did american and russian negotiators meet for the first time in ten years?").text.startswith(
        "No - not ten years.")
    assert respond("why did us and russian negotiators meet for the first time in ten years?").text.startswith("Not ten years.")
    assert not respond("was it more than two years since they met?").text.startswith(("No", "Not"))
    # ("why did the us legitimize the soviet conquest of the baltic states" is left to "the closest it comes": its claim,
    # two words apart, is told too loosely for a premise - the review found such claims denying what the article says)
    for question in ("What did Trump say when he criticized Putin for invading Ukraine?",
                     "why does schake support trumps plan", "Why does Trump blame Russia for the war?"):
        assert respond(question).text.startswith("Not according to the article - it says: "), question
    assert respond("Why does Celeste Wallander work at the American Enterprise Institute?").text.startswith(
        "No - that is Kori Schake, not Celeste A. Wallander.")
    # ... and nothing put right that the article says, or asks of something else
    for question in ("why did trump refrain from criticizing putin?", "when did zelensky's approval start to drop",
                     "what about putin, does he blame him", "what did wallander say about becoming best friends with russia",
                     "what did schake say about the baltic states"):
        assert not respond(question).text.startswith(("Not according", "No")), question


def test_round_41_a_claim_turned_round_is_no_claim_denied():
    # "does trump refuse to criticize putin?" and "did trump refrain from criticizing putin?" got "No." - the claim
    # "trump criticize putin" read in them, as if they asked it
    assert respond("does trump refuse to criticize putin?").text.startswith("Yes.")
    assert respond("did trump refrain from criticizing putin?").text.startswith("Yes.")
    assert not respond("is trump reluctant to criticize putin?").text.startswith("No")
    assert respond("did trump criticize putin?").text.startswith("No.")


def test_round_41_pushback_with_the_readers_own_version():
    # "Are you sure? Isn't it Russia he blames?" got "I'm a chatbot ..." (the model's bot_challenge), and "Are you sure
    # that was her? Wasn't it Kori Schake?" the answer again as "the closest it comes"
    *_, russia = _conversation("Who does Trump blame for the war?", "Are you sure? Isn't it Russia he blames?")
    assert russia.text.startswith("I've checked again. No - Ukraine, not Russia.")
    *_, hers = _conversation("What did Wallander say about negotiations?", "Are you sure that was her? Wasn't it Kori Schake?")
    assert hers.text.startswith("I've checked again. No - it was Celeste A. Wallander, not Kori Schake.")
    *_, invaded = _conversation("who invaded ukraine", "isnt it russia?")
    assert "No - " not in invaded.text and "Moscow" in invaded.text


def test_round_41_the_question_writers_other_misses():
    assert "JD Vance" in respond("who's the veep in this story").text
    assert "surrender territory" in respond("What does Trump say Ukrainian leaders should have agreed to?").text
    assert "best friends" in respond("According to Wallander, what are we not trying to do with Russia?").text


def test_round_41_the_second_question_writers_misses():
    # Round 41's second question writer (people, numbers, three-turn chains): pushback with the detail doubted got "I'm a
    # chatbot" (the model's bot_challenge) or a bio; "what did the leaders actually do" after the article's answer to
    # Trump's claim got "No, not according to the article" and the polls; section titles by place got a passage
    *_, florida = _conversation("Where did Trump blame Ukraine?", "What did he say there?", "Are you sure that was in Florida?")
    assert florida.text.startswith("I've checked again.") and "Mar-a-Lago" in florida.text
    *_, four = _conversation("What does Trump say about Zelensky's approval?", "And what do the polls say?",
                             "Are you sure it's not 4 percent?")
    assert four.text.startswith("I've checked again. The article doesn't give 4 percent")
    *_, washington = _conversation("Who said Ukraine could have made a deal?", "Where did he say it?",
                                   "Really? I thought he said it in Washington.")
    assert washington.text.startswith("I've checked again. The article doesn't mention Washington")
    *_, claim, leaders = _conversation("What did Trump tell Ukraine?", "What does the article say about that claim?",
                                       "What did the leaders actually do?")
    assert claim.fact_id == "ukraine_sovereignty" and not claim.text.startswith("No")
    assert "defend their sovereignty" in leaders.text and not leaders.text.startswith("No")
    assert respond("What's the last section called?").text.startswith(
        'The last section is "Conclusion: The Future of U.S. Foreign Policy".')
    assert respond("What's the first section after the intro called?").text.startswith(
        'The first section is "The Shift in U.S.-Russian Relations".')
    assert not respond("bottom line of the last section?").text.startswith("The last section is")
    assert respond("Did Kori Schake ever work in government?").text.startswith("The article doesn't say what else Kori Schake")


def test_round_41_the_reviews_near_misses_for_premises():
    # A premise is put right only where a claim of three words or more is said tightly, in so many words: not a
    # judgement asked of ("why does schake agree the pivot is a disgrace"), not "him" for Putin, not the passive, not
    # what someone thinks or says
    for question in ("Why does Schake agree the pivot is a disgrace?", "When did Ukraine start fighting back?",
                     "What does Wallander think of the trump team?", "Why has Europe been fine relying on the US?",
                     "When was Ukraine invaded by Russia?", "Why does Schake support the old policy?",
                     "Why does the author agree with critics of the pivot?", "what would happen if they met in istanbul",
                     "was the invasion two years ago?", "what happened over the past 50 years"):
        assert not respond(question).text.startswith(("Not according", "No - ", "Not in", "Not ")), question
    *_, him = _conversation("who is zelensky", "why does trump blame him?")
    assert not him.text.startswith("Not according")
    # ... and "No - Ukraine, not Russia" only where the fact denies the country put in its place
    *_, china = _conversation("What do supporters argue?", "are you sure? isn't it china?")
    assert "No - " not in china.text
    *_, putin = _conversation("Who does Trump blame for the war?", "isn't it putin he blames?")
    assert "doesn't say what Vladimir Putin said" not in putin.text


def test_round_41_my_trial_and_the_third_writer():
    *_, istanbul = _conversation("where did the rubio lavrov meeting happen", "i thought it was in istanbul")
    assert istanbul.text.startswith("I've checked again. The article doesn't mention Istanbul")
    assert respond("i thought the rubio lavrov meeting was in istanbul").text.startswith("No - not in Istanbul.")
    assert respond("why did trump harshly criticize putin").text.startswith("Not according to the article")
    *_, rubio = _conversation("who criticised the policy", "are you sure? wasnt it rubio who said that")
    assert rubio.text.startswith("I've checked again.") and "sure" not in rubio.text.split(".")[1]


def test_round_41_the_eighty_fourth_testers_questions():
    *_, sure = _conversation("who is wallander", "are you sure she worked for trump?")
    assert sure.text.startswith("No.") and "Biden" in sure.text
    assert "Supporters argue" in respond("does the article give any argument in favour of the shift, or is it only critics?").text


def _turns(*questions: str) -> str:
    """The reply to the last of `questions`, asked in one conversation."""
    context = None
    for question in questions:
        reply = respond(question, context)
        context = reply.context
    return reply.text


def test_round_42_premises_put_right_and_what_the_article_never_counts():
    # Round 42's question writer: "Why did Rubio meet Lavrov in Moscow?" got the invasion sentence (Moscow's) as the
    # answer; "why does trump say china started the war" got the China-threat sentence as Trump's reason; Schake given
    # Wallander's post went unremarked; "how much did the us spend?" was steered off-topic; "when is the next us-russia
    # meeting" got when the last one was
    moscow = respond("Why did Rubio meet Lavrov in Moscow?").text
    assert moscow.startswith("Not in Moscow.") and "Riyadh" in moscow
    assert respond("why does trump say china started the war").text.startswith("Not according to the article")
    assert respond("why did truman and bush want friendly ties with russia").text.startswith("Not according to the article")
    swapped = respond("Why did Kori Schake, the assistant secretary of defense, call it disgraceful?").text
    assert swapped.startswith("Kori Schake isn't the assistant secretary of defense - that is Celeste A. Wallander.")
    assert "disgraceful reversal" in swapped
    assert not respond("what did Kori Schake, the director of foreign and defense policy studies, say").text.startswith(
        "Kori Schake isn't")
    assert respond("how much did the us spend?").text.startswith("The article doesn't say anything about spending")
    assert "burden of defending Europe" in respond("why does trump want to stop defending europe so much").text
    assert respond("when is the next us-russia meeting").text.startswith("The article doesn't say when that will be")
    assert respond("who else was at the riyadh meeting").text.startswith(
        "The article doesn't say who else - it names only Marco Rubio and Sergey V. Lavrov.")
    assert respond("does the article say anything about russia and china together?").text.startswith("No")
    # ... and nothing put right that the article says
    for question in ("why did rubio meet lavrov in riyadh", "why does trump say ukraine started the war",
                     "what did trump say at mar-a-lago", "where does trump think the us is spending too much"):
        assert not respond(question).text.startswith(("Not", "No", "The article doesn't say anything about spending")), question


def test_round_42_follow_ups_of_a_chain():
    # "who said that again?" after two answers got the Truman-to-Bush sentence; "and putin's?" after Zelensky's
    # approval got who Putin is; "it says reagan too doesn't it" answered with another fact
    assert _turns("who called it a disgraceful reversal?", "of how many years?", "who said that again?").startswith("Kori Schake.")
    assert _turns("what's zelensky's approval rating", "and putin's?").startswith(
        "The article doesn't say that about Vladimir Putin.")
    assert "Harry Truman" in _turns("which presidents viewed russia with caution", "it says reagan too doesn't it")
    assert _turns("Hallo, worum geht es in dem Artikel?").startswith("Sorry - I can only chat in English.")
    assert _turns("perdón, in english: what's it about?").startswith("It's about")


def test_round_42_third_writers_false_posts_and_claims():
    # The third question writer: "Lavrov is Russia's defense minister, right?", "What did Schake do as Biden's assistant
    # secretary of defense?", "Why did Trump tell Putin he could have made a deal?", "why did zelensky blame trump" were
    # offered the right fact as "the closest it comes", never put right; "and in Ukraine?" after Russia's elections lost them
    assert respond("Lavrov is Russia's defense minister, right?").text.startswith("No.")
    assert respond("is lavrov russia's foreign minister?").text.startswith("Yes.")
    assert respond("What did Schake do as Biden's assistant secretary of defense?").text.startswith(
        "Kori Schake isn't Biden's assistant secretary of defense - that is Celeste A. Wallander.")
    assert not respond("what did wallander do as assistant secretary of defense").text.startswith("Celeste A. Wallander isn't")
    for question in ("Why did Trump tell Putin he could have made a deal?", "why did zelensky blame trump"):
        assert respond(question).text.startswith("Not according to the article"), question
    assert respond("did trump tell ukraine it could have made a deal?").text.startswith("Yes.")
    assert "new elections" in _turns("What does the article say about elections in Russia?", "and in Ukraine?")
    assert _turns("who said it's a disgraceful reversal", "i thought it was wallander").startswith(
        "I've checked again. No - it was Kori Schake, not Celeste A. Wallander.")
    assert "doesn't mention Obama" in _turns("which presidents viewed russia with caution", "i thought it was obama")


def test_round_43_words_headings_and_workplaces():
    # Round 43's testers and question writer: "does the article actually use the words blaming the victim?" was told
    # no (it is a section heading); "does the word brutal appear" got "Yes" over a sentence without it; "why does the
    # article call trump's pivot brutal?" got the China reason; "why?" after the summary was told the article gives
    # no reason; "Kori Schake works at the Brookings Institution, right?" was hedged, not put right
    heading = respond("does the article actually use the words blaming the victim?").text
    assert heading.startswith("Yes - as a section heading") and "Blaming the Victim" in heading
    assert "brutal pivot" in respond("does the word brutal appear in the article").text
    brutal = respond("why does the article call trump's pivot brutal?").text
    assert "brutal pivot" in brutal and "caution" in brutal and "China" not in brutal
    assert "closer to 50 percent" in respond("why does the article call trump's zelensky comments egregious").text
    # (a quoted person's word is theirs, said as theirs)
    assert "Kori Schake" in respond("why does it call the reversal disgraceful").text
    for opening in ("what is the article about", "summarize it"):
        said = respond(opening)
        assert "burden of defending Europe" in respond("why?", said.context).text, opening
    brookings = respond("Kori Schake works at the Brookings Institution, right?").text
    assert brookings.startswith("No - ") and "American Enterprise Institute" in brookings
    assert respond("so schake works at harvard right").text.startswith("No - ")
    # ... and no premise taken (the review): whose word it is, or what the word is about, is not the reader's to set
    for question in ("why does the article call the war brutal", "why does the article call putin egregious",
                     "why does the article call it a betrayal", "why does the article call ukraine undemocratic",
                     "why does the article call trump pragmatic", "why is zelensky called egregious",
                     "why does the article call putin an ally", "why does the article call europe key partners"):
        assert not respond(question).text.startswith("It gives no reason"), question
    for question in ("zelensky works for ukraine right", "rubio works for the state department", "trump works at the white house, right",
                     "putin works for russia right"):
        assert not respond(question).text.startswith("No"), question
    # ... and where the article does put them, no "No"
    assert not respond("schake works at the american enterprise institute right").text.startswith("No")
    assert not respond("does wallander work for biden").text.startswith("No - the article doesn't put")


def test_round_43_writers_titles_and_what_the_approach_challenges():
    # The 34th question writer: "What did Vice President Marco Rubio say ...?" took the title; "What does Trump say
    # Ukraine should hold?" got the Mar-a-Lago quote; "What does Trump's approach challenge?" got the supporters'
    # "more pressing challenges"
    assert respond("What did Vice President Marco Rubio say about the threat from within?").text.startswith(
        "Marco Rubio isn't Vice President - that is JD Vance.")
    assert not respond("what did vice president vance say").text.startswith("JD Vance isn't")
    assert "new elections" in respond("What does Trump say Ukraine should hold?").text
    assert "expert consensus" in respond("What does Trump's approach challenge?").text


def test_round_43_how_long_after_an_answer_is_the_time_it_gives():
    # The 34th writer: "and for how long?" after the new Cold War got Schake's Cold War quote; after the presidents who
    # viewed Russia with caution, which Bush; a meeting's date gives no length
    cold_war = respond("What is the new Cold War?")
    assert respond("and for how long?", cold_war.context).text.startswith("For over a decade")
    presidents = respond("Which presidents viewed Russia with caution?")
    assert "80 years" in respond("and for how long?", presidents.context).text.split("\n")[0]
    met = respond("when did the negotiators meet")
    assert not respond("how long?", met.context).text.startswith("Nearly three years")


def test_round_43_second_writers_views_of_others_and_checks_put_as_claims():
    # The 35th writer: "What does Kori Schake think of JD Vance?" got her words on the pivot as if about him (a
    # confident wrong answer); "Does Kori Schake agree with Trump's approach?" and "Is it fair to say Schake supports
    # Trump's Russia policy?" were hedged - she calls it disgraceful
    assert respond("What does Kori Schake think of JD Vance?").text.startswith(
        "The article doesn't say what Kori Schake thinks of JD Vance.")
    assert not respond("what does kori schake think of trump's pivot").text.startswith("The article doesn't say")
    assert "disgraceful" in respond("what does she think of trumps move", respond("who is kori schake").context).text
    assert respond("Does Kori Schake agree with Trump's approach?").text.startswith("No.")
    # (the third review: one person's view of another in the next paragraph is theirs - Wallander on negotiating with him;
    # a post is someone's only as the article words it - she was assistant secretary of defense)
    assert "presumption" in respond("what does wallander think of putin").text
    assert not respond("What did Secretary of Defense Kori Schake say about the reversal?").text.startswith("Kori Schake isn't")
    assert respond("is it true that the war started in 2014").text.startswith("Since 2014")


def test_round_43_a_figure_put_above_or_below_and_one_never_given():
    # The 93rd tester: "does the article say zelensky's approval is above 50%?" got "Yes." over "closer to 50 percent";
    # "So the article does not mention four percent at all, I take it?" got "It does - as I quoted"
    assert respond("does the article say zelensky's approval is above 50%?").text.startswith(
        "Not exactly - it says closer to 50 percent, not above it.")
    assert respond("is zelensky's approval below 50%").text.startswith("Not exactly")
    asked = respond("Does it say what figure Trump actually gave? I believe he said four percent.")
    assert respond("So the article does not mention four percent at all, I take it?", asked.context).text.startswith(
        "Right - the article doesn't mention 4 percent")


def test_round_44_a_longer_claim_against_a_shorter_one_and_typos_of_article():
    # Round 44's question writer: "Wallander handled china issues at the pentagon, right?" got "Yes." (the Pentagon
    # claim), over the quote that says Russia and Ukraine; "wat does the artcle say about yalta" got the summary (the
    # example phrasings' own "artcle" kept the word from being respelt)
    assert respond("Wallander handled china issues at the pentagon, right?").text.startswith("No - not China issues.")
    assert respond("Wallander handled russia issues at the pentagon, right?").text.startswith("Yes.")
    assert "Yalta" in respond("wat does the artcle say about yalta").text
    assert "pivot toward Russia" in respond("what is this artcle about").text


def test_round_44_writers_names_never_used_truths_checked_and_choices():
    # Round 44's question writer: "after the Potsdam meeting, what happened?" and "... compared to the Munich agreement,
    # right?" were hedged with the nearest fact as if it might be it; "Is it fair to say Trump blames Putin for the
    # war?" was hedged; "who said ..., Schake or Wallander?" hedged a right answer; the 95th tester: "why
    # does she say that?" after who Kori Schake is was told the article gives no reason
    potsdam = respond("after the Potsdam meeting, what happened?").text
    assert potsdam.startswith("The article doesn't say anything about Potsdam") and "Riyadh" in potsdam
    assert respond("the Riyadh meeting was compared to the Munich agreement, right?").text.startswith(
        "The article doesn't say anything about Munich")
    for lead in ("Is it fair to say", "is it true that"):  # (no "Yes" - the second review: a ", right?" put after it
        # steered other checks to other facts, so "No." first is left to do)
        assert not respond(f"{lead} Trump blames Putin for the war?").text.startswith("Yes"), lead
    assert not respond("is it fair to say trump blames ukraine").text.startswith(("No", "The article"))
    assert respond("who said it was a 'disgraceful reversal', Schake or Wallander?").text.startswith("Kori Schake")
    schake = respond("who is kori schake")
    why = respond("why does she say that?", schake.context).text
    assert "Baltic States" in why and "It goes on" not in why


def test_round_44_review_claims_turned_round_are_no_no():
    # The review: a rule letting a longer claim outweigh a shorter one said "No." to "Ukraine was attacked by Russia,
    # right?" (gone); the issues someone's post dealt with are checked on their own
    assert not respond("Ukraine was attacked by Russia, right?").text.startswith("No")
    assert not respond("Does Trump blame Ukraine for Russia's war?").text.startswith("No")
    assert not respond("Does Wallander criticize Trump's China policy?").text.startswith("Yes")
    assert respond("Was Wallander assistant secretary of defense for Asian affairs?").text.startswith("No - not Asian affairs.")
    assert not respond("Trump blamed the Ukrainians for Russia starting the war?").text.startswith("The article doesn't say")


def test_round_44_second_writers_yes_turned_round_and_places_gone_to():
    # Round 44's second question writer (37th): "do analysts think trump can trust putin to keep deals?" got "Yes." over
    # the analysts' "misplaced faith"; "so trump thinks the threat from russia makes defending europe too expensive?"
    # got "Yes." over China's threat; "who criticized trump in the article?" got Trump refraining from criticising
    # Putin; "why did rubio go to moscow to meet lavrov?" never said Riyadh; "what did she mean by that?" after
    # Kori Schake's words said the article explains no more
    assert not respond("do analysts think trump can trust putin to keep deals?").text.startswith("Yes")
    assert respond("does trump trust putin to keep deals?").text.startswith("Yes.")
    assert not respond("so trump thinks the threat from russia makes defending europe too expensive?").text.startswith("Yes")
    assert respond("so trump thinks defending europe is too expensive?").text.startswith("Yes.")
    assert "Kori Schake and Celeste A. Wallander" in respond("who criticized trump in the article?").text
    moscow = respond("why did rubio go to moscow to meet lavrov?").text
    assert moscow.startswith("Not in Moscow.") and "Riyadh" in moscow
    said = respond("what did the woman from the think tank say?")
    assert "Baltic States" in respond("what did she mean by that?", said.context).text


def test_round_44_second_review_issues_names_and_denials():
    # The second review: "No - not Russian issues." to "Did Wallander deal with ukrainian and russian issues under
    # Biden?", "Not What issues." to "what issues did wallander handle"; any capitalised word taken for a name ("Is The
    # Riyadh Meeting Important?" - "... about Important"); "does the administration see russia as a threat to europe?"
    # given "No."
    assert respond("Did Wallander deal with ukrainian and russian issues under Biden?").text.startswith("Yes")
    assert not respond("what issues did wallander handle").text.startswith(("No", "Not"))
    for question in ("Is The Riyadh Meeting Important?", "What did the Soviet Union do?",
                     "does the article say anything Positive about Trump?"):
        assert "doesn't say anything about" not in respond(question).text, question
    assert not respond("does the administration see russia as a threat to europe?").text.startswith("No")


def test_round_44_second_review_regions_and_threats():
    # The second review's knowledge items rerun: "eastern european issues" are Russia's and Ukraine's - no "No"; a
    # Russian threat put as a burden is not denied where the article says nothing of it
    assert not respond("Wallander handled eastern european issues?").text.startswith("No")
    assert not respond("does trump think the russian threat is a burden?").text.startswith("No")
    assert respond("do analysts say trump can trust putin?").text.startswith("No.")
