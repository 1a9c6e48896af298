"""The success signal counted in the work's own unit, from the gap's fault clause and the text's own check (h20gap).

DOMAIN.md, success signal: "observable behaviour or output that shows the skill improved, with a number and a
source"; the strict reader: "baseline from the text (or how to measure it), target from the text or clearly marked
as a proposal in a unit that makes sense, data source". SMART's "measurable" and Mager's criterion are on the
performance the gap names. This module replaces only what is still scaffolding after the other signal rules:

- a metric true of any team ("share of work samples that need no rework", "... fall short of the performance
  standard") becomes the share of the work's own unit with the fault's object: "dont write the oven temp on the batch
  ticket" -> "share of batch tickets with the oven temp written"; "closing work cards ... without the torque values"
  -> "share of work cards closed without the torque values" (the fault's own share when the baseline counts it);
- the text's own check ("Dele ... will check every licence they print", "Carmen, the lab lead, logs every form she
  has to send back") is the data source, and its object the unit, instead of a weekly sample nobody named;
- a baseline that counts other people's work ("the servers we have now ...") is no baseline for newcomers;
- for newcomers with no baseline the target is doing the work alone to the standard by a date, as the text says it
  ("they're issuing on their own by the end of February") or marked as a proposal; never "halve the shortfall".

Every sentence passes the well-formedness gate, or the line is left as it was.
"""

from __future__ import annotations

import re
from typing import Optional

_SCAFFOLD = re.compile(r"need no rework|fall short of the performance standard|meet the performance standard|with the problem|\bwork samples\b", re.I)
from planner.generators.signal_text import _GENERIC_SOURCE as _TEXT_GENERIC  # noqa: E402  (the generic sources, once)

# a source that names no record of this work: signal_text's generic sources, a weekly sample, or a system's records alone
_GENERIC_SOURCE = re.compile(r"weekly sample|^records in |" + _TEXT_GENERIC.pattern, re.I)
_GENERIC_BEHAVIOUR_RX = re.compile(r"^Every item of the performance standard is met|^Work checked at each weekly review meets")
_HALVE = re.compile(r"halve the shortfall|set once the baseline is measured", re.I)

_NEG = r"(?:don't|dont|do not|doesn't|doesnt|does not|never|rarely|hardly ever|seldom|forget to|forgets to|(?:keep |keeps |kept )?forgetting to|fail to|fails to|won't|wont)"
# "dont write the oven temp on the batch ticket", "never update the run sheet"
_NEG_VERB = re.compile(rf"\b{_NEG}\s+(?:\w+ly\s+)?(?P<v>[a-z]+)\s+(?P<o>(?:the|a|an|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?)"
                       r"(?:\s+(?P<prep>on|onto|in|into)\s+(?:the|each|every|their)\s+(?P<p>[a-z][\w-]*(?:\s+[a-z][\w-]*)?))?(?=\s*[,.;!?]|\s+(?:and|so|but|before|after|when|or|in|at|for|on)\b|\s*$)", re.I)
