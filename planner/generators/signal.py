"""The success signal on the text's own figure (issue 12, h13signal).

SMART (specific, measurable, time-bound) and Kirkpatrick level 3/4 practice: the signal counts what the text
already counts ("about 3 a month get caught", "the line stops for a breakdown about twice a week", "from 4 weeks to
2"), with the text's baseline, the text's target (said to be the text's), and the source the text names or implies
(the check that catches them, the system that records them). A proposal is written "proposed: ..., confirm with
<owner>" and only for a count of things going wrong; a text with no figure gets a metric on the behaviour's own
output and a baseline "not measured yet" with how to measure it, never a checklist share nobody has.
"""

from __future__ import annotations

import math
import re
from typing import Any, Optional

from planner.frame import NumberFact, ProblemFrame


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.1f}"


def _clause_bounds(ctx: str, i: int, j: int) -> tuple[str, str]:
    """The clause before a figure (from the last clause boundary) and the words after it (to the next one)."""
    before = re.split(r"[,;:]\s*|\s+(?:and then|and|but|so|then|because|which|when)\s+", ctx[:i])[-1].strip()
    after = re.split(r"[,;:.!?]|\s+(?:and|but|so|because|which|while)\s+", ctx[j:])[0].strip()
    return before, after


def _past(gerund_word: str) -> Optional[str]:
    """"mislabelling" -> "mislabelled", "skipping" -> "skipped" (the -ed form of the -ing form's verb)."""
    from planner.text.inflect import base_form, verb_forms

    base = base_form(gerund_word)
    ed = [f for f in verb_forms(base) if f.endswith("ed") or f.endswith("ied")]
    if base.endswith("l") and gerund_word.endswith("lling"):
        return base + "led" if not base.endswith("ll") else base + "ed"  # British spelling, as the text writes it
    return ed[0] if ed else None


_KEEP_VING = re.compile(r"\b(?:keep|keeps|kept|still|are|is|were|was)\s+([a-z]+ing)\s+((?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*s)\b")


def _erred_items(sentence: str) -> Optional[str]:
    """What goes wrong, from "keep mislabelling compounded IV bags": "mislabelled compounded IV bags"."""
    from planner.extract.phrases import whole_np

    m = _KEEP_VING.search(sentence)
    if not m:
        return None
    past = _past(m.group(1).lower())
    if not past or not whole_np(m.group(2)):
        return None
    return f"{past} {m.group(2)}"


def _period(f: NumberFact) -> str:
    return f"a {f.per}" if f.per else ""


def _vp_ok(vp: str) -> bool:
    from planner.extract.phrases import can_be_verb

    w = vp.split()
    return 1 <= len(w) <= 12 and not re.search(r"\d", vp) and (can_be_verb(w[0]) or w[0].lower() in ("sent", "caught", "made"))


_PLACE_PREP = re.compile(r"(?:in|on|at|with|without|into|from|under|through)\s", re.I)


def _done_in(before: str, after: str) -> Optional[str]:
    """"<the people> close about 4 jobs a month in ServiceTitan without recording ...": the verb before the figure, as a
    participle, with the words after it: "jobs closed in ServiceTitan without recording ..." (the noun is the caller's)."""
    from planner.extract.phrases import can_be_verb
    from planner.generators.signal_metric import _participle

    words = before.split()
    if not words or not _PLACE_PREP.match(after) or len(after.split()) > 14 or re.search(r"\d", after):
        return None
    verb = words[-1].lower()
    part = _participle(verb) if can_be_verb(verb) and verb not in ("have", "has", "had", "get", "got", "are", "is", "do", "does") else None
    return f"{part} {after}" if part else None


_AUX = {"are", "is", "was", "were", "be", "have", "has", "had", "get", "gets", "got", "do", "does", "did", "about", "around",
        "will", "would", "can", "could", "should", "may", "might", "must", "only", "still", "just", "see", "say"}


