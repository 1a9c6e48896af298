"""Hand-made plans for tests that need a Plan without running a generator."""

from __future__ import annotations

import datetime as dt
from typing import Any

from planner.models import Plan

TODAY = dt.date(2026, 1, 5)


def strong_plan_data(**overrides: Any) -> dict[str, Any]:
    """The DOMAIN.md 'strong' column as a plan (billing escalation notes)."""
    data: dict[str, Any] = {
        "intervention_type": "upskilling",
        "intervention_rationale": "The agents already write escalation notes; the notes lack required facts.",
        "intervention_would_change_if": "If the agents were moving to a finance role, this would be reskilling.",
        "skill_goal": "Write escalation notes for billing disputes that finance can act on without follow-up questions",
        "audience": {"role": "tier-1 support agent", "team": "billing queue", "headcount": 12,
                     "description": "the 12 tier-1 support agents on the billing queue"},
        "current_gap": "Notes omit the invoice number and the disputed amount in about 40% of escalations",
        "work_impact": {"category": "speed", "description": "Each incomplete note adds about two days to a refund"},
        "performance_standard": "Every note names invoice, amount, customer claim, evidence and requested action",
        "training_assets": [
            {"kind": "checklist", "title": "Escalation note checklist", "contains": "The five facts every note names, one page"},
            {"kind": "examples", "title": "Annotated notes", "contains": "Six annotated real notes, good and bad"},
        ],
        "practice_activity": {"task": "Rewrite five past escalation notes from real tickets using the checklist",
                              "materials": ["five closed billing tickets", "the escalation checklist"],
                              "setting": "in the ticketing system sandbox during a quiet shift"},
        "feedback_owner": {"role": "billing team lead", "cadence": "reviews ten notes per agent each week"},
        "success_signal": {"behaviour": "Escalation notes carry all five facts", "metric": "share of escalations with a finance follow-up question",
                           "baseline": "about 40%", "target": "under 10%", "data_source": "ticket tags"},
        "review_date": (TODAY + dt.timedelta(weeks=8)).isoformat(),
        "tasks": [],
        "decision_rules": ["Escalate to finance only when the disputed amount is confirmed on the invoice"],
        "common_mistakes": ["Pasting the customer's email instead of summarising the claim"],
        "practice_cases": ["A customer disputes a double charge on invoice INV-1001"],
        "delivery_methods": ["on-the-job practice", "microlearning (15 minutes)"],
        "open_questions": [],
        "language": "en",
        "meta": {"provider": "test", "model": "hand-made", "prompt_version": "none"},
    }
    data.update(overrides)
    return data


def strong_plan(**overrides: Any) -> Plan:
    return Plan.model_validate(strong_plan_data(**overrides), context={"today": TODAY})
