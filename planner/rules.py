"""Small deterministic domain rules used by the plan validators.

Each rule names its source. The full statement analyzer lives in
``planner.concreteness``; these are the field-level gates that a generated plan
must pass before it is accepted (instructor re-asks with the messages built
from them in ``planner.models``).
"""

from __future__ import annotations

import re

from planner.concreteness import lexicon as L
from planner.concreteness import score_statement
from planner.concreteness import tagger as T
from planner.lexicon import phrases, words

# SMART "measurable": a figure in digits, or in words. Number words and fractions in the languages the plan
# prompt is most often answered in (en, de, es, fr, plus it/pt/nl where cheap): "a third", "one in five",
# "half", "twice", "jedem zweiten", "la mitad", "un tiers". A rule that misses a number word would re-ask a
# model for a number it already gave (issue 15), so the list errs towards accepting.
_NUMBER_WORDS = phrases("validator_number_words")
_NUMBER = re.compile(r"\d|(?<![\w])(" + "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True)) + r")(?![\w])", re.I)
# "one in five", "una de cada cuatro", "un sur cinq", "einer von zehn": the article-like "one" counts only here.
_ONE_IN = re.compile(r"(?<![\w])(one|a|an|un|une|uno|una|ein|eine|einer|einem)\s+(in|of|out of|de cada|sur|von|auf|su|em|op)\s+\w", re.I)


def has_number(text: str) -> bool:
    """SMART 'measurable': a figure, in digits or in words ('a third', 'one in five', 'half', 'twice')."""
    t = text or ""
    return bool(_NUMBER.search(t) or _ONE_IN.search(t))


# Mager (Preparing Instructional Objectives): performances must be observable; "understand", "know" name internal
# states nobody can see. Vague change verbs with an abstract object are a wish, not a performance (DOMAIN.md "too
# broad"). One definition, the statement checker's: lexicon/data/non_observable_*.txt, vague_change_verbs.txt,
# abstract_objects.txt.
NON_OBSERVABLE = tuple(sorted(L.NON_OBSERVABLE | set(L.NON_OBSERVABLE_PHRASES), key=len, reverse=True))
VAGUE_CHANGE = L.VAGUE_CHANGE
DEGREE_CHANGE = words("degree_change_verbs")
ABSTRACT_OBJECTS = L.ABSTRACT


# Mager's test holds in every language; these are the commonest unobservable verbs outside English.
NON_OBSERVABLE_OTHER = phrases("non_observable_verbs_other")
_EN_STOP = words("validator_en_function_words")
_OTHER_STOP = words("validator_other_function_words")
_NON_ENGLISH_LETTERS = re.compile(r"[à-öø-ÿœß]", re.I)


def looks_english(text: str) -> bool:
    """Whether the English word rules may judge ``text``: no letters English does not use, and at least as many
    English function words as those of German, French, Spanish, Italian or Dutch. Unsure means not English: an
    English-only rule must not reject a goal written in another language (issue 15)."""
    if _NON_ENGLISH_LETTERS.search(text or ""):
        return False
    words = re.findall(r"\w+", (text or "").lower())
    en = sum(w in _EN_STOP for w in words)
    other = sum(w in _OTHER_STOP and w not in _EN_STOP for w in words)
    return en >= other and not (en == 0 and other > 0)


def vague_goal_problem(goal: str) -> str | None:
    """Return why a skill goal is vague, or None. ABCD 'behaviour' + Mager 'performance'.

    The word rules below (an opening state verb; a change verb whose object is abstract through and through) catch
    the classic cases with a message a model can act on; the concreteness suite's performance and object
    components (``planner.concreteness``) then judge the rest. Both read
    English: a goal in another language is checked only for length and for an unobservable opening verb.
    """
    if not looks_english(goal):
        return _vague_other_language(goal)
    problem = _vague_by_words(goal)
    if problem:
        return problem
    c = score_statement(goal).components
    if c["performance"].score == 0.0:
        return c["performance"].reason
    if c["performance"].score < 0.5 and c["object"].score < 0.5:
        return f"{c['performance'].reason}; {c['object'].reason}"
    return None


def _vague_other_language(goal: str) -> str | None:
    words = re.findall(r"\w+", (goal or "").lower())
    if len(words) < 3:
        return "it is only a few words; a practicable goal names the action, its object and where it happens"
    for verb in NON_OBSERVABLE_OTHER:
        if verb in words[:3]:
            return f"'{verb}' is not observable (Mager): nobody can see it happen; name what the person does"
    return None