def passive_count(before: str) -> Optional[str]:
    """"floors rejected by the GC's inspector" for the clause "The GC's inspector rejects a floor" before a frequency:
    what is counted, done by whom (one item of the clause's object, counted per period)."""
    from planner.generators.signal_metric import _participle
    from planner.text.inflect import plural

    m = re.match(r"^(?P<subj>(?:the|our|their)\s+[^,;]{1,40}?)\s+(?P<v>[a-z]+(?:s|ed))\s+(?:a|an|one)\s+(?P<n>[a-z-]+)$", before, re.I)
    if not m or m.group("v").lower() in _AUX:
        return None
    part = _participle(m.group("v").lower())
    if not part:
        return None
    subj = re.sub(r"^(?:our|their|The)\b", "the", m.group("subj"))
    return f"{plural(m.group('n').lower())} {part} by {subj}"


def verb_share_metric(base: NumberFact, counted: Optional[str]) -> Optional[str]:
    """"share of RMAs coded to the wrong return reason" for "their new starters code about one in ten RMAs to the wrong
    return reason", "share of transcripts sent back for wrong speaker labels" for "send back about 1 in 6 for wrong
    speaker labels": the verb written before the share, as a participle, with its own complement (h18sig)."""
    from planner.extract.phrases import can_be_verb
    from planner.generators.signal_metric import _participle

    ctx = base.context or ""
    i = ctx.find(base.text or "\0")
    if base.unit != "%" or i < 0 or not counted or counted.lower() in ("times", "work", "work samples", "cases", "ones"):
        return None
    words = re.split(r"[,;:]\s*|\s+(?:and|but|so|then|because|which|when|while)\s+", ctx[:i])[-1].split()
    particle = ""
    if len(words) >= 2 and words[-1].lower() in ("back", "out", "up", "off", "over") and can_be_verb(words[-2].lower()):
        particle, words = words[-1].lower(), words[:-1]
    last = words[-1].lower() if words else ""
    hyphened = bool(re.fullmatch(r"[a-z]+-[a-z]+ed", last))  # "double-booked", "mis-keyed": already the participle
    if not words or not (hyphened or can_be_verb(last)) or last in _AUX:
        return None
    part = last if hyphened else _participle(last)
    after = re.sub(rf"^\s+(?:of\s+(?:the\s+|our\s+|their\s+)?)?(?:[a-z-]+\s+)?{re.escape(counted)}\b", "", ctx[i + len(base.text):], flags=re.I)
    rest = re.split(r"[,;:.!?]|\s+(?:and|but|so|because|which|while|when)\s+", after)[0].strip()
    if rest and (not re.match(r"(?:to|for|with|without|in|on|into|as|under|from|at)\b", rest) or len(rest.split()) > 10 or re.search(r"\d", rest)):
        return None
    if not part:
        return None
    written = re.search(rf"\b{re.escape(counted)}\b", ctx, re.I)  # the noun as the text writes it ("RMAs")
    counted = written.group(0) if written else counted
    metric = " ".join(x for x in (f"share of {counted} {part}", particle, rest) if x) + ", counted the same way as today"
    from planner.generators.gate import problems

    return None if problems(f"They count the {metric}.", phrase=True) else metric


_FINDING = {"found", "spotted", "counted", "logged", "had", "saw", "got", "noticed", "recorded", "caught"}
_TIME_LEAD = re.compile(r"^(?:(?:in|last|this|during)\s+(?:January|February|March|April|May|June|July|August|September|October|"
                        r"November|December|the last \w+|week|month|quarter|year)|last\s+(?:week|month|quarter|year)|"
                        r"yesterday|today|this\s+(?:week|month))(?:[,\s]+|$)", re.I)
_TIME_TRAIL = re.compile(r"\s+(?:(?:in|during)\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)|(?:last|this)\s+(?:week|month|quarter|year)|yesterday|today)\b.*$", re.I)


