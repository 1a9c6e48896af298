"""The learners' own output, read from the clause structure that names it (issue 12, h19tasks).

DOMAIN.md, "Skills must be grounded in the workflow": a grounded task keeps the original action and its object (the
output), then adds the workflow, the consumer and the outcome. O*NET task statements: an action verb and its object.
Managers often name the output without a clause of the learners' own on it; the output is still a whole noun phrase
in one of a few structural frames, each tied to the learners or to the reader it goes to:

- the object of the learners' verb in a relative clause: "the ventilator check sheets that our respiratory therapy
  techs fill out" -> ("fill out", "the ventilator check sheets");
- the learners' coming work handed to a reader: "will be matching invoices to POs in SAP for the controller";
- the subject of a passive hand-on: "the home energy audit reports ... are sent to the rebate team" -> (None, ...);
- "the <output> from our <learners>": "dispatch notes from our radio operators" -> (None, "the dispatch notes");
- a reduced passive with the learners as agent: "Handover sheets written by the night porters" -> ("write", ...),
  or a full one: "Soil cores are being bagged without the field ID by our three ag techs" -> ("bag", ...);
- the learners' possessive: "our nurses' handover notes are a mess" -> (None, "the handover notes");
- the subject of a list item or sentence left unfinished: "dose logs in the RIS left incomplete" -> ("complete", ...)
  (Mager: the discrepancy names the performance wanted; "incomplete" turned is the text's own "complete").

Every part is a whole constituent of the text; anything else gives None (the task keeps its blank), never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

# a plural noun phrase of up to four words, none of them a clause word ("once the benefits letters" is no phrase)
_NP = (r"(?P<np>(?:(?!(?:once|when|and|but|so|if|because|until|after|before|then|that|which|who|are|is|was|were)\b)"
       r"[A-Za-z][\w-]*\s+){0,3}?[a-z][\w-]*s)")
_DET = r"(?:(?:the|our|their|all|most|many|some)\s+)?"
_HANDED = r"(?:sent|passed|handed|given|emailed|forwarded|uploaded|submitted|sent\s+over|sent\s+on)"


@dataclass
class Output:
    verb: Optional[str]  # the learners' verb as the text gives it ("fill out"), or None
    np: str  # "the ventilator check sheets", with its article
    place: str = ""  # " in the RIS": where the text puts it, as a prepositional phrase


def _clean(np: str) -> Optional[str]:
    from planner.extract.phrases import can_be_noun, whole_np
    from planner.extract.consequence import person_noun

    words = [w for w in np.split() if w]
    while words and words[0].lower() in ("the", "our", "their", "all", "most", "many", "some", "and", "but", "so"):
        words = words[1:]
    if not words or person_noun(words[-1].lower()) or not can_be_noun(words[-1].lower()):
        return None
    if any(w.lower() in ("back", "out", "up", "off", "over", "down", "away") for w in words[:-1]):
        return None  # "kicking back incident reports": a verb and its particle, no noun phrase (h20goal)
    if words[0][:1].isupper() and words[0][1:].islower() and can_be_noun(words[0].lower()):
        words = [words[0].lower()] + words[1:]  # "Quotes from our estimators ...": a sentence's first word, not a name
    out = " ".join(words)
    return f"the {out}" if whole_np(out) else None


def learners_output(text: str, performer_forms: tuple[str, ...]) -> Optional[Output]:
    """The learners' output (see the module docstring); ``performer_forms`` are the role as the text writes it."""
    from planner.extract.phrases import can_be_verb
    from planner.extract.task import verb_base

    for form in performer_forms:
        f = re.escape(form)
        # "the ventilator check sheets that our respiratory therapy techs fill out"
        m = re.search(rf"\b{_DET}{_NP}\s+(?:that|which)\s+(?:our|the|their|my)?\s*(?:[\w-]+\s+){{0,2}}?{f}\s+(?P<v>[a-z]+)(?P<p>\s+(?:out|in|up|off))?\b", text, re.I)
        if m:
            v = verb_base(m.group("v").lower()) or m.group("v").lower()
            np = _clean(m.group("np"))
            if np and can_be_verb(v) and v not in ("are", "is", "have", "do", "get", "be"):
                return Output(v + (m.group("p") or "").lower(), np)
        # "Handover sheets written by the night porters": a reduced passive naming the learners as the agent
        m = re.search(rf"\b{_DET}{_NP}\s+(?P<v>written|filled\s+(?:in|out)|prepared|produced|drawn\s+up|made|completed|logged|entered|"
                      rf"raised|issued|built|drafted|typed|recorded)\s+by\s+(?:our|the|their|my)?\s*(?:[\w-]+\s+){{0,2}}?{f}\b", text, re.I)
        if m and _clean(m.group("np")):
            from planner.extract.phrases import base_verb

            part = m.group("v").lower().split()
            return Output(" ".join([base_verb(part[0])] + part[1:]), _clean(m.group("np")))
        # "Soil cores are being bagged without the field ID by our three ag techs": a full passive with the learners as
        # its agent; the words between are the fault, read as the criterion elsewhere (h20goal)
        m = re.search(rf"(?:^|[.;!?]\s+|\b(?:and|but|so)\s+){_DET}{_NP}\s+(?:are|is|were|was|get|gets|keep\s+getting)\s+(?:being\s+|often\s+|still\s+|all\s+)?"
                      rf"(?P<v>[a-z]+ed)\b[^.;!?]{{0,60}}?\s+by\s+(?:our|the|their|my)?\s*(?:[\w-]+\s+){{0,2}}?{f}\b", text, re.I)
        if m and _clean(m.group("np")):
            from planner.extract.phrases import base_verb

            v = verb_base(m.group("v").lower()) or base_verb(m.group("v").lower())
            if v and can_be_verb(v) and v not in ("be", "have", "do", "get"):
                return Output(v, _clean(m.group("np")))
        # "our nurses' handover notes": the learners' possessive on their output
        m = re.search(rf"\b{f}(?:'s|’s|'|’)\s+{_NP}\b", text, re.I)
        if m and _clean(m.group("np")):
            return Output(None, _clean(m.group("np")))
        # "dispatch notes from our radio operators"
        m = re.search(rf"\b{_DET}{_NP}\s+(?:from|by|of)\s+(?:our|the|their|my)\s+(?:[\w-]+\s+){{0,2}}?{f}\b", text, re.I)
        if m and _clean(m.group("np")):
            return Output(None, _clean(m.group("np")))
    # "tickets they key into Weighsmart": a reduced relative whose subject "they" is the learners (h20goal)
    m = re.search(r"\b" + _DET + _NP + r"\s+they\s+(?P<v>[a-z]+)(?P<place>\s+(?:into|in|on|onto)\s+(?:the\s+)?[A-Z][\w-]*)\b", text)
    if m and performer_forms:
        from planner.extract.phrases import base_verb

        v = verb_base(m.group("v").lower()) or base_verb(m.group("v").lower())
        np = _clean(m.group("np"))
        if v and np and can_be_verb(v) and v not in ("are", "is", "have", "do", "get", "be", "say", "think", "want", "need"):
            return Output(v, np, m.group("place"))
    # "will be matching invoices to POs in SAP for the controller": the learners' coming work, handed to a reader
    m = re.search(r"\b(?:will\s+be|'ll\s+be|are\s+going\s+to\s+be|will\s+spend\s+their\s+days)\s+(?P<v>[a-z]+ing)\s+(?P<np>(?:the\s+)?[a-z][\w-]*s)"
                  r"(?P<place>(?:\s+(?:to|against|into)\s+(?:the\s+)?[A-Za-z][\w-]*)?(?:\s+in\s+(?:the\s+)?[A-Za-z][\w-]*)?)\s+(?:for|to)\s+(?:the|our)\s", text, re.I)
    if m:
        from planner.extract.phrases import base_verb

        v = verb_base(m.group("v").lower()) or base_verb(m.group("v").lower())
        np = _clean(m.group("np"))
        if v and np and can_be_verb(v):
            return Output(v, np, m.group("place") or "")
    # "The home energy audit reports (we have 5 auditors doing them) are sent to the rebate team"
    m = re.search(rf"(?:^|[.;!?]\s+){_DET}{_NP}\s*(?:\([^)]*\)\s*)?(?:are|get|is|gets)\s+{_HANDED}\s+to\b", text, re.I)
    if m and _clean(m.group("np")):
        return Output(None, _clean(m.group("np")))
    # "embalmers keep leaving the case report half empty": the learners leave their output unfinished (h20goal)
    for form in performer_forms:
        m = re.search(rf"\b{re.escape(form)}\s+(?:\w+\s+){{0,2}}?(?:leave|leaves|leaving|left)\s+(?P<np>(?:the|their|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?)\s+"
                      r"(?:half[- ]|partly\s+|mostly\s+)?(?:empty|blank|incomplete|unfinished|half[- ]done)\b", text, re.I)
        if m:
            from planner.extract.phrases import whole_np

            np = re.sub(r"^(?:their|our)\s+", "the ", m.group("np"), flags=re.I)
            if whole_np(np):
                return Output("complete", np)
    # "- dose logs in the RIS left incomplete": an item whose output is left unfinished
    m = re.search(r"(?:^|\n|[.;!?:]\s+|\s(?=[-*\u2022]\s))\s*[-*\u2022]?\s*" + _DET + _NP + r"(?P<place>\s+in\s+(?:the\s+)?[A-Za-z][\w-]*)?\s+"
                  r"(?:are\s+|get\s+|keep\s+getting\s+)?(?:left\s+)?(?:incomplete|unfinished|half[- ]done)\b", text, re.I)
    if m and _clean(m.group("np")):
        return Output("complete", _clean(m.group("np")), m.group("place") or "")
    return None
