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

_W = r"[^\s|,]+ "
# "nine last month", "about 6 a week", "3 per shift", "4 of the 30 trays", "12%": a count of what goes wrong
_COUNT = re.compile(r"\bNUM (?:" + _W + r"){0,3}?(?:a|per|each|every|last|this|in the last|over the last|in) (?:NUM )?TIME\b"
                    r"|\bNUM of (?:the |our |those |these |last |this )?(?:NUM )?[^\s|,]+"
                    r"|\bNUM (?:%|percent|per cent)")


def counted(text: str) -> Optional[str]:
    """The count of the problem as the text writes it ("nine last month"), from a sentence that reports a problem."""
    from planner.extract.intervention_frames import _phrase, tagged
    from planner.extract.signals import PROBLEM, symptom_sentences

    import bisect

    for sent in symptom_sentences(text):
        if not PROBLEM.search(sent):
            continue
        toks, tags, starts = tagged(sent)
        m = _COUNT.search(tags)
        if m:
            i = bisect.bisect_right(starts, m.start()) - 1
            j = bisect.bisect_right(starts, m.end() - 1) - 1
            return _phrase(sent, list(toks), i, j)
    return None


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
            elif work_clause:
                continue  # the learners' own clause says what goes wrong ("they send the kitchen the diet codes from memory")
        out.append(q)
    return list(dict.fromkeys(out))
