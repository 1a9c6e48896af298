"""Criteria by meaning: counts, rates, durations, thresholds, frequencies and deadlines, with their units.

Mager's criterion ("how well"), ABCD's degree and SMART's measurable / time-bound all ask for a
standard someone can check. A digit is not one by itself: a year used as a name ("the Fair Work Act
2009"), a version ("Python 3.11"), a legal or standard reference ("ISO 27001", "section 12",
"Regulation 2016/679") or an identifier ("form W-2", "tier-1", "ticket 4512") states no standard
(ISO/IEC/IEEE 29148 §5.2.5: a requirement is verifiable by its measurable conditions, not its labels).

``find_criteria(tokens)`` returns what it found, each with its kind; ``criterion_score`` turns that into
the 0..1 component: a quantified criterion (number + unit, a count of items, a comparison) or a time
frequency / deadline scores 1.0; an event frequency ("after every call") or a threshold without a number
("without errors", "on first contact") 0.7; nothing 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.lexicon import phrases, words

NUMBER_WORDS = words("checker_number_words")  # the tagger's list
TIME_UNITS = words("checker_time_units")
MEASURE_UNITS = words("checker_measure_units")
CURRENCY = frozenset("$ £ € ¥".split())
DAYS = words("checker_days")
MONTHS = words("checker_months")
FREQUENCY_ADVERBS = words("checker_frequency_adverbs")
# a number right after these is a name or a reference, not a standard
REFERENCE_NOUNS = words("checker_reference_nouns")
COMPARATORS = phrases("checker_comparators")
_COMP_WORDS = frozenset(w for c in COMPARATORS for w in c.split())
DEADLINE_WORDS = words("checker_deadline_words")
THRESHOLD_PHRASES = phrases("checker_threshold_phrases")
_THRESHOLD = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(p) for p in THRESHOLD_PHRASES) + r")(?![a-z])")
_YEAR = re.compile(r"^(19|20)\d\d$")
_TIME_OF_DAY = re.compile(r"^\d{1,2}([:.]\d\d)?$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INTEGER = re.compile(r"^\d+(?:[.,]\d+)*(?:st|nd|rd|th)?%?$")


@dataclass(frozen=True)
class Criterion:
    text: str
    kind: str  # count | rate | duration | threshold | frequency | deadline | amount | event frequency | standard
    quantified: bool


def _is_number(tok: str) -> bool:
    return bool(_INTEGER.match(tok)) or tok.lower() in NUMBER_WORDS


def _is_reference(toks: list[str], i: int) -> bool:
    """Is the number at i a name, version, year, reference or id rather than a quantity?"""
    tok = toks[i]
    low_prev = [toks[j].lower().rstrip(".") for j in range(max(0, i - 2), i)]
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    if low_prev and (low_prev[-1] in REFERENCE_NOUNS or low_prev[-1] in ("#", "no", "nº")):
        return True
    if len(low_prev) == 2 and low_prev[0] in REFERENCE_NOUNS and low_prev[1] in ("no", "#", "number", "id"):
        return True
    if nxt == "/" and i + 2 < len(toks) and toks[i + 2][:1].isdigit() and not (i + 3 < len(toks) and toks[i + 3].lower() in ("points", "rating")):
        # "Regulation 2016/679" is a reference; "4/10" or "9/10" a score is handled by the caller
        return not (len(tok) <= 2 and len(toks[i + 2]) <= 2)
    if "." in tok and tok.count(".") >= 2:  # "3.2.1": a version
        return True
    if _YEAR.match(tok):
        # a year is a deadline only after a deadline word or a month ("by 2027", "in March 2027")
        return not (low_prev and (low_prev[-1] in DEADLINE_WORDS or low_prev[-1] in MONTHS or low_prev[-1] in ("in", "of", "end")))
    return False


def find_criteria(tokens: list[str]) -> list[Criterion]:
    toks = tokens
    low = [t.lower() for t in toks]
    n = len(toks)
    found: list[Criterion] = []
    for i, t in enumerate(toks):
        lt = low[i]
        if _ISO_DATE.match(t):
            found.append(Criterion(t, "deadline", True))
            continue
        if not _is_number(t):
            continue
        if _is_reference(toks, i):
            continue
        prev = low[i - 1] if i else ""
        prev2 = " ".join(low[max(0, i - 2):i])
        nxt = low[i + 1] if i + 1 < n else ""
        nxt2 = low[i + 2] if i + 2 < n else ""
        span = " ".join(toks[max(0, i - 1): i + 3])
        if prev in CURRENCY or nxt in ("dollars", "pounds", "euros", "usd", "gbp", "eur", "k"):
            found.append(Criterion(span, "amount", True))
        elif t.endswith("%") or nxt in ("%", "percent", "per", "percentage"):
            found.append(Criterion(span, "rate", True))
        elif nxt in TIME_UNITS or (nxt in ("working", "business", "calendar", "more", "full") and nxt2 in TIME_UNITS):
            found.append(Criterion(span, "duration", True))
        elif nxt in ("times", "x") or (nxt in ("a", "an", "per", "each", "every") and nxt2 in TIME_UNITS):
            found.append(Criterion(span, "frequency", True))
        elif nxt in MEASURE_UNITS:
            found.append(Criterion(span, "measure", True))
        elif (nxt in ("of", "in", "out") and any(_is_number(x) for x in toks[i + 2: i + 4])) or nxt == "/":
            found.append(Criterion(span, "rate", True))
        elif nxt in ("am", "pm", "a.m", "p.m", "o'clock") or (prev in DEADLINE_WORDS | {"at"} and _TIME_OF_DAY.match(t) and ":" in t):
            found.append(Criterion(span, "deadline", True))
        elif nxt in MONTHS or prev in MONTHS:
            found.append(Criterion(span, "deadline", True))
        elif prev in _COMP_WORDS or prev2 in COMPARATORS:
            found.append(Criterion(span, "threshold", True))
        elif nxt and (nxt[:1].isalpha()) and _plural_follows(low, i + 1):
            found.append(Criterion(span, "count", True))
    # frequencies and deadlines without digits
    for i, lt in enumerate(low):
        nxt = low[i + 1] if i + 1 < n else ""
        if lt in FREQUENCY_ADVERBS:
            found.append(Criterion(toks[i], "frequency", True))
        elif lt in ("every", "each", "per", "a") and nxt in TIME_UNITS | DAYS:
            if lt == "a" and not (i and (_is_number(toks[i - 1]) or low[i - 1] in TIME_UNITS or low[i - 1] in ("once", "twice"))):
                continue
            found.append(Criterion(f"{toks[i]} {toks[i + 1]}", "frequency", True))
        elif lt in DAYS and i and low[i - 1] in ("every", "each", "on", "by", "before", "until"):
            found.append(Criterion(f"{toks[i - 1]} {toks[i]}", "frequency" if low[i - 1] in ("every", "each", "on") else "deadline", True))
        elif lt in DEADLINE_WORDS and (nxt in DAYS or nxt in MONTHS or nxt in ("tomorrow", "noon", "midday", "midnight", "today", "tonight")
                                       or (nxt in ("the", "close", "end") and " ".join(low[i + 1: i + 4]).startswith(("the end", "end of", "close of", "the close", "the start", "the next")))):
            found.append(Criterion(" ".join(toks[i: i + 4]), "deadline", True))
        elif lt in ("at", "by") and nxt in ("the", "each", "every") and i + 2 < n and low[i + 2] in ("end", "start", "close", "beginning") and "each" in low[i + 1: i + 6] + ["each" if nxt in ("each", "every") else ""]:
            found.append(Criterion(" ".join(toks[i: i + 5]), "frequency", True))
        elif lt in ("every", "each", "all") and nxt and nxt[:1].isalpha() and nxt not in ("of", "the"):
            found.append(Criterion(f"{toks[i]} {toks[i + 1]}", "event frequency", False))
    text = " ".join(low)
    for m in _THRESHOLD.finditer(text):
        found.append(Criterion(m.group(0), "threshold", False))
    return found


def _plural_follows(low: list[str], j: int) -> bool:
    """A count of things: a number before a plural noun within three words ("five past escalation notes")."""
    from planner.concreteness.tagger import tags

    for k in range(j, min(j + 4, len(low))):
        w = low[k]
        t = tags(w)
        if "NNS" in t or (w.endswith("s") and not t and len(w) > 3):
            return True
        if not t or not t & {"JJ", "NN", "VBN", "VBG", "NNP"}:
            if "-" not in w:
                return False
    return False


def criterion_score(found: list[Criterion]) -> tuple[float, list[str], str]:
    """(score, evidence, reason) of the criterion component."""
    quantified = [c for c in found if c.quantified]
    if quantified:
        return 1.0, [f"{c.text} ({c.kind})" for c in quantified[:3]], ""
    if found:
        return 0.7, [f"{c.text} ({c.kind})" for c in found[:3]], "add a number: how many, how often or by when"
    return 0.0, [], "no criterion: say how well, how many or by when (e.g. 'within 24 hours', 'under 10%')"


__all__ = ["Criterion", "find_criteria", "criterion_score", "NUMBER_WORDS", "TIME_UNITS"]
