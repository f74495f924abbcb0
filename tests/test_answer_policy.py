"""bot.answer_policy with the project's real domain and real Rasa trackers: what it predicts and
which slots its prediction sets, for questions, follow-ups, the opinion offer and prompts."""
from __future__ import annotations

import warnings

import pytest

with warnings.catch_warnings(record=True):  # Rasa's imports rewrite the warning filters
    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import (
        ActionExecuted, ActiveLoop, SessionStarted, SlotSet, UserUttered,
    )
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.answer_policy import ArticleAnswerPolicy

from bot import config
from bot.knowledge import knowledge

DOMAIN = Domain.load(str(config.PROJECT_DIR / "domain.yml"))


@pytest.fixture(scope="module")
def policy(tmp_path_factory: pytest.TempPathFactory) -> ArticleAnswerPolicy:
    storage = LocalModelStorage(tmp_path_factory.mktemp("model"))
    return ArticleAnswerPolicy.create(
        ArticleAnswerPolicy.get_default_config(), storage, Resource("answer_policy"),
        ExecutionContext(GraphSchema({}), "test"),
    )


def conversation(*events) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(
        "reader", [ActionExecuted("action_session_start"), SessionStarted(),
                   ActionExecuted("action_listen"), *events], DOMAIN.slots,
    )


def asked(text: str, intent: str = "ask_article", entities: list | None = None) -> UserUttered:
    return UserUttered(text, {"name": intent, "confidence": 0.9}, entities=entities or [])


def predict(policy, tracker: DialogueStateTracker):
    """(predicted action name or None, {slot: value} of its optional events)."""
    prediction = policy.predict_action_probabilities(tracker, DOMAIN)
    best = max(range(len(prediction.probabilities)), key=prediction.probabilities.__getitem__)
    action = DOMAIN.action_names_or_texts[best] if prediction.probabilities[best] > 0 else None
    return action, {e.key: e.value for e in prediction.optional_events if isinstance(e, SlotSet)}


def answer(policy, tracker: DialogueStateTracker) -> dict:
    """Predict for the latest message, apply what Rasa would apply, return the slots set."""
    action, slots = predict(policy, tracker)
    assert action == "utter_answer"
    for name, value in slots.items():
        tracker.update(SlotSet(name, value))
    tracker.update(ActionExecuted("utter_answer"))
    return slots


@pytest.mark.parametrize("text, intent, expected", [
    ("who is kori shake", "ask_article", "American Enterprise Institute"),
    ("vance threat", "ask_article", "from within"),
    ("how old is putin", "ask_article", "The article doesn't say"),
])
def test_a_question_is_answered_from_the_article_in_the_answer_slot(policy, text, intent, expected):
    slots = answer(policy, conversation(asked(text, intent)))
    assert expected in slots["answer"]
    assert slots["questions_answered"] == 1 and slots["answer_context"]


@pytest.mark.parametrize("text, intent", [("give me a pasta recipe", "out_of_scope"),
                                          ("will it rain in paris tomorrow", "out_of_scope"),
                                          ("xqzv blorp", "nlu_fallback")])
def test_off_topic_chat_is_steered_back_and_not_counted(policy, text, intent):
    slots = answer(policy, conversation(asked(text, intent)))
    assert slots["answer"].startswith("I can only discuss the article")
    assert "questions_answered" not in slots


def test_how_are_you_is_greeted_back_then_steered(policy):
    # Round 36: "yo whats up", "how are you doing today" got "I can only discuss the article"
    slots = answer(policy, conversation(asked("how are you doing today", "out_of_scope")))
    assert slots["answer"].startswith("All good, thanks!") and "Ask me about it" in slots["answer"]
    assert "questions_answered" not in slots


def test_a_button_names_its_fact(policy):
    tracker = conversation(asked("/ask_article", entities=[{"entity": "fact", "value": "summary"}]))
    assert knowledge().facts["summary"].quote in answer(policy, tracker)["answer"]


def test_a_follow_up_is_read_in_the_context_of_the_previous_answer(policy):
    tracker = conversation(asked("who is Celeste Wallander?"))
    answer(policy, tracker)
    assert predict(policy, tracker)[0] == "action_listen"
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(asked("who did she work for?"))
    assert "Joe Biden" in answer(policy, tracker)["answer"]


def test_the_third_answer_offers_a_prompt_once(policy):
    tracker = conversation(SlotSet("questions_answered", 2), asked("who is lavrov"))
    slots = answer(policy, tracker)
    assert slots["questions_answered"] == 3 and slots["opinion_offered"] is True
    assert slots["offered"] == "view"
    assert predict(policy, tracker)[0] == "utter_offer_opinion"
    tracker.update(ActionExecuted("utter_offer_opinion"))
    assert predict(policy, tracker)[0] == "action_listen"
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(asked("who is vance"))
    slots = answer(policy, tracker)
    assert "opinion_offered" not in slots
    assert predict(policy, tracker)[0] == "action_listen"


def test_no_offer_to_a_reader_who_opted_out(policy):
    tracker = conversation(SlotSet("questions_answered", 2), SlotSet("opted_out", True),
                           asked("who is lavrov"))
    assert "opinion_offered" not in answer(policy, tracker)


@pytest.mark.parametrize("intent", ["give_opinion", "affirm", "greet", "goodbye"])
def test_other_messages_are_left_to_the_rules(policy, intent):
    assert predict(policy, conversation(asked("hello", intent))) == (None, {})


