"""The reviewer a text names by a person's name, and the reviewer's own clause as the cadence (issue 12, h15aud).

DOMAIN.md: the feedback owner is "who reviews the practice, and how often"; the rubric (criterion 7): "the role above
the audience that the text names or implies, with a cadence". Blind readers marked the owner "to be named" where the
text names one by structure rather than by a known role word:

- apposition to a name: "Okafor, our night sergeant, reads every report" (the words between the commas are a role,
  whatever the word: planner.extract.reviewer reads this clause once the name is known to be a name);
- a name alone as the subject of a checking or mentoring verb: "Hannah signs off every claim file", "Dev will mentor
  them, and he goes over their daily notes every Friday afternoon" (mentoring: DOMAIN.md's ways of delivering);
- a role and a name without commas: "our lead Maria goes over every estimate";
- a senior of the learners' own role: "the lead MRI tech audits ten forms a month" is above "MRI techs";
- the owner's own clause that names the learners or their work with a time phrase ("Marco, the route supervisor,
  rides along with two servicers every Wednesday"): what the owner does with them, and how often, as written.
"""

from __future__ import annotations

import re
from typing import Optional

from planner.extract.learner_clause import is_name

_SENIOR = re.compile(r"^(?:lead|senior|chief|head|principal|supervising|charge|superintendent)\s", re.I)
# checking and mentoring verbs (DOMAIN.md: quality sampling, mentoring and shadowing)
_VERBS = (r"checks|check|reviews|review|reads|read|proofs|audits|audit|approves|approve|signs off|sign off|inspects|"
          r"inspect|verifies|verify|samples|sample|goes over|go over|goes through|go through|looks over|look over|marks|mark|"
          r"mentors|mentor|coaches|coach|trains|train|sits with|sit with|shadows|buddies|buddy|listens to|listen to|"
          r"rides along with|ride along with|walks through|walk through|sits in on|sit in on")
_NAME_CLAUSE = re.compile(
    rf"(?:^|[.;:!?,]\s+|\b(?:and|but|while)\s+)(?:(?:[Tt]he|[Oo]ur|[Mm]y)\s+((?:[a-z][a-z-]*\s+){{0,2}}?[a-z][a-zA-Z-]*)\s+|([A-Z][a-z]+)\s+(?=[A-Z]))?"
    rf"([A-Z][a-z]+)(?:,\s+(who\s+[^,.;!?]{{3,50}}),)?\s+(also\s+|always\s+|then\s+|personally\s+|usually\s+|will\s+|can\s+|wants to\s+|plans to\s+|is going to\s+)?"
    rf"({_VERBS}|[a-z]+)\b([^.;!?]*)")
_TIME = re.compile(r"\b(?:(?:every|each|a|per|once a|twice a)\s+(?:day|night|week|month|morning|evening|afternoon|shift|fortnight|"
                   r"quarter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|visit|job|case|file|report|turn)|daily|"
                   r"weekly|nightly|monthly|fortnightly|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)|"
                   r"(?:their|the|his|her) first (?:\w+\s+)?\w+)\b", re.I)


def _verb(w: str) -> bool:
    from planner.extract.phrases import base_verb, can_be_verb

    return w.endswith("s") and can_be_verb(base_verb(w)) and w not in ("is", "has", "was", "says", "thinks", "feels")


def outranks(role: str, audience: Optional[str]) -> bool:
    """"lead MRI tech" is above "MRI tech": a senior word the audience lacks, before the same role."""
    return bool(audience and _SENIOR.match(role) and not _SENIOR.match(audience))


def third_verb(verb: str) -> str:
    from planner.text.inflect import verb_forms

    w = verb.split()
    if w[0].endswith("s") and not w[0].endswith("ss"):
        return verb
    third = next((f for f in sorted(verb_forms(w[0])) if f.endswith("s") and f != w[0] + "ss"), w[0])
    return " ".join([third] + w[1:])


