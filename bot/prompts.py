"""Discussion prompts (data/knowledge/prompts.yml) and reading stance and reasons from answers."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from bot import config


@dataclass(frozen=True)
class Prompt:
    id: str
    text: str
    statement: str
    yes_no: bool = False
    supporters_say: str = ""  # verbatim article text for each side, offered when asked our view
    critics_say: str = ""
    topics: tuple[str, ...] = ()  # words a reader asks for it by ("the one about china")
    view_topics: tuple[str, ...] = ()  # words that put a view given unasked under it ("europe should build its own army")
    article_stance: str = ""  # where the article itself stands on the statement ("i agree with the article")
    # words that say the reader agrees, or disagrees, with the statement ("europe has been freeloading")
    stance_words: tuple[tuple[str, str], ...] = ()


@lru_cache(maxsize=1)
def prompts() -> dict[str, Prompt]:
    """Every prompt by id, in the order the file lists them."""
    data = yaml.safe_load(config.PROMPTS_PATH.read_text(encoding="utf-8"))
    return {
        item["id"]: Prompt(
            item["id"], item["text"], item["statement"], bool(item.get("yes_no")),
            item.get("sides", {}).get("supporters", ""), item.get("sides", {}).get("critics", ""),
            tuple(str(topic) for topic in item.get("topics") or ()),
            tuple(str(topic) for topic in item.get("view_topics") or ()),
            str(item.get("article_stance") or ""),
            tuple((stance, str(words)) for stance in ("agree", "disagree")
                  for words in (item.get("stance_words") or {}).get(stance) or ()),
        )
        for item in data["prompts"]
    }


def next_prompt(done: list[str] | None) -> Prompt | None:
    """The first prompt the reader hasn't answered or skipped yet, if any."""
    done = set(done or [])
    return next((prompt for prompt in prompts().values() if prompt.id not in done), None)


def prompt_about(text: str) -> Prompt | None:
    """The prompt whose topic `text` names, by the longest topic words found in it."""
    lowered = _words(text)
    found = [(len(topic), -order, prompt) for order, prompt in enumerate(prompts().values())
             for topic in prompt.topics if f" {topic} " in lowered]
    return max(found, key=lambda item: item[:2])[2] if found else None


def _words(text: str) -> str:
    """`text` lowercased, as words between spaces ("yrs" spelt out), for finding topics in it."""
    lowered = re.sub(r"[^a-z0-9 ]", " ", text.lower().replace("’", "'").replace("'", ""))
    return " " + re.sub(r"\byrs\b", "years", lowered) + " "


# A verdict on the shift said first, before what backs it ("its a mistake, putin cant be trusted")
_VERDICT_FIRST = re.compile(r"^\W*((i think|imo|honestly|tbh|personally)\W+)?((it'?s|its|it is|this is|that'?s|thats) "
                            r"(a |an )?(\w+ )?(mistake|disaster|bad idea|terrible idea|good idea|great idea|blunder|gamble|"
                            r"betrayal|disgrace)\b(?=\s*[,;:.!-])|(trump|he) (is|was) (so |totally |absolutely |100% )?(right|wrong|"
                            r"correct)( for once| again| here| on this| about this)?(?=\s*[.!]+(\s|$)))")


def prompt_of_view(text: str) -> Prompt | None:
    """The one prompt a view given with no prompt open is about, by its `view_topics`; None when
    it names none, or several ("he betrays ukraine and europe and cosies up to china")."""
    # (the view, not its reason: "I think it's a mistake because Putin can't be trusted" judges the
    # shift, whatever the reason names)
    because = re.search(r"\b(because|bc|b/c|cuz|coz)\b", text.replace("’", "'"), re.I)
    view = text[:because.start()] if because and because.start() > 0 else text
    verdict = _VERDICT_FIRST.match(view.lower().replace("’", "'"))
    lowered = _words(verdict.group(0) if verdict else view)  # ("its a mistake, putin cant be trusted": the verdict)
    found = [prompt for prompt in prompts().values() if any(f" {topic} " in lowered for topic in prompt.view_topics)]
    return found[0] if len(found) == 1 else None


def mentions(prompt: Prompt, text: str) -> bool:
    """Whether `text` names any of `prompt`'s topics."""
    lowered = _words(text)
    return any(f" {topic} " in lowered for topic in (*prompt.topics, *prompt.view_topics))


STANCES = ("agree", "disagree", "mixed", "unsure")

# "a mixed record", "mixed results": the word describing something, not the reader's stance
MIXED_NOUNS = r"record|bag|results|signals|messages|picture|reviews|success|track record"

