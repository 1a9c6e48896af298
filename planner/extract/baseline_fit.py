"""Whether a number of the text can be the success signal's baseline (issue 12, h16sig).

SMART "measurable" and DOMAIN.md's rubric ("baseline from the text (or how to measure it) ... in a unit that makes
sense"): a baseline counts or rates the FAULT, i.e. the faulty output or the fault event. Conservative by design
(issue 12, round 6: "when unsure, say less, never something false"): a number is kept only when

  * it is a share written as "N of M <output>", "one <output> in N", "N% of <output>", whose counted noun is not
    people, or, when it is people, whose clause says they fail at something ("3 of the 9 staff didn't know who to
    call"), never only that they have not done it yet ("half of them have never processed a renewal");
  * it is a count or a frequency whose own clause carries a fault word (signals.PROBLEM) and whose noun is a thing,
    never a person, a place, a date, a verb ("2 come back"), nor one single thing ("1 habit", "one alt-text");
  * it is a duration the work takes ("takes 3 days", "10 weeks to be productive"), never years of experience
    ("15 years with us", "10+ years"), a course or shadowing period ("for the first two weeks");

and never a hyphenated modifier (a scale "the 30-point audit", "a 5-step procedure", "a two-day course"), a
headcount, a year, or the reviewer's cadence in a clause that reports nothing wrong. Otherwise the plan carries
no baseline and says how to measure one (the existing "measure it first" method), so no target is computed from it.
"""

from __future__ import annotations

import re
from typing import Optional

from planner.frame import NumberFact

_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday").split()
# informal plurals for people that the role lexicon does not hold ("the four lads on the crew")
_FOLK = frozenset("lads girls boys fellas folks blokes chaps ladies gents kids youngsters newbies newcomers starters "
                  "juniors seniors hires recruits trainees apprentices temps".split())
_CLAUSE = re.compile(r"[,;:]\s*|\s+(?:and|but|so|because|which|while|whereas|though|although)\s+", re.I)
_CHECKING = re.compile(r"\b(?:visits?|visited|checks?|checked|reviews?|reviewed|reads?|audits?|audited|inspects?|inspected|"
                       r"meets?|signs? off|spot-?checks?|goes over|went over|walks? round|rides? along|listens? to)\b", re.I)
_TAKES = re.compile(r"\b(?:takes?|took|taking|taken|spends?|spent|waits?|waited|wait|needs?|needed|lasts?|sits?|sat|"
                    r"averag\w*|on average)\b[^,;.]{0,30}$", re.I)
_TAKES_AFTER = re.compile(r"^\s*(?:before|until|till|to\s+[a-z]|later|late|overdue|behind|per|each|a\s+(?:job|case|claim|"
                          r"order|file|ticket|request|unit|item)|for\s+(?:each|every|a|one)\s)", re.I)
_EXPERIENCE = re.compile(r"\b(?:experience|with us|in the (?:job|trade|role|industry|business)|on the job|doing this|"
                         r"been here|under (?:their|his|her|my) belt|service)\b", re.I)
# the learners only lack experience (no fault): "have never processed", "haven't yet done", "are new to"
_ONLY_UNTRIED = re.compile(r"\b(?:never|not yet|haven'?t yet|have not yet|new to)\b", re.I)


def _clause_of(ctx: str, f: NumberFact) -> str:
    """The number's own clause: from the last clause boundary before it to the next one after it."""
    i = ctx.find(f.text)
    if i < 0:
        return ctx
    before = _CLAUSE.split(ctx[:i])[-1]
    after = _CLAUSE.split(ctx[i:])[0]
    return before + after


# fault words signals.PROBLEM does not hold: a hyphenated "mis-" ("mis-coded"), an "un-...-ed" state ("underbaked",
# "unlabelled"), a negated state ("rooms that aren't ready"), overrides and voids, a multiple of the normal rate
_MORE_FAULT = re.compile(r"\b(?:mis-[a-z]+|un[a-z]{3,}ed|aren'?t|isn'?t|not|overrides?|voids?|(?:get|gets|got|are|were|is|was) (?:caught|flagged|spotted|picked up)|flags|flagged|"
                         r"binned|scrapped|thrown (?:out|away)|(?:come|comes|came|coming) back|re-?(?:done|cut|made|worked|sewn)|"
                         r"times the (?:normal|usual|average|expected))\b", re.I)