def count_metric(base: NumberFact) -> Optional[str]:
    """What a count of things counts, from its own clause, instead of "number of syringes with the problem":
    "number of syringes sent back by the pharmacists for label errors" ("In October the pharmacists sent back 27 syringes
    for label errors"), "number of jackets binned by QC" ("QC binned 36 jackets last week"), "number of labels that list
    the wrong nuts" ("Last month 4 labels listed the wrong nuts"), "number of mis-coded samples" ("The QA officer
    counted 23 mis-coded samples"): the clause's verb as a participle with its doer, or the items' own verb (h18sig)."""
    from planner.extract.phrases import can_be_verb
    from planner.generators.gate import problems
    from planner.generators.signal_metric import _FINITE, _participle, _present

    ctx, text = base.context or "", base.text or ""
    i = ctx.find(text)
    m = re.match(r"^(?P<n>\d[\d,]*|[a-z]+)\s+(?P<noun>(?:[a-z-]+\s+){0,2}[a-z-]+s)\b", text, re.I)
    if i < 0 or not m or base.unit == "%" or base.per:
        return None
    noun = m.group("noun")
    after = ctx[i + len(text):]
    after = re.split(r"[,;:.!?]|\s+(?:and|but|so|because|which|while|when)\s+", after)[0]
    after = _TIME_TRAIL.sub("", after).strip()
    clause = re.split(r"[,;:]\s*|\s+(?:and|but|so|then|because|which|when|while)\s+", ctx[:i])[-1].strip()
    clause = _TIME_LEAD.sub("", clause).strip()

    def ok(metric: str) -> Optional[str]:
        metric = " ".join(metric.split()) + ", counted the same way as today"
        return None if len(metric.split()) > 24 or problems(f"They count the {metric}.", phrase=True) else metric

    if not clause and after:  # "4 labels listed the wrong nuts" -> "number of labels that list the wrong nuts"
        from planner.generators.signal_metric import _lemma

        first = after.split()[0].lower()
        if _FINITE.match(after):
            return ok(f"number of {noun} that {_present(after)}")
        if first.endswith("ed") and can_be_verb(_lemma(first)) and len(after.split()) >= 2:
            return ok(f"number of {noun} that {_lemma(first)} {' '.join(after.split()[1:])}")
        return None
    words = clause.split()
    if not words:
        return None
    particle = ""
    if len(words) >= 2 and words[-1].lower() in ("back", "out", "up", "off", "over") and can_be_verb(words[-2].lower()):
        particle, words = words[-1].lower(), words[:-1]
    verb = words[-1].lower()
    if verb in _AUX or not (can_be_verb(verb) or verb in _FINDING):
        return None
    rest = after if re.match(r"(?:to|for|with|without|in|on|into|as|under|from|at|out)\b", after) and len(after.split()) <= 12 else ""
    if verb in _FINDING:  # the finder's verb says nothing of the fault: the items' own words do
        if not rest and not re.match(r"(?:mis|un|in|wrong|missing|late|failed|rejected|faulty|broken|incomplete|blank)", noun, re.I):
            return None
        return ok(f"number of {noun} {rest}")
    part = _participle(verb)
    if not part:
        return None
    subj = " ".join(words[:-1])
    doer = re.sub(r"^(?:our|their)\s", "the ", subj)
    by = f" by {doer}" if re.fullmatch(r"(?:(?:the|our|their)\s+)?(?:[A-Za-z'-]+\s+){0,2}[A-Za-z'-]+", subj or "") \
        and subj and subj.split()[-1].lower() not in ("we", "i", "they", "you", "he", "she", "it") and not can_be_verb(subj.split()[-1].lower()) else ""
    return ok(f"number of {noun} {part}{' ' + particle if particle else ''}{by}{' ' + rest if rest else ''}")


