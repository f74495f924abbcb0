"""Whole conversations through a real Rasa server and action server; then the rows, field by field."""
from __future__ import annotations

import json
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select, text

from bot import store
from bot.prompts import prompts

pytestmark = pytest.mark.rasa

PROMPT_IDS = list(prompts())


def new_reader() -> str:
    return f"reader-{uuid.uuid4().hex[:12]}"


def rows_of(bot, session_id: str) -> list[store.Opinion]:
    store.create_schema(bot.database_url)
    with store.session_factory(bot.database_url).begin() as session:
        query = select(store.Opinion).where(store.Opinion.session_id == session_id)
        return list(session.scalars(query.order_by(store.Opinion.id)))


def stored_conversation(bot, session_id: str, kind: str | None = None) -> str:
    """The stored conversation's events of one reader (of one type, if given), as JSON text."""
    query = "SELECT data FROM events WHERE sender_id = :s" + (" AND type_name = :k" if kind else "")
    with store.engine(bot.database_url).connect() as connection:
        return "\n".join(connection.execute(text(query), {"s": session_id, "k": kind}).scalars())


def stance(value: str) -> str:
    return '/set_stance{"stance": "%s"}' % value


def test_full_discussion_probe_for_a_reason_then_stance(bot):
    reader = new_reader()
    opening = bot.text(reader, "I want to share my view")
    assert "saved anonymously" in opening and prompts()["russia_shift"].text in opening
    assert bot.text(reader, "It changes a lot for Europe") == "What makes you say that?"
    [row] = rows_of(bot, reader)  # saved before the bot replied, reason still to come
    assert (row.opinion, row.reason, row.stance) == ("It changes a lot for Europe", None, None)
    asked = bot.say(reader, "Putin has broken every deal so far")
    assert "Where do you stand on this" in asked[0]["text"]
    assert [b["title"] for b in asked[0]["buttons"]] == ["Agree", "Disagree", "Mixed", "Unsure"]
    finish = bot.text(reader, stance("disagree"))
    assert "So you disagree that the shift towards Russia is the right policy" in finish
    assert "It changes a lot for Europe" in finish and "another discussion question" in finish
    [row] = rows_of(bot, reader)
    assert row.session_id == reader and row.channel == "rest"
    assert row.prompt_id == "russia_shift" and row.prompt == prompts()["russia_shift"].text
    assert row.opinion == "It changes a lot for Europe"
    assert row.reason == "Putin has broken every deal so far"
    assert row.stance == "disagree"
    assert len(row.message_id) >= 16 and row.created_at <= row.updated_at
    # Another prompt, answered with a reason and a clear stance: no probe, no stance question.
    assert prompts()["china_focus"].text in bot.text(reader, "/share_opinion")
    done = bot.text(reader, "I agree, because China is the bigger long-term threat")
    assert "So you agree that closer ties with Russia are worth it to focus on China" in done
    rows = rows_of(bot, reader)
    assert [(r.prompt_id, r.stance, r.reason) for r in rows] == [
        ("russia_shift", "disagree", "Putin has broken every deal so far"),
        ("china_focus", "agree", "China is the bigger long-term threat"),
    ]


def test_a_question_in_the_middle_is_answered_then_the_prompt_resumes(bot):
    reader = new_reader()
    bot.text(reader, "ask me what I think")
    interrupted = bot.text(reader, "who is celeste wallander?")
    assert "assistant secretary of defense" in interrupted
    assert prompts()["russia_shift"].text in interrupted  # asked again
    assert rows_of(bot, reader) == []
    assert "What makes you say that?" in bot.text(reader, "Talking to Moscow is overdue")
    bot.text(reader, "Wars end at the table")
    bot.text(reader, stance("agree"))
    [row] = rows_of(bot, reader)
    assert (row.opinion, row.reason, row.stance) == ("Talking to Moscow is overdue", "Wars end at the table", "agree")


def test_skip_then_stop_halfway_keeps_what_was_said(bot):
    reader = new_reader()
    bot.text(reader, "share my view")
    assert prompts()["china_focus"].text in bot.text(reader, "skip")
    assert "What makes you say that?" in bot.text(reader, "Not worth it")
    assert "Everything you said so far is kept" in bot.text(reader, "never mind")
    [row] = rows_of(bot, reader)
    # ("not worth it" answers "is that trade worth it?": no)
    assert (row.prompt_id, row.opinion, row.reason, row.stance) == ("china_focus", "Not worth it", None, "disagree")
    # Back to questions, and the next prompt offered is one not answered or skipped yet.
    assert "Riyadh" in bot.text(reader, "where did rubio meet lavrov")
    assert prompts()["ukraine_deal"].text in bot.text(reader, "/share_opinion")


def test_opting_out_halfway_stores_nothing_more_and_delete_removes_the_rest(bot):
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "Closer ties are fine because trade helps everyone")
    bot.text(reader, stance("agree"))
    bot.text(reader, "/share_opinion")
    bot.text(reader, "China matters more")
    # (the answer still open goes too: round 38's tester asked "wait, saved? who see this?", then "ok no, i prefer you
    # dont save" - the words just taken for an answer are not kept)
    opted_out = bot.text(reader, "don't save my answers")
    assert "haven't kept what you just wrote" in opted_out and "won't save anything more" in opted_out
    assert [r.prompt_id for r in rows_of(bot, reader)] == ["russia_shift"]
    assert "won't ask for your view" in bot.text(reader, "I want to share my view")
    assert "isn't saved" in bot.text(reader, "one more thing: tariffs hurt everyone")
    assert "nothing is changed" in bot.text(reader, "change my reason to: trade")
    assert len(rows_of(bot, reader)) == 1
    assert not any("tariffs" in r.opinion or r.reason == "trade" for r in rows_of(bot, reader))
    # (round 18's second tester: a reason quoted back trimmed, "Your reason: ...", outlived the delete)
    assert 'Your reason: "trade helps everyone"' in bot.text(reader, "show my answers")
    assert "deleted 1 answer" in bot.text(reader, "delete my answers")
    assert rows_of(bot, reader) == []
    # What they wrote is blanked out of the stored conversation too; the conversation goes on.
    stored = stored_conversation(bot, reader)
    assert "trade helps everyone" not in stored and "China matters more" not in stored
    assert store.REDACTED in stored
    assert "Riyadh" in bot.text(reader, "where did rubio meet lavrov")


def test_what_an_opted_out_reader_says_is_not_kept_in_the_stored_conversation(bot):
    # Round 17's third tester: "I won't save anything more you say", yet their words stayed in
    # the conversation's rows until "delete my answers".
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "Closer ties are fine because trade helps everyone")
    assert "won't save anything more" in bot.text(reader, "don't save my answers")
    bot.text(reader, "honestly my cousin in kharkiv thinks this is a sellout")
    assert "Schake" in bot.text(reader, "who is kori schake")
    assert "disgraceful" in bot.text(reader, "what did she say")
    stored = stored_conversation(bot, reader)
    assert "kharkiv" not in stored and "who is kori schake" not in stored
    assert "trade helps everyone" in stored  # said before opting out: kept until "delete my answers"
    assert "save your answers again" in bot.text(reader, "ok you can save my answers again")
    bot.text(reader, "thanks, bye")
    stored = stored_conversation(bot, reader)
    assert "thanks, bye" in stored


HOSTILE = [
    "'; DROP TABLE opinions; --",
    '<script>alert("x")</script><img src=x onerror=alert(1)>',
    '=HYPERLINK("http://evil.example","click")',
    "+1-1 and @SUM(A1) 🇺🇦🤝🇷🇺 emoji",
    "Это ошибка, и Европа это знает",
    "هذا خطأ كبير لأن أوروبا ستدفع الثمن",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_and_odd_answers_are_stored_verbatim(bot, text):
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.say(reader, text)
    [row] = rows_of(bot, reader)
    assert row.opinion == text


def test_control_characters_are_stripped_and_blank_answers_asked_again(bot):
    reader = new_reader()
    bot.text(reader, "share my view")
    assert "didn't catch an answer" in bot.text(reader, "   \t  ")
    bot.text(reader, "Bad\x00 idea\x07 overall\x1b")
    [row] = rows_of(bot, reader)
    assert row.opinion == "Bad idea overall"


def test_fifty_readers_answering_at_once_make_fifty_complete_rows(bot):
    readers = [new_reader() for _ in range(50)]
    for reader in readers:
        bot.text(reader, "share my view")

    def answer(reader: str) -> None:
        bot.say(reader, f"I disagree because of {reader}", timeout=120)

    with ThreadPoolExecutor(max_workers=50) as pool:
        list(pool.map(answer, readers))
    for reader in readers:
        [row] = rows_of(bot, reader)
        assert (row.opinion, row.reason, row.stance) == (f"I disagree because of {reader}", f"of {reader}", "disagree")


def test_an_answer_that_sounds_like_stop_is_kept_as_the_answer(bot):
    reader = new_reader()
    bot.text(reader, "share my view")
    assert "What makes you say that?" in bot.text(reader, "We should stop funding Ukraine")
    [row] = rows_of(bot, reader)
    assert row.opinion == "We should stop funding Ukraine"


@pytest.mark.parametrize("change", ["actually no, mixed", "no wait, mixed", "actually, I agree"])
def test_changing_your_mind_after_the_save_changes_the_row_whatever_the_model_made_of_it(bot,
                                                                                          change):
    # "actually no, mixed" is ambiguous to the model (deny vs set_stance: nlu_fallback); it
    # still changes the stance rather than being answered as a question about the article.
    reader = new_reader()
    bot.text(reader, "share my view")
    # (a plain judgement and its reason: a whole answer, nothing asked again - round 17's tester
    # was asked for both; the thanks says which way it was taken)
    thanks = bot.text(reader, "i think its naive, putin wont keep any deal")
    assert "saved" in thanks and "you disagree that the shift" in thanks
    assert rows_of(bot, reader)[0].reason == "putin wont keep any deal"
    reply = bot.text(reader, change)
    assert "changed your answer" in reply, reply
    [row] = rows_of(bot, reader)
    assert row.stance == ("agree" if "agree" in change else "mixed")
    assert row.opinion == "i think its naive, putin wont keep any deal"
    # The same stance again changes nothing, and the reply doesn't pretend it did.
    again = bot.text(reader, "actually, I agree" if "agree" in change else "no wait, mixed")
    assert again.startswith("That's what I have:"), again
    assert [r.stance for r in rows_of(bot, reader)] == [row.stance]


def test_a_reader_can_see_what_was_saved_at_any_point_and_nothing_odd_is_saved(bot):
    reader = new_reader()
    assert "haven't saved any answers" in bot.text(reader, "what have you saved about me")
    bot.text(reader, "I want to share my view")
    # Inside the prompt: the saved answers (none yet), then the prompt again; nothing saved.
    inside = bot.text(reader, "show me what i said")
    assert "haven't saved any answers" in inside and prompts()["russia_shift"].text in inside
    assert rows_of(bot, reader) == []
    bot.text(reader, "It tells every dictator that invasion pays")
    probe = bot.text(reader, "what did i say?")
    assert 'You said: "It tells every dictator that invasion pays"' in probe
    assert "What makes you say that?" in probe  # the probe is asked again
    bot.text(reader, "Europe will pay for it")
    bot.text(reader, stance("disagree"))
    shown = bot.text(reader, "show my answers")  # the model has taken this for opt_in
    assert 'Your reason: "Europe will pay for it"' in shown and "Your stance: disagree." in shown
    assert "save your answers again" not in shown
    [row] = rows_of(bot, reader)
    assert (row.opinion, row.reason, row.stance) == (
        "It tells every dictator that invasion pays", "Europe will pay for it", "disagree")


def test_more_words_after_an_answer_extend_it_and_can_be_rewritten(bot):
    reader = new_reader()
    bot.text(reader, "share my view")
    # A question about privacy inside the prompt is answered, then the prompt asked again.
    privacy = bot.text(reader, "is this anonymous?")
    assert "No name, IP address" in privacy and prompts()["russia_shift"].text in privacy
    many = bot.text(reader, "how many questions are there")
    assert f"There are {len(prompts())} discussion questions; you've answered 0" in many
    # ... and what they ask, each by the words that open it (round 17's testers asked for the list)
    assert all(f"whether {prompt.statement}" in many for prompt in prompts().values())
    assert prompts()["russia_shift"].text in many
    bot.text(reader, "i think he's right to talk to putin")
    bot.text(reader, "because war is worse")
    assert "another discussion question" in bot.text(reader, stance("mixed"))
    # Not an answer to the next prompt, which the reader hasn't seen: more of this one.
    added = bot.text(reader, "one more thing: ukraine should decide")
    assert "added that to your answer" in added and "another discussion question" in added
    [row] = rows_of(bot, reader)
    assert row.opinion == "i think he's right to talk to putin / one more thing: ukraine should decide"
    edited = bot.text(reader, "change my reason to: morals matter more")
    assert edited == 'Done - your reason now reads: "morals matter more"'
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.reason, row.stance) == ("russia_shift", "morals matter more", "mixed")
    assert "you've answered 1" in bot.text(reader, "what are the other questions?")
    # Who reads them is answered, outside a prompt too; it is not a request to list them.
    assert "No name, IP address" in bot.text(reader, "who will read my answers")


def test_an_addition_after_changing_the_stance_still_extends_the_answer(bot):
    # Found in the shell: once the stance change had replied, "one more thing: ..." answered the
    # next prompt, unseen; and "nah" at the probe was saved as the reason.
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "its a huge mistake, allies matter")
    assert "Any reason is fine" in bot.text(reader, "nah")
    bot.text(reader, stance("disagree"))
    assert "changed your answer" in bot.text(reader, "actually no wait mixed")
    assert "added that to your answer" in bot.text(reader, "one more thing: europe should pay more")
    # The model takes this one for a question about the article (the Baltic States are in it).
    assert "added that to your answer" in bot.text(reader, "also the baltics are next")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.reason, row.stance) == ("russia_shift", None, "mixed")
    assert row.opinion == ("its a huge mistake, allies matter / one more thing: europe should pay"
                           " more / also the baltics are next")


def test_typo_fixes_stance_typos_and_stray_words_leave_the_rows_the_reader_meant(bot):
    # Found by a tester who never saw data/: "*europe" was saved as the reason and the real
    # reason lost; "agre" was refused; "lol" at the offer opened the next prompt; "idk" turns
    # later changed the stance; "disagree" before any question saved an answer to it.
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "i think it changes everything for eurpoe")  # (no verdict: the stance is asked)
    fixed = bot.text(reader, "*europe")
    assert 'Fixed: "i think it changes everything for europe"' in fixed and "What makes you say that?" in fixed
    bot.text(reader, "because they will be left alone")
    assert "another discussion question" in bot.text(reader, "disagre")
    assert prompts()["china_focus"].text not in bot.text(reader, "lol")
    assert "make that unsure" in bot.text(reader, "idk")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.opinion, row.reason, row.stance) == (
        "russia_shift", "i think it changes everything for europe", "because they will be left alone",
        "disagree")

    early = new_reader()
    opened = bot.text(early, "disagree")
    assert "with what?" in opened and prompts()["russia_shift"].text in opened
    assert rows_of(bot, early) == []
    bot.text(early, "agree")
    # A different bare stance at the probe: a change of mind, and the reason is still asked.
    changed = bot.text(early, "disagree")
    assert "you disagree that" in changed and "What makes you say that?" in changed
    bot.text(early, "because allies matter")
    [row] = rows_of(bot, early)
    assert (row.opinion, row.reason, row.stance) == ("disagree", "because allies matter", "disagree")


def test_a_reason_given_after_the_answer_closed_becomes_its_reason(bot):
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "agree")
    bot.text(reader, "wait no, make that disagree")  # answers the probe: the answer is closed
    assert "added that to your answer" in bot.text(reader, "because we should stand with our allies")
    assert "added that to your answer" in bot.text(reader, "because europe is next")
    [row] = rows_of(bot, reader)
    # (a second reason joins the first: round 16's tester saw "my real reason is ..." land in the
    # answer instead)
    assert (row.opinion, row.reason, row.stance) == (
        "agree", "because we should stand with our allies / because europe is next", "disagree")
    # "why?" at the probe asks why the bot asks; "share my view" at an open prompt asks it again.
    bot.text(reader, "another question")
    assert "a few words are plenty" in bot.text(reader, "why do you ask")
    again = bot.text(reader, "share my view")
    assert prompts()["china_focus"].text in again and "leave it there" not in again


def test_requests_about_other_answers_and_short_answers_leave_the_rows_the_reader_meant(bot):
    # Found by a second tester: "change my answer to the first question to mixed" rewrote the
    # latest answer to those words; "summarize it" at a prompt was saved as the answer; "bad"
    # was taken for "ok"; "stop helping russia" ended the prompt; a message sent twice was
    # saved as answer and reason; skipped prompts never came back.
    reader = new_reader()
    bot.text(reader, "share my view")
    summary = bot.text(reader, "summarize it")
    assert summary.startswith("In short:") and prompts()["russia_shift"].text in summary
    bot.text(reader, "bad")
    assert "What makes you say that?" in bot.text(reader, "bad")  # the same words again
    bot.text(reader, "stop helping Russia")
    bot.text(reader, "2")  # the second stance button: Disagree
    bot.text(reader, "sure why not")  # the next prompt
    bot.text(reader, "skip")
    # (round 21: that answer is changed, not explained away as "only your latest")
    bot.text(reader, "change my answer to the first question to mixed")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.opinion, row.reason, row.stance) == (
        "russia_shift", "bad", "stop helping Russia", "mixed")
    for _ in range(4):
        bot.text(reader, "skip")
    again = bot.text(reader, "skip")  # every prompt asked: the skipped ones come round again
    assert "a question you skipped" in again and prompts()["china_focus"].text in again


def test_dont_save_this_one_deletes_that_answer_and_keeps_the_others(bot):
    # Found by the second tester: "don't save this one" right after an answer opted out of
    # everything after it and kept that very answer.
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "it changes a lot for our allies")
    bot.text(reader, stance("disagree"))
    bot.text(reader, "yes")  # the next prompt
    bot.text(reader, "china matters more than anything")
    assert "that answer is deleted" in bot.text(reader, "don't save this one")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.opinion) == ("russia_shift", "it changes a lot for our allies")
    assert "Nothing of yours is saved" in bot.text(reader, "delete my last answer")  # (the last one there was)
    assert rows_of(bot, reader) == []
    # Saving goes on: the reader did not opt out.
    bot.text(reader, "share my view")
    bot.text(reader, "still a betrayal")
    assert [row.opinion for row in rows_of(bot, reader)] == ["still a betrayal"]


def test_a_question_about_the_prompt_or_a_number_is_not_saved_as_the_answer(bot):
    # Found by a third tester: "what do you mean by that?" and "1" were saved as answers;
    # "don't save this one, but: ..." was saved with the request in it; "is my name stored?"
    # got the off-topic steer.
    reader = new_reader()
    bot.text(reader, "share my view")
    explained = bot.text(reader, "what do you mean by that?")
    assert "In other words: do you think the shift towards Russia is the right policy?" in explained
    assert "Supporters:" in explained and prompts()["russia_shift"].text in explained
    assert "No rush" in bot.text(reader, "1")
    assert "No name, IP address" in bot.text(reader, "is my name stored?")
    assert "Nothing of that was saved" in bot.text(
        reader, "don't save this one, but: it's a gamble with our allies")
    assert rows_of(bot, reader) == []


def test_commands_questions_and_comments_at_a_prompt_are_not_saved_as_answers(bot):
    # Found by round 10's outside testers: each of these became an opinion or a reason.
    reader = new_reader()
    bot.text(reader, "share my view")
    assert "organisers read what you write" in bot.text(reader, "wait first, is this anonymous?")
    assert "saved on its own" in bot.text(reader, "see above")
    again = bot.text(reader, "can you rephrase")
    assert again.strip().endswith(prompts()["russia_shift"].text.strip()) or \
        prompts()["russia_shift"].text in again
    assert "There are" in bot.text(reader, "what is left to answer?")
    assert rows_of(bot, reader) == []
    bot.text(reader, "it changes a lot for ukraine")
    stance_asked = bot.text(reader, "i literally just told you")  # no reason: on to the stance
    assert "Where do you stand on this" in stance_asked
    assert "Nothing of yours is saved" in bot.text(reader, "no actually dont save that")
    assert rows_of(bot, reader) == []
    # "can i answer later?" leaves the prompt without a goodbye; nothing is saved.
    bot.text(reader, "share my view")
    later = bot.text(reader, "can i answer later?")
    assert "Bye" not in later
    assert rows_of(bot, reader) == []


def test_hesitation_a_reason_at_the_stance_question_and_agreeing_with_a_critic(bot):
    # "idk its just shameful" was saved as unsure; a reason typed at the stance question was
    # thrown away; "I agree with her" was saved as agreeing with the shift (she is a critic).
    reader = new_reader()
    bot.text(reader, "what did kori schake say?")
    bot.text(reader, "share my view")
    assert "What makes you say that?" in bot.text(reader, "I agree with her 100%")
    assert "Where do you stand on this" in bot.text(reader, "see above")
    [row] = rows_of(bot, reader)
    assert (row.opinion, row.reason, row.stance) == ("I agree with her 100%", None, None)
    added = bot.text(reader, "because it rewards an invasion")
    assert "added that to your answer" in added and "Where do you stand on this" in added
    bot.text(reader, stance("disagree"))
    [row] = rows_of(bot, reader)
    assert (row.reason, row.stance) == ("because it rewards an invasion", "disagree")
    bot.text(reader, "yes")  # the next prompt
    bot.text(reader, "idk its just shameful")
    assert [r.stance for r in rows_of(bot, reader)] == ["disagree", None]


def test_no_idea_then_a_view_is_a_view_and_not_knowing_twice_is_no_reason(bot):
    # Round 11's phone trial: "no idea tbh", then a view at the probe, was saved as "unsure"
    # with the view as the reason of not knowing; round 36's tester: the "idk tbh" stayed in the view.
    reader = new_reader()
    bot.text(reader, "share my view")
    probe = bot.text(reader, "no idea tbh")
    assert probe == "Fair enough - what makes it hard to call? Even a hunch helps."
    view = bot.text(reader, "its dangerous, europe gets left alone")
    assert "saved that as your answer" in view and "Where do you stand on this" in view
    [row] = rows_of(bot, reader)
    assert (row.opinion, row.reason, row.stance) == (
        "its dangerous, europe gets left alone", None, None)
    bot.text(reader, stance("disagree"))
    [row] = rows_of(bot, reader)
    assert row.stance == "disagree"
    # "dunno", then "not sure either": saved as unsure, with no third asking
    other = new_reader()
    bot.text(other, "share my view")
    bot.text(other, "dunno")
    done = bot.text(other, "not sure either")
    assert "saved for the discussion" in done and "you're unsure" in done
    [row] = rows_of(bot, other)
    assert (row.opinion, row.reason, row.stance) == ("dunno", None, "unsure")


def test_a_change_of_mind_after_the_answer_keeps_the_rows_honest(bot):
    # "im mixed tbh" was answered with a set phrase to type; "I disagree, <reason>" changed the
    # stance but kept the opposite words; "scratch that" was added to the answer as its words.
    reader = new_reader()
    bot.text(reader, "share my view")
    assert "you agree that the shift" in bot.text(reader, "honestly I think vance is right, europe has its own problems")
    assert "changed your answer" in bot.text(reader, "im mixed tbh")
    [row] = rows_of(bot, reader)
    assert row.stance == "mixed"
    changed = bot.text(reader, "actually no, I changed my mind. I disagree, abandoning allies is a mistake")
    assert "changed your answer" in changed
    [row] = rows_of(bot, reader)
    assert row.stance == "disagree" and "abandoning allies is a mistake" in row.opinion
    asked = bot.text(reader, "scratch that")
    assert "don't save that one" in asked
    [after] = rows_of(bot, reader)
    assert (after.opinion, after.stance) == (row.opinion, row.stance)


def test_a_view_given_unasked_goes_only_to_the_general_prompt(bot):
    # After the first prompt was answered, a remark was saved as the answer to the next prompt,
    # which the reader had never seen ("ok yeah then i stand by it" to a skipped one).
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "a dangerous gamble, because putin cannot be trusted")
    bot.text(reader, stance("disagree"))
    bot.text(reader, "no thanks")
    shown = bot.text(reader, "i think ukraine should just give up some land to stop the killing")
    assert prompts()["china_focus"].text in shown and "I'll take that as your answer" not in shown
    assert [r.prompt_id for r in rows_of(bot, reader)] == ["russia_shift"]
    assert "Bye" in bot.text(reader, "skip") + bot.text(reader, "gtg")
    assert "doesn't say" not in bot.text(reader, "see above")  # nothing asked: nothing answered


