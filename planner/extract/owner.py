"""The feedback owner: the role the text names above the learners (DOMAIN.md "feedback owner").

Only a role the text itself names counts: a lead, supervisor, senior, manager, head, controller,
charge nurse or chef above the audience ("the QA lead found 12 entries", "sales managers can't
forecast", "the controller spends two days"). Never a role from another field: when the text names
none, the plan leaves the owner blank and asks (faithful over complete).
"""

from __future__ import annotations

import re
from typing import Optional

from planner.extract.context import same_role
from planner.text.inflect import singular
from planner.lexicon import phrases

_ABOVE = "(?:" + "|".join(sorted((p.replace(" ", r"\s+") for p in phrases("extract_owner_roles")), key=len, reverse=True)) + ")"
OWNER = re.compile(rf"(?<![-\w'’])((?:[A-Za-z][A-Za-z0-9&-]*\s+){{0,2}}?{_ABOVE})\b(?!-|\s+(?:roles?|positions?|jobs?|level)\b)")
# Managers of a product, project or account are peers or customers of a team, not its line reviewers.
_NOT_LINE = re.compile(r"\b(product|project|account|programme|program|property|case|relationship)\s+managers?\b", re.I)
_SENIOR = re.compile(r"(?:superintendent|senior|lead|chief|head|principal|supervising|charge)\s", re.I)
# "cars meet head on", "head out to site": "head" as an adverb or a verb, not a person (OED "head", adv. and v.)
_HEAD_ADV = r"(?:on|off|out|back|first|home|for|towards?|over|up|down|start|straight)"
_LEAD_WORDS = frozenset("the a an our their his her its my this that these those and or of to for by with from in on at "
                        "new junior two three four five six seven eight nine ten some all most many every each who which "
                        "we they it is are was were has have had keep keeps get gets".split())


def find_owner(text: str, audience: Optional[str], skip: tuple[str, ...] = ()) -> Optional[str]:
    """The first role above the audience that the text names, singular and lower-case; None when there is none."""
    for m in OWNER.finditer(text):
        words = m.group(1).split()
        from planner.extract.phrases import _FUNCTION

        from planner.extract.phrases import can_be_noun, can_be_verb

        while words and (words[0].lower() in _LEAD_WORDS or words[0].lower() in _FUNCTION or words[0][:1].isdigit()
                         or len(words) > 1 and words[0].islower() and words[0].endswith("ed") and can_be_verb(words[0]) and not can_be_noun(words[0])):
            words = words[1:]  # "passed the senior associate's check": the verb before the role is not part of it
        if not words:
            continue
        if re.search(r"\b(?:as|into|become|becomes|becoming|promoted to)\s+(?:a\s+|an\s+|the\s+)?$", text[max(0, m.start(1) - 30): m.start(1)], re.I):
            continue  # "retrain as remote camera directors": the role they move into, not a reviewer (h15aud)
        phrase = " ".join(words)
        if words[0][:1].isupper() and m.start(1) > 0 and text[m.start(1) - 2 : m.start(1)].strip() not in (".", "") and not words[0].isupper():
            # "Maria Lead" or a capitalised team name mid-sentence: keep only the role words
            phrase = " ".join(words[1:]) or phrase
        role = singular(phrase.lower())
        nxt = re.match(r"\s+([a-z][a-z-]+)\b", text[m.end():])
        from planner.extract.audience import COMPOUND_HEADS

        if re.search(rf"\bhead\s+{_HEAD_ADV}$", role) or role.split()[-1] == "head" and re.match(rf"(?:\s+|-){_HEAD_ADV}\b", text[m.end():]):
            continue  # "cars meet head on", "head out to site": an adverb or a verb, not a person (OED "head", adv. and v.)
        if nxt and nxt.group(1) in COMPOUND_HEADS:
            continue  # "quote the wrong lead time": a thing named by a role word, not a person (h20rev)
        if role.split()[-1] in ("lead", "head", "chief") and nxt:
            from planner.extract.intervention_frames import _is_person

            if _is_person(nxt.group(1).lower()):
                role = f"{role} {singular(nxt.group(1).lower())}"  # "our lead hygienist": the role, not "lead"
        if _NOT_LINE.search(role) or role.startswith("head office"):
            continue
        senior = audience and role != audience and _SENIOR.match(role) and not _SENIOR.match(audience)
        if audience and (same_role(role, audience) or role in audience or audience in role) and not senior:
            continue  # "the superintendent radiographer" is above "radiographers" (h14aud); "support agent" is not
        if any(s and m.group(0).lower() in s.lower() for s in skip):
            continue
        if re.search(r"\b(?:client|customer|clients|customers)(?:'s|’s|'|’)\s+$", text[max(0, m.start(1) - 12): m.start(1)], re.I):
            continue  # "the client's facilities manager" works for the client: a reader of the work, not a line reviewer (h15sig)
        if role.startswith("senior ") and phrase.lower().endswith("s") and audience and singular(role.split()[-1]) != singular(audience.split()[-1]):
            continue  # "senior agents" (a group) are peers; "the senior associate" (one role) reviews
        return role
    return None


