"""Scoring one statement: performance, object, condition, criterion, single behaviour, value judgement.

Each component is 0..1 with the evidence found and, when it falls short, the reason.
The overall score is a weighted mean; the verdict is ``concrete`` when the overall
score reaches ``CONCRETE_AT`` *and* the statement has an observable performance
and a specific object (Mager: no performance, no objective).
"""

from __future__ import annotations

import re
from typing import Iterable

from pydantic import BaseModel, Field

from planner.concreteness import lexicon as L
from planner.grounding.parse import _base

WEIGHTS = {
    "performance": 0.30,  # Mager performance / ABCD behaviour
    "object": 0.20,  # O*NET task statement: the object of the action
    "condition": 0.20,  # Mager conditions / ABCD condition / O*NET qualifier
    "criterion": 0.15,  # Mager criterion / ABCD degree / SMART measurable + time-bound
    "single_behaviour": 0.10,  # O*NET / DACUM: one verb per task statement
    "value_judgement": 0.05,  # O*NET writing guidance: no value judgements
}
CONCRETE_AT = 0.6

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)?%?|%|[,;:()/]")
_NUMBER = re.compile(r"\d")
_COURSE = re.compile(r"^\s*(?:the|this|that|our|each|a|an)\s+(?:" + "|".join(sorted(L.COURSE_SUBJECTS)) + r")\b", re.I)
_THRESHOLD = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(p.strip()) for p in L.THRESHOLD_PHRASES) + r")(?![a-z])")
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b", re.I)


class Component(BaseModel):
    score: float
    evidence: list[str] = Field(default_factory=list)
    reason: str = ""


class StatementScore(BaseModel):
    text: str
    score: float
    verdict: str  # concrete | vague
    components: dict[str, Component]
    fixes: list[str] = Field(default_factory=list)


def _strip_subject(tokens: list[str]) -> list[str]:
    """Drop 'Students will be able to', 'Agents should', 'Ability to' ... before the verb."""
    low = [t.lower() for t in tokens]
    i = 0
    # a label before a colon ("Algorithmic competence: analyse ...") is not part of the statement
    if ":" in low[:5] and low.index(":") + 1 < len(low):
        i = low.index(":") + 1
    # a leading prepositional/adverbial phrase ending in a comma: "On the basis of X, students grasp ..."
    if "," in low[i : i + 12]:
        j = low.index(",", i)
        rest = low[j + 1 : j + 4]
        if any(w in L.FILLER_SUBJECTS for w in rest):
            i = j + 1
    n = len(low)
    while i < n and (low[i] in L.FILLER_SUBJECTS or low[i] in L.MODALS or low[i] in ("the", "all", "new", "our")
                     or (low[i].endswith("ly") and i + 1 < n and low[i + 1] not in L.MODALS)):
        i += 1
    text = " ".join(low[i:])
    for lead in L.LEAD_INS:
        if text.startswith(lead + " "):
            i += len(lead.split())
            break
    return tokens[i:]


def _performance(words: list[str]) -> tuple[Component, int]:
    """Mager: the performance is what the person *does*; it must be observable."""
    if not words:
        return Component(score=0.0, reason="no action: start with what the person does (e.g. 'write', 'reconcile')"), -1
    low = [w.lower() for w in words[:4]]
    if len(low) > 1 and low[1] in L.COPULAS:
        return Component(score=0.0, evidence=words[:2], reason="a description ('X is ...'), not a performance; say what the person does"), -1
    head = " ".join(w.lower() for w in words[:6])
    for phrase in L.NON_OBSERVABLE_PHRASES:
        if head.startswith(phrase):
            return Component(score=0.0, evidence=[phrase], reason=f"'{phrase}' is not observable (Mager); say what the person does that shows it"), 0
    for i, w in enumerate(words[:4]):
        lw = w.lower()
        base = _base(lw)
        if lw in L.NON_OBSERVABLE or base in L.NON_OBSERVABLE:
            return Component(score=0.0, evidence=[w], reason=f"'{w}' is not observable (Mager); use a verb you can see, e.g. 'write', 'configure', 'diagnose'"), i
        if lw in L.VAGUE_CHANGE or base in L.VAGUE_CHANGE:
            return Component(score=0.35, evidence=[w], reason=f"'{w}' names a change, not a performance; say what the person does differently"), i
        if lw in L.OBSERVABLE or base in L.OBSERVABLE:
            if lw.endswith("ing") and i == 0:
                # DACUM/O*NET: a task starts with a present-tense action verb; a gerund names an activity category
                return Component(score=0.6, evidence=[w], reason=f"'{w}' names an activity, not a task; write it as an action ('{base}' + what + where)"), i
            return Component(score=1.0, evidence=[w]), i
        if lw in ("the", "a", "an", "to") or lw in L.MODALS:
            continue
        break
    first = words[0]
    fl = first.lower()
    nxt = words[1].lower() if len(words) > 1 else ""
    if fl in L.ALL_VERBS and fl not in L.VALUE_JUDGEMENTS and nxt not in ("of", "is", "are", "was", "were", ""):
        return Component(score=0.8, evidence=[first], reason=""), 0
    if first.lower().endswith(("ing", "ed")) or first.lower().endswith("s") and _base(first.lower()) != first.lower():
        return Component(score=0.5, evidence=[first], reason=f"'{first}' may be an action, but not one the lexicon knows as observable"), 0
    return Component(score=0.2, evidence=[], reason="no observable action verb at the start; begin with what the person does"), -1