def test_an_earlier_questions_stance_button_changes_nothing(bot):
    # Found by round 10's tester: an old [Agree] pressed later flipped a finished answer whose
    # stance had been read from its words, or became the answer to the next prompt.
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "it changes a lot for europe")
    asked = bot.say(reader, "putin breaks every deal")
    old_agree, disagree = (button["payload"] for button in asked[0]["buttons"][:2])
    assert '"for_prompt": "russia_shift"' in old_agree
    bot.text(reader, disagree)
    bot.text(reader, "yes")  # the next prompt
    stale = bot.text(reader, old_agree)
    assert "earlier question" in stale and prompts()["china_focus"].text in stale
    assert [r.prompt_id for r in rows_of(bot, reader)] == ["russia_shift"]
    bot.text(reader, "no, not worth it, because china and russia are allies")
    assert "earlier question" in bot.text(reader, old_agree)
    assert [(r.prompt_id, r.stance) for r in rows_of(bot, reader)] == [
        ("russia_shift", "disagree"), ("china_focus", "disagree")]


def test_a_feeling_or_a_judgement_typed_unasked_is_kept_as_a_view_not_answered(bot):
    # Round 17: dialogue read "its a betrayal of 80 yrs of policy" as a view, but the answer
    # policy still answered it with the 80-years fact when the model said ask_article. (Round 21:
    # it answers the prompt about those 80 years, not the general one.)
    reader = new_reader()
    shown = bot.text(reader, "its a betrayal of 80 yrs of policy")
    assert "I'll take that as your answer" in shown and "From the article" not in shown
    assert prompts()["eighty_years"].text in shown
    bot.text(reader, "because we stood up to the soviets for decades")
    bot.text(reader, stance("agree"))
    rows = rows_of(bot, reader)
    assert [(r.prompt_id, r.opinion, r.reason, r.stance) for r in rows] == [
        ("eighty_years", "its a betrayal of 80 yrs of policy",
         "because we stood up to the soviets for decades", "agree")]
    other = new_reader()
    assert "I'll take that as your answer" in bot.text(other, "this article makes me angry")


def test_round_17_testers_wanderers_leave_only_the_rows_they_meant(bot):
    # Round 17's tester (40 fresh readers): 7 of 23 rows wrong. Each reader below is one of theirs.
    # An opt-out in the reader's own words, at a prompt and outside one: nothing is saved after it.
    reader = new_reader()
    bot.text(reader, "/share_opinion")
    assert "won't save" in bot.text(reader, "i dont want my answers saved")
    bot.text(reader, "ok well i think its dangerous, europe is being left alone")
    bot.text(reader, "disagree obviously")
    assert "won't save" in bot.text(reader, "and dont save anything else from me")
    assert rows_of(bot, reader) == []
    # A prompt asked for by its topic; "that's not my answer" then takes the wrong row back.
    reader = new_reader()
    shown = bot.text(reader, "i wanna answer the one about china")
    assert prompts()["china_focus"].text in shown
    bot.text(reader, "no its not worth it, we cant let russia off the hook")
    shown = bot.text(reader, "no thats not my answer. i want the elections question")
    assert prompts()["wartime_elections"].text in shown and "deleted" in shown
    assert "No rush" in bot.text(reader, "ok got it ty")  # nothing to save
    assert prompts()["wartime_elections"].text in bot.text(reader, "so basically")  # more to come
    # ("no" answers the yes/no prompt, and what follows is why: nothing left to ask)
    assert "saved" in bot.text(reader, "no, you cant hold elections during a war")
    assert [(r.prompt_id, r.reason, r.stance) for r in rows_of(bot, reader)] == [
        ("wartime_elections", "you cant hold elections during a war", "disagree")]
    # Changing the stance and the reason afterwards, in the reader's words.
    reader = new_reader()
    bot.text(reader, "i want to share my view")
    bot.text(reader, "its fine i think. wars are expensive and the us has its own problems")
    bot.text(reader, "agree")
    bot.text(reader, "hmm wait. is it true trump wont criticize putin at all?")
    assert "changed your answer" in bot.text(reader, "oh thats not great. put me down as mixed then")
    assert "changed your answer" in bot.text(reader, "change it to disagree")
    bot.text(reader, "that reason is wrong, my reason is that ukraine should decide its own future")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.reason, row.stance) == (
        "russia_shift", "ukraine should decide its own future", "disagree")
    # A question after a word or two, where the reason is asked, is answered and not saved.
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "trump is being naive")
    assert "Vance" in bot.text(reader, "whatever. what does vance think about europe")
    assert rows_of(bot, reader)[0].reason is None


def test_round_17_second_testers_edits_and_reasons_in_the_readers_words(bot):
    # Round 17's second tester: 12 edit, delete and don't-save requests mishandled, and reasons
    # given with the answer asked for again.
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "its smart, wars cost too much")  # a judgement and its reason: agree, saved
    shown = bot.text(reader, "another question")
    assert prompts()["china_focus"].text in shown
    assert "saved" in bot.text(reader, "It is worth it, in my view. China is the only peer competitor.")
    reply = bot.text(reader, "the china one should be mixed. the russia shift one should be disagree. pls fix")
    assert reply.count("Done - I've changed that answer") == 2
    rows = {r.prompt_id: r for r in rows_of(bot, reader)}
    assert (rows["china_focus"].reason, rows["china_focus"].stance) == ("China is the only peer competitor", "mixed")
    assert rows["russia_shift"].stance == "disagree"
    assert "deleted your answer" in bot.text(reader, "remove the china one")
    assert [r.prompt_id for r in rows_of(bot, reader)] == ["russia_shift"]
    # "dont save this one" with the stance, and the reason said again after "I just told you"
    reader = new_reader()
    bot.text(reader, "i wanna answer the one about europe")
    bot.text(reader, "yes")
    assert "Where do you stand" not in bot.text(reader, "I just told you: europe is rich enough to defend itself")
    assert rows_of(bot, reader)[0].reason == "europe is rich enough to defend itself"
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "honestly i kinda like it. less war, less money spent abroad")
    bot.text(reader, "agree. but actually dont save this one")
    assert rows_of(bot, reader) == []


def test_round_17_third_testers_prompt_requests_and_a_misfiled_answer(bot):
    # Round 17's third tester: 5 of 20 rows were filed under the general prompt while the reader
    # asked for another one, in words of their own.
    reader = new_reader()
    assert prompts()["ukraine_deal"].text in bot.text(reader, "I'd like the question about concessions")
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "Every concession was only a pause before the next attack")
    moved = bot.text(reader, "It is for the question about concessions, not the general one!")
    assert "Moved" in moved and "Where do you stand" in moved and "concessions" in moved
    bot.text(reader, stance("disagree"))
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance) == ("ukraine_deal", "disagree")
    assert row.opinion == "Every concession was only a pause before the next attack"
    # moved to a prompt the reader had answered already: its words join that answer, which keeps its
    # stance (round 27: replacing it lost a tester's earlier words)
    reader = new_reader()
    bot.text(reader, "I'd like the question about concessions")
    bot.text(reader, "no, putin would have taken more anyway")
    bot.text(reader, "share my view")
    bot.text(reader, "Every concession was only a pause before the next attack")
    moved = bot.text(reader, "that was for the concessions question, not this one")
    assert "you had answered that one already" in moved
    [row] = rows_of(bot, reader)
    assert row.prompt_id == "ukraine_deal" and row.stance == "disagree"
    assert "putin would have taken more anyway" in row.opinion
    assert "Every concession was only a pause before the next attack" in f"{row.opinion} {row.reason}"


def test_words_the_model_takes_for_an_opinion_are_not_saved_unless_they_are_one(bot):
    # Round 17's third tester: clarifications, thanks and questions after a word or two were saved
    # as the reader's answer to the general prompt ("Thanks - I'll take that as your answer").
    for turns in (["who is kori schake", "Schake, the one I asked about."],
                  ["what did trump say about zelensky", "no i meant the approval number trump gave"],
                  ["ugh fine. what happened in 2014"],
                  ["oh my bad i mixed them up. so which one said the best friends thing"],
                  ["for my essay i need the main argument of supporters vs critics"]):
        reader = new_reader()
        replies = [bot.text(reader, turn) for turn in turns]
        assert "I'll take that as your answer" not in replies[-1], (turns, replies[-1])
        assert rows_of(bot, reader) == [], turns


def test_round_18_testers_readers_leave_only_the_rows_they_meant(bot):
    # Round 18's tester: 7 of 36 rows wrong and 4 answers missing, in these readers' words.
    reader = new_reader()  # "Absolutely not" to a yes/no prompt was saved as agreeing
    bot.text(reader, "I've got strong opinions on the concessions question")
    bot.text(reader, "Absolutely not. Putin's own essays say Ukraine isn't a real country. You can't concede "
                     "your way out of someone who denies you exist.")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance) == ("ukraine_deal", "disagree")
    assert "you still have me" not in bot.text(reader, "you still have me as agree on concessions. it's disagree!")
    assert rows_of(bot, reader)[0].stance == "disagree"
    reader = new_reader()  # "nah not sharing, just reading. peace" was saved as an answer
    bot.text(reader, "i asked ur opinion lol")
    bot.text(reader, "share my view")
    bot.text(reader, "nah not sharing, just reading. peace")
    assert rows_of(bot, reader) == []
    reader = new_reader()  # "number 4" was saved as the answer to the first prompt
    bot.text(reader, "no, like the discussion questions for me")
    assert prompts()["wartime_elections"].text in bot.text(reader, "number 4")
    bot.text(reader, "no way. you can't vote while bombs are falling. russia would love that chaos")
    assert [(r.prompt_id, r.stance) for r in rows_of(bot, reader)] == [("wartime_elections", "disagree")]
    reader = new_reader()  # a view typed unasked was dropped, and "i literally just said" saved
    bot.text(reader, "trump is right, end of story")
    [row] = rows_of(bot, reader)
    assert row.opinion == "trump is right, end of story"
    reader = new_reader()  # "delete that" deleted both answers
    bot.text(reader, "share my view")
    bot.text(reader, "mostly agree, europe should handle europe and we focus on china")
    bot.text(reader, "next question")
    bot.text(reader, "not worth it, russia is still the bigger threat to europe")
    assert "deleted 2" not in bot.text(reader, "WHAT. i didnt answer the china one. delete that")
    assert [r.prompt_id for r in rows_of(bot, reader)] == ["russia_shift"]
    reader = new_reader()  # "... don't save anything from me at all. delete it" kept the answer
    bot.text(reader, "share my view")
    bot.text(reader, "honestly i think the article has a point but it's overheated, talking isn't treason")
    bot.text(reader, "mixed")
    reply = bot.text(reader, "wait no, scratch that, don't save anything from me at all. delete it")
    assert "won't save anything more" in reply and "deleted 1 answer" in reply
    assert rows_of(bot, reader) == []
    bot.text(reader, "share my view")
    bot.text(reader, "talking to russia is fine")
    assert rows_of(bot, reader) == []
    reader = new_reader()  # the reason first and the stance last: asked for both again
    bot.text(reader, "i wanna answer the one about china")
    reply = bot.text(reader, "China's economy is way bigger than Russia's, and Russia is a declining power. "
                             "So yeah, worth it.")
    assert "What makes you say that" not in reply and "Where do you stand" not in reply
    [row] = rows_of(bot, reader)
    assert (row.stance, row.reason) == ("agree", "China's economy is way bigger than Russia's, and Russia is a "
                                                 "declining power")
    reader = new_reader()  # "i meant the opposite" was added to the answer, the stance kept
    bot.text(reader, "give me the europe defense one")
    bot.text(reader, "no, they've relied on the US for long enough and they're rich countries, they should pay")
    assert rows_of(bot, reader)[0].stance == "disagree"
    assert "turned it round" in bot.text(reader, "wait, i meant the opposite. europe SHOULD do more")
    assert rows_of(bot, reader)[0].stance == "agree"
    reader = new_reader()  # a verdict after its reason: asked for the reason, then the stance
    bot.text(reader, "share my view")
    reply = bot.text(reader, "we didn't start anything, russia invaded us. so obviously i think this pivot is wrong")
    assert "What makes you say that" not in reply and "Where do you stand" not in reply
    assert rows_of(bot, reader)[0].stance == "disagree"


def test_round_18_second_testers_readers_leave_only_the_rows_they_meant(bot):
    # Round 18's second tester (on this round's code): 15 of 44 rows wrong, in these words.
    reader = new_reader()  # a named answer deleted by its topic, however it is named
    bot.text(reader, "I'd like to answer the question about whether Ukraine should have elections")
    bot.text(reader, "no, you can't run a fair vote with millions displaced and men at the front")
    bot.text(reader, "share my view on ukraine concessions")
    bot.text(reader, "no, putin wanted all of it and would have taken more")
    bot.text(reader, "share my view")
    bot.text(reader, "Hmm. Mixed. Both Europe and the US need to be realistic, but selling out Ukraine is not the way.")
    assert "deleted" in bot.text(reader, "delete the one about trump's shift")
    assert "deleted" in bot.text(reader, "the concessions one shouldn't be there. take it off")
    assert [r.prompt_id for r in rows_of(bot, reader)] == ["wartime_elections"]
    reader = new_reader()  # skips, a goodbye and a question at a prompt were saved as answers
    bot.text(reader, "share my view")
    bot.text(reader, "pass")
    bot.text(reader, "pass again lol")
    bot.text(reader, "no, the supporters. who are they")
    bot.text(reader, "hit me")
    bot.text(reader, "forget it. peace")
    assert rows_of(bot, reader) == []
    reader = new_reader()  # sarcasm, then the stance said outright
    bot.text(reader, "Trump is a genius. Europe has been taking advantage of us for years and Putin is a strong "
                     "leader, you make deals with strong leaders.")
    bot.text(reader, "that was sarcasm. i DISAGREE with the shift obviously")
    assert rows_of(bot, reader)[0].stance == "disagree"


def test_round_18_third_testers_privacy_question_and_prompts_in_the_readers_words(bot):
    # Round 18's third tester: "will my future answers be saved?" after opting out turned saving
    # back on (the model called it opt_in); "the one about whether putin keeps his word" was
    # saved as the answer to the first prompt.
    reader = new_reader()
    assert "won't save anything more" in bot.text(reader, "don't save my answers")
    assert "save your answers again" not in bot.text(reader, "will my future answers be saved?")
    bot.text(reader, "share my view")
    bot.text(reader, "talking to russia is fine, it ends the war sooner")
    assert rows_of(bot, reader) == []
    reader = new_reader()
    bot.text(reader, "i have thoughts on the putin trust thing")
    assert prompts()["negotiating_with_adversary"].text in bot.text(reader, "the one about whether putin keeps his word")
    bot.text(reader, "no, he annexed crimea after signing the budapest memorandum, so he breaks deals")
    assert [(r.prompt_id, r.stance) for r in rows_of(bot, reader)] == [("negotiating_with_adversary", "disagree")]


def test_round_18_leftovers_a_short_reason_after_no_and_a_no_after_thinking_again(bot):
    # "no, putin wanted all of it" was asked "What makes you say that?"; "hmm wait, actually
    # thinking more, no he cant be trusted" after a yes was added to the answer, which stayed
    # "agree" with the reason for agreeing.
    reader = new_reader()
    bot.text(reader, "i want to answer question 5")
    assert "What makes you say that" not in bot.text(reader, "no, putin wanted all of it")
    [row] = rows_of(bot, reader)
    assert (row.stance, row.reason) == ("disagree", "putin wanted all of it")
    reader = new_reader()
    bot.text(reader, "i want to answer question 5")
    bot.text(reader, "yes, he has kept some deals with the us before")
    assert "changed your answer" in bot.text(reader, "hmm wait, actually thinking more, no he cant be trusted")
    [row] = rows_of(bot, reader)
    assert (row.stance, row.reason) == ("disagree", "he cant be trusted")


def test_a_prompt_named_with_its_answer_saves_the_answer_there(bot):
    # Round 19's tester: "the elections one. no way, ..." was read as an edit of an answer that
    # didn't exist; "the 80 years one: its not a mistake, ..." was saved to the first prompt.
    reader = new_reader()
    bot.text(reader, "what other questions are there")
    said = bot.text(reader, "the elections one. no way, you cant hold elections during a war, thats absurd")
    assert prompts()["wartime_elections"].text in said and "saved" in said
    reader_rows = [(r.prompt_id, r.stance, r.opinion) for r in rows_of(bot, reader)]
    assert reader_rows == [("wartime_elections", "disagree", "no way, you cant hold elections during a war, thats absurd")]
    reader = new_reader()
    bot.text(reader, "share my view")  # the first prompt is open
    said = bot.text(reader, "ugh. whatever. the 80 years one: its not a mistake, times change, cold war is over")
    assert prompts()["eighty_years"].text in said
    bot.text(reader, "disagree")
    assert [(r.prompt_id, r.stance, r.opinion) for r in rows_of(bot, reader)] == [
        ("eighty_years", "disagree", "its not a mistake, times change, cold war is over")]
    reader = new_reader()  # a number and the answer, the way the list numbers them
    bot.text(reader, "7. not a mistake at all, the cold war is long over and we need new thinking")
    assert [r.prompt_id for r in rows_of(bot, reader)] == ["eighty_years"]


def test_round_19_testers_repairs_pauses_and_prompts_named_in_the_readers_words(bot):
    # Round 19's tester: a reader saying the bot misread them ("i asked which presidents ...")
    # was saved as an answer; "brb" was saved as an answer; "I don't want anything I say stored"
    # opened a prompt; prompts named by what they ask about opened the first one.
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "??? i asked which presidents are in the article")
    assert "brb" not in bot.text(reader, "brb").lower()
    assert rows_of(bot, reader) == []
    reader = new_reader()
    assert "won't save anything more" in bot.text(
        reader, "Hello. Before anything, I don't want anything I say stored anywhere please.")
    reader = new_reader()
    for asked, prompt_id in (("I would like to comment on whether Putin can be trusted.", "negotiating_with_adversary"),
                             ("now the question if europe must defend itself", "europe_response")):
        assert prompts()[prompt_id].text in bot.text(reader, asked)
        bot.text(reader, "never mind")
    reader = new_reader()
    bot.text(reader, "question 2")
    bot.text(reader, "yes, china is the real rival and russia is a sideshow")
    said = bot.text(reader, "no no, this was about europe defense, not china")
    assert [r.prompt_id for r in rows_of(bot, reader)] == ["europe_response"], said
    reader = new_reader()  # a sentence taken out of an answer is no reason to delete the answer
    bot.text(reader, "the europe one: yes, europe must pay for its own defence, the us did it for decades")
    assert "change my answer to" in bot.text(reader, "please remove the us sentence from my first answer")
    assert [r.prompt_id for r in rows_of(bot, reader)] == ["europe_response"]
    assert "answered 1 and skipped" not in bot.text(reader, "what other questions are there")
    reader = new_reader()  # the whole answer said anew takes its old reason with it
    bot.text(reader, "the europe one. yes, germany has been freeloading since the 90s")
    bot.text(reader, "change it to: europe underspent on defence for 30 years, time to grow up")
    [row] = rows_of(bot, reader)
    assert "freeloading" not in (row.opinion + (row.reason or ""))


def test_a_stance_typed_in_words_is_blanked_with_the_rest(bot):
    # Round 19's tester: after "delete my answers" the stance slot still held "agree i guess",
    # copied there from the reader's message before it was read.
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "wars are expensive and peace is better even if its a bad deal")
    bot.text(reader, "agree i guess")
    assert rows_of(bot, reader)[0].stance == "agree"
    assert "deleted 1 answer" in bot.text(reader, "delete my answers")
    stored = stored_conversation(bot, reader)
    assert "i guess" not in stored and '"value": "agree"' in stored


def test_round_19_testers_stances_asked_for_by_name_and_prompts_by_their_subject(bot):
    reader = new_reader()  # "eh idk. actually change that to agree" was saved as unsure
    bot.text(reader, "question 2")
    bot.text(reader, "no, russia and china are allies anyway")
    bot.text(reader, "eh idk. actually change that to agree, china really is the bigger deal")
    assert [r.stance for r in rows_of(bot, reader)] == ["agree"]
    assert "disagree" in bot.text(reader, "AGREE?? i said DISAGREE. fix it")
    assert [r.stance for r in rows_of(bot, reader)] == ["disagree"]
    bot.text(reader, "the one about putin keeping a deal")  # it opened the concessions prompt
    bot.text(reader, "no, chechnya georgia crimea, he breaks deals")
    assert [r.prompt_id for r in rows_of(bot, reader)] == ["china_focus", "negotiating_with_adversary"]
    bot.text(reader, "actually put me down as unsure on the china one, i changed my mind")
    assert [r.stance for r in rows_of(bot, reader)] == ["unsure", "disagree"]
    assert "won't save anything more" in bot.text(reader, "now stop saving please")
    assert "Bye" in bot.text(reader, "sorry gotta go, my kid is calling")


def test_round_19_second_testers_answers_said_again_filed_by_name_and_labelled(bot):
    reader = new_reader()  # "i just told u. <view>" was saved with "i just told u" in it
    bot.text(reader, "share my view")
    bot.text(reader, "i just told u. ukraine shoulda made a deal, less people would have died")
    assert rows_of(bot, reader)[0].opinion == "ukraine shoulda made a deal, less people would have died"
    bot.text(reader, "agree")
    said = bot.text(reader, "oh wait one more - putin cant be trusted, put that down for the trust question. disagree")
    assert prompts()["negotiating_with_adversary"].text in said
    rows = rows_of(bot, reader)
    assert [(r.prompt_id, r.stance) for r in rows] == [("russia_shift", "agree"),
                                                       ("negotiating_with_adversary", "disagree")]
    assert rows[1].opinion == "putin cant be trusted. disagree"
    bot.text(reader, "question 2")  # "eh china thing... probably worth it yeah" had no stance
    bot.text(reader, "eh china thing... probably worth it yeah")
    assert rows_of(bot, reader)[2].stance == "agree"


def test_one_answer_deleted_is_blanked_from_the_stored_conversation_too(bot):
    # Round 19's third tester: "delete that one" removed the row, but the answer's words stayed
    # readable in the conversation's events; the answer kept is not touched.
    reader = new_reader()
    bot.text(reader, "question 2")
    bot.text(reader, "yes, china is the rival that matters for the next fifty years")
    bot.text(reader, "question 6")
    bot.text(reader, "no, europe cannot defend itself alone before the next decade")
    assert "deleted" in bot.text(reader, "delete the europe one")
    assert [r.prompt_id for r in rows_of(bot, reader)] == ["china_focus"]
    stored = stored_conversation(bot, reader)
    assert "cannot defend itself alone" not in stored
    assert "the rival that matters for the next fifty years" in stored


def test_round_19_third_testers_refusals_going_back_and_an_edit_with_its_stance(bot):
    reader = new_reader()  # "I would rather not give my opinion" was probed for a reason and saved
    bot.text(reader, "share my view")
    bot.text(reader, "You keep asking me that. I would rather not give my opinion, thank you.")
    assert rows_of(bot, reader) == []
    reader = new_reader()  # "idk just is" at the reason probe saved the answer as unsure
    bot.text(reader, "question 3")
    bot.text(reader, "no they couldnt")
    bot.text(reader, "idk just is")
    assert [r.stance for r in rows_of(bot, reader)] == ["disagree"]
    # "change my answer to: <words>. make that mixed" kept "make that mixed" in the text
    said = bot.text(reader, "change my answer to: a deal was maybe possible in 2021, not after the invasion. make that mixed")
    [row] = rows_of(bot, reader)
    assert (row.opinion, row.stance) == ("a deal was maybe possible in 2021, not after the invasion", "mixed"), said
    # "actually go back to the first one i skipped" answered "I can change only your latest answer"
    assert prompts()["russia_shift"].text in bot.text(reader, "actually go back to the first one i skipped")
    reader = new_reader()  # "give me a good pull quote for the intro" was saved as an answer
    bot.text(reader, "give me a good pull quote for the intro")
    assert rows_of(bot, reader) == []
    assert prompts()["ukraine_deal"].text in bot.text(reader, "the one where trump says we could have made a deal")