_STEP = re.compile(r",?\s+(?:who\s+|will\s+|can\s+|then\s+|also\s+|now\s+)?([a-z]+)\b([^.;,!?]{0,60})")


def owner_step(text: str, owner: Optional[str]) -> Optional[str]:
    """What the reviewing role does with the work, from its own clause in the present or future ("the maintenance
    supervisor signs off the job list every morning" -> "sign off the job list every morning"; "the head housekeeper
    who inspects rooms each day" -> "inspect rooms each day"); None for a past finding ("the QA officer counted 23")."""
    if not owner:
        return None
    from planner.extract.phrases import base_verb, can_be_verb, whole_np

    for m in re.finditer(rf"\b{re.escape(owner)}\b", text, re.I):
        s = _STEP.match(text, m.end())
        if not s:
            continue
        raw = s.group(1).lower()
        aux = s.group(0).lstrip(", ").split()[0].lower() in ("will", "can")
        if not (raw.endswith("s") and base_verb(raw) != raw and can_be_verb(base_verb(raw)) or aux and can_be_verb(raw)):
            continue
        if raw in ("is", "has", "was", "does", "says", "thinks", "wants", "needs", "feels", "complains", "gets", "keeps"):
            continue
        words = s.group(2).split()
        while words and words[-1].lower() in ("now", "again", "too", "already", "herself", "himself", "themselves"):
            words = words[:-1]
        for cut in ("and", "but", "so", "because", "when", "who", "which", "is", "are", "was", "were", "has", "have"):
            if cut in words:
                words = words[: words.index(cut)]
        verb = base_verb(raw)
        if words and (words[0].lower() in ("off", "up", "out", "over", "back", "through", "in")
                      or verb in ("look", "listen") and words[0].lower() in ("at", "to")) and len(words) > 1:
            verb, words = f"{verb} {words[0].lower()}", words[1:]
        rest = " ".join(words).strip()
        tcut = re.match(r"^(.*?\b(?:every|each)\s+(?:day|night|week|month|morning|evening|shift|monday|tuesday|wednesday|"
                        r"thursday|friday|saturday|sunday|fortnight|quarter))\b", rest, re.I)
        if tcut:  # "inspects rooms each morning fails one in ten": the clause ends with its time phrase
            rest = tcut.group(1)
        if not rest or any(ch.isdigit() for ch in rest):
            continue
        np_words = rest.split()
        # the object noun phrase, with a time phrase after it ("every morning", "each day") kept whole
        tm = re.search(r"\s+((?:every|each|before|after|at)\s+[a-z ]+)$", rest, re.I)
        obj = rest[: tm.start()] if tm else rest
        if not whole_np(obj) and not (obj.split()[0].lower() == "to" and whole_np(" ".join(obj.split()[1:]))):
            continue
        return f"{verb} {rest}"
    return None


_CHECKER = re.compile(r"\b(?:the|our)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:who|that)\s+(?:always\s+)?"
                      r"(check|checks|inspect|inspects|review|reviews|verify|verifies|approve|approves|audit|audits|sign off|signs off)\b"
                      r"([^.;,!?]{0,60})", re.I)


def implied_owner(text: str, audience: Optional[str]) -> Optional[str]:
    """The role the text implies reviews the work: the people who check, inspect or sign it off ("caught by the
    pharmacists who check them before release" -> "a pharmacist who checks them before release"); None when none."""
    from planner.extract.intervention_frames import _is_person
    from planner.text.inflect import verb_forms

    for m in _CHECKER.finditer(text):
        who = singular(m.group(1).lower())
        if not _is_person(who.split()[-1]) or (audience and (same_role(who, audience) or who in audience)):
            continue
        verb = m.group(2).lower().split()
        third = next((f for f in verb_forms(verb[0]) if f.endswith("s") and not f.endswith("ss")), verb[0])
        rest = " ".join(m.group(3).split())
        rest = re.split(r"\s+(?:and|but|so|because)\s+", rest)[0]
        article = "an" if who[:1] in "aeiou" else "a"
        return " ".join(x for x in (f"{article} {who} who {third}", " ".join(verb[1:]), rest) if x)
    return None


def named_person(text: str, role: str) -> Optional[str]:
    """"Priya, our lead hygienist" -> "Priya, the lead hygienist": a named reviewer keeps the role the text gives."""
    m = re.search(rf"\b([A-Z][a-z]+),\s+(?:our|the|my)\s+{re.escape(role)}\b", text, re.I)
    if m and m.group(1)[0].isupper() and m.group(1).lower() not in ("and", "but", "so", "also", "then", "our", "the"):
        return f"{m.group(1)}, the {role}"
    return None


def third_person(step: str) -> str:
    """"sign off the job list every morning" -> "signs off the job list every morning"."""
    from planner.text.inflect import verb_forms

    w = step.split()
    if not w:
        return step
    third = next((f for f in sorted(verb_forms(w[0])) if f.endswith("s") and f != w[0] + "ss"), w[0])
    return " ".join([third] + w[1:])
