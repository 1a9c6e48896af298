"""The success signal's metric and data source from the clause that carries the baseline (issue 12, h15sig).

SMART "specific, measurable" and Mager's criterion: the metric counts the same thing the text's figure counts, in the
text's own clause, so a reader sees the behaviour in it ("share of installs failed at the commissioning check",
"share of check-outs on which guests were charged the wrong room rate", "share of slots on the sheets that are
blank"), never "share of work samples that fall short of the standard". DOMAIN.md ("ways of tracking success":
quality sampling, error rates) and the strict reader's rubric ("data source"): where the figure lives is the report,
log or sheet the text names ("the failures show up in the SAP work order report"), the downstream step that returns
the work ("the adjusters send them straight back"), or the manager's own sample repeated; never a generic sample
when the text names one. Every part is a whole constituent of the text; a metric that fails the well-formedness
check is None and the caller keeps its own.
"""

from __future__ import annotations

import re
from typing import Optional

from planner.frame import NumberFact
from planner.text.inflect import plural

_TIME_TAIL = re.compile(r"(?<!within)(?<!inside)(?<!\bin)(?<!\bfor)(?<!over)(?<!after)\s+(?:this|last|every|each|per|a)\s+(?:week|month|quarter|year|shift|day)\b.*$|\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b.*$|\s+in\s+(?:their|the|its|his|her)\s+first\s+\w+.*$"
                        r"|\s+(?:today|now|these days|at the moment|so far|lately|recently)\b.*$", re.I)
_TIME_MID = re.compile(r"\s+(?:(?:this|last|every|each|per|a)\s+(?:week|month|quarter|year|shift|day)|today|yesterday)\b", re.I)
_FINITE = re.compile(r"\b(were|was|are|is|had|have|has|came|come|comes|got|get|gets|went|go|goes|did|do|does|didn't|don't|doesn't|"
                     r"weren't|wasn't|aren't|isn't|hadn't|haven't|missed|lacked|failed|needed|showed|contained|ended)\b", re.I)
_PRESENT = {"were": "are", "was": "are", "is": "are", "had": "have", "has": "have", "did": "do", "does": "do", "didn't": "don't",
            "doesn't": "don't", "weren't": "aren't", "wasn't": "aren't", "isn't": "aren't", "hadn't": "haven't", "comes": "come",
            "gets": "get", "goes": "go"}
_PREP_END = re.compile(r"^(?P<c>.+?)\s+(?P<p>on|in|for|at|with)$", re.I)
_BOUND = re.compile(r"[,;:]\s*|\s+(?:and then|and|but|so|then|because|which|when|while)\s+", re.I)


def _lemma(w: str) -> str:
    try:
        import lemminflect as L

        got = L.getLemma(w.lower(), "VERB")
        return got[0] if got else w.lower()
    except Exception:  # pragma: no cover - lemminflect is a dependency; stay safe without it
        return w.lower()


def _participle(w: str) -> Optional[str]:
    try:
        import lemminflect as L

        got = L.getInflection(_lemma(w), "VBN")
        return got[0] if got else None
    except Exception:  # pragma: no cover
        return None


def _present(vp: str) -> str:
    words = vp.split()
    first = words[0].lower()
    if first in _PRESENT:
        words[0] = _PRESENT[first]
    elif first in ("came", "went", "got", "ended", "missed", "lacked", "failed", "needed", "showed", "contained"):
        words[0] = _lemma(first)
    return " ".join(words)


def _ok(metric: str) -> bool:
    from planner.generators.gate import problems

    said = f"They count the {metric}." if not re.match(r"(?:a|an|the|what)\s", metric) else f"They read {metric}."
    return 3 <= len(metric.split()) <= 22 and not problems(said)


