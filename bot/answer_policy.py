"""A Rasa policy that answers article questions inside the Rasa server, with no action-server call.

For a question outside a prompt it runs bot.answer_turn, predicts the `utter_answer` response and
fills its `answer` slot through PolicyPrediction.optional_events, which Rasa applies when this
policy wins (rasa/core/policies/policy.py, Rasa 3.6); after the answer it predicts the opinion
offer when one is due, then listening. Messages bot.dialogue reads as being about the reader's
own answers ("what did I say", "is this anonymous", "one more thing: ...") go to the actions
that handle them, whatever intent the model gave. Inside a prompt it abstains: the form's validation action
answers there, through the same bot.answer_turn."""
from __future__ import annotations

import logging
from typing import Any

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import action_calls, dialogue
from bot.answer_turn import READ_SLOTS, AnswerTurn, answer_turn
from bot.knowledge import asks_about_a_term, knowledge

logger = logging.getLogger(__name__)

# The NLU intents whose messages are answered from the article (data/rules/article.yml).
ANSWERED_INTENTS = {"ask_article", "out_of_scope", "nlu_fallback"}
ANSWER = "utter_answer"
# Messages of those intents that bot.dialogue reads as a stance, not a question, and the action
# that handles stances (and requests for the bot's own view) outside a prompt.
READ_AS_REPLIES = {"change_mind", "stance"}
# Intents the model gives questions it misreads ("whos the think tank lady" as thanks, "hey whos
# lavrov" as a greeting, "what did she mean?" as show_answers, "and now?" as a no): their messages
# are answered when bot.dialogue reads a question.
MISREAD_INTENTS = {"thank", "greet", "show_answers", "deny", "affirm", "goodbye"}  # ("did you see the arsenal match last night")
HANDLE_REPLY = "action_handle_reply"
# "what did i say", "show my answers": whatever intent the model gives them (it has taken them
# for opt_in and for questions about the article), bot.dialogue's reading sends them here.
SHOW_ANSWERS = "action_show_answers"
# Readings about the reader's own answers ("is this anonymous", "change my reason to ...",
# "*europe"), whatever the intent: the reply action handles them.
ABOUT_ANSWERS = {"privacy", "edit_answer", "prompts_info", "correction", "answers_request",
                 "discard", "prompt_request", "answers_edit", "answers_list",
                 "accept", "undo", "others_answers", "stances_info"}  # "yeah next" to "another discussion question?", whatever the intent (nlu_fallback, skip)