def test_a_plain_judgement_at_the_unsure_probe_is_the_stance(bot):
    # Round 19's second tester: "For us in Poland this is very frightening ... now I am not sure",
    # then at "what makes it hard to call?" "It is not hard. I think it is very bad policy." was
    # saved as unsure.
    reader = new_reader()
    bot.text(reader, "share my view")
    assert "hard to call" in bot.text(reader, "now I am not sure")
    said = bot.text(reader, "It is not hard. I think it is very bad policy. Dangerous for Europe.")
    [row] = rows_of(bot, reader)
    assert row.stance == "disagree", said


def test_blanking_a_readers_words_leaves_the_bots_own_words_whole(bot):
    # Round 19's fourth tester: after "delete my answers", a bot line read "you dis[deleted ...]
    # that" (the reader had typed "agree"), the tail of a trimmed "In your words: ..." was still
    # readable, and "delete my answers and stop saving" at an open prompt did not opt out.
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "i think the shift is sort of inevitable, americans are tired of paying for foreign wars "
                     "and for everyone elses defence. but i feel bad for ukraine")
    bot.text(reader, "disagree")
    bot.text(reader, "another discussion q")
    bot.text(reader, "nah cant trust a kgb guy")
    said = bot.text(reader, "delete my answers and stop saving")
    assert "deleted" in said and "won't save anything more" in said
    stored = stored_conversation(bot, reader, "bot")
    assert "i feel bad" not in stored and "kgb" not in stored
    assert "you disagree that" in stored and "dis[deleted" not in stored


def test_an_answer_said_with_a_goodbye_is_kept(bot):
    # Round 19's fourth tester: "fine. its bad policy. done now bye" at the first prompt said bye
    # and saved nothing - an answer lost.
    reader = new_reader()
    bot.text(reader, "share my view")
    assert "Bye" in bot.text(reader, "fine. its bad policy. done now bye")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.opinion) == ("russia_shift", "fine. its bad policy.")
    reader = new_reader()
    bot.text(reader, "question 5")
    assert "Bye" in bot.text(reader, "no, he cant be trusted. gotta go bye")
    [row] = rows_of(bot, reader)
    assert row.stance == "disagree"
    reader = new_reader()  # a goodbye alone saves nothing
    bot.text(reader, "share my view")
    assert "Bye" in bot.text(reader, "ok bye")
    assert rows_of(bot, reader) == []


def test_several_prompts_answered_at_once_by_their_numbers(bot):
    # Round 19's third tester: "1 disagree, 2 disagree, ... 7 agree" after the list of prompts was
    # saved as one answer to the first prompt; five answers were missing.
    reader = new_reader()
    bot.text(reader, "list the discussion questions")
    said = bot.text(reader, "1 disagree, 2 disagree, 3 disagree, 4 disagree, 5 disagree, 6 agree, 7 agree. "
                            "basically trump bad, europe step up")
    assert "Saved 7 answers" in said
    rows = rows_of(bot, reader)
    assert [(r.prompt_id, r.stance) for r in rows] == [(p.id, s) for p, s in zip(
        prompts().values(), ["disagree"] * 5 + ["agree"] * 2)]
    reader = new_reader()  # yes / no to yes/no prompts, and one already answered is left alone
    bot.text(reader, "question 2")
    bot.text(reader, "no, china and russia are allies anyway")
    said = bot.text(reader, "q2 yes, q5 no")
    assert "Already answered" in said
    assert [(r.prompt_id, r.stance) for r in rows_of(bot, reader)] == [
        ("china_focus", "disagree"), ("negotiating_with_adversary", "disagree")]


def test_a_question_after_the_view_is_answered_and_the_view_saved_without_it(bot):
    # Round 20's tester: the view was saved with the question in it, and the question unanswered.
    reader = new_reader()
    bot.text(reader, "i want to tell you what i think")
    said = bot.text(reader, "i think trump is naive about putin. hang on, who is celeste wallander?")
    assert "assistant secretary of defense" in said and "What makes you say that?" in said
    bot.text(reader, "you cant trust the kremlin")
    bot.text(reader, stance("disagree"))
    [row] = rows_of(bot, reader)
    assert (row.opinion, row.reason, row.stance) == (
        "i think trump is naive about putin.", "you cant trust the kremlin", "disagree")


def test_the_reason_of_an_earlier_answer_is_changed_by_naming_it(bot):
    # Round 20's tester: the new reason for the first answer opened the next prompt instead.
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "honestly i think its a disaster")
    bot.text(reader, "because putin will just take more land")
    bot.text(reader, stance("disagree"))
    bot.text(reader, "another")
    bot.text(reader, "china is the bigger long term problem, their navy is huge")
    said = bot.text(reader, "actually change my first answer to mixed, russia is a mess but the war has to end")
    assert "mixed feelings" in said and "russia is a mess but the war has to end" in said
    first, second = rows_of(bot, reader)
    assert (first.stance, first.reason) == ("mixed", "russia is a mess but the war has to end")
    bot.text(reader, "my reason on the china one is that they want taiwan")
    assert rows_of(bot, reader)[1].reason == "they want taiwan"
    assert rows_of(bot, reader)[1].opinion == second.opinion


def test_round_20_testers_deletes_moves_and_an_announcement(bot):
    # Round 20's tester: "the china one is wrong ... delete that one" deleted the latest answer;
    # an answer about elections, given at the China prompt, stayed there after "no i was talking
    # about ... not china"; "Let me tell you what I think" was saved as the view.
    reader = new_reader()
    bot.text(reader, "question 2")
    # (round 21: an answer plainly about another prompt is filed there at once)
    said = bot.text(reader, "ukraine cant hold elections during a war, thats just silly to demand")
    assert prompts()["wartime_elections"].text in said
    [row] = rows_of(bot, reader)
    assert row.prompt_id == "wartime_elections"
    reader = new_reader()  # ... and one that names none stays where it was given, to be moved by the reader
    bot.text(reader, "question 2")
    bot.text(reader, "its silly to demand that")
    said = bot.text(reader, "no i was talking about trump demanding new elections in ukraine, not china")
    assert "Moved" in said
    [row] = rows_of(bot, reader)
    assert row.prompt_id == "wartime_elections"
    reader = new_reader()
    bot.text(reader, "question 2")
    bot.text(reader, "yes, china is the bigger threat long term")
    bot.text(reader, "question 3")
    bot.text(reader, "no, they were invaded, they owe nobody land")
    said = bot.text(reader, "the china one is wrong, i never answered china. delete that one")
    assert "deleted" in said
    assert [r.prompt_id for r in rows_of(bot, reader)] == ["ukraine_deal"]
    reader = new_reader()
    said = bot.text(reader, "Let me tell you what I think")
    assert prompts()["russia_shift"].text in said
    bot.text(reader, "its a betrayal of allies, putin cannot be trusted with anything")
    [row] = rows_of(bot, reader)
    assert row.opinion == "its a betrayal of allies, putin cannot be trusted with anything"


def test_round_20_testers_a_no_after_a_yes_and_a_skip_after_a_colon(bot):
    # "no they shouldnt. thats all from me, bye" after answering yes left the yes; "ok for the big
    # question: skip" was saved as the answer, with a stance.
    reader = new_reader()
    bot.text(reader, "question 4")
    bot.text(reader, "yes")
    bot.text(reader, "bc pretending everything is normal legitimizes putin")
    said = bot.text(reader, "no they shouldnt. thats all from me, bye")
    assert "you disagree" in said and "Bye" in said
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance) == ("wartime_elections", "disagree")
    reader = new_reader()
    bot.text(reader, "share my view")
    said = bot.text(reader, "ok for the big question: skip")
    assert prompts()["china_focus"].text in said
    assert rows_of(bot, reader) == []


def test_a_deleted_answer_takes_every_message_it_was_made_of_with_it(bot):
    # Round 20's tester: after "delete the europe one", a reason the reader had replaced, and the
    # message that gave the stance, were still readable in the stored conversation.
    reader = new_reader()
    bot.text(reader, "question 2")
    bot.text(reader, "yes, china is the rival that matters for the next fifty years")
    bot.text(reader, "question 6")
    bot.text(reader, "europe has to pay for its own army")
    bot.text(reader, "germany has a huge economy and spent nothing on defense")
    bot.text(reader, "so i guess agree. not overnight but steadily")
    bot.text(reader, "change my reason to: they are rich enough")
    assert "deleted" in bot.text(reader, "delete the europe one")
    assert [r.prompt_id for r in rows_of(bot, reader)] == ["china_focus"]
    stored = stored_conversation(bot, reader)
    for words in ("pay for its own army", "germany has a huge economy", "not overnight but steadily",
                  "they are rich enough"):
        assert words not in stored, words
    assert "the rival that matters for the next fifty years" in stored


def test_the_model_alone_never_opts_a_reader_out(bot):
    # Round 20's tester: "but that contradicts my first answer doesnt it lol" (the model said
    # opt_out) stopped the saving of a reader who never asked for it.
    reader = new_reader()
    bot.text(reader, "question 2")
    bot.text(reader, "agree, china is the main rival for the next 50 years")
    said = bot.text(reader, "but that contradicts my first answer doesnt it lol")
    assert "won't save" not in said
    bot.text(reader, "question 3")
    bot.text(reader, "no, they were invaded and owe nobody land")
    assert [r.prompt_id for r in rows_of(bot, reader)] == ["china_focus", "ukraine_deal"]


def test_an_answer_replaced_at_the_reason_question_and_a_misreading_put_right(bot):
    # The twelfth tester: "no i asked about jd vance. what did vance say" was saved as the China
    # answer; "thats not my answer, remove it. my actual answer: ..." was saved as its reason.
    reader = new_reader()
    bot.text(reader, "question 2")
    said = bot.text(reader, "no i asked about jd vance. what did vance say")
    assert "from within" in said and rows_of(bot, reader) == []
    bot.text(reader, "no they cant, china and russia are allies anyway")
    bot.text(reader, "thats not my answer, remove it. my actual answer: kinda agree but only if europe steps up")
    [row] = rows_of(bot, reader)
    assert (row.opinion, row.stance) == ("kinda agree but only if europe steps up", "agree")


def test_round_20_second_testers_reasons_by_name_and_no_false_opt_out(bot):
    # The twelfth tester: "So it doesn't say that, yes or no?" and "add to my reason: but not on
    # borders" opted the reader out (the model's intent); reason changes named by the answer's
    # place or topic went to the latest answer or opened a prompt; "from mixed to disagree" was
    # added to another answer.
    reader = new_reader()
    bot.text(reader, "Is it true that Trump called Putin a genius?")
    assert "won't save" not in bot.text(reader, "So it doesn't say that, yes or no?")
    bot.text(reader, "share my view")
    assert "What makes you say that?" not in bot.text(reader, "disagree, abandons allies")
    bot.text(reader, "another")
    bot.text(reader, "maybe on small stuff, prisoner swaps worked")
    bot.text(reader, "mixed")
    said = bot.text(reader, "add to my reason: but not on borders")
    assert "won't save" not in said and "but not on borders" in said
    bot.text(reader, "for the first one, change my reason to: it abandons allies and rewards invasion")
    bot.text(reader, "the china reason should be: china is the bigger threat but ukraine shouldnt pay")
    bot.text(reader, "change my first answer (the general one) from disagree to mixed.")
    first, second = rows_of(bot, reader)
    assert (first.prompt_id, first.stance, first.reason) == ("russia_shift", "mixed", "it abandons allies and rewards invasion")
    assert (second.prompt_id, second.reason) == ("china_focus", "china is the bigger threat but ukraine shouldnt pay")


def test_a_prompt_asked_in_the_readers_words_with_the_answer_after_it(bot):
    # The twelfth tester: "can putin be trusted? my answer is maybe, ..." was answered from the
    # article; the view was lost.
    reader = new_reader()
    bot.text(reader, "can putin be trusted? my answer is maybe, in narrow things like prisoner swaps but not on borders")
    [row] = rows_of(bot, reader)
    assert row.prompt_id == "negotiating_with_adversary"
    assert row.opinion.startswith("maybe, in narrow things")


def test_not_wanting_to_answer_after_a_no_keeps_nothing_and_a_deleted_answer_takes_its_questions(bot):
    # The twelfth tester: "nah" then "i meant nah i dont wanna answer that one" kept the "nah" as a
    # disagree answer; after "delete the china one", that message was still readable in the
    # answer_context slot the question left behind.
    reader = new_reader()
    bot.text(reader, "question 2")
    bot.text(reader, "nah")
    bot.text(reader, "i meant nah i dont wanna answer that one")
    assert rows_of(bot, reader) == []
    reader = new_reader()
    bot.text(reader, "question 2")
    bot.text(reader, "nope")
    assert "assistant secretary" in bot.text(reader, "wait who is wallander exactly in this story")
    bot.text(reader, "china and russia work together anyway")
    assert "deleted" in bot.text(reader, "delete the china one")
    assert "wallander exactly in this story" not in stored_conversation(bot, reader)


def test_round_20_ab_a_prompt_started_by_topic_and_an_answer_named_by_number(bot):
    # The round 20 blind A/B: "Let's start with the China question" started the conversation over;
    # "The elections bit is what bugs me. ..." was filed under the general prompt.
    reader = new_reader()
    assert prompts()["china_focus"].text in bot.text(reader, "Let's start with the China question")
    bot.text(reader, "No. China matters but you don't buy focus by selling out Ukraine")
    reader = new_reader()
    bot.text(reader, "The elections bit is what bugs me. You can't hold elections under martial law with millions displaced")
    bot.text(reader, "disagree")
    assert [(r.prompt_id, r.stance) for r in rows_of(bot, reader)] == [("wartime_elections", "disagree")]
    bot.text(reader, "q2 no, q5 no")
    bot.text(reader, "ok make Q5 unsure")
    assert [(r.prompt_id, r.stance) for r in rows_of(bot, reader)] == [
        ("wartime_elections", "disagree"), ("china_focus", "disagree"), ("negotiating_with_adversary", "unsure")]


def test_round_20_third_testers_log_and_what_delete_everything_leaves(bot):
    # The thirteenth tester: "Change my answer on elections to: ..." overwrote the China answer;
    # after "delete my answers" the bot's "The article doesn't say anything about including ohio"
    # still said the reader's words back, and 'say "share my view" to give your opinion' had the
    # bot's own words blanked because the reader had typed them.
    reader = new_reader()
    bot.text(reader, "question 4")
    bot.text(reader, "No. You can't run a fair election with millions displaced and men at the front.")
    bot.text(reader, "question 2")
    bot.text(reader, "Hard to say. Europe should do more, but the US shouldn't walk away either. Both.")
    said = bot.text(reader, "Change my answer on elections to: No - elections under bombardment wouldn't be free")
    assert "elections under bombardment" in said
    elections, china = rows_of(bot, reader)
    assert elections.opinion == "No - elections under bombardment wouldn't be free"
    assert china.opinion.startswith("Hard to say")
    reader = new_reader()
    assert "share my view" in bot.text(reader, "sure")
    bot.text(reader, "share my view")
    bot.text(reader, "As a history teacher in Ohio, I find it alarming, it echoes Yalta")
    bot.text(reader, "It's not the right policy.")
    bot.text(reader, "does the article mention cleveland ohio")
    assert "deleted" in bot.text(reader, "delete my answers")
    bot_lines = stored_conversation(bot, reader, "bot")
    assert "cleveland" not in bot_lines.lower() and "history teacher" not in bot_lines
    assert 'share my view' in bot_lines  # the bot's own hint, said before the reader typed it


def test_the_open_prompt_named_with_a_colon_keeps_the_answer_without_its_label(bot):
    # My own trial: "china: not worth it, ukraine matters more" at the China prompt was saved with
    # "china:" in it and no stance.
    reader = new_reader()
    bot.text(reader, "question 2")
    bot.text(reader, "china: not worth it, ukraine matters more")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.opinion, row.stance) == ("china_focus", "not worth it, ukraine matters more", "disagree")
    reader = new_reader()  # another prompt named so is that one, with the answer
    bot.text(reader, "question 2")
    bot.text(reader, "putin trust: no, he broke minsk and budapest")
    assert [(r.prompt_id, r.stance) for r in rows_of(bot, reader)] == [("negotiating_with_adversary", "disagree")]


def test_a_view_and_a_question_with_no_prompt_open_get_both(bot):
    # My own trial in the browser: "i think trump is naive about putin. hang on, who is celeste
    # wallander?" with no prompt open was answered and the view dropped; the reason given next was
    # answered from the article.
    reader = new_reader()
    said = bot.text(reader, "i think trump is naive about putin. hang on, who is celeste wallander?")
    assert "assistant secretary of defense" in said and "What makes you say that?" in said
    bot.text(reader, "because deals with russia never hold")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.opinion, row.reason) == (
        "russia_shift", "i think trump is naive about putin.", "because deals with russia never hold")


def test_a_stance_said_before_its_question_is_kept_for_the_answer(bot):
    # Round 20's testers: "disagree" with no prompt open got the question, then "with all of it"
    # was saved with no stance and the reader was asked where they stand again.
    reader = new_reader()
    assert prompts()["russia_shift"].text in bot.text(reader, "disagree")
    bot.text(reader, "with all of it")
    said = bot.text(reader, "trump is selling out ukraine")
    assert "Where do you stand" not in said
    [row] = rows_of(bot, reader)
    assert (row.opinion, row.reason, row.stance) == ("with all of it", "trump is selling out ukraine", "disagree")
    reader = new_reader()  # a stance said with the answer wins over the one said before
    bot.text(reader, "agree")
    bot.text(reader, "no wait, i disagree, it abandons allies")
    assert rows_of(bot, reader)[0].stance == "disagree"


def test_round_21_readers_who_wander_leave_the_rows_they_meant(bot):
    # The fourteenth tester (round 21). "Good evening. I have a few questions about the piece."
    # was saved as an agreeing answer, and the reader's protest ignored.
    reader = new_reader()
    assert "Ask me anything about the article" in bot.text(reader, "Good evening. I have a few questions about the piece.")
    assert rows_of(bot, reader) == []
    # A view with no prompt open goes to the prompt it is about, not the general one.
    said = bot.text(reader, "europe should just build its own army tbh")
    assert prompts()["europe_response"].text in said
    # (its own "should" says yes to the question: the stance is not asked; round 25)
    assert "Where do you stand" not in bot.text(reader, "theyre rich enough to do it")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.opinion, row.stance) == ("europe_response", "europe should just build its own army tbh", "agree")
    # "yeah next" to "another discussion question?" was refused as off-topic
    assert prompts()["russia_shift"].text in bot.text(reader, "yeah next")
    # a question about what was saved, at a prompt, was saved as the answer
    assert "Here's what I've saved" in bot.text(reader, "did you save what i just said about europe?")
    # "my reason: ..." after the answer, and a protest that an answer was none
    bot.text(reader, "bad idea")
    bot.text(reader, "disagree")
    bot.text(reader, "my reason: it rewards the invasion")
    rows = {r.prompt_id: r for r in rows_of(bot, reader)}
    assert (rows["russia_shift"].opinion, rows["russia_shift"].reason) == ("bad idea", "it rewards the invasion")
    bot.text(reader, "yeah next")
    bot.text(reader, "that wasnt an answer, I have not given you any opinion on the first one")
    assert [r.prompt_id for r in rows_of(bot, reader)] == ["europe_response"]


def test_round_21_stances_and_reasons_said_the_way_readers_say_them(bot):
    # "idk", then at "what makes it hard to call?" a hunch: the reason for being unsure, not a view
    # to be asked where it stands; "that was sarcasm. <view>" with nothing saved kept nothing;
    # "yes <why>" was asked why; "i said no" was added to the answer.
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "idk")
    said = bot.text(reader, "i dont follow politics much. seems risky but maybe peace is good")
    assert "Where do you stand" not in said
    [row] = rows_of(bot, reader)
    assert (row.stance, row.reason) == ("unsure", "i dont follow politics much. seems risky but maybe peace is good")
    reader = new_reader()
    bot.text(reader, "who is kori schake")
    said = bot.text(reader, "that was sarcasm. i think trusting putin is dumb")
    assert prompts()["negotiating_with_adversary"].text in said
    bot.text(reader, "because he broke minsk")
    bot.text(reader, "i said no")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.opinion, row.reason, row.stance) == (
        "negotiating_with_adversary", "i think trusting putin is dumb", "because he broke minsk", "disagree")
    bot.text(reader, "the europe one")
    assert "Thank you!" in bot.text(reader, "yes theyve been freeloading for decades")
    assert rows_of(bot, reader)[-1].reason == "theyve been freeloading for decades"


def test_round_21_an_answer_filed_under_the_wrong_prompt_is_moved(bot):
    # The fourteenth tester: an elections answer given at the China question was saved as the
    # China answer; "move my first answer to the europe question" was saved as an answer.
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "europe should pay for its own defense, they are rich")
    bot.text(reader, "agree")  # filed under the general prompt, where it was asked
    bot.text(reader, "yeah next")
    said = bot.text(reader, "They shouldn't be forced to hold elections mid-war, its absurd. disagree")
    assert prompts()["wartime_elections"].text in said
    moved = bot.text(reader, "move my first answer to the europe question")
    assert "Moved" in moved and "make that agree" in moved
    bot.text(reader, "make that agree")
    rows = {row.prompt_id: row for row in rows_of(bot, reader)}
    assert set(rows) == {"europe_response", "wartime_elections"}
    assert (rows["europe_response"].opinion, rows["europe_response"].stance) == (
        "europe should pay for its own defense, they are rich", "agree")
    assert rows["wartime_elections"].stance == "disagree"
    assert "I have no saved answer of yours on whether" in bot.text(reader, "can you delete just the china one")
    assert "Done - I've deleted" in bot.text(reader, "can you delete just the elections one")
    assert [row.prompt_id for row in rows_of(bot, reader)] == ["europe_response"]


def test_round_21_second_testers_answers_by_topic_and_polite_opt_outs(bot):
    # The fifteenth tester: three answers in one message, each led by its topic, got a passage of
    # the article; "change my Europe answer to: ..." asked the next prompt; "... bye" after a
    # delete got no goodbye; a polite opt-out was saved as the answer.
    reader = new_reader()
    said = bot.text(reader, "ok so first question, can putin be trusted, answer: no lol. second the china thing: no. "
                            "third europe: yes they should pay their own way")
    assert "Saved 3 answers" in said
    rows = {row.prompt_id: row for row in rows_of(bot, reader)}
    assert {prompt: row.stance for prompt, row in rows.items()} == {
        "negotiating_with_adversary": "disagree", "china_focus": "disagree", "europe_response": "agree"}
    bot.text(reader, "change my Europe answer to: Europe must defend itself more, we was too lazy")
    assert {r.prompt_id: r.opinion for r in rows_of(bot, reader)}["europe_response"] == (
        "Europe must defend itself more, we was too lazy")
    assert "Bye" in bot.text(reader, "delete the china one, it is all wrong. bye")
    assert "china_focus" not in {r.prompt_id for r in rows_of(bot, reader)}
    reader = new_reader()
    bot.text(reader, "share my view")
    assert "won't save" in bot.text(reader, "Actually, I'd rather my answers weren't saved, if that's alright.")
    assert rows_of(bot, reader) == []
    # an answer given at one prompt and labelled for another goes there; "unsure" after a move
    # (asked to say where they stand) gives the stance
    reader = new_reader()
    bot.text(reader, "question 3")
    said = bot.text(reader, "forget it. answer for the europe defense question: agree, they should pay their own way")
    assert prompts()["europe_response"].text in said
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance) == ("europe_response", "agree")
    bot.text(reader, "question 2")
    bot.text(reader, "its a bad trade")
    bot.text(reader, "no i was talking about the concessions question not china")
    bot.text(reader, "unsure")
    assert {r.prompt_id: r.stance for r in rows_of(bot, reader)}["ukraine_deal"] == "unsure"


def test_round_21_second_testers_moves_of_the_open_answer_and_a_quoted_prompt(bot):
    # The fifteenth tester: "ukraine should have just made a deal" went to the general prompt;
    # "move my answer to Europe question" with the answer still open moved it in the log but asked
    # the old question's stance ("make that agree" then agreed with the shift); "Can I quote you
    # in my essay?" (opt_in) opted the reader back in; "Can Putin be trusted? No. Next." was asked
    # back; an emoji after the answer was "I'm having trouble".
    reader = new_reader()
    said = bot.text(reader, "ukraine should have just made a deal tbh. too many ppl dying")
    assert prompts()["ukraine_deal"].text in said
    bot.text(reader, "yes")
    assert "trouble" not in bot.text(reader, "✌️")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance) == ("ukraine_deal", "agree")
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "Europe must do more for own defense, we cannot wait for America")
    said = bot.text(reader, "NO! I do not agree with Russia shift! move my answer to Europe question")
    assert "Moved" in said
    bot.text(reader, "agree")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance) == ("europe_response", "agree")
    assert "save your answers again" not in bot.text(reader, "Can I quote you in my essay?")
    said = bot.text(reader, "Can Putin be trusted? No. Next.")
    assert prompts()["negotiating_with_adversary"].text in said
    assert {r.prompt_id: r.stance for r in rows_of(bot, reader)}["negotiating_with_adversary"] == "disagree"


