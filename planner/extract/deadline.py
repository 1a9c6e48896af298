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
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
DEADLINE = re.compile(
    rf"\b{_CUE}\s+(?:the\s+)?(?:"
    r"(?P<end>end|close) of (?:the |this |(?P<next>next) )?(?P<period>quarter|month|year|financial year|fiscal year|half)"
    r"|(?:the\s+)?(?:end|close) of (?:the\s+)?(?P<qend>q[1-4])(?:\s+(?P<qey>20\d\d))?"  # "by the end of Q1" (h15sig)
    # "by the end of April", "before the end of January 2027", "by mid-March"
    r"|(?P<mend>end|close|middle|mid)(?: of|-)?\s*(?P<mmonth>" + _MONTH + r")\b(?:\s+(?P<mmy>20\d\d))?"
    r"|mid-?(?P<midmonth>" + _MONTH + r")\b"
    # "by 31 March", "by the 15th of January", "before March 31st"
    r"|(?P<day>\d{1,2})(?:st|nd|rd|th)?(?: of)? (?P<dmonth>" + _MONTH + r")\b(?:\s+(?P<dy>20\d\d))?"
    r"|(?P<mdmonth>" + _MONTH + r") (?P<mday>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<mdy>20\d\d))?"
    # "before Easter", "by Christmas", "by the new year"
    r"|(?P<holiday>easter|christmas|xmas|new year|the new year)\b(?:\s+(?:peak|rush|break|holidays?|period|season|shutdown|party|release|launch|term|semester|intake|inspection|audit|visit)\b(?:\s+starts|\s+begins)?)?"  # "the Christmas peak": the event whole (h15sig)
    # "in time for the audit in February": an event, then its month
    r"|(?:[a-z][\w'-]*\s+){1,6}?in\s+(?P<emonth>" + _MONTH + r")\b(?:\s+(?P<ey>20\d\d))?"
    r"|(?:the\s+)?(?P<q>q[1-4])(?:\s+(?P<qy>20\d\d))?"
    r"|(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b(?:\s+(?P<my>20\d\d))?"
    r"|(?:next\s+)?(?P<season>spring|summer|autumn|fall|winter)\b(?:\s+(?:peak|rush|break|holidays?|period|season|shutdown|party|release|launch|term|semester|intake|inspection|audit|visit)\b(?:\s+starts|\s+begins)?)?"
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


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm, Meeus, Astronomical Algorithms, 1991)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _next_date(today: dt.date, month: int, day: int, year: Optional[str]) -> Optional[dt.date]:
    """The first such date after today (or in the year the text gives)."""
    y = int(year) if year else today.year
    try:
        d = dt.date(y, month, min(day, calendar.monthrange(y, month)[1]))
    except ValueError:
        return None
    if d <= today and not year:
        d = dt.date(y + 1, month, min(day, calendar.monthrange(y + 1, month)[1]))
    return d


def _resolve(m: re.Match, today: dt.date) -> Optional[dt.date]:
    if m.group("end"):
        period = m.group("period").lower()
        nxt = bool(m.group("next"))
        if period == "month":
            y, mo = (today.year + (today.month == 12), today.month % 12 + 1) if nxt else (today.year, today.month)
            return _month_end(y, mo)
        if period == "quarter":
            q_end = ((today.month - 1) // 3 + 1) * 3 + (3 if nxt else 0)
            return _month_end(today.year + (q_end > 12), (q_end - 1) % 12 + 1)
        if period == "half":
            h_end = (6 if today.month <= 6 else 12) + (6 if nxt else 0)
            return _month_end(today.year + (h_end > 12), (h_end - 1) % 12 + 1)
        return dt.date(today.year + nxt, 12, 31)
    if m.group("mmonth"):
        month = _MONTHS[m.group("mmonth").lower()]
        end = m.group("mend").lower() in ("end", "close")
        y = int(m.group("mmy")) if m.group("mmy") else today.year
        return _next_date(today, month, calendar.monthrange(y, month)[1] if end else 15, m.group("mmy"))
    if m.group("midmonth"):
        return _next_date(today, _MONTHS[m.group("midmonth").lower()], 15, None)
    if m.group("dmonth"):
        return _next_date(today, _MONTHS[m.group("dmonth").lower()], int(m.group("day")), m.group("dy"))
    if m.group("mdmonth"):
        if m.group("mdmonth").lower() == "may" and m.group("mdmonth")[0].islower():
            return None  # "by may 3": too often the verb
        return _next_date(today, _MONTHS[m.group("mdmonth").lower()], int(m.group("mday")), m.group("mdy"))
    if m.group("holiday"):
        h = m.group("holiday").lower()
        if h in ("christmas", "xmas"):
            return _next_date(today, 12, 25, None)
        if h.endswith("new year"):
            return dt.date(today.year + 1, 1, 1)
        e = _easter(today.year)
        return e if e > today else _easter(today.year + 1)
    if m.group("emonth"):
        if m.group("emonth").lower() == "may" and m.group("emonth")[0].islower():
            return None
        if re.match(r"(?:by|until|till|within|no later than)\b", m.group(0), re.I) and not re.match(r"by the time\b", m.group(0), re.I):
            return None  # "they key invoices by hand in January": only "before / ahead of / in time for / by the time" an event (h18sig)
        return _next_date(today, _MONTHS[m.group("emonth").lower()], 1, m.group("ey"))
    if m.group("qend"):  # the quarter's last day; a quarter already over is next year's
        q = int(m.group("qend")[1])
        year = int(m.group("qey")) if m.group("qey") else today.year
        end = _month_end(year, 3 * q)
        return end if end > today or m.group("qey") else _month_end(year + 1, 3 * q)
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
        if month == today.month and year == today.year:
            return _month_end(year, month)  # "by December" said in December: this month's end, not next year's (h14sig)
        if start <= today and not m.group("my"):
            start = dt.date(year + 1, month, 1)
        return start  # "by January": the month's first day
    if m.group("season"):
        from planner.extract.deadline_phrases import in_season

        if in_season(m.group("season"), today):
            return None  # "before winter" on 2 December: under way, not a date a year out (h14sig)
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


def names_the_day(phrase: str) -> bool:
    """Whether a deadline phrase fixes the day itself ("by 31 March", "before the end of the quarter", "by
    Christmas", "within six weeks") rather than only a month, a quarter or a season ("by January", "before the audit
    in March", "by spring"), where the review day inside it is the plan's choice and must say so (SMART
    'time-bound' with no unstated assumption, ISO/IEC/IEEE 29148)."""
    m = DEADLINE.search(phrase)
    if m is None:
        return False
    if m.group("mmonth"):
        return m.group("mend").lower() in ("end", "close")
    return bool(m.group("end") or m.group("qend") or m.group("dmonth") or m.group("mdmonth") or m.group("holiday")
                or m.group("n"))


def find_deadline(text: str, today: dt.date) -> Optional[Deadline]:
    """The first deadline in the text that falls after today, or None."""
    from planner.extract.deadline_phrases import extra_deadline

    extra = extra_deadline(text, today)  # "in the next six weeks", "we've got 90 days before ...", "before the end of winter"
    at = " ".join(text.split()).lower().find(extra[0].lower()) if extra is not None else -1
    for m in DEADLINE.finditer(text):
        date = _resolve(m, today)
        if date and date > today:
            if extra is not None and 0 <= at < len(" ".join(text[: m.start()].split())):
                break  # the phrase counted from today comes first in the text
            return Deadline(text=" ".join(m.group(0).split()), date=date)
    return Deadline(text=extra[0], date=extra[1]) if extra is not None else None
