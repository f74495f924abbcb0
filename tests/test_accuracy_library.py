"""The accuracy report's grading, and the library's follow-ups and focus detection."""
from __future__ import annotations

import pytest

from bot import accuracy
from bot.knowledge import respond

QUOTE = 'From the article: "'


def chat(*turns: str, intent: str | None = None):
    """A fresh conversation: each reply's context goes with the next turn; the last reply."""
    context = None
    reply = None
    for turn in turns:
        reply = respond(turn, context, intent)
        context = reply.context
    return reply


# --- grade() -------------------------------------------------------------------------------

ANSWERABLE = {"answerable": True, "evidence": ["Riyadh", "Saudi Arabia"]}
UNANSWERABLE = {"answerable": False, "evidence": None}


@pytest.mark.parametrize(
    "item, reply, expected",
    [
        (ANSWERABLE, 'They met in Riyadh.\nFrom the article: "The meeting, held in Riyadh"', "right"),
        (ANSWERABLE, "They met in RIYADH, said nobody.\nFrom the article: \"x\"", "right"),
        (ANSWERABLE, 'Trump spoke in Florida.\nFrom the article: "At the Mar-a-Lago estate"', "wrong"),
        (ANSWERABLE, "The article doesn't say where they met.", "doesnt_say"),
        (ANSWERABLE, "I can only discuss the article. Ask me about it.", "doesnt_say"),
        (ANSWERABLE, 'The article may not answer exactly that. The closest it comes is this '
                     'passage:\nFrom the article: "The meeting, held in Riyadh"', "right"),
        (ANSWERABLE, 'The article may not answer exactly that. The closest it comes is this '
                     'passage:\nFrom the article: "Trump spoke"', "hedged"),
        (UNANSWERABLE, "The article doesn't say. What it does say: x\nFrom the article: \"y\"", "honest"),
        (UNANSWERABLE, "Who do you mean?", "honest"),
        (UNANSWERABLE, 'The article may not answer exactly that.\nFrom the article: "y"', "honest"),
        (UNANSWERABLE, 'I don\'t see that in the article. The closest it comes:\nFrom the article: "y"', "honest"),
        (ANSWERABLE, 'I don\'t see that in the article. The closest it comes:\nFrom the article: "Trump spoke"',
         "hedged"),
        (UNANSWERABLE, 'Putin is 70.\nFrom the article: "President Vladimir Putin"', "confident_wrong"),
    ],
)
def test_grade(item, reply, expected):
    assert accuracy.grade(item, reply) == expected


def test_grade_folds_curly_apostrophes_and_case():
    item = {"answerable": True, "evidence": ["It’s a disgraceful reversal"]}
    assert accuracy.grade(item, "From the article: \"it's a DISGRACEFUL reversal\"") == "right"


def test_evaluate_sends_context_then_question_and_table_counts():
    items = [
        {"id": "a", "split": "dev", "category": "where", "q": "where?", "answerable": True,
         "evidence": ["Riyadh"], "context": ["who met?"]},
        {"id": "b", "split": "dev", "category": "off_topic", "q": "pizza?", "answerable": False},
    ]
    asked = []

    def ask(turns):
        asked.append(turns)
        return 'In Riyadh.\nFrom the article: "Riyadh"' if len(turns) == 2 else "Let's talk about the article."

    results = accuracy.evaluate(items, ask)
    assert asked == [["who met?", "where?"], ["pizza?"]]
    assert [r["grade"] for r in results] == ["right", "honest"]
    text = accuracy.table(results)
    assert "| where | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 100% | - |" in text
    assert "| **follow-ups** | 1 | 1 |" in text


def test_a_right_answer_offered_as_a_hedge_is_counted_apart():
    items = [
        {"id": "a", "split": "dev", "category": "where", "q": "where?", "answerable": True,
         "evidence": ["Riyadh"]},
        {"id": "b", "split": "dev", "category": "where", "q": "where else?", "answerable": True,
         "evidence": ["Riyadh"]},
    ]
    replies = {
        "where?": 'In Riyadh.\nFrom the article: "Riyadh"',
        "where else?": 'The article may not answer exactly that. The closest it comes:\nIn Riyadh.\n'
                       'From the article: "Riyadh"',
    }
    results = accuracy.evaluate(items, lambda turns: replies[turns[-1]])
    assert [(r["grade"], r["hedged_right"]) for r in results] == [("right", False), ("right", True)]
    assert "| where | 2 | 2 | 0 | 0 | 0 | 0 | 0 | 1 | 100% | - |" in accuracy.table(results)