# Clear words only: anything less clear is asked with buttons. A plain "yes" or "no" is a stance
# only as the answer to a yes/no prompt (bot.dialogue.yes_no_stance), never inside other words. Order matters: "not sure" is
# unsure before "sure" could read as agreement, "don't agree" is disagree before "agree".
_STANCE_WORDS = [
    # ("Hard to say. Europe should spend more, yes, but ... Both can be true.": two things held, not no view)
    ("mixed", r"^(?!.*\b(i (dis)?agree|overall|mostly (yes|no)|but (yes|no)|don'?t think both|dont think both)\b)"
              r".*(\bboth (can|could|might|are|may) be (true|right|valid|correct)\b|\bboth (things|points|sides|of (those|these|them)) "
              r"(are|can be|could be) (true|right|valid)\b)"),
    ("unsure", r"\b(not sure|not so sure (anymore|any more|now)|unsure|don'?t know|do not know|no idea|can'?t decide|undecided|no opinion|idk|dunno|no clue|hard to say|"
               r"on the fence)\b"),
    # ("idk, ukraine's choice i guess. neutral", "im neutral on it"; not "ukraine should be neutral")
    ("unsure", r"(^\W*|\b(i'?m|im|i am|i'?d say|so|kinda|pretty much|just)\s+|[.,;]\s*)neutral( on (it|this|that))?( tbh| really)?\W*$"),
    ("mixed", rf"\b(mixed(?! ({MIXED_NOUNS}))|(?<!play )(?<!plays )(?<!playing )(?<!played )(?<!off )(?<!please )(?<!pitting )(?<!pits )(?<!dying on )(?<!killed on )(?<!dead on )(?<!losses on )(?<!lives on )both sides|partly|in between|(somewhere )?in the middle|middle ground|somewhat|it depends|depends|"
              r"on the one hand|a bit of both|(of|in) two minds|ambivalent|both feelings|"
              r"50 ?/ ?50|fifty[- ]fifty|half and half|half[- ]half)\b"),
    # ("talking is better than war, but europe people feel betray. so both")
    ("mixed", r"\bso (a bit of )?both\W*$|^\W*partially\b(?! (read|agree))"
              # ("i agree and disagree", "i said agree AND disagree, so mixed")
              r"|\bagree (and|&|/|and also|but also|yet also) (also )?disagree\b|\bdisagree (and|&|/|and also|but also|yet also) (also )?agree\b"
              # ("hmm both. a little agree a little disagree")
              r"|\b(a little|a bit|little|partly|half) (dis)?agree\W+(and |but )?(a little|a bit|little|partly|half) (dis)?agree\b"
              r"|^\W*((hmm+|well|ok|um+)\W+)*both\W*([.!,]|$)"),
    # ("some of it makes sense, some doesnt")
    ("mixed", r"\bsome of (it|this|that)( \w+){1,4}\W+(but )?(some|other (parts|bits|things)|the rest)( of it)? "
              r"(doesn'?t|does not|don'?t|do not|not|less|isn'?t|is not)\b"),
    ("agree", r"\b(i )?(don'?t|do not) disagree\b"),
    # ("fewer wars is good, but i dont buy it")
    ("disagree", r"(^\W*|\bbut |[.,;]\s*)(i (just |really |still |honestly )?(don'?t|dont|do not) buy (it|that|this|the argument|the idea)"
                 r"|(i'?m |im )?not buying (it|that|this))\W*$"),
    # ("i dont really agree, more like not sure" is no agreement; "i don't fully agree" agrees in part)
    ("mixed", r"\b(don'?t|dont|do not) (fully|totally|entirely|completely|100%) agree\b"),
    # ("focusing on China makes sense in principle, just not like this": the idea yes, how it is done no)
    ("mixed", r"^(?!.*\b(overall|all in all|on the whole|bottom line)\b).*"
              r"\b(makes sense|is right|is fine|a good idea|good idea|fair enough|i agree|agree|ok|okay) in (principle|theory)\b"
              r"[^.]{0,30}\b(but|just|only)\b[^.]{0,15}\b(not|n'?t)\b[^.]{0,20}\b(like this|like that|this way|that way|how (he|trump|they) (does|do|did) it|"
              r"the way (he|trump|they) (does|do|did|is doing) it|in practice)\b"),
    ("disagree", r"\b(don'?t|dont|do not) (really|quite|exactly) agree\b(?!.*\b(not sure|unsure|mixed)\b)"),
    ("unsure", r"\b(don'?t|dont|do not) (really|quite|exactly) agree\b.*\b(not sure|unsure)\b"),
    ("mixed", r"\b(don'?t|dont|do not) (really|quite|exactly) agree\b.*\bmixed\b"),
    ("disagree", r"^\W*(against|(i'?m |i am )?against (it|that|this))[.!\s]*$"),  # ("Against.", not "against?")
    # ("isnt it obvious? against", "i say is bad policy. i am against", "mostly no, like i said")
    ("disagree", r"(^|[.!?,;]\s*)((so|and|then) )?((of course|obviously|clearly) )?((i'?m |i am |im )?against)[.!\s]*$"
                 r"|\b(i am|i'?m|im) (totally |completely |strongly |very much )?against (it|that|this|the (policy|shift|pivot|move|idea|plan|deal))\b"
                 r"|\b(i am|i'?m|im) (totally |completely |strongly |very much )?against(?=\s*([.!,;]|$))"  # ("Yes, I am against. Because ...")
                 r"|\bmostly (no|disagree)\b"),
    ("agree", r"\bmostly (yes|agree)\b|\b(back to )?supporting it\b"),
    ("disagree", r"\b(disagree|don'?t agree|do not agree|(don'?t |do not )?(really )?not( really)? agree(?! more)|(can'?t|cannot) agree(?! (more|on|about))|oppose|against it|i'?m against|(strongly|firmly|totally|completely|fully) against|no way|not at all|i don'?t support|"
                 r"(absolutely|definitely|certainly|of course|obviously) not)\b"),
    ("agree", r"\b(agree|support it|i support|in favou?r|i'?m for it)\b"),
    # ... "absolutely" unless it says a no ("Ukraine absolutely could not have avoided it")
    ("agree", r"\b(absolutely|definitely)\b(?!\W+(not(?! a doubt)|no(?! (question|doubt|doubts))|never|could ?not|couldn'?t|can'?t|cannot|won'?t|wouldn'?t|"
              r"shouldn'?t|isn'?t|wasn'?t|aren'?t|don'?t|doesn'?t|didn'?t)\b)"),
    # alone only: "100% a mistake" agrees or disagrees depending on the prompt
    ("agree", r"^\s*(100 ?%|100 percent|a hundred percent|hundred percent)\W*$"),
]