def frequency_metric(frame: ProblemFrame, base: NumberFact, who: str) -> tuple[str, str]:
    """(metric, baseline) for a count per period: "mislabelled compounded IV bags caught by the pharmacists who check
    them before release, per month" / "about 3 a month"."""
    ctx = base.context or ""
    i = ctx.find(base.text)
    before, after = _clause_bounds(ctx, i, i + len(base.text)) if i >= 0 else ("", "")
    each = bool(re.match(r"\s*each\b", ctx[i + len(base.text):] if i >= 0 else ""))
    if each:
        after = re.sub(r"^each\b\s*", "", after)
    per = f"per {base.per}" + (" per person" if each else "")
    noun = base.unit
    times = not noun and re.match(r"(?:about |around |roughly )?(?:once|twice|thrice|\S+ times)\b", base.text, re.I)
    if noun and after and _vp_ok(after):
        metric = f"{noun} {after}" if after.split()[0].lower().endswith(("ed", "sent", "caught")) else f"{noun} that {after}"
    elif noun and after and (done := _done_in(before, after)):
        metric = f"{noun} {done}"  # "jobs closed in ServiceTitan without recording the refrigerant" (h18sig)
    elif noun:
        metric = f"{noun} {before}".strip() if before and _vp_ok(before) and not times else noun
    elif after and _vp_ok(after) and not times:
        thing = _erred_items(ctx) or "cases"
        metric = f"{thing} that {after}" if not after.split()[0].lower().endswith("ed") else f"{thing} {after}"
    elif before and (counted := passive_count(before)):
        metric = counted  # "The GC's inspector rejects a floor about twice a week" (h18sig)
    elif before:
        from planner.extract.phrases import can_be_verb

        before = re.sub(r"^(The|Our|Their|A|An)\b", lambda m: m.group(1).lower(), before)  # mid-sentence now
        first = before.split()[0].lower()
        subject = "" if first in ("the", "our", "a", "an", "their", "it", "they") or not can_be_verb(first) else f"the {who} "
        clause = re.sub(r"^(?:our|their)\s+", "the ", before)
        metric = f"times {subject}{clause}"
    else:
        metric = "times it happens"
    metric = f"{metric}, counted {per}"
    baseline = base.text + (" each" if each else "")
    if not re.search(r"\d", baseline) and base.value is not None:
        baseline += f" ({_fmt(base.value)} {_period(base)})"
    return metric, baseline


def duration_metric(base: NumberFact) -> str:
    ctx = base.context or ""
    i = ctx.find(base.text)
    after = re.split(r"[;:.!?]|\s+(?:and|but|so|because|which|while)\s+", ctx[i + len(base.text):])[0].strip() if i >= 0 else ""
    unit = base.unit if (base.unit or "").endswith("s") else f"{base.unit}s"
    if after and re.match(r"(?:before|until|to|for)\b", after) and len(after.split()) <= 16:
        return f"time, in {unit}, {after}"
    return f"time it takes, in {unit}, as the text measures it"


def text_target(tgt: NumberFact, base: Optional[NumberFact], deadline_text: Optional[str]) -> str:
    t = tgt.text
    if tgt.value == 0 and base is not None and base.per and "a " + base.per not in t:
        t = f"{t} (0 a {base.per})" if not re.search(r"\d", t) else t
    elif not re.search(r"\d", t) and tgt.value is not None:
        t += f" ({_fmt(tgt.value)}{'%' if tgt.unit == '%' else ''}{' a ' + tgt.per if tgt.per else ''})"
    if deadline_text and deadline_text.lower() not in t.lower():
        t += f" {deadline_text}"
    return f"{t} (the text's target)"


def frequency_proposal(base: NumberFact, confirm: str) -> str:
    half = math.floor((base.value or 0) / 2)
    figure = "zero" if half == 0 else f"{half} a {base.per} or fewer"
    return f"proposed: {figure}, half today's count or better; {confirm}"


def measure_how(what: str, source_hint: Optional[str]) -> str:
    """One plain sentence on how to get the baseline before training starts."""
    where = f" in {source_hint}" if source_hint and source_hint.lower() not in what.lower() else ""  # said once
    return (f"not measured yet: before training starts, count {what}{where} over the last four weeks "
            "(or the next two), the same way you will count them at the review date.")