def test_round_21_second_testers_deleted_reason_unsure_and_corrected_stance(bot):
    # The fifteenth tester: after an answer given unasked ("ok sure. i think breaking with 80 yrs
    # ...") was deleted, its reason stayed readable in a stored slot; "wait no i want to opt out
    # actually. dont save" changed the stance instead; "Depends on whether it works." at "what
    # makes it hard to call?" turned "Unsure." into mixed; "no i agree with trump" was "No problem".
    reader = new_reader()
    bot.text(reader, "ok sure. i think breaking with 80 yrs of policy is a huge mistake. the cold war alliances won")
    bot.text(reader, "yes obviously, i said huge mistake")
    assert "won't save" in bot.text(reader, "wait no i want to opt out actually. dont save")
    assert rows_of(bot, reader)[0].stance == "agree"
    assert "deleted" in bot.text(reader, "delete it then")
    assert rows_of(bot, reader) == []
    assert "the cold war alliances won" not in stored_conversation(bot, reader)
    reader = new_reader()
    bot.text(reader, "question 7")
    bot.text(reader, "Unsure.")
    bot.text(reader, "Depends on whether it works.")
    [row] = rows_of(bot, reader)
    assert (row.stance, row.reason) == ("unsure", "Depends on whether it works.")
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "its bad, putin lies")
    bot.text(reader, "disagree")
    assert "No problem" not in bot.text(reader, "no i agree with trump")
    assert rows_of(bot, reader)[0].stance == "agree"


def test_round_21_third_testers_move_then_stance_and_answers_by_topic(bot):
    # The sixteenth tester: after "move it to the 80 years question" (asked to say where they
    # stand), "yes its a mistake" opened a new answer to the general prompt and saved it as
    # agreeing with the shift - the reader's opposite view; "delete the shift one" was explained
    # three times, not done; "I would like to know what the article says about China." was filed as
    # the China answer.
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "its like yalta all over again, dividing the world")
    bot.text(reader, "disagree")
    assert "Moved" in bot.text(reader, "move it to the 80 years question")
    bot.text(reader, "yes its a mistake")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance) == ("eighty_years", "agree")
    bot.text(reader, "share my view")
    bot.text(reader, "its a betrayal")
    bot.text(reader, "disagree")
    assert {r.prompt_id for r in rows_of(bot, reader)} == {"eighty_years", "russia_shift"}
    assert "deleted" in bot.text(reader, "delete the shift one")
    assert [r.prompt_id for r in rows_of(bot, reader)] == ["eighty_years"]
    reader = new_reader()
    said = bot.text(reader, "I would like to know what the article says about China.")
    assert "I'll take that as your answer" not in said and "China" in said
    assert rows_of(bot, reader) == []


def test_round_21_quoted_words_taken_out_of_an_answer_and_a_quote_of_deleted_words_blanked(bot):
    # The sixteenth tester: "remove '<one sentence>' from my first answer" deleted the whole answer;
    # and after a delete, the reader's own message quoting the deleted words stayed readable.
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "i like it. america first. europe has to grow up. and ukraine lost the war so they gotta make a deal")
    bot.text(reader, "agree")
    said = bot.text(reader, "remove 'and ukraine lost the war so they gotta make a deal' from my first answer")
    assert "took those words out" in said and "lost the war" not in said
    # (the message that gave them is blanked in the stored conversation; the request that quotes
    # them is stored after the action ran, so it keeps them - see docs/accuracy.md, left to do)
    assert "i like it. america first. europe has to grow up. and ukraine" not in stored_conversation(bot, reader)
    [row] = rows_of(bot, reader)
    assert "lost the war" not in f"{row.opinion} {row.reason}" and "america first" in row.opinion
    bot.text(reader, "hmm actually the whole thing, 'america first' included. delete my first answer")
    assert rows_of(bot, reader) == []
    assert "europe has to grow up" not in stored_conversation(bot, reader)


def test_new_words_for_an_answer_keep_its_reason(bot):
    # My own trial (round 21, in the browser): "for the europe one, change my answer to: ..." kept
    # the new words but dropped the reason the reader had given.
    reader = new_reader()
    bot.text(reader, "europe should just build its own army tbh")
    bot.text(reader, "they are rich enough, germany and france can afford it")
    bot.text(reader, "yes")
    bot.text(reader, "for the europe one, change my answer to: europe must pay for its own defence")
    [row] = rows_of(bot, reader)
    assert (row.opinion, row.reason, row.stance) == (
        "europe must pay for its own defence", "they are rich enough, germany and france can afford it", "agree")


def test_round_22_readers_who_wander_leave_the_rows_they_meant(bot):
    # The seventeenth tester (round 22). Numbered answers at the first prompt were saved whole as
    # one unsure answer to it, and answers 4, 5 and 7 were lost.
    reader = new_reader()
    bot.text(reader, "share my view")
    said = bot.text(reader, "ok: 1 agree, 2 agree, 3 no idea, 4 yes they should, 5 no way, 6 definitely yes, "
                            "7 no its not a mistake")
    assert "Saved 7 answers" in said
    rows = {r.prompt_id: (r.opinion, r.stance) for r in rows_of(bot, reader)}
    assert rows["russia_shift"] == ("agree", "agree") and rows["ukraine_deal"] == ("no idea", "unsure")
    assert rows["eighty_years"] == ("no its not a mistake", "disagree") and len(rows) == 7
    # two views joined by a "but", each about one prompt, with none open: each filed under its own
    reader = new_reader()
    bot.text(reader, "what do supporters argue")
    assert "Saved 2 answers" in bot.text(
        reader, "ok my take: the china trade isnt worth it, but europe definitely should do more for its own defence")
    assert {(r.prompt_id, r.stance) for r in rows_of(bot, reader)} == {("china_focus", "disagree"),
                                                                       ("europe_response", "agree")}
    # an answer turned round in new words at the stance question is the answer now
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "its bad")  # (disagree since round 39: the answer is finished, and turned round after it)
    bot.text(reader, "because allies matter")
    bot.text(reader, "hmm actually no i agree. europe should pay its own way")
    [row] = rows_of(bot, reader)
    assert (row.opinion, row.reason, row.stance) == (
        "hmm actually no i agree. europe should pay its own way", "europe should pay its own way", "agree")
    # "make that ..." after an answer was edited by name changes that answer, not the latest
    bot.text(reader, "next")
    bot.text(reader, "yes worth it, china is the real threat")
    bot.text(reader, "for the first one, change my answer to: its a betrayal")
    bot.text(reader, "and make that disagree")
    rows = {r.prompt_id: r.stance for r in rows_of(bot, reader)}
    assert rows == {"russia_shift": "disagree", "china_focus": "agree"}
    # a goodbye is no answer, nor is a refusal with a lead
    reader = new_reader()
    bot.text(reader, "who is kori schake")
    assert "Ask me" in bot.text(reader, "ok i think ive got it. cheers") or rows_of(bot, reader) == []
    assert rows_of(bot, reader) == []
    bot.text(reader, "questions pls")
    assert prompts()["china_focus"].text in bot.text(reader, "I've already told you I don't want to answer that one.")
    assert rows_of(bot, reader) == []


def test_round_22_reasons_kept_when_the_words_or_stance_change(bot):
    # The eighteenth tester: "Disagree. He's broken every agreement since 2014." at the stance
    # question kept the stance and dropped the reason; "change my answer to: ..." wiped a reason
    # given at "What makes you say that?".
    reader = new_reader()
    bot.text(reader, "i want to answer the putin trust one")
    bot.text(reader, "its complicated")
    assert "Where do you stand" in bot.text(reader, "no reason")
    bot.text(reader, "Disagree. He's broken every agreement since 2014.")
    [row] = rows_of(bot, reader)
    assert (row.stance, row.reason) == ("disagree", "He's broken every agreement since 2014")
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "its bad")
    bot.text(reader, "because allies matter")
    bot.text(reader, "disagree")
    bot.text(reader, "change my answer to: its a betrayal of our allies")
    [row] = rows_of(bot, reader)
    assert (row.opinion, row.reason, row.stance) == ("its a betrayal of our allies", "because allies matter", "disagree")


def test_round_22_an_answer_about_another_prompt_at_the_stance_question(bot):
    # The blind A/B (round 22): "china yes thats the real problem" where the general prompt's stance
    # was asked was added to that answer, and the stance asked again.
    reader = new_reader()
    bot.text(reader, "finaly someone admits trump is doing somthing different. good")
    assert "Where do you stand" in bot.text(reader, "we been fighting russia forever and for what. biden sent billions")
    said = bot.text(reader, "china yes thats the real problem")
    assert prompts()["china_focus"].text in said
    rows = {r.prompt_id: (r.opinion, r.stance) for r in rows_of(bot, reader)}
    assert rows["russia_shift"][0] == "finaly someone admits trump is doing somthing different. good"
    assert rows["china_focus"] == ("china yes thats the real problem", "agree")


def test_round_22_an_answer_about_another_prompt_after_an_answer(bot):
    # My own trial of round 22: after an answer was saved, "china yes thats the real problem" was
    # answered from the article (the model said ask_article), and "About Putin promise, I am not
    # sure. ..." opened the China question.
    reader = new_reader()
    bot.text(reader, "trump bad")
    bot.text(reader, "because he sells out ukraine")
    bot.text(reader, "disagree")
    assert prompts()["china_focus"].text in bot.text(reader, "china yes thats the real problem")
    reader = new_reader()
    bot.text(reader, "i agre with it")
    bot.text(reader, "war is expnsive and peace is better")
    bot.text(reader, "hmm actually no i disagree. peace on putins terms isnt peace")
    bot.text(reader, "About Putin promise, I am not sure. Maybe he keep if it good for him.")
    rows = {r.prompt_id: r.stance for r in rows_of(bot, reader)}
    assert rows == {"russia_shift": "disagree", "negotiating_with_adversary": "unsure"}


def test_round_22_what_aei_stands_for_through_the_server(bot):
    # In the browser the model took it for a request for help, and the help text came back.
    assert "American Enterprise Institute" in bot.text(new_reader(), "what does AEI stand for")


def test_round_22_a_stance_led_by_a_topic_after_an_answer_is_that_answers(bot):
    # The last read of round 22's change: "europe disagree" after the China answer changed the China
    # answer's stance; "Putin is a liar. Disagree." at the general prompt's stance question went to
    # the Putin-trust prompt.
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "it changes a lot for our allies")  # (no stance in it: "its bad" says disagree since round 39)
    bot.text(reader, "because allies matter")
    bot.text(reader, "Putin is a liar. Disagree.")
    assert [(r.prompt_id, r.stance) for r in rows_of(bot, reader)] == [("russia_shift", "disagree")]
    reader = new_reader()
    bot.text(reader, "the europe one")
    bot.text(reader, "yes they should pay")
    bot.text(reader, "because they are rich")
    bot.text(reader, "china yes thats the real problem")
    bot.text(reader, "because china is bigger")
    bot.text(reader, "europe disagree")
    assert {r.prompt_id: r.stance for r in rows_of(bot, reader)} == {"europe_response": "disagree", "china_focus": "agree"}


def test_a_numbered_answer_to_the_first_question_keeps_the_stance_it_was_read_with(bot):
    # The last read of round 22: "1. no, its a betrayal of allies" was taken for an answer because
    # its "no" is a stance, then saved to the open first question with none.
    reader = new_reader()
    bot.text(reader, "what are the discussion questions")
    said = bot.text(reader, "1. no, its a betrayal of allies\n2. no, russia and china are basically on the same side "
                            "anyway\n5. absolutely not, he broke minsk")
    assert "Saved 3 answers" in said
    assert {r.prompt_id: r.stance for r in rows_of(bot, reader)} == {
        "russia_shift": "disagree", "china_focus": "disagree", "negotiating_with_adversary": "disagree"}


def test_round_23_a_part_of_an_answer_taken_out_and_an_edit_back(bot):
    # The nineteenth tester (round 23): "please delete the part about my brother" got "Nothing of
    # that was saved" while the first answer said "My brother is at the front"; "change my
    # elections answer back to: ..." got the general question.
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "I'm Ukrainian. My brother is at the front. Reading that Trump says we started it makes me sick.")
    bot.text(reader, "Because we did not start anything.")
    bot.text(reader, "of course disagree")
    bot.text(reader, "elections one")
    taken = bot.text(reader, "please delete the part about my brother, i dont want it saved")
    assert "Done - I took that out of your answer" in taken
    [row] = rows_of(bot, reader)
    assert row.opinion == "I'm Ukrainian. Reading that Trump says we started it makes me sick."
    assert "at the front" not in stored_conversation(bot, reader)
    assert "None of your saved answers mentions nato" in bot.text(reader, "delete the part about nato")
    bot.text(reader, "We want elections too, after the war")
    bot.text(reader, "disagree")
    bot.text(reader, "change my elections answer to: no elections now")
    bot.text(reader, "no no. that's wrong. change my elections answer back to: We want elections too, after the war")
    rows = {r.prompt_id: r.opinion for r in rows_of(bot, reader)}
    assert rows["wartime_elections"] == "We want elections too, after the war"
    # a stance put right after the next question is out, without the words that ask for it
    bot.text(reader, "another")
    bot.text(reader, "no!! I agree on the shift. fix it")
    [general] = [r for r in rows_of(bot, reader) if r.prompt_id == "russia_shift"]
    assert general.stance == "agree" and "fix it" not in general.opinion


def test_round_23_stances_by_topic_parts_named_by_their_words_and_deleting_all(bot):
    # The twentieth tester (round 23): "please delete the word 'etc' in my first answer" deleted the
    # whole answer; "and delete all of them pls" got "The article doesn't say anything about delete";
    # "disagree on putin" changed the last answer, whatever it was.
    reader = new_reader()
    assert "Saved: you agree that Europe should take on more" in bot.text(reader, "agree on europe")
    bot.text(reader, "share my view")
    bot.text(reader, "its a betrayal of ukraine etc")
    bot.text(reader, "because allies matter")
    bot.text(reader, "disagree")
    bot.text(reader, "disagree on putin")
    rows = {r.prompt_id: (r.opinion, r.stance) for r in rows_of(bot, reader)}
    assert rows["europe_response"][1] == "agree" and rows["russia_shift"][1] == "disagree"
    assert rows["negotiating_with_adversary"] == ("disagree on putin", "disagree")
    assert "It now reads" in bot.text(reader, "please delete the word 'etc' in my second answer")
    rows = {r.prompt_id: r.opinion for r in rows_of(bot, reader)}
    assert rows["russia_shift"] == "its a betrayal of ukraine" and len(rows) == 3
    bot.text(reader, "and delete all of them pls")
    assert rows_of(bot, reader) == []


def test_round_23_fresh_conversations_through_the_server(bot):
    # A new writer's conversations (c161-c180): "go on then" after "another question?" was answered
    # from the article; "no. next question" was "we'll leave it there"; a view naming China after an
    # answer was added to that answer.
    reader = new_reader()
    bot.text(reader, "TRUMP IS RIGHT. Europe been freeloading for decades")
    bot.text(reader, "another")
    bot.text(reader, "yes, china is the real enemy. russia is a gas station with nukes")
    assert prompts()["ukraine_deal"].text in bot.text(reader, "go on then")
    assert "So you disagree that Ukraine could have avoided" in bot.text(reader, "no. next question")
    rows = {r.prompt_id: (r.opinion, r.stance) for r in rows_of(bot, reader)}
    assert rows["russia_shift"][1] == "agree" and rows["china_focus"][1] == "agree"
    assert rows["ukraine_deal"] == ("no", "disagree")


def test_round_23_a_reason_deleted_alone_and_an_answer_named_by_its_question(bot):
    # The twenty-first tester: "delete my reason" deleted the whole answer; "change my answer on the
    # general question to: ..." overwrote the latest one.
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "its bad because allies matter")
    bot.text(reader, "disagree")
    bot.text(reader, "another")
    bot.text(reader, "yes worth it, china is the threat")
    assert "removed your reason" in bot.text(reader, "delete my reason")
    bot.text(reader, "change my answer on the general question to: he's selling out ukraine")
    rows = {r.prompt_id: (r.opinion, r.reason) for r in rows_of(bot, reader)}
    assert rows["china_focus"] == ("yes worth it, china is the threat", None)
    assert rows["russia_shift"][0] == "he's selling out ukraine"


def test_round_24_views_before_any_question_are_kept_and_numbered_answers_at_any_step(bot):
    # Round 23's fresh conversations and the twenty-second tester: an opinion said before any question
    # was asked was lost ("Trump is first president with common sense"); three opinions in one message
    # were lost; "Q2 obviously yes" at the stance question was saved as the open answer's reason.
    reader = new_reader()
    saved = bot.text(reader, "Trump is first president with common sense. He understand Russia has interests too.")
    assert "So you agree that the shift towards Russia is the right policy" in saved
    bot.text(reader, "ha. ok opinion time. putin can't be trusted at all, wallander nails it. but europe should also "
                     "step up and stop relying on america. and no, ukraine could not have avoided the war")
    rows = {r.prompt_id: (r.opinion, r.reason, r.stance) for r in rows_of(bot, reader)}
    assert rows["russia_shift"] == ("Trump is first president with common sense. He understand Russia has interests too.",
                                    "He understand Russia has interests too", "agree")
    assert rows["negotiating_with_adversary"][2] == "disagree" and rows["ukraine_deal"][2] == "disagree"
    # (round 36: "europe should also step up" is the prompt's own words for a yes - prompts.yml stance_words)
    assert rows["europe_response"] == ("europe should also step up and stop relying on america.", None, "agree")

    other = new_reader()
    bot.text(other, "share my view")
    bot.text(other, "it's complicated")
    bot.text(other, "Q2 obviously yes")
    rows = {r.prompt_id: (r.opinion, r.reason, r.stance) for r in rows_of(bot, other)}
    assert rows["russia_shift"] == ("it's complicated", None, None)
    assert rows["china_focus"] == ("obviously yes", None, "agree")
    assert "Bye!" in bot.text(other, "Aitäh. Done.")  # (thanks, and a closing: the reader is let go)


def test_round_24_a_stance_corrected_by_its_question_and_the_general_one_denied(bot):
    # The twenty-third tester: "on the elections question: actually i agree" got "You've already answered
    # that one"; "No! I do NOT think it's the right policy" after the answer was saved as agree was
    # added to it, the stance unchanged.
    # "back to the article" at the offer got what the article says of Trump being back in office.
    reader = new_reader()
    bot.text(reader, "Q4 please")
    bot.text(reader, "no, you can't vote under bombs")
    assert "Trump" not in bot.text(reader, "back to the article")
    bot.text(reader, "on the elections question: actually i agree")
    bot.text(reader, "Q1 please")
    bot.text(reader, "trump is right to talk to russia, someone has to end the war")
    bot.text(reader, "No! I do NOT think it's the right policy. Read what I wrote.")
    rows = {r.prompt_id: (r.opinion, r.stance) for r in rows_of(bot, reader)}
    assert rows["wartime_elections"] == ("no, you can't vote under bombs", "agree")
    assert rows["russia_shift"] == ("trump is right to talk to russia, someone has to end the war", "disagree")


def test_round_24_idk_with_nothing_asked_saves_nothing(bot):
    # The twenty-third tester: "k", then "idk", was saved as the general question's answer (unsure), and
    # "wdym" as its reason.
    reader = new_reader()
    bot.text(reader, "k")
    assert "share my view" in bot.text(reader, "idk")
    assert rows_of(bot, reader) == []


def test_round_24_no_greeting_back_for_what_the_model_took_for_one(bot):
    # The twenty-fourth tester: "good. he is our hero" after an answer about Zelensky got the opening greeting.
    reader = new_reader()
    bot.text(reader, "who is zelensky")
    assert "I know one article inside out" not in bot.text(reader, "good. he is our hero")
    assert "I know one article inside out" in bot.text(reader, "hello")


def test_round_24_a_should_view_on_europe_is_a_yes(bot):
    # My phone trial: "europe should also step up and pay for its own defense" (one of three views in one
    # message) was saved under the Europe question without a stance.
    reader = new_reader()
    bot.text(reader, "putin cant be trusted. but europe should also step up and pay for its own defense")
    rows = {r.prompt_id: r.stance for r in rows_of(bot, reader)}
    assert rows == {"negotiating_with_adversary": "disagree", "europe_response": "agree"}


def test_round_25_a_stance_turned_round_words_swapped_and_an_answer_reworded(bot):
    # The twenty-sixth tester: "no no!! i not agree. the shift is bad" after "yes" saved agreement was
    # only added to the answer; "in my first answer please change Kharkiv to Kyiv" and "edit my first
    # answer: ..." were answered as questions about the article.
    # (since round 35 "for us this is very scary" is read as disagreeing, and no "yes" is asked for to misread)
    reader = new_reader()
    assert "you disagree that the shift towards Russia is the right policy" in bot.text(
        reader, "ok. i am from Kharkiv, for us this is very scary. russia cannot be trust")
    assert "Kyiv" in bot.text(reader, "in my first answer please change Kharkiv to Kyiv")
    [row] = rows_of(bot, reader)
    assert row.stance == "disagree" and "i am from Kyiv" in row.opinion and "Kharkiv" not in row.opinion
    bot.text(reader, "edit my first answer: Russia cannot be trusted, I am from Kyiv")
    [row] = rows_of(bot, reader)
    assert (row.opinion, row.stance) == ("Russia cannot be trusted, I am from Kyiv", "disagree")


def test_round_25_a_question_picked_from_the_list_and_unsure_said_last(bot):
    # The twenty-sixth tester: "the fifth one" right after the numbered list got "The article doesn't say
    # anything about that"; "rich but slow. unsure" asked the stance again; "k im done" got a new question.
    reader = new_reader()
    bot.text(reader, "what are the discussion questions")
    assert "Can Putin be trusted to keep a deal?" in bot.text(reader, "the fifth one")
    bot.text(reader, "putin will never keep a deal. he broke minsk twice")
    bot.text(reader, "Q6 please")
    bot.text(reader, "europe is rich but slow")
    bot.text(reader, "rich but slow. unsure")
    rows = {r.prompt_id: (r.stance, r.reason) for r in rows_of(bot, reader)}
    assert rows == {"negotiating_with_adversary": ("disagree", "he broke minsk twice"),
                    "europe_response": ("unsure", "rich but slow")}
    assert "Bye!" in bot.text(reader, "k im done")


def test_round_25_words_added_to_a_named_answer_an_undo_refused_and_an_edit_after_restart(bot):
    # The twenty-sixth tester: "For the Putin one, add the reason: ..." got "You've already answered that
    # one"; "wait no, undo that, keep it as unsure" after deleting the Europe answer set the Putin
    # answer to unsure; after "restart", "change my answer to: ..." found no saved answer.
    reader = new_reader()
    bot.text(reader, "Q5 please")
    bot.text(reader, "No, Putin can't be trusted. He broke the Budapest Memorandum.")
    bot.text(reader, "Q6 please")
    bot.text(reader, "yes europe should pay for its own defence, they are rich")
    assert "your reason on whether" in bot.text(reader, "For the Putin one, add the reason: he invaded Georgia in 2008 too.")
    bot.text(reader, "delete the europe one")
    assert "can't undo" in bot.text(reader, "wait no, undo that, keep it as unsure")
    [row] = rows_of(bot, reader)
    assert row.prompt_id == "negotiating_with_adversary" and row.stance == "disagree"
    assert row.reason.endswith("he invaded Georgia in 2008 too.")
    assert "other readers" in bot.text(reader, "can i see other peoples answers").lower()
    bot.text(reader, "restart")
    assert "now reads" in bot.text(reader, "change my answer to: Putin can't be trusted, ever")
    [row] = rows_of(bot, reader)
    assert row.opinion == "Putin can't be trusted, ever"


def test_round_25_who_reads_it_is_answered_after_opting_out(bot):
    # The twenty-sixth tester: "Where does this information go exactly? Who reads it?" after "Don't save my
    # answers please" got "You asked me not to save your answers, so I won't ask for your view", twice.
    reader = new_reader()
    bot.text(reader, "Don't save my answers please.")
    assert "organisers read" in bot.text(reader, "Where does this information go exactly? Who reads it?")
    assert "not to save" in bot.text(reader, "will my answers be saved?")