def _object(words: list[str], verb_at: int, verb_is_vague: bool) -> Component:
    """O*NET: the object of the action, specific rather than an abstraction."""
    rest = words[verb_at + 1 :] if verb_at >= 0 else words
    obj: list[str] = []
    for w in rest:
        lw = w.lower()
        if lw in L.CONDITION_WORDS or lw in (",", ";", ":", "(", "and", "or", "so", "that", "which"):
            if obj:
                break
            continue
        obj.append(lw)
        if len(obj) >= 5:
            break
    content = [w for w in obj if w not in ("the", "a", "an", "their", "your", "our", "his", "her", "its", "of", "all", "new")]
    if not content:
        return Component(score=0.0, reason="no object: say what the action is done to (e.g. 'escalation notes')")
    concrete = [w for w in content if w not in L.ABSTRACT and w not in L.VALUE_JUDGEMENTS]
    abstract = [w for w in content if w in L.ABSTRACT]
    head = content[-1]  # the head noun decides: "customer communication" is communication
    if head in L.ABSTRACT and (verb_is_vague or len(concrete) <= 1):
        return Component(score=0.2 if verb_is_vague else 0.5, evidence=content,
                         reason=f"'{' '.join(content)}' is an abstraction; name the work output or item (e.g. 'refund requests')")
    if not concrete:
        return Component(score=0.2 if verb_is_vague else 0.3, evidence=content,
                         reason=f"'{' '.join(content)}' is an abstraction; name the work output or item (e.g. 'refund requests')")
    if abstract and len(concrete) == 1 and concrete[0] in L.ABSTRACT:
        return Component(score=0.6, evidence=content, reason="the object is partly abstract; name the work output")
    if len(concrete) == 1:  # SMART 'specific': one general noun is less specific than a described item
        return Component(score=0.7, evidence=content, reason="the object is a single general noun; say which ones")
    return Component(score=1.0, evidence=content)


def _condition(words: list[str]) -> Component:
    """ABCD condition / Mager conditions / O*NET qualifier: with what, where, in which situation."""
    low = [w.lower() for w in words]
    for i, w in enumerate(low):
        if w in L.CONDITION_WORDS and i + 1 < len(low):
            nxt = [x for x in low[i + 1 : i + 4] if x not in ("the", "a", "an", "each", "every", "all", "their", "our")]
            if nxt and not all(x in L.ABSTRACT for x in nxt[:1]):
                return Component(score=1.0, evidence=[" ".join(words[i : i + 4])])
            if nxt:
                return Component(score=0.5, evidence=[" ".join(words[i : i + 4])], reason="the context is abstract; name the system, situation or workflow")
    for i, w in enumerate(low[:-1]):  # O*NET qualifier as purpose: "... to inform work processes", "so that finance can ..."
        if (w == "to" and (low[i + 1] in L.OBSERVABLE or _base(low[i + 1]) in L.OBSERVABLE)) or (w == "so" and low[i + 1] in ("that", "the")):
            return Component(score=0.8, evidence=[" ".join(words[i : i + 4])])
    systems = [w for w in low if w in L.SYSTEM_WORDS]
    if systems:
        return Component(score=0.7, evidence=systems[:2])
    return Component(score=0.0, reason="no condition: say where or with what it happens (e.g. 'for billing disputes', 'in the CRM')")


