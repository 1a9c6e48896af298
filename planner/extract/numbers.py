"""Numbers as managers write them: "40%", "about four in ten", "3/10", "a dozen agents", "two days".

Every number in a plan must come from here (never invented): the offline generator
only repeats these facts or derives a simple target from a baseline (SMART:
measurable, with the baseline stated).
"""

from __future__ import annotations

import re
from typing import Optional

from planner.frame import NumberFact

WORD_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12, "a couple of": 2,
    "a couple": 2, "half a dozen": 6, "a hundred": 100,
}
_NUMWORD = r"(?:half a dozen|a dozen|a couple of|a couple|a hundred|" + "|".join(
    sorted((w for w in WORD_VALUES if " " not in w), key=len, reverse=True)
) + r")"
_NUM = rf"(?:\d[\d,]*(?:\.\d+)?|{_NUMWORD})"
_APPROX = r"(?:(?:about|around|roughly|nearly|almost|approximately|approx\.?|over|under|more than|less than|at least|up to|~)\s*)?"

PERCENT = re.compile(rf"{_APPROX}(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b|pct\b)", re.I)
# "1 in 5", "11 of 40 draws", "4 of his first 10 welds", "3 of the last 20 move-ins": a count of a total (a share)
IN_TEN = re.compile(rf"{_APPROX}({_NUM})\s+(?:in|out of|of every|of(?:\s+(?:the|our|their|its|his|her|my|your))?(?:\s+(?:last|first|past))?)\s+({_NUM})\b(?!\s*(?:%|percent|per cent))", re.I)
# "about half of opportunities", "a third of new accounts", "two thirds": a share written as a fraction
FRACTION = re.compile(r"(?<![\w-])(?:(?:about|around|roughly|nearly|almost|only|over|under|just over|just under|more than|less than)\s+)?"
                      r"(?:(a|one|two|three)\s+(third|quarter|fifth|tenth)s?|(?<!the )(?<!first )(?<!second )half)(?![\w-])(?!\s+(?:a|an)\s)"
                      # "before the half", "half filled in", "half empty": a call or a degree, not a share (h20gap)
                      r"(?!\s+(?:[a-z]+ed|[a-z]+en|done|empty|full|finished|way|built|made|dressed|asleep)\b)", re.I)