def test_round_25_own_trial_another_questions_answer_after_an_answer_and_a_pick_at_the_stance_question(bot):
    # My own trial: "not worth. china is far" after the general answer was answered as a question ("The
    # article doesn't say anything about worth"); "the fifth one" after the list, asked where the Europe
    # stance was open, was added to the Europe answer.
    reader = new_reader()
    bot.text(reader, "ngl trump kinda right to talk to putin, somebody has to end this war")
    bot.text(reader, "not worth. china is far")
    rows = {r.prompt_id: (r.opinion, r.stance) for r in rows_of(bot, reader)}
    assert rows["china_focus"] == ("not worth. china is far", "disagree")
    other = new_reader()
    bot.text(other, "Q6 please")
    bot.text(other, "europe is rich but slow")
    bot.text(other, "what are the discussion questions")
    assert "Can Putin be trusted to keep a deal?" in bot.text(other, "the fifth one")
    assert [r.opinion for r in rows_of(bot, other)] == ["europe is rich but slow"]


def test_round_25_an_answer_moved_to_the_open_question_is_not_written_over(bot):
    # The twenty-seventh tester: "please move my last answer to the question about ukraine making a deal"
    # while that question was open moved it, asked the question again, and "agree. done here, bye" was
    # saved over the moved answer.
    reader = new_reader()
    bot.text(reader, "Q2 please")
    bot.text(reader, "Absolutely, Ukraine should have stayed neutral and given up Crimea in 2022, thousands would be alive")
    bot.text(reader, "Q3 please")
    bot.text(reader, "please move my last answer to the question about ukraine making a deal")
    assert "Bye!" in bot.text(reader, "agree. done here, bye")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance) == ("ukraine_deal", "agree")
    assert row.opinion.startswith("Absolutely, Ukraine should have stayed neutral")


def test_round_25_quoted_words_swapped_and_taken_out(bot):
    reader = new_reader()
    bot.text(reader, "Q6 please")
    bot.text(reader, "idk. I haven't made up my mind.")
    bot.text(reader, "skip")
    bot.text(reader, "Q1 please")
    bot.text(reader, "its a betrayal. Reading this makes me sick. putin cant be trusted")
    bot.text(reader, "Replace the 'idk. I haven't made up my mind.' part with 'There are good arguments both ways.'")
    bot.text(reader, "Please remove the part 'Reading this makes me sick' from my second answer, it was emotional")
    rows = {r.prompt_id: r.opinion for r in rows_of(bot, reader)}
    assert rows["europe_response"] == "There are good arguments both ways"
    assert "Reading this makes me sick" not in rows["russia_shift"] and "betrayal" in rows["russia_shift"]


def test_round_25_a_remark_after_an_answer_turns_no_stance_round(bot):
    # The read of this round's change: a stance word in a remark after an answer ("my words were not 'i
    # agree'!", "the majority of experts disagree with trump") turned the saved stance round.
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "its a betrayal of ukraine, disagree")
    bot.text(reader, "my words were not 'i agree'! reason: it rewards aggression")
    bot.text(reader, "the majority of experts disagree with trump")
    assert [r.stance for r in rows_of(bot, reader)] == ["disagree"]


def test_round_25_the_stance_named_again_after_it_was_saved_the_other_way(bot):
    # The twenty-eighth tester: "lol no. i said its FINE. that's agree genius" was added to an answer
    # saved as disagreeing; "nah im done thx" was saved as a disagreement.
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "disagree, it abandons ukraine to putin")
    bot.text(reader, "lol no. i said its FINE. that's agree genius")
    assert [r.stance for r in rows_of(bot, reader)] == ["agree"]
    bot.text(reader, "another question")
    assert "Bye!" in bot.text(reader, "nah im done thx")
    assert len(rows_of(bot, reader)) == 1


def test_round_26_the_eighty_years_mistake_said_back_is_agreement_and_a_dispute_turns_it(bot):
    # The twenty-ninth tester: "i literally just said it's a mistake" was saved as disagreeing, and
    # "hold on, you saved that I disagree?? I AGREE it's a mistake" became an answer to the next question.
    reader = new_reader()
    bot.text(reader, "the 80 years question please")
    bot.text(reader, "hmm")
    bot.text(reader, "i literally just said it's a mistake")
    bot.text(reader, "because alliances took decades to build")
    assert [(r.prompt_id, r.stance) for r in rows_of(bot, reader)] == [("eighty_years", "agree")]
    other = new_reader()
    bot.text(other, "share my view")
    bot.text(other, "its a mistake, the allies matter more")
    bot.text(other, "agree")
    bot.text(other, "yes")  # another question: the next one opens
    bot.text(other, "hold on, you saved that I agree?? I DISAGREE that it's the right policy")
    assert [(r.prompt_id, r.stance) for r in rows_of(bot, other)] == [("russia_shift", "disagree")]


def test_round_26_a_named_answer_changed_while_another_question_is_open(bot):
    # The twenty-ninth tester: "actually, I agree on the first one" at the reason question of the next
    # one changed the open one; "for the putin one: make that disagree, and change my reason to: ..." was
    # refused ("You've already answered that one").
    reader = new_reader()
    bot.text(reader, "the putin question")
    bot.text(reader, "i think yes, he wants peace")
    bot.text(reader, "no")
    bot.text(reader, "europe question please")
    bot.text(reader, "they should pay more for their army")
    assert "What makes you say that?" in bot.text(
        reader, "for the putin one: make that disagree, and change my reason to: he broke the minsk agreements")
    bot.text(reader, "because they are rich")
    rows = {r.prompt_id: r for r in rows_of(bot, reader)}
    assert (rows["negotiating_with_adversary"].stance, rows["negotiating_with_adversary"].reason) == (
        "disagree", "he broke the minsk agreements")
    assert rows["europe_response"].reason == "because they are rich"
    bot.text(reader, "actually, I disagree on the europe one")
    assert rows_of(bot, reader)[-1].stance == "disagree"
    assert rows_of(bot, reader)[0].stance == "disagree"


def test_round_26_a_reader_who_wont_give_a_view_is_answered_and_not_asked(bot):
    # The twenty-ninth tester: "i dont want to give my opinion, just asking stuff. what's ..." opened the
    # discussion question, which then came back under every answer
    reader = new_reader()
    bot.text(reader, "who is lavrov")
    reply = bot.text(reader, "i dont want to give my opinion, just asking stuff. what's a sphere of influence")
    assert "sphere" in reply and prompts()["russia_shift"].text not in reply
    for question in ("who is putin", "what did vance say", "what did schake say", "who is wallander"):
        reply = bot.text(reader, question)
        assert "what you think" not in reply and "discussion question" not in reply
    assert "chatbot" in bot.text(reader, "who made you btw")
    assert rows_of(bot, reader) == []
    saved = bot.text(reader, "did you save anything from me?")
    assert "saved" in saved.lower() or "nothing" in saved.lower()


def test_round_26_an_answer_to_another_question_in_the_same_message_is_saved_there(bot):
    # The twenty-ninth tester (and round 25's left-alone list): "... And on the China question, yes, ..."
    # was glued into this question's reason and the China question asked later
    reader = new_reader()
    bot.text(reader, "the putin question")
    reply = bot.text(reader, "No, Putin can't be trusted. He broke Minsk twice. And to the sixth: yes, Europe should "
                             "spend more on defense.")
    assert "also saved your answer to another question" in reply
    rows = {r.prompt_id: r for r in rows_of(bot, reader)}
    assert (rows["negotiating_with_adversary"].opinion, rows["negotiating_with_adversary"].stance) == (
        "No, Putin can't be trusted. He broke Minsk twice.", "disagree")
    assert (rows["europe_response"].opinion, rows["europe_response"].stance) == (
        "yes, Europe should spend more on defense.", "agree")
    other = new_reader()
    bot.text(other, "europe question please")
    bot.text(other, "they should pay more")
    bot.text(other, "Europe should pay for its own defense. And on the China question, yes, China is the bigger threat")
    bot.text(other, "agree")
    rows = {r.prompt_id: r for r in rows_of(bot, other)}
    assert rows["europe_response"].reason == "Europe should pay for its own defense."
    assert (rows["china_focus"].stance, rows["china_focus"].opinion) == ("agree", "yes, China is the bigger threat")
    assert prompts()["china_focus"].text not in bot.text(other, "another question")


def test_round_27_a_view_right_after_an_answer_is_on_the_question_just_asked(bot):
    # Round 27's testers: "Could Ukraine have avoided the war?" answered, then "I think no. Russia would
    # have invaded anyway" was saved as the general question's answer; "i disagree" after what the
    # article says about China opened the general question too
    reader = new_reader()
    bot.text(reader, "Could Ukraine have avoided the war? That's what trump says right?")
    bot.text(reader, "I think no. Russia would have invaded anyway, they wanted the whole country")
    assert [(r.prompt_id, r.stance) for r in rows_of(bot, reader)] == [("ukraine_deal", "disagree")]
    other = new_reader()
    bot.text(other, "what does the article say about china?")
    assert prompts()["china_focus"].text in bot.text(other, "i disagree")
    bot.text(other, "because russia invades and china doesnt")
    assert [(r.prompt_id, r.stance) for r in rows_of(bot, other)] == [("china_focus", "disagree")]
    # ... and a question with no question of ours in it leaves the general one first
    third = new_reader()
    bot.text(third, "who is kori schake")
    assert prompts()["russia_shift"].text in bot.text(third, "i disagree")


def test_round_27_asides_pauses_and_questions_at_a_question_are_not_saved(bot):
    # Round 27's testers: "helo, i am from poland, my english not so good" and "hang on, kid is crying,
    # brb" were saved as answers; "since when has russia been fighting ukraine" at "Where do you stand"
    # was added to one
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "helo, i am from poland, my english not so good")
    bot.text(reader, "hang on, kid is crying, brb")
    assert rows_of(bot, reader) == []
    bot.text(reader, "its a mistake, putin never keeps his word")
    assert "2014" in bot.text(reader, "since when has russia been fighting ukraine")
    (row,) = rows_of(bot, reader)
    assert row.opinion == "its a mistake, putin never keeps his word" and "since when" not in (row.reason or "")


def test_round_27_against_after_an_answer_keeps_the_conversation(bot):
    # My own trial: "Against." after a saved answer got "Let's start over."
    reader = new_reader()
    bot.text(reader, "its a mistake, putin cant be trusted")
    reply = bot.text(reader, "Against.")
    assert "start over" not in reply and "disagree" in reply
    assert "start over" in bot.text(reader, "restart")


def test_round_27_an_open_answer_moved_with_its_stance_in_free_words(bot):
    # Round 27's testers: "That answer is for question '...' My answer there is NO. Move it." was saved as a
    # new answer, and "..., file it there" left the answer where it was
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "ukraine could have avoided nothing, russia invaded")
    bot.text(reader, "That answer is for question 'Could Ukraine have avoided the war by making concessions?' "
                     "My answer there is NO. Move it.")
    assert [(r.prompt_id, r.stance, r.opinion) for r in rows_of(bot, reader)] == [
        ("ukraine_deal", "disagree", "ukraine could have avoided nothing, russia invaded")]
    other = new_reader()
    bot.text(other, "ok. then here's my opinion: trump is naive about putin. wallander nails it")
    bot.text(other, "disagree. and this is more about whether putin can be trusted, file it there")
    assert [(r.prompt_id, r.stance) for r in rows_of(bot, other)] == [("negotiating_with_adversary", "disagree")]


def test_round_27_a_named_answers_reason_deleted_keeps_the_answer(bot):
    # Round 27's thirty-sixth tester: "delete just my reason on the china one but keep the stance" deleted
    # the whole China answer
    reader = new_reader()
    bot.text(reader, "the china question")
    bot.text(reader, "no, china is not the point")
    bot.text(reader, "because russia invades and china doesnt")
    bot.text(reader, "delete just my reason on the china one but keep the stance")
    [row] = rows_of(bot, reader)
    assert row.prompt_id == "china_focus" and row.stance == "disagree" and not row.reason


def test_round_28_a_verdict_at_the_stance_question_and_two_answers_deleted_at_once(bot):
    # Round 28's testers: "its the wrong policy. disgrace" to "Where do you stand on this: ...?" was added to
    # the answer and the stance asked again; "delete the elections one and the putin one" deleted one
    reader = new_reader()
    bot.text(reader, "i think europe was naive for years")
    bot.text(reader, "they took peace for granted and did not spend on defense")
    saved = bot.text(reader, "its the wrong policy. disgrace")
    assert "Where do you stand" not in saved and "you disagree that the shift towards Russia" in saved
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance, row.opinion) == ("russia_shift", "disagree", "i think europe was naive for years")
    other = new_reader()
    bot.text(other, "should ukraine hold elections in wartime? no, not under bombs")
    bot.text(other, "no reason")
    bot.text(other, "can putin be trusted? never, he broke minsk twice")
    assert {r.prompt_id for r in rows_of(bot, other)} >= {"wartime_elections", "negotiating_with_adversary"}
    bot.text(other, "delete the elections one and the putin one")
    assert not {r.prompt_id for r in rows_of(bot, other)} & {"wartime_elections", "negotiating_with_adversary"}


def test_round_28_a_stance_changed_after_the_last_answer_was_deleted_and_a_move_with_its_stance(bot):
    # Round 28's thirty-seventh tester: "ok Rubio. Who is Lavrov?" took the offer of a question; "stance is
    # wrong. I disagree. And it is for the question about Putin trust, not the first" opened the China question;
    # "actually, I disagree" after the China answer was deleted opened it again
    reader = new_reader()
    bot.text(reader, "where was the meeting held?")
    assert "Lavrov" in bot.text(reader, "ok Rubio. Who is Lavrov?")
    bot.text(reader, "i think the shift is smart")
    bot.text(reader, "my grandfather knew the russians very well")
    bot.text(reader, "stance is wrong. I disagree. And it is for the question about Putin trust, not the first")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance) == ("negotiating_with_adversary", "disagree")
    bot.text(reader, "I agree. it is for the putin question")
    assert [(r.prompt_id, r.stance) for r in rows_of(bot, reader)] == [("negotiating_with_adversary", "agree")]
    other = new_reader()
    bot.text(other, "i think the shift is a disgrace, putin invaded ukraine")
    bot.text(other, "he broke every deal since 2014")
    bot.text(other, "should we focus on china? yes, china is the bigger threat")
    assert {r.prompt_id for r in rows_of(bot, other)} == {"russia_shift", "china_focus"}
    bot.text(other, "delete the china one")
    assert prompts()["china_focus"].text not in bot.text(other, "actually, I agree")
    [row] = rows_of(bot, other)
    assert (row.prompt_id, row.stance) == ("russia_shift", "agree")


def test_round_29_a_view_on_the_shift_after_a_china_answer_then_moves_and_deletes_by_name(bot):
    # Round 29's fortieth tester: "... So I partly agree with the shift" after the China answer was filed under
    # the China question; "Please move my answer from the China question to ..." reopened the general one;
    # "make that mixed. and change my reason to: ..." pasted the request into the answer; "delete the one under
    # the China question" deleted the latest answer
    reader = new_reader()
    bot.text(reader, "What about China, how is it mentioned?")
    bot.text(reader, "I'd like to share my view. I believe diplomacy with Russia is necessary, but not at the cost "
                     "of Ukraine's territory. So I partly agree with the shift.")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance) == ("russia_shift", "mixed")
    bot.text(reader, "no")
    bot.text(reader, "ok whats the schake question")
    bot.text(reader, "not necessarily a mistake. traditions arent sacred, the world changed since the cold war. but "
                     "the way its done is clumsy")
    eighty = next(r for r in rows_of(bot, reader) if r.prompt_id == "eighty_years")
    assert eighty.stance == "mixed"
    bot.text(reader, "make it disagree. and change my reason to: traditions arent sacred")
    eighty = next(r for r in rows_of(bot, reader) if r.prompt_id == "eighty_years")
    assert (eighty.stance, eighty.reason) == ("disagree", "traditions arent sacred")
    assert "change my reason" not in eighty.opinion
    bot.text(reader, "Please move my answer from the 80 years question to the question about Europe.")
    assert {r.prompt_id for r in rows_of(bot, reader)} == {"russia_shift", "europe_response"}
    bot.text(reader, "Now please delete the one under the Europe question.")
    assert [r.prompt_id for r in rows_of(bot, reader)] == ["russia_shift"]


def test_round_29_a_stance_put_right_after_opting_out_and_an_unsure_reason_with_two_sides(bot):
    # Round 29's fortieth tester: "thats wrong, i said agree AND disagree, so mixed. fix it" after opting out was
    # answered "changed: you agree" and nothing changed; "i am not sure", then "peace is good, but not if
    # ukraine lose land" at the probe, was saved as agreeing
    reader = new_reader()
    bot.text(reader, "ok id like to answer the putin trust question")
    bot.text(reader, "i mean, i agree and disagree. he keeps deals when it suits him and breaks them when it doesnt")
    assert [r.stance for r in rows_of(bot, reader)] == ["mixed"]
    bot.text(reader, "no")
    bot.text(reader, "dont save my answers from now on")
    changed = bot.text(reader, "actually make it disagree")
    assert "you disagree that Putin can be trusted" in changed
    assert [r.stance for r in rows_of(bot, reader)] == ["disagree"]
    other = new_reader()
    bot.text(other, "what is the american enterprise institute?")
    bot.text(other, "ok my opinion: i am not sure. in my country we dont like war but also we dont like america tell "
                    "everyone what to do")
    [row] = rows_of(bot, other)
    assert (row.prompt_id, row.stance) == ("russia_shift", "unsure")
    unsure = new_reader()
    bot.text(unsure, "share my view")
    bot.text(unsure, "i am not sure")
    bot.text(unsure, "peace is good, but not if ukraine lose land. and america is not police of world")
    [row] = rows_of(bot, unsure)
    assert row.stance == "unsure"


def test_round_29_an_answer_named_with_its_words_and_a_yes_that_opens_another_questions_view(bot):
    # Round 29's forty-first tester: "change my answer to the China question: ..." rewrote the latest answer;
    # "yeah europe should step up" at the concessions question was saved there as agreeing; "For the record,
    # my view on the elections question: no, ..." opened that question and lost the words
    reader = new_reader()
    bot.text(reader, "i think the shift is a disgrace, putin invaded ukraine")
    bot.text(reader, "he broke every deal since 2014")
    bot.text(reader, "change my answer to the China question: I think no, not worth it")
    rows = {r.prompt_id: r for r in rows_of(bot, reader)}
    assert rows["russia_shift"].opinion == "i think the shift is a disgrace, putin invaded ukraine"
    assert rows["china_focus"].opinion == "I think no, not worth it" and rows["china_focus"].stance == "disagree"
    other = new_reader()
    bot.text(other, "For the record, my view on the elections question: no, you cannot hold free elections under "
                    "martial law with millions displaced. Disagree.")
    [row] = rows_of(bot, other)
    assert (row.prompt_id, row.stance) == ("wartime_elections", "disagree")
    assert row.opinion.startswith("no, you cannot hold free elections")
    europe = new_reader()
    bot.text(europe, "i want to answer the concessions question")
    bot.text(europe, "yeah europe should step up. they've relied on us too long")
    assert [(r.prompt_id, r.stance) for r in rows_of(bot, europe)] == [("europe_response", "agree")]


def test_round_29_a_view_given_when_asked_for_it_is_kept_and_not_asked_again(bot):
    # Round 29's forty-second tester: after "By the way, I'd like to hear what you think too." a view only opened
    # the general question ("My view is nuanced ... So I'm genuinely torn."); "Mixed, as I said." or "i just
    # wrote it above?" was then saved as the answer; "ok here's my actual opinion. ..." with nothing saved got
    # "There's no saved answer to change yet"
    reader = new_reader()
    for question in ("who is kori schake", "who is wallander", "what is a sphere of influence"):
        offered = bot.text(reader, question)
    assert "I'd like to hear what you think" in offered
    bot.text(reader, "My view is nuanced. The realist case for burden-shifting to Europe has merit and Europe has "
                     "free-ridden for decades. But rewarding territorial conquest sets a precedent that Beijing will "
                     "note re Taiwan. So I'm genuinely torn.")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance) == ("russia_shift", "mixed") and row.opinion.startswith("My view is nuanced")
    actual = new_reader()
    bot.text(actual, "ok here's my actual opinion. trump is doing the right thing, ending a war we have no business "
                     "in. 20 years army, i've seen enough forever wars")
    [row] = rows_of(bot, actual)
    assert (row.prompt_id, row.stance) == ("russia_shift", "agree") and row.opinion.startswith("trump is doing")


def test_round_29_a_reason_that_concludes_the_other_way_and_should_spelt_shud(bot):
    # Round 29's forty-third tester: "i agree with europe lol" at the China question, then "europe says dont abandon
    # allies, so no its not worth it" at the probe, was saved as agreeing; my own trial: "my view: europe shud pay
    # for its own defence, ..." was asked where the reader stands
    reader = new_reader()
    bot.text(reader, "i want to answer the china question")
    bot.text(reader, "i agree with europe lol")
    bot.text(reader, "europe says dont abandon allies, so no its not worth it")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance) == ("china_focus", "disagree")
    other = new_reader()
    saved = bot.text(other, "my view: europe shud pay for its own defence, we carried them for decades")
    assert "Where do you stand" not in saved
    [row] = rows_of(bot, other)
    assert (row.prompt_id, row.stance) == ("europe_response", "agree")


def test_round_30_a_view_said_with_saving_turned_back_on_is_kept(bot):
    # Round 30's forty-fourth tester: "actually she's fine with it. save my answers again. I support the pivot,
    # endless wars have to stop" after opting out was refused ("You asked me not to save ..."; the "stop" in the
    # view read as a wish), and the view said again opened the question and lost its reason
    reader = new_reader()
    bot.text(reader, "who is lavrov")
    bot.text(reader, "dont save my answers")
    kept = bot.text(reader, "actually she's fine with it. save my answers again. I support the pivot, endless wars have to stop")
    assert "save your answers again" in kept and "Where do you stand" not in kept
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance, row.reason) == ("russia_shift", "agree", "endless wars have to stop")


def test_round_30_another_question_asked_for_in_other_words_and_one_answer_deleted_by_two_names(bot):
    # Round 30's forty-fourth tester: "something else, not that one" at the general question was saved as its
    # answer; "the first one is garbage. remove the russia shift one, keep elections" said "deleted" twice
    reader = new_reader()
    bot.text(reader, "ok give me a discussion question")
    other = bot.text(reader, "something else, not that one")
    assert "What makes you say that" not in other and not rows_of(bot, reader)
    bot.text(reader, "skip")
    bot.text(reader, "ok the general question then")
    bot.text(reader, "its a betrayal, ukraine fought for its sovereignty")
    bot.text(reader, "no")
    bot.text(reader, "the elections question")
    bot.text(reader, "no, you cant hold a fair vote in a war, half the men are at the front")
    assert {r.prompt_id for r in rows_of(bot, reader)} == {"russia_shift", "wartime_elections"}
    deleted = bot.text(reader, "the first one is garbage. remove the russia shift one, keep elections")
    assert deleted.count("deleted") == 1
    assert [r.prompt_id for r in rows_of(bot, reader)] == ["wartime_elections"]


def test_round_30_a_text_moved_with_its_stance_and_a_named_answers_stance_changed_with_why(bot):
    # Round 30's forty-fourth tester: "Please move the Europe text to the Europe defense question, with agree. Danke."
    # saved the request as the Europe answer; "Hmm, on the Europe one, since I don't want the US to leave, I'm
    # probably more in between." got "You've already answered that one"
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "Europe must be more strong. We were lazy since 1990, Europe depend too much on America.")
    [row] = rows_of(bot, reader)
    assert row.prompt_id == "russia_shift"
    bot.text(reader, "Please move the Europe text to the Europe defense question, with agree. Danke.")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance) == ("europe_response", "agree")
    assert "Please move" not in row.opinion and "We were lazy" in row.opinion
    changed = bot.text(reader, "Hmm, on the Europe one, since I don't want the US to leave, I'm probably more in between.")
    assert "already answered" not in changed
    [row] = rows_of(bot, reader)
    assert row.stance == "mixed" and "in between" in f"{row.opinion} {row.reason}"


