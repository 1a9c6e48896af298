"""The complained manner of the work turned into the manner wanted (issue 12: the goal is not the symptom).

Mager (Analyzing Performance Problems; Preparing Instructional Objectives): a complaint about HOW the work is done
("takes pupil distance in a hurry", "writes up estimates from memory back at the office rather than at the car",
"uploads transcripts days after the hearing instead of the same day") names the performance wanted; the objective
states that performance, not the fault. The alternative the text itself gives ("rather than at the car", "instead of
the same day") is the condition, as written (a whole constituent). Without one, only a manner that holds for any
such fault is said: a hurried step is done accurately, work written after the fact is written at the time. A fault
with no safe positive ("by hand", "on paper") gives None, and the caller keeps its own fallback.
"""

from __future__ import annotations

import re
from typing import Optional

from planner.extract.phrases import whole_np

_ALTERNATIVE = re.compile(r"\b(?:rather than|instead of)\s+(?P<alt>(?:at|in|on|during|before|by|with|the)\b[^,;]*)$", re.I)
_DAYS_AFTER = re.compile(r"^(?:(?:a few|some|two|three|several|\w+)\s+)?(?:days?|weeks?|hours?)\s+after\s+(?P<np>(?:the|a|an|each|every)\s+[a-z][\w -]*?)\s*$", re.I)
_HURRY = re.compile(r"^(?:in a (?:hurry|rush)|in haste|on the fly|at the last minute)$", re.I)
_LATE = re.compile(r"^(?:after the fact|from memory|days later|too late|later|afterwards)(?:\s+and\s+(?:after the fact|from memory|days later|too late))?$", re.I)
_TIME_ALT = re.compile(r"^(?:the same day|same day|on the day|at the time|straight away|immediately|on the spot)$", re.I)


_FAULT_START = re.compile(r"\b(?:in a (?:hurry|rush)|in haste|on the fly|at the last minute|after the fact|from memory|too late|"
                          r"(?:(?:a few|some|two|three|several)\s+)?(?:days?|weeks?|hours?)\s+(?:after|later)\b)", re.I)


# the step done before the check it must wait for (the order of the work is the fault, Mager)
_TOO_EARLY = re.compile(r"\bbefore\s+(?P<who>(?:the|a|an|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:(?:has|have)\s+(?:checked|inspected|confirmed|approved|verified|signed off)|"
                        r"checks|inspects|confirms|approves|verifies|signs off)\b[^,;]*$", re.I)


_PREP = r"(?:in|on|at|into|to|for|with|as)"


def _whole_pp(keep: str) -> bool:
    """"in the PMS", "to CaseLines", "as clean in the PMS": prepositional phrases kept as written before the fault."""
    if len(keep.split()) > 8 or not re.match(_PREP + r"\s", keep, re.I):
        return False
    for piece in re.split(r"\s+(?=" + _PREP + r"\s)", keep):
        prep, _, obj = piece.partition(" ")
        if not (whole_np(obj) or (prep.lower() == "as" and len(obj.split()) == 1 and obj.isalpha())):
            return False
    return True


_RATE = re.compile(r"\s+(?:in|of|on|for)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|maybe\s+)?"
                   r"(?:[\d.]+\s*%|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out of)\s+\d+)(?!\w).*$", re.I)


def right_manner(tail: str) -> Optional[str]:
    """" at the car" / " the same day" / " on the day of the hearing" / " accurately" / " at the time", or None.

    Prepositional phrases before the fault ("in Mosaic days after the visit") are kept as written."""
    t = _RATE.sub("", " ".join((tail or "").split())).strip(" ,.")  # "in about 3% of cases": the symptom, not the condition
    early = _TOO_EARLY.search(t)
    m = early or _FAULT_START.search(t)
    if not m:
        return None
    keep = t[: m.start()].strip()
    if early:  # "dispense refills before the pharmacist has checked them" -> "... only after the pharmacist has checked them"
        right = " only after " + t[early.start("who"):]
        return right if not keep else (" " + keep + right if _whole_pp(keep) else None)
    if keep and not _whole_pp(keep):
        return None
    right = _right(t[m.start():])
    return None if right is None else ((" " + keep) if keep else "") + right


def _right(t: str) -> Optional[str]:
    m = _ALTERNATIVE.search(t)
    if m:
        alt = m.group("alt").strip()
        bare = re.sub(r"^(?:at|in|on|during|before|by|with)\s+", "", alt, flags=re.I)
        if _TIME_ALT.match(alt) or (len(alt.split()) <= 6 and whole_np(bare) and not re.search(r"\d", alt)):
            return " " + alt
        return None
    m = _DAYS_AFTER.match(t)
    if m and whole_np(m.group("np")):
        return " on the day of " + re.sub(r"^(?:a|an|each|every)\s+", "the ", m.group("np"), flags=re.I)
    if _HURRY.match(t):
        return " accurately"
    if _LATE.match(t):
        return " at the time"
    return None
