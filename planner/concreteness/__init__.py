"""The concreteness suite: statements and plan fields scored against the field's own rules.

``score_statement`` scores one statement (Mager / ABCD / SMART / O*NET components);
``plan_report`` judges each plan field by what that field needs; ``check_items``
builds the JSON that ``upskill check`` prints and the web API returns.
"""

from planner.concreteness.statement import Component, StatementScore, score_many, score_statement

__all__ = ["Component", "StatementScore", "score_statement", "score_many", "plan_report", "PlanReport", "FieldScore", "check_items"]


def __getattr__(name):  # the field report imports the plan model; load it only when asked
    if name in ("plan_report", "PlanReport", "FieldScore"):
        from planner.concreteness import fields

        return getattr(fields, name)
    if name == "check_items":
        from planner.concreteness.report import check_items

        return check_items
    raise AttributeError(name)
