"""Who receives the learners' output and what they need from it, read off the text's passive and impact clauses.

DOMAIN.md, "Skills must be grounded in the workflow": a grounded task names the person or step downstream that
consumes the output and the outcome that step needs. Managers often name that consumer only in a passive ("about
twenty timesheets a fortnight are rejected by the bank file upload", "court bundles keep getting sent back by the
barristers") or in the impact clause ("so the vets are dosing from old numbers"). Mager: the discrepancy names the
performance wanted, so the outcome is the text's own clause with its negation turned (never a new verb): "the
barristers do not send them back", "the vets are not dosing from old numbers", "the page numbers match the index".
Every part is a whole constituent of the text; a clause that does not parse cleanly gives None (a blank).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from planner.text.inflect import is_plural_np

_NP = r"(?:the\s+|our\s+|their\s+)?[A-Za-z][\w-]*(?:\s+(?!because\b|as\b|when\b|and\b|but\b|so\b|for\b|since\b|which\b|if\b)[A-Za-z][\w-]*){0,3}?"
# "are rejected by the bank file upload", "keep getting sent back by the barristers"
_PASSIVE = re.compile(
    r"\b(?P<aux>are|is|get|gets|getting|got|were|was|being)\s+(?:(?:often|always|regularly|then|still)\s+)?"
    r"(?P<verb>sent\s+back|rejected|returned|bounced(?:\s+back)?|kicked\s+back|queried)\s+by\s+"
    r"(?P<who>" + _NP + r")(?=\s+(?:because|as|when|for|since|and|but|so|which|if|every|each|at)\b|[.,;:!?]|$)", re.I)
_NEGATED = {"sent back": "send them back", "rejected": "reject them", "returned": "return them",
            "bounced": "bounce them", "bounced back": "bounce them back", "kicked back": "kick them back", "queried": "query them"}
# the subject of the passive: the output ("Court bundles from our four paralegals keep getting sent back")
_SUBJECT = re.compile(r"(?:^|[.;!?]\s+|,\s*(?:and|but)\s+|\b(?:and|but)\s+)(?P<np>(?:the\s+|our\s+|their\s+)?[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
                      r"(?:\s+from\s+(?:the\s+|our\s+|their\s+)?(?:\w+\s+){0,3}?\w+)?\s+(?:keep|keeps|often|always|regularly|still)?\s*$", re.I)
_NUMBERISH = re.compile(r"^(?:about|around|roughly|some|over|nearly|almost|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a|an|few|several|many|most|half)$", re.I)


@dataclass
class Receiver:
    who: str  # "the barristers", "the bank file upload"
    negated: str  # "the barristers do not send them back"
    obj: Optional[str]  # "court bundles", when the passive's subject is the output
    sent: bool  # the output is sent to them (sent back / returned): the learners' step is sending it


def received_by(text: str, performer: Optional[str] = None) -> Optional[Receiver]:
    """The role or system that sends back or rejects the output, as the passive names it; None when none does."""
    for m in _PASSIVE.finditer(text):
        who = m.group("who").strip()
        words = who.lower().split()
        if not words or (performer and words[-1].rstrip("s") == performer.lower().split()[-1].rstrip("s")):
            continue
        if not re.match(r"(?:the|our|their)\s", who, re.I):
            who = f"the {who}"
        who = re.sub(r"^(?:our|their)\s", "the ", who, flags=re.I)
        verb = " ".join(m.group("verb").lower().split())
        neg = f"{who} {'do' if is_plural_np(who) else 'does'} not {_NEGATED[verb]}"
        obj = None
        s = _SUBJECT.search(text[: m.start()])
        if s:
            toks = s.group("np").split()
            while toks and (_NUMBERISH.match(toks[0]) or toks[0].lower() in ("the", "our", "their")):
                toks = toks[1:]
            if toks and toks[-1].lower().endswith("s") and all(t.isalpha() or "-" in t for t in toks):
                obj = " ".join(toks).lower() if not any(sum(c.isupper() for c in t) > 1 for t in toks) else " ".join(toks)
        return Receiver(who=who, negated=neg, obj=obj, sent=verb in ("sent back", "returned", "kicked back", "bounced back"))
    for m in _ACTIVE.finditer(text):  # "the pharmacists catch them at final check"
        who = re.sub(r"^(?:our|their)\s", "the ", m.group("who"), flags=re.I)
        if performer and who.lower().split()[-1].rstrip("s") == performer.lower().split()[-1].rstrip("s"):
            continue
        base = re.sub(r"(?<=[a-z])(?:es|s)$", "", m.group("verb").split()[0].lower()) if not m.group("verb").lower().startswith(("send", "sends")) else "send"
        base = {"catch": "catch", "catche": "catch", "queri": "query"}.get(base, base)
        back = " back" if "back" in m.group("verb").lower() else ""
        rest = " ".join((m.group("rest") or "").split())
        neg = f"{who} {'do' if is_plural_np(who) else 'does'} not {base} them{back}{(' ' + rest) if rest else ''}"
        return Receiver(who=who, negated=neg, obj=None, sent=bool(back))
    return None


_ACTIVE = re.compile(r"\b(?P<who>the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:then\s+|often\s+|always\s+|usually\s+)?"
                     r"(?P<verb>catch|catches|reject|rejects|send\s+them\s+back|sends\s+them\s+back|bounce|bounces|query|queries)"
                     r"(?:\s+them)?(?P<rest>\s+(?:at|in|during|on|the|before|after)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})?(?=[.,;!?]|$)", re.I)


# "because the page numbers don't match the index": the criterion the consumer applies, turned positive
_BECAUSE = re.compile(r"\bbecause\s+(?P<np>the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:don't|do not)\s+(?P<rest>[a-z]+(?:\s+[\w-]+){0,5}?)(?=[.,;!?]|$)", re.I)


def because_met(text: str) -> Optional[str]:
    from planner.extract.phrases import can_be_verb

    m = _BECAUSE.search(text)
    if not m or not can_be_verb(m.group("rest").split()[0].lower()):
        return None
    return f"{m.group('np').lower()} {m.group('rest')}"


# the impact clause on the consumer: "so the vets are dosing from old numbers", "so the responding crews have ..."
_AUX_NOT = re.compile(r"^(is|are|was|were|has|have|can|will|would|could|should|must)\s+(?!not\b)", re.I)
_NEG_MAIN = re.compile(r"\b(?:don't|doesn't|do not|does not|didn't|never|forget|forgets|forgot|keep|keeps|skip|skips|skipping|miss|misses|"
                       r"mis[a-z]+|wrong|late|incomplete|without)\b", re.I)


_POSITIVE = re.compile(r"^(can't|cannot|can not|couldn't|could not|isn't|aren't|wasn't|weren't|won't)\s+", re.I)
# the negated auxiliary, spaces removed ("can not" -> "cannot"), and its positive
_POSITIVE_OF = {"can't": "can", "cannot": "can", "couldn't": "can", "couldnot": "can", "isn't": "is", "aren't": "are",
                "wasn't": "is", "weren't": "are", "won't": "will"}


def so_outcome(text: str, consumer_forms: list[str]) -> Optional[str]:
    """The text's own "so <consumer> <clause>" as the outcome that consumer needs; turned positive ("are not dosing
    from old numbers") when the clause before it reports the problem. None when the clause is not a plain one."""
    for form in consumer_forms:
        for m in re.finditer(rf"\bso\s+(?:that\s+)?(?:the\s+)?({re.escape(form)})\s+([a-z][^.;:!?,]*)", text, re.I):
            clause = " ".join(m.group(2).split())
            if not 2 <= len(clause.split()) <= 14 or re.search(r"\b(?:and|but)\s+(?:the|we|they|our)\b", clause):
                continue
            np = f"the {m.group(1)}"
            start = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start())) + 1
            before = text[start: m.start()]
            pos = _POSITIVE.match(clause)
            if pos and _NEG_MAIN.search(before):  # "so the team lead can't see which tickets wait": "can see ..."
                return f"{np} {_POSITIVE_OF[pos.group(1).lower().replace(' ', '')]} {clause[pos.end():]}"
            if pos:
                return None
            if _NEG_MAIN.search(before):
                a = _AUX_NOT.match(clause)
                if not a:
                    return None  # "so the dentist guesses": no auxiliary to negate without a new verb form
                clause = f"{clause[: a.end()]}not {clause[a.end():]}"
            return f"{np} {clause}"
    return None


