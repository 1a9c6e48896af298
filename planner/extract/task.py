"""The work task: what the learners do (verb + object + qualifier), as job analysts write it.

O*NET task-writing guidance: a task statement is an action verb, an object and a
qualifier ("Write escalation notes for billing disputes"). The task is read from
the clause where the learners' role is the subject; quality adjectives that describe
the symptom ("vague", "sloppy") are dropped from the object because they belong to
the gap, not to the task.
"""

from __future__ import annotations

import re
from typing import Optional

from planner.text.inflect import base_form, is_verb

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’/-]*|[,;:.!?()]")
SYMPTOM_ADJECTIVES = frozenset(
    """
    vague sloppy incomplete poor bad messy inconsistent unclear wrong late inaccurate weak confusing lazy
    rushed careless patchy useless terrible awful missing half-baked generic shallow long rambling short huge
    """.split()
)
AUX = frozenset("do does did don't doesn't didn't dont doesnt didnt can can't cant cannot could couldn't will won't would should keep keeps kept still often always never sometimes regularly usually just also all are is were was have has had".split())
SKIP_VERBS = frozenset("be have get make need want seem feel know think say tell go come keep let try take".split())
QUALIFIER_START = frozenset("for in on at with using during before after when so that because which who to into from across under without".split())
_PREPOSITIONS = frozenset("at on in from of with across".split())
_PROGRESSIVE = frozenset("keep keeps kept still are is were was".split())
_PHRASE_OPENERS = frozenset("the a an on in at of from with our their my this that these those".split())
# Words that start the symptom inside a task clause ("log calls days later", "close work orders without
# recording the cause"): the task ends before them (Mager: the discrepancy is not the performance).
SYMPTOM_STARTS = frozenset("without no late later after instead wrong incorrectly badly poorly too".split())
_TIME_UNITS = frozenset("days weeks hours minutes months".split())
_NEW_PHRASE = frozenset("the a an their our his her its this these those every each".split())
CONTEXT_START = frozenset("for in on using with during into across".split())
# Particles of phrasal verbs ("fill in the sheets", "put together the notes", "mix up the codes"): the object starts
# after them, so a determiner right after a particle opens the object rather than ending it.
PARTICLES = frozenset("in up out off over down back through together round around".split())
# Subjects of a reduced relative clause ("postmortems nobody reads", "notes the day nurses rely on"): the object ends
# before them (O*NET task form: the object is a noun phrase, not a clause about it).
REL_SUBJECTS = frozenset("nobody noone everyone everybody anyone anybody someone somebody we they i you he she people".split())
# Pronoun objects ("check them before release"): they refer to another clause's noun, so the clause names no task.
PRONOUN_OBJECTS = frozenset("them it this that these those him her us me".split())


_WHEN_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today tomorrow tomorow next this last "
                        "january february march april may june july august september october november december week month".split())
_AFTER_OBJECT = frozenset("off on in into onto to from for at with without before after , .".split())
_SLOT_ADVERBS = frozenset("still often always usually sometimes regularly routinely".split())


def _verb_or_unknown(word: str) -> bool:
    """The lexicon reads the word as a verb, or does not know it ("digitise")."""
    from planner.extract.phrases import parts_of_speech

    pos = parts_of_speech(word)
    return not pos or "VERB" in pos


def verb_base(word: str) -> Optional[str]:
    """The base form of a verb, or of the verb a mis- prefix negates ("mislabelling" -> "label"); None if not a verb."""
    low = word.lower()
    if is_verb(low):
        return base_form(low)
    if low.startswith("mis") and len(low) > 6:
        rest = low[3:].lstrip("-")
        if is_verb(rest):
            return base_form(rest)
    return None
STOP_OBJECT = frozenset("and but or because which who that when so while although though".split())
# Work outputs managers complain about; used when no role clause names the task.
OUTPUT_NOUNS = re.compile(
    r"\b(escalation notes?|handovers?|handoff notes?|shift notes?|notes|reports?|tickets?|orders?|invoices?|quotes?|proposals?|"
    r"pull requests?|code reviews?|incident reports?|discharge summaries|care plans?|charts?|documentation|records?|forms?|"
    r"emails?|replies|responses|status updates?|meeting notes|(?<!\d )minutes|checklists?|inspections?|audits?|reconciliations?|"
    r"forecasts?|estimates?|work orders?|pick lists?|shipments?|deliveries|(?<!\d )calls?|demos?|visits?|case notes?|applications?)\b",
    re.I,
)


