"""Scoring one statement: well-formedness, performance, object, condition, criterion, single behaviour, value judgement.

Each component is 0..1 with the evidence found and, when it falls short, the reason. The verdict is a
documented function of the components shown, and nothing else (issue 13):

    raw     = sum(WEIGHTS[k] * components[k].score)
    overall = raw * GATE_FACTOR ** (number of GATES failed)
    verdict = "concrete" if overall >= CONCRETE_AT else "vague"

``overall_of(components)`` and ``verdict_of(components)`` compute exactly that; ``score_statement`` uses them,
so the score and verdict shown can always be recomputed from the components shown. The gates are the
labelling rules of evals/statements/LABELLING.md (Mager performance, O*NET object, ABCD condition / Mager
criterion, ISO 29148 §5.2.7 value judgements, DOMAIN.md's strict reader on garbled sentences): a statement
that fails one cannot be concrete (GATE_FACTOR * 1.0 < CONCRETE_AT). Every vague verdict shows a fix.
"""

from __future__ import annotations

from typing import Iterable

from pydantic import BaseModel, Field

from planner.concreteness import lexicon as L
from planner.concreteness import tagger as T
from planner.concreteness.clause import Clause, analyse
from planner.concreteness.criteria import criterion_score, find_criteria
from planner.concreteness.wellformed import wellformed_problems

from planner.lexicon import words

WEIGHTS = {
    "performance": 0.30,  # Mager performance / ABCD behaviour
    "object": 0.20,  # O*NET task statement: the object of the action
    "condition": 0.15,  # Mager conditions / ABCD condition / O*NET qualifier
    "criterion": 0.15,  # Mager criterion / ABCD degree / SMART measurable + time-bound
    "single_behaviour": 0.05,  # O*NET / DACUM: one verb per task statement
    "value_judgement": 0.05,  # O*NET writing guidance, ISO 29148 §5.2.7: no value judgements
    "wellformed": 0.10,  # DOMAIN.md strict reader: garbled or cut sentences cost points
}
CONCRETE_AT = 0.6
GATE_FACTOR = 0.55
# name -> (components, threshold, the rule it enforces): the best of the named components must reach the
# threshold; failing any one gate makes the statement vague (LABELLING.md rules 1-5)
GATES = {
    "wellformed": (("wellformed",), 1.0, "one complete, well-formed sentence"),
    "performance": (("performance",), 0.5, "an observable performance (every verb observable)"),
    "object": (("object",), 0.5, "a specific object"),
    "condition_or_criterion": (("condition", "criterion"), 0.7, "a condition or a criterion"),
    "value_judgement": (("value_judgement",), 0.5, "no value judgement in the performance or criterion"),
}


class Component(BaseModel):  # noqa: D101
    score: float
    evidence: list[str] = Field(default_factory=list)
    reason: str = ""


_FIELDS = frozenset(("score", "evidence", "reason"))
_new, _set = object.__new__, object.__setattr__


def _C(score: float, evidence: list[str] | None = None, reason: str = "") -> Component:
    """A component built from values this module computed: what ``Component.model_construct`` does, without
    its per-call overhead (the checker runs on every plan sentence; tests compare it with ``Component(...)``)."""
    m = _new(Component)
    _set(m, "__dict__", {"score": float(score), "evidence": list(evidence) if evidence else [], "reason": reason})
    _set(m, "__pydantic_fields_set__", set(_FIELDS))
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m


class StatementScore(BaseModel):
    text: str
    score: float
    verdict: str  # concrete | vague
    components: dict[str, Component]
    fixes: list[str] = Field(default_factory=list)


def _score_of(c) -> float:
    return float(c["score"] if isinstance(c, dict) else c.score)


def failed_gates(components: dict) -> list[str]:
    """The gates (see GATES) the components shown fail."""
    return [name for name, (keys, at, _) in GATES.items() if max(_score_of(components[k]) for k in keys) < at]


def overall_of(components: dict) -> float:
    """The overall score as a function of the components shown (see the module docstring)."""
    raw = sum(WEIGHTS[k] * _score_of(components[k]) for k in WEIGHTS)
    return round(raw * GATE_FACTOR ** len(failed_gates(components)), 3)


def verdict_of(components: dict) -> str:
    return "concrete" if overall_of(components) >= CONCRETE_AT else "vague"


# ---- components -------------------------------------------------------------------------------------------

def _phrase_index(phrases) -> dict[str, list[tuple[str, ...]]]:
    idx: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        words = tuple(p.split())
        idx.setdefault(words[0], []).append(words)
    return idx


