"""A format-neutral view of a plan: the DOMAIN.md fields in reading order, in the plan's language.

The markdown and HTML renderers both walk this view, so they can never disagree on what a field
says. The view carries the plan only; what the checkers say about it (weak fields from
``planner.checks.plan_report``, grounding checks, review notes) is collected by
``planner.render.review`` and shown only when asked (``--annotate``). The weak marks stay on the
view's fields (``score``, ``weak``, ``reasons``) for the callers that read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from planner.checks import plan_report
from planner.models import Plan
from planner.render.labels import labels_for


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
    ("assumptions", "Assumptions to confirm"),
)


def list_sections(plan: Plan) -> list[tuple[str, list[str]]]:
    """The plan's lists in reading order, only those with items, titled in the plan's language."""
    L = labels_for(plan.language)
    return [(L[key], getattr(plan, key)) for key, _ in LIST_SECTIONS if getattr(plan, key, None)]


def plan_title(plan: Plan) -> str:
    """'Upskilling plan', 'Reskilling plan' or 'Onboarding plan' (in the plan's language)."""
    return labels_for(plan.language)[plan.intervention_type.value]


def meta_line(plan: Plan, overall: Optional[float] = None) -> str:
    m = plan.meta
    quality = f" · concreteness {overall:.2f}" if overall is not None else ""
    return (f"provider {m.provider} · model {m.model} · prompt {m.prompt_version} · {m.usage.total_tokens} tokens · "
            f"${m.estimated_cost_usd:.4f} · {m.created_at}{quality}")


@dataclass
class PlanView:
    fields: list[FieldView]
    overall: Optional[float] = None


def target_line(plan: Plan) -> str:
    L = labels_for(plan.language)
    s = plan.success_signal
    label = L["proposed_target"] if s.target_is_proposal else L["target"]
    return f"{label}: {s.target}"


def plan_view(plan: Plan, with_report: bool = True) -> PlanView:
    L = labels_for(plan.language)
    a, w, s, p, fo = plan.audience, plan.work_impact, plan.success_signal, plan.practice_activity, plan.feedback_owner
    headcount = f"{a.headcount} {L['people']}" if a.headcount else L["headcount_not_stated"]
    baseline = s.baseline if s.baseline else f"{L['not_known_yet']}: {s.baseline_method or ''}".rstrip(": ")
    if s.baseline and s.baseline_method:
        baseline = f"{s.baseline} ({s.baseline_method})"
    fields = [
        FieldView("skill_goal", L["skill_goal"], plan.skill_goal),
        FieldView("audience", L["audience"], lines=[a.description, f"{L['role']}: {a.role}", f"{L['team']}: {a.team or L['not_stated']}", headcount]),
        FieldView("current_gap", L["current_gap"], plan.current_gap),
        FieldView("work_impact", L["work_impact"], w.description),
        FieldView("performance_standard", L["performance_standard"], plan.performance_standard),
        FieldView("training_assets", L["training_assets"], lines=[f"{t.title}: {t.contains}" for t in plan.training_assets]),
        FieldView("practice_activity", L["practice_activity"],
                  lines=[p.task, f"{L['materials']}: " + "; ".join(p.materials), f"{L['where']}: {p.setting}"]),
        FieldView("feedback_owner", L["feedback_owner"], f"{fo.role}: {fo.cadence}"),
        FieldView(
            "success_signal", L["success_signal"],
            lines=[s.behaviour, f"{L['metric']}: {s.metric}", f"{L['baseline']}: {baseline}", target_line(plan),
                   f"{L['source']}: {s.data_source}"],
        ),
        FieldView("review_date", L["review_date"], review_date_line(plan, L)),
    ]
    view = PlanView(fields=fields)
    report = plan_report(plan) if with_report else None
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


def review_date_line(plan: Plan, L: dict) -> str:
    """The review date and where it comes from: "set by the text" only when the text's phrase fixes the day ("by 31
    March", "before the end of the quarter"); a day chosen inside a month, quarter or season the text gives ("before
    the audit in March") is marked proposed beside the phrase, so no reader takes the day for the manager's."""
    from planner.extract.deadline import names_the_day

    day = plan.review_date.isoformat()
    phrase = plan.review_date_from_text
    if not phrase:
        return f"{day} ({L['proposed']})"
    if names_the_day(phrase):
        return f"{day} ({L.get('set_by_text', 'set by the text')}: \"{phrase}\")"
    return f"{day} ({L['proposed']}; {L.get('text_says', 'the text says')}: \"{phrase}\")"
