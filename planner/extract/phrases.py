"""Whole constituents, not slices: noun phrases, plural forms, and the consumer's own verb phrase.

Word classes come from lemminflect's lexicon (MIT; every word form it knows with the parts of
speech it can take), plus the project's verb list (O*NET/DACUM action verbs). A phrase is used in a
plan only when it is a whole constituent: a noun phrase ends on a noun, starts on no preposition,
holds no finite verb or clause word; a consumer's step is the verb phrase of the clause whose
subject is the consumer ("pharmacists verify them before dispensing" -> "verify them before dispensing").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from planner.text.inflect import VERBS, base_form
from planner.text.inflect import plural as inflect_plural

_FUNCTION = frozenset(
    """
    a an the of to for in on at by with from into onto and or but so than that which who whom whose when where
    while because if as is are was were be been being has have had do does did not no can could will would
    should may might must shall this these those their our his her its my your we they it he she them us i
    very just only also even still already about over under after before since until then there here
    outside inside behind above below within around across along beyond throughout toward towards upon via
    during against between among without except
    """.split()
)
FUNCTION_WORDS = _FUNCTION  # public: the offline generator trims noun phrases with it
_INNER_OK = frozenset("of and or & for".split())  # "chart of accounts", "returns and exchanges", "requests for quotes"
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’&/-]*|[,;:.!?()]")


@lru_cache(maxsize=4096)
def _pos(word: str) -> frozenset[str]:
    from lemminflect import getAllLemmas

    return frozenset(getAllLemmas(word.lower()).keys())


def parts_of_speech(word: str) -> frozenset[str]:
    """The parts of speech the lexicon gives a word ("empty" -> {VERB, ADJ}); public for the generators (h20goal)."""
    return _pos(word)


def can_be_noun(word: str) -> bool:
    w = word.strip()
    if not w:
        return False
    if w.isupper() and len(w) >= 2 or re.fullmatch(r"[A-Z][A-Za-z0-9]*", w) and w.lower() not in _FUNCTION:
        return True  # "SAP", "KYC", "Salesforce": names and acronyms are nouns
    if re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", w.lower()):
        return True  # "tier-1", "follow-up", "new-hire"
    pos = _pos(w)
    if not pos and len(w) > 3 and w.isalpha() and w.lower().endswith("s") and _pos(w[:-1]):
        pos = _pos(w[:-1])  # "timelines" -> "timeline"
        if pos == frozenset({"ADJ"}) and not w.lower().endswith("ss"):
            return True  # "comparables", "consumables": English adjectives take no plural -s, so this is a noun (h18goal)
    if not pos and len(w) > 4 and w.isalpha():
        return True  # a word the lexicon lacks ("postmortems", "wireframes") is most often a noun
    if "NOUN" in pos or "PROPN" in pos:
        return True
    return _tagged_noun(w.lower())


@lru_cache(maxsize=8192)
def _tagged_noun(w: str) -> bool:
    """The checker's word classes (Penn tags from its shipped lexicon) where lemminflect has none: "log", "app"."""
    from planner.concreteness import tagger as T

    t = T.tags(w)
    if t & {"NN", "NNS", "NNP", "NNPS"}:
        return True
    return not t and w.isalpha() and len(w) >= 3 and T.zipf(w) >= 3.0 and w not in _FUNCTION


def base_verb(word: str) -> str:
    """The base form of a verb: lemminflect's lexicon first ("scoring" -> "score"), then the project's rules."""
    w = word.lower()
    if w in VERBS:
        return w
    from lemminflect import getLemma

    lem = getLemma(w, upos="VERB")
    if lem and lem[0]:
        return lem[0]
    return base_form(w)


def can_be_verb(word: str) -> bool:
    return "VERB" in _pos(word) or base_form(word) in VERBS


def whole_np(phrase: Optional[str]) -> bool:
    """A noun phrase fit to fill a template slot: ends on a noun, no clause words, no dangling words."""
    if not phrase:
        return False
    toks = _WORD.findall(phrase)
    if not toks or len(toks) > 7 or any(t in ",;:.!?()" for t in toks):
        return False
    low = [t.lower() for t in toks]
    if low[0] in _FUNCTION - {"the", "a", "an", "their", "our", "each", "every"}:
        return False
    if low[-1] in _FUNCTION or not can_be_noun(toks[-1]):
        return False
    if any(re.fullmatch(r"[\d.,]+", t) for t in low):
        return False  # "9 of their first 40 listings" is a count of the output, not the output
    for k in range(len(low) - 1):  # "citizens use", "nurses rely": a plural subject and its verb, a clause
        if low[k].endswith("s") and not low[k].endswith(("ss", "'s", "’s")) and not toks[k].isupper() and low[k] not in ("sales", "goods", "operations", "logistics", "news", "parts") \
                and can_be_verb(low[k + 1]) and not low[k + 1].endswith("s") and low[k + 1] not in _INNER_OK:
            return False
    for k, t in enumerate(low[1:-1], start=1):
        if t in _FUNCTION and t not in _INNER_OK and not (t in ("the", "a", "an", "their", "its") and low[k - 1] in ("and", "or", "of", "&")):
            return False
    return True