_FRACTIONS = {"third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
# "three times the normal rate": a multiple of a reference level
TIMES = re.compile(rf"{_APPROX}({_NUM})\s+times\s+(?:the|their|our|as)\s+[a-z ]{{2,30}}?(?:rate|level|average|normal|usual)\b", re.I)
# "Of the 23 postmortems since June, 15 had no action items": a share, written back as "15 of the 23 postmortems"
OF_THE = re.compile(rf"\b[Oo]f (?:the|our|its|their) (?:last |first |past )?({_NUM}) ([a-z][a-z-]*s)\b[^.;:]{{0,40}}?,?\s*(?:only\s+)?({_NUM})\s+(?=had|have|were|was|did|got|came|missed|lacked|contained|showed|used|went|needed)", re.I)
SLASH = re.compile(r"\b(\d+)\s*/\s*(\d+)\b(?!\s*/)")
MONEY = re.compile(r"(?:[$€£]\s?\d[\d,]*(?:\.\d+)?\s*(?:k|m|million|thousand)?|\d[\d,]*(?:\.\d+)?\s*(?:dollars|euros|pounds|usd|eur|gbp)\b)", re.I)
QUANTITY = re.compile(rf"(?<![\w-]){_APPROX}({_NUM})(?:-|\s+)([a-z][a-z0-9-]*(?:\s+[a-z][a-z-]*)?)", re.I)
_LABEL = re.compile(r"\b(?:year|grade|level|ward|line|room|gate|platform|class|step|stage|phase|tier|version|floor|unit|bay|zone|route|dock|lane|aisle|shift|team|site|area|region|store|branch|building|block|bed)\s+$", re.I)
_DATE_LIKE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b")

DURATION_UNITS = frozenset("minute minutes min mins hour hours hr hrs day days week weeks month months year years shift shifts".split())
_NON_UNITS = frozenset("of in out the a an and or to % since will would had have has were was are is by from at on per last "
                       "more less than who which that when if but so as for with".split())


def value_of(token: str) -> float | None:
    t = token.lower().replace(",", "").strip()
    if t in WORD_VALUES:
        return float(WORD_VALUES[t])
    try:
        return float(t)
    except ValueError:
        return None


_BOUNDARY = re.compile(r"[.!?](?=\s|$)|\n")


def _sentence_of(text: str, start: int, end: int) -> str:
    """The sentence around a span; a decimal point ("3.9") is not a sentence end."""
    left = 0
    for m in _BOUNDARY.finditer(text, 0, start):
        left = m.end()
    m = _BOUNDARY.search(text, end)
    right = m.start() if m else len(text)
    return text[left:right].strip()


def find_numbers(text: str) -> list[NumberFact]:
    """All numbers in reading order; overlapping matches keep the most specific reading."""
    found: list[tuple[int, int, NumberFact]] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(m: re.Match, fact: NumberFact) -> None:
        s, e = m.span()
        if free(s, e):
            taken.append((s, e))
            fact.context = _sentence_of(text, s, e)
            found.append((s, e, fact))

    for m in _DATE_LIKE.finditer(text):
        taken.append(m.span())
    for m in PERCENT.finditer(text):
        add(m, NumberFact(text=m.group(0).strip(), value=float(m.group(1)), unit="%"))
    from planner.extract.sample_share import find as _sample_shares  # "checked forty ... and eleven were" (h15sig)

    for s, e, fact in _sample_shares(text):
        if free(s, e):
            taken.append((s, e))
            found.append((s, e, fact))
    for m in OF_THE.finditer(text):
        whole, part = value_of(m.group(1)), value_of(m.group(3))
        if whole and part is not None and part <= whole:
            s, e = m.span()
            if free(s, e):
                taken.append((s, e))
                found.append((s, e, NumberFact(text=f"{m.group(3)} of the {m.group(1)} {m.group(2)}", value=round(100 * part / whole, 1),
                                                unit="%", context=_sentence_of(text, s, e))))
    for m in IN_TEN.finditer(text):
        a, b = value_of(m.group(1)), value_of(m.group(2))
        if a is not None and b and a <= b:
            add(m, NumberFact(text=m.group(0).strip(), value=round(100 * a / b, 1), unit="%"))
    for m in SLASH.finditer(text):
        a, b = float(m.group(1)), float(m.group(2))
        if b and a <= b:
            add(m, NumberFact(text=m.group(0).strip(), value=round(100 * a / b, 1), unit="%"))
    for m in FRACTION.finditer(text):
        n = 1.0 if m.group(1) is None or m.group(1).lower() in ("a", "one") else float(WORD_VALUES[m.group(1).lower()])
        value = 50.0 if m.group(2) is None else round(100 * n / _FRACTIONS[m.group(2).lower()], 1)
        add(m, NumberFact(text=m.group(0).strip(), value=value, unit="%"))
    for m in TIMES.finditer(text):
        v = value_of(m.group(1))
        if v:
            add(m, NumberFact(text=m.group(0).strip(), value=v, unit="times"))
    for m in MONEY.finditer(text):
        digits = re.sub(r"[^\d.]", "", m.group(0))
        add(m, NumberFact(text=m.group(0).strip(), value=value_of(digits) if digits else None, unit="money"))
    for s, e, fact in _per_period(text):  # "about 3 a month", "twice a week": a frequency with its period
        if free(s, e):
            taken.append((s, e))
            fact.context = _sentence_of(text, s, e)
            found.append((s, e, fact))
    for m in QUANTITY.finditer(text):
        v = value_of(m.group(1))
        if v is None or _YEAR.match(m.group(1)):
            continue  # "since 2023 we ...": a year, read as a date below
        if _LABEL.search(text[max(0, m.start(1) - 12) : m.start(1)]):
            continue  # "year 9", "ward 4", "line 3": a name, not a quantity
        unit_words = m.group(2).lower().split()
        unit = unit_words[0] if unit_words and unit_words[0] not in _NON_UNITS else None
        if unit and len(unit_words) == 2 and not unit.endswith("s") and unit_words[1].endswith("s") and unit_words[1] not in _NON_UNITS:
            unit = " ".join(unit_words)  # "three pull requests": the counted noun is the compound
        if unit is None and not re.match(r"\d", m.group(1)):
            continue  # "one of", "ten in" without a unit: not a quantity
        head = text[m.start(0) : m.start(2)]
        add(m, NumberFact(text=(head + unit if unit else head).strip(), value=v, unit=unit))
    for m in re.finditer(r"(?<![\w-])\d[\d,]*(?:\.\d+)?\b", text):
        if _LABEL.search(text[max(0, m.start() - 12): m.start()]):
            continue  # "ward 7", "line 3" on its own: a name, not a quantity
        add(m, NumberFact(text=m.group(0), value=value_of(m.group(0)), role="date" if _YEAR.match(m.group(0)) else None))
    found.sort(key=lambda t: t[0])
    for s, e, f in found:
        if f.unit in ("reports", "direct reports") and _DIRECT_REPORTS.search(text[max(0, s - 30): s]):
            f.unit, f.role = "people", "headcount"  # "I manage 7 reports": people who report to the manager, not documents
            continue
        if f.per or f.role == "date":
            continue
        if f.unit in DURATION_UNITS:
            f.role = "duration"
        elif f.unit == "%":
            f.role = "headcount" if _people_moved(text, s, e, f) else "rate"
    return [f for _, _, f in found]


_DIRECT_REPORTS = re.compile(r"\b(?:manage|managing|have|has|got|lead|leading|supervise|supervising|with|of my|my)\s+(?:about\s+|around\s+)?$", re.I)
_OF_PEOPLE = re.compile(r"^\s*(?:of\s+)?(?:them|us|those|(?:the|our|their|its|all)\s+(?:\w+\s+){0,3}?(?P<noun>[a-z-]+))\b", re.I)


def counted_noun(text: str, start: int, end: int) -> str | None:
    """What a share counts, from the words right after it: "11 of 40 draws" -> "draws"; "half of them" -> "them"."""
    after = text[end: end + 60]
    m = re.match(r"\s+(?:of\s+)?(?:(?:the|our|their|its|all)\s+)?(?:\d[\d,]*\s+)?((?:[a-z][a-z-]*\s+){0,2}?(?:[a-z][a-z-]*s|staff|people|personnel|crew)|them|us|those)\b", after, re.I)
    if m and not verb_before_object(m.group(1), after[m.end():]):
        return m.group(1).lower()
    return None


def verb_before_object(word: str, rest: str) -> bool:
    """"1 in 5 misses the pending actions": a one-word -s form with a determiner after it is the clause's verb, not
    the noun the share counts (the noun is left unsaid: the learners' output)."""
    from planner.concreteness.tagger import tags

    return " " not in word.strip() and "VBZ" in tags(word.lower()) and bool(
        re.match(r"\s+(?:the|a|an|their|its|our|his|her|any|no|every|all)\b", rest, re.I))


def share_counts(f: NumberFact) -> str | None:
    """What a share in the text counts, as written right after it ("1 in 4 notes has the date" -> "notes", "3 of the 9
    agency staff" -> "agency staff"), or None; never a pronoun and never a word of another figure ("7 reports")."""
    ctx = f.context or ""
    if f.unit != "%":
        return None
    from planner.extract.sample_share import ONE_IN  # "one bike in twenty comes back": the noun inside (h16sig)

    inside = ONE_IN.fullmatch(f.text or "")
    if inside:
        from planner.text.inflect import plural

        return plural(inside.group("noun").lower())
    m = re.search(r"\b(\d+|" + _NUMWORD + r")\s+(?:in|out of|of)\s+(?:every\s+|the\s+|our\s+|their\s+|its\s+|his\s+|her\s+)?"
                  r"(?:(?:last|first|past)\s+)?(\d+|" + _NUMWORD + r")\b", ctx, re.I) if "%" not in f.text else None
    if m:
        noun = counted_noun(ctx, m.start(), m.end())
    else:
        i = ctx.find(f.text)
        noun = counted_noun(ctx, i, i + len(f.text)) if i >= 0 else None
    if not noun or noun in ("them", "us", "those"):
        return None
    words = noun.split()
    if len(words) > 1 and words[0] in _NON_UNITS:
        return None
    return noun


def _people_moved(text: str, start: int, end: int, f: NumberFact) -> bool:
    """A share of people in a sentence that reports no problem ("12 of our 30 agents move to fraud", "half of them are to
    become coders") counts who changes, not how often the work goes wrong: a headcount, never a quality rate (issue 12,
    notes fault D). A share of people who fail at something ("3 of the 9 staff didn't know who to call") stays a rate."""
    from planner.extract.intervention_frames import _is_person
    from planner.extract.signals import PROBLEM

    noun = counted_noun(text, start, end)
    if not noun:
        return False
    head = noun.split()[-1]
    if not (head in ("them", "us", "those") or _is_person(head)):
        return False
    return not PROBLEM.search(f.context or "")


def good_direction(f: NumberFact) -> str | None:
    """"down" when the figure counts something going wrong (scrap, reopened tickets, double-bookings, errors), "up" when
    it counts something done right (accuracy, on-time, notes with the date), None when the words do not say. Read from
    the figure's own clause: what it counts decides how a proposed target must point (SMART: relevant to the gap)."""
    from planner.lexicon import phrases

    ctx = f.context or ""
    i = ctx.find(f.text)
    if i < 0:
        return _direction(ctx)
    # what the figure counts is said after it ("1 in 4 notes has the date") before anything said ahead of it
    from planner.extract.baseline_fit import reports_fault  # a sample's faults, a share in a fault clause (h16sig)

    return _direction(ctx[i: i + len(f.text) + 80]) or _direction(ctx[max(0, i - 50): i]) or ("down" if reports_fault(f) else None)


_HAD_TO_FIX = re.compile(r"\b(?:had|have|has|having|needed|need|needs) to (?:correct|fix|redo|re-do|rework|chase|amend|re-?enter|resend|rewrite|re-?file)\b")


def _direction(words: str) -> str | None:
    from planner.lexicon import phrases

    low = " " + re.sub(r"[^a-z0-9%' -]+", " ", words.lower()) + " "

    def has(w: str) -> bool:
        return f" {w[:-1]}" in low if w.endswith("*") else f" {w} " in low

    if _HAD_TO_FIX.search(low):  # "the listing officer had to correct 9 of their first 40": fixing them is the fault (h18sig)
        return "down"
    up = any(has(w) for w in phrases("extract_better_when_higher"))
    down = any(has(w) for w in phrases("extract_worse_when_higher"))
    if down and not up:
        return "down"
    if up and not down:
        return "up"
    return None


HISTORIC = re.compile(r"\b(dropped|fell|rose|went up|went down|increased|decreased|grew|climbed|slipped|jumped|has gone|have gone)\b(?:\s+(?:our|the|their|its)?\s*[a-z -]{0,30}?)?\s+$", re.I)
FROM_TO = re.compile(rf"from\s+({_APPROX}{_NUM}\s*(?:%|percent)?)\s+(?:down |up )?to\s+({_APPROX}{_NUM}\s*(?:%|percent)?)", re.I)
WANT_TARGET = re.compile(r"\b(?:want|wants|target|goal|aim|need|ideally)\b[^.;]{0,50}?\b(?:under|below|to|at|of|above|over)\s+((?:about |around |roughly )?\d+(?:\.\d+)?\s*(?:%|percent))", re.I)
TARGET = re.compile(
    rf"(?:target|goal|aim|want(?:s)? (?:it|this|that)?\s*(?:to be|down to|under|below)?|(?:get|bring|reduce|cut) (?:it|this|that|them)? ?(?:down |up )?to|down to|by the end of \w+.*?)\s*(?:is|of|to|at)?\s*({_APPROX}\d+(?:\.\d+)?\s*(?:%|percent))",
    re.I,
)


# --- frequencies, zero targets and from-to changes, as managers write them (issue 12, h13signal) -----------------
# SMART "measurable": a count per period ("about 3 a month get caught", "twice a week", "about 4 pairs a month",
# "5 cocktails a night") is the text's own figure for how often it goes wrong; its period is part of its unit.
_PERIOD_WORDS = "day|night|shift|week|fortnight|month|quarter|year|morning|evening|weekend|visit|audit"
_FREQ = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
PER_PERIOD = re.compile(
    rf"(?<![\w-])(?:(?:about|around|roughly|nearly|almost|over|under|at most|at least|up to|more than|less than|no more than|"
    rf"fewer than|only|just)\s+)*(?P<n>\d+(?:\.\d+)?|{_NUMWORD}|once|twice|thrice)(?P<times>\s+times)?"
    rf"(?:\s+(?P<noun>(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*s))?\s+(?:a|per|each|every|in\s+the\s+(?:last|past))\s+(?P<per>{_PERIOD_WORDS})\b", re.I)
ZERO = re.compile(r"\b(?:at|to|down to|get (?:it|that|this|them) to|reach|of)\s+(zero|nil|none|0)\b|\b(zero|no)\s+(?:errors?|mistakes?|misses|incidents?|defects?|fails|failures|failed \w+|rejections|rejects|callbacks|complaints|returns)\b", re.I)
FROM_TO_UNIT = re.compile(
    rf"\bfrom\s+(?P<a>(?:about |around |roughly )?(?P<av>\d+(?:\.\d+)?|{_NUMWORD}))\s*(?P<au>%|[a-z]+)?\s+(?:down |up )?to\s+"
    rf"(?P<b>(?:about |around |under |below |less than )?(?P<bv>\d+(?:\.\d+)?|{_NUMWORD}))(?:\s*(?P<bu>%|[a-z]+))?", re.I)
WISH = re.compile(r"\b(?:i|we)\s*(?:'d|would)?\s*(?:want|wants|like|need|aim|hope|settle for|be (?:happy|pleased|glad) with)\b|\b(?:target|goal|aim|ideally)\b|\bwants?\b|"
                  r"\bshould be\b|\bget (?:it|that|this|them) (?:down |up )?to\b|\bbring (?:it|that|this) (?:down |up )?to\b", re.I)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def is_year(f: NumberFact) -> bool:
    """"in 2024", "since 2023": a year is a date, never a baseline or a target."""
    return bool(_YEAR.match(f.text.strip())) and not f.unit


def _per_period(text: str) -> list[tuple[int, int, NumberFact]]:
    from planner.extract.intervention_frames import _is_person

    out = []
    for m in PER_PERIOD.finditer(text):
        n = m.group("n").lower()
        v = _FREQ.get(n, value_of(n))
        if v is None:
            continue
        noun = (m.group("noun") or "").lower() or None
        if noun and (noun.split()[-1] in ("times",) or noun.split()[0] in _NON_UNITS):
            noun = None if noun.split()[-1] == "times" or len(noun.split()) == 1 else noun.split()[-1]
        if noun and _is_person(noun.split()[-1]):
            continue  # "8 techs a shift": who works, not how often it goes wrong
        if noun and noun.split()[-1] in DURATION_UNITS:
            continue  # "10 hours a week": a duration, read elsewhere
        out.append((m.start(), m.end(), NumberFact(text=" ".join(m.group(0).split()), value=v, unit=noun,
                                                   per=m.group("per").lower(), role="frequency")))
    return out


def stated_measure(text: str, numbers: list[NumberFact]) -> tuple[Optional[NumberFact], Optional[NumberFact]] | None:
    """The text's own baseline and target when it writes them as a frequency ("about 3 a month ... I want it at zero"),
    a change "from 4 weeks to 2", or a zero target; None to leave the choice to the general rules. A number of the
    wrong kind (a year, a headcount, "two hospital sites") is never the baseline."""
    from planner.extract.signals import sentences

    sents = sentences(text)

    def sent_of(f: NumberFact) -> str:
        return next((s for s in sents if f.text in s), f.context or "")

    def wished(f: NumberFact) -> bool:
        s = sent_of(f)
        i = s.find(f.text)
        return bool(WISH.search(s[: max(0, i)])) if i >= 0 else False

    usable = [n for n in numbers if n.role not in ("headcount",) and not is_year(n)]
    m = FROM_TO_UNIT.search(text)
    if m and not HISTORIC.search(text[max(0, m.start() - 45): m.start()]) and (m.group("au") or m.group("bu")):
        unit = (m.group("au") or m.group("bu") or "").lower()
        if unit == "%" or unit in DURATION_UNITS or PER_PERIOD.search(text[m.start(): m.end() + 15]):
            av, bv = value_of(m.group("av")), value_of(m.group("bv"))
            if av is not None and bv is not None and av != bv:
                base = next((n for n in usable if n.value == av and (n.unit or "").lower() in (unit, unit + "s", unit.rstrip("s"))), None)
                base = base or NumberFact(text=f"{m.group('a')} {unit}".replace(" %", "%"), value=av, unit=unit, context=sent_of(NumberFact(text=m.group(0))))
                tgt = NumberFact(text=f"{m.group('b')} {m.group('bu') or unit}".replace(" %", "%"), value=bv, unit=unit,
                                 context=next((s for s in sents if m.group(0) in s), ""), role="target")
                base.role = "baseline"
                return base, tgt
    freqs = [n for n in usable if n.per]
    zero = None
    for s in sents:
        z = ZERO.search(s)
        if z and WISH.search(s[: z.start()] + " " + s):
            zero = NumberFact(text=z.group(1) or (z.group(0) if (z.group(2) or "").lower() == "no" else z.group(2)),
                              value=0.0, unit=None, context=s, role="target")  # "no fails", never a bare "no" (h18sig)
            break
    from planner.extract.sample_share import cadence_only

    base = next((n for n in freqs if not wished(n) and not cadence_only(n, numbers)), None)  # never the reviewer's visits (h15sig)
    tgt = next((n for n in freqs if wished(n) and n is not base), None) or zero
    if base is None and tgt is None:
        return None
    if base is None:
        return None if tgt is None else (None, tgt)
    base.role = "baseline"
    if tgt is not None:
        tgt.role = "target"
        if base.per and not tgt.per and tgt.value == 0:
            tgt.per = base.per
    return base, tgt


_PLACES = frozenset("site sites branch branches store stores ward wards clinic clinics office offices depot depots plant plants "
                    "hospital hospitals location locations shop shops team teams shift shifts region regions".split())


def wrong_kind(f: NumberFact) -> bool:
    """A number that can never be a baseline or target: a year, a date, a headcount, a count of sites or people
    ("two hospital sites", "8 techs")."""
    from planner.extract.intervention_frames import _is_person

    if f.role in ("headcount", "date") or is_year(f):
        return True
    head = (f.unit or "").split()[-1:] or [""]
    return bool(head[0]) and f.unit != "%" and (head[0].lower() in _PLACES or _is_person(head[0].lower()))
