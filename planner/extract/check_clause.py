"""Who checks the learners' work, and how often, read from one clause of the text (issue 12, h18owner; read by
planner.extract.checker, the one reader, since h20rev; this module keeps the Check record owner_check uses).

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

from dataclasses import dataclass
from typing import Optional

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
        from planner.extract.checker import HOW_OFTEN

        return bool(HOW_OFTEN.search(self.step))


def check_clause(text: str, learners: Optional[str] = None) -> Optional[Check]:
    """The first clause in which a person other than the learners checks, approves or mentors (planner.extract.checker,
    the one reader), with the clause as written ("will check their first twenty sheets"); None when none."""
    from planner.extract.checker import read

    c = read(text or "", learners)
    if c is None:
        return None
    return Check(who=c.who, step=c.written, role=c.role, name=c.name, first_person=c.first_person)