def output_metric(behaviour, items: Optional[str], system: Optional[str], owner: Optional[str]) -> Optional[str]:
    """With no figure in the text, the metric is on the behaviour's own output: "share of preventive jobs completed in
    the CMMS" (the -ed form of the behaviour's verb, on its object)."""
    from planner.extract.phrases import whole_np
    from planner.text.inflect import verb_forms

    if behaviour is None or not behaviour.obj:
        return None
    verb = behaviour.verb.split()
    ed = next((f for f in sorted(verb_forms(verb[0])) if f.endswith("ed")), None)
    obj = re.sub(r"^(?:the|a|an|their|our|each|every|all)\s+", "", behaviour.obj, flags=re.I)
    if not ed or not whole_np(obj) or not obj.split()[-1].endswith("s"):
        return None
    rest = " ".join(verb[1:])
    tail = re.split(r"[,;]", behaviour.tail or "")[0].strip()
    if tail and not re.match(r"(?:in|on|at|to|with|without|before|after|for|correctly|right|accurately|on time|in full)\b", tail):  # "pull the wrong brake kits" -> "... pulled correctly"
        tail = ""
    return " ".join(x for x in (f"share of {obj} {ed}", rest, tail) if x)


_CAUGHT = re.compile(r"\b(caught|found|flagged|spotted|picked up|rejected|returned|sent back|bounced)\s+by\s+"
                     r"((?:the|our|a)\s+[^,;.!?]{2,70}?)(?=[,;.!?]|\s+(?:and|but|so|because)\s|$)", re.I)
_CHECK_VERBS = {"check": "check", "inspect": "inspection", "review": "review", "audit": "audit", "sign off": "sign-off",
                "sample": "sample", "listen to": "listening", "look at": "look"}


def signal_source(frame: ProblemFrame, base: Optional[NumberFact], system: Optional[str], owner: Optional[str],
                  owner_role: Optional[str] = None) -> Optional[str]:
    """Where the figure is read, as the text names or implies it: the check that catches the errors today ("the
    pharmacists who check them before release"), the reviewing role's own check ("the branch manager checks every
    order"), the system that records the work; None when the text implies none."""
    from planner.extract.owner import owner_step

    ctx = (base.context if base is not None else "") or ""
    for where in (ctx, frame.text):
        m = _CAUGHT.search(where)
        if m:
            np = re.sub(r"^our\s+", "the ", m.group(2).strip(), flags=re.I)
            return f"a tally of the ones {m.group(1).lower()} by {np}"
    pulled = _PULLED.search(ctx)
    if pulled and base is not None and base.unit == "%":  # "half of the 40 charts I pulled last month"
        return f"the same check repeated on a fresh sample of the same size ({pulled.group(0).strip()})"
    if system and base is not None and base.per:
        return f"records in {system}"
    step = owner_step(frame.text, owner) if owner else None
    if step:
        verb = next((v for v in sorted(_CHECK_VERBS, key=len, reverse=True) if step.startswith(v + " ")), None)
        if verb:
            return f"what the {owner_role or owner} finds when they {step}"
    if system:
        return f"records in {system}"
    return None


_PULLED = re.compile(r"\b[a-z-]+s\s+(?:I|we)\s+(?:pulled|checked|audited|looked at|reviewed|sampled|counted|went through)"
                     r"(?:\s+(?:last|this)\s+(?:week|month|quarter|year))?", re.I)


def until_phrase(deadline_text: Optional[str]) -> str:
    """" until the review date (the text's deadline: "before the audit in March")": the deadline quoted, never claimed
    to fix the day (see planner.render.view.review_date_line)."""
    return f" until the review date (the text's deadline: \"{deadline_text}\")" if deadline_text else ""