def test_round_30_a_question_instead_of_a_view_a_complaint_with_a_stance_and_an_answer_never_given(bot):
    # Round 30's forty-fifth tester: "i dont want to giv opinion i want to kno wat from within meens" at the question
    # was saved as its answer; "thats not right tho, i said leaning yes. i'm more on the agree side, fix it" was
    # added to the answer as words; "the reason is: ..." after a remark opened the Europe question, and "no?? i
    # didnt answer that question" there was saved as a no
    reader = new_reader()
    bot.text(reader, "share my view")
    stopped = bot.text(reader, "i dont want to giv opinion i want to kno wat from within meens")
    assert "from within" in stopped and not rows_of(bot, reader)
    bot.text(reader, "share my view")
    bot.text(reader, "Its not great but i can see why he does it. the war has to end somehow and europe has been freeloading")
    bot.text(reader, "mixed")
    bot.text(reader, "thats not right tho, i said leaning yes. i'm more on the agree side, fix it")
    [row] = rows_of(bot, reader)
    assert row.stance == "agree" and "not right" not in row.opinion
    bot.text(reader, "ugh now the reason is my complaint lol. the reason is: the war has to end somehow and europe has been freeloading")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.reason) == ("russia_shift", "the war has to end somehow and europe has been freeloading")


def test_round_31_words_cut_stances_and_reasons_given_to_an_answer_named_by_its_place(bot):
    # Round 31's forty-seventh tester: "For the second one, remove 'in effect.' from the start." deleted the whole
    # answer; "For the first one, my stance is disagree." at the China question was saved as its answer; "for my first
    # answer can you also add that ..." was lost
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "Ok. i like it. america first. europe has to grow up")
    bot.text(reader, "agree")
    bot.text(reader, "the china one: No. Is not worth. If Russia win in Ukraine, next is maybe Baltic or us.")
    first, second = rows_of(bot, reader)
    assert (first.prompt_id, second.prompt_id) == ("russia_shift", "china_focus")
    bot.text(reader, "First one please remove the word Ok, is not part of my opinion. Just keep the rest.")
    bot.text(reader, "For the second one, remove 'Is not worth.' from the start.")
    first, second = rows_of(bot, reader)
    assert first.opinion.startswith("i like it") and "europe has to grow up" in first.opinion
    assert second.opinion.startswith("No. If Russia win") and second.stance == "disagree"
    bot.text(reader, "share my view")  # (another question is open)
    bot.text(reader, "For the first one, my stance is disagree.")
    bot.text(reader, "for my first answer can you also add that it hurts trust with allies")
    first, second = rows_of(bot, reader)
    assert first.stance == "disagree" and "hurts trust with allies" in first.reason
    assert "my stance" not in second.opinion and "hurts trust" not in second.opinion
    assert len(rows_of(bot, reader)) == 2
    bot.text(reader, "ok good. leaving now")
    assert len(rows_of(bot, reader)) == 2


def test_round_31_an_answer_said_with_thanks_and_goodbye_and_a_stance_marked_with_a_remark(bot):
    # Round 31's forty-seventh tester: "Ukraine could not avoid. Russia attack anyway. Thank you, goodbye" was saved
    # with the thanks, no stance and no reason; "Actually just mark that as mixed, the 'not forced' part matters to
    # me" added the request to the answer and made the remark its reason
    reader = new_reader()
    bot.text(reader, "i wanna answer the one about concessions")
    bot.text(reader, "Ukraine could not avoid. Russia attack anyway. Thank you, goodbye")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance, row.reason) == ("ukraine_deal", "disagree", "Russia attack anyway")
    assert "Thank you" not in row.opinion
    other = new_reader()
    bot.text(other, "I'll answer the Europe one. Yes, they should spend more, but slowly and in coordination with "
                    "the US, not because they're forced.")
    bot.text(other, "Actually just mark that as mixed, the 'not forced' part matters to me")
    [row] = rows_of(bot, other)
    assert (row.prompt_id, row.stance) == ("europe_response", "mixed")
    assert "mark that" not in row.opinion and "in coordination" in row.opinion


def test_round_31_the_forty_eighth_testers_stances_moves_and_a_change_with_a_deletion(bot):
    # Round 31's forty-eighth tester: "yeah thats weak of him. putin cant be trusted at all" was saved as agreeing that
    # Putin can be trusted; "can that go under the europe defence question instead, as agree" moved nothing;
    # "... change my 80 years answer to mixed. delete the russia shift one" deleted both answers
    reader = new_reader()
    bot.text(reader, "does trump criticize putin at all in it")
    bot.text(reader, "yeah thats weak of him. putin cant be trusted at all, he'll break it in a year")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance) == ("negotiating_with_adversary", "disagree")
    other = new_reader()
    bot.text(other, "share my view")
    bot.text(other, "i think europe has been freeloading for decades tbh. germany barely spends on its army")
    bot.text(other, "unsure")
    bot.text(other, "can that go under the europe defence question instead, as agree")
    [row] = rows_of(bot, other)
    assert (row.prompt_id, row.stance) == ("europe_response", "agree")
    third = new_reader()
    saved = bot.text(third, "the 80 years one: it's a mistake, alliances need predictability")
    assert "What makes you say that?" not in saved  # (the reason after the verdict is kept)
    bot.text(third, "the main question: it's a betrayal of our allies")  # (at "What makes you say that?" another question)
    assert {row.prompt_id for row in rows_of(bot, third)} == {"eighty_years", "russia_shift"}
    assert next(row for row in rows_of(bot, third) if row.prompt_id == "eighty_years").reason == "alliances need predictability"
    bot.text(third, "the first one is wrong. i wasnt answering the russia shift question, i meant change my 80 years answer "
                    "to mixed. delete the russia shift one")
    [row] = rows_of(bot, third)
    assert (row.prompt_id, row.stance) == ("eighty_years", "mixed")


def test_round_31_a_question_named_with_its_answer_and_a_part_for_another_question(bot):
    # Round 31's forty-seventh tester: "the one about elections. <view> ... Also, on Putin - no, he can't be trusted,
    # look at Minsk." kept the Putin sentence in the elections answer, and the Putin question had none
    reader = new_reader()
    bot.text(reader, "the one about elections. I think it's absurd to demand elections in a country under martial law "
                     "with millions displaced. Also, on Putin - no, he can't be trusted, look at Minsk.")
    rows = {row.prompt_id: row for row in rows_of(bot, reader)}
    assert set(rows) == {"wartime_elections", "negotiating_with_adversary"}
    assert "Putin" not in rows["wartime_elections"].opinion and "martial law" in rows["wartime_elections"].opinion
    assert rows["negotiating_with_adversary"].stance == "disagree" and "Minsk" in rows["negotiating_with_adversary"].opinion


def test_round_31_a_bare_ya_against_the_readers_own_verdict_is_asked_about(bot):
    # Round 31's forty-ninth tester: "ya" at "Where do you stand on this: the shift towards Russia is the right
    # policy?" after the answer "bad" was saved as agree
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "bad")
    bot.text(reader, "allies matter")
    asked = bot.text(reader, "ya")
    assert "Just to be sure" in asked
    assert all(row.stance != "agree" for row in rows_of(bot, reader))
    bot.text(reader, "disagree")
    [row] = rows_of(bot, reader)
    assert row.stance == "disagree"


def test_round_32_a_stance_put_right_keeps_the_reason_and_an_obviously_stays_a_no(bot):
    # Round 32's fiftieth tester: "no i said yeah, thats agree not mixed" and "its wrong. i said disagree. change it
    # back to disagree" became the answer's reason; "they shouldnt have to. obviously" was saved as agree
    reader = new_reader()
    bot.text(reader, "can i answr the question about trusting putin")
    bot.text(reader, "no way. he broke every deal since 2014")
    bot.text(reader, "ok well i still dont trust him but maybe im being harsh. make it mixed")
    [row] = rows_of(bot, reader)
    assert row.stance == "mixed"
    bot.text(reader, "no thats not mixed, thats disagree. read it again")
    [row] = rows_of(bot, reader)
    assert row.stance == "disagree" and "read it again" not in row.opinion and "read it again" not in (row.reason or "")
    assert "broke every deal" in row.opinion
    other = new_reader()
    bot.text(other, "is there a question about the elections thing? i have thoughts")
    bot.text(other, "elections in wartime are impossible, half the country is occupied or at the front. trump knows that")
    bot.text(other, "they shouldnt have to. obviously")
    [row] = rows_of(bot, other)
    assert (row.prompt_id, row.stance) == ("wartime_elections", "disagree")
    bot.text(other, "ugh this is a mess. just wipe everything you have on me")
    assert rows_of(bot, other) == []


def test_round_32_the_one_saved_before_an_opt_out_deleted_and_a_wrong_reason_replaced(bot):
    # Round 32's fiftieth tester: "yeah get rid of the one u saved too" after "dont save my stuff" deleted nothing;
    # "the reason is wrong, its because ..." was added to the old reason
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "i think its a reasonable gamble. wars end with deals, not with everyone fighting forever")
    bot.text(reader, "agree mostly")
    assert len(rows_of(bot, reader)) == 1
    bot.text(reader, "wait actually dont save my stuff. im not comfortable")
    bot.text(reader, "yeah get rid of the one u saved too")
    assert rows_of(bot, reader) == []
    other = new_reader()
    bot.text(other, "share my view")
    bot.text(other, "lol skip again")
    assert rows_of(bot, other) == []
    bot.text(other, "hmm i dont really know enough to say, it's complicated")
    bot.text(other, "unsure")
    bot.text(other, "the reason is wrong, its because europe is being pushed aside by trump")
    [row] = rows_of(bot, other)
    assert row.reason == "europe is being pushed aside by trump"


def test_round_32_the_first_answer_given_its_stance_and_moved_in_one_message(bot):
    # Round 32's fiftieth tester: "the first one has no stance?? its disagree. and can u move it to the china
    # question" moved the last answer (about elections) to China and left the first with no stance
    reader = new_reader()
    bot.text(reader, "hey can i answer one of your discussion questions")
    bot.text(reader, "i think the us should stay with its allies, period")
    bot.text(reader, "bc allies are the only thing that keeps russia in check")
    bot.text(reader, "another")
    bot.text(reader, "the elections one. zelensky should be allowed to stay without elections during a war, "
                     "thats crazy to ask")
    bot.text(reader, "disagree obviously")
    rows = {row.prompt_id: row for row in rows_of(bot, reader)}
    assert set(rows) == {"russia_shift", "wartime_elections"}
    bot.text(reader, "the first one has no stance?? its disagree. and can u move it to the china question, "
                     "thats what i meant it for")
    rows = {row.prompt_id: row for row in rows_of(bot, reader)}
    assert set(rows) == {"china_focus", "wartime_elections"}
    assert rows["china_focus"].stance == "disagree" and "allies" in rows["china_focus"].opinion
    assert "elections" in rows["wartime_elections"].opinion


def test_round_32_fifty_first_testers_stances_deletions_and_a_question_at_the_probe(bot):
    # Round 32's fifty-first tester: "ya fair. i think ukraine shouldnt hav to do elections in a war thats nuts"
    # was saved as agree; "delete all of it and stop saving" only stopped saving; "Please delete it, and set my
    # answer on the pivot to mixed" deleted both; "I'd put that as disagree rather than mixed" added words
    reader = new_reader()
    bot.text(reader, "wat did trump say abt zelenksy n electoins")
    bot.text(reader, "ya fair. i think ukraine shouldnt hav to do elections in a war thats nuts")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance) == ("wartime_elections", "disagree")
    bot.text(reader, "hm ok. my gf says i shouldnt have my views stored anywhere lol. delete all of it and stop saving")
    assert rows_of(bot, reader) == []
    other = new_reader()
    bot.text(other, "share my view")
    bot.text(other, "I think it's short-sighted: abandoning allies costs more than it saves")
    bot.text(other, "unsure")
    bot.text(other, "another question")
    bot.text(other, "Also, Kyiv was not at the table at all, which is the real scandal here")
    bot.text(other, "That was not an answer to the China question. Please delete it, and set my answer on the pivot to mixed.")
    [row] = rows_of(bot, other)
    assert (row.prompt_id, row.stance) == ("russia_shift", "mixed")
    bot.text(other, "I'd put that as disagree rather than mixed - I don't think it's a mistake.")
    [row] = rows_of(bot, other)
    assert row.stance == "disagree" and "rather than" not in row.opinion
    third = new_reader()
    bot.text(third, "trump says we started it. this is lie")
    asked = bot.text(third, "does the article agree with trump or with us")
    assert "From the article" in asked
    assert all("does the article" not in f"{row.opinion} {row.reason or ''}" for row in rows_of(bot, third))


def test_round_32_the_one_named_deleted_not_the_last_and_everything_wiped(bot):
    # Round 32's fifty-second tester: "please forget what I said about China" deleted the main question's answer;
    # "ok actually wipe all my stuff" was saved as a reason
    reader = new_reader()
    bot.text(reader, "I'd like to share a view on the China question.")
    bot.text(reader, "Not worth it. Russia is a declining power and China will not be split from it by a deal.")
    bot.text(reader, "Fine. Next discussion question please.")
    bot.text(reader, "I think it is a mistake, allies matter more than any deal with Moscow")
    assert {row.prompt_id for row in rows_of(bot, reader)} == {"china_focus", "russia_shift"}
    bot.text(reader, "Hmm, on second thought, please forget what I said about China. I'm not comfortable with that one "
                     "being recorded.")
    assert [row.prompt_id for row in rows_of(bot, reader)] == ["russia_shift"]
    bot.text(reader, "ok actually wipe all my stuff, changed my mind about sharing")
    assert rows_of(bot, reader) == []


def test_round_32_fifty_third_testers_stance_and_reason_put_right(bot):
    # Round 32's fifty-third tester: "no wait, thats more mixed than unsure. mixed" kept unsure; "Actually, change my
    # reason to: ..." was added to the answer's words
    reader = new_reader()
    bot.text(reader, "can we do the one about trusting putin instead")
    bot.text(reader, "nope, never. he signed the budapest memorandum and then invaded anyway. wallander is right")
    bot.text(reader, "hm ok. actually make it unsure")
    bot.text(reader, "no wait, thats more mixed than unsure. mixed")
    [row] = rows_of(bot, reader)
    assert row.stance == "mixed"
    bot.text(reader, "Actually, change my reason to: Russia has repeatedly broken ceasefires, so any deal needs enforcement.")
    [row] = rows_of(bot, reader)
    assert row.reason.startswith("Russia has repeatedly broken ceasefires") and "change my reason" not in row.opinion


def test_round_32_a_question_named_by_its_topic_alone_then_answered(bot):
    # Round 32's fifty-third tester: "the pivot. its bad. putin lies" was filed under the Putin question
    reader = new_reader()
    bot.text(reader, "the pivot. its bad. putin lies")
    rows = rows_of(bot, reader)
    assert [(row.prompt_id, row.stance) for row in rows] == [("russia_shift", "disagree")]


def test_round_32_siding_with_trump_at_the_eighty_years_question_is_no_mistake(bot):
    # Round 32's fifty-fourth tester: "I fully agree with Trump on this, ..." at "breaking with 80 years of policy is
    # a mistake" was saved as agreeing it is a mistake - the opposite
    reader = new_reader()
    bot.text(reader, "ok fine. ask me the 80 years one")
    bot.text(reader, "Honestly I fully agree with Trump on this, we've been paying for Europe's defense for 80 years")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance) == ("eighty_years", "disagree")


def test_round_33_a_changed_mind_replaces_the_view_and_a_change_request_is_no_part_of_it(bot):
    # Round 33's fifty-fifth tester: "i changed my mind, i think they shouldnt have to. put me down as disagree" kept
    # "yeah they should" under disagree; "hmm actually change that to mixed, ukraine still matters" put the request
    # into the answer's words
    reader = new_reader()
    bot.text(reader, "elections one")
    bot.text(reader, "yeah they should, democracy matters")
    bot.text(reader, "because people need a say")
    bot.text(reader, "yeah idk i changed my mind, i think they shouldnt have to. put me down as disagree")
    [row] = rows_of(bot, reader)
    assert (row.stance, row.opinion, row.reason) == ("disagree", "i think they shouldnt have to.", None)
    bot.text(reader, "china one")
    bot.text(reader, "yeah probably. china is the bigger long term problem and we cant do everything")
    bot.text(reader, "hmm actually change that to mixed, ukraine still matters")
    china = next(row for row in rows_of(bot, reader) if row.prompt_id == "china_focus")
    assert china.stance == "mixed" and "change that" not in f"{china.opinion} {china.reason}"
    bot.text(reader, "more like unsure than mixed tbh")
    china = next(row for row in rows_of(bot, reader) if row.prompt_id == "china_focus")
    assert china.stance == "unsure"


def test_round_33_an_answer_named_by_its_topic_is_the_one_edited_and_stop_saving_deletes_too(bot):
    # Round 33's fifty-fifth tester: "change my stance on the russia one to disagree" answered from the article;
    # "stop saving and delete what i said" did neither
    reader = new_reader()
    bot.text(reader, "the russia one")
    bot.text(reader, "siding with putin is gross")
    bot.text(reader, "disagree")
    bot.text(reader, "europe one")
    bot.text(reader, "yes they should pay more, theyre rich")
    bot.text(reader, "agree")
    bot.text(reader, "change my stance on the russia one to mixed")
    assert {row.prompt_id: row.stance for row in rows_of(bot, reader)} == {"russia_shift": "mixed", "europe_response": "agree"}
    bot.text(reader, "and for the russia one change my answer to: its complicated honestly. and make that unsure")
    shift = next(row for row in rows_of(bot, reader) if row.prompt_id == "russia_shift")
    assert (shift.opinion, shift.stance) == ("its complicated honestly", "unsure")
    replies = bot.text(reader, "nah i dont like that. stop saving and delete what i said")
    assert rows_of(bot, reader) == [] and "stay until" not in replies
    bot.text(reader, "the china one")
    bot.text(reader, "not worth it, ukraine matters more")
    assert rows_of(bot, reader) == []


def test_round_33_answers_named_by_place_or_topic_are_added_to_moved_and_deleted(bot):
    # Round 33's fifty-sixth tester: "and in first answer add: ..." made a new Europe answer; "the europe defense
    # point is saved under china, can you move it to a europe question" moved the latest answer; "delete the new
    # one" deleted another
    reader = new_reader()
    bot.text(reader, "the russia one")
    bot.text(reader, "trump is repeating the same mistake with ukraine")
    bot.text(reader, "disagree")
    bot.text(reader, "china one")
    bot.text(reader, "no. europe absolutely should spend more on its own defense")
    bot.text(reader, "because they are rich")
    bot.text(reader, "and in first answer add: Europe must defend self now")
    first = next(row for row in rows_of(bot, reader) if row.prompt_id == "russia_shift")
    assert first.opinion.endswith("Europe must defend self now") and len(rows_of(bot, reader)) == 2
    bot.text(reader, "and the europe defense point is saved under china, can you move it to a europe question if there is one")
    assert sorted(row.prompt_id for row in rows_of(bot, reader)) == ["europe_response", "russia_shift"]
    bot.text(reader, "now delete the one under the general question about the shift")
    assert [row.prompt_id for row in rows_of(bot, reader)] == ["europe_response"]


def test_round_33_asking_for_another_question_is_no_answer(bot):
    # Round 33's fifty-sixth tester: "do you have a different question? i dont have a take on the general one" and
    # "Could you perhaps ask a narrower one?" were saved as answers
    reader = new_reader()
    bot.text(reader, "share my view")
    reply = bot.text(reader, "do you have a different question? i dont have a take on the general one")
    assert rows_of(bot, reader) == [] and "China" in reply
    assert "Mixed" in bot.text(reader, "whats the difference between mixed and unsure here")


def test_round_33_the_answer_meant_is_kept_and_the_stance_changed_whatever_the_model_says(bot):
    # Round 33's fifty-seventh tester: "that wasnt my answer, that was my question lol. my answer is: ..." deleted
    # the answer; "Please change my stance to mixed." (the model says share_opinion) opened another question
    reader = new_reader()
    bot.text(reader, "china one")
    bot.text(reader, "would it even work tho? like would russia actually drop china")
    bot.text(reader, "disagree")
    bot.text(reader, "that wasnt my answer, that was my question lol. my answer is: probably not worth it, russia wont ditch china")
    [row] = rows_of(bot, reader)
    assert row.opinion == "probably not worth it, russia wont ditch china" and row.stance == "disagree"
    bot.text(reader, "Please change my stance to mixed.")
    [row] = rows_of(bot, reader)
    assert row.stance == "mixed"


def test_round_33_a_saved_answer_said_to_be_backwards_is_turned(bot):
    # Round 33's fifty-seventh tester: "I'm afraid that is not quite right. I did not say I agree with the shift. My
    # position is mixed at best." was added to the answer; the stance stayed agree
    reader = new_reader()
    bot.text(reader, "the russia one")
    bot.text(reader, "talking to russia is fine, presidents have always done it")
    bot.text(reader, "agree")
    bot.text(reader, "I'm afraid that is not quite right. I did not say I agree with the shift. My position is mixed at best.")
    [row] = rows_of(bot, reader)
    assert row.stance == "mixed"


def test_round_33_a_goodbye_after_thanks_is_no_answer_and_opens_no_question(bot):
    # Round 33's fifty-eighth tester: "No, that will be all. Thank you for the pleasant conversation." opened another
    # question, and "I said no thank you. Goodbye." was saved as its answer; "No, sorry, I am going now. Goodbye!"
    # was saved as disagreeing
    reader = new_reader()
    bot.text(reader, "china one")
    bot.text(reader, "not worth it, we lose our allies")
    reply = bot.text(reader, "No, that will be all. Thank you for the pleasant conversation.")
    assert "Bye" in reply and "?" not in reply
    bot.text(reader, "the elections one")
    bot.text(reader, "No, sorry, I am going now. Goodbye!")
    assert [row.prompt_id for row in rows_of(bot, reader)] == ["china_focus"]


def test_round_34_a_greeting_then_a_question_is_no_answer_and_giving_up_saves_nothing(bot):
    # Round 34's fifty-ninth tester: "Good morning. I read the piece with great interest. I wonder whether ...?" was
    # answered and its first sentences saved as an answer; "Never mind. I give up on that. Tschüss." was saved as one
    reader = new_reader()
    reply = bot.text(reader, "Good morning. I read the piece with great interest. I wonder whether the article explains "
                             "why Trump believes Europe is a burden for the United States?")
    assert "rising threat from China" in reply and "What makes you say that" not in reply
    bot.text(reader, "the china one")
    reply = bot.text(reader, "Never mind. I give up on that. Tschüss.")
    assert rows_of(bot, reader) == [] and "?" not in reply


def test_round_34_changes_asked_in_the_readers_words_change_the_answer_meant(bot):
    # Round 34's fifty-ninth tester: "no, i mean change my earlier answer, i'm mixed on it now" at the next question was
    # saved as its answer; "That last one isn't mixed - I disagree ..." opened another question; "thinking again
    # about the first answer on Europe - maybe mixed. ..." went into the latest answer; "remove the phrase '...'
    # from my answer? It is not part of my opinion." told how to say it
    reader = new_reader()
    bot.text(reader, "the russia one")
    bot.text(reader, "talking to russia is fine, presidents always did")
    bot.text(reader, "agree")
    bot.text(reader, "another question")
    reply = bot.text(reader, "no, i mean change my earlier answer, i'm mixed on it now")
    assert [(row.prompt_id, row.stance) for row in rows_of(bot, reader)] == [("russia_shift", "mixed")], reply
    bot.text(reader, "europe one")
    bot.text(reader, "Very well. Now, I would like to offer my opinion, if I may. Europe should pay for its own defense.")
    bot.text(reader, "agree")
    europe = next(row for row in rows_of(bot, reader) if row.prompt_id == "europe_response")
    assert europe.opinion == "Europe should pay for its own defense."
    bot.text(reader, "That last one isn't agree - I disagree. They can't do it alone.")
    assert {row.prompt_id: row.stance for row in rows_of(bot, reader)} == {"russia_shift": "mixed", "europe_response": "disagree"}
    bot.text(reader, "Hmm, thinking again about the first answer on Russia - maybe unsure. Putin might not keep any deal though.")
    shift = next(row for row in rows_of(bot, reader) if row.prompt_id == "russia_shift")
    assert shift.stance == "unsure" and shift.opinion.endswith("Putin might not keep any deal though.")
    bot.text(reader, "Also, could you remove the phrase 'presidents always did' from that answer? It is not part of my opinion.")
    shift = next(row for row in rows_of(bot, reader) if row.prompt_id == "russia_shift")
    assert "presidents always did" not in shift.opinion and len(rows_of(bot, reader)) == 2


