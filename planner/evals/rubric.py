"""The strict-reader rubric of DOMAIN.md (ten criteria, 0/1/2 each), rule-scored where a rule can judge.

A criterion a rule cannot judge is ``None`` ("needs a reader"). A run that produced no plan (an error,
a refusal) scores 0 on every rule-scored criterion, for every target alike: a reader grades a missing
plan 0 (issue 15: offline's refusals were left out of its averages).

Rules, each as the rubric words it (sources: Mager: performance, condition, criterion; SMART: measurable
baseline and target; ISO/IEC/IEEE 29148: no unstated assumptions):

1. intervention_type: the type is the expected one or one the case accepts (``expect.accept``; a case tagged
   ``promotion`` accepts all three, since practitioners dispute it); 2 when the rationale names a cue of the
   text (``expect.cue``, else two content words of the text), 1 when it does not, 0 for a wrong type.
2. skill_goal: English goals: 2 when the concreteness suite finds a performance and an object, 1 for one of
   them, 0 when the goal validator's word rules call it vague; other languages need a reader.
3. audience: 2 when the role's head word is in the text and the headcount is a number of the text (or both
   are absent), 1 when only the role is, 0 otherwise.
4. current_gap: when the text holds numbers, 2 when the gap carries one and is not the work-impact sentence,
   1 when it carries none; without numbers in the text, needs a reader.
5. success_signal: one point each for a baseline from the text (or a baseline method), a target that is the
   text's or marked as a proposal, and a data source; 3 points -> 2, 2 -> 1, else 0.
6. practice_activity: needs a reader.
7. feedback_owner: 2 for a role by form (``planner.rules.feedback_role_problem``) with a cadence that says how
   often, 1 for one of them, 0 for neither.
8. tasks: 2 when every task passes every grounding check, 1 when at least half do, 0 otherwise (no tasks: 0).
9. open_questions: needs a reader.
10. nothing_invented: 2 when every number of the plan is the text's (``scorers.hallucinated``) outside the
    assumptions and a target marked as a proposal, else 0.
"""

from __future__ import annotations

import re
import statistics
from typing import Any, Optional

CRITERIA = ("intervention_type", "skill_goal", "audience", "current_gap", "success_signal", "practice_activity",
            "feedback_owner", "tasks", "open_questions", "nothing_invented")
KINDS = ("upskilling", "reskilling", "onboarding")
DISPUTED_TAGS = frozenset({"promotion"})  # DOMAIN.md: "is a promotion into management upskilling or reskilling?"
_CADENCE = re.compile(
    r"\d|\b(daily|weekly|monthly|every|each|per|once|twice|fortnight\w*|shift|week|day|month|sprint|"
    r"täglich|wöchentlich|monatlich|jede\w*|diario|semanal\w*|mensual\w*|cada|quotidien\w*|hebdomadaire|mensuel\w*|chaque)\b",
    re.I,
)


def accepted_types(case: Any) -> set[str]:
    """The labels a plan may name for ``case``: the expected one and the disputed alternatives."""
    e = case.expect
    want = getattr(e, "intervention_type", None)
    out = ({want} if want else set()) | set(getattr(e, "accept", None) or [])
    if want and DISPUTED_TAGS & set(getattr(case, "tags", []) or []):
        out |= set(KINDS)
    return out


def cues(case: Any) -> list[str]:
    explicit = list(getattr(case.expect, "cue", None) or [])
    if explicit:
        return explicit
    if DISPUTED_TAGS & set(getattr(case, "tags", []) or []):
        return ["promot", "new lead", "team lead", "first"]
    return []


def _names_cue(text: str, plan: Any, case: Any) -> bool:
    from planner.text import lemmas as lx

    said = f"{plan.intervention_rationale} {plan.intervention_would_change_if}".lower()
    cs = cues(case)
    if cs:
        return any(c.lower() in said or lx.head(c) and lx.shares(lx.head(c), lx.lemma_set(said)) for c in cs)
    bag = lx.lemma_set(said)
    return sum(lx.shares(w, bag) for w in set(lx.content_words(text))) >= 2


def _intervention(plan: Any, case: Any) -> Optional[int]:
    ok = accepted_types(case)
    if not ok:
        return None
    if plan.intervention_type.value not in ok:
        return 0
    return 2 if _names_cue(case.text, plan, case) else 1


