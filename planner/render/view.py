"""A format-neutral view of a plan: the DOMAIN.md fields in reading order, with weak-field marks.

The markdown and HTML renderers both walk this view, so they can never disagree on
what a field says or whether it is weak. Weak marks come from the concreteness
suite's field-aware report (``planner.concreteness.plan_report``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from planner.models import Plan


@dataclass
class FieldView:
    key: str  # the Plan field name
    title: str
    text: str = ""
    lines: list[str] = field(default_factory=list)
    score: Optional[float] = None
    weak: bool = False
    reasons: list[str] = field(default_factory=list)


LIST_SECTIONS = (
    ("decision_rules", "Decision rules"),
    ("common_mistakes", "Common mistakes"),
    ("practice_cases", "Sample practice cases"),
    ("delivery_methods", "Delivery methods"),
    ("open_questions", "Open questions for the manager"),
)


def list_sections(plan: Plan) -> list[tuple[str, list[str]]]:
    """The plan's lists in reading order, only those with items."""
    return [(title, getattr(plan, key)) for key, title in LIST_SECTIONS if getattr(plan, key)]


def meta_line(plan: Plan, overall: Optional[float]) -> str:
    m = plan.meta
    quality = f" · concreteness {overall:.2f}" if overall is not None else ""
    return (f"provider {m.provider} · model {m.model} · prompt {m.prompt_version} · {m.usage.total_tokens} tokens · "
            f"${m.estimated_cost_usd:.4f} · {m.created_at}{quality}")


@dataclass
class PlanView:
    fields: list[FieldView]
    overall: Optional[float] = None


def _report(plan: Plan):
    try:
        from planner.concreteness import plan_report
    except ImportError:  # the suite is optional for rendering
        return None
    return plan_report(plan)


def plan_view(plan: Plan) -> PlanView:
    a, w, s, p, fo = plan.audience, plan.work_impact, plan.success_signal, plan.practice_activity, plan.feedback_owner
    headcount = f"{a.headcount} people" if a.headcount else "headcount not stated"
    baseline = s.baseline if s.baseline else f"not known yet: {s.baseline_method}"
    fields = [
        FieldView("skill_goal", "Skill goal", plan.skill_goal),
        FieldView("audience", "Audience", lines=[a.description, f"role: {a.role}", f"team: {a.team or 'not stated'}", headcount]),
        FieldView("current_gap", "Current gap", plan.current_gap),
        FieldView("work_impact", "Work impact", f"{w.category}: {w.description}"),
        FieldView("performance_standard", "Performance standard", plan.performance_standard),
        FieldView("training_assets", "Training assets", lines=[f"{t.kind}: {t.title} — {t.contains}" for t in plan.training_assets]),
        FieldView("practice_activity", "Practice activity", lines=[p.task, "materials: " + "; ".join(p.materials), f"where: {p.setting}"]),
        FieldView("feedback_owner", "Feedback owner", f"{fo.role}, {fo.cadence}"),
        FieldView(
            "success_signal", "Success signal",
            lines=[s.behaviour, f"metric: {s.metric}", f"baseline: {baseline}", f"target: {s.target}", f"source: {s.data_source}"],
        ),
        FieldView("review_date", "Review date", plan.review_date.isoformat()),
    ]
    view = PlanView(fields=fields)
    report = _report(plan)
    if report is not None:
        view.overall = report.overall
        for f in fields:
            fs = report.fields.get(f.key)
            if fs is None:
                continue
            f.score = fs.score
            f.weak = f.key in report.weak_fields
            f.reasons = list(fs.fixes or fs.reasons)
    return view
