"""A bare count's unit and its record, from the clause before it (h21sig).

Managers often give the figure after the clause that says what is counted and who counts it: "The compliance desk
logs every loudness complaint that comes in -- we had 11 last month"; "Stores record each short delivery; there were
9 in March". The number has no noun of its own, so the metric read "number of work samples with the problem" (a
strict reader's 0: generic). SMART "measurable": the unit is the noun the earlier clause quantifies ("every loudness
complaint"), and the earlier clause's subject keeps the record the figure comes from (DOMAIN.md, success signal: "a
data source"). Nothing is returned when the sentence has no such clause: the caller keeps its own line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

# "<who> logs|records|tracks|counts|keeps a log of every|each|all the|any <noun>"
_KEEPS = re.compile(
    r"(?P<who>\b(?:[Tt]he|[Oo]ur)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|\b[A-Z][a-z]+)\s+(?:also\s+|always\s+)?"
    r"(?P<v>logs?|records?|tracks?|counts?|notes? down|writes? down|keeps? (?:a |the )?(?:log|note|tally|record) of)\s+"
    r"(?:every|each|all the|any)\s+(?P<n>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\b")
# the figure's own clause, with no noun: "we had 11", "there were 9", "they logged 14"
_BARE = re.compile(r"\b(?:we|they|there|I)\s+(?:have\s+|'ve\s+)?(?:had|got|logged|counted|recorded|saw|were|was)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$", re.I)
_PERIOD = re.compile(r"^\s*(?:(?P<last>last|this|a|per|each|every)\s+(?P<p>week|month|quarter|shift|day|year)|in\s+(?:January|February|March|April|May|June|July|August|"
                     r"September|October|November|December))\b")


@dataclass(frozen=True)
class Count:
    noun: str  # "loudness complaints"
    source: str  # "the compliance desk's log of loudness complaints"
    per: Optional[str]  # "month" when the figure is one period's count
    when: Optional[str] = None  # "last month": the period the text's figure was counted in
    who: str = ""  # "the compliance desk"
    verb: str = ""  # "logs"

    def behaviour(self) -> Optional[str]:
        """"Fewer loudness complaints are logged by the compliance desk, month on month after training"."""
        from planner.generators.signal_metric import _participle

        head = self.verb.split()[0]
        part = _participle(head[:-1] if head.endswith("s") else head)
        if not part or not re.match(r"log|record|count|track|note|write", head):
            return None
        rest = " ".join(self.verb.split()[1:])
        when = "month on month" if self.per == "month" else f"{self.per} on {self.per}" if self.per else "at each review"
        return f"Fewer {self.noun} are {part}{' ' + rest if rest else ''} by {self.who}, {when} after training"


# "Dev in customer service counted 17 complaints about wrong notices in October": the counter's own clause
_COUNTED = re.compile(r"(?P<who>\b(?:[Tt]he|[Oo]ur)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|\b[A-Z][a-z]+(?:\s+(?:in|from|on)\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?)\s+"
                      r"(?P<v>counted|logged|recorded|tallied|has counted|has logged)\s+$")
_ABOUT = re.compile(r"^\s+(?P<about>(?:about|of|for|over|on)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=\s+(?:in|last|this|since|over)\b|[,.;!?]|$)")


def counted(base) -> Optional[Count]:
    """"Dev in customer service counted 17 complaints about wrong notices in October": the counted noun with what it is
    about, the counter as the source, the month as the period."""
    if base is None or not base.unit or base.unit == "%" or base.value is None:
        return None
    ctx = base.context or ""
    i = ctx.find(base.text)
    m = _COUNTED.search(ctx[:i]) if i >= 0 else None
    if not m or re.match(r"(?:I|We|They)\b", m.group("who")):
        return None
    after = ctx[i + len(base.text):]
    a = _ABOUT.match(after)
    noun = re.sub(r"^\d[\d,]*\s+", "", base.text) + (f" {a.group('about')}" if a else "")
    rest = after[a.end():] if a else after
    pm = _PERIOD.match(rest)
    month = re.match(r"^\s*in\s+([A-Z][a-z]+)", rest)
    per = (pm.group("p") if pm and pm.group("p") else "month" if pm else None)
    when = month.group(0).strip() if month else (f"{pm.group('last')} {pm.group('p')}" if pm and pm.group("last") in ("last", "this") else None)
    who = re.sub(r"^[Oo]ur\s+", "the ", re.sub(r"^The\s+", "the ", m.group("who")))
    return Count(noun=noun, source=f"the count of {noun} by {who}" + (f", made each {per} as {when}" if per and when else ""),
                 per=per, when=when, who=who, verb=m.group("v"))


def read(base) -> Optional[Count]:
    """The unit and record of a baseline with no noun of its own ("we had 11 last month"), or None."""
    from planner.extract.phrases import can_be_noun
    from planner.text.inflect import plural

    if base is not None and base.unit:
        return counted(base)
    if base is None or base.value is None:
        return None
    ctx = base.context or ""
    i = ctx.find(base.text)
    if i < 0 or not _BARE.search(ctx[:i]):
        return None
    keeps = [m for m in _KEEPS.finditer(ctx[:i])]
    if not keeps:
        return None
    m = keeps[-1]
    words = m.group("n").split()
    if len(words) == 2 and not can_be_noun(words[1]):
        words = words[:1]  # "every complaint that": the noun alone
    if not can_be_noun(words[-1]):
        return None
    noun = " ".join(words[:-1] + [plural(words[-1]) if not words[-1].endswith("s") else words[-1]]).lower()
    who = re.sub(r"^[Oo]ur\s+", "the ", re.sub(r"^The\s+", "the ", m.group("who")))
    record = "log" if re.match(r"log|keep|note|write", m.group("v")) else "record" if m.group("v").startswith("record") else "count"
    from planner.generators.signal_check import _possessive

    owner = _possessive(who)
    pm = _PERIOD.match(ctx[i + len(base.text):])
    per = pm.group("p") if pm and pm.group("p") else "month" if pm else None
    when = f"{pm.group('last')} {pm.group('p')}" if pm and pm.group("last") in ("last", "this") else None
    return Count(noun=noun, source=f"{owner} {record} of {noun}", per=per, when=when, who=who, verb=m.group("v"))


_AFTER = re.compile(r"^[^.;!?]*?(?:[;,:]|\s+(?:--|–|—))\s*(?:and\s+)?(?:we|they|there|I)\s+(?:have\s+|'ve\s+)?(?:had|got|logged|counted|recorded|saw|were|was)\s+"
                    r"(?:about\s+|around\s+|roughly\s+|nearly\s+)?(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)\b")


def find(text: str):
    """The text's bare count after a record clause, as a NumberFact, when the extractor named no baseline: "Security
    records every propped door on the patrol app; there were 9 last week"."""
    from planner.extract.numbers import WORD_VALUES
    from planner.frame import NumberFact

    for sent in re.split(r"(?<=[.!?])\s+", text or ""):  # a semicolon joins the record clause and its count
        for k in _KEEPS.finditer(sent):
            a = _AFTER.match(sent[k.end():])
            if a:
                n = a.group("n")
                value = float(n) if n.isdigit() else WORD_VALUES.get(n.lower())
                if value is not None:
                    return NumberFact(text=n, value=value, unit=None, context=sent, role="baseline")
    return None