# "closing work cards in AMOS without the torque values", "sending costumes up to the stage without the quick-change tags"
_WITHOUT = re.compile(r"\b(?P<v>[a-z]+(?:ing|s|ed)|sent|put|left|hand|send|close|file|submit|sign)(?:\s+(?:off|in|out|up|back|over))?\s+(?P<det>(?:the|their|our)\s+)?(?P<p>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                      r"(?:\s+[^,.;]{0,40}?)?\s+(?:without|with no|missing)\s+(?:the\s+|a\s+|an\s+|any\s+)?(?P<o>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
                      r"(?=\s*[,.;!?]|\s+(?:and|so|but|on|in|when|or)\b|\s*$)", re.I)
# "the prescription forms keep going to the lab with no shoe size on them": the unit is the clause's own subject
_SUBJ_WITHOUT = re.compile(r"\b(?:the|our|their)\s+(?P<p>[a-z][\w-]*(?:\s+(?:of\s+)?[a-z][\w-]*){0,3}?s)(?:\s+(?:from|by|of)\s+(?:the|our|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?\s+(?:keep\s+|keeps\s+|often\s+|still\s+|always\s+)?"
                           r"(?:going|go|goes|come|comes|coming|came|arrive|arrives|arriving|get sent|gets sent|are sent|were sent|turn up|turns up)\b"
                           r"[^,.;]{0,40}?\s+(?P<mk>without|with no|missing|with the wrong)\s+(?:the\s+|a\s+|an\s+|any\s+)?(?P<o>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
                           r"(?:\s+on\s+(?:them|it))?(?=\s*[,.;!?-]|\s+(?:and|so|but|on|in|when|or)\b|\s*$)", re.I)
# "hand in the delivery notes half filled in", "leaving the case report half empty": done in part
_PARTIAL = re.compile(r"\b(?:the|their|our)\s+(?P<p>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:only\s+)?(?:half|partly|partially)\s+"
                      r"(?P<d>filled in|filled out|done|completed|finished|empty|blank)\b", re.I)
# "the batch cards never have the shade number": the work's document lacks the object
_LACKS = re.compile(r"\b(?P<p>[a-z][\w-]*(?:\s+[a-z][\w-]*)?s)\s+(?:never|rarely|often|usually|still|don't|dont|do not)\s*(?:have|show|carry|include|list|lack|miss)\s+"
                    r"(?P<o>(?:the|a|an|any)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s*[,.;!?]|\s+(?:and|so|but|on|in|when|or)\b|\s*$)", re.I)
# "keep leaving the scope serial off the decon log": the object left off the work's document
_OFF = re.compile(r"\b(?:leave|leaves|leaving|left)\s+(?P<o>(?:the|their|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:off|out of|off of)\s+"
                  r"(?:the|their|each|every)\s+(?P<p>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s*[,.;!?]|\s+(?:and|so|but|when|or|in|on|at|for)\b|\s*$)", re.I)
# "the axis on the order ticket doesn't match the Rx": a part of the work's document that is wrong
_PART_WRONG = re.compile(r"\bthe\s+(?P<o>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:on|in)\s+the\s+(?P<p>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                         r"(?P<neg>doesn't|does not|didn't|did not|isn't|is not|wasn't|was not)\s+(?P<vp>[a-z][^,.;]{2,40}?)(?=\s*[,.;!?]|\s+(?:and|so|but)\b|\s*$)", re.I)
# "About half the incident reports our LP officers write in Resolver leave out the CCTV timestamp": a share of the work's
# own unit (the clause's subject, after its quantifier, with an optional reduced relative) and a verb of leaving out
_SHARE_LEAVES = re.compile(
    r"\b(?:about |around |roughly |nearly |almost |over |under )?(?:half|a third|a quarter|two thirds|most|many|some|a lot|lots|"
    r"\d+(?:\.\d+)?%|\d+ (?:in|out of|of) (?:every )?\d+|one in \w+|\w+ in (?:every )?\w+)(?: of)? (?:the |our |their )?"
    r"(?P<p>[a-z][\w-]*(?:\s+[a-z][\w-]*)?s)\b(?:\s+(?!(?:are|is|were|was|have|has)\b)[^,.;]{0,50}?)?\s+"
    r"(?P<v>leave out|leaves out|left out|miss|misses|missed|lack|lacks|omit|omits|omitted|have no|has no|had no|are missing|were missing|go out without|went out without|"
    r"come back without|came back without|are sent without|get sent without|go without)\s+"
    r"(?:the\s+|a\s+|an\s+|any\s+)?(?P<o>[a-zA-Z][\w-]*(?:\s+[a-zA-Z][\w-]*){0,2}?)(?=\s*[,.;!?]|\s+(?:and|so|but|on|in|when|or|because)\b|\s*$)")
# "Chlorine residual readings get logged late by the night operators": the unit as the passive's subject, the fault its
# manner; the good share is its opposite (late -> on time)
_PASSIVE_FAULT = re.compile(r"\b(?P<p>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*s)\s+(?:often\s+|still\s+|keep\s+)?(?:get|gets|getting|are|is|were|was)\s+"
                            r"(?P<v>[a-z]+ed|sent|put|done|made|written|filed|kept)\s+(?P<f>late|wrong|wrongly|incorrectly|twice|in the wrong \w+)\s+by\s+"
                            r"(?:the|our|their)\s+[a-z]", re.I)
_OPPOSITE = {"late": "on time", "wrong": "correctly", "wrongly": "correctly", "incorrectly": "correctly", "twice": "once"}
# "never photograph the torque marks before they close the work order": the document closed is the unit
_BEFORE_CLOSE = re.compile(
    rf"\b{_NEG}\s+(?:\w+ly\s+)?(?P<v>[a-z]+)\s+(?P<o>(?:the|their|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:before|when)\s+(?:they|he|she|you|we)\s+"
    r"(?P<v2>close|closes|submit|submits|file|files|send|sends|sign off|signs off|hand in|hands in|finish|finishes|complete|completes|release|releases|post|posts|upload|uploads)\s+"
    r"(?:the|their|each|every|a|an)\s+(?P<p>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s*[,.;!?]|\s+(?:and|so|but|or|lol)\b|\s*$)", re.I)
# "press dept bounces about 1 in 5", "the lab rejects roughly 12%": the figure's own clause names who sends the work back
_REJECTS = re.compile(r"(?:^|[,;:]\s*|\band\s+|\s(?:--|–|—)\s+)(?P<who>(?:(?:the|our)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                      r"(?P<v>bounces|rejects|sends back|returns|kicks back|fails|refuses)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+)?\x00")
# "still skip the torque check on alloy wheels", "keep missing the second signature on night orders": a step left out
_SKIP = re.compile(r"\b(?:skip|skips|skipping|skipped)\s+(?P<o>(?:the|their|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
                   r"(?:\s+(?:on|for|in)\s+(?:the\s+|each\s+|every\s+|their\s+|all\s+)?(?P<p>[a-z][\w-]*(?:\s+[a-z][\w-]*)?))?"
                   r"(?=\s*[,.;!?]|\s+(?:and|so|but|when|or|because|before|after)\b|\s*$)", re.I)
# chat abbreviations managers type at a clause's end: never part of a plan's sentence
SLANG = re.compile(r"\s+(?:lol|lmao|rofl|haha+|tbh|smh|ffs|fml|imo|imho|ngl|ugh|fyi)\b[.!?]*(?=\s*(?:[,.;!?]|$))", re.I)
_OCCASION = re.compile(r"\b(?:each|every|per|next|the next|a|end of (?:the|each|every)?\s*)\s*(?P<n>shift|handover|visit|job|round|call|batch|service|run|tour|day)\b", re.I)

def _ok(s: str, phrase: bool = True) -> bool:
    from planner.generators.gate import problems

    return not problems(s, phrase=phrase)


def _plural(np: str) -> str:
    from planner.text.inflect import plural

    return plural(np)


def _participle(v: str) -> Optional[str]:
    from planner.generators.signal_metric import _participle as part
    from planner.extract.phrases import can_be_verb

    v = v.lower()
    if v.endswith("ing") and len(v) > 5:
        from planner.extract.phrases import base_verb

        v = base_verb(v) if base_verb(v) != v else v[:-3]
    return part(v) if can_be_verb(v) or v.endswith("ed") else None


def text_check(text: str, learners: tuple[str, ...]):
    """The text's own check (planner.generators.signal_check.read: the one reader, planner.extract.checker)."""
    from planner.generators.signal_check import read

    return read(text, learners)


_RECORD = re.compile(r"\b(?:logs?|sheets?|cards?|slips?|labels?|tags?|entries|files?|letters?|bookings?|plans?|tubes?|samples?|binders?|"
                     r"dashboards?|tickets?|notes?|forms?|records?|reports?|charts?|orders?|invoices?|quotes?|calls?|claims?|documents?)\b", re.I)


# the text names somewhere the work is written down: past work can be counted from it
_KEEPS_RECORD = re.compile(r"(?i:\b(?:book|log|sheet|system|app|record|report|form|card|ticket|database|spreadsheet|tracker|diary|register|"
                           r"entry|file|portal|dashboard|plan|label|note|chart|document\w*|audit\w*|checks|reviews|signs? off|inspects|reads)s?\b)|\b[A-Z][a-z]+[A-Z]\w*\b|\b[A-Z]{2,}\b")  # a record word, a product name, an acronym


def observed_method(metric: str, counter: str) -> str:
    """The baseline of an act that leaves no record ("harness clipped to the correct anchor"): observed on site, never
    counted from past weeks (DOMAIN.md: a baseline, or how to measure it)."""
    what = re.sub(r"^share of ", "", metric)
    return (f"Not measured yet: this leaves no record to count afterwards, so before training starts {counter} watches the work "
            f"on site over the next two weeks and counts the {what}; the same check is made at the review date.")


from planner.generators.signal_check import _possessive  # noqa: E402  (one writer of "Dele's", "the techs'")


def check_source(check) -> Optional[str]:
    from planner.generators.signal_check import source

    return source(check)


def check_unit(check) -> Optional[str]:
    from planner.generators.signal_check import unit

    return unit(check)


def fault_metric(gap: str, text: str, fault_share: bool, skipped_step: bool = True) -> Optional[str]:
    """The share of the work's own unit with (or, when the baseline counts the fault, without) the fault's object."""
    from planner.extract.phrases import can_be_noun, can_be_verb

    gap = SLANG.sub("", gap or "")
    m = _PASSIVE_FAULT.search(gap)
    if m and can_be_noun(m.group("p").split()[-1].lower()):
        f = m.group("f").lower()
        good = _OPPOSITE.get(f)
        metric = f"share of {m.group('p').lower()} {m.group('v')} {f if fault_share else good}" if (fault_share or good) else None
        if metric and _ok(f"They count the {metric}."):
            return metric
    m = _BEFORE_CLOSE.search(gap)
    if m:
        from planner.extract.phrases import base_verb

        v2 = m.group("v2").split()[0].lower()
        part, done = _participle(m.group("v")), _participle(base_verb(v2) if v2.endswith("s") else v2)
        if part and done:
            p = m.group("p").lower()
            unit = p if p.endswith("s") else _plural(p)
            o = re.sub(r"^(?:a|an|their)\s+", "the ", m.group("o"), flags=re.I)
            rest = " ".join(m.group("v2").split()[1:])
            metric = f"share of {unit} {done}{' ' + rest if rest else ''} {'without' if fault_share else 'with'} {o} {part}"
            if _ok(f"They count the {metric}."):
                return metric
    m = _SHARE_LEAVES.search(gap or "")
    if m and can_be_noun(m.group("p").split()[-1].lower()):
        from planner.concreteness.structure import people_noun

        if not people_noun(m.group("p").split()[-1]):
            metric = f"share of {m.group('p')} {'without' if fault_share else 'with'} the {m.group('o')}"
            if _ok(f"They count the {metric}."):
                return metric
    from planner.concreteness.structure import people_noun

    m = next((w for w in _SUBJ_WITHOUT.finditer(gap or "") if not people_noun(w.group("p").split()[-1])), None)
    if m and m.group("mk").lower() == "with the wrong":  # "keep going to the printer with the wrong dates on them"
        metric = f"share of {m.group('p').lower()} with the {'wrong' if fault_share else 'right'} {m.group('o')}"
        return metric if _ok(f"They count the {metric}.") else None
    if m:
        o = m.group("o")
        obj = "the " + o if not o.startswith(("the ", "a ", "an ")) else o
        metric = f"share of {m.group('p').lower()} {'without' if fault_share else 'with'} {obj}"
        return metric if _ok(f"They count the {metric}.") else None
    m = _LACKS.search(gap or "")
    if m:
        o = re.sub(r"^(?:a|an|any)\s+", "the ", m.group("o"), flags=re.I)
        metric = f"share of {m.group('p').lower()} {'without' if fault_share else 'with'} {o}"
        return metric if _ok(f"They count the {metric}.") else None
    m = _OFF.search(gap or "")
    if m:
        o = re.sub(r"^(?:a|an|their)\s+", "the ", m.group("o"), flags=re.I)
        unit = _plural(m.group("p").lower())
        metric = f"share of {unit} {'without' if fault_share else 'with'} {o}{'' if fault_share else ' on them'}"
        return metric if _ok(f"They count the {metric}.") else None
    m = _PART_WRONG.search(gap or "")
    if m:
        unit = _plural(m.group("p").lower())
        metric = (f"share of {unit} where the {m.group('o')} {m.group('neg')} {m.group('vp')}" if fault_share
                  else f"share of {unit} where the {m.group('o')} is right")
        return metric if _ok(f"They count the {metric}.") else None
    m = _PARTIAL.search(gap or "")
    if m and not fault_share:
        p = m.group("p").lower()
        unit = p if p.endswith("s") else _plural(p)
        d = "filled in" if m.group("d").lower() in ("empty", "blank") else m.group("d").lower()
        metric = f"share of {unit} completely {d}"
        return metric if _ok(f"They count the {metric}.") else None
    def fits(w: re.Match) -> bool:
        v, head = w.group("v").lower(), w.group("p").split()[-1].lower()
        return not (head.endswith("ing") or not can_be_noun(head) or head in ("are", "is", "were", "was")
                    or not can_be_verb(v) or v.endswith("s") and can_be_noun(v) and not v.endswith("ss"))

    # every start word is tried: the leftmost match may begin on the subject ("avionics techs are closing ...")
    tried = [w for w in (_WITHOUT.match(gap, k.start()) for k in re.finditer(r"\b[a-z]", gap or "", re.I)) if w and fits(w)]
    m = next((w for w in tried if w.group("det")), None) or next(iter(tried), None)  # "sign off the reading logs" first
    if m:
        part = _participle(m.group("v"))
        p, o = m.group("p").lower(), m.group("o")
        if p.split()[0] in ("the", "a", "an", "them", "it", "up", "out", "in", "on", "to", "with", "no", "their"):
            return None
        unit = p if p.endswith("s") else _plural(p)
        if o.split()[0].endswith("ing"):  # "without dating them": the act itself
            done = _participle(o.split()[0])
            if not done:
                return None
            metric = f"share of {unit} {'not ' if fault_share else ''}{done}"
        else:
            obj = "the " + o if not o.startswith(("the ", "a ", "an ")) else o
            metric = f"share of {unit} {part + ' ' if part else ''}{'without' if fault_share else 'with'} {obj}"
        return metric if _ok(f"They count the {metric}.") else None
    m = _SKIP.search(gap or "") if skipped_step and not fault_share else None
    if m:  # "still skip the torque check on alloy wheels": the step done on each unit
        unit = m.group("p").lower() if m.group("p") else None
        occ = _OCCASION.search(text or "") if not unit else None
        unit = unit if not unit or unit.endswith("s") else _plural(unit)
        unit = unit or (_plural(occ.group("n").lower()) if occ else None)
        if unit and can_be_noun(unit.split()[-1]):
            o = re.sub(r"^(?:a|an|their)\s+", "the ", m.group("o"), flags=re.I)
            metric = f"share of {unit} with {o} done"
            if _ok(f"They count the {metric}."):
                return metric
    m = _NEG_VERB.search(gap or "") if skipped_step else None
    if m and re.search(r"(?:\b(?:has|have|had|hes|she's|he's|they've|we've|i've)|'s|’s|'ve|’ve)\s+$", gap[: m.start()], re.I):
        m = None  # "hes never worked a busy bar": what they have not done yet, not a step they skip
    if m:
        part = _participle(m.group("v"))
        if not part:
            return None
        o = re.sub(r"^(?:a|an|their)\s+", "the ", m.group("o"), flags=re.I)
        if m.group("p") and (m.group("prep").lower() in ("on", "onto") or _RECORD.search(m.group("p"))):  # "in the app" is no unit
            unit = _plural(m.group("p").lower())
            prep = {"onto": "on", "into": "in"}.get(m.group("prep").lower(), m.group("prep").lower())
            metric = (f"share of {unit} with {o} {prep} them" if part == "put" else  # "put the sludge depth on the service sheet"
                      f"share of {unit} with {o} {part}{' on them' if part in ('written', 'recorded', 'entered') else ''}")
        else:
            occ = _OCCASION.search(text or "")
            metric = f"share of {_plural(occ.group('n').lower())} with {o} {part}" if occ else f"share of {_plural(o[4:])} {part} when due"
        if fault_share:
            return None  # the baseline counts something else; the generator's own line is kept
        return metric if _ok(f"They count the {metric}.") else None
    return None


from planner.generators.gap_roles import OTHERS as _OTHERS  # noqa: E402  (one reader of another group's figure)


_GROUP = re.compile(r"\b(?:team|staff|crew|colleagues|others|department|desk|rest)\b|\b[a-z]+(?:ers|ors|ists|ians)\b", re.I)


def others_baseline(base_context: str, base_text: str, learners: tuple[str, ...] = ()) -> bool:
    """The figure's clause has other people as its subject ("the servers we have now get about one allergen order in
    twenty wrong", "the renewals team currently converts roughly 60%"): not the newcomers' own work."""
    from planner.generators.gap_roles import _names_learners, _subject, split_clauses

    for c in split_clauses(base_context or ""):
        f = re.search(rf"(?<![\w.]){re.escape(base_text)}", c, re.I)
        i = f.start() if f else -1
        if i >= 0:
            if re.match(r"^(?:i|we)\b", c.strip(), re.I):
                return False  # "I'd like the new installers at 5%": the writer's wish for the learners
            if _OTHERS.search(c[:i]):  # the words before the figure: its subject and verb
                return True
            subj = _subject(c[:i] + base_text) or ""
            return bool(learners) and bool(_GROUP.search(subj)) and not _names_learners(subj, learners) \
                and not re.search(r"\b(?:last|previous|intake|new)\b", subj, re.I) \
                and not re.match(r"^(?:they|we|i|you|he|she|it)\b", subj, re.I)
    return False


def _figure_context(text: str, figure: str) -> str:
    from planner.generators.gap_roles import _sentences

    rx = re.compile(rf"(?<![\w.]){re.escape(figure)}", re.I)  # "5%" is not inside "15%"
    return next((s for s in _sentences(text) if rx.search(s)), "")


_ALONE = re.compile(r"\b(?:on their own|on his own|on her own|alone|unsupervised|without help|without supervision|solo|independently|"
                    r"without (?:a |any |anyone |someone )?(?:second |further |extra |double )?(?:read|check|checking|review|sign-off|supervision|help|support|backup))\b", re.I)
_AIM = re.compile(r"^(?:(?:he|she|[A-Z][a-z]+|the [a-z]+(?: [a-z]+)?) (?:wants|would like|expects)|the aim is(?: that)?|the goal is(?: that)?|the plan is(?: that)?|we want|i want|we'd like|i'd like|we need|i need|the hope is(?: that)?)\s+", re.I)


def newcomer_target(text: str, deadline_text: Optional[str], owner_phrase: str, who: str, metric: str = "") -> tuple[str, bool]:
    """(target, is_proposal) for people with no past work: the text's own clause of working alone by a date, with the
    share it means on the metric (SMART: a figure), else reaching the standard alone by the deadline or review date,
    marked as a proposal."""
    um = re.match(r"^share of (?:(?:her|his|their|its)\s+)?(?P<u>[a-z][\w-]*(?:\s+[a-z][\w-]*)?s)\b", metric or "")
    from planner.generators.gap_roles import _NUMBER_WORDS

    plain = bool(um) and um.group("u") != "work samples" and not any(w in _NUMBER_WORDS or w.isdigit() for w in um.group("u").split())
    figure = f"none of their {um.group('u')} falling short of the standard" if plain else "none of their work needing correction"  # no figure the text does not give
    from planner.generators.gap_roles import _sentences

    for s in (p for sent in _sentences(text) for p in re.split(r"\s*;\s+", sent)):
        if _ALONE.search(s) and (not deadline_text or deadline_text.lower() in s.lower() or re.search(r"\bby\b", s, re.I)):
            body = _AIM.sub("", s.strip().rstrip(".!"))
            body = re.sub(r"^(?:every one of them|each of them|all of them|them|they)\b", f"the {who}", re.sub(r"^they(?:'re|’re)\b", f"the {who} are", body, flags=re.I), flags=re.I)
            if body != s.strip().rstrip(".!") and len(body.split()) <= 20 and _ok(_cap(body) + "."):
                return f"{body} (the text's aim), with {figure} by then (proposed figure)", False
    when = f" {deadline_text[:1].lower() + deadline_text[1:]}" if deadline_text else " by the review date"  # "By August", mid-sentence
    each = ("each of them" if who.startswith("people") else f"each of the {who}" if who.endswith("s")
            else f"the {who}")  # "the hvac apprentice": one person
    out = f"proposed: {each} does this work alone{when}, with {figure} when {owner_phrase} checks it"
    if len(out) > 200:
        out = f"proposed: {each} does this work alone{when}, with {figure}"
    if len(out) > 200:
        out = f"proposed: {each} does this work alone{when}, with none of their work needing correction"
    if not _ok(_cap(out[len("proposed: "):]) + "."):
        out = out.replace(each, "each of them", 1)  # the role's words read as a verb by the gate ("the psych techs")
    return (out + f"; confirm with {owner_phrase}" if len(out) + len(owner_phrase) < 185 else out), True


def _behaviour(signal: dict, text: str, check, count, who: str = "") -> None:
    """The behaviour line in the text's terms once the metric is (h21sig): the metric's own direction ("Fewer incident
    reports lack the CCTV timestamp"), the record's count ("Fewer loudness complaints are logged by the compliance
    desk"); a weekly sample the text never names is not claimed ("In the weekly sample, the ..." -> "After training,
    the ...", or the text's own check)."""
    from planner.generators.signal_text import _GENERIC_BEHAVIOUR, behaviour_from_metric

    b = signal.get("behaviour") or ""
    if _GENERIC_BEHAVIOUR.match(b):
        new = behaviour_from_metric(signal.get("metric") or "", None)
        if not new and count is not None:
            new = count.behaviour()
        pm = re.match(r"^share of (?P<u>[a-z][\w -]*?s) that pass (?P<x>[^,]+'s? (?:check|review|sign-off|audit|inspection)) first time$", signal.get("metric") or "")
        if not new and pm and who and pm.group("u") != "work samples":  # the work as the text's checker reads it (h21sig)
            new = f"More of the {_possessive(who)} {pm.group('u')} pass {pm.group('x')} first time, at each review after training"
        if new and _ok(new + ".", phrase=False):
            signal["behaviour"] = new
    elif b.startswith("In the weekly sample, ") and not re.search(r"\bsampl", text, re.I):
        new = "After training, " + b[len("In the weekly sample, "):]
        if _ok(new + ".", phrase=False):
            signal["behaviour"] = b = new
    # "pick the address from the route sheet, not the bin tag": the text's "A, not B" says B is the right one, so the
    # behaviour wanted is B's (a line ending on A would ask for the fault itself)
    for c in re.finditer(r"(?P<a>\b(?:the|their|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?),?\s+(?:not|instead of|rather than)\s+(?P<b>(?:the|their|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\b", text):
        a = c.group("a")
        if b.endswith(" " + a) or b.endswith(" " + a.lower()):
            new = b[: len(b) - len(a)] + c.group("b")
            if _ok(new + ".", phrase=False):
                signal["behaviour"] = new
            break


from planner.text.case import cap as _cap  # noqa: E402


# "I'd want it under 3 a month by spring": the text's target as a count per period, beside a baseline written as a share
_RATE_TARGET = re.compile(r"\b(?:want|like|need|aim|target|get)\b[^.;]{0,20}?\b(?P<t>(?:under|below|fewer than|less than|at most|no more than|down to)\s+"
                          r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:a|per|each)\s+(?P<per>day|week|month|shift|quarter))"
                          r"(?P<by>\s+(?:by|before)\s+[^.;,]{2,30})?", re.I)


