"""The count of the problem as the text writes it ("nine last month", "4 of the 30 trays", "12%"), from a sentence
that reports a problem (h15type): a count there answers "how often does it happen?" (DOMAIN.md, strict reader,
criterion 9: never a question the text already answers). Read over the lemma/word-class string of
planner.extract.intervention_frames.tagged.
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