def clause_metric(base: NumberFact) -> Optional[str]:
    """The metric for a share, read off the baseline's own clause; None when the clause does not parse plainly."""
    from planner.extract.sample_share import ONE_IN, SAMPLE

    ctx = " ".join((base.context or "").split())
    if base.unit != "%" or not ctx:
        return None
    s = SAMPLE.search(ctx)
    if s and base.text.startswith(s.group("m")):  # "checked forty of yesterday's returns and eleven were on the wrong shelf"
        noun = s.group("noun").split()[-1].lower()
        vp = re.split(r"[,;:.!?]|\s+(?:and|but|so|because|which|while)\s+", ctx[s.end("m"):])[0].strip()
        of = re.match(r"of\s+(?:them|those|the\s+(?P<n>[a-z-]+s))\s+", vp, re.I)  # "and 12 of the garments went back" (h18sig)
        if of:
            noun, vp = (of.group("n") or noun).lower(), vp[of.end():]
        vp = _TIME_TAIL.sub("", vp)
        if vp and _FINITE.match(vp):
            m = f"share of {noun} that {_present(vp)}"
            return m if _ok(m) else None
        return None
    o = ONE_IN.search(ctx)
    if o and o.group(0).strip() == base.text:  # "on about one claim in ten": the noun inside the share
        noun, i, j = plural(o.group("noun").lower()), o.start(), o.end()
        rest = ""
    else:
        i = ctx.find(base.text)
        if i < 0:
            return None
        j = i + len(base.text)
        m = re.match(r"\s+(?:of\s+)?(?:the\s+|our\s+|their\s+|all\s+)?(?P<noun>(?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*s)\b(?P<rest>[^,;:.!?]*)", ctx[j:], re.I)
        from planner.extract.numbers import verb_before_object

        if not m or m.group("noun").split()[-1].lower() in ("times", "percent") or _FINITE.search(m.group("noun")) \
                or verb_before_object(m.group("noun"), m.group("rest")):
            return None  # "1 in 5 misses the pending actions": "misses" is the verb
        noun, rest = m.group("noun").lower(), m.group("rest")
    rest = re.split(r"\s+(?:and|but|so|because|which|while)\s+", rest)[0]
    v0 = _FINITE.search(rest)
    if v0:  # a time between the noun and its verb ("audited last month lacked ...") is cut there, not with the verb (h18sig)
        rest = _TIME_MID.sub("", rest[: v0.start()]) + " " + _TIME_TAIL.sub("", rest[v0.start():])
        rest = " " + " ".join(rest.split()) if rest.strip() else ""
    else:
        rest = _TIME_TAIL.sub("", rest).rstrip()
    before = _BOUND.split(ctx[:i])[-1].strip()
    own = re.match(r"\s*(?P<c>(?:the|its|their)\s+[a-z]+\s+(?!is\b|was\b|has\b)[a-z]+s\b.*)$", rest, re.I)
    if own and not _FINITE.search(own.group("c").split()[1]):  # "in about 40% of escalations the note leaves out the invoice number"
        out = f"share of {noun} where {own.group('c').strip()}"
        return out if _ok(out) else None
    before = re.sub(r"\s+(?:about|around|roughly|nearly|almost|over|under|maybe|perhaps|probably|easily|at least)$", "", before, flags=re.I)
    v = _FINITE.search(rest)
    if v:  # "12% of loaves came in under the label weight", "23 of the 70 slots on the sheets were blank"
        mod, vp = rest[: v.start()].strip(), rest[v.start():].strip()
        out = f"share of {noun}{(' ' + mod) if mod else ''} that {_present(vp)}"
        return out if _ok(out) else None
    rel = re.match(r"\s*(?:that\s+)?(?:we|i|they|you)\s+[a-z]+(?:\s+[a-z]+)?$", rest, re.I)
    if rel and len(before.split()) >= 2 and not _PREP_END.match(before):  # "the lab rejected 14 of the 300 samples we sent"
        subj = re.sub(r"^(?:our|their)\s+", "the ", before[:1].lower() + before[1:] if before.split()[0] in ("The", "Our", "Their") else before)
        out = f"share of {noun} {rest.strip()} that {subj}"
        return out if _ok(out) else None
    pm = _PREP_END.match(before)
    if pm and len(pm.group("c").split()) >= 2:  # "guests were charged the wrong room rate on roughly one in eight check-outs"
        clause = re.sub(r"^(?:with|after|for|in|on)\s+[^,]*,\s*", "", pm.group("c"), flags=re.I)
        out = f"share of {noun} {pm.group('p').lower()} which {clause}{rest}"
        return out if _ok(out) else None
    last = before.split()[-1] if before.split() else ""
    from planner.extract.phrases import can_be_verb

    if last and can_be_verb(last.lower()) and len(before.split()) >= 2:  # "the current installers fail about 15% of installs at ..."
        pp = _participle(last)
        if pp and pp.lower() not in ("been", "had", "got"):
            out = f"share of {noun} {pp}{rest}"
            return out if _ok(out) else None
    return None


def times_metric(base: NumberFact) -> Optional[str]:
    """"the site safety officer found it blank six times in October" -> "times the site safety officer found it blank"."""
    ctx = " ".join((base.context or "").split())
    i = ctx.find(base.text)
    if i < 0 or (base.unit or "") != "times":
        return None
    before = _BOUND.split(ctx[:i])[-1].strip()
    if len(before.split()) < 3 or not re.match(r"(?:the|our|a|an)\s", before, re.I):
        return None
    out = "times " + re.sub(r"^our\s", "the ", before, flags=re.I)
    return out if _ok(out) else None


_RECORD = (r"(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,4}?(?:report|reports|log|logs|logbook|sheet|sheets|register|dashboard|tracker|spreadsheet|"
           r"records|queue|board|audit trail|export|audit|audits))\b")
_WHERE = re.compile(r"\b(?:(?:show(?:s|ed)?\s+up|appear(?:s|ed)?|(?:are|is|get|gets|were|was)\s+(?:logged|recorded|tracked|listed|flagged|counted|reported))"
                    r"\s+(?:in|on)|going by|according to|judging by|judging from)\s+(?:the|our|their)\s+" + _RECORD, re.I)
