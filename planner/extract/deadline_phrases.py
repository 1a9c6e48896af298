"""Deadline phrases the calendar rules of planner.extract.deadline do not read (issue 12, h14sig).

SMART "time-bound": the review falls on the manager's own deadline, read relative to today. These are phrases that
count from today ("in the next six weeks", "we've got 90 days before the renewal") and a season's end ("before the
end of winter"). A season already under way ("before winter" on 2 December) is no future deadline: the caller keeps
its default review date instead of setting one a year out.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from planner.extract.numbers import value_of

_NUM = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
FROM_TODAY = re.compile(
    rf"\b(?:(?:in|over|during|within)\s+the\s+next\s+(?P<n>{_NUM})\s+(?P<unit>days?|weeks?|months?)"
    rf"|in\s+(?P<n2>{_NUM})\s+(?P<unit2>days?|weeks?|months?)(?:'|’)?\s+time"
    rf"|(?:we'?ve got|we have|we've|i have|i've got|there are|there's|only)\s+(?:about\s+)?(?P<n3>{_NUM})\s+(?P<unit3>days?|weeks?|months?)"
    rf"\s+(?:before|until|till|to|left))",
    re.I,
)
_SEASON_END = re.compile(r"\b(?:by|before|until|till|ahead of)\s+the\s+end\s+of\s+(?:the\s+|this\s+)?(?P<s>winter|spring|summer|autumn|fall)\b", re.I)
_LAST_MONTH = {"winter": 2, "spring": 5, "summer": 8, "autumn": 11, "fall": 11}
_MONTHS_OF = {"winter": (12, 1, 2), "spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11), "fall": (9, 10, 11)}


def _month_end(y: int, m: int) -> dt.date:
    import calendar

    return dt.date(y, m, calendar.monthrange(y, m)[1])


def in_season(season: str, today: dt.date) -> bool:
    """True when today falls in that (northern, meteorological) season: "before winter" on 2 December."""
    return today.month in _MONTHS_OF.get(season.lower(), ())


def extra_deadline(text: str, today: dt.date) -> Optional[tuple[str, dt.date]]:
    """(the phrase as written, its date) for a phrase counted from today or a season's end; None otherwise."""
    m = FROM_TODAY.search(text)
    if m:
        n = value_of(m.group("n") or m.group("n2") or m.group("n3"))
        unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
        if n:
            days = n if unit.startswith("day") else 7 * n if unit.startswith("week") else 30 * n
            return " ".join(m.group(0).split()), today + dt.timedelta(days=int(days))
    m = _SEASON_END.search(text)
    if m:
        last = _LAST_MONTH[m.group("s").lower()]
        year = today.year + (1 if last < today.month else 0)
        d = _month_end(year, last)
        if d > today:
            return " ".join(m.group(0).split()), d
    return None
