"""Deadlines the text gives ("before the end of the quarter", "by January", "before Q3", "within six weeks").

SMART 'time-bound': when the manager names a date, the plan's review falls on it (and says so)
instead of a default number of weeks. Only a deadline cue counts ("by", "before", "until",
"ahead of", "in time for", "within"); "Maria retires at the end of the year" is a fact, not a deadline.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from planner.extract.numbers import value_of

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_CUE = r"(?:by|before|until|till|ahead of|in time for|no later than|within)"
DEADLINE = re.compile(
    rf"\b{_CUE}\s+(?:the\s+)?(?:"
    r"(?P<end>end|close) of (?:the |this |next )?(?P<period>quarter|month|year|financial year|fiscal year|half)"
    r"|(?:the\s+)?(?P<q>q[1-4])(?:\s+(?P<qy>20\d\d))?"
    r"|(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b(?:\s+(?P<my>20\d\d))?"
    r"|(?:next\s+)?(?P<season>spring|summer|autumn|fall|winter)"
    r"|(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?P<unit>weeks?|months?)"
    r")",
    re.I,
)


@dataclass(frozen=True)
class Deadline:
    text: str  # as written: "before the end of the quarter"
    date: dt.date


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _resolve(m: re.Match, today: dt.date) -> Optional[dt.date]:
    if m.group("end"):
        period = m.group("period").lower()
        if period == "month":
            return _month_end(today.year, today.month)
        if period == "quarter":
            q_end = ((today.month - 1) // 3 + 1) * 3
            return _month_end(today.year, q_end)
        if period == "half":
            return _month_end(today.year, 6 if today.month <= 6 else 12)
        return dt.date(today.year, 12, 31)
    if m.group("q"):
        q = int(m.group("q")[1])
        year = int(m.group("qy")) if m.group("qy") else today.year
        start = dt.date(year, 3 * (q - 1) + 1, 1)
        if start <= today and not m.group("qy"):
            start = dt.date(year + 1, 3 * (q - 1) + 1, 1)
        return start  # "before Q3": the quarter's first day
    if m.group("month"):
        month = _MONTHS[m.group("month").lower()]
        if month == 5 and m.group("month").lower() == "may" and not m.group("my"):
            # "by may" is too often the verb; accept it only with a year
            return None
        year = int(m.group("my")) if m.group("my") else today.year
        start = dt.date(year, month, 1)
        if start <= today and not m.group("my"):
            start = dt.date(year + 1, month, 1)
        return start  # "by January": the month's first day
    if m.group("season"):
        first = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[m.group("season").lower()]
        start = dt.date(today.year, first, 1)
        return start if start > today else dt.date(today.year + 1, first, 1)
    if m.group("n"):
        n = value_of(m.group("n"))
        if not n:
            return None
        days = 7 * n if m.group("unit").lower().startswith("week") else 30 * n
        return today + dt.timedelta(days=int(days))
    return None


def find_deadline(text: str, today: dt.date) -> Optional[Deadline]:
    """The first deadline in the text that falls after today, or None."""
    for m in DEADLINE.finditer(text):
        date = _resolve(m, today)
        if date and date > today:
            return Deadline(text=" ".join(m.group(0).split()), date=date)
    return None