def _clean(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t.lower() not in SYMPTOM_ADJECTIVES]


def task_after_role(text: str, role_phrase: Optional[str]) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(verb, object, qualifier) from the sentence where the role acts; Nones when none is found."""
    if not role_phrase:
        return None, None, None
    idx = text.lower().find(role_phrase.lower())
    if idx < 0:
        return None, None, None
    tokens = _WORD.findall(text[idx + len(role_phrase) :])
    i = 0
    # skip a relative clause or auxiliaries: "agents (on the billing queue) often write", "agents don't log"
    limit = min(len(tokens), 12)
    in_pp = False
    verb_from_ing = None
    while i < limit:
        low = tokens[i].lower()
        if low in ".;!?":
            return None, None, None
        prev = tokens[i - 1].lower() if i else ""
        if low in ("being", "been"):  # passive ("are being redeployed as ..."): the learners are not acting here
            return None, None, None
        if low in _PREPOSITIONS:  # "agents at our Leeds store ...": skip the phrase up to the verb group
            in_pp = True
            i += 1
            continue
        if in_pp:
            nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            # the phrase ends at an auxiliary, or at a verb after its head noun ("on the billing queue write ...")
            # unless that word is itself followed by the verb group ("at our Leeds store keep refunding")
            ends = low in AUX or (prev not in _PHRASE_OPENERS and is_verb(low) and not low.endswith("ing") and nxt not in AUX)
            if not ends:
                i += 1
                continue
            in_pp = False
            if low in AUX:
                i += 1
                continue
        if prev in _PROGRESSIVE and low.endswith("ing") and verb_base(low):  # "keep refunding", "keep mislabelling"
            verb_from_ing = verb_base(low)
            break
        if i == 0 and low.isalpha() and not is_verb(low) and low not in AUX and low not in STOP_OBJECT and _verb_or_unknown(low) \
                and not low.endswith(("ing", "ly", "ed")) and i + 2 < len(tokens) and tokens[i + 1].isalpha() and tokens[i + 1].islower() \
                and tokens[i + 2].lower() in _AFTER_OBJECT and (verb_base(low) or low).rstrip("s") not in _NOT_TASK_VERBS | {"start"} \
                and tokens[i + 1].lower() not in _WHEN_WORDS:
            verb_from_ing = verb_base(low) or low  # "line cooks bump tickets off the KDS": the word right after the
            break                                   # subject, before an object and its preposition, is the verb (h20goal)
        if prev in _SLOT_ADVERBS and low.isalpha() and low not in AUX and low not in STOP_OBJECT and _verb_or_unknown(low) \
                and not low.endswith(("ing", "ly")) and i + 1 < len(tokens) and tokens[i + 1].isalpha():
            verb_from_ing = verb_base(low) or low  # "the mapping techs still digitise parcel boundaries": the verb slot after the learners and
            break                # an adverb holds the verb, where the lexicon does not know the word (h20goal)
        # a modifier inside a phrase ("on the billing queue") is not the verb: skip -ing forms and
        # words right after an article or preposition
        in_phrase = prev in _PHRASE_OPENERS or low.endswith("ing")
        if low in _MOVE_FORMS:  # "new freight agents join the Felixstowe export desk": a change of post, no task (h15goal)
            return None, None, None
        if low in ("who", "whoever", "whom", "whose", "which") or (low in ("and", "but") and prev == ","):
            return None, None, None  # "..., and their notes are useless to whoever picks up the file": another clause's verb (h15goal)
        if i and tokens[i - 1][:1].isupper() and tokens[i - 1].isalpha():
            in_phrase = True  # "the Felixstowe export desk": a word after a name inside a noun phrase modifies it
        if low in AUX or in_phrase or not is_verb(low) or base_form(low) in SKIP_VERBS:
            i += 1
            continue
        break
    else:
        return None, None, None
    if i >= len(tokens):
        return None, None, None
    verb = verb_from_ing or base_form(tokens[i].lower())
    if verb in _MOVE_VERBS:  # "will move into the collections team": a change of role, not a task of the work
        return None, None, None
    rest = tokens[i + 1 :]
    obj: list[str] = []
    k = 0
    while k < len(rest) and len(obj) < 6:
        low = rest[k].lower()
        started = any(o.lower() not in PARTICLES for o in obj)  # "fill in" + "the sheets": only a particle so far
        if not obj and low in PRONOUN_OBJECTS:
            return None, None, None
        if started and low in REL_SUBJECTS:
            break
        # a determiner after the object's first words opens a new phrase: a reduced relative clause
        # ("handover notes the day nurses rely on") or a second object, never part of this one
        if low in ",;:.!?()" or low in STOP_OBJECT or (low in QUALIFIER_START and started) or (low in SYMPTOM_STARTS and obj) or (low in _NEW_PHRASE and started):
            if low in ("late", "later"):  # "log calls days later": the delay is the symptom
                while obj and obj[-1].lower() in _TIME_UNITS:
                    obj.pop()
            break
        obj.append(rest[k])
        k += 1
    qual: list[str] = []
    if k < len(rest) and rest[k].lower() in CONTEXT_START:  # keep context ("for billing disputes"), not symptoms
        while k < len(rest) and len(qual) < 7 and rest[k] not in ",;:.!?()" and rest[k].lower() not in STOP_OBJECT and rest[k].lower() not in SYMPTOM_STARTS:
            qual.append(rest[k])
            k += 1
        cut = k < len(rest) and len(qual) >= 7 and rest[k] not in ",;:.!?()"
        q = _MANNER_QUAL.sub("", " ".join(qual)).split()
        # a qualifier cut at the limit, or one that ends on a function word, is not a whole phrase: left out
        qual = [] if cut or (q and q[-1].lower() in _FUNCTION_END) else q
    obj = _clean([w for w in obj if w.lower() not in ("the", "their", "his", "her", "its", "a", "an", "our")])
    if len(qual) < 2:  # a bare preposition left before a symptom ("with" in "with no description")
        qual = []
    if any(ch.isdigit() for w in qual for ch in w):  # "in 10% of orders" describes the symptom, not the task
        qual = []
    if not obj:
        return None, None, None
    return verb, " ".join(obj), " ".join(qual) or None


_MANAGED = re.compile(r"\b(?:manage|managing|manages|line[- ]manage|direct)\s+(?:\w+\s+)?$", re.I)


def output_noun(text: str) -> Optional[str]:
    for m in OUTPUT_NOUNS.finditer(text):
        if m.group(1).lower() == "reports" and _MANAGED.search(text[: m.start()]):
            continue  # "I manage 7 reports": the people who report to the manager, not an output (h15goal)
        head = re.match(r"\s+(notes|reports|records|forms|summaries|logs|sheets)\b", text[m.end():], re.I)
        if head and not m.group(1).lower().endswith(head.group(1).lower()):
            return f"{m.group(1)} {head.group(1)}".lower()  # "call notes": the compound, not its modifier
        return m.group(1).lower()
    return None


# When no clause has the learners as subject: the step they skip is the task to practise
# (Mager: the discrepancy names the performance), or a purpose clause names the work ("to handle a claim").
_SKIPPED = re.compile(r"\b(skip|skips|skipped|skipping|forget|forgets|forgot|miss|misses|missed|ignore|ignores|ignored)\s+((?:the|a|an|their|its|all|some)\s+)?([a-z0-9 '-]{3,60}?)(?=\s+(?:when|because|if|while|and|but|so|on|at|in|during|before|after)\b|[.,;!?]|$)", re.I)
_SKIP_TO_TASK = {"skip": "complete", "forget": "complete", "miss": "check", "ignore": "follow"}
_PURPOSE = re.compile(r"\b(?:to|would|will|can|could|must|should)\s+([a-z]+)\s+((?:a|an|the|their|each|every)\s+)?([a-z0-9 '-]{3,60}?)(?=\s+(?:alone|on their own|when|because|if|while|and|but|so|that|which|before|after)\b|[.,;!?]|$)", re.I)


_INSTEAD = re.compile(r"\binstead of\s+([a-z]+ing)\s+((?:the|a|an|their)\s+)?([a-z0-9 '-]{3,60}?)(?=\s+(?:when|because|if|while|and|but|so|for|to)\b|[.,;!?]|$)", re.I)
_KEPT = re.compile(r"\b(?:kept|keep|keeps|still)\s+([a-z]+ing)\s+((?:the|a|an|their)\s+)?([a-z0-9 '-]{3,60}?)(?=\s+(?:that|which|when|because|if|while|and|but|so|to)\b|[.,;!?]|$)", re.I)
_LIST_GERUND = re.compile(r"(?:,|\bwho|\bthat)\s+(?:would\s+)?([a-z]+(?:ing)?)\s+((?:the|a|an|their)\s+)([a-z0-9 '-]{3,60}?)(?=\s+(?:that|which|the|when|because|and|but|so|to)\b|[.,;!?]|$)", re.I)
_WHO = re.compile(r"\bwho\s+([a-z]+)\s+()([a-z0-9 '-]{3,60}?)(?=\s+(?:that|which|when|because|and|but|so)\b|[.,;!?]|$)", re.I)
_MOVE_VERBS = frozenset("move become transition join go leave".split())
_MOVE_FORMS = frozenset("join joins joined joining transition transitions transitioned transfer transfers transferred transferring".split())
_FUNCTION_END = frozenset("of the a an to for in on at with from by and or".split())
# how the work goes wrong, not where it is done (Mager: the discrepancy is not the condition)
_MANNER_QUAL = re.compile(r"^(?:in a (?:rush|hurry)|in haste|from memory|by hand|on paper)\b\s*", re.I)
_NOT_TASK_VERBS = frozenset("move become transition join start go lose leave want need take".split())


def _verb_phrase(m: re.Match) -> tuple[Optional[str], Optional[str]]:
    v = m.group(1).lower()
    base = verb_base(v) or base_form(v)
    from planner.concreteness.lexicon import ALL_VERBS

    if (m.group(2) or "").strip() == "" and m.group(3).split()[0].lower() in PRONOUN_OBJECTS:
        return None, None  # "who check them before release": another clause's noun
    if not (verb_base(v) or base in ALL_VERBS) or base in SKIP_VERBS or base in _NOT_TASK_VERBS or v in AUX:
        return None, None
    obj = " ".join(w for w in m.group(3).split() if w.lower() not in SYMPTOM_ADJECTIVES)
    base, obj = _learned(base, obj)
    return (base, ((m.group(2) or "") + obj).strip()) if obj else (None, None)


_LEARN_HOW = re.compile(r"^how\s+(?:to|we|they|you|our team)\s+([a-z]+)\s+(.+)$", re.I)


def _learned(verb: str, obj: str) -> tuple[Optional[str], Optional[str]]:
    """"learn how we write up service visits": the performance is the work named, not the learning (Mager)."""
    if verb in ("learn", "know", "understand") and obj:
        m = _LEARN_HOW.match(obj)
        if m and verb_base(m.group(1)):
            return verb_base(m.group(1)), m.group(2)
    return verb, obj


def task_instead(text: str) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """"... instead of asking questions": the performance the manager wants, in their own words."""
    for m in _INSTEAD.finditer(text):
        verb, obj = _verb_phrase(m)
        if verb:
            return verb, obj, None
    return None, None, None


def task_from_symptoms(text: str) -> tuple[Optional[str], Optional[str], Optional[str]]:
    for rx in (_KEPT,):
        for m in rx.finditer(text):
            verb, obj = _verb_phrase(m)
            if verb:
                return verb, obj, None
    m = _SKIPPED.search(text)
    if m:
        word = m.group(1).lower()
        verb = next((task for stem, task in _SKIP_TO_TASK.items() if word.startswith(stem)), "complete")
        obj = " ".join(w for w in m.group(3).split() if w.lower() not in SYMPTOM_ADJECTIVES)
        if obj:
            return verb, ("the " + obj) if not obj.startswith(("the ", "every ")) else obj, None
    for rx in (_LIST_GERUND, _WHO, _PURPOSE):
        for m in rx.finditer(text):
            if rx is _WHO and re.search(r"\b[A-Z][a-z]+,\s*$", text[: m.start()]):
                continue  # "Deepa, who leads endorsements": a named person's own work, not the learners' (h20goal)
            verb, obj = _verb_phrase(m)
            if verb:
                return verb, obj, None
    return None, None, None