def metric(count: Count) -> str:
    return f"number of {count.noun}, counted per {count.per}" if count.per else f"number of {count.noun}, counted the same way as today"


def proposal(count: Count, base, confirm: str) -> Optional[str]:
    """Half the period's count, in the same unit and period (SMART: a figure; marked as a proposal)."""
    import math

    if not count.per or not base.value:
        return None
    half = math.floor(base.value / 2)
    figure = "none" if half == 0 else f"{half} or fewer a {count.per}"
    today = f"the {base.text} {count.when}" if count.when else f"today's {base.text}"
    return f"proposed: {figure} (about half of {today}); {confirm}"


# "the customs brokers keep rejecting entries", "the lab sends back the samples": who returns the work keeps the count
_RETURNS = re.compile(r"\b(?P<who>(?:the|our)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|(?:[a-z][\w-]*\s+)?[a-z][\w-]*s)\s+(?:keep\s+|keeps\s+|still\s+|often\s+|regularly\s+|have\s+to\s+|has\s+to\s+)?"
                      r"(?P<v>rejecting|rejects?|bouncing|bounces?|sending back|sends? back|returning|returns?|kicking back|kicks? back|send|sends)\s+"
                      r"(?:the\s+|our\s+|their\s+)?(?P<n>[a-z][\w-]*(?:\s+(?!back\b)[a-z][\w-]*)?)\b(?P<back>\s+back)?")
_THIRD = {"rejecting": "reject", "bouncing": "bounce", "sending back": "send back", "returning": "return", "kicking back": "kick back"}


def returned_source(text: str, unit: str, per: Optional[str]) -> Optional[str]:
    """"the entries the customs brokers reject, counted each month" for "number of rejected entries": the text's own
    rejecter of the same unit (its head noun) is where the count comes from."""
    from planner.text.inflect import singular

    head = singular(unit.split()[-1].lower())
    from planner.concreteness.structure import people_noun

    for m in _RETURNS.finditer(text or ""):
        if m.group("v").lower() in ("send", "sends") and not m.group("back"):
            continue  # "send" alone is no return; "send them back" is
        words = m.group("n").lower().split()
        if words and words[0] in ("them", "those", "these", "it"):
            words = unit.lower().split()  # "service writers have to send them back": the unit the metric counts
            from planner.extract.reviewer import is_role

            if not (people_noun(m.group("who").split()[-1]) or is_role(m.group("who"))):
                continue  # the returner is a person or role ("service writers"), not a thing
        k = next((i for i, w in enumerate(words) if singular(w) == head), None)
        if k is None:
            continue
        who = re.sub(r"^our\s", "the ", m.group("who"), flags=re.I)
        who = who if re.match(r"the\s", who) else f"the {who}"
        v = _THIRD.get(m.group("v").lower(), re.sub(r"s(\s+back)?$", r"\1", m.group("v").lower())) + (" back" if m.group("back") else "")
        return f"the {' '.join(words[:k + 1])} {who} {v}, counted each {per or 'week'}"
    return None
