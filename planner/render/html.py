"""Standalone HTML output (one file, no scripts): the same view as markdown, every value escaped.

The page is templates/plan.html.j2 (jinja2 with autoescape on, shipped as package data).

Like the markdown, the default page carries the plan only; ``annotate=True`` adds the review section.
"""

from __future__ import annotations

from planner.models import Plan
from planner.render.labels import labels_for
from planner.render.review import REVIEW_TITLE, review_items
from planner.render.view import list_sections, meta_line, plan_title, plan_view

CSS = """
body{font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:860px;margin:2rem auto;padding:0 1rem;color:#1d2330}
h1{font-size:1.5rem;margin-bottom:.25rem}h2{font-size:1.05rem;margin:1.4rem 0 .3rem;color:#2b3a55}
.meta{color:#667;font-size:.85rem}.type{display:inline-block;background:#e8eefc;border-radius:4px;padding:.1rem .5rem;font-weight:600}
.field{border-left:4px solid #cfd8e6;padding:.2rem .8rem;margin:.6rem 0}ul{margin:.2rem 0;padding-left:1.2rem}
.task{margin:.6rem 0;padding:.5rem .8rem;background:#f6f8fb;border-radius:6px}.parts{color:#445;font-size:.9rem}
.review{border:1px dashed #d9822b;background:#fff7ef;padding:.4rem 1rem;margin-top:2rem}
"""


def _env():
    import jinja2

    # autoescape for every template: a plan's text (the model's, the manager's) is never markup (OWASP XSS rule 1)
    return jinja2.Environment(loader=jinja2.PackageLoader("planner.render", "templates"), autoescape=True,
                              undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


def plan_html(plan: Plan, annotate: bool = False) -> str:
    L = labels_for(plan.language)
    v = plan_view(plan, with_report=annotate)
    tasks = [{"rewritten": t.rewritten,
              "parts": [(k, val) for k, val in ((L["workflow"], t.workflow), (L["used_by"], t.consumer or L["unknown_consumer"]),
                                                (L["outcome"], t.outcome)) if val]} for t in plan.tasks]
    return _env().get_template("plan.html.j2").render(
        plan=plan, L=L, lang=(plan.language or "en")[:16], title=plan_title(plan), css=CSS, fields=v.fields, tasks=tasks,
        sections=list_sections(plan), review=review_items(plan, v) if annotate else None, review_title=REVIEW_TITLE,
        meta=meta_line(plan, v.overall if annotate else None))