def test_inside_a_prompt_the_form_answers(policy):
    tracker = conversation(ActiveLoop("opinion_form"), asked("who is lavrov"))
    assert predict(policy, tracker) == (None, {})


def test_a_fault_in_the_retriever_is_a_clear_reply(policy, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("index missing")

    monkeypatch.setattr("bot.answer_turn.respond", broken)
    slots = answer(policy, conversation(asked("who is lavrov")))
    assert slots["answer"].startswith("Sorry, I couldn't look that up")


@pytest.mark.parametrize("text, intent", [
    ("actually no, mixed", "nlu_fallback"),
    ("no wait, I agree", "ask_article"),
    ("whats ur take on it?", "ask_article"),
    # round 17: dialogue read these as views, but the policy still answered them as questions
    ("its a betrayal of 80 yrs of policy", "ask_article"),
    ("this article makes me angry", "ask_article"),
    ("i hate what trump is doing here", "out_of_scope"),
])
def test_a_stance_or_the_bots_own_view_goes_to_the_reply_action_whatever_the_intent(policy, text,
                                                                                      intent):
    tracker = conversation(asked(text, intent))
    assert predict(policy, tracker) == ("action_handle_reply", {})
    tracker.update(ActionExecuted("action_handle_reply"))
    assert predict(policy, tracker)[0] == "action_listen"


def test_a_question_that_starts_like_a_change_of_mind_is_still_answered(policy):
    tracker = conversation(asked("actually, who agrees with trump?", "ask_article"))
    assert predict(policy, tracker)[0] == "utter_answer"


@pytest.mark.parametrize("text, intent", [
    ("whos the think tank lady", "thank"),
    ("hey, who is lavrov?", "greet"),
])
def test_a_question_the_model_took_for_thanks_or_a_greeting_is_answered(policy, text, intent):
    assert predict(policy, conversation(asked(text, intent)))[0] == "utter_answer"


@pytest.mark.parametrize("text, intent", [("thanks!", "thank"), ("thanks?", "thank"),
                                          ("hi there", "greet")])
def test_thanks_and_greetings_are_still_left_to_the_rules(policy, text, intent):
    assert predict(policy, conversation(asked(text, intent))) == (None, {})


@pytest.mark.parametrize("text, intent, expected", [
    ("what does that mean?", "help", "The article doesn't say more about what that means"),
    ("really?", "deny", "This notion is contrary to the reality"),
    ("is that true?", "affirm", "This notion is contrary to the reality"),
    ("why not?", "deny", "places blame on Ukraine"),  # (the reason the article gives just before his words)
])
def test_a_follow_up_about_the_last_answer_is_answered_whatever_the_intent(policy, text, intent,
                                                                              expected):
    # Round 11's tester: "what does that mean?" got the help text, "really?" and "why not?"
    # "No problem" (the model read them as help and as a no).
    tracker = conversation(asked("what did trump say at mar-a-lago"))
    answer(policy, tracker)
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(asked(text, intent))
    assert expected in answer(policy, tracker)["answer"]


def test_why_not_right_after_the_offer_is_a_yes(policy):
    tracker = conversation(SlotSet("questions_answered", 2), asked("who is lavrov"))
    answer(policy, tracker)
    tracker.update(ActionExecuted("utter_offer_opinion"))
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(asked("why not?", "deny"))
    assert predict(policy, tracker)[0] != "utter_answer"
    # with no answer given yet, "what does that mean?" is a request for help
    fresh = conversation(asked("what does that mean?", "help"))
    assert predict(policy, fresh)[0] != "utter_answer"


@pytest.mark.parametrize("intent", ["give_opinion", "greet", "nlu_fallback"])
def test_a_bare_name_after_which_of_two_answers_that_question(policy, intent):
    # found in the shell: "schake" after "Kori Schake or Celeste A. Wallander?" got the general
    # "Ask me anything about the article" - the model doesn't take a bare name for a question
    tracker = conversation(asked("who are the critics"))
    answer(policy, tracker)
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(asked("what did she say"))
    assert answer(policy, tracker)["answer"].startswith("Kori Schake or Celeste A. Wallander?")
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(asked("schake", intent))
    assert "disgraceful reversal" in answer(policy, tracker)["answer"]


def test_a_follow_up_the_model_reads_as_a_no_or_a_yes_is_answered(policy):
    # found over REST in round 15: "and now?" after Schake's words got utter_deny
    for intent in ("deny", "affirm"):
        action, events = predict(policy, conversation(asked("and now?", intent)))
        assert action == "utter_answer", intent
    # a plain no is still the rules' to answer
    assert predict(policy, conversation(asked("no", "deny"))) == (None, {})


def test_what_a_term_of_the_article_stands_for_is_asked_of_the_article_whatever_the_intent():
    # My own trial of round 22, in the browser: "what does AEI stand for" came to the model as help
    # and got the help text.
    from bot.knowledge import asks_about_a_term
    assert asks_about_a_term("what does AEI stand for")
    assert asks_about_a_term("what does spheres of influence mean")
    assert not asks_about_a_term("what does that mean")
    assert not asks_about_a_term("what can you do")


def test_a_question_about_someone_the_model_takes_for_help_is_answered(policy):
    # Round 35's question writer: "what organization does kori schake work for" came to the model as help and
    # got the help text
    action, events = predict(policy, conversation(asked("what organization does kori schake work for", "help")))
    assert action == "utter_answer" and "American Enterprise Institute" in events["answer"]
    assert predict(policy, conversation(asked("help", "help")))[0] != "utter_answer"