_VALUE_PHRASES_BY_FIRST = _phrase_index(L.VALUE_PHRASES)
_NON_OBS_BY_FIRST = _phrase_index(sorted(L.NON_OBSERVABLE_PHRASES, key=len, reverse=True))
_COURSE_HEADS = frozenset(f"{a} {b}" for a in ("the", "this", "that", "our", "each", "a", "an") for b in L.COURSE_SUBJECTS)


def _value_terms(low: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, term) of every value-judgement term, phrases first."""
    found: list[tuple[int, int, str]] = []
    n = len(low)
    i = 0
    while i < n:
        w = low[i]
        hit = None
        for words in _VALUE_PHRASES_BY_FIRST.get(w, ()):
            m = len(words)
            if tuple(low[i: i + m]) == words:
                hit = (i, i + m, " ".join(words))
                break
        if hit:
            found.append(hit)
            i = hit[1]
            continue
        if w in L.VALUE_JUDGEMENTS and not _labels_examples(low, i):
            found.append((i, i + 1, w))
        i += 1
    return found


_EXAMPLE_NOUNS = frozenset("example examples sample samples".split())


def _labels_examples(low: list[str], i: int) -> bool:
    """'a few good examples', 'good and weak examples': the value word labels a set of worked examples (DOMAIN.md's
    "six annotated real notes, good and bad"), it states no criterion of the work itself."""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if nxt in _EXAMPLE_NOUNS:
        return True
    return nxt == "and" and i + 2 < len(low) and low[i + 2] in ("bad", "weak", "poor") and (
        i + 3 >= len(low) or low[i + 3] in _EXAMPLE_NOUNS or not low[i + 3][:1].isalpha())


def _non_observable_phrase(low: list[str], i: int) -> str | None:
    for words in _NON_OBS_BY_FIRST.get(low[i] if i < len(low) else "", ()):
        if tuple(low[i: i + len(words)]) == words:
            return " ".join(words)
    return None


def _verb_score(cl: Clause, i: int, low: list[str], obj_score: float) -> tuple[float, str]:
    w = low[i]
    lemma = T.verb_lemma(w) or w
    phrase = _non_observable_phrase(low, i)
    if phrase:
        return 0.0, f"'{phrase}' is not observable (Mager); say what the person does that shows it"
    if lemma in L.NON_OBSERVABLE or w in L.NON_OBSERVABLE:
        if lemma == "have" and cl.modal and i + 1 < len(low) and "VBN" in T.tags(low[i + 1]):
            return 0.8, ""
        return 0.0, f"'{cl.tokens[i]}' is not observable (Mager); use a verb you can see, e.g. 'write', 'configure', 'diagnose'"
    if lemma in L.VAGUE_CHANGE or w in L.VAGUE_CHANGE:
        if obj_score >= 0.7:  # a change verb with a specific object is a task ("Develop the monthly budget")
            return 0.8, ""
        return 0.35, f"'{cl.tokens[i]}' names a change, not a performance; say what the person does differently"
    if lemma in L.OBSERVABLE or w in L.OBSERVABLE:
        return 1.0, ""
    if lemma in L.ALL_VERBS or T.tags(w) & {"VB", "VBZ", "VBD", "VBN"}:
        return 0.8, ""
    return 0.5, f"'{cl.tokens[i]}' may be an action, but not one the lexicon knows"


def _performance(cl: Clause, low: list[str], obj: Component, crit: Component, values: list[tuple[int, int, str]],
                 obj_range: range) -> Component:
    toks = cl.tokens
    if not cl.verbs:
        first = next((w for w in low[cl.start:] if w[:1].isalpha()), "")
        if first in L.MENTAL_NOUNS or first in ("ability", "skills", "skill", "competence", "mastery", "preparation"):
            return _C(score=0.0, evidence=[first], reason=f"'{first} of ...' names a state or a topic, not a performance; say what the person does")
        return _C(score=0.2, reason="no action verb: begin with what the person or system does (e.g. 'write', 'reconcile')")
    if " ".join(low[cl.start: cl.start + 2]) in _COURSE_HEADS:
        return _C(score=0.0, evidence=toks[cl.start: cl.start + 2], reason="describes the course, not what the learner does (Mager)")
    if cl.copula:
        comp = low[cl.obj_start: cl.obj_end]
        ctext = " ".join(comp)
        for phrase in L.NON_OBSERVABLE_PHRASES:
            p = phrase.split(" ", 1)[1] if phrase.startswith(("be ", "become ", "feel ")) else phrase
            if ctext.startswith(p):
                return _C(score=0.0, evidence=[f"be {p}"], reason=f"'be {p}' is a state, not a performance; say what the person does that shows it")
        if crit.score >= 1.0:  # a property with a measurable degree: "available 99.5% of each month"
            return _C(score=0.7, evidence=[toks[cl.verbs[0]]] + toks[cl.obj_start: cl.obj_start + 1])
        return _C(score=0.2, evidence=[toks[cl.verbs[0]]] + toks[cl.obj_start: cl.obj_start + 1],
                         reason="a description ('X is / shall be ...'), not a performance; say what the person or system does")
    verbs = list(cl.verbs) + list(cl.later_verbs)
    if cl.passive and any(w in L.FILLER_SUBJECTS for w in low[cl.start: cl.start + len(cl.subject)]):
        # "Learners will be introduced to ...", "Students are exposed to ...": what is done to the learner (Mager)
        return _C(score=0.0, evidence=[toks[v] for v in verbs],
                         reason="describes what is done to the learner, not what the learner does (Mager); say what they do")
    scored = [(_verb_score(cl, i, low, obj.score), i) for i in verbs]
    # a mental-state noun as the object: "demonstrate a knowledge of", "gain an appreciation of"
    obj_words = [w for w in low[cl.obj_start: cl.obj_end] if w not in T.ARTICLES and w not in T.QUANTIFIERS]
    if obj_words and (obj_words[0] in L.MENTAL_NOUNS or (len(obj_words) > 1 and obj_words[1] in L.MENTAL_NOUNS and obj_words[0] in ("general", "basic", "good", "thorough", "deep", "broad", "solid", "working", "sound", "clear", "full"))):
        noun = obj_words[0] if obj_words[0] in L.MENTAL_NOUNS else obj_words[1]
        v = cl.verbs[-1]
        scored.append(((0.0, f"'{toks[v]} {'a ' if noun != 'knowledge' else ''}{noun} of' is not observable (Mager); say what the person does that shows it"), v))
    (score, reason), at = min(scored, key=lambda x: x[0][0])
    evidence = [toks[i] for i in verbs]
    if cl.gerund and score > 0.6:
        lemma = T.verb_lemma(low[at]) or low[at]
        score, reason = 0.6, f"'{toks[at]}' names an activity, not a task; write it as an action ('{lemma}' + what + where)"
    # a judgement of manner attached to the action ("use Excel effectively", "handle errors properly")
    manner = [t for s, e, t in values if s not in obj_range and L.VALUE_TERMS.get(t) == "manner" and s > cl.verbs[0]]
    if manner and score > 0.4:
        score, reason = 0.4, f"'{manner[0]}' says how well, not what is done; say what it looks like (a count, a standard, a check)"
        evidence = evidence + manner[:1]
    if len(scored) > 1 and reason and score < 0.5:
        reason = reason + " (the weakest of the actions decides)"
    return _C(score=score, evidence=evidence, reason=reason)


def _content(words: list[str]) -> list[str]:
    skip = T.ARTICLES | T.QUANTIFIERS | {"of", "'s", "’s", "their", "your", "our", "his", "her", "its", "all", "new", "any", "-", "/", "&", "and", "or"}
    return [w for w in words if w not in skip and not w[:1].isdigit() and w not in T.NUMBER_WORDS and w[:1].isalnum()]


def _object(cl: Clause, low: list[str], vague_verb: bool) -> Component:
    """O*NET: the object of the action, specific rather than an abstraction."""
    if cl.copula:
        span = low[cl.start: cl.start + len(cl.subject)] if cl.subject else []
        span = [w for w in span if w != "only"]
    else:
        span = low[cl.obj_start: cl.obj_end] if cl.obj_start >= 0 else []
    if "of" in span and span.index("of") > 0:
        head_part, of_part = span[: span.index("of")], span[span.index("of") + 1:]
    else:
        head_part, of_part = span, []
    head_c = _content(head_part)
    of_c = _content(of_part)
    content = head_c + of_c
    if not content:
        return _C(score=0.0, reason="no object: say what the action is done to (e.g. 'escalation notes')")
    values = [w for w in content if w in L.VALUE_JUDGEMENTS]
    concrete = [w for w in content if w not in L.ABSTRACT and w not in L.VALUE_JUDGEMENTS and w not in L.GENERIC_OBJECTS and w not in L.MENTAL_NOUNS]
    head = head_c[-1] if head_c else content[-1]
    evidence = content[:6]
    abstract_head = head in L.ABSTRACT or head in L.GENERIC_OBJECTS or head in L.MENTAL_NOUNS or head in L.VALUE_JUDGEMENTS
    specific_of = [w for w in of_c if w not in L.ABSTRACT and w not in L.GENERIC_OBJECTS and w not in L.MENTAL_NOUNS and w not in L.VALUE_JUDGEMENTS]
    if abstract_head and specific_of and head not in L.MENTAL_NOUNS and head not in L.GENERIC_OBJECTS:
        return _C(score=0.8, evidence=evidence)  # "the parts of a hydraulic pump", "the identity of callers"
    if abstract_head and (vague_verb or len([w for w in head_c if w in concrete]) <= 1):
        return _C(score=0.2 if vague_verb else 0.4, evidence=evidence,
                         reason=f"'{' '.join(content)}' is an abstraction; name the work output or item (e.g. 'refund requests')")
    if not concrete:
        return _C(score=0.2 if vague_verb else 0.3, evidence=evidence,
                         reason=f"'{' '.join(content)}' is an abstraction; name the work output or item (e.g. 'refund requests')")
    if len(concrete) == 1 and not of_c:
        comp = _C(score=0.7, evidence=evidence, reason="the object is a single general noun; say which ones")
    else:
        comp = _C(score=1.0, evidence=evidence)
    if values:
        comp = _C(score=min(comp.score, 0.9), evidence=evidence, reason=comp.reason)
    return comp


_SUBORDINATE = words("checker_subordinate_openers")


def _condition(cl: Clause, low: list[str], rest_from: int) -> Component:
    """ABCD condition / Mager conditions / O*NET qualifier: with what, where, in which situation, to what end."""
    toks = cl.tokens
    n = len(low)
    best = _C(score=0.0, reason="no condition: say where or with what it happens (e.g. 'for billing disputes', 'in the CRM')")
    for i in range(rest_from, n):
        w = low[i]
        if w == "to" and i + 1 < n and "VB" in T.tags(low[i + 1]) and not T.tags(low[i + 1]) & {"NN", "NNS"}:
            return _C(score=0.8, evidence=[" ".join(toks[i: i + 4])])  # a purpose: "... to inform work processes"
        if w in L.CONDITION_WORDS or w == "as":
            nxt = [x for x in low[i + 1: i + 5] if x not in T.ARTICLES and x not in T.QUANTIFIERS and x not in ("their", "our", "your", "its")]
            phrase = " ".join(low[i: i + 3])
            if any(phrase.startswith(p) for p in L.VALUE_PHRASES) or (nxt and nxt[0] in L.VALUE_JUDGEMENTS):
                continue
            if not nxt or not nxt[0][:1].isalnum():
                continue
            if nxt[0] in L.ABSTRACT or nxt[0] in L.GENERIC_OBJECTS:
                if best.score < 0.5:
                    best = _C(score=0.5, evidence=[" ".join(toks[i: i + 4])], reason="the context is abstract; name the system, situation or workflow")
                continue
            return _C(score=1.0, evidence=[" ".join(toks[i: i + 4])])
        if w in _SUBORDINATE and i + 1 < n and low[i + 1][:1].isalpha():
            return _C(score=0.8, evidence=[" ".join(toks[i: i + 4])])  # "... that finance can act on", "when the alarm sounds"
        if w in L.SYSTEM_WORDS and best.score < 0.7:
            best = _C(score=0.7, evidence=[toks[i]])
    return best


def _value(values: list[tuple[int, int, str]], obj_range: range, subject_range: range) -> Component:
    bad = [t for s, e, t in values if s not in obj_range and s not in subject_range]
    soft = [t for s, e, t in values if s in obj_range]
    if bad:
        return _C(score=0.3, evidence=bad[:3], reason=f"'{bad[0]}' is a judgement, not a criterion (ISO 29148 §5.2.7); say what it looks like")
    if soft:
        return _C(score=0.8, evidence=soft[:3], reason=f"'{soft[0]}' is a judgement; the object would be clearer with what it looks like")
    return _C(score=1.0)


def _single(cl: Clause) -> Component:
    """O*NET / DACUM: one action verb per statement; a list of actions is several tasks."""
    n = len(cl.verbs) + len(cl.later_verbs)
    if n <= 1:
        return _C(score=1.0)
    if n == 2:
        return _C(score=0.6, evidence=[f"{n} actions"], reason="two actions in one statement; split it unless they are one step")
    return _C(score=0.3, evidence=[f"{n} actions"], reason="a list of actions; write one statement per task")


_FIXES = {
    "wellformed": "Rewrite as one complete sentence",
    "performance": "Start with an observable verb: what the person does (write, reconcile, configure, diagnose); every verb must be observable.",
    "object": "Name the specific object: the work output or item, not an abstraction.",
    "condition": "Add the condition: in which workflow, system or situation (e.g. 'for billing disputes', 'in the CRM').",
    "criterion": "Add a criterion: a count, rate, duration, threshold, frequency or deadline with its unit.",
    "single_behaviour": "Keep to one behaviour; split lists of actions into separate statements.",
    "value_judgement": "Replace judgement words (effectively, appropriate, easy, as needed) with what good looks like.",
}


def _fixes(comps: dict[str, Component], verdict: str) -> list[str]:
    fixes: list[str] = []
    for k, c in comps.items():
        if c.score < 0.7:
            if k == "wellformed":
                fixes.append(f"{_FIXES[k]}: {c.reason}.")
            elif k in ("condition", "criterion") and max(comps["condition"].score, comps["criterion"].score) >= 0.7:
                continue  # one of the two is enough (LABELLING.md rule 5); say the missing one only if both are
            else:
                fixes.append(_FIXES[k])
    if verdict != "concrete" and not fixes:  # cannot happen with the gates above; kept so a vague verdict always has a fix
        low = min(comps.items(), key=lambda kv: kv[1].score)[0]
        fixes.append(_FIXES[low])
    return fixes


_SUBJECT_DETERMINERS = words("checker_subject_determiners")


def score_statement(text: str) -> StatementScore:
    """Score one statement on the components the field uses (see module docstring)."""
    if not isinstance(text, str):
        raise TypeError("a statement must be text")
    clean = " ".join(text.split())
    tokens = T.tokenize(clean)
    low = [t.lower() for t in tokens]
    cl = analyse(tokens)
    problems = wellformed_problems(clean) if clean else ["empty: there is no statement"]  # the same gate the generators use
    wf = _C(score=0.0 if problems else 1.0, evidence=problems[:3], reason="; ".join(problems[:2]))
    found = find_criteria(tokens)
    # Mager: the criterion says how well the performance is done; the count of the people who do it
    # ("Our 6 ward clerks mistype ...", "The 12 agents leave out ...") is the audience (ABCD's A), not a criterion.
    # A number before the main verb, right after a determiner, counts the subject; rates stay ("12% of calls ...").
    verb_at = cl.verbs[0] if cl.verbs else 0
    for i in range(min(verb_at, 5)):
        if i and low[i - 1] in _SUBJECT_DETERMINERS and tokens[i][:1].isdigit() and not tokens[i].endswith("%"):
            span = " ".join(tokens[max(0, i - 1): i + 3])
            found = [f for f in found if not (f.kind == "count" and f.text == span)]
    crit = _C(*criterion_score(found))
    values = _value_terms(low)
    obj_range = range(cl.obj_start, cl.obj_end) if cl.obj_start >= 0 and not cl.copula and not cl.passive else range(0)
    subject_range = range(cl.start, cl.start + len(cl.subject)) if cl.subject else range(0)
    if cl.passive:
        subject_range = range(0)
        obj_range = range(cl.start, cl.start + len(cl.subject))
    first_obj = _object(cl, low, vague_verb=False)
    perf = _performance(cl, low, first_obj, crit, values, obj_range)
    vague_verb = perf.score == 0.35
    obj = _object(cl, low, vague_verb) if vague_verb else first_obj
    rest_from = cl.rest_start if cl.verbs else cl.start
    if cl.passive:
        rest_from = cl.verbs[-1] + 1
    # criterion words that are value judgements ("regularly", "in a timely manner") leave the criterion at 0
    comps = {
        "performance": perf,
        "object": obj,
        "condition": _condition(cl, low, rest_from),
        "criterion": crit,
        "single_behaviour": _single(cl),
        "value_judgement": _value(values, obj_range, subject_range),
        "wellformed": wf,
    }
    overall = overall_of(comps)
    verdict = "concrete" if overall >= CONCRETE_AT else "vague"
    return StatementScore.model_construct(text=text, score=overall, verdict=verdict, components=comps, fixes=_fixes(comps, verdict))


def score_many(texts: Iterable[str]) -> list[StatementScore]:
    return [score_statement(t) for t in texts]


__all__ = ["Component", "StatementScore", "score_statement", "score_many", "overall_of", "verdict_of", "failed_gates",
           "WEIGHTS", "GATES", "CONCRETE_AT", "GATE_FACTOR"]
