"""The consumer's own clause as the outcome a task serves, read from the text (issue 12, h15tasks).

DOMAIN.md, "Skills must be grounded in the workflow": a grounded task names the person downstream who consumes the
output and the outcome that step needs. Managers name that reader as the subject of its own clause, often the
consequence of the fault: "..., so the dispatcher can't rebook the second visit and the customer waits another
week", "..., so the contract lab puts the samples on hold", "the site foremen can't order materials off them",
"so the tech writers end up redoing the terms page by page". Mager: the discrepancy names the performance wanted, so
the outcome is that clause (its first conjunct only, a whole constituent) with its negation turned, never a new
verb: "the dispatcher can rebook the second visit", "the contract lab does not put the samples on hold", "the tech
writers do not end up redoing the terms page by page". A clause that does not parse cleanly gives None (a blank).
"""

from __future__ import annotations

import re
from typing import Optional

from planner.text.inflect import is_plural_np

# the first conjunct of the consumer's clause ends at a new clause: "and the customer waits", ", and we blow ..."
_CONJUNCT_END = re.compile(r"\s*,|\s+(?:and|but|or|so|because|while|then)\s+(?=(?:the|we|they|our|it|he|she|their|a|an|this|that|"
                           r"(?:[a-z]+\s+){1,2}(?:is|are|has|have|was|were|can't|cannot|can|don't|won't|never|keep|end|get))\b)"
                           r"|\s+(?:because|so that|so|while|until|unless)\b", re.I)
_NEG_MODAL = re.compile(r"^(can't|cannot|can not|couldn't|could not|won't|wouldn't|isn't|aren't|wasn't|weren't|don't|doesn't|do not|does not|didn't|never)\s+", re.I)
_POSITIVE_OF = {"can't": "can", "cannot": "can", "can not": "can", "couldn't": "can", "could not": "can", "won't": "will",
                "wouldn't": "will", "isn't": "is", "aren't": "are", "wasn't": "is", "weren't": "are"}
_AUX = re.compile(r"^(is|are|was|were|has|have|can|will|would|could|should|must)\s+(?!not\b)", re.I)
# a reported problem before the clause (the text's own fault words): the clause is its consequence
_FAULT = re.compile(r"\b(?:don't|doesn't|do not|does not|didn't|never|can't|cannot|forget\w*|keep|keeps|skip\w*|miss\w*|"
                    r"mis[a-z]+|wrong|late|incomplete|without|mess|messy|half the time|leave off|leaves off|left off)\b", re.I)
_OBJECT_WORDS = frozenset("them it they these those".split())


def _first_conjunct(clause: str) -> str:
    m = _CONJUNCT_END.search(clause)
    return " ".join((clause[: m.start()] if m else clause).split())


def _present_base(verb: str, plural: bool) -> Optional[str]:
    """'puts' -> 'put', 'ends' -> 'end' (singular subject), 'end' -> 'end' (plural subject); None when it is no verb."""
    from planner.extract.phrases import base_verb, can_be_verb

    low = verb.lower()
    if not can_be_verb(low) or low.endswith(("ed", "ing")):
        return None
    if plural:
        return low if base_verb(low) == low else None
    if not low.endswith("s"):
        return None
    base = base_verb(low)
    return base if base and base != low and can_be_verb(base) else None


# a relative or purpose clause that names the state the work should reach ("in a way finance can act on", "in a form
# the lab can use", "so that the buyers can release them")
_WANTED_STATE = re.compile(r"\b(?:(?:a|the)\s+(?:way|form|format|shape|state)(?:\s+that)?|so\s+that|such\s+that)\s*$", re.I)
_PREPOSITIONS = frozenset("on to from with at for upon about into".split())


