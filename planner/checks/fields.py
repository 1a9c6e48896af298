"""Field-aware plan checks: each plan field judged by what that field needs (../shared/DOMAIN.md table).

- skill goal: performance + object + condition (Mager, ABCD behaviour + condition);
- audience: a named role (ABCD audience), with a headcount when known;
- current gap / work impact: observed, with the numbers the input has (Mager: the discrepancy);
- performance standard: a checkable standard (Mager criterion);
- training assets: reusable material with specific contents (DOMAIN.md: capture the expert's process);
- practice activity: realistic work with real materials, in its setting (DOMAIN.md: learning in the work);
- feedback owner: a role and a cadence;
- success signal: criterion + data source (SMART measurable, time-bound by the review date);
- review date: a date.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from planner import rules
from planner.concreteness.statement import CONCRETE_AT, score_statement
from planner.concreteness.wellformed import wellformed_problems
from planner.models import Plan

WEAK_AT = 0.6


class FieldScore(BaseModel):
    score: float
    verdict: str  # concrete | vague
    reasons: list[str] = Field(default_factory=list)
    fixes: list[str] = Field(default_factory=list)


class PlanReport(BaseModel):
    fields: dict[str, FieldScore]
    overall: float
    weak_fields: list[str]


def _fs(score: float, reasons: list[str], fixes: list[str]) -> FieldScore:
    score = round(max(0.0, min(1.0, score)), 3)
    return FieldScore(score=score, verdict="concrete" if score >= WEAK_AT else "vague", reasons=reasons, fixes=fixes)


def _skill_goal(p: Plan) -> FieldScore:
    s = score_statement(p.skill_goal)
    c = s.components
    score = (c["performance"].score + c["object"].score + c["condition"].score) / 3
    reasons = [c[k].reason for k in ("performance", "object", "condition") if c[k].score < 0.7 and c[k].reason]
    return _fs(score, reasons, [f for f in s.fixes if "criterion" not in f.lower()])


def _audience(p: Plan) -> FieldScore:
    a = p.audience
    if rules.is_generic_audience(a.role) or "not stated" in a.role:
        return _fs(0.3, [f"'{a.role}' is not a named role"], ["Name the role and team, e.g. 'the 12 tier-1 support agents on the billing queue'."])
    if a.headcount is None:
        return _fs(0.75, ["headcount not stated"], ["Say how many people are in the group."])
    return _fs(1.0, [], [])


def _observed(text: str, label: str, want_number: bool) -> FieldScore:
    s = score_statement(text)
    generic = re.search(r"\b(lack of|not stated|better|improve|more)\b", text, re.I) and len(text.split()) < 8
    has_num = s.components["criterion"].score >= 0.7  # how often or how much (a headcount is not one)
    score = 0.5 * s.components["object"].score + 0.2 * s.components["condition"].score + (0.3 if has_num else 0.0)
    reasons, fixes = [], []
    if generic or "not stated" in text.lower() or "not yet observed" in text.lower():
        score = min(score, 0.4)
        reasons.append(f"the {label} is not observed in the work")
        fixes.append(f"Describe the {label} as observed in the work, with a number (how often, how much).")
    elif not has_num and want_number:  # DOMAIN.md: the gap "with the text's numbers"; without one it is weak
        score = min(score, WEAK_AT - 0.1)
        reasons.append(f"the {label} has no number")
        fixes.append(f"Add how often or how much it happens, as the team counts it (a share of cases, a count per week).")
    return _fs(score, reasons, fixes)


def _standard(p: Plan) -> FieldScore:
    text = p.performance_standard
    items = len(re.findall(r"[;,]", text)) + 1
    judged = score_statement(text).components["value_judgement"]
    score = min(1.0, 0.4 + 0.12 * items) - (0.2 if judged.score < 1 else 0)
    reasons = [] if items >= 3 else ["the standard has few checkable items"]
    if judged.score < 1:
        reasons.append(judged.reason)
    return _fs(score, reasons, ["List what good looks like item by item, so a reviewer can tick it off."] if reasons else [])


def _assets(p: Plan) -> FieldScore:
    if not p.training_assets:
        return _fs(0.0, ["no training assets"], ["Add reusable assets: a checklist, worked examples, practice cases."])
    specific = [a for a in p.training_assets if len(a.contains.split()) >= 5 and not re.fullmatch(r"(training )?materials?", a.title.strip(), re.I)]
    score = len(specific) / len(p.training_assets)
    return _fs(score, [] if score >= WEAK_AT else ["assets are named but their contents are not"],
               [] if score >= WEAK_AT else ["Say what each asset contains (sections, examples, cases)."])


def _practice(p: Plan) -> FieldScore:
    a = p.practice_activity
    s = score_statement(a.task)
    real = any(re.search(r"\b(real|actual|past|recent|live|own|copies)\b", m, re.I) for m in [a.task, *a.materials])
    course = re.search(r"\b(course|e-?learning|webinar|module|lecture)\b", a.task, re.I) and not real
    score = 0.4 * s.components["performance"].score + 0.3 * (1.0 if real else 0.3) + 0.3 * (1.0 if a.setting and len(a.setting.split()) >= 2 else 0.0)
    reasons, fixes = [], []
    if course:
        score = min(score, 0.4)
        reasons.append("a course is not practice on real work")
    if not real:
        reasons.append("no real materials from the work")
        fixes.append("Practise on real cases from the work (past tickets, real orders) in the system where the skill is used.")
    return _fs(score, reasons, fixes)


def _feedback(p: Plan) -> FieldScore:
    f = p.feedback_owner
    problem = rules.feedback_role_problem(f.role)
    cadence = re.search(r"\b(daily|weekly|monthly|every|each|per|once|twice|fortnight\w*|\d)\b", f.cadence, re.I)
    score = (0.5 if not problem else 0.1) + (0.5 if cadence else 0.0)
    reasons = ([f"'{f.role}' {problem}"] if problem else []) + ([] if cadence else ["no cadence"])
    fixes = (["Name one reviewing role."] if problem else []) + ([] if cadence else ["Say how often and how much they review."])
    return _fs(score, reasons, fixes)


def _signal(p: Plan) -> FieldScore:
    s = p.success_signal
    crit = score_statement(f"{s.metric} {s.baseline or ''} {s.target}").components["criterion"].score
    has_baseline = bool(s.baseline and rules.has_number(s.baseline)) or bool(s.baseline_method)
    source = len((s.data_source or "").split()) >= 2
    score = 0.4 * crit + 0.3 * (1.0 if has_baseline else 0.0) + 0.3 * (1.0 if source else 0.0)
    reasons = ([] if crit >= 0.7 else ["no number in the metric or target"]) + ([] if has_baseline else ["no baseline"]) + ([] if source else ["no data source"])
    fixes = ["Give a baseline and a target with numbers, and where they are read from."] if reasons else []
    if re.search(r"\b(confiden\w*|happ\w*|satisf\w*|engag\w*|feel\w*)\b", s.behaviour, re.I) and not rules.has_number(s.target):
        score = min(score, 0.4)
        reasons.append("a feeling, not an observable behaviour or output")
    return _fs(score, reasons, fixes)


def _review(p: Plan) -> FieldScore:
    return _fs(1.0, [], [])  # the model guarantees a calendar date after today


def _sentence(check, text_of):
    """A field written as a sentence must be one (DOMAIN.md strict reader: garbled grammar or text cut mid-word
    costs points): an ill-formed sentence is weak whatever else it has, with the rewrite fix first."""

    def run(p: Plan) -> FieldScore:
        fs = check(p)
        problems = wellformed_problems(text_of(p) or "")
        if not problems:
            return fs
        return _fs(min(fs.score, WEAK_AT - 0.2), [f"not one complete sentence: {problems[0]}"] + fs.reasons,
                   ["Rewrite as one complete sentence."] + fs.fixes)

    return run


CHECKS = {
    "skill_goal": _sentence(_skill_goal, lambda p: p.skill_goal),
    "audience": _audience,
    "current_gap": _sentence(lambda p: _observed(p.current_gap, "current gap", True), lambda p: p.current_gap),
    "work_impact": _sentence(lambda p: _observed(p.work_impact.description, "work impact", False), lambda p: p.work_impact.description),
    "performance_standard": _sentence(_standard, lambda p: p.performance_standard),
    "training_assets": _assets,
    "practice_activity": _sentence(_practice, lambda p: p.practice_activity.task),
    "feedback_owner": _feedback,
    "success_signal": _signal,
    "review_date": _review,
}


def plan_report(plan: Plan) -> PlanReport:
    fields = {name: check(plan) for name, check in CHECKS.items()}
    overall = round(sum(f.score for f in fields.values()) / len(fields), 3)
    return PlanReport(fields=fields, overall=overall, weak_fields=[k for k, f in fields.items() if f.score < WEAK_AT])


__all__ = ["plan_report", "PlanReport", "FieldScore", "CONCRETE_AT"]