def rate_target(text: str) -> Optional[str]:
    m = _RATE_TARGET.search(text or "")
    if not m:
        return None
    return f"{m.group('t')}{m.group('by') or ''} (the text's target, a count per {m.group('per').lower()}: count them each {m.group('per').lower()} as well)"


# "want every reading in SCADA within the hour by summer": the text's target in words, all of the work (SMART: a
# figure, here every one)
_EVERY_TARGET = re.compile(r"(?:\b(?:want|wants|need|needs|aim|aiming|expect|like|target is|goal is)\b|\b(?:[Gg]oal|[Tt]arget|[Aa]im)\s*:)(?:\s+to\s+(?:see|have|get))?\s+"
                           r"(?P<t>(?:every|each|all)\s+(?:of\s+)?(?:the\s+|their\s+)?(?P<n>[a-z][\w-]*)\b(?P<rest>[^.;!?]{0,60}?))"
                           r"(?P<by>\s+(?:by|before)\s+[^.;,!?]{2,25})?\s*(?=[.;!?]|$)", re.I)


def every_target(text: str, metric: str) -> Optional[tuple[str, str]]:
    """(target, the metric it reads on) for "want every reading in SCADA within the hour by summer": the target as
    written, and the metric's share of the same unit with the target's own condition ("share of chlorine residual
    readings logged in SCADA within the hour"); None when the unit is not the metric's."""
    from planner.text.inflect import singular

    m = _EVERY_TARGET.search(text or "")
    um = re.match(r"^share of (?P<u>[a-z][\w -]*?s) (?P<v>[a-z]+ed|sent|put|done|made|written|kept|that pass)\b", metric or "")
    if not m or not um or singular(m.group("n").lower()) != singular(um.group("u").split()[-1]):
        return None
    rest = m.group("rest").strip()
    target = f"{m.group('t').strip()}{m.group('by') or ''} (the text's target)"
    if um.group("v") == "that pass" or not re.match(r"(?:in|on|within|by|before|with|at)\b", rest):
        # "Goal: every intake complete first time": the target as written, on the metric the plan already counts
        return (target, metric) if rest else None
    return target, f"share of {um.group('u')} {um.group('v')} {rest}"