def test_round_34_an_answer_said_to_be_for_another_question_is_moved_not_saved_as_disagreeing(bot):
    # Round 34's fifty-ninth tester: "No, I wasn't talking about China really, ... I meant the Russia shift in
    # general." at the stance question saved the view under China as disagreeing
    reader = new_reader()
    bot.text(reader, "the china one")
    bot.text(reader, "Every president talks to adversaries. Nixon went to China. Talking to Putin isn't betrayal.")
    bot.text(reader, "No, I wasn't talking about China really, that was just an example. I meant the Russia shift in general.")
    assert [(row.prompt_id, row.stance) for row in rows_of(bot, reader)] in ([("russia_shift", None)], [])
    bot.text(reader, "agree")
    assert [(row.prompt_id, row.stance) for row in rows_of(bot, reader)] == [("russia_shift", "agree")]
    bot.text(reader, "and no save more please")
    bot.text(reader, "the elections one")
    bot.text(reader, "no, you cannot vote under bombs")
    assert [row.prompt_id for row in rows_of(bot, reader)] == ["russia_shift"]


def test_round_34_a_privacy_request_after_a_remark_deletes_and_one_answer_is_deleted_by_topic(bot):
    # Round 34's sixtieth tester: "Hmm actually, I'm not comfortable having this stored. Can you delete everything I
    # said?" deleted nothing; "On second thought, I'd rather not have my China answer on record. Please delete just
    # that one." got a passage about China; "nah im good. peace" at a question was saved as disagreeing
    reader = new_reader()
    bot.text(reader, "the china one")
    bot.text(reader, "yes, china is the bigger threat long term")
    bot.text(reader, "agree")
    bot.text(reader, "the europe one")
    bot.text(reader, "yes they are rich enough to defend themselves")
    bot.text(reader, "agree")
    bot.text(reader, "On second thought, I'd rather not have my China answer on record. Please delete just that one.")
    assert [row.prompt_id for row in rows_of(bot, reader)] == ["europe_response"]
    bot.text(reader, "the elections one")
    reply = bot.text(reader, "nah im good. peace")
    assert [row.prompt_id for row in rows_of(bot, reader)] == ["europe_response"] and "?" not in reply
    bot.text(reader, "Hmm actually, I'm not comfortable having this stored. Can you delete everything I said?")
    assert rows_of(bot, reader) == []
    reply = bot.text(reader, "And don't save anything else please")
    assert "stay until" not in reply


def test_round_34_edits_asked_politely_after_a_remark_change_the_answer_named(bot):
    # Round 34's sixty-first tester: "ok i was a bit heated earlier. can u change my first answer to: ..." got a
    # passage from the article; "Earlier you said you changed my first answer to 'unsure'. That is not correct; I
    # disagree ..." set it to unsure again; "No, about Europe please. ..." at the China question was saved there as
    # disagreeing
    reader = new_reader()
    bot.text(reader, "the russia one")
    bot.text(reader, "ugh this is so bad, trump is a putin puppet, europe is on its own now lol")
    bot.text(reader, "disagree")
    bot.text(reader, "the china one")
    reply = bot.text(reader, "No, about Europe please. I think Europe must defend itself now and not wait for America.")
    assert "china_focus" not in [row.prompt_id for row in rows_of(bot, reader)], reply
    bot.text(reader, "agree")
    bot.text(reader, "ok i was a bit heated earlier. can u change my first answer to: trump's pivot to putin betrays "
                     "ukraine and our allies")
    bot.text(reader, "Just a moment. Earlier you said you changed my first answer to 'unsure'. That is not correct; I "
                     "agree with the policy. Please set it back.")
    shift = next(row for row in rows_of(bot, reader) if row.prompt_id == "russia_shift")
    assert (shift.opinion, shift.stance) == ("trump's pivot to putin betrays ukraine and our allies", "agree")
    assert {row.prompt_id: row.stance for row in rows_of(bot, reader)}.get("europe_response") == "agree"


def test_round_35_an_answer_named_by_its_words_is_the_one_deleted(bot):
    # Round 35's sixty-third tester: "delete the second thing i said, the china one" (a view on China filed under the
    # general question) said there was none; "the one where i said china is the real threat. delete that" deleted the
    # latest answer instead; "why is the idk one there ... remove it" did the same
    reader = new_reader()
    bot.text(reader, "honestly trump is right, ukraine shoulda made a deal years ago and saved lives")
    bot.text(reader, "agree")
    bot.text(reader, "another one")
    bot.text(reader, "its smart. china is the real threat not russia, why waste money on europe")
    assert sorted(row.prompt_id for row in rows_of(bot, reader)) == ["russia_shift", "ukraine_deal"]
    bot.text(reader, "fair. delete the second thing i said, the china one")
    assert [row.prompt_id for row in rows_of(bot, reader)] == ["ukraine_deal"]
    other = new_reader()
    bot.text(other, "the russia one")
    bot.text(other, "idk tbh")
    bot.text(other, "the china one")
    bot.text(other, "no its not worth it, ukraine matters")
    bot.text(other, "disagree")
    bot.text(other, "the elections one")
    bot.text(other, "no way, not under bombs")
    bot.text(other, "disagree")
    bot.text(other, "the one where i said not worth it. delete that")
    assert sorted(row.prompt_id for row in rows_of(bot, other)) == ["russia_shift", "wartime_elections"]
    bot.text(other, "why is the idk one there i skipped it. remove it")
    assert [row.prompt_id for row in rows_of(bot, other)] == ["wartime_elections"]


def test_round_35_a_question_kept_as_the_answer_goes_when_the_reader_says_so(bot):
    # Round 35's sixty-third tester: "Is China really more dangerous than Russia for America?" at the China question was
    # kept as the answer; "No, I am asking you. What does article say about China?" was answered and the reason asked
    # again; her answer then went in as the reason, the question staying the answer
    reader = new_reader()
    bot.text(reader, "the china one")
    reply = bot.text(reader, "Is China really more dangerous than Russia for America?")
    assert rows_of(bot, reader) == [] and "What makes you say that" not in reply
    other = new_reader()
    bot.text(other, "the china one")
    bot.text(other, "china more dangerous than russia for america")
    reply = bot.text(other, "No, I am asking you. What does article say about China?")
    assert rows_of(bot, other) == [] and "China" in reply and "What makes you say that" not in reply
    bot.text(other, "I think it is not worth, because if Russia wins in Ukraine, China will see that aggression works.")
    [row] = rows_of(bot, other)
    assert row.prompt_id == "china_focus" and row.stance == "disagree" and "aggression works" in row.opinion


def test_round_35_a_dont_know_then_skip_saves_nothing(bot):
    # Round 35's sixty-third tester: "idk tbh", then "i dont follow politics much. skip" kept "idk tbh" as unsure
    reader = new_reader()
    bot.text(reader, "give me a discussion question")
    bot.text(reader, "idk tbh")
    bot.text(reader, "i dont follow politics much. skip")
    assert rows_of(bot, reader) == []
    bot.text(reader, "ok this one i get. no its not worth it, ukraine matters")
    [row] = rows_of(bot, reader)
    assert row.prompt_id == "china_focus" and row.stance == "disagree"


def test_round_35_what_was_kept_from_a_question_is_replaced_or_dropped(bot):
    # Round 35's sixty-fourth tester: "Would you trust Putin to keep a deal?" at the general question was kept as the
    # answer; "I asked you. Ok, I would not. He broke Minsk agreements already. So the shift is naive." was answered
    # from the article and "Disagree" then saved the question as the words; "never mind" kept such an answer
    reader = new_reader()
    bot.text(reader, "the russia one")
    bot.text(reader, "trump want be friend with putin")
    bot.text(reader, "I asked you. Ok, I would not. He broke Minsk agreements already. So the shift is naive.")
    bot.text(reader, "Disagree")
    [row] = rows_of(bot, reader)
    assert row.opinion.startswith("I would not.") and row.stance == "disagree"
    other = new_reader()
    bot.text(other, "the russia one")
    bot.text(other, "trump want be friend with putin?")
    reply = bot.text(other, "never mind")
    assert rows_of(bot, other) == [] and "kept" in reply and "Everything you said" not in reply


def test_round_35_an_opt_out_while_an_answer_is_open_keeps_that_answer_out(bot):
    # Round 35's sixty-sixth tester: "Hold on - don't save my answers. I'd rather keep this private." at the stance
    # question kept the view just given; "Wait, so what I just wrote is saved? What do you have?" got the article
    reader = new_reader()
    bot.text(reader, "the china one")
    bot.text(reader, "no, not worth it")
    bot.text(reader, "disagree")
    bot.text(reader, "another one")
    bot.text(reader, "Caution isn't the same as tough. I'd say the pivot is risky but not crazy - we can't fund Ukraine forever.")
    reply = bot.text(reader, "Hold on - don't save my answers. I'd rather keep this private.")
    assert "haven't kept what you just wrote" in reply
    assert [row.prompt_id for row in rows_of(bot, reader)] == ["china_focus"]
    assert "Here's what I've saved" in bot.text(reader, "Wait, so what I just wrote is saved? What do you have?")


def test_round_35_a_list_of_views_is_saved_under_each_question(bot):
    # Every round 35 tester: a list of views on three questions was saved as one answer to the general question
    reader = new_reader()
    reply = bot.text(reader, "ok heres my take on all of it. 1) ukraine couldnt have avoided the war, putin wanted it "
                             "regardless. 2) the election thing is dumb, you cant hold elections under martial law with "
                             "millions displaced. 3) the china argument kinda makes sense but not at the cost of europe")
    rows = {row.prompt_id: row for row in rows_of(bot, reader)}
    assert set(rows) == {"ukraine_deal", "wartime_elections", "china_focus"}, reply
    assert rows["wartime_elections"].opinion.startswith("the election thing is dumb") \
        and rows["ukraine_deal"].opinion.startswith("ukraine couldnt") and rows["china_focus"].opinion.startswith("the china argument")


def test_round_36_a_view_said_while_saving_was_off_is_asked_for_again_not_made_up(bot):
    # Round 36's sixty-seventh tester: opted out, gave a view, opted back in with "put the concessions one in", then
    # "so save the thing i said about concessions being garbage" - that request was saved as the answer. What is said
    # while saving is off is not kept (test_what_an_opted_out_reader_says_is_not_kept_in_the_stored_conversation): the
    # question is asked, and the words said again are saved
    reader = new_reader()
    bot.text(reader, "dont save my answers")
    bot.text(reader, "i still think the concessions idea is garbage, you dont reward an invader")
    bot.text(reader, "fair. whats spheres of influence mean in this context")
    reply = bot.text(reader, "ok whatever, save my answers, i changed my mind. put the concessions one in")
    assert "save your answers again" in reply and "nothing you say is kept while saving is off" in reply
    assert "Could Ukraine have avoided the war" in reply and rows_of(bot, reader) == []
    bot.text(reader, "the concessions idea is garbage, you dont reward an invader")
    [row] = rows_of(bot, reader)
    assert row.prompt_id == "ukraine_deal" and row.stance == "disagree" and row.opinion.startswith("the concessions idea")
    other = new_reader()
    bot.text(other, "dont save my answers")
    bot.text(other, "i still think the concessions idea is garbage, you dont reward an invader")
    bot.text(other, "save my answers")
    reply = bot.text(other, "so save the thing i said about concessions being garbage")
    assert rows_of(bot, other) == [] and "tell me again" in reply


def test_round_36_a_view_taken_for_a_question_is_saved_when_the_reader_says_so(bot):
    # Round 36's sixty-seventh tester: "trump is 100% right for once. why should we pay for europes defense forever" got
    # a hedged passage; "that wasnt a question lol, thats my opinion" then opened the general question afresh
    reader = new_reader()
    bot.text(reader, "trump is 100% right for once. why should we pay for europes defense forever")
    [row] = rows_of(bot, reader)
    assert row.stance == "agree" and row.reason == "why should we pay for europes defense forever"
    other = new_reader()
    bot.text(other, "does the article say what trump thinks of europe")
    bot.text(other, "trump is right, europe is freeloading on us and always has")
    bot.text(other, "that wasnt a question lol, thats my opinion")
    [row] = rows_of(bot, other)
    assert "freeloading" in row.opinion
    third = new_reader()
    bot.text(third, "trump is naive, putin cant be trusted lol")  # (kept as a view at once)
    assert "already" in bot.text(third, "that wasnt a question lol, thats my opinion")
    assert len(rows_of(bot, third)) == 1


def test_round_36_words_added_to_an_answer_said_the_long_way_round(bot):
    # Round 36's sixty-seventh tester: "I want to change my answer, please add that also I think Trump is naive about
    # Putin" opened the next question; "no, I mean my first answer. I want add to it: ..." was saved as its answer
    reader = new_reader()
    bot.text(reader, "For Poland this is very scary. We remember Yalta, after it we was under soviets 45 years")
    bot.text(reader, "Back to the article")
    bot.text(reader, "I want to change my answer, please add that also I think Trump is naive about Putin")
    bot.text(reader, "another question")
    bot.text(reader, "no, I mean my first answer. I want add to it: it rewards aggression")
    [row] = rows_of(bot, reader)
    assert row.prompt_id == "russia_shift" and row.opinion.endswith("/ I think Trump is naive about Putin / it rewards aggression")
    # "oof ok thats bad. change my thing to mixed": the stance, and no words of the remark
    bot.text(reader, "oof ok thats bad. change my thing to mixed")
    [row] = rows_of(bot, reader)
    assert row.stance == "mixed" and "oof" not in row.opinion


def test_round_36_a_view_after_idk_replaces_it(bot):
    # Round 36's sixty-seventh tester: "idk tbh", then why it is hard to call, was saved as "idk tbh / <the view>"
    reader = new_reader()
    bot.text(reader, "the concessions one")
    bot.text(reader, "idk tbh")
    bot.text(reader, "putin probably wouldve invaded anyway, he wanted the whole country")
    [row] = rows_of(bot, reader)
    assert row.opinion == "putin probably wouldve invaded anyway, he wanted the whole country" and row.stance == "disagree"


def test_round_36_a_view_put_as_a_question_and_argued_is_kept_on_thanks(bot):
    # Round 36's sixty-ninth tester: "isn't it just normal diplomacy though? nixon went to china", then why, then
    # "thanks" at the stance question dropped the answer ("nothing is kept from that question")
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "isn't it just normal diplomacy though? nixon went to china")
    bot.text(reader, "i just said, nixon went to china and that worked out")
    bot.text(reader, "thanks")
    [row] = rows_of(bot, reader)
    assert row.prompt_id == "russia_shift" and "nixon" in row.opinion


def test_round_36_quoted_words_taken_out_not_the_answer(bot):
    # Round 36's sixty-ninth tester: "can you fix my answer to say: ..." saved "say: ..."; "lol it says 'say:' at the
    # start now. remove that" then deleted the whole answer
    reader = new_reader()
    bot.text(reader, "i think its normal diplomacy")
    bot.text(reader, "because talking is better than war")
    bot.text(reader, "agree")
    bot.text(reader, "can you fix my answer to say: its normal diplomacy, nixon went to china and that worked out")
    [row] = rows_of(bot, reader)
    assert row.opinion == "its normal diplomacy, nixon went to china and that worked out"
    bot.text(reader, "lol it says 'nixon went to china and that worked out' at the end now. remove that")
    [row] = rows_of(bot, reader)
    assert row.opinion.startswith("its normal diplomacy")


def test_round_36_asking_to_save_earlier_words_is_never_the_answer(bot):
    # Round 36's review: "so save the thing i said about concessions being garbage" with a question open was read as
    # that question's answer, the request its words (the sixty-seventh tester's wrong row, at another step)
    reader = new_reader()
    bot.text(reader, "the concessions one")
    reply = bot.text(reader, "so save the thing i said about concessions being garbage")
    assert rows_of(bot, reader) == [] and "tell me again" in reply
    bot.text(reader, "no, you dont reward an invader")
    [row] = rows_of(bot, reader)
    assert row.prompt_id == "ukraine_deal" and row.stance == "disagree" and "save the thing" not in row.opinion


def test_round_37_a_reason_then_skip_keeps_the_reason_and_moves_on(bot):
    # Round 37's seventy-first tester: "idk china just seems bigger. skip" where the reason was asked dropped the reason
    # and left the question; then "i mean i dont wanna answer this one" after "nah" kept "nah" as a disagree
    reader = new_reader()
    bot.text(reader, "the china one")
    bot.text(reader, "ya probably")
    reply = bot.text(reader, "idk china just seems bigger. skip")
    assert "It's saved" in reply and "what are your thoughts on President Trump's foreign policy shift" in reply
    bot.text(reader, "nah")
    bot.text(reader, "i mean i dont wanna answer this one")
    [row] = rows_of(bot, reader)
    assert row.prompt_id == "china_focus" and row.stance == "agree" and row.reason == "china just seems bigger."


def test_round_37_new_words_for_an_answered_question_change_that_answer(bot):
    # Round 37's own trial: "the russia one: actually i now think its wrong, putin cant be trusted" at the China question
    # opened the Putin question and saved the whole message there
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "idk honestly, its complicated. europe should pay more but abandoning ukraine is wrong")
    bot.text(reader, "mixed i guess")
    bot.text(reader, "another question")
    bot.text(reader, "the russia one: actually i now think its wrong, putin cant be trusted")
    [row] = rows_of(bot, reader)
    assert row.prompt_id == "russia_shift" and row.stance == "disagree" and "putin cant be trusted" in row.opinion


def test_round_37_moves_and_edits_said_the_long_way_round(bot):
    # Round 37's seventy-first tester: "Please move my last answer to the Ukraine deal question instead, that fits better"
    # opened the China question; "No, I asked you to move ..." was then saved as the China answer; "can u fix that, my
    # opinion is just the part about ..." got a Wallander quote
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "Fair. I think it's a mistake. Russia broke every agreement since 2014, why would this time be different?")
    reply = bot.text(reader, "Please move my last answer to the Ukraine deal question instead, that fits better")
    assert "Moved" in reply
    [row] = rows_of(bot, reader)
    assert row.prompt_id == "ukraine_deal"
    other = new_reader()
    bot.text(other, "it does, 'trumps brutal pivot stands in stark contrast'. anyway my view: i think talking to russia is "
                    "better than endless war")
    [row] = rows_of(bot, other)
    assert row.opinion == "i think talking to russia is better than endless war" and row.stance == "agree"
    bot.text(other, "also its what most people want. europe should pay more")
    bot.text(other, "can u fix that, my opinion is just the part about talking to russia being better than endless war")
    [row] = rows_of(bot, other)
    assert row.opinion == "i think talking to russia is better than endless war"


def test_round_37_what_is_no_answer_leaves_no_row(bot):
    # Round 37's seventy-first tester: a reaction before a question, a delete said after a change of mind, and a bias
    # remark were saved as answers or misread
    reader = new_reader()
    bot.text(reader, "is it true trump said ukraine started the war??")
    reply = bot.text(reader, "wow thats insane. where did he say that")
    assert "Mar-a-Lago" in reply and rows_of(bot, reader) == []
    reply = bot.text(reader, "this article is so biased tho. it calls trump brutal lol")
    assert "In its own voice" in reply and rows_of(bot, reader) == []
    bot.text(reader, "Putin is a war criminal and anyone who shakes his hand is complicit.")
    assert len(rows_of(bot, reader)) == 1
    reply = bot.text(reader, "Actually I changed my mind about saving. Delete everything please.")
    assert "deleted" in reply and rows_of(bot, reader) == []


def test_round_37_part_of_an_answer_moved_to_its_question(bot):
    # Round 37's seventy-second tester: "can you move the part about ukraine and crimea to the question about whether
    # ukraine could have avoided the war" got "The article doesn't say anything about crimea"
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "ok so a few things. first, i think the shift is a huge mistake because putin never keeps his word. "
                     "second, ukraine could NOT have avoided the war by giving up land, they gave up crimea basically and "
                     "look what happened.")
    bot.text(reader, "disagree")
    reply = bot.text(reader, "can you move the part about ukraine and crimea to the question about whether ukraine could "
                             "have avoided the war")
    assert "Done - I moved" in reply
    general, deal = sorted(rows_of(bot, reader), key=lambda row: row.prompt_id != "russia_shift")
    assert general.prompt_id == "russia_shift" and "crimea" not in general.opinion and "crimea" not in (general.reason or "")
    assert deal.prompt_id == "ukraine_deal" and deal.opinion.startswith("ukraine could NOT") and deal.stance == "disagree"


def test_round_37_a_stance_corrected_in_other_words(bot):
    # Round 37's seventy-second tester: "yes, a mistake. ..." to the China question was saved as agree; "what?? no i said
    # its a mistake. i DONT think its worth it" then got a hedged passage; "Could you please record my stance as
    # disagree, then?" too
    reader = new_reader()
    bot.text(reader, "the china one")
    bot.text(reader, "yes, a mistake. alliances took decades to build and you cant just throw them away")
    [row] = rows_of(bot, reader)
    assert row.stance == "disagree"
    bot.text(reader, "make that agree")
    bot.text(reader, "Could you please record my stance as disagree, then?")
    [row] = rows_of(bot, reader)
    assert row.stance == "disagree"
    other = new_reader()
    bot.text(other, "share my view")
    bot.text(other, "talking to russia is fine")
    bot.text(other, "agree")
    bot.text(other, "hm. ok thats actually a good point, talking is fine but trump seems to want to be best friends. i think "
                    "i changed my mind, more like mixed")
    [row] = rows_of(bot, other)
    assert row.prompt_id == "russia_shift" and row.stance == "mixed"


def test_round_37_the_answer_a_move_names_is_moved_not_another(bot):
    # Round 37's seventy-third tester: "first one was really about europe defense costs tho. move it there" merged the
    # China answer into the first one and deleted the China row; "also the 80 years thing, breaking with that is dumb"
    # was appended to the Putin answer
    reader = new_reader()
    bot.text(reader, "trump is right for once. why should we pay for the war")
    bot.text(reader, "because it costs billions")
    bot.text(reader, "another question")
    bot.text(reader, "yes")
    bot.text(reader, "china")
    bot.text(reader, "first one was really about europe defense costs tho. move it there")
    rows = {row.prompt_id: row for row in rows_of(bot, reader)}
    assert set(rows) == {"europe_response", "china_focus"} and rows["china_focus"].opinion == "yes"
    other = new_reader()
    bot.text(other, "the putin one")
    bot.text(other, "no, he broke every deal since 2014")
    bot.text(other, "also the 80 years thing, breaking with that is dumb")
    rows = {row.prompt_id: row for row in rows_of(bot, other)}
    assert "80 years" not in rows["negotiating_with_adversary"].opinion and "breaking with that is dumb" in rows["eighty_years"].opinion


def test_round_38_an_opt_out_for_what_comes_next_keeps_the_open_answer(bot):
    # Round 38: an opt-out while an answer is open drops it ("wait, saved? who see this?", then "ok no, i prefer you dont
    # save"), unless the reader keeps it in so many words - the review's finding on the first draft
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "hmm the russia thing, it is complicated for everyone involved i guess")
    bot.text(reader, "wait, saved? who see this?")
    reply = bot.text(reader, "ok no, i prefer you dont save")
    assert "haven't kept what you just wrote" in reply and rows_of(bot, reader) == []
    other = new_reader()
    bot.text(other, "share my view")
    bot.text(other, "its a betrayal of our allies")
    reply = bot.text(other, "stop saving from now on, but keep that one")
    assert "haven't kept" not in reply and [row.prompt_id for row in rows_of(bot, other)] == ["russia_shift"]


def test_round_39_part_of_an_answer_moved_and_an_answer_for_a_question_skipped(bot):
    # Round 39's seventy-seventh tester: "actually the china part should go to the china question" was added to the
    # answer as more of it, and then the whole answer moved; "i also want to say something on the general question -
    # ..." after the general question was skipped was added to the China answer
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "its smart, get out of the ukraine mess and focus on china")
    moved = bot.text(reader, "actually the china part should go to the china question if theres one")
    assert 'moved "focus on china"' in moved
    assert sorted((row.prompt_id, row.opinion) for row in rows_of(bot, reader)) == [
        ("china_focus", "focus on china"), ("russia_shift", "its smart, get out of the ukraine mess")]
    other = new_reader()
    bot.text(other, "share my view")
    bot.text(other, "skip")
    bot.text(other, "not worth it. china thing is a distraction. russia is the immediate threat to europe")
    bot.text(other, "actually i also want to say something on the general question - the whole pivot is a betrayal of allies")
    assert {row.prompt_id: row.opinion for row in rows_of(bot, other)} == {
        "china_focus": "not worth it. china thing is a distraction. russia is the immediate threat to europe",
        "russia_shift": "the whole pivot is a betrayal of allies"}
    assert {row.prompt_id: row.stance for row in rows_of(bot, other)}["china_focus"] == "disagree"