def consumer_outcome(text: str, forms: list[str]) -> Optional[str]:
    """The consumer's own clause (subject = one of ``forms``, as the text writes the consumer) as a positive
    outcome; None when the text has none that parses cleanly. Only a clause that follows a reported fault in its
    sentence is turned (else it is what the consumer does anyway, and the caller's reading of the step stands)."""
    for form in forms:
        for m in re.finditer(rf"\b(?:the\s+)?({re.escape(form)})\s+([a-z][^.;:!?]*)", text, re.I):
            pre = text[max(0, m.start() - 6): m.start()].lower()
            if re.search(r"(?:by|to|for|of|with|from)\s*$", pre):
                continue  # "sent to the dispatcher", "for the lab": not the subject of its own clause
            start = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start()), text.rfind("!", 0, m.start())) + 1
            before = text[start: m.start()]
            if not _FAULT.search(before):
                continue
            clause = _first_conjunct(m.group(2))
            words = clause.split()
            if not 2 <= len(words) <= 12:
                continue
            np = f"the {m.group(1)}" if not m.group(1)[:1].isupper() or m.group(1).isupper() else m.group(1)
            plural = is_plural_np(m.group(1))
            if _WANTED_STATE.search(before):
                if not re.search(rf"\bthe\s+{re.escape(m.group(1))}\b", text, re.I):
                    np = m.group(1).lower() if m.group(1)[:1].isupper() and not m.group(1).isupper() else m.group(1)  # "finance", as written
                # "they don't write the notes in a way finance can act on": the reader's clause is the state the
                # work should reach, already positive; turning it would say the opposite. A dangling preposition
                # takes the output back ("act on" -> "act on them")
                if re.search(r"\b(?:no|not|n't|never)\b", clause, re.I):
                    continue
                return f"{np} {clause}{' them' if clause.split()[-1].lower() in _PREPOSITIONS else ''}"
            neg = _NEG_MODAL.match(clause)
            if neg:
                key = " ".join(neg.group(1).lower().split())
                if key not in _POSITIVE_OF:
                    continue  # "don't read them": the positive needs no new word but is the plain verb; left to the caller
                if len(clause[neg.end():].split()) < 2:
                    continue  # "can't see": the step needs its object to be an outcome
                return f"{np} {_POSITIVE_OF[key]} {clause[neg.end():]}"
            if re.search(r"\b(?:no|not|nothing|never|nobody|none|nowhere)\b", clause, re.I):
                continue  # "has no idea where the batch is": turning it needs a new word, so no outcome is read
            aux = _AUX.match(clause)
            if aux:
                return f"{np} {clause[: aux.end()]}not {clause[aux.end():]}"
            base = _present_base(words[0], plural)
            if base and len(words) >= 2 and words[1].lower() not in ("that", "which", "who"):
                return f"{np} {'do' if plural else 'does'} not {base} {' '.join(words[1:])}"
    return None


_AGENT = re.compile(r"(?:er|or|ist|ian|ant|ent|eer|ee)s$", re.I)
_SO_SUBJECT = re.compile(r"\b(?:so|and)\s+(?:that\s+)?(?P<the>the\s+)?((?:[a-z][\w-]*['’]?[a-z]*\s+){0,3})", re.I)


_NOT_ACTS = frozenset("is are was were be been get gets got go goes went look looks seem seems come comes stay stays remain remains show shows".split())


def person_noun(word: str) -> bool:
    """A noun naming people: a people noun of the O*NET-derived list (lexicon extract_people_nouns), or an agent noun
    whose stem is a verb ("typesetters" <- typeset, "schedulers" <- schedule); never "numbers", "orders", "letters"."""
    from planner.extract.phrases import can_be_verb
    from planner.lexicon import words
    from planner.text.inflect import singular

    low = word.lower()
    one = singular(low)
    if one in words("extract_people_nouns") or low in words("extract_people_nouns"):
        return True
    m = re.match(r"^([a-z-]{4,}?)(?:er|or)$", one)
    if not m or one.endswith(("ness", "ment")):
        return False
    stem = m.group(1)
    cands = [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 4 and stem[-1] == stem[-2] else [])
    return any(can_be_verb(c) and len(c) >= 5 for c in cands)