def _faulty(words: str) -> bool:
    from planner.extract.signals import PROBLEM

    return bool(PROBLEM.search(words) or _MORE_FAULT.search(words))


def reports_fault(f: NumberFact) -> bool:
    """A share that counts faults by its structure: the manager's own sample ("checked twelve ... and five had"), or
    a share whose own clause carries a fault word ("about one batch in ten came out underbaked")."""
    from planner.extract.sample_share import sample_of

    return bool(sample_of(f)) or _faulty(_clause_of(f.context or "", f))


def _person(word: str) -> bool:
    from planner.concreteness.structure import people_noun
    from planner.extract.intervention_frames import _is_person

    w = word.lower()
    return w in _FOLK or w in ("them", "us", "those", "people", "staff") or _is_person(w) or people_noun(w)


def _after(ctx: str, f: NumberFact) -> str:
    i = ctx.find(f.text)
    return ctx[i + len(f.text):] if i >= 0 else ""


def _before(ctx: str, f: NumberFact) -> str:
    i = ctx.find(f.text)
    return ctx[:i] if i >= 0 else ""


def why_not(f: NumberFact, text: str = "") -> Optional[str]:
    """None when `f` can be the baseline, else the reason it cannot (for tests and for reading plans)."""
    from planner.extract.numbers import DURATION_UNITS, _PLACES, counted_noun, is_year

    ctx = f.context or text
    if f.role in ("headcount", "date") or is_year(f):
        return f.role or "date"
    if re.search(r"\d-[a-z]|^[a-z]+-(?!in\b)[a-z]", f.text, re.I) or re.match(r"-[a-z]", _after(ctx, f), re.I):
        return "modifier"  # "30-point", "5-step", "two-day": the scale or the kind of a thing, not a count of it
    unit = (f.unit or "").lower()
    head = unit.split()[-1] if unit and unit != "%" else ""
    first = unit.split()[0] if unit and unit != "%" else ""
    if first in _MONTHS or re.match(r"\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:" + "|".join(_MONTHS) + r")\b", _after(ctx, f), re.I) and not unit:
        return "date"
    clause = _clause_of(ctx, f)
    if unit == "%":
        i = ctx.find(f.text)
        noun = counted_noun(ctx, i, i + len(f.text)) if i >= 0 else None
        from planner.extract.sample_share import sample_of

        sample = sample_of(f)
        noun = sample[1] if sample else noun
        if noun and _person(noun.split()[-1]):
            rest = _ONLY_UNTRIED.sub(" ", ctx)
            if not _faulty(rest):
                return "share of people"  # "half of them have never done it": who lacks experience, not a fault rate
        return None
    if head and (_person(head) or head in _PLACES):
        return "people or places"
    if head in DURATION_UNITS or f.role == "duration":
        if _EXPERIENCE.search(_after(ctx, f)[:40]) or _EXPERIENCE.search(_before(ctx, f)[-40:]):
            return "experience"
        if _TAKES.search(_before(ctx, f)) or _TAKES_AFTER.match(_after(ctx, f)):
            return None
        return "period"  # "for the first two weeks", "in three months": a period, not how long the work takes
    if f.per:
        i = clause.find(f.text)
        if not _faulty(clause) and i > 0 and _CHECKING.search(clause[:i]):
            return "cadence"  # "Dana checks the cold room every Friday": the reviewer's round, not the fault
        return None
    if head:
        from planner.extract.phrases import can_be_noun, can_be_verb

        if not can_be_noun(head) or re.match(r"\s+back\b", _after(ctx, f)) and can_be_verb(head):
            return "verb"  # "2 come back", "(one bike in) 20 comes back"
        if f.value == 1 and not head.endswith("s"):
            return "one thing"  # "1 habit", "one alt-text (problem in five)": a single thing named, not a count
    else:
        nxt = re.match(r"\s+([a-z]+)", _after(ctx, f))
        if nxt:
            from planner.extract.phrases import can_be_noun, can_be_verb

            if can_be_verb(nxt.group(1)) and not can_be_noun(nxt.group(1)):
                return "verb"
    if not _faulty(clause):
        return "no fault in its clause"  # "we did 50 draws", "they made 2 trips": a count of the work, not of the fault
    return None