def _vague_by_words(goal: str) -> str | None:
    g = (goal or "").strip().lower()
    words = re.findall(r"[a-z'’-]+", g)
    if len(words) < 4:
        return "it is only a few words; a practicable goal names the action, its object and where it happens"
    rest = _LEAD.sub("", g, count=1)
    problem = _unobservable_opening(rest)
    if problem:
        return problem
    first = re.findall(r"[a-z'’-]+", rest)
    if first and first[0] in VAGUE_CHANGE:
        phrase = _object_phrase(first[1:])
        # a change of degree to an abstract head ("improve the quality of escalations"), or any change verb
        # whose object is abstract through and through ("develop communication skills")
        if phrase and (phrase[0] in ABSTRACT_OBJECTS if first[0] in DEGREE_CHANGE else all(w in ABSTRACT_OBJECTS for w in phrase)):
            return f"'{first[0]}' with an abstract object ('{' '.join(first[1:5])}') is a wish, not a performance"
    return None


def _unobservable_opening(rest: str) -> str | None:
    """Why a goal that opens with a state verb or phrase of the checker's lists ("understand", "be aware of",
    "more confident") is not a performance (Mager), or None. ``rest`` is the goal, lower-cased, lead-in removed."""
    m = _NON_OBSERVABLE_RX.match(rest)
    if m:
        verb = m.group(1)
        return f"'{verb}' is not observable (Mager): nobody can see a person {verb}"
    return None


# one alternation in the list's order (longest first), so the first verb that matches wins as the loop did; compiled
# once: a pattern per verb per call overflowed re's cache and recompiled on every plan
_NON_OBSERVABLE_RX = re.compile("(" + "|".join(re.escape(v) for v in NON_OBSERVABLE) + r")\b")


_LEAD = re.compile(r"^(?:to |be able to )")
# between a change verb and its object: "work on", "get better at"
_PARTICLES = frozenset("on at better".split())


def _object_phrase(words: list[str]) -> list[str]:
    """The object's content words: up to the first preposition other than 'of' or a clause word, through
    coordination and 'of' complements, determiners dropped ('the communication skills of agents' ->
    ['communication', 'skills', 'agents']; 'quality of the weekly reports' -> ['quality', 'weekly', 'reports'])."""
    phrase: list[str] = []
    for w in words[:8]:
        if w in _PARTICLES and not phrase:
            continue
        if w in T.SUBORDINATORS or (w in T.PREPOSITIONS and w != "of"):
            break
        if w in T.ARTICLES or w in T.QUANTIFIERS or w in T.COORDINATORS or w == "of":
            continue
        phrase.append(w)
    return phrase


GENERIC_AUDIENCE = set(words("generic_audiences"))


def is_generic_audience(role: str) -> bool:
    """ABCD 'audience': a named role, not 'employees'."""
    return (role or "").strip().lower() in GENERIC_AUDIENCE


# A bare group, in the languages plans are written in: nobody in particular reviews the practice (DOMAIN.md:
# "management" is the weak example of a feedback owner).
GENERIC_OWNERS = set(words("generic_owners"))
# Role words, English and the commonest elsewhere, as stems: used only to tell a role from a person's name.
_ROLE_NOUN = re.compile(
    "(" + "|".join(map(re.escape, phrases("validator_role_stems")))
    # agent-noun endings (Lagerist, Assistent, Praktikant, contrôleur, enfermera): a role more often than a name
    + r"|\w{3,}(?:ist|ent|ant|eur|euse|ero|era|ista|ore|ora|iker)\b)",
    re.I,
)
# "Anna Schmidt", "María José Pérez": two or three short capitalised words and nothing else. A given name is
# short; German role nouns are capitalised too, but long ("Qualitätsbeauftragte Nord"), so the first word is
# held to 10 letters and every word to 14.
_PERSON_NAME = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'’-]{1,9}(?: [A-ZÀ-Ý][a-zà-ÿ'’-]{1,13}){1,2}$")
_ARTICLE = re.compile(r"^(the|a|an|der|die|das|el|la|los|las|le|les|l'|il|lo|o|a|de|het)\s+", re.I)


def feedback_role_problem(role: str) -> str | None:
    """Why ``role`` is surely not one accountable role, or None. By form, in any language (DOMAIN.md:
    'management' is weak; a named reviewing role with a cadence is strong): empty, a bare group, or a
    person's name. Whether a phrase names a role at all is left to review notes (``feedback_role_note``)."""
    r = " ".join((role or "").split())
    if not r:
        return "is empty"
    low = r.lower().strip(" .")
    if low in GENERIC_OWNERS or _ARTICLE.sub("", low) in GENERIC_OWNERS:
        return "is a group, not one accountable role"
    if _PERSON_NAME.match(r) and not _ROLE_NOUN.search(r):
        return "looks like a person's name; plans name roles so they survive staff changes"
    return None


def feedback_role_note(role: str) -> str | None:
    """A review note when the rules cannot tell that ``role`` names a role (they know role words in a few
    languages only): the plan is kept, and its author is asked to check the field."""
    r = " ".join((role or "").split())
    if r and not _ROLE_NOUN.search(r):
        return f"Feedback owner: check that '{r}' is a role (a job title that reviews the practice), not a person or a group."
    return None