# "assess claims that the adjusters then approve": the role in the object's own relative clause receives the output
_OBJ_REL = r"\s+(?:that|which)\s+(?P<who>the\s+[a-z][\w-]*(?:\s+(?!then\b|later\b|usually\b|is\b|are\b|was\b|were\b|has\b|have\b|can\b|will\b|do\b|does\b)[a-z][\w-]*)?)\s+(?:then\s+|later\s+|usually\s+)?(?P<verb>[a-z]+)\b"


def object_reader(text: str, obj: str, performer: Optional[str] = None) -> Optional[tuple[str, str]]:
    """(the role, its step with the output) from "<object> that the <role> <verb>"; None when the text has none."""
    from planner.extract.phrases import base_verb, can_be_verb

    bare = re.sub(r"^(?:the|their|our|a|an)\s+", "", obj.strip(), flags=re.I)
    m = re.search(rf"\b{re.escape(bare)}{_OBJ_REL}", text, re.I)
    if not m:
        return None
    who, verb = m.group("who"), m.group("verb").lower()
    if verb in ("is", "are", "was", "were", "have", "has", "do", "does") or not can_be_verb(verb):
        return None
    if performer and who.lower().split()[-1].rstrip("s") == performer.lower().split()[-1].rstrip("s"):
        return None
    if not is_plural_np(who) and verb.endswith("s"):
        verb = base_verb(verb)
    return who, f"{verb} them"
