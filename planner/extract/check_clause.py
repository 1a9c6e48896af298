"""Who checks the learners' work, and how often, read from one clause of the text (issue 12, h18owner).

DOMAIN.md: the feedback owner is "who reviews the practice, and how often"; the strict reader's rubric (criterion 7)
wants "the role above the audience that the text names or implies, with a cadence". Managers name that person in
many shapes, and a reader marks a plan down both when it says "the text names no reviewer" and when it proposes
"every week" beside a text that says "on Thursdays":

- a title before a name: "Chef Amara tastes and checks every plate", "Sister Wan audits a sample each month",
  "Dr. Okoye, our principal geomatics engineer, signs every sheet" (an honorific or rank, then a capitalised name);
- a role in apposition on either side of a name: "Their supervisor, Mr. Tanaka, spot-checks ten claims a week";
- a name alone ("Bernadette looks over the run every second Friday") or the manager ("I read them all every morning").

The subject must be followed by a verb of checking, approving or mentoring (DOMAIN.md: quality sampling, sign-off,
mentoring), possibly after another verb of the same subject ("tastes and checks"). The rest of the clause, as
written, is the cadence; it counts as the text's cadence only when it says how often or how much ("every", "each",
"on Thursdays", "ten claims a week", "before it goes out"). A person who only wants a result ("wants it in the app by
June") checks nothing and is not returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

# Honorifics and ranks written before a name (English usage; Chicago Manual of Style 8.21-8.32 on titles and offices).
_TITLE = (r"Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Prof\.?|Professor|Sister|Brother|Father|Chef|Captain|Capt\.?|Lieutenant|"
          r"Lt\.?|Sergeant|Sgt\.?|Officer|Inspector|Detective|Coach|Nurse|Matron|Judge|Pastor|Dean|Major|Colonel|"
          r"Commander|Chief|Superintendent|Constable")
# Checking, approving and mentoring verbs, third person and base (DOMAIN.md: quality sampling, sign-off, mentoring).
_CHECK = (r"checks|check|reviews|review|reads|read|proofs|proofreads|audits|audit|approves|approve|signs off|sign off|"
          r"signs|sign|countersigns|countersign|inspects|inspect|verifies|verify|samples|sample|spot-checks|spot-check|"
          r"goes over|go over|goes through|go through|looks over|look over|looks at|look at|marks|mark|tastes|taste|"
          r"mentors|mentor|coaches|coach|sits with|sit with|listens to|listen to|rides along with|walks through|"
          r"sits in on|grades|grade|scores|score|tests|test|times|observes|observe|watches|watch")
_ROLE_WORDS = r"(?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*"
_DET = r"(?:[Tt]he|[Oo]ur|[Mm]y|[Tt]heir|[Hh]is|[Hh]er)"
_NAME = r"[A-Z][a-z'’-]+"
_SUBJECT = (rf"(?P<title>(?:{_TITLE})\s+)?(?P<name>{_NAME})(?:,\s+{_DET}\s+(?P<arole>{_ROLE_WORDS}),)?"
            rf"|{_DET}\s+(?P<role>{_ROLE_WORDS}),\s+(?P<rtitle>(?:{_TITLE})\s+)?(?P<rname>{_NAME}),"
            rf"|(?P<me>I)")
_ADV = r"(?:(?P<adv>always|also|then|still|personally|usually|normally|will|now)\s+)?"
CLAUSE = re.compile(
    rf"(?:^|(?<=[.;:!?])\s+|(?<=,)\s+(?:and|but)\s+|\b(?:and|but|while)\s+)(?:{_SUBJECT})\s+{_ADV}"
    rf"(?:(?P<first>[a-z]+)\s+and\s+)?(?P<verb>{_CHECK})(?![\w-])(?P<rest>[^.;!?]*)")
# what makes the clause a cadence: how often or how much (SMART 'time-bound'; DOMAIN.md "how often")
_HOW_OFTEN = re.compile(
    r"\b(?:every|each|per|daily|weekly|nightly|monthly|fortnightly|once|twice|always)\b"
    r"|\bon\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)\b"
    r"|\ba\s+(?:day|night|week|month|shift|fortnight|quarter)\b|\bbefore\s+(?:it|they|each|every|the)\b"
    r"|\b(?:a|one)\s+sample\b|\b(?:their|the|his|her)\s+first\s+(?:\w+\s+)?\w+", re.I)
_NOT_NAME = frozenset("The Our My Their His Her A An And But So Then When If We They He She It This That These Those "
                      "Nobody Everyone Someone Each Every Most Some All None".split())


@dataclass(frozen=True)
class Check:
    who: str  # how a plan names them: "Dr. Okoye, the principal geomatics engineer", "Chef Amara", "you, the manager writing this"
    step: str  # the clause as written, third person: "signs every sheet before it goes to the client"
    role: Optional[str] = None  # "principal geomatics engineer"
    name: Optional[str] = None  # "Dr. Okoye"
    first_person: bool = False

    @property
    def timed(self) -> bool:
        """The clause says how often or how much: it is the text's cadence."""
        return bool(_HOW_OFTEN.search(self.step))


def _clip(rest: str) -> str:
    """The checker's own clause: up to a clause of another subject ("and I'm tired of guessing", "but ...")."""
    rest = re.split(r",\s+(?:but|so|because|which|and then)\b|\s+(?:but|so|because)\s+|\s+and\s+(?:I|we|they|he|she|it)\b"
                    r"|,\s+and\s+", rest)[0]
    return " ".join(rest.split()).rstrip(",")


def check_clause(text: str, learners: Optional[str] = None) -> Optional[Check]:
    """The first clause in which a person other than the learners checks, approves or mentors; None when none."""
    from planner.extract.context import same_role
    from planner.extract.learner_clause import is_name
    from planner.extract.review_clause import third_verb
    from planner.text.inflect import singular

    for m in CLAUSE.finditer(text or ""):
        rest = _clip(m.group("rest"))
        if not rest or len(rest.split()) > 16:
            continue
        verb = m.group("verb")
        if m.group("first") and not re.match(r"[a-z]+s$", m.group("first")) and not m.group("me"):
            continue  # "X tastes and checks": both verbs of the same subject, both third person
        if m.group("adv") == "will":  # "Dr Okafor will check their first twenty sheets": the future kept, as written
            step = f"will {verb} {rest}"
        else:
            step = third_verb(f"{m.group('first')} and {verb}" if m.group("first") else verb) + f" {rest}"
        if m.group("me"):
            return Check(who="you, the manager writing this", step=step, first_person=True)
        name = m.group("name") or m.group("rname")
        title = (m.group("title") or m.group("rtitle") or "").strip()
        role = m.group("arole") or m.group("role")
        if re.split(r"['’]", name)[0] in _NOT_NAME or (not title and not role and not is_name(text, name)):
            continue
        if role:
            role = singular(role.lower())
            if learners and same_role(role, learners):
                continue  # one of the learners, not their reviewer
        elif learners and same_role(singular(name.lower()), learners):
            continue
        person = f"{title} {name}".strip()
        who = f"{person}, the {role}" if role else person
        from planner.rules import feedback_role_problem

        if not role and (not title or feedback_role_problem(who)):
            who = f"{person} (named in the text; role not given)"  # "Bernadette", "Sister Wan": no role given
        return Check(who=who, step=step, role=role, name=person)
    return None