_READS = re.compile(r"\b(?:reads|reviews|checks|goes through|pulls|runs|looks at|looks through|signs off|audits|emails|sends|sends out|"
                    r"circulates|produces|prints|posts|shares|keeps)\s+(?:the|our|their|a|an)\s+" + _RECORD, re.I)


def record_source(text: str) -> Optional[str]:
    """The report, log or sheet the text says the figure shows up in or that someone reads; None when none."""
    for rx in (_WHERE, _READS):
        m = rx.search(text)
        if not m:
            continue
        np = " ".join(m.group("np").split())
        if len(np.split()) == 1:  # "reads the sheets": the fuller name the text gives earlier ("the washroom check sheet")
            head = re.escape(np.lower().rstrip("s"))
            full = re.search(rf"\b(?:the|our|their)\s+((?:[a-z][\w-]*\s+){{1,3}}{head})s?\b", text, re.I)
            if full and full.start() < m.start():
                np = full.group(1) + ("s" if np.lower().endswith("s") and not full.group(1).endswith("s") else "")
        return f"the {np}"
    return None


def downstream_source(text: str, noun: Optional[str]) -> Optional[str]:
    """"and the adjusters send them straight back" -> "a tally of the claims the adjusters send straight back"."""
    from planner.generators.impact_text import _DOWNSTREAM

    m = _DOWNSTREAM.search(text)
    if not m or not noun:
        return None
    c = " ".join(m.group("c").split())
    c = re.sub(r"\s+(?:them|it|those)\b", "", c, count=1)
    out = f"a tally of the {noun} {c}"
    return out if _ok(out) else None


def finder_source(base: NumberFact) -> Optional[str]:
    """"the site safety officer found it blank six times": that officer's findings are where the figure is read."""
    m = re.search(r"\b(?P<np>the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:found|flagged|spotted|counted|logged|caught)\b", base.context or "", re.I)
    return f"what {m.group('np')} finds, counted the same way as today's figure" if m else None


def sample_source(base: NumberFact) -> Optional[str]:
    """The manager's own sample repeated: "the same check on a fresh forty returns, as in 'I spot-checked forty ...'"."""
    from planner.extract.sample_share import SAMPLE

    s = SAMPLE.search(" ".join((base.context or "").split()))
    if not s or not base.text.startswith(s.group("m")):
        return None
    said = s.group(0)[: s.start("m") - s.start()].rstrip(" ,").removesuffix(" and").removesuffix(" but").rstrip(" ,")
    return f"the same check repeated on a fresh {s.group('n')} {s.group('noun').split()[-1].lower()}, as the text did (\"{said}\")"


def counted_noun(base: NumberFact) -> Optional[str]:
    """The plural noun a share counts when it is written inside the share ("about one claim in ten" -> "claims")."""
    from planner.extract.sample_share import ONE_IN, sample_of

    got = sample_of(base)
    if got:
        return got[1].lower()
    o = ONE_IN.search(" ".join((base.context or "").split()))
    return plural(o.group("noun").lower()) if o and o.group(0).strip() == base.text else None


_RECORD_HEADS = frozenset("checklist checklists sheet sheets log logs form forms record records register logbook card cards "
                          "permit permits register".split())


def required_record_target(beh, confirm: str) -> Optional[str]:
    """A required record the learners skip ("skip the pre-lift checklist", "don't sign the washroom check sheet"): the
    proposed target is none missed, every one completed (Mager's criterion "every time"); halving the blanks on a
    record that must be there every time is no standard. None for other behaviours."""
    if beh is None or beh.kind not in ("skipped", "negated", "left_off") or not beh.obj:
        return None
    obj = re.sub(r"^(?:the|a|an|their|our|each|every|all)\s+", "", beh.obj, flags=re.I)
    if obj.split()[-1].lower() not in _RECORD_HEADS:
        return None
    verb = beh.verb.split()
    pp = _participle(verb[0])
    if not pp:
        return None
    from planner.text.inflect import singular

    done = " ".join([pp] + verb[1:])
    return f"proposed: none missed, every {singular(obj)} {done}; {confirm}"


def per_item_metric(beh) -> Optional[str]:
    """A record kept once per item of work ("skip the bait station log on commercial visits in ServiceTitan"): the
    share of those items with it done ("share of commercial visits with the bait station log completed in
    ServiceTitan"), the behaviour's own output (Mager: the performance, counted where it happens)."""
    if beh is None or not beh.obj or not beh.tail:
        return None
    m = re.match(r"\s*(?:on|for|at|after|in|during)\s+(?:each\s+|every\s+|all\s+|the\s+)?(?P<items>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\b(?P<rest>[^,;]*)",
                 beh.tail, re.I)
    if not m:
        return None
    pp = _participle(beh.verb.split()[0])
    if not pp:
        return None
    obj = re.sub(r"^(?:their|our|his|her|its)\s+", "the ", beh.obj, flags=re.I)
    out = f"share of {m.group('items')} with {obj} {' '.join([pp] + beh.verb.split()[1:])}{m.group('rest').rstrip()}"
    return out if _ok(out) else None
