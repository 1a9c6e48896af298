"""Standalone HTML output (one file, no scripts): the same view as markdown, every value escaped.

Like the markdown, the default page carries the plan only; ``annotate=True`` adds the review section.
"""

from __future__ import annotations

from html import escape

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


def plan_html(plan: Plan, annotate: bool = False) -> str:
    L = labels_for(plan.language)
    v = plan_view(plan, with_report=annotate)
    e = escape
    lang = e((plan.language or "en")[:16])
    title = plan_title(plan)
    h: list[str] = [
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        f"<title>{e(title)}: {e(plan.skill_goal)}</title><style>{CSS}</style></head><body>",
        f"<h1>{e(title)}: {e(plan.skill_goal)}</h1>",
        f"<p><span class='type'>{e(plan.intervention_type.value)}</span> {e(plan.intervention_rationale)}"
        f"<br><small>{e(L['would_change_if'])}: {e(plan.intervention_would_change_if)}</small></p>",
    ]
    for f in v.fields:
        body = "<ul>" + "".join(f"<li>{e(x)}</li>" for x in f.lines) + "</ul>" if f.lines else f"<p>{e(f.text)}</p>"
        h.append(f"<section class='field' data-field='{e(f.key)}'><h2>{e(f.title)}</h2>{body}</section>")
    if plan.tasks:
        h.append(f"<h2>{e(L['tasks'])}</h2>")
        for t in plan.tasks:
            parts = [(L["workflow"], t.workflow), (L["used_by"], t.consumer or L["unknown_consumer"]), (L["outcome"], t.outcome)]
            h.append(
                f"<div class='task'><strong>{e(t.rewritten)}</strong><div class='parts'>"
                + " · ".join(f"{e(k)}: {e(val)}" for k, val in parts if val)
                + "</div></div>"
            )
    for title_, items in list_sections(plan):
        h.append(f"<h2>{e(title_)}</h2><ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>")
    if annotate:
        items = review_items(plan, v)
        lis = "".join(f"<li><strong>{e(it.where)}</strong>: {e(it.text)}</li>" for it in items) or "<li>Nothing to review: every check passed.</li>"
        h.append(f"<section class='review'><h2>{e(REVIEW_TITLE)}</h2><ul>{lis}</ul></section>")
    h.append(f"<p class='meta'>{e(meta_line(plan, v.overall if annotate else None))}</p></body></html>")
    return "\n".join(h) + "\n"