def test_round_39_a_claim_asked_in_the_article_and_the_last_answer_deleted(bot):
    # "Is Trump criticising Putin in the article?" got "Yes." (it is in the article) - the round's one wrong fact;
    # "say what? i didnt say anything" deleted the only answer with "your other answers are kept"
    reader = new_reader()
    bot.text(reader, "share my view")
    asked = bot.text(reader, "Ok. Is Trump criticising Putin in the article?")
    assert asked.startswith("No.") and rows_of(bot, reader) == []
    bot.text(reader, "skip")
    bot.text(reader, "how would i know lol im not ukrainian")
    assert [row.stance for row in rows_of(bot, reader)] == ["unsure"]
    gone = bot.text(reader, "delete my last answer")
    assert "Nothing of yours is saved" in gone and "other answers" not in gone and rows_of(bot, reader) == []
    # a reason said with the stance, where one was given before: kept with it
    other = new_reader()
    bot.text(other, "share my view")
    bot.text(other, "So the US and Russia are talking again after 3 years. Isn't that a good thing? Talking is better than fighting")
    bot.text(other, "mixed. talking is good but not if we give away ukraine")
    [row] = rows_of(bot, other)
    assert row.stance == "mixed" and "not if we give away ukraine" in row.opinion
    # a view given after opting out: heard, not kept, and not the refusal to ask for one again
    private = new_reader()
    bot.text(private, "dont save anything i say")
    heard = bot.text(private, "well i think its a disaster for ukraine honestly. selling them out")
    assert "not saving it" in heard and rows_of(bot, private) == []


def test_round_40_parts_moved_and_the_answer_just_named_changed(bot):
    # Round 40's eightieth tester: "make that disagree", as the reply to a move invites, changed the answer the part came
    # from; a part quoted and moved was saved as a new answer with the command as its words; "make that agree" after
    # "You've already answered that one (...)" changed the latest answer instead of that one
    reader = new_reader()
    bot.text(reader, "I have several thoughts so bear with me. First, I think Trump blaming Ukraine for the invasion is "
                     "absurd - Russia invaded, full stop. Second, I actually think Europe does need to spend more on its "
                     "own defense, that part I agree with. Third, I don't believe for a second that Putin would honor any deal.")
    assert "no stance yet" in bot.text(reader, "move the part about Trump blaming Ukraine to the ukraine question")
    bot.text(reader, "make that disagree")
    bot.text(reader, 'Now move "I don\'t believe for a second that Putin would honor any deal" to the question about '
                     'trusting Putin, please.')
    bot.text(reader, "make that disagree")
    rows = {row.prompt_id: row for row in rows_of(bot, reader)}
    assert {prompt_id: row.stance for prompt_id, row in rows.items()} == {
        "europe_response": "agree", "ukraine_deal": "disagree", "negotiating_with_adversary": "disagree"}
    assert rows["negotiating_with_adversary"].opinion == "I don't believe for a second that Putin would honor any deal."
    assert "Putin" not in rows["europe_response"].opinion and "Ukraine" not in rows["europe_response"].opinion
    other = new_reader()
    bot.text(other, "share my view")
    bot.text(other, "skip")
    bot.text(other, "worth it, china is the bigger threat")
    bot.text(other, "i dont trust putin at all, never")
    bot.text(other, "another question")
    assert "already answered that one" in bot.text(other, "the china question")
    bot.text(other, "make that mixed")
    assert {row.prompt_id: row.stance for row in rows_of(bot, other)} == {
        "china_focus": "mixed", "negotiating_with_adversary": "disagree"}


def test_round_40_a_stance_put_right_keeps_the_answers_words(bot):
    # "wait no, thats backwards. im not against the shift" and "bro its still saying disagree isnt it. i AGREE with the
    # shift" were added to the answer as more of its words, the stance left as it was
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "i disagree with the europeans, not the shift. theyve freeloaded for years")
    bot.text(reader, "disagree")
    put_right = bot.text(reader, "bro its still saying disagree isnt it. i AGREE with the shift")
    assert "agree that the shift" in put_right
    [row] = rows_of(bot, reader)
    assert row.stance == "agree" and "still saying" not in row.opinion and "still saying" not in (row.reason or "")


def test_round_40_nothing_kept_said_plainly_and_a_view_after_the_bots_sides(bot):
    # "ok thanks" at the first question got "Everything you said so far is kept" with nothing saved; after "can we trust
    # putin to keep a deal? what do u think", the sides given were the general question's and the view that followed was
    # filed there
    reader = new_reader()
    bot.text(reader, "share my view")
    left = bot.text(reader, "ok thanks")
    assert "leave it there" in left and "kept" not in left and rows_of(bot, reader) == []
    other = new_reader()
    sides = bot.text(other, "interesting. so can we trust putin to keep a deal? what do u think")
    assert "presumption that they will violate them" in sides
    bot.text(other, "hmm i guess i'd say no. every deal since minsk got broken")
    [row] = rows_of(bot, other)
    assert (row.prompt_id, row.stance) == ("negotiating_with_adversary", "disagree")
    # a view said in the first message, pointed back to at another question
    third = new_reader()
    bot.text(third, "im ukrainian and honestly reading this makes me sick. trump says we started it?? we were invaded")
    bot.text(third, "disagree")
    bot.text(third, "another question")
    bot.text(third, "skip")
    bot.text(third, "i already answered this basically in my first message")
    assert sorted(row.prompt_id for row in rows_of(bot, third)) == ["russia_shift", "ukraine_deal"]


def test_round_40_pushback_checked_again_and_retorts_kept_out_of_answers(bot):
    # Round 40's second question writer: "are you sure? i thought it was 2022" got "I'm a chatbot for this one article"
    # (the model's bot_challenge) and "i thought wallander said that" "You're welcome!"; the eighty-first tester's
    # "isnt it obvious?" at "What makes you say that?" was added to the answer, and "change my answer to: its messed up"
    # showed the answers instead of changing them
    reader = new_reader()
    bot.text(reader, "since when has russia been fighting ukraine")
    assert bot.text(reader, "are you sure? i thought it was 2022").startswith("I've checked again. The article doesn't give 2022")
    bot.text(reader, "who said it's a disgraceful reversal")
    assert "No - it was Kori Schake" in bot.text(reader, "i thought wallander said that")
    other = new_reader()
    bot.text(other, "share my view")
    bot.text(other, "its messed up")
    bot.text(other, "isnt it obvious?")
    bot.text(other, "disagree")
    [row] = rows_of(bot, other)
    assert (row.opinion, row.stance) == ("its messed up", "disagree") and "obvious" not in (row.reason or "")
    assert "now reads" in bot.text(other, "change my answer to: its a betrayal of our allies")
    assert rows_of(bot, other)[0].opinion == "its a betrayal of our allies"


def test_round_41_pushback_doubted_and_no_view_asked_of_a_reader_who_declined(bot):
    # Round 41's question writer: "Are you sure? Isn't it Russia he blames?" got "I'm a chatbot for this one article" (the
    # model's bot_challenge); the eighty-second tester's "hi, just want to understand the article, not interested in
    # giving opinions" got "The article doesn't say anything about that", and a view was asked for after it
    reader = new_reader()
    bot.text(reader, "Who does Trump blame for the war?")
    assert bot.text(reader, "Are you sure? Isn't it Russia he blames?").startswith("I've checked again. No - Ukraine, not Russia.")
    other = new_reader()
    assert bot.text(other, "hi, just want to understand the article, not interested in giving opinions").startswith("No problem.")
    assert "what you think" not in bot.text(other, "who is kori schake")
    assert "random id" in bot.text(other, "Do you store my sender id or name with it?")


def test_round_41_the_question_wanted_back_and_words_rewritten(bot):
    # The eighty-second tester: "wait i was gonna answer" after the question was left got "No problem"; "what was the
    # question again" at "What makes you say that?" listed all seven; "dont wanna say why" replaced "idk tbh" as the
    # answer; new words kept "unsure" unseen; an answer's new words overwrote the reason set apart; "undo that" after a
    # deletion got "No problem"
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "lol")
    bot.text(reader, "ok")
    assert prompts()["russia_shift"].text in bot.text(reader, "wait i was gonna answer")
    bot.text(reader, "idk tbh")
    bot.text(reader, "dont wanna say why")
    [row] = rows_of(bot, reader)
    assert (row.opinion, row.reason, row.stance) == ("idk tbh", None, "unsure")
    assert "still unsure" in bot.text(reader, "change my answer to: trump is wrong to trust putin")
    assert rows_of(bot, reader)[0].opinion == "trump is wrong to trust putin"
    bot.text(reader, "delete my answers")
    assert bot.text(reader, "hmm no wait, undo that").startswith("I can't undo that")
    other = new_reader()
    bot.text(other, "share my view")
    bot.text(other, "ending the war matters more than anything")
    asked = bot.text(other, "what was the question again")
    assert prompts()["russia_shift"].text in asked and "There are 7" not in asked
    bot.text(other, "blaming the victim is wrong")
    bot.text(other, "mixed")
    bot.text(other, "and change my answer to: blaming the victim is wrong, though ending the war still matters")
    [row] = rows_of(bot, other)
    assert (row.opinion, row.reason, row.stance) == (
        "blaming the victim is wrong, though ending the war still matters", "blaming the victim is wrong", "mixed")
    third = new_reader()
    bot.text(third, "share my view")
    bot.text(third, "talking to russia is fine")
    bot.text(third, "because wars end with talks")
    bot.text(third, stance("agree"))
    bot.text(third, "wow ok that changes things. actually i disagree now, blaming the victim is wrong")
    [row] = rows_of(bot, third)
    assert (row.reason, row.stance) == ("blaming the victim is wrong", "disagree")


def test_round_41_a_clause_moved_leaves_the_rest_and_also_put_copies(bot):
    # The eighty-second tester: "move the part about blaming Ukraine to the ukraine concessions question" moved the whole
    # one-sentence answer, and the Europe answer was gone; "can you also put the part about ..." moved it instead of
    # copying it
    reader = new_reader()
    bot.text(reader, "I think talking to Russia is fine in principle, but blaming Ukraine for being invaded is outrageous, "
                     "and Europe should pay more for its own defense anyway.")
    moved = bot.text(reader, "move the part about blaming Ukraine to the ukraine concessions question")
    assert 'moved "blaming Ukraine for being invaded is outrageous"' in moved
    europe, ukraine = rows_of(bot, reader)
    assert europe.opinion == "I think talking to Russia is fine in principle, and Europe should pay more for its own defense anyway."
    assert (ukraine.prompt_id, ukraine.opinion) == ("ukraine_deal", "blaming Ukraine for being invaded is outrageous")
    other = new_reader()
    bot.text(other, "share my view")
    bot.text(other, "talking is better than war, but i doubt putin would keep a deal")
    bot.text(other, "history")
    bot.text(other, stance("mixed"))
    assert "copied" in bot.text(other, "Can you also put the part about Putin keeping a deal under the Putin question?")
    first, second = rows_of(bot, other)
    assert first.opinion == "talking is better than war, but i doubt putin would keep a deal"
    assert (second.prompt_id, second.opinion) == ("negotiating_with_adversary", "i doubt putin would keep a deal")


def test_round_42_slips_and_pushback_leave_no_row_and_numbers_name_questions(bot):
    # Round 42's testers: "ok fine my bad" and "i thought it was vance" were saved as views on the shift; "lol sorry
    # wrong window" after a stray "disagree" kept it; "agree w/ 6" changed the last answer, "4 and 5 disagree" dropped 4,
    # "the 7th one - yes mistake" went to the first question
    reader = new_reader()
    bot.text(reader, "who met lavrov?")
    assert "Rubio" in bot.text(reader, "i thought it was vance")
    bot.text(reader, "ok fine my bad")
    bot.text(reader, "makes sense i guess")
    assert rows_of(bot, reader) == []
    bot.text(reader, "share my view")
    bot.text(reader, "disagree")
    assert "deleted" in bot.text(reader, "lol sorry wrong window")
    assert rows_of(bot, reader) == []
    other = new_reader()
    assert "1. whether the shift" in bot.text(other, "can i see the questions")
    bot.text(other, "agree w/ 6")
    bot.text(other, "4 and 5 disagree")
    bot.text(other, "the 7th one - yes mistake")
    bot.text(other, "allies matter")
    saved = {row.prompt_id: row.stance for row in rows_of(bot, other)}
    assert saved == {"europe_response": "agree", "wartime_elections": "disagree",
                     "negotiating_with_adversary": "disagree", "eighty_years": "agree"}, saved
    bot.text(other, "actually on 6 im mixed now")
    assert {row.prompt_id: row.stance for row in rows_of(bot, other)}["europe_response"] == "mixed"


def test_round_42_an_answer_put_right_in_part(bot):
    # The eighty-seventh tester: "oh and i spelled abandoning wrong, can you fix that word" was added to the answer;
    # "my bad, i meant to say mixed. both are threats" kept "i meant to say mixed" as the reason; "delete 5" deleted
    # every answer; "Europe: agree. Putin: mixed." left an answered one as it was
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "abandonning allies is a betrayal")
    bot.text(reader, "oh and i spelled abandoning wrong, can you fix that word")
    bot.text(reader, "allies trust us")
    bot.text(reader, "disagree")
    [row] = rows_of(bot, reader)
    assert (row.opinion, row.reason, row.stance) == ("abandoning allies is a betrayal", "allies trust us", "disagree")
    other = new_reader()
    bot.text(other, "share my view")
    bot.text(other, "china matters but ukraine matters more")
    bot.text(other, "my bad, i meant to say mixed. both are threats")
    [row] = rows_of(bot, other)
    assert (row.reason, row.stance) == ("both are threats", "mixed")
    bot.text(other, "1 agree, 3 disagree, 5 disagree")  # (the first is answered: its stance is the one said now)
    bot.text(other, "Europe: agree. Putin: mixed.")
    bot.text(other, "delete 3")
    saved = {row.prompt_id: row.stance for row in rows_of(bot, other)}
    assert saved == {"russia_shift": "agree", "negotiating_with_adversary": "mixed", "europe_response": "agree"}, saved


def test_round_42_a_stance_put_right_with_its_reason(bot):
    # The second review: "sorry i meant disagree. he lies" where why was asked kept the stance given first (with "he
    # lies" as its reason); at the offer, "my bad, i meant to say mixed. both are threats" dropped the reason
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "i think the shift is smart")
    bot.text(reader, "sorry i meant disagree. putin lies about everything")
    [row] = rows_of(bot, reader)
    assert (row.stance, row.reason) == ("disagree", "putin lies about everything")
    other = new_reader()
    bot.text(other, "share my view")
    bot.text(other, "talking is better than fighting")
    bot.text(other, "it keeps people alive")
    bot.text(other, "agree")
    bot.text(other, "my bad, i meant to say mixed. both are threats")
    [row] = rows_of(bot, other)
    assert (row.stance, row.reason) == ("mixed", "both are threats")


def test_round_43_answers_by_number_with_a_question_open_and_their_reasons(bot):
    # Round 42's trial and round 43's testers: "agree w/ 6" then "they are rich enough to defend themselves" opened the
    # first question and lost the reason; "3 no" with the first question open was saved as its answer, words "3 no";
    # "4 no" where why the seventh was asked went into that reason
    reader = new_reader()
    bot.text(reader, "can i see the questions")
    assert "What makes you say that?" in bot.text(reader, "agree w/ 6")
    bot.text(reader, "they are rich enough to defend themselves")
    [row] = rows_of(bot, reader)
    assert (row.prompt_id, row.stance, row.reason) == ("europe_response", "agree", "they are rich enough to defend themselves")
    other = new_reader()
    bot.text(other, "share my view")
    said = bot.text(other, "3 no")
    assert "Ukraine could have avoided the war" in said and "What makes you say that?" in said
    bot.text(other, "putin would have invaded anyway")
    [row] = rows_of(bot, other)
    assert (row.prompt_id, row.stance, row.reason) == ("ukraine_deal", "disagree", "putin would have invaded anyway")
    third = new_reader()
    bot.text(third, "question 7")
    bot.text(third, "yes big mistake")
    bot.text(third, "4 no")
    bot.text(third, "you cant hold elections under martial law")
    saved = {row.prompt_id: (row.stance, row.reason) for row in rows_of(bot, third)}
    assert saved == {"eighty_years": ("agree", None), "wartime_elections": ("disagree", "you cant hold elections under martial law")}, saved
    # (the review: a second number where why the first was asked - the reason given next is the second's, never the first's)
    fourth = new_reader()
    bot.text(fourth, "can i see the questions")
    bot.text(fourth, "agree w/ 6")
    bot.text(fourth, "disagree w/ 5")
    bot.text(fourth, "they never keep deals")
    saved = {row.prompt_id: (row.stance, row.reason) for row in rows_of(bot, fourth)}
    assert saved == {"europe_response": ("agree", None), "negotiating_with_adversary": ("disagree", "they never keep deals")}, saved


def test_round_43_remarks_and_requests_that_are_no_answer(bot):
    # Round 43's testers: "no thanks im done" was saved as a disagree answer; "ugh never mind, leave it where it is" as
    # one; "do you agree with me?" turned a mixed answer to agree; "remove it from there too" deleted the whole answer;
    # "move my answer on europe to question 7" merged the last answer into the Europe one and deleted it
    reader = new_reader()
    bot.text(reader, "question 3")
    bot.text(reader, "no thanks im done")
    bot.text(reader, "question 5")
    bot.text(reader, "ugh never mind, leave it where it is")
    assert rows_of(bot, reader) == []
    bot.text(reader, "share my view")
    bot.text(reader, "its naive, putin never keeps his word. maria s.")
    bot.text(reader, "i think mixed")
    assert "I don't take sides" in bot.text(reader, "do you agree with me?")
    [row] = rows_of(bot, reader)
    assert row.stance == "mixed"
    bot.text(reader, "remove 'maria s.' from my answer")
    bot.text(reader, "remove it from there too")
    [row] = rows_of(bot, reader)
    assert "maria" not in f"{row.opinion} {row.reason}".lower()
    mover = new_reader()
    bot.text(mover, "question 6")
    bot.text(mover, "yes they are rich")
    bot.text(mover, "question 5")
    bot.text(mover, "no hes a liar")
    bot.text(mover, "move my answer on europe to question 7")
    saved = {row.prompt_id: row.opinion for row in rows_of(bot, mover)}
    assert saved == {"eighty_years": "yes they are rich", "negotiating_with_adversary": "no hes a liar"}, saved


def test_round_43_answers_named_by_place_and_reasons_by_number(bot):
    # Round 43's fourth tester: "delete 2nd" after "show my answers" deleted all three answers; "for 3, it's because ..."
    # and "re 2, the reason is ..." never reached those questions. The second review: "also 3 yes" where why the fifth
    # was asked left the fifth, and its reason went to the first question
    reader = new_reader()
    bot.text(reader, "can i see the questions")
    bot.text(reader, "3 no")
    bot.text(reader, "ok")
    bot.text(reader, "2 yes")
    bot.text(reader, "skip")
    bot.text(reader, "for 3, it's because russia invaded, ukraine didnt start anything")
    bot.text(reader, "re 2, the reason is china and russia are allies anyway")
    saved = {row.prompt_id: (row.stance, row.reason) for row in rows_of(bot, reader)}
    assert saved == {"ukraine_deal": ("disagree", "because russia invaded, ukraine didnt start anything"),
                     "china_focus": ("agree", "because china and russia are allies anyway")}, saved
    bot.text(reader, "question 6")
    bot.text(reader, "yes")
    bot.text(reader, "they can afford it")
    bot.text(reader, "delete 2nd")
    assert [row.prompt_id for row in rows_of(bot, reader)] == ["ukraine_deal", "europe_response"]
    other = new_reader()
    bot.text(other, "question 3")
    bot.text(other, "no")
    bot.text(other, "question 5")
    bot.text(other, "no")
    bot.text(other, "also 3 yes")
    bot.text(other, "he broke every deal he ever signed")
    saved = {row.prompt_id: (row.stance, row.reason) for row in rows_of(bot, other)}
    assert saved["ukraine_deal"][0] == "agree" and saved["negotiating_with_adversary"] == (
        "disagree", "he broke every deal he ever signed"), saved
    assert "russia_shift" not in saved


def test_round_44_complaints_at_an_open_question_are_no_answer(bot):
    # Round 44's testers: "you got that wrong" where why was asked was kept as the reason; "change my answer to: ..."
    # there became the reason; "you misfiled the stance, ..." after an answer was added to its words
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "its a bad idea")
    told = bot.text(reader, "you got that wrong")
    assert 'So far your answer here reads: "its a bad idea"' in told, told
    assert "Changed" in bot.text(reader, "change my answer to: its a good idea")
    bot.text(reader, "because europe should pay")
    [row] = rows_of(bot, reader)
    assert (row.opinion, row.reason) == ("its a good idea", "because europe should pay"), row
    bot.text(reader, "agree")
    bot.text(reader, "you misfiled the stance, i'm against it actually")
    bot.text(reader, "You got that slightly wrong - please remove the 'its a' bit")
    [row] = rows_of(bot, reader)
    assert (row.opinion, row.reason, row.stance) == ("good idea", "because europe should pay", "disagree"), row
    bot.text(reader, "another question")
    assert "To fix your last answer" in bot.text(reader, "you got that wrong")
    bot.text(reader, "is this being recorded?")
    bot.text(reader, "hiya, is this really anonymous?")
    assert len(rows_of(bot, reader)) == 1


def test_round_44_numbers_and_names_after_the_list(bot):
    # Round 44's second tester: "now 6" after the list was taken for "no thanks"; "the elections one: no" with the Europe
    # question open was saved as the Europe answer
    reader = new_reader()
    bot.text(reader, "what are the questions")
    bot.text(reader, "1 agree")
    bot.text(reader, "because china matters")
    assert "Should Europe take on more of its own defense" in bot.text(reader, "now 6")
    bot.text(reader, "the elections one: no")
    saved = {row.prompt_id: row.stance for row in rows_of(bot, reader)}
    assert saved == {"russia_shift": "agree", "wartime_elections": "disagree"}, saved
    refuser = new_reader()
    bot.text(refuser, "Good morning. I only want facts, no opinion surveys please.")
    assert rows_of(bot, refuser) == []


def test_round_44_review_the_last_answer_and_the_open_one_named(bot):
    # The review: "change my last answer to: ..." where why the second was asked rewrote the second; "the china one,
    # agree" with the China question open saved the stance, asked it again, and lost the stance to the next message
    reader = new_reader()
    bot.text(reader, "share my view")
    bot.text(reader, "its a good idea")
    bot.text(reader, "because china")
    bot.text(reader, "agree")
    bot.text(reader, "another question")
    bot.text(reader, "not worth it")
    bot.text(reader, "change my last answer to: its a huge mistake")
    saved = {row.prompt_id: row.opinion for row in rows_of(bot, reader)}
    assert saved == {"russia_shift": "its a huge mistake", "china_focus": "not worth it"}, saved
    other = new_reader()
    bot.text(other, "question 2")
    bot.text(other, "the china one, agree")
    bot.text(other, "china is the real rival")
    [row] = rows_of(bot, other)
    assert (row.prompt_id, row.stance, row.reason) == ("china_focus", "agree", "china is the real rival"), row


def test_round_44_a_part_moved_never_takes_the_whole_answer(bot):
    # Round 44's 97th tester: "move the part about zelensky to the first question" moved the whole China answer (the
    # words added to it later are a piece of their own); an answer of one sentence saying more is not moved for a part
    reader = new_reader()
    bot.text(reader, "question 2")
    bot.text(reader, "probably worth it")
    bot.text(reader, "china is the bigger threat")
    bot.text(reader, "agree")
    bot.text(reader, "add to my answer: the zelensky thing makes me doubt him")
    bot.text(reader, "move the part about zelensky to the first question")
    saved = {row.prompt_id: row.opinion for row in rows_of(bot, reader)}
    assert saved == {"china_focus": "probably worth it", "russia_shift": "the zelensky thing makes me doubt him"}, saved
    other = new_reader()
    bot.text(other, "question 5")
    bot.text(other, "no because the zelensky government wont accept anything putin signs")
    bot.text(other, "skip")
    told = bot.text(other, "move the part about zelensky to the first question")
    assert "can't move just that part" in told, told
    assert [row.prompt_id for row in rows_of(bot, other)] == ["negotiating_with_adversary"]
