"""Small deterministic domain rules used by the plan validators.

Each rule names its source. The full statement analyzer lives in
``planner.concreteness``; these are the field-level gates that a generated plan
must pass before it is accepted (instructor re-asks with the messages built
from them in ``planner.models``).
"""

from __future__ import annotations

import re

_NUMBER = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|half|quarter|zero|none|all|every)\b",
    re.I,
)


def has_number(text: str) -> bool:
    """SMART 'measurable': a figure, in digits or words ('half', 'every')."""
    return bool(_NUMBER.search(text or ""))


# Mager (Preparing Instructional Objectives): performances must be observable;
# these verbs name internal states nobody can see.
NON_OBSERVABLE = (
    "understand", "know", "learn", "appreciate", "be aware", "become aware", "be familiar", "become familiar",
    "grasp", "master", "comprehend", "realise", "realize", "believe", "internalize", "internalise",
    "gain knowledge", "gain an understanding", "have knowledge", "be comfortable", "feel confident", "be confident",
)
# Vague change verbs + abstract objects: a goal, not a performance (DOMAIN.md "too broad").
VAGUE_CHANGE = ("improve", "enhance", "strengthen", "develop", "boost", "increase", "build", "upgrade", "optimise", "optimize", "work on", "get better at")
ABSTRACT_OBJECTS = (
    "skill", "skills", "communication", "quality", "performance", "knowledge", "capabilit", "competenc",
    "teamwork", "collaboration", "efficiency", "productivity", "mindset", "awareness", "understanding",
    "leadership", "professionalism", "attitude", "engagement", "culture", "effectiveness",
)


def vague_goal_problem(goal: str) -> str | None:
    """Return why a skill goal is vague, or None. ABCD 'behaviour' + Mager 'performance'.

    The word rules below catch the classic cases with a message a model can act on; the concreteness
    suite's performance and object components (``planner.concreteness``) then judge the rest.
    """
    problem = _vague_by_words(goal)
    if problem:
        return problem
    try:
        from planner.concreteness import score_statement
    except ImportError:  # the word rules alone
        return None
    c = score_statement(goal).components
    if c["performance"].score == 0.0:
        return c["performance"].reason
    if c["performance"].score < 0.5 and c["object"].score < 0.5:
        return f"{c['performance'].reason}; {c['object'].reason}"
    return None


def _vague_by_words(goal: str) -> str | None:
    g = (goal or "").strip().lower()
    words = re.findall(r"[a-z'’-]+", g)
    if len(words) < 4:
        return "it is only a few words; a practicable goal names the action, its object and where it happens"
    head = " ".join(words[:4])
    for verb in NON_OBSERVABLE:
        if head.startswith(verb) or re.match(rf"^(to |be able to )?{re.escape(verb)}\b", g):
            return f"'{verb}' is not observable (Mager): nobody can see a person {verb}"
    for verb in VAGUE_CHANGE:
        if re.match(rf"^(to )?{re.escape(verb)}\b", g):
            rest = g[len(verb):]
            first_obj = " ".join(re.findall(r"[a-z'’-]+", rest)[:4])
            if any(a in first_obj for a in ABSTRACT_OBJECTS):
                return f"'{verb}' with an abstract object ('{first_obj.strip()}') is a wish, not a performance"
    return None


GENERIC_AUDIENCE = {
    "employees", "employee", "staff", "people", "team", "the team", "everyone", "all", "workers", "users",
    "personnel", "team members", "colleagues", "the staff", "all staff", "all employees", "my team",
}


def is_generic_audience(role: str) -> bool:
    """ABCD 'audience': a named role, not 'employees'."""
    return (role or "").strip().lower() in GENERIC_AUDIENCE


GENERIC_OWNERS = {
    "management", "managers", "leadership", "hr", "human resources", "the team", "team", "everyone",
    "someone", "tbd", "n/a", "none", "the company", "l&d", "learning and development", "peers", "self",
    "the learner", "learners", "staff",
}
_ROLE_NOUN = re.compile(
    r"\b(lead|leader|manager|supervisor|coach|trainer|mentor|engineer|specialist|analyst|officer|owner|"
    r"head|director|nurse|agent|champion|reviewer|editor|auditor|controller|pharmacist|physician|"
    r"foreman|chief|coordinator|partner|expert|senior|principal|captain|administrator|accountant|"
    r"teacher|instructor|qa|sme|buddy|consultant|planner|dispatcher|technician|associate|rep|representative)s?\b",
    re.I,
)
_PERSON_NAME = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+$")


def feedback_role_problem(role: str) -> str | None:
    """DOMAIN.md: 'management' is weak; a named reviewing role with a cadence is strong."""
    r = (role or "").strip()
    if r.lower() in GENERIC_OWNERS:
        return "is a group, not one accountable role"
    if _PERSON_NAME.match(r) and not _ROLE_NOUN.search(r):
        return "looks like a person's name; plans name roles so they survive staff changes"
    if not _ROLE_NOUN.search(r):
        return "does not name a role"
    return None