def so_subject(text: str, performer: Optional[str]) -> Optional[str]:
    """The reader the consequence clause names as its subject when no role list knows it: "so the tech writers end
    up redoing the terms" -> "tech writers". A plural person noun (an agent suffix: writer, translator, chemist,
    technician, attendant) followed by a verb; never the learners; None when there is none."""
    from planner.extract.phrases import can_be_noun, can_be_verb

    perf = (performer or "").lower().split()
    for m in _SO_SUBJECT.finditer(text):
        words = m.group(2).split()
        for n in range(1, len(words)):
            np, v = " ".join(words[:n]), words[n].lower()
            head = words[n - 1].lower()
            if not m.group("the") and not (n == 2 and group_noun(head)):
                continue  # a bare reader only as a desk or team: "so front desk gives guests rooms ..."
            if not (person_noun(head) or group_noun(head)) or not can_be_noun(head) or v in _NOT_ACTS:
                continue
            if not (can_be_verb(v) or _NEG_MODAL.match(v + " ")):
                continue
            if perf and head.rstrip("s") == perf[-1].rstrip("s"):
                continue
            start = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start())) + 1
            if not _FAULT.search(text[start: m.start()]):
                continue
            return np.lower() if not any(sum(c.isupper() for c in w) > 1 for w in np.split()) else np
    return None


_SENT_TO = re.compile(r"\b(?:send|sends|sent|sending|pass|passes|passing|hand|hands|handing|forward|forwards|give|gives|email|emails)\b"
                      r"[^.;:!?]{0,60}?\bto\s+the\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b", re.I)


def sent_to(text: str, performer: Optional[str]) -> Optional[str]:
    """The people the learners send the output to ("send the field notes to the drafters"): a plural person noun
    (an agent suffix) after "to the"; never the learners; None when there is none."""
    from planner.extract.phrases import can_be_noun

    perf = (performer or "").lower().split()
    for m in _SENT_TO.finditer(text):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):  # the longest noun phrase that ends on a person noun
            head = words[n - 1].lower()
            if person_noun(head) and can_be_noun(head) and not (perf and head.rstrip("s") == perf[-1].rstrip("s")):
                return " ".join(words[:n]).lower()
    return None


_SENDS_BACK = re.compile(r"(?:^|[,;.]\s*|\b(?:and|but)\s+)(?P<who>(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                         r"(?:then\s+|often\s+|always\s+)?(?P<v>bounces|bounce|sends|send|kicks|kick|returns|return)\b[^.;:!?]{0,40}?\bback\b", re.I)


def group_noun(word: str) -> bool:
    """A team, desk or department as a reader: the lexicon's group nouns and department names, or a function named
    by a bare -ing noun ("underwriting", "dispatch" is in the list)."""
    from planner.extract.context import GROUP_HEADS

    low = word.lower()
    # "the next shift has no idea where the batch is": the shift that takes over the work reads the handover
    return low in GROUP_HEADS or low in ("shift", "shifts") or (low.endswith("ing") and len(low) > 7)


def sends_back(text: str, performer: Optional[str]) -> Optional[tuple[str, str]]:
    """(reader, outcome) from "underwriting bounces about a dozen files a week back to us": the reader that returns
    the output, and its clause negated ("underwriting does not bounce them back"); None when there is none."""
    from planner.extract.phrases import base_verb

    perf = (performer or "").lower().split()
    for m in _SENDS_BACK.finditer(text):
        words = m.group("who").split()
        while words and words[0].lower() in ("and", "but", "then", "so"):
            words = words[1:]
        if not words:
            continue
        head = words[-1].lower()
        if words[0].lower() in ("we", "they", "it", "he", "she", "who", "that", "which") or (perf and head.rstrip("s") == perf[-1].rstrip("s")):
            continue
        if not (person_noun(head) or group_noun(head)):
            continue
        who = " ".join(words)
        plural = is_plural_np(who) and not group_noun(head)
        v = m.group("v").lower()
        base = v if plural else (base_verb(v) or v.rstrip("s"))
        return re.sub(r"^the\s+", "", who, flags=re.I).lower(), f"{who} {'do' if plural else 'does'} not {base} them back"
    return None