_ON_WHICH = re.compile(r"^share of (?P<u>[a-z][\w-]*(?:\s+[a-z][\w-]*)?) on which (?:since [^,]+? (?:came in|started|arrived) )?(?:[a-z]+\s+){0,3}?"
                       r"(?P<v>mistype|miss|skip|forget|leave out|omit|misspell|misread|drop|lose|mislabel)s?\s+(?P<o>(?:the|their)\s+[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)$")


_FAULT_SHARE = re.compile(r"^share of (?![\w' -]*\bwithout (?:double-|mis|errors?\b|mistakes?\b|wrong|delay|gaps?\b))[a-z][\w' -]*?\b(?:double-\w+|mis\w+|wrong|missing|without|not|late|skipped|lost|rejected|sent back|"
                          r"left out|incomplete|unlabelled|unsigned|undated|stale|broken)\b", re.I)


# the words of a share's unit end before its first clause word: "share of shipments that pass ...", "share of work
# orders closed with ...", "share of incident reports without ..."
_UNIT = re.compile(r"^share of (?P<u>(?:(?!(?:that|which|who|with|without|where|on|in|not|completely|fully|when)\b)[a-z][\w-]*\s+){0,2}?"
                   r"(?!(?:that|which|who|with|without|where|on|in|not|completely|fully|when)\b)[a-z][\w-]*s(?<!ss))(?=\s|$)")


