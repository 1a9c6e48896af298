"""A deadline written as an event and its month in German, Spanish or French (issue 12, h15sig).

SMART "time-bound": "Bis zur Begehung im März", "antes de la auditoría en marzo", "avant l'inspection en mars" set the
review date as "before the audit in February" does in English (planner.extract.deadline, "in time for the audit in
February"): the first day of that month, the next time it comes. The event's words are kept as written.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

_IN_MONTH = {"de": r"(?:im|in|am)", "es": r"(?:en|de)", "fr": r"(?:en|au mois de|d[eu])"}


def event_in_month(text: str, lang: str, cue: str, months: dict[str, int], today: dt.date) -> Optional[tuple[str, dt.date]]:
    """(the phrase as written, the month's first day) for "<cue> <one to five words> <in> <month>", else None."""
    inn = _IN_MONTH.get(lang)
    if not inn or not months:
        return None
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    m = re.search(rf"\b{cue}\s+(?:[^\W\d]+['’]?\s*){{1,5}}?{inn}\s+(?P<month>{names})\b", text, re.I)
    if not m:
        return None
    month = months[m.group("month").lower()]
    start = dt.date(today.year, month, 1)
    if start <= today:
        start = dt.date(today.year + 1, month, 1)
    return " ".join(m.group(0).split()), start