_PLURAL_S = __import__("planner.lexicon", fromlist=["words"]).words("extract_plural_s")


def plural(noun_phrase: str) -> str:
    """'day nurse' -> 'day nurses', 'warranty desk' -> 'warranty desk' (a group stays singular)."""
    words = noun_phrase.split()
    if not words:
        return noun_phrase
    head = words[-1]
    if head.lower() in ("finance", "accounting", "billing", "payroll", "legal", "compliance", "qa", "operations",
                        "procurement", "marketing", "logistics", "desk", "team", "department", "office", "staff",
                        "personnel", "crew", "lab", "laboratory", "sales") or head.lower().endswith("s"):
        return noun_phrase
    if head.lower() in _PLURAL_S:  # "tech" -> "techs", not "teches"
        return " ".join(words[:-1] + [head + "s"])
    return inflect_plural(noun_phrase)


_REPORTING = frozenset("say said says tell tells told think thinks feel feels complain complains complained "
                       "keep keeps kept come comes came get gets got have has had spend spends spent "
                       "wait waits waited ask asks asked want wants wanted need needs needed be is are was were "
                       "end ends ended find finds found notice noticed report reported flag flagged".split())
_TRANSITIVE = frozenset("use read check review approve verify need sign file process score audit inspect receive".split())
_PLANNING = frozenset("forecast reorder restock invoice bill close plan staff roster quote price".split())
_AUX = frozenset("can can't cannot could couldn't will won't would wouldn't must should do does did don't doesn't "
                 "didn't then also still often always usually only just now has have had hasn't haven't".split())
_STEP_STOP = frozenset(", ; : . ! ? and but or because so while although which who that if".split())


def consumer_step(text: str, consumer: str) -> Optional[str]:
    """The verb phrase of the clause whose subject is the consumer, in the base form, or None.

    "the day nurses rely on" -> "rely on them"; "pharmacists verify them before dispensing" ->
    "verify them before dispensing"; "the warranty desk files claims from them" -> "file claims from them";
    "sales managers can't forecast" -> "forecast". Reporting verbs ("say", "complain") give None.
    """
    if not consumer:
        return None
    cwords = consumer.lower().split()
    head = cwords[-1]
    heads = {head, plural(head).lower()}
    mods = cwords[:-1]
    for sentence in re.split(r"(?<=[.!?;])\s+|\n+", text):
        toks = _WORD.findall(sentence)
        low = [t.lower() for t in toks]
        for i, w in enumerate(low):
            if w not in heads or (mods and low[max(0, i - len(mods)):i] != mods):
                continue  # the whole consumer phrase: "day nurses", not the "nurses" of "night nurses"
            j = i + 1
            negated = False
            while j < len(low) and low[j] in _AUX:
                negated = negated or low[j] in ("can't", "cannot", "couldn't", "don't", "doesn't", "didn't", "won't", "wouldn't")
                j += 1
            if j >= len(low) or low[j] in _STEP_STOP or not can_be_verb(low[j]) or can_be_noun(low[j]) and low[j].endswith("s") and j == i + 1 and not can_be_verb(low[j][:-1]):
                continue
            verb = base_verb(low[j])
            if negated and verb not in VERBS and verb not in _PLANNING:
                continue  # "can't babysit them" is a complaint, not the step the output serves
            if verb in _REPORTING or verb == low[j] and low[j].endswith("ed"):
                continue
            if verb == low[j] and low[j].endswith("s") and low[j][:-1] and can_be_verb(low[j][:-1]):
                verb = low[j][:-1]
            rest: list[str] = []
            k = j + 1
            while k < len(toks) and len(rest) < 5 and low[k] not in _STEP_STOP:
                rest.append(toks[k])
                k += 1
            if rest and not re.search(r"\b(them|it|their|the|from|on|to)\b", " ".join(rest).lower()) and len(rest) > 3:
                rest = rest[:3]
            if rest and rest[0].lower() in ("on", "upon") and verb in ("rely", "depend", "act", "build", "work", "draw"):
                rest = [rest[0], "them"] + rest[1:] if len(rest) == 1 or rest[1].lower() not in ("them", "it") else rest
            elif verb in _TRANSITIVE and (not rest or rest[0].lower() in ("for", "to", "before", "after", "when", "in", "at", "during", "with")):
                rest = ["them"] + rest  # "use for coaching" -> "use them for coaching"
            phrase = " ".join([verb] + rest)
            if phrase.split()[-1].lower() in ("on", "to", "from", "with", "at", "for"):
                phrase += " them"
            if _WORD.findall(phrase)[-1].lower() in _FUNCTION - {"them", "it"}:
                continue
            return phrase
    return None