# --- follow-ups in context -------------------------------------------------------------------


def test_she_is_the_woman_last_talked_about():
    reply = chat("who is celeste wallander", "what did she say")
    assert reply.kind == "fact" and reply.fact_id == "wallander_quote"
    assert "presumption that they will violate them" in reply.text


def test_he_is_resolved_for_a_place_question():
    reply = chat("who is marco rubio", "where did he meet him")
    assert "Riyadh" in reply.text and QUOTE in reply.text


def test_and_x_asks_the_previous_question_about_x():
    reply = chat("what do critics say", "and the supporters?")
    assert reply.fact_id == "supporters_argue"


def test_what_else_gives_a_different_fact():
    first = chat("what do critics say")
    second = respond("what else?", first.context)
    assert second.kind == "fact" and second.fact_id != first.fact_id


def test_when_about_an_undated_event_doesnt_say():
    reply = chat("tell me about the riyadh meeting", "when was that")
    assert reply.text.startswith("The article doesn't say")


def test_a_pronoun_with_nothing_before_it_gets_a_clarifying_question():
    for question in ("what did she say", "where was that", "why?"):
        reply = respond(question)
        assert reply.kind == "clarify" and QUOTE not in reply.text


def test_context_is_json_serialisable():
    import json

    reply = chat("who is kori schake", "what about the baltic states?")
    assert reply.fact_id == "baltic_states"
    assert json.loads(json.dumps(reply.context)) == reply.context


# --- focus: what the article never mentions ------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what is ukraine's population",
        "when was zelensky elected",
        "how many tanks does russia have",
        "what did lavrov say to rubio",
        "how did zelensky react to trump",
        "how old is lavrov",
        "which university did wallander attend",
    ],
)
def test_absent_focus_says_the_article_doesnt_say(question):
    reply = respond(question)
    assert reply.text.startswith("The article doesn't say"), reply.text
    assert reply.kind == "unknown"


def test_a_follow_up_about_something_absent_doesnt_say():
    assert chat("who is jd vance", "how old is he").text.startswith("The article doesn't say")


@pytest.mark.parametrize("question", ["what's the weather in paris", "hi", "best lasagne recipe"])
def test_off_topic_chat_is_steered_back_without_a_quote(question):
    reply = respond(question)
    assert reply.kind == "off_topic" and QUOTE not in reply.text


def test_out_of_scope_intent_is_steered_back_unless_a_fact_matches_closely():
    assert respond("how are you doing today", intent="out_of_scope").kind == "off_topic"
    assert respond("who is kori schake", intent="out_of_scope").fact_id == "kori_schake"


def test_yes_no_questions_lead_with_what_the_article_says():
    reply = respond("did trump criticise putin")
    assert reply.fact_id == "no_criticism_of_putin"
    assert reply.text.startswith(("Yes", "No", "The article says"))
    assert QUOTE in reply.text


def test_what_else_she_said_walks_on_through_her_quotation_then_says_that_is_all():
    first = chat("what did wallander say", "what else did she say")
    assert first.fact_id == "wallander_quote"
    assert "You try to find overlapping interests" in first.text and QUOTE in first.text
    assert chat("who is wallander", "what did she say about negotiations",
                "anything else she said?").text == first.text
    schake = chat("what did schake say", "did she say anything else")  # (the rest of her quotation at once)
    assert "Throughout the Cold War" in schake.text and "Now we’re legitimizing aggression" in schake.text
    assert chat("what did schake say", "did she say anything else", "what else did she say").kind == "none"
    # (a sentence inside a quotation opened earlier in its paragraph, and what she says of now)
    assert "Now we’re legitimizing" in chat("what did the us do during the cold war re the baltics",
                                            "and what is the us doing now according to her").text
    done = chat("what did wallander say", "what else did she say", "what else did she say")
    assert done.text.startswith("That's all of Celeste A. Wallander's words the article quotes")
    assert QUOTE not in done.text


def test_what_else_he_said_after_a_whole_quotation_is_what_else_he_is_reported_saying():
    # The Mar-a-Lago words end where they were quoted: the thirtieth tester got them again; "he" after
    # Wallander's words is not her.
    more = chat("what did trump say at mar-a-lago", "what else did he say")
    assert more.text.startswith("The article also reports what Donald Trump said: Trump ")
    assert more.fact_id != "mar_a_lago" and QUOTE in more.text
    assert "More of" not in chat("what did wallander say", "what else did he say").text


