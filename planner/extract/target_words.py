"""The text's target when it is written in words or after a qualifier (issue 12, h14sig).

SMART "measurable": a target the manager gives is the plan's target, said to be the text's, never replaced by a
proposal. Managers write it as a word ("I'd like callbacks halved", "cut that in half") or with words between the
verb and the figure ("down to the team's 2%"), which the general target rules (planner.extract.numbers.TARGET)
miss. Only in a sentence that asks for it (numbers.WISH), and only against the text's own baseline.
"""

from __future__ import annotations

import re
from typing import Optional

from planner.frame import NumberFact

_HALVED = re.compile(r"\b(halved|halve (?:it|that|this|them)|cut (?:it|that|this|them) (?:in|by) half|by half)\b", re.I)
_QUALIFIED = re.compile(r"\b(?:down|up)\s+to\s+(?:the|our|their)\s+(?:[a-z'’-]+\s+){0,3}?((?:about |around |under |below )?\d+(?:\.\d+)?\s*%)", re.I)


def _exact(v: float) -> bool:
    return round(v, 1) == v


def word_target(text: str, base: Optional[NumberFact]) -> Optional[NumberFact]:
    """The target the text asks for in words, as a NumberFact (its value derived from the baseline for "halved")."""
    from planner.extract.numbers import WISH
    from planner.extract.signals import sentences

    if base is None:
        return None
    for s in sentences(text):
        if not WISH.search(s):
            continue
        m = _QUALIFIED.search(s)
        if m and base.unit == "%":
            v = float(re.search(r"\d+(?:\.\d+)?", m.group(1)).group(0))
            return NumberFact(text=m.group(1).strip(), value=v, unit="%", context=s, role="target")
        m = _HALVED.search(s)
        if m and base.value:
            half = base.value / 2
            label = m.group(1)
            if _exact(half):
                figure = f"{half:g}%" if base.unit == "%" else f"{half:g}" + (f" a {base.per}" if base.per else "")
                label = f"{label}, from {base.text} to {figure}"
            else:
                label = f"{label}, half of {base.text}"
            return NumberFact(text=label, value=half if _exact(half) else None, unit=base.unit, per=base.per, context=s,
                              role="target")
    return None