def _criterion(text: str, words: list[str]) -> Component:
    """Mager criterion / ABCD degree / SMART measurable and time-bound."""
    low_text = text.lower()
    ev: list[str] = []
    if _NUMBER.search(text) or _DATE.search(text):
        ev += re.findall(r"\d[\d.,:/-]*%?", text)[:3]
    low = [w.lower() for w in words]
    nums = [w for w in low if w in L.NUMBER_WORDS]
    ev += nums[:2]
    if ev:
        return Component(score=1.0, evidence=ev)
    thresholds = [m.group(0).strip() for m in _THRESHOLD.finditer(low_text)]
    freq = [w for w in low if w in L.FREQUENCY_WORDS]
    if thresholds and freq:
        return Component(score=1.0, evidence=thresholds[:2] + freq[:2])
    if thresholds or freq:
        return Component(score=0.7, evidence=thresholds[:2] + freq[:2], reason="add a number: how many, how often or by when")
    return Component(score=0.0, reason="no criterion: say how well, how many or by when (e.g. 'within 24 hours', 'under 10%')")


def _single(words: list[str], verb_at: int) -> Component:
    """O*NET / DACUM: one action verb per statement; a list of actions is several tasks."""
    low = [w.lower() for w in words]
    verbs = 0
    seen_sep = True
    for i, w in enumerate(low):
        b = _base(w)
        if seen_sep and (b in L.OBSERVABLE or b in L.NON_OBSERVABLE or b in L.VAGUE_CHANGE) and (i == 0 or low[i - 1] in (",", "and", ";", "then") or i <= max(verb_at, 0)):
            verbs += 1
        seen_sep = w in (",", "and", "or", ";", "then") or i < max(verb_at, 0) + 1
    if verbs <= 1:
        return Component(score=1.0)
    if verbs == 2:
        return Component(score=0.6, evidence=[f"{verbs} actions"], reason="two actions in one statement; split it unless they are one step")
    return Component(score=0.3, evidence=[f"{verbs} actions"], reason="a list of actions; write one statement per task")


def _value(words: list[str]) -> Component:
    found = [w for w in words if w.lower() in L.VALUE_JUDGEMENTS]
    if found:
        return Component(score=0.5, evidence=found[:3], reason=f"'{found[0]}' is a judgement, not a criterion; say what it looks like")
    return Component(score=1.0)


_FIXES = {
    "performance": "Start with an observable verb: what the person does (write, reconcile, configure, diagnose).",
    "object": "Name the specific object: the work output or item, not an abstraction.",
    "condition": "Add the condition: in which workflow, system or situation (e.g. 'for billing disputes', 'in the CRM').",
    "criterion": "Add a criterion: a number, threshold, frequency or deadline.",
    "single_behaviour": "Keep to one behaviour; split lists of actions into separate statements.",
    "value_judgement": "Replace judgement words (effectively, properly, better) with what good looks like.",
}


def score_statement(text: str) -> StatementScore:
    """Score one statement on the components the field uses (see module docstring)."""
    if not isinstance(text, str):
        raise TypeError("a statement must be text")
    clean = " ".join(text.split())
    tokens = _TOKEN.findall(clean)
    words = _strip_subject(tokens)
    if _COURSE.match(clean):  # Mager: an objective says what the learner does, not what a course offers
        perf, verb_at = Component(score=0.0, evidence=words[:1], reason="describes the course, not what the learner does (Mager)"), -1
    else:
        perf, verb_at = _performance(words)
    vague_verb = 0 < perf.score < 0.5
    comps = {
        "performance": perf,
        "object": _object(words, verb_at if perf.evidence else -1, vague_verb),
        "condition": _condition(words[verb_at + 1 :] if verb_at >= 0 else words),
        "criterion": _criterion(clean, words),
        "single_behaviour": _single(words, verb_at),
        "value_judgement": _value(words),
    }
    if vague_verb and comps["object"].score >= 0.7:
        # a change verb with a concrete object is a task ("Develop the monthly budget"); only with an
        # abstract object ("develop skills") is it a wish (DOMAIN.md "too broad")
        comps["performance"] = Component(score=0.8, evidence=perf.evidence)
    overall = round(sum(WEIGHTS[k] * c.score for k, c in comps.items()), 3)
    if perf.score == 0.0:  # Mager: without an observable performance there is no objective
        overall = round(min(overall, 0.35), 3)
    concrete = overall >= CONCRETE_AT and perf.score >= 0.5 and comps["object"].score >= 0.5
    fixes = [_FIXES[k] for k, c in comps.items() if c.score < 0.7]
    return StatementScore(text=text, score=overall, verdict="concrete" if concrete else "vague", components=comps, fixes=fixes)


def score_many(texts: Iterable[str]) -> list[StatementScore]:
    return [score_statement(t) for t in texts]