def prefer_fault(numbers: list[NumberFact]) -> list[NumberFact]:
    """A frequency whose clause reports nothing wrong ("we service about 120 bikes a week") is the workload, not the
    fault's count, when another figure of the text reports the fault ("one bike in twenty comes back"): it is
    dropped (generalises sample_share.cadence_only from the reviewer's visits to any count of the work)."""
    faulty = [n for n in numbers if not n.per and n.role != "target" and (n.unit == "%" and reports_fault(n)
              or n.unit != "%" and _faulty(_clause_of(n.context or "", n)))]
    if not faulty:
        return numbers
    return [n for n in numbers if not (n.per and not _faulty(_clause_of(n.context or "", n)))]


def fits(f: NumberFact, text: str = "") -> bool:
    """True when `f` counts or rates the fault (see the module docstring)."""
    return why_not(f, text) is None


_SCALE = re.compile(r"\b(?P<top>\d+)[- ](?:point|item|mark)\b", re.I)
_SCORED = re.compile(r"\b(?:average|averages|averaged|averaging|scored?|scores|scoring|got|get|gets|came out at|sits? at|are at|is at)\s+"
                     r"(?:about\s+|around\s+|roughly\s+|only\s+|just\s+)?(?P<k>\d+(?:\.\d+)?)(?!\s*%|[-\d])(?:\s+(?:points|marks))?", re.I)
_WANTS = re.compile(r"\b(?:wants?|want(?:ed)?|target|goal|aim|needs?|like)\b[^.;]{0,30}?\b(?:to\s+)?(?P<t>\d+(?:\.\d+)?)(?!\s*%)"
                    r"(?P<tail>\s+(?:or (?:above|more|better|higher)|points?|plus))?", re.I)


def score(text: str) -> Optional[tuple[NumberFact, Optional[NumberFact]]]:
    """(baseline, target) for a score on a scale the text names: "on the 30-point shelf audit our aides average 21 ...
    area manager wants 27 or above" -> "21 of 30 points", "27 of 30 points or above". The scale's size ("30-point")
    is never the baseline (SMART measurable: the score, on its scale); None when the text writes no such score."""
    from planner.extract.numbers import _sentence_of

    sc = _SCALE.search(text)
    if not sc:
        return None
    top = float(sc.group("top"))
    got = next((m for m in _SCORED.finditer(text) if m.start() > 0 and float(m.group("k")) <= top), None)
    if got is None:
        return None
    k = got.group("k")
    base = NumberFact(text=f"{k} of {sc.group('top')} points", value=float(k), unit="points", role="baseline",
                      context=_sentence_of(text, got.start("k"), got.end("k")))
    tgt = None
    for m in _WANTS.finditer(text, got.end()):
        if float(m.group("t")) <= top:
            tail = " or above" if m.group("tail") and re.search(r"above|more|better|higher|plus", m.group("tail")) else ""
            tgt = NumberFact(text=f"{m.group('t')} of {sc.group('top')} points{tail}", value=float(m.group("t")), unit="points",
                             role="target", context=_sentence_of(text, m.start("t"), m.end("t")))
            break
    return base, tgt


def score_metric(base: NumberFact) -> Optional[str]:
    """"mean score on the 30-point shelf audit, as the audit scores it" for a score read by `score`; else None."""
    m = re.match(r"^[\d.]+ of (\d+) points", base.text or "")
    if not m or base.unit != "points":
        return None
    ctx = base.context or ""
    sc = re.search(r"\b" + m.group(1) + r"[- ](?:point|item|mark)\s+((?:[a-z][a-z-]*\s+){0,2}?[a-z-]*?(?:audit|check|test|review|inspection|assessment|scorecard|score|exam|quiz|evaluation)s?)\b", ctx, re.I)
    scale = f"the {m.group(1)}-point {sc.group(1)}" if sc else f"the {m.group(1)}-point scale"
    return f"mean score on {scale}, scored the same way as today"


