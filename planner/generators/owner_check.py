"""The feedback owner checked against the text's own checking clause (issue 12, h18owner; DOMAIN.md "feedback owner":
who reviews the practice, and how often).

The owner the other readers found (planner.generators.signal.feedback_owner) is kept, with three corrections from
the clause planner.extract.check_clause reads ("Chef Amara tastes and checks every plate at the pass", "Their
supervisor, Mr. Tanaka, spot-checks ten claims a week"):
- a blank ("to be named (the text names no reviewer)") or an implied role is replaced by the person the text names;
- the same person with only a proposed cadence gets the text's cadence, as written, when it says how often;
- the same person named with a cut role ("Okoye, the principal") gets the role the text gives in full.
Nothing is added that the text does not say; the 1:1 stays marked as a proposal.
"""

from __future__ import annotations

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
    if not _same_person(role, chk):
        return feedback, implied
    out = dict(feedback)
    if chk.timed and cadence.startswith("proposed:"):
        out["cadence"] = clip(text_cadence, 200)
    if chk.name and chk.role and chk.role not in role.lower():
        out["role"] = clip(chk.who, 200)
    return out, implied