def own_clause(rest: str) -> str:
    """The reviewer's clause ends where "and" starts another clause: "spot-checks 20 charts every Monday and about 1 in 4
    are missing the FiO2", "signs off the sheets every Thursday and wants re-cuts down ..."; "and goes over their notes"
    (another checking verb of the same reviewer) continues it."""
    m = re.search(r"\s+and\s+(?!(?:" + _VERBS + r")\b)", rest)
    return rest[: m.start()].strip() if m else rest


def step_of(verb: str, rest: str) -> Optional[str]:
    """The clause as a third-person cadence: "will mentor them, and he goes over their notes every Friday" ->
    "mentors them and goes over their notes every Friday"."""
    rest = re.sub(r",?\s+and\s+(?:he|she|they)\s+", " and ", rest.strip())
    rest = re.split(r",|\s+(?:but|so|because|which)\s+", rest)[0].strip()
    rest = own_clause(rest)
    rest = re.sub(r"\s+(?:myself|himself|herself|themselves)\b", "", rest)
    if not rest or len(rest.split()) > 16:
        return None
    return f"{third_verb(verb.lower())} {rest}"


def named_reviewer(text: str, audience: Optional[str]):
    """A Reviewer named by a person's name (role "" when the text gives none), or None."""
    from planner.extract.context import same_role
    from planner.extract.reviewer import Reviewer
    from planner.text.inflect import singular

    from planner.extract.phrases import can_be_verb
    from planner.extract.reviewer import _is_role

    for m in _NAME_CLAUSE.finditer(text or ""):
        lower_role, title, name, who, aux, verb, rest = m.groups()
        if not is_name(text, name) or title and not _is_role(title):
            continue  # "Chef Marta tastes ...": a title before the name is the role
        role = singular((lower_role or title or "").lower())
        if role and audience and same_role(role, audience) and not outranks(role, audience):
            continue
        modal = bool(aux) and aux.split()[0] in ("will", "can", "wants", "plans", "is")
        if not re.fullmatch(_VERBS, verb):
            if not (_verb(verb) or modal and can_be_verb(verb)) or verb in ("will", "can", "has", "is", "was"):
                continue
            if not (_TIME.search(rest) or re.match(r"\s*(?:every|each|them|their)\b", rest)):
                continue  # any other verb only with a time phrase or the learners: "walks every job on Fridays", "will walk them through"
        step = step_of(verb, rest)
        if step:
            return Reviewer(role=role, step=step, name=f"{name}, {who}" if who else name)
    return None


def label(rev) -> str:
    """How a plan names the reviewer: "Okafor, the night sergeant", "Joan, who runs the title desk", "Hannah (named
    in the text; role not given)", or the role."""
    if rev.name and rev.role:
        return f"{rev.name}, the {rev.role}"
    if rev.name:
        return rev.name if ", who " in rev.name else f"{rev.name} (named in the text; role not given)"
    return rev.role


def timed_step(text: str, owner: Optional[str], audience: Optional[str]) -> Optional[str]:
    """The owner's own present-tense clause with a time phrase that names the learners or their work (them, their,
    the learners' head noun), as written in the third person; None when the text gives none."""
    from planner.extract.phrases import base_verb, can_be_verb, plural

    if not owner:
        return None
    head = (audience or "").split()[-1:] or [""]
    forms = [f for f in {head[0], plural(head[0]) if head[0] else ""} if f]
    for m in re.finditer(rf"\b{re.escape(owner)}\b,?\s+(?:who\s+|also\s+|then\s+|usually\s+)?([a-z]+)\b([^.;!?]*)", text, re.I):
        verb = m.group(1).lower()
        if not (verb.endswith("s") and can_be_verb(base_verb(verb))) or verb in ("is", "has", "was", "says", "wants", "needs", "thinks", "feels"):
            continue
        rest = re.split(r",|\s+(?:but|so|because|which)\s+", m.group(2))[0].strip()
        if not _TIME.search(rest) or len(rest.split()) > 14:
            continue
        if re.search(r"\b(?:them|their|each|every)\b", rest, re.I) or any(re.search(rf"\b{re.escape(f)}\b", rest, re.I) for f in forms):
            return f"{verb} {rest}"
    return None