def inside_metric(base: NumberFact) -> Optional[str]:
    """"share of bikes that come back within a fortnight" for "one bike in twenty comes back within a fortnight
    because ...": the noun inside the share, with the verb phrase its clause writes after it; else None."""
    from planner.extract.phrases import base_verb, can_be_verb
    from planner.extract.sample_share import ONE_IN
    from planner.text.inflect import plural

    m = ONE_IN.fullmatch(base.text or "")
    ctx = base.context or ""
    i = ctx.find(base.text or "\0")
    if not m or i < 0:
        return None
    vp = _CLAUSE.split(ctx[i + len(base.text):])[0]
    vp = re.split(r"\s+(?:because|as|since|so|when|after|until)\s+", vp)[0].strip()
    words = vp.split()
    if not (2 <= len(words) <= 14) or re.search(r"\d", vp) or not can_be_verb(words[0].lower()):
        return None
    first = words[0].lower()
    first = {"is": "are", "was": "were", "has": "have", "does": "do"}.get(first, base_verb(first) if first.endswith("s") else first)
    return f"share of {plural(m.group('noun').lower())} that {' '.join([first] + words[1:])}, counted the same way as today"


def wished_share(numbers: list[NumberFact], base: Optional[NumberFact]) -> Optional[NumberFact]:
    """A share the manager wishes for ("I'd like that down to one in twelve by spring"): the text's target, when the
    baseline is a share too; the wish is in the share's own sentence, before it (numbers.WISH)."""
    from planner.extract.numbers import WISH

    if base is None or base.unit != "%":
        return None
    for n in numbers:
        ctx = n.context or ""
        i = ctx.find(n.text)
        if n is base or n.unit != "%" or i < 0 or n.value is None:
            continue
        if WISH.search(ctx[:i]) and re.search(r"\b(?:down to|up to|to|under|below|at|about|(?:fewer|less) than|no more than|at most)\s+$", ctx[:i], re.I):
            n.role = "target"
            cmp = re.search(r"\b(?:(?:fewer|less) than|no more than|at most|under|below)\s+$", ctx[:i], re.I)
            if cmp:  # "fewer than 3 in 50": the comparator is part of the target as written (h18sig)
                n.text = cmp.group(0) + n.text
            return n
    return None


_STARTS = re.compile(r"\b(?:start|starts|starting|join|joins|joining|arrive|arrives|begin|begins)\b(?:\s+[A-Za-z]+){0,3}?\s+"
                     r"(?:on\s+(?:\d|the\s+\d|" + "|".join(_MONTHS) + r")|next\s+(?:week|month|" + "|".join(_MONTHS) + r")|in\s+(?:"
                     + "|".join(_MONTHS) + r")|(?:this\s+|on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))", re.I)


def not_started(text: str) -> bool:
    """The learners start or join on a date still ahead ("Eight seasonal guides start on 1 April", "join the kennels
    on 4 January", "start monday"): no work of theirs exists yet to count. "by the time we start the third floor in
    March" is the manager's own team starting a stage of the work, not newcomers (h18sig)."""
    return any(not re.search(r"\b(?:we|i|you)\s+$", text[max(0, m.start() - 8):m.start()], re.I) for m in _STARTS.finditer(text))


_LAST_WEEKS = re.compile(r"before training starts, count (?P<what>.+?) over the last four weeks \(or the next two\)", re.I)


def for_newcomers(method: Optional[str], new_work: bool = False) -> Optional[str]:
    """The generic "count ... over the last four weeks" method, for people who have not started: their first cases.
    With new_work (reskilling: the work of the new role is new to them, h18sig) it says so instead."""
    if not method:
        return method
    m = _LAST_WEEKS.search(method)
    if not m:
        return method
    why = "they have not done this work before" if new_work else "they have not started"
    new = (f"{why}, so there is no past work to count: count {m.group('what')} over their first ten "
           "cases (or first two weeks)")
    return method[: m.start()] + new + method[m.end():]


__all__ = ["prefer_fault", "reports_fault", "fits", "why_not", "for_newcomers", "not_started", "score", "score_metric", "inside_metric", "wished_share"]