_REASON = re.compile(
    r"(?<![\w'])(because|bc|b/c|cuz|coz|'cause|(?<!changed )(?<!changes )(?<!been )(?<!happened )(?<!ever )since(?! \d)(?! (the )?(\d|then|when|forever|ever|decades|years|the (war|invasion|cold war|start|beginning)))(?! (truman|bush|obama|reagan|nixon|biden|clinton|kennedy|stalin|yalta|vienna|ww2|wwii|world war|the soviets?|the 19|the 80s|the 90s)\b)|as long as|due to|given that|so that|which means|otherwise|"
    r"that'?s why|the reason(?! (behind|for|of|why)\b)( is| was| being)?|if we|if they|if the|cause|considering)(?![\w'])",
    re.IGNORECASE,
)


# What keeps a prompt's words for a side from being the reader's own: a negation, someone else's saying or a
# dismissal in the same clause ("i dont think europe is freeloading", "trump says ukraine should have made a deal,
# thats crazy", "the freeloading argument is nonsense")
NOT_OWN_WORDS = re.compile(r"\b(not|no|never|isnt|arent|wasnt|werent|dont|doesnt|didnt|wont|cant|cannot|unable|impossible|too weak|too small|"
                           r"wouldnt|would love|nobody|myth|nonsense|unfair|"
                           r"rubbish|crazy|ridiculous|absurd|wrong|bs|lie|lies|say|says|said|saying|claim|claims|claiming|calling|"
                           r"argument|argue|argues|people think|they think|some think|others think|people say|if)\b")


def stance_worded(text: str, prompt: Prompt) -> str | None:
    """The stance a prompt's `stance_words` say in `text` ("europe has been freeloading for decades": agree that
    Europe should take on more of its own defense), unless their clause negates, reports or dismisses them; None
    when they say neither, or both."""
    said = set()
    if re.search(r"\b(but|though|although|however|yet)\b", text.lower()):
        return None  # ("the war has to end, but not by rewarding putin": the side is in what follows, not these words)
    for clause in re.split(r"[.,;:!?]+", text.lower().replace("’", "'")):
        lowered = _words(clause)
        for stance, words in prompt.stance_words:
            if f" {words} " in lowered and not NOT_OWN_WORDS.search(lowered.replace(f" {words} ", " ")):
                said.add(stance)
    return said.pop() if len(said) == 1 else None


def infer_stance(text: str) -> str | None:
    """agree / disagree / mixed / unsure when the words say so clearly, else None."""
    lowered = text.lower().replace("’", "'")
    if lowered.strip() in STANCES:
        return lowered.strip()
    for stance, pattern in _STANCE_WORDS:
        if re.search(pattern, lowered):
            return stance
    return None


def find_reason(text: str) -> str | None:
    """The reason an answer gives ("... because X" -> "X"), or None if it gives none."""
    match = _REASON.search(text.replace("’", "'"))
    if not match:
        return None
    reason = text[match.end():].strip(" ,.;:-")
    return reason or None
