"""One renderer per format: everything a user sees comes from here."""

from __future__ import annotations

from planner.models import Plan


def render(plan: Plan, fmt: str) -> str:
    if fmt == "json":
        from planner.render.json_out import plan_json

        return plan_json(plan)
    if fmt == "html":
        from planner.render.html import plan_html

        return plan_html(plan)
    from planner.render.markdown import plan_markdown

    return plan_markdown(plan)
