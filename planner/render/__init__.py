"""One renderer per format: everything a user sees comes from here.

``annotate=True`` adds the review section (what the checkers found) to markdown and HTML;
JSON always carries every key, checks and review notes included.
"""

from __future__ import annotations

from planner.models import Plan


def render(plan: Plan, fmt: str, annotate: bool = False) -> str:
    if fmt == "json":
        from planner.plan_json import plan_json

        return plan_json(plan)
    if fmt == "html":
        from planner.render.html import plan_html

        return plan_html(plan, annotate=annotate)
    from planner.render.markdown import plan_markdown

    return plan_markdown(plan, annotate=annotate)