@pytest.mark.parametrize("question", [
    "what was the outcome of the rubio lavrov meeting",
    "jd vanse threat from with in what did he mean",
])
def test_names_that_pull_to_who_someone_is_dont_hide_what_the_article_lacks(question):
    reply = chat(question)
    assert reply.text.startswith("The article doesn't say")


def test_a_claim_asked_of_the_people_it_names_is_still_answered():
    # (the unknown of the figure Trump claimed is about the same two people)
    reply = chat("what did trump claim about zelensky's popularity")
    assert reply.fact_id == "zelensky_approval" and QUOTE in reply.text


@pytest.mark.parametrize("question, said", [
    ("is trump tougher on kyiv or on moscow", "places blame on Ukraine"),
    ("what does the piece call the ukrainian crisis", "test case"),
    ("who says a deal with russia would help the us", "Proponents argue"),
])
def test_questions_writers_keep_asking_get_the_sentence_that_answers_them(question, said):
    reply = chat(question)
    assert said in reply.text and QUOTE in reply.text


def test_round_26_the_twenty_ninth_testers_confident_wrong_answers():
    # "does the article call anything trump said egregious" got "... but not of Donald Trump" over a
    # quote that says it of his comments; "what does trump say the number is" (of Zelensky's approval)
    # got Trump's call for elections; "does it say putin was elected fairly" got "doesn't say
    # anything about elected" though it says Russia's elections are Kremlin-controlled
    assert chat("does the article call anything trump said egregious").text.startswith("Yes")
    assert "not of Vladimir Putin" in chat("is putin called egregious").text
    number = chat("what numbers are in the article", "is 50 percent good for a wartime leader",
                  "what does trump say the number is")
    assert number.text.startswith("The article doesn't say what approval figure Trump claimed")
    assert "tightly controlled by the Kremlin" in chat("does it say putin was elected fairly").text


def test_round_26_a_leaders_post_is_their_countrys():
    # The thirtieth tester: "who is putin's foreign minister" got "The article doesn't say that about
    # Vladimir Putin" over the answer (Russia's foreign minister, Lavrov)
    assert chat("who is putin's foreign minister").fact_id == "lavrov"
    assert chat("what's putin's approval rating").text.startswith("The article doesn't say that about Vladimir Putin")


def test_round_26_the_thirty_first_testers_confident_wrong_answers():
    # "does the article mention zelenskys term ending" got "Yes." and who Zelensky is; "how many years
    # was the US careful with russia" got the nearly three years since the last talks
    assert chat("does the article mention zelensky's term").text.startswith("No - the article doesn't say anything")
    assert chat("does the article mention putin").text.startswith("Yes")
    assert "80 years" in chat("how many years was the US careful with russia").text


# --- the dev split, as a floor -------------------------------------------------------------

# Reached on 2026-11-28 (see docs/accuracy.md) on the dev split of 351 questions (two writers),
# still met by the 454 of three writers,
# a few points under; a change that scores lower fails here.
DEV_FLOORS = {"answerable_right": 0.78, "unanswerable_honest": 0.93, "follow_up_right": 0.78,
              "answerable_wrong": 0.08}


def test_dev_split_keeps_its_floors():
    results = accuracy.evaluate(accuracy.load_items(split="dev"), accuracy.ask_library)
    answerable = [r for r in results if r["answerable"]]
    unanswerable = [r for r in results if not r["answerable"]]
    follow_ups = [r for r in results if r["follow_up"]]

    def share(rows, grades):
        return sum(r["grade"] in grades for r in rows) / len(rows)

    assert share(answerable, {"right"}) >= DEV_FLOORS["answerable_right"]
    assert share(answerable, {"wrong"}) <= DEV_FLOORS["answerable_wrong"]
    assert share(unanswerable, {"honest"}) >= DEV_FLOORS["unanswerable_honest"]
    assert share(follow_ups, {"right", "honest"}) >= DEV_FLOORS["follow_up_right"]
    not_in_article = [r for r in results if r["category"] == "not_in_article"]
    assert sum(r["grade"] == "confident_wrong" for r in not_in_article) <= 1


def test_a_yes_or_no_first_that_is_not_the_articles_answer_is_wrong_whatever_its_quote():
    item = {"answerable": True, "evidence": ["refrained from criticizing"], "says": "no"}
    quote = '\nFrom the article: "Trump has refrained from criticizing Putin"'
    assert accuracy.grade(item, "No. The article says: Trump has refrained from criticizing Putin." + quote) == "right"
    assert accuracy.grade(item, "Yes. The article says: Trump has refrained from criticizing Putin." + quote) == "wrong"
    assert accuracy.grade(item, "The article says: Trump has refrained from criticizing Putin." + quote) == "right"
