"""How a plan names the reviewer, and the owner's own timed clause (issue 12, h15aud; the clause itself is read by
planner.extract.checker, the one reader of the checker since h20rev).

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


_SENIOR = re.compile(r"^(?:lead|senior|chief|head|principal|supervising|charge|superintendent)\s", re.I)

def outranks(role: str, audience: Optional[str]) -> bool:
    """"lead MRI tech" is above "MRI tech": a senior word the audience lacks, before the same role."""
    return bool(audience and _SENIOR.match(role) and not _SENIOR.match(audience))


def label(rev) -> str:
    """How a plan names the reviewer: "Okafor, the night sergeant", "Joan, who runs the title desk", "Hannah (named
    in the text; role not given)", or the role; as the one reader (planner.extract.checker) names them."""
    if getattr(rev, "who", None) and rev.name:
        return rev.who
    if rev.name and rev.role:
        return f"{rev.name}, the {rev.role}"
    if rev.name:
        return rev.name if ", who " in rev.name else f"{rev.name} (named in the text; role not given)"
    return rev.role


# a time phrase that closes a clause: "most nights", "every Monday morning", "on Fridays", "daily"
_WHEN = (r"(?:(?:most|some|alternate)\s+(?:days|nights|mornings|afternoons|evenings|shifts|weekends)|(?:every|each)\s+\w+"
         r"(?:\s+(?:morning|afternoon|evening|night))?|\w+days?|daily|weekly|nightly)")


def _checks(np: Optional[str]) -> bool:
    """"spot checks", "a walk round", "the audits": a noun phrase whose head is one of the checking verbs
    (planner.extract.checker.VERBS, the one list), as a noun."""
    from planner.extract.checker import VERBS

    words = re.findall(r"[a-z-]+", (np or "").lower())
    if not words or len(words) > 4:
        return False
    head = words[-1][:-1] if words[-1].endswith("s") else words[-1]
    return head in {v.split()[0] for v in VERBS} | {"round", "walk-round", "inspection", "visit"}


def timed_step(text: str, owner: Optional[str], audience: Optional[str]) -> Optional[str]:
    """The owner's own present-tense clause with a time phrase that names the learners or their work (them, their,
    the learners' head noun), as written in the third person; or the owner's own visit, a verb and a time phrase and
    nothing else ("drops by most mornings", "comes in every Monday"); None when the text gives none."""
    from planner.extract.checker import HOW_OFTEN, cadence
    from planner.extract.phrases import base_verb, can_be_verb, plural

    if not owner:
        return None
    head = (audience or "").split()[-1:] or [""]
    forms = [f for f in {head[0], plural(head[0]) if head[0] else ""} if f]
    for m in re.finditer(rf"\b{re.escape(owner)}\b,?\s+(?:who\s+|also\s+|then\s+|usually\s+)?([a-z]+)\b([^.;!?]*)", text, re.I):
        verb = m.group(1).lower()
        if not (verb.endswith("s") and can_be_verb(base_verb(verb))) or verb in ("is", "has", "was", "says", "wants", "needs", "thinks", "feels"):
            continue
        rest = cadence(m.group(2)) or ""  # the one cadence reader (planner.extract.checker)
        when = re.search(rf"(?:^|\s)(?:(?:on|at)\s+)?{_WHEN}$", rest.strip(), re.I)
        lead = rest.strip()[: when.start()].strip() if when else None
        if when and re.fullmatch(r"(?:(?:by|in|round|around|over|out|along)\b)?", lead or "", re.I):
            return f"{verb} {rest}"  # "the supervisor drops by most mornings": the owner's own visit, a time phrase and nothing else
        if when and verb in ("does", "runs", "makes", "carries") and _checks(lead):
            return f"{verb} {rest}"  # "charge nurse does spot checks most nights": a check of the owner's, and how often
        if not HOW_OFTEN.search(rest) or len(rest.split()) > 14:
            continue
        if re.search(r"\b(?:them|their|each|every)\b", rest, re.I) or any(re.search(rf"\b{re.escape(f)}\b", rest, re.I) for f in forms):
            return f"{verb} {rest}"
    return None
