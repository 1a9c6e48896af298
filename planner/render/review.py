"""The review section: what the checkers say about a plan, in plain words, for the plan's author.

Shown only on request (``upskill plan --annotate``, the page's "Show review notes" toggle); a
manager's default plan carries the plan alone (issue 15). Three sources:

- the concreteness suite's weak fields (``planner.checks.plan_report``): its rules read
  English, so for a plan in another language they are left out and the section says so;
- the grounding checks of each task (``GroundedTask.checks``): failures, then warnings;
- the plan's ``review_notes``: what a validator could not decide.

Suggestions keep no invented example: "(e.g. 'in about 40% of escalations')" names a number the
problem may not have, so examples in parentheses are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.models import Plan

REVIEW_TITLE = "Review notes (for the plan's author; not part of the plan)"
_EXAMPLE = re.compile(r"\s*\((?:e\.g\.|for example|eg)[^)]*\)", re.I)


@dataclass
class ReviewItem:
    where: str  # "Current gap", "Task 2"
    text: str  # one plain sentence


def _plain(text: str) -> str:
    t = _EXAMPLE.sub("", text or "").strip()
    t = re.sub(r"\s+", " ", t)
    return (t[:1].upper() + t[1:]).rstrip(" .;") + "." if t else ""


def review_items(plan: Plan, view=None) -> list[ReviewItem]:
    from planner.render.view import plan_view

    v = view or plan_view(plan)
    items: list[ReviewItem] = []
    english = (plan.language or "en").lower().startswith("en")
    if english:
        for f in v.fields:
            if f.weak:
                advice = "; ".join(_plain(r).rstrip(".") for r in f.reasons[:2] if _plain(r)) or "Make it more specific to this team"
                items.append(ReviewItem(f.title, f"Could be more specific: {advice}."))
    else:
        items.append(ReviewItem("Fields", "The field checks read English only, so this plan's fields were not checked."))
    for i, t in enumerate(plan.tasks, 1):
        for c in t.checks:
            if not c.passed:
                items.append(ReviewItem(f"Task {i}", _plain(c.reason)))
        for c in t.checks:
            if c.passed and c.warning:
                items.append(ReviewItem(f"Task {i}", _plain(c.reason)))
    for n in plan.review_notes:
        where, _, text = n.partition(": ")
        items.append(ReviewItem(where if text else "Plan", _plain(text or n)))
    return items