def text_cadence(step: str, until: str = "") -> str:
    """The reviewer's own clause as the cadence, as written, beside the one proposal the plan adds (DOMAIN.md: who
    reviews the practice, and how often)."""
    return f"{step} (as the text says); proposed: a short 1:1 on one piece of work each week{until}"


def feedback_owner(frame: ProblemFrame, owner: Optional[str], owner_as_written: Optional[str], things: str,
                   deadline_text: Optional[str]) -> tuple[dict[str, str], Optional[str]]:
    """({role, cadence}, the implied reviewer or None). The role the text names above the audience (a named person
    keeps the role: "Priya, the lead hygienist"), with the text's own cadence when its clause gives one ("signs off the
    job list every morning"); else the role it implies (the people who check the work); else a plain blank."""
    from planner.extract.owner import implied_owner, named_person, owner_step, third_person
    from planner.generators.gate import clip, gated

    from planner.extract.context import same_role
    from planner.extract.reviewer import find_reviewer
    from planner.extract.review_clause import label, timed_step

    until = until_phrase(deadline_text)
    things = re.sub(r"^(?:their|the|our|his|her|its|up|together|out)\s+", "", things or "", flags=re.I) or "work"
    weekly = gated(f"reviews a sample of each person's {things} every week and discusses one in a short 1:1{until}",
                   f"reviews a sample of each person's work every week and discusses one in a short 1:1{until}", phrase=True)
    rev = find_reviewer(frame.text, frame.audience_role)
    if owner:
        role = named_person(frame.text, owner) or owner_as_written or owner
        if rev and rev.name and rev.role and same_role(rev.role, owner) and rev.name not in role:
            role = label(rev)  # "our lead Maria goes over ..." (h15aud); "Maître d' Lucas", never "..., the maître d'" (h20rev)
        if rev and rev.step and not rev.first_person and same_role(rev.role, owner):
            # the text's own checking clause is the cadence, as written (h14aud): "checks each return before it goes out"
            step = rev.step if rev.step.split()[0].endswith("s") else third_person(rev.step)  # "will review" -> "reviews"
            cadence = gated(text_cadence(step, until),
                            f"proposed: {weekly}", phrase=True)
            return {"role": clip(role, 200), "cadence": clip(cadence, 200)}, None
        step = owner_step(frame.text, owner)
        from planner.extract.checker import HOW_OFTEN, VERB_RX

        if step and HOW_OFTEN.search(step) and re.match(rf"(?:{VERB_RX})\b", step):  # the one verb list and cadence reader (h20rev)
            cadence = gated(text_cadence(third_person(step), until),
                            f"proposed: {weekly}", phrase=True)
        elif timed := timed_step(frame.text, owner, frame.audience_role):  # "rides along with two servicers every Wednesday" (h15aud)
            cadence = gated(text_cadence(timed, until),
                            f"proposed: {weekly}", phrase=True)
        else:
            cadence = f"proposed: {weekly}"  # the text gives no cadence: marked once as a proposal
        return {"role": clip(role, 200), "cadence": clip(cadence, 200)}, None
    if rev and rev.first_person:  # "I check every anchor myself": the manager writing the text reviews the work
        cadence = gated(text_cadence(third_person(rev.step), until),
                        f"proposed: {weekly}", phrase=True)
        return {"role": "you, the manager writing this", "cadence": clip(cadence, 200)}, None
    if rev and rev.name and not rev.role and rev.step:  # "Hannah signs off every claim file": named, no role (h15aud)
        cadence = gated(text_cadence(rev.step, until),
                        f"proposed: {weekly}", phrase=True)
        return {"role": clip(label(rev), 200), "cadence": clip(cadence, 200)}, None
    implied = implied_owner(frame.text, frame.audience_role)
    if implied:
        return {"role": clip(implied, 200),
                "cadence": clip(f"proposed: {weekly}", 200)}, implied
    return {"role": "to be named (the text names no reviewer)",
            "cadence": clip(f"proposed: {weekly}", 200)}, None