def _skill_goal(plan: Any, case: Any) -> Optional[int]:
    from planner import rules

    if not rules.looks_english(plan.skill_goal):
        return None
    if rules.vague_goal_problem(plan.skill_goal):
        return 0
    from planner.concreteness import score_statement

    c = score_statement(plan.skill_goal).components
    return int(c["performance"].score >= 0.5) + int(c["object"].score >= 0.5)


def _figures(text: str) -> set[float]:
    from planner.evals.scorers import input_numbers

    return input_numbers(text)


def _audience(plan: Any, case: Any) -> int:
    from planner.text import lemmas as lx

    a = plan.audience
    role_in_text = bool(lx.head(a.role)) and lx.shares(lx.head(a.role), lx.lemma_set(case.text))
    if not role_in_text:
        return 0
    if a.headcount is None:
        return 2 if not re.search(r"\d", case.text) else 1
    return 2 if float(a.headcount) in _figures(case.text) else 1


def _current_gap(plan: Any, case: Any) -> Optional[int]:
    nums = _figures(case.text)
    if not nums:
        return None
    gap = plan.current_gap
    if gap.strip() == plan.work_impact.description.strip():
        return 0
    return 2 if _figures(gap) & nums else 1


def _success(plan: Any, case: Any) -> int:
    s = plan.success_signal
    nums = _figures(case.text)
    points = 0
    if (s.baseline and _figures(s.baseline) & nums) or s.baseline_method:
        points += 1
    target_figs = _figures(s.target)
    if s.target_is_proposal or not target_figs or target_figs <= nums:
        points += 1
    if s.data_source.strip():
        points += 1
    return {3: 2, 2: 1}.get(points, 0)


def _feedback(plan: Any, case: Any) -> int:
    from planner import rules

    f = plan.feedback_owner
    return int(rules.feedback_role_problem(f.role) is None) + int(bool(_CADENCE.search(f.cadence)))


def _tasks(plan: Any, case: Any) -> int:
    if not plan.tasks:
        return 0
    ok = sum(all(c.passed for c in t.checks) for t in plan.tasks)
    return 2 if ok == len(plan.tasks) else (1 if ok * 2 >= len(plan.tasks) else 0)


def _nothing_invented(plan: Any, case: Any) -> int:
    from planner.evals.scorers import hallucinated

    s = plan.success_signal
    cleared = {"assumptions": []}
    if s.target_is_proposal:
        cleared["success_signal"] = s.model_copy(update={"target": "(proposed)"})
    return 0 if hallucinated(plan.model_copy(update=cleared), case.text) else 2


RULES = {
    "intervention_type": _intervention, "skill_goal": _skill_goal, "audience": _audience, "current_gap": _current_gap,
    "success_signal": _success, "practice_activity": None, "feedback_owner": _feedback, "tasks": _tasks,
    "open_questions": None, "nothing_invented": _nothing_invented,
}


def rubric_scores(plan: Optional[Any], case: Any) -> dict[str, Optional[int]]:
    """criterion -> 0/1/2, or None where a reader is needed. No plan: 0 on every criterion a rule can score."""
    out: dict[str, Optional[int]] = {}
    for name, rule in RULES.items():
        if rule is None:
            out[name] = None
        elif plan is None:
            out[name] = 0 if name not in ("skill_goal", "current_gap") or _applies_without_plan(name, case) else None
        else:
            out[name] = rule(plan, case)
    return out


def _applies_without_plan(name: str, case: Any) -> bool:
    if name == "current_gap":
        return bool(_figures(case.text))
    return True  # skill_goal: a missing goal is a 0 in any language


def aggregate_rubric(rows: list[dict[str, Optional[int]]]) -> dict[str, Any]:
    """Mean per criterion (None: needs a reader) and the mean rule-scored share of the points."""
    per: dict[str, Optional[float]] = {}
    for c in CRITERIA:
        vals = [r[c] for r in rows if r.get(c) is not None]
        per[c] = round(statistics.mean(vals), 3) if vals else None
    shares = []
    for r in rows:
        scored = [v for v in r.values() if v is not None]
        if scored:
            shares.append(sum(scored) / (2 * len(scored)))
    return {"criteria": per, "rule_scored_share": round(statistics.mean(shares), 4) if shares else None,
            "needs_a_reader": [c for c in CRITERIA if RULES[c] is None]}