_UNIT_LOOSE = re.compile(_UNIT.pattern.replace("s(?<!ss))", "s)"))


def _share_unit(metric: str) -> Optional[re.Match]:
    m = _UNIT.match(metric or "") or _UNIT_LOOSE.match(metric or "")  # "harness anchors" before "harness"; "harness" alone too
    return m if m and not any(w.endswith("ed") for w in m.group("u").split()[1:]) else None


def every_one(metric: str) -> str:
    """"share of batch cards with the shade number" -> "every batch card with the shade number" (the target: all of them)."""
    from planner.text.inflect import singular

    u = _share_unit(metric or "")
    m = re.match(rf"^share of (?P<u>{re.escape(u.group('u'))}) (?P<rest>.+)$", metric or "") if u else None
    if not m:
        return "every one of them"
    words = m.group("u").split()
    return f"every {' '.join(words[:-1] + [singular(words[-1])])} {re.sub(r'(?:on|in) them$', lambda w: w.group(0).replace('them', 'it'), m.group('rest'))}"


def _no_unit(metric: str) -> bool:
    """"share of hes worked": the share's noun is a pronoun's contraction (a slip of an earlier rule)."""
    m = re.match(r"^share of (?P<n>[a-z]+)\b", metric or "")
    # a pronoun's contraction written without its apostrophe ("hes never worked ...") is no unit either
    return bool(m) and m.group("n") in ("hes", "shes", "theyre", "theyve", "youre", "thats", "its", "ive")


