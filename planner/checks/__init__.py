"""Plan-level checks: each field of a Plan judged by what that field needs (``planner.checks.fields``).

It sits above the contract (it reads ``planner.models.Plan`` and ``planner.rules``) and below the backends;
the statement checker it builds on (``planner.concreteness``) knows nothing of plans.
"""

from planner.checks.fields import FieldScore, PlanReport, plan_report

__all__ = ["FieldScore", "PlanReport", "plan_report"]