# Readings that ask to stop saving, start again or delete, and the actions that do it.
PRIVACY_ACTIONS = {"opt_out": "action_opt_out", "opt_in": "action_opt_in", "delete_data": "action_delete_answers"}
OFFER = "utter_offer_opinion"
COULD_NOT_ANSWER = "Sorry, I couldn't look that up just now. Please ask again in a moment."


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False
)
class ArticleAnswerPolicy(Policy):
    """Answers questions itself; its predictions win ties with RulePolicy (priority 6)."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"priority": 7}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        knowledge()  # load the facts at start-up, not on the first reader's question
        action_calls.install()  # the Rasa server loads this policy: its action calls get cheaper

    def train(self, training_trackers: list, domain: Domain, **kwargs: Any) -> Resource:
        return self._resource

    def predict_action_probabilities(
        self, tracker: DialogueStateTracker, domain: Domain, rule_only_data: Any = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        if tracker.active_loop_name:
            return self._prediction(probabilities)
        latest = tracker.latest_action_name
        if latest == ACTION_LISTEN_NAME:
            intent = tracker.latest_message.intent.get("name")
            text = tracker.latest_message.text or ""
            step = dialogue.OFFERED if _offer_pending(tracker) else dialogue.FREE
            if intent == "help" and (asks_about_a_term(text) or knowledge().person_in(text)
                                     and not dialogue.INTENT_WORDS["help"].search(text.lower())):
                # "what does AEI stand for", "what organization does kori schake work for": the
                # article's word or person, not a call for help
                intent = "ask_article"
            if intent == "bot_challenge" and not dialogue.INTENT_WORDS["bot_challenge"].search(text.lower()) \
                    and (dialogue.disputed_claim(text) is not None or dialogue.SURE_ASKED.match(text.partition("?")[0]) and text.partition("?")[2].strip()):
                # "Are you sure? Isn't it Russia he blames?", "are you sure? what's the real number": the answer doubted, and
                # what is asked next - not the bot
                intent = "ask_article"
            if intent == "acknowledge" and knowledge().person_in(text) \
                    and not set(dialogue.normalized(text).split()) & dialogue.ACKNOWLEDGEMENT_WORDS:
                intent = "ask_article"  # "Schake AEI": someone in the article, asked about - no "ok" or "thanks" in it
            reading = dialogue.read(text, intent, step)
            kind = reading.kind
            declined = intent == "share_opinion" and (
                kind == "decline" or kind == "question" and dialogue.OPINION_DECLINED.search(text) is not None)
            # ("That does not answer my question. Is the Vienna comparison attributed to anyone?": the
            # model said share_opinion, but nothing in it offers a view)
            misread_share = intent == "share_opinion" and kind == "question" and not dialogue.SHARING.search(text)
            if declined and kind == "question" or misread_share:
                # "i dont want to give my opinion, just asking stuff. what's ...?" (the model said
                # share_opinion): the question answered, and no discussion question opened
                intent = "ask_article"
            if intent == "share_opinion" and kind == "answer" and reading.view and len(text.split()) >= 6 \
                    and (reading.stance or dialogue.judged_in_any_clause(text)):
                # "ok my opinion: i am not sure. in my country we dont like war ...": the view itself,
                # kept as an answer, not a discussion question opened over it
                probabilities[domain.index_for_action(HANDLE_REPLY)] = 1.0
                return self._prediction(probabilities)
            if declined and kind == "decline" or (kind == "decline" and step == dialogue.FREE
                                                  and dialogue.OPINION_DECLINED.search(text)):
                # ("hi, just want to understand the article, not interested in giving opinions": no view asked for
                # after it, whatever intent the model gave)
                probabilities[domain.index_for_action(HANDLE_REPLY)] = 1.0
                return self._prediction(probabilities)
            if kind == "show_answers":
                probabilities[domain.index_for_action(SHOW_ANSWERS)] = 1.0
                return self._prediction(probabilities)
            if kind == "control" and reading.control == "opt_in" and reading.words:
                # "save my answers again. I support the pivot, ...": opted back in, and the view kept
                probabilities[domain.index_for_action(HANDLE_REPLY)] = 1.0
                return self._prediction(probabilities)
            if kind == "control" and reading.control in PRIVACY_ACTIONS:
                # "i dont want my answers saved" (the model said show_answers): the reader's wish,
                # done by its own action whatever intent the model gave
                probabilities[domain.index_for_action(PRIVACY_ACTIONS[reading.control])] = 1.0
                return self._prediction(probabilities)
            if intent in ("opt_out", "delete_data", "opt_in", "start_over") and kind not in ("control", "goodbye"):
                # "but that contradicts my first answer doesnt it lol" (the model said opt_out), "Can I
                # quote you in my essay?" (opt_in), "Against." (start_over):
                # nobody is opted out, or their answers deleted, on the model's word alone - the
                # reading above catches the ways readers say it
                probabilities[domain.index_for_action(HANDLE_REPLY)] = 1.0
                return self._prediction(probabilities)
            if kind in ABOUT_ANSWERS or (kind in ("add_to_answer", "retract")
                                         and tracker.get_slot("last_message_id")):
                # "also the baltics are next" after an answer was saved: more of that answer;
                # "scratch that" (the model says thanks): what to do with that answer
                probabilities[domain.index_for_action(HANDLE_REPLY)] = 1.0
                return self._prediction(probabilities)
            # "what does that mean?" (help), "really?" (deny) after an answer: about that answer
            answer_context = tracker.get_slot("answer_context") or {}
            about_answer = kind == "question" and dialogue.about_last_answer(text) and bool(
                answer_context.get("fact"))
            # "schake" after "Kori Schake or Celeste A. Wallander?": the answer to that question,
            # whatever the model makes of a bare name
            if answer_context.get("pending") and len(text.split()) <= 4 \
                    and kind in ("answer", "question", "acknowledge", "stance"):
                kind, about_answer = "question", True
            if (kind == "bot_view" and intent in ("share_opinion", "give_opinion")) or (
                    kind == "change_mind" and intent == "share_opinion" and reading.stance) or (
                    kind == "goodbye" and intent in ("share_opinion", "give_opinion", "deny", "affirm", "ask_bot_opinion")):
                # "I meant your opinion, not the article's." (the model said share_opinion): the bot's
                # own view asked for, not the reader's survey started; "Please change my stance to
                # mixed.": the stance changed, not another question opened; "No, that will be all. Thank
                # you for the pleasant conversation.": a goodbye
                probabilities[domain.index_for_action(HANDLE_REPLY)] = 1.0
                return self._prediction(probabilities)
            if intent not in ANSWERED_INTENTS | MISREAD_INTENTS and not about_answer:
                return self._prediction(probabilities)
            if (kind in ("goodbye", "acknowledge") and intent in ANSWERED_INTENTS) or (
                    kind == "goodbye" and intent == "thank"):  # "ok thank you very much, goodbye"
                # "gtg", "see above", "🤔": no question to answer from the article
                probabilities[domain.index_for_action(HANDLE_REPLY)] = 1.0
                return self._prediction(probabilities)
            if intent == "greet" and kind != "question" and not text.startswith("/") \
                    and not dialogue.INTENT_WORDS["greet"].search(text.lower()):
                # "good. he is our hero" (the model said greet): no greeting back
                probabilities[domain.index_for_action(HANDLE_REPLY)] = 1.0
                return self._prediction(probabilities)
            if intent == "thank" and kind != "question" and not text.startswith("/") and not dialogue.THANKED.search(text.lower()):
                # "thats rediculous", "ngl thats kinda wild" (the model said thank): no "You're welcome!"
                probabilities[domain.index_for_action(HANDLE_REPLY)] = 1.0
                return self._prediction(probabilities)
            if intent in MISREAD_INTENTS and kind != "question":
                return self._prediction(probabilities)  # "thanks!", "hi": the rules reply
            if kind in ("bot_view", "about_bot") or (kind in READ_AS_REPLIES and not dialogue.looks_like_question(text)) \
                    or (step == dialogue.OFFERED and kind in ("accept", "decline") and not dialogue.asks_something(text)) \
                    or (kind == "answer" and reading.view):
                # "back to the article" at "another question, or back to the article?" (the model said
                # ask_article) takes the offer's way out, not a question about Trump being back;
                # "actually no, mixed": the model couldn't place it (nlu_fallback), but it changes
                # the reader's stance; "whats ur take on it?" asks the bot's own view; "its a
                # betrayal of 80 yrs of policy" (ask_article) is a view to keep, not a question.
                # The reply action handles them, as it does when the model names them.
                probabilities[domain.index_for_action(HANDLE_REPLY)] = 1.0
                return self._prediction(probabilities)
            fact_id = next(tracker.get_latest_entity_values("fact"), None)
            slots = {name: tracker.get_slot(name) for name in READ_SLOTS}
            slots["opinion_declined"] = slots["opinion_declined"] or declined  # (nothing offered now or later)
            try:
                turn = answer_turn(text, intent, fact_id, slots)
            except Exception:  # a fault in the retriever is a clear reply, not a lost message
                logger.exception("answering %r failed", text)
                turn = AnswerTurn(COULD_NOT_ANSWER)
            events = [SlotSet("answer", turn.text),
                      *(SlotSet(name, value) for name, value in turn.slots.items()),
                      *([SlotSet("opinion_declined", True)] if declined else [])]
            probabilities[domain.index_for_action(ANSWER)] = 1.0
            return self._prediction(probabilities, optional_events=events)
        if latest in (HANDLE_REPLY, SHOW_ANSWERS, *PRIVACY_ACTIONS.values()):
            # Nothing follows them: every rule that runs them ends there, and messages this
            # policy sends them have no rule at all.
            probabilities[domain.index_for_action(ACTION_LISTEN_NAME)] = 1.0
        elif latest == ANSWER:
            follow = OFFER if _offered_this_turn(tracker) else ACTION_LISTEN_NAME
            probabilities[domain.index_for_action(follow)] = 1.0
        elif latest == OFFER and _offered_this_turn(tracker):
            probabilities[domain.index_for_action(ACTION_LISTEN_NAME)] = 1.0
        return self._prediction(probabilities)


def _offer_pending(tracker: DialogueStateTracker) -> bool:
    """Whether the bot's last words before the reader's latest message offered something: the
    opinion offer ("why not?" then says yes; after an answer it asks why), or another discussion
    question after an answer ("go on then" takes it)."""
    seen_message = last_action_seen = False
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            if seen_message:
                return False
            seen_message = True
        elif seen_message and isinstance(event, SlotSet) and event.key == "offered" and event.value:
            return True  # "Would you like another discussion question, or back to the article?"
        elif (seen_message and not last_action_seen and isinstance(event, ActionExecuted)
              and event.action_name != ACTION_LISTEN_NAME):
            if event.action_name == OFFER:
                return True
            last_action_seen = True  # (only the last thing said offers; an offer slot set that turn too)
    return False


def _offered_this_turn(tracker: DialogueStateTracker) -> bool:
    """Whether the answer to the reader's latest message set `opinion_offered`."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, SlotSet) and event.key == "opinion_offered" and event.value:
            return True
    return False