def settle(signal: dict, *, text: str, gap: str, kind: str, who: str, owner: Optional[str], learners: tuple[str, ...],
           deadline_text: Optional[str], baseline) -> dict:
    """The signal's scaffolding lines replaced by the text's own (see the module docstring)."""
    from planner.generators import signal_count as SC
    from planner.generators.gate import clip

    # people new to the work by the gap's own clause ("none of them has driven the van", "hes never worked a busy bar
    # before"), whatever type the plan names: they have no past work, so their target is doing it alone
    from planner.generators.gap_roles import _NEVER

    # ("before" that opens a clause, "never photograph X before they close the work order", is a step's order, not the past)
    never_gap = bool(_NEVER.search(gap or "")) and bool(re.search(r"\b(?:before(?!\s+(?:they|he|she|we|you|it|i|the|their|each|every|a|an|it's|its)\b)|yet|ever)\b|\bnone of\b|\bneither\b|\bnot one of\b", gap or "", re.I))
    newcomers = kind in ("onboarding", "reskilling") or never_gap
    if never_gap and kind == "upskilling" and not signal.get("baseline"):
        from planner.extract.baseline_fit import for_newcomers

        signal["baseline_method"] = for_newcomers(signal.get("baseline_method"), new_work=True)  # no past work of this kind
    if newcomers and signal.get("baseline") and baseline is not None and baseline.text.lower() in signal["baseline"].lower() \
            and others_baseline(baseline.context or "", baseline.text, learners):
        signal["baseline"] = None  # the baseline counts other people's work (h20gap)
        signal["baseline_method"] = ("Not measured yet: they have not started, so there is no past work of theirs to count; "
                                     f"count the same thing over their first ten cases (or first two weeks). The text's figure "
                                     f"({baseline.text}) is other people's work: a comparison, not their baseline.")
        if signal.get("target_is_proposal", True):
            signal["target"], signal["target_is_proposal"] = "", True  # the text's own target stays ("at 5% or better by ...")
        metric = re.sub(r"\bthat (?=(?:wrong|late|missing|incomplete|right|correct|[a-z]+ed|sent|kept|left|put|made|done|given|taken)\b)"
                        r"|, counted the same way as today$", "", signal.get("metric") or "")
        signal["metric"] = re.sub(r"\b(?:her|his)\b", "their", metric)  # the other person's figure, read for each newcomer
        from planner.generators.signal_metric import record_source

        rec = record_source(text)
        by = re.search(r"\b(?:going by|according to|judging by|from)\s+(?P<np>(?:the|our)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+(?:book|log|report|records?|sheet|list|register|audit|tally))\b", text, re.I)
        rec = rec or (re.sub(r"^our\s", "the ", by.group("np"), flags=re.I) if by else None)
        if rec:
            signal["data_source"] = rec  # where the text reads its figure ("going by the kitchen's incident book")
    tm = re.match(r"^(?P<f>.+?) (?:by .+ )?\(the text's target\)$", signal.get("target") or "")
    if newcomers and tm and not signal.get("target_is_proposal") and others_baseline(
            _figure_context(text, tm.group("f").split(" by ")[0]), tm.group("f").split(" by ")[0], learners):
        signal["target"] = ""  # another group's figure is no target for the newcomers (h20gap)
    check = text_check(text, learners)
    check_src, check_u = (check_source(check), check_unit(check)) if check else (None, None)  # pure: read once
    # how the plan names whoever checks: the text's named checker, else the owner's role (the lead and the target's
    # "confirm with")
    owner_phrase = (check[0] if check and check[0][:1].isupper() else f"the {owner}") if (check or owner) else "the manager"
    metric = signal.get("metric") or ""
    onw = _ON_WHICH.match(metric)
    if onw:  # "share of books on which mistype the shelf marks": the clause has lost its subject; the object's state instead
        part = _participle(onw.group("v"))
        o = onw.group("o")
        if part:
            new = f"share of {onw.group('u')} where {o} {'are' if o.split()[-1].endswith('s') else 'is'} {part}"
            if _ok(f"They count the {new}."):
                metric = signal["metric"] = clip(new, 200)
    aim = _EVERY_TARGET.search(text or "")
    def _digits(x: str) -> str:  # "ten minutes" and "10 minutes" are one figure
        from planner.extract.numbers import WORD_VALUES

        return re.sub(r"\b[a-z]+\b", lambda w: f"{WORD_VALUES[w.group(0)]:g}" if w.group(0) in WORD_VALUES else w.group(0), x.lower())

    btext = _digits(signal.get("baseline") or "")
    if aim and btext and re.search(r"\d", btext) and btext in _digits(aim.group(0)):
        # "I want every check on the HACCP sheet within ten minutes": the figure is the aim's own condition, no baseline
        signal["baseline"], signal["target_is_proposal"] = None, True
        signal["metric"] = fault_metric(gap, text, fault_share=False) or "share of work samples that need no rework"
        from planner.generators.signal import measure_how

        how = measure_how(signal["metric"][len("share of "):], None)
        signal["baseline_method"] = clip(how[:1].upper() + how[1:], 400)
        baseline = None
    if not signal.get("baseline") and baseline is None and (found := SC.find(text)) is not None:
        baseline = found  # "Security records every propped door ...; there were 9 last week" (h21sig)
        c = SC.read(found)
        if c is not None:
            signal["baseline"], signal["baseline_method"] = f"{found.text} {c.when}" if c.when else found.text, None
            signal["metric"], signal["target_is_proposal"] = "number of work samples with the problem", True
    count = SC.read(baseline) if signal.get("baseline") and baseline is not None else None
    if count and (_SCAFFOLD.search(metric) or re.fullmatch(r"number of [a-z]+, counted the same way as today", metric)):
        # "logs every loudness complaint ... we had 11 last month", "Dev ... counted 17 complaints about wrong notices in October" (h21sig)
        metric = signal["metric"] = clip(SC.metric(count), 200)
        signal["data_source"] = clip(count.source, 200)
        if count.when and count.when not in (signal.get("baseline") or ""):
            signal["baseline"] = clip(f"{signal['baseline']} {count.when}", 200)
        t = SC.proposal(count, baseline, f"confirm with the {owner}" if owner else "confirm with the manager who set this goal")
        if t and signal.get("target_is_proposal") and _ok(_cap(t[len("proposed: "):]) + "."):
            signal["target"] = clip(t, 200)
    pm = re.match(r"^share of (?P<u>[a-z][\w -]*?) that pass (?:the )?[^,]+'s? check first time$", metric)
    from planner.text.inflect import singular as _sg

    if pm and newcomers and not signal.get("baseline") and check_u \
            and _sg(check_u.split()[-1].lower()) != _sg(pm.group("u").split()[-1].lower()):  # "home visit notes" stays beside "notes"
        from planner.generators.signal_check import passes

        new = passes(check)  # the new work as the text's checker counts it: "their checklists", not the goal's noun (h21sig)
        if new:
            how = signal.get("baseline_method") or ""
            signal["baseline_method"] = clip(how.replace(metric[len("share of "):], new[len("share of "):]), 400)
            metric = signal["metric"] = clip(new, 200)
    for k in ("behaviour", "metric", "baseline_method"):  # "... before they close the work order lol" (h21sig)
        if isinstance(signal.get(k), str):
            signal[k] = SLANG.sub("", signal[k])
    metric = signal.get("metric") or ""
    cur = _share_unit(metric)
    if cur and not _RECORD.search(cur.group("u")) and not signal.get("baseline") and not _SCAFFOLD.search(metric):
        new = fault_metric(gap, text, fault_share=False, skipped_step=not newcomers)
        nu = _share_unit(new or "")
        if new and nu and _RECORD.search(nu.group("u")):  # the document the work is recorded on is the unit, not a part of it
            how = signal.get("baseline_method") or ""
            if metric[len("share of "):] in how and "leaves no record" not in how:
                signal["baseline_method"] = clip(how.replace(metric[len("share of "):], new[len("share of "):]), 400)
            elif how.startswith("Not measured yet: before training starts") or "leaves no record" in how:
                signal["baseline_method"] = clip(f"Not measured yet: before training starts, count {new[len('share of '):]} over the last "
                                                 "four weeks (or the next two), the same way you will count them at the review date.", 400)
                if (signal.get("data_source") or "").startswith("what ") and "(proposed)" in signal["data_source"]:
                    signal["data_source"] = "a weekly sample of the work checked against the checklist"  # rewritten below
            metric = signal["metric"] = clip(new, 200)
    wp = re.match(r"^number of (?P<u>[a-z][\w -]*?s) with the problem, counted the same way as today$", metric)
    if wp and not re.search(r"\b(?:rejected|returned|failed|bounced|late|missing|wrong|mis\w+|complaints?|errors?|defects?|incidents?|callbacks?|"
                            r"breaches|returns|re-?dos|remakes|re-?works)\b", wp.group("u")):
        wp = None  # "number of pull requests with the problem": the unit alone would count all of them
    if wp:  # "number of rejected entries with the problem": the count is the text's own unit (h21sig)
        per = "month" if re.search(r"\b(?:in (?:January|February|March|April|May|June|July|August|September|October|November|December)|last month|a month)\b",
                                   signal.get("baseline") or "") else "week" if re.search(r"\b(?:last|a) week\b", signal.get("baseline") or "") else None
        metric = signal["metric"] = f"number of {wp.group('u')}, counted {'per ' + per if per else 'the same way as today'}"
        rs = SC.returned_source(text, wp.group("u"), per)
        if rs and _GENERIC_SOURCE.search(signal.get("data_source") or "") and _ok(f"Read {rs}."):
            signal["data_source"] = clip(rs, 200)
    cp = re.search(r", counted per (?P<p>week|month|day|shift|quarter)$", metric)
    if cp and baseline is not None and baseline.value and (signal.get("target") or "").startswith("proposed: at most half today's count"):
        import math

        half = math.floor(baseline.value / 2)  # the proposal in the count's own unit and period (SMART: a figure)
        confirm = (signal["target"].split("; ", 1) + [""])[1]
        t = f"proposed: {'none' if half == 0 else f'{half} or fewer a ' + cp.group('p')} (about half of the {signal['baseline']})" + (f"; {confirm}" if confirm else "")
        if _ok(_cap(t[len("proposed: "):]) + "."):
            signal["target"] = clip(t, 200)
    if _SCAFFOLD.search(metric) or _no_unit(metric):
        new = fault_metric(gap, text, fault_share=bool(signal.get("baseline")), skipped_step=not newcomers)
        if not new and check and not signal.get("baseline"):  # a pass share beside a fault rate would read backwards
            from planner.generators.signal_check import passes

            new = passes(check)
        if not new and newcomers and _no_unit(metric):
            new = "share of their first real tasks done alone to the standard"  # honest scaffolding, not a garbled unit
        if new:
            old = re.sub(r"^share of ", "", metric)
            signal["metric"] = clip(new, 200)
            how = signal.get("baseline_method") or ""
            if old and old in how:
                signal["baseline_method"] = clip(how.replace(old, new[len("share of "):]), 400)
    src = signal.get("data_source") or ""
    if check and (not src or _GENERIC_SOURCE.search(src) and (not src.startswith("records in ") or check_u or _SCAFFOLD.search(metric))):
        cs = check_src
        if cs:
            signal["data_source"] = clip(cs, 200)
    how = signal.get("baseline_method") or ""
    unit = re.match(r"^share of (?P<u>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\b", signal.get("metric") or "")
    if not signal.get("baseline") and "last four weeks" in how and unit and not _RECORD.search(unit.group("u")) \
            and not _SCAFFOLD.search(signal.get("metric") or "") and check is None and not _KEEPS_RECORD.search(text):
        from planner.generators.signal_text import who_counts

        signal["baseline_method"] = clip(observed_method(signal["metric"], who_counts(text, owner)), 400)
        if _GENERIC_SOURCE.search(signal.get("data_source") or ""):
            signal["data_source"] = clip(f"what {who_counts(text, owner)} sees on site each week (proposed)", 200)
    if newcomers and not signal.get("baseline") and re.search(r"\bwork samples\b|^share of the work checked at each review", signal.get("metric") or ""):
        # people new to the work, and no unit of it the text names: time to working alone is their signal (DOMAIN.md:
        # onboarding, time to proficiency; h21sig), never a share of "work samples"
        lead = owner_phrase
        one = "person"  # the audience's own word may be one person's or a team's: "each person" reads for both
        m_new = f"weeks from each {one}'s start until {lead} lets them do the work alone"
        how_new = (f"Not measured yet: they have not done this work yet, so there is nothing to count: note each {one}'s start date on it "
                   f"and the date {lead} first lets them work alone; the same dates are read at the review date.")
        src_new = f"each start date and the date {lead} first lets them work alone, noted by {lead} (proposed)"
        if _ok(f"They count the {m_new}.") and _ok(how_new) and _ok(f"Read {src_new}."):
            signal["metric"], signal["baseline_method"] = clip(m_new, 200), clip(how_new, 400)
            if not (check and signal.get("data_source") == check_src):  # the text's own check stays the source
                signal["data_source"] = clip(src_new, 200)
            if _GENERIC_BEHAVIOUR_RX.match(signal.get("behaviour") or "") or "work samples" in (signal.get("behaviour") or ""):
                b_new = f"They do the new work alone, signed off by {lead}, by the target date"
                if _ok(b_new + ".", phrase=False):
                    signal["behaviour"] = b_new
    _behaviour(signal, text, check, count, who if not who.startswith("people") else "")
    if baseline is not None and _GENERIC_SOURCE.search(signal.get("data_source") or ""):
        rj = _REJECTS.search((baseline.context or "")[: max(0, (baseline.context or "").find(baseline.text))] + "\x00")
        if rj:  # "press dept bounces about 1 in 5": who sends the work back keeps the count (h21sig)
            who_r = re.sub(r"^(?:our|the)\s+", "", rj.group("who"), flags=re.I)
            line = f"what the {who_r} {rj.group('v')}, counted each week the same way as today's figure"
            if _ok(f"Read {line}."):
                signal["data_source"] = clip(line, 200)
    ru = _share_unit(signal.get("metric") or "")
    rs = SC.returned_source(text, ru.group("u"), None) if ru and not signal.get("baseline") else None
    if rs and (_GENERIC_SOURCE.search(signal.get("data_source") or "") or "sees on site" in (signal.get("data_source") or "")) and _ok(f"Read {rs}."):
        signal["data_source"] = clip(rs, 200)  # "service writers have to send them back": the returns are the record (h21sig)
        if "leaves no record" in (signal.get("baseline_method") or ""):
            signal["baseline_method"] = clip(f"Not measured yet: before training starts, count {rs.split(', counted')[0]} over the last four "
                                             "weeks (ask them), and the same at the review date.", 400)
    um = _share_unit(signal.get("metric") or "")
    src = signal.get("data_source") or ""
    pass_check = bool(re.search(r"\b(?:check|review|sign-off|inspection)\b first time", signal.get("metric") or ""))
    generic = bool(_GENERIC_SOURCE.search(src)) and (not src.startswith("records in ") or pass_check)  # a system's records hold its fields, not a reviewer's pass
    if um and um.group("u") != "work samples" and not _no_unit(f"share of {um.group('u')}") and generic and um.group("u") not in src \
            and not (check and src == check_src):
        from planner.generators.signal_text import noticed

        late = noticed(text)  # "the office only finds out when the council asks for it" (h21sig)
        rest = re.sub(rf"^share of {re.escape(um.group('u'))}\s*", "", signal.get("metric") or "")
        what = f"the {um.group('u')} {rest}" if rest and re.match(r"(?:with|without|where|that|not|completely|[a-z]+ed|done|sent|kept|made|put)\b", rest) else f"the {um.group('u')}"
        concrete = what != f"the {um.group('u')}" and not _SCAFFOLD.search(what) and not re.search(r"\bthat pass\b|need no correction|when due$", what)
        line = f"a count each week of {what} (proposed)" if concrete else f"a weekly sample of {um.group('u')}, checked against the checklist (proposed)"
        if late:
            line += "; today " + re.sub(r"^(The|Our)\b", lambda w: w.group(1).lower(), late)
        signal["data_source"] = clip(line if _ok(f"Read {line}.") else f"a weekly sample of {um.group('u')}, checked against the checklist (proposed)", 200)
    et = every_target(text, signal.get("metric") or "") if signal.get("target_is_proposal", True) else None
    if et and _ok(_cap(et[0]) + ".") and _ok(f"They count the {et[1]}."):
        old_m = (signal.get("metric") or "")[len("share of "):]
        signal["target"], signal["target_is_proposal"], signal["metric"] = clip(et[0], 200), False, clip(et[1], 200)
        from planner.generators.signal_text import _GENERIC_BEHAVIOUR, behaviour_from_metric

        b = behaviour_from_metric(et[1], False) if _GENERIC_BEHAVIOUR.match(signal.get("behaviour") or "") else None
        if b:
            signal["behaviour"] = b  # every one of them is the aim: more of them done that way
        for k in ("baseline_method", "data_source"):
            v = signal.get(k) or ""
            if old_m and old_m in v:
                signal[k] = clip(v.replace(old_m, et[1][len("share of "):]), 400 if k == "baseline_method" else 200)
    if signal.get("target_is_proposal") and signal.get("baseline") and not newcomers:
        rt = rate_target(text)
        if rt and _ok(_cap(rt) + "."):
            signal["target"], signal["target_is_proposal"] = clip(rt, 200), False
    if not signal.get("baseline") and (newcomers and (_HALVE.search(signal.get("target") or "") or not signal.get("target"))):
        t, prop = newcomer_target(text, deadline_text, owner_phrase, who, signal.get("metric") or "")
        signal["target"], signal["target_is_proposal"] = clip(t, 200), prop
    elif not signal.get("baseline") and _HALVE.search(signal.get("target") or "") and _FAULT_SHARE.match(signal.get("metric") or ""):
        t = f"proposed: none, no {re.sub(r'^share of ', '', signal['metric'])}, by the review date; confirm with {owner_phrase}"
        if _ok(_cap(t[len("proposed: "):]) + "."):
            signal["target"], signal["target_is_proposal"] = clip(t, 200), True  # a fault share falls to none, never "every ... double-booked"
    elif not signal.get("baseline") and _HALVE.search(signal.get("target") or ""):
        u = _share_unit(signal.get("metric") or "")
        m = re.match(rf"^share of (?P<u>{re.escape(u.group('u'))}) (?P<rest>(?:with|completely|fully|[a-z]+ed|[a-z]+en|done|sent|kept|made)\b.*)$", signal.get("metric") or "") if u else None
        if m and not re.search(r"\bgotten\b|\bgot\b", m.group(0)):  # "booked gotten when due": a slip of an earlier rule
            t = f"proposed: {every_one(m.group(0))}, none missed, by the review date; confirm with {owner_phrase}"
            if _ok(_cap(t[len('proposed: '):]) + "."):
                signal["target"], signal["target_is_proposal"] = clip(t, 200), True
    return signal
