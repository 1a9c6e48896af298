"""Open questions the text already answers, replaced by the real unknown beside them (issue 12, h15type).

The strict reader's rubric (DOMAIN.md, criterion 9): "the real unknowns of this problem; never a question the text
already answers". Readers on unseen text marked "How often does the problem happen today?" beside "nine last month",
and "What work shows the problem?" beside the learners' own clause saying what goes wrong. A count of the problem in
the text (a number with its period, or "N of the M" in a sentence that reports a problem) answers "how often": the
unknown left is where that count is kept, so it can be read again at the review (DOMAIN.md, "Ways of tracking
success": error rates, quality sampling -- a signal needs a source). Newcomers with no problem reported have no
"piece of work that shows the problem"; their unknown is which tasks they must do alone first (DOMAIN.md: onboarding
makes someone productive in a new position).
"""

from __future__ import annotations

import re
from typing import Optional

from planner.extract.problem_count import counted

# "never on TaxDome", "haven't used the tracker yet": a newcomer's lack of experience, not a fault in their work
_INEXPERIENCE = re.compile(r"^(?:they\s+|who\s+)?(?:have\s+|'ve\s+)?(?:never|not yet|haven't|have not|don't know|do not know)\b", re.I)


def inexperience(clause: str) -> bool:
    return bool(_INEXPERIENCE.match(clause.strip()))


def revise(questions: list[str], text: str, *, kind: str, learners: str, symptoms: bool, baseline_q: str,
           task_q: str, work_clause: Optional[str]) -> list[str]:
    """The questions with those the text answers replaced by the unknown beside them."""
    out: list[str] = []
    for q in questions:
        if q == baseline_q:
            c = counted(text)
            if c:
                q = f'The text counts the problem ("{c}"): where is that count kept, so the same figure can be read again at the review?'
        elif q == task_q or (q.startswith("Which piece of work in ") and q.endswith("shows the problem, and what goes wrong in it?")):
            if kind == "onboarding" and not symptoms:
                q = f"Which tasks must the {learners} be able to do alone first?"
            elif kind == "onboarding":
                continue  # the newcomers' own fault names the work ("their first three pull requests were all sent back")
            elif work_clause:
                continue  # the learners' own clause says what goes wrong ("they send the kitchen the diet codes from memory")
        out.append(q)
    return list(dict.fromkeys(out))
