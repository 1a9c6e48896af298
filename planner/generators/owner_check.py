"""The feedback owner checked against the text's own checking clause (issue 12, h18owner; DOMAIN.md "feedback owner":
who reviews the practice, and how often).

The owner the other readers found (planner.generators.signal.feedback_owner) is kept, with three corrections from
the clause planner.extract.check_clause reads ("Chef Amara tastes and checks every plate at the pass", "Their
supervisor, Mr. Tanaka, spot-checks ten claims a week"):
- a blank ("to be named (the text names no reviewer)") or an implied role is replaced by the person the text names;
- the same person with only a proposed cadence gets the text's cadence, as written, when it says how often;
- the same person named with a cut role ("Okoye, the principal") gets the role the text gives in full.
Nothing is added that the text does not say; the 1:1 stays marked as a proposal. Where the text names no one above
the learners and no checking clause, the blank names the role every team has above it, the learners' line manager,
marked as an assumption (readers: "'to be named' offers no role above the tellers"; the rubric: a role the text
implies, never one from another field).
"""

from __future__ import annotations

import re
from typing import Optional

from planner.frame import ProblemFrame


def _same_person(role: str, chk) -> bool:
    low = role.lower()
    if chk.first_person:
        return low.startswith("you")
    if chk.name and chk.name.split()[-1].lower() in low:
        return True
    return bool(chk.role and chk.role in low)


def with_text_check(feedback: dict, implied: Optional[str], frame: ProblemFrame,
                    until: str = "") -> tuple[dict, Optional[str]]:
    out, implied = _with_text_check(feedback, implied, frame, until)
    # "a sample of each person's work samples": the plan's neutral noun read twice (readers: generic padding)
    cad = str(out.get("cadence", ""))
    if "each person's work samples" in cad:
        out = {**out, "cadence": cad.replace("each person's work samples", "each person's work")}
    if str(out.get("role", "")).startswith("you") and (cad := str(out.get("cadence", ""))) and not cad.startswith("proposed"):
        out = {**out, "cadence": _second_person(cad)}  # "you, the manager writing this: walk the pitches ...", not "walks"
    return out, implied


def _second_person(cadence: str) -> str:
    """"walks the pitches with them" -> "walk the pitches with them": the manager's own clause, said to them."""
    from planner.extract.phrases import base_verb

    first, _, rest = cadence.partition(" ")
    if first.endswith("s") and first.islower() and base_verb(first) != first:
        return f"{base_verb(first)} {rest}".strip()
    return cadence


def _with_text_check(feedback: dict, implied: Optional[str], frame: ProblemFrame,
                     until: str = "") -> tuple[dict, Optional[str]]:
    from planner.extract.check_clause import check_clause
    from planner.generators.gate import clip, gated

    chk = check_clause(frame.text, frame.audience_role)
    if chk is None:
        return feedback, implied
    role, cadence = feedback.get("role", ""), feedback.get("cadence", "")
    from planner.generators.signal import text_cadence as cadence_of

    text_cadence = gated(cadence_of(chk.step, until), cadence, phrase=True)
    blank = role.startswith("to be named") or implied is not None
    if blank:
        return {"role": clip(chk.who, 200), "cadence": clip(text_cadence, 200)}, None
    if chk.first_person and role and re.search(rf"\bwith\s+(?:the\s+|our\s+|my\s+)?{re.escape(role.lower())}\b", chk.step.lower()):
        # "I go over yesterday's tickets every morning with the shift lead": the manager and the named role together
        return {"role": clip(f"you (the manager writing this), with the {role}", 200), "cadence": clip(text_cadence, 200)}, implied
    if not _same_person(role, chk):
        return feedback, implied
    out = dict(feedback)
    if chk.timed and cadence.startswith("proposed:"):
        out["cadence"] = clip(text_cadence, 200)
    if chk.name and chk.role and chk.role not in role.lower():
        out["role"] = clip(chk.who, 200)
    return out, implied


_BLANK = "to be named (the text names no reviewer)"


def line_manager(feedback: dict, frame: ProblemFrame) -> dict:
    """"to be named (the text names no reviewer)" -> "the tellers' line manager (assumed: ...; to confirm)": the role
    above any team, marked as an assumption (DOMAIN.md: the role above the audience that the text implies)."""
    from planner.extract.phrases import plural
    from planner.generators.gate import clip, gated

    if not str(feedback.get("role", "")).startswith(_BLANK):
        return feedback
    role = (frame.audience_role or "").strip()
    whose = f"the {plural(role)}'" if role and not role.endswith("staff") else f"the {role}'s" if role else "the team's"
    named = gated(f"{whose} line manager (assumed: the text names no reviewer; to confirm)", feedback["role"], phrase=True)
    return {**feedback, "role": clip(named, 200)}
