"""Shares managers write around their own sample, and rates with the counted noun inside them (issue 12, h15sig).

SMART "measurable" and DOMAIN.md ("quality sampling" as a way of tracking success): when the manager writes the
sample and the faults found in it ("I spot-checked forty of yesterday's returns and eleven were on the wrong shelf",
"I went through 60 of last week's scans and eighteen had no photo"), the baseline is the share of faults in the
sample (11 of 40), never the sample's size (40). A rate written with its noun in the middle ("about one claim in
ten", "one job in six") is a share too (10%), never a count of one claim.

Both are read as structure: a checking verb, its object with a number (the sample), then a clause whose subject is a
bare number and whose verb says what those items were or had (the faults). Nothing is read when the second number is
larger than the first.
"""

from __future__ import annotations

import re
from typing import Iterator

from planner.frame import NumberFact
from planner.extract.numbers import _APPROX, _NUM, _sentence_of, value_of

# the manager's (or a named checker's) own sample: "<checked> <N> [of <whose>] <items>"
_CHECK_VERB = (r"(?:spot-?checked|checked|pulled|went through|looked at|looked through|audited|reviewed|sampled|counted|"
               r"inspected|tested|weighed|read|opened|listened to|re-?checked|went over|walked through|walked round|went round|looked over)")
SAMPLE = re.compile(
    rf"\b{_CHECK_VERB}\s+(?:the\s+|a\s+sample\s+of\s+)?(?P<n>{_NUM})\s+(?:(?:of\s+)?(?:the\s+|our\s+|their\s+|this\s+|last\s+)?"
    rf"(?:[A-Za-z]+(?:'s|’s)\s+|(?:last|this|past)\s+(?:week|month|quarter|year)(?:'s|’s)?\s+)?)?"
    rf"(?P<noun>(?:[a-z][a-z-]*\s+){{0,2}}?[a-z][a-z-]*s)\b[^.;:!?]{{0,40}}?(?:,\s*|\s+)(?:and\s+|but\s+)?(?:only\s+)?"
    rf"(?P<m>{_NUM})\s+(?:of\s+(?:them|those|the\s+[a-z-]+)\s+)?(?=(?:were|was|had|have|did|didn't|got|came|missed|lacked|showed|needed|failed|"
    rf"went|contained|used|weren't|wasn't|hadn't)\b)",
    re.I,
)
# "about one claim in ten", "one job in every six": the noun between the two numbers
ONE_IN = re.compile(rf"{_APPROX}(?P<a>{_NUM})\s+(?P<noun>(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*)\s+(?:in|out of)\s+(?:every\s+)?(?P<b>{_NUM})\b(?!\s*(?:%|percent))(?!\s+(?!(?:goes|comes|gets|has|does|needs|misses|lacks|fails|ends|turns|leaves|arrives|shows|breaks|bounces)\b)[a-z]+s\s+(?!back|out|up|through|off|in\b)[a-z])(?!\s+[a-z]+s\s*[,.;:!?]|\s+[a-z]+s$)", re.I)


def find(text: str) -> Iterator[tuple[int, int, NumberFact]]:
    """(start, end, fact) for each sample share and each noun-inside rate, in reading order."""
    for m in SAMPLE.finditer(text):
        n, k = value_of(m.group("n")), value_of(m.group("m"))
        if not n or k is None or k > n:
            continue
        s, e = m.start("n"), m.end("m")
        yield s, e, NumberFact(text=f"{m.group('m')} of the {m.group('n')} {m.group('noun').split()[-1]}", value=round(100 * k / n, 1),
                               unit="%", context=_sentence_of(text, s, e), role="rate")
    for m in ONE_IN.finditer(text):
        a, b = value_of(m.group("a")), value_of(m.group("b"))
        noun = m.group("noun").lower()
        if not a or not b or a >= b or noun.endswith("s") and not noun.endswith("ss") or noun.split()[0] in ("of", "in", "out", "the", "a", "every"):
            continue  # "two claims in ten days" is not a share; the noun of a share is singular ("one claim in ten")
        s, e = m.span()
        yield s, e, NumberFact(text=m.group(0).strip(), value=round(100 * a / b, 1), unit="%",
                               context=_sentence_of(text, s, e), role="rate")


def sample_of(f: NumberFact) -> tuple[str, str] | None:
    """(the sample's size as written, the counted noun) for a share read by SAMPLE: ("forty", "returns")."""
    m = re.match(rf"^({_NUM}) of the ({_NUM}) ([a-z-]+)$", f.text or "", re.I)
    return (m.group(2), m.group(3)) if m and f.unit == "%" else None


def cadence_only(f: NumberFact, numbers: list[NumberFact]) -> bool:
    """A frequency whose own sentence reports nothing going wrong ("Our area supervisor visits twice a week", "the
    lead reads the log every Monday") is a cadence of checking, not the fault's count, when another figure of the text
    is a share in a sentence that does report a fault ("23 of the 70 slots were blank")."""
    from planner.extract.signals import PROBLEM

    if not f.per or PROBLEM.search(f.context or ""):
        return False
    return any(n is not f and n.unit == "%" and _reports_fault(n) for n in numbers)


def _reports_fault(n: NumberFact) -> bool:
    from planner.extract.numbers import good_direction
    from planner.extract.signals import PROBLEM

    return good_direction(n) is not None or bool(PROBLEM.search(n.context or ""))


def wish_before(f: NumberFact) -> bool:
    """The figure's own clause asks for something ("we want under 2%"); a wish in another clause of the same sentence
    ("about 12% of loaves came in under, we want under 2%") does not make the baseline a wish."""
    ctx = f.context or ""
    i = ctx.find(f.text)
    if i < 0:
        return False
    clause = re.split(r"[,;:]\s*|\s+(?:and|but|so)\s+", ctx[:i])[-1]
    return bool(re.search(r"\b(want|wants|target|goal|aim|like to|would like|'d like)\b", clause, re.I))
