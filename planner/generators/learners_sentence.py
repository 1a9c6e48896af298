"""The current gap when no rule reads the fault: the text's own statement about the learners, quoted whole.

Issue 12, round 6 (policy 13): when the text gives a candidate fact, a plan never claims it is missing; "the text does
not say what goes wrong" beside "the upholsterers keep cutting foam off the old templates" costs the plan its whole
criterion with a reader. DOMAIN.md, current gap: "what people struggle with today, observed" - the manager's own
statement about the people is that observation, quoted as written (faithful over complete: never sliced). A request
("need to get better at ...", "we want ...") or a question is no observation (planner.generators.gap_text).
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from planner.generators.gap_text import without_requests

_SENT = re.compile(r"(?<=[.!?])\s+|\n+")
_WISH = re.compile(r"\b(?:we'?d like|we want|i want|wants?\b|target|goal|aim|would like|hoping)\b", re.I)
# a change of position (a motion or status verb with its goal: "are moving over to", "accepted onto", "promoted
# into") is the cue of the intervention type, never what goes wrong in the work today
_MOVE = re.compile(r"\b(?:mov\w*|transferr?\w*|accepted|promoted|join\w*|start\w*|switch\w*|retrain\w*)\s+"
                   r"(?:over\s+|across\s+|back\s+)?(?:to|onto|into|as|on|in|at)\b", re.I)
_HEADCOUNT_ONLY = re.compile(r"^(?:we have|there are|we've got|i have|i manage)\b", re.I)


def learners_sentence(text: str, learner_forms: Iterable[str]) -> Optional[str]:
    """The first statement that names the learners (as the text writes them) and says something of them, whole;
    None when there is none."""
    forms = [f.lower() for f in learner_forms if f and len(f) > 2]
    if not forms:
        return None
    for s in _SENT.split(text.strip()):
        s = s.strip()
        low = s.lower()
        if not s or s.endswith("?") or _WISH.search(s) or _HEADCOUNT_ONLY.match(s) or _MOVE.search(s):
            continue
        if not any(re.search(rf"\b{re.escape(f)}", low) for f in forms):
            continue
        kept = without_requests(s)
        if kept and len(kept.split()) >= 4:
            kept = kept[0].upper() + kept[1:]
            return kept if kept.endswith((".", "!")) else kept.rstrip(";:, ") + "."
    return None
