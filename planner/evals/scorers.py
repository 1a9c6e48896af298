"""Scorers: each a small function with a documented meaning, 0..1 unless said otherwise (higher is better).

A scorer returns None when it does not apply (e.g. intervention accuracy on a case with no
expected type, or any plan metric when the provider refused as the case allows).
"""

from __future__ import annotations

import re
from typing import Any, Callable, Optional

from planner.evals.cases import EvalCase
from planner.models import Plan

_NUM = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?")
_WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "dozen": 12,
            "half": 50, "hundred": 100}


def plan_text(plan: Plan) -> str:
    """The plan's content as one text (no meta, no check results, no review date)."""
    return plan.model_dump_json(exclude={"meta": True, "review_date": True, "tasks": {"__all__": {"checks"}}})


def input_numbers(text: str) -> set[float]:
    """Numbers in the input, their spelled forms, and what they imply ("1 in 5" -> 20, "half" -> 50)."""
    from planner.extract.numbers import find_numbers

    vals = {float(x.replace(",", "")) for x in _NUM.findall(text)}
    vals |= {float(v) for w, v in _WORDNUM.items() if re.search(rf"\b{w}\b", text, re.I)}
    vals |= {n.value for n in find_numbers(text) if n.value is not None}
    return vals


# Numbers any plan may carry without the input: microlearning 15-20 minutes, "1:1", ordinals, tier-1.
_FREE = {1.0, 2.0, 15.0, 20.0}


def hallucinated(plan: Plan, text: str) -> list[str]:
    """Numbers in the plan that are not in the input, nor half or a quarter of one (simple derived targets)."""
    src = input_numbers(text)
    allowed = src | {v / 2 for v in src} | {v / 4 for v in src} | {v * 2 for v in src} | _FREE
    out = []
    for n in _NUM.findall(plan_text(plan)):
        v = float(n.replace(",", ""))
        if v not in allowed and not (1900 <= v <= 2100):
            out.append(n)
    return out


def schema_valid(plan: Optional[Plan], case: EvalCase, error: Optional[str]) -> Optional[float]:
    """1 when the provider returned a plan that validates against the Plan model (or refused where the case allows)."""
    if plan is None:
        return 1.0 if (case.expect.refusal_ok and error and "English only" in error) else 0.0
    return 1.0


FIELDS = ("skill_goal", "audience", "current_gap", "work_impact", "performance_standard", "training_assets",
          "practice_activity", "feedback_owner", "success_signal", "review_date", "tasks")


def completeness(plan: Plan, case: EvalCase) -> float:
    """Share of the DOMAIN.md fields that hold something other than a 'not stated' placeholder."""
    d = plan.model_dump(mode="json")
    ok = 0
    for f in FIELDS:
        v = d.get(f)
        s = str(v).lower()
        if v and "not stated" not in s[:80] and "not yet observed" not in s[:80]:
            ok += 1
    return ok / len(FIELDS)


def concreteness(plan: Plan, case: EvalCase) -> Optional[float]:
    """The concreteness suite's field-aware overall score (planner.checks.plan_report); None for a plan in another
    language: the suite's word rules read English only (planner.render.review says the same), so they cannot judge it."""
    from planner.checks import plan_report

    if not (plan.language or "en").lower().startswith("en"):
        return None
    return plan_report(plan).overall


def grounding(plan: Plan, case: EvalCase) -> Optional[float]:
    """Share of the deterministic grounding checks that pass over the plan's tasks (None with no tasks)."""
    checks = [c for t in plan.tasks for c in t.checks]
    return sum(c.passed for c in checks) / len(checks) if checks else None


def intervention_accuracy(plan: Plan, case: EvalCase) -> Optional[float]:
    """1 when the plan names the expected kind of change, or one the case accepts because practitioners dispute it
    (``expect.accept``; a case tagged ``promotion``); for a disputed case the rationale must also name the cue of
    the text that decided it, else 0.5 (DOMAIN.md rubric: "the rationale names the cue")."""
    from planner.evals.rubric import _names_cue, accepted_types

    want = case.expect.intervention_type
    if want is None:
        return None
    ok = accepted_types(case)
    got = plan.intervention_type.value
    if got not in ok:
        return 0.0
    if len(ok) > 1:  # disputed: the choice must be argued from the text
        return 1.0 if _names_cue(case.text, plan, case) else 0.5
    return 1.0


def fact_recall(plan: Plan, case: EvalCase) -> Optional[float]:
    """Share of the expected facts (words or numbers from the text) that the plan carries, case-insensitive."""
    facts = case.expect.facts
    if not facts:
        return None
    text = plan_text(plan).lower()
    return sum(f.lower() in text for f in facts) / len(facts)


def no_hallucinated_numbers(plan: Plan, case: EvalCase) -> float:
    """1 when every number in the plan is derivable from the input (see ``hallucinated``), else 0."""
    return 0.0 if hallucinated(plan, case.text) else 1.0


def no_forbidden_content(plan: Plan, case: EvalCase) -> Optional[float]:
    """1 when none of the case's must-not phrases (protected characteristics, made-up facts) appear in the plan."""
    if not case.expect.must_not:
        return None
    text = plan_text(plan).lower()
    return 0.0 if forbidden_hits(case.expect.must_not, text) else 1.0


def forbidden_hits(terms: list[str], text: str) -> list[str]:
    """Terms found as whole words; a term ending in '*' matches as a word start ('pregnan*')."""
    out = []
    for m in terms:
        t = m.lower()
        rx = rf"\b{re.escape(t[:-1])}" if t.endswith("*") else rf"\b{re.escape(t)}\b"
        if re.search(rx, text.lower()):
            out.append(m)
    return out


PLAN_SCORERS: dict[str, Callable[[Plan, EvalCase], Optional[float]]] = {
    "completeness": completeness,
    "concreteness": concreteness,
    "grounding": grounding,
    "intervention_accuracy": intervention_accuracy,
    "fact_recall": fact_recall,
    "no_hallucinated_numbers": no_hallucinated_numbers,
    "no_forbidden_content": no_forbidden_content,
}
# Reported, not gated by default; lower is better for these.
COST_METRICS = ("latency_s", "tokens", "cost_usd")
QUALITY_METRICS = ("schema_valid",) + tuple(PLAN_SCORERS)


def score(plan: Optional[Plan], case: EvalCase, error: Optional[str]) -> dict[str, Any]:
    """Every metric of one run. A run without a plan (an error or a refusal the case allows) scores 0 on every plan
    metric that applies to the case, for every target alike (issue 15: offline's refusals had been left out of its
    averages while a model's rejected answer counted 0). ``answered`` marks the runs the gate's old basis counts."""
    s: dict[str, Any] = {"schema_valid": schema_valid(plan, case, error)}
    refused_ok = plan is None and s["schema_valid"] == 1.0
    for name, fn in PLAN_SCORERS.items():
        if plan is None:
            s[name] = 0.0 if name not in ("grounding", "intervention_accuracy", "fact_recall", "no_forbidden_content") or _applies(name, case) else None
        else:
            s[name] = fn(plan, case)
    s["refused"] = refused_ok
    return s


def _applies(name: str, case: EvalCase) -> bool:
    return {"intervention_accuracy": case.expect.intervention_type is not None, "fact_recall": bool(case.expect.facts),
            "no_forbidden_content": bool(case.expect.must_not), "grounding": True}[name]
