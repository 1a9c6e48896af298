"""Standalone HTML output (one file, no scripts): the same view as markdown, every value escaped."""

from __future__ import annotations

from html import escape

from planner.models import Plan
from planner.render.view import list_sections, meta_line, plan_view

CSS = """
body{font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:860px;margin:2rem auto;padding:0 1rem;color:#1d2330}
h1{font-size:1.5rem;margin-bottom:.25rem}h2{font-size:1.05rem;margin:1.4rem 0 .3rem;color:#2b3a55}
.meta{color:#667;font-size:.85rem}.type{display:inline-block;background:#e8eefc;border-radius:4px;padding:.1rem .5rem;font-weight:600}
.field{border-left:4px solid #cfd8e6;padding:.2rem .8rem;margin:.6rem 0}.weak{border-left-color:#d9822b;background:#fff7ef}
.why{color:#9a4f00;font-size:.9rem;margin-top:.3rem}ul{margin:.2rem 0;padding-left:1.2rem}
.task{margin:.6rem 0;padding:.5rem .8rem;background:#f6f8fb;border-radius:6px}.parts{color:#445;font-size:.9rem}
.fail{color:#a33}
"""


def plan_html(plan: Plan) -> str:
    v = plan_view(plan)
    e = escape
    h: list[str] = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        f"<title>Upskilling plan: {e(plan.skill_goal)}</title><style>{CSS}</style></head><body>",
        f"<h1>{e(plan.skill_goal)}</h1>",
        f"<p><span class='type'>{e(plan.intervention_type.value)}</span> {e(plan.intervention_rationale)}"
        f"<br><small>Would change if: {e(plan.intervention_would_change_if)}</small></p>",
    ]
    for f in v.fields:
        cls = "field weak" if f.weak else "field"
        body = "<ul>" + "".join(f"<li>{e(x)}</li>" for x in f.lines) + "</ul>" if f.lines else f"<p>{e(f.text)}</p>"
        why = ""
        if f.weak:
            why = f"<div class='why'>Weak (score {f.score:.2f}): {e('; '.join(f.reasons[:3]) or 'not concrete enough')}</div>"
        h.append(f"<section class='{cls}' data-field='{e(f.key)}'><h2>{e(f.title)}</h2>{body}{why}</section>")
    if plan.tasks:
        h.append("<h2>Workflow-grounded tasks</h2>")
        for t in plan.tasks:
            parts = [("original", t.original), ("workflow", t.workflow), ("consumer", t.consumer or "unknown"), ("outcome", t.outcome)]
            failed = [c for c in t.checks if not c.passed]
            checks = ""
            if t.checks:
                checks = f"<div class='parts'>checks: {sum(c.passed for c in t.checks)}/{len(t.checks)} pass</div>"
                checks += "".join(f"<div class='fail'>{e(c.name)}: {e(c.reason)}</div>" for c in failed)
            h.append(
                f"<div class='task'><strong>{e(t.rewritten)}</strong><div class='parts'>"
                + " · ".join(f"{k}: {e(val)}" for k, val in parts if val)
                + f"</div>{checks}</div>"
            )
    for title, items in list_sections(plan):
        h.append(f"<h2>{e(title)}</h2><ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>")
    h.append(f"<p class='meta'>{e(meta_line(plan, v.overall))}</p></body></html>")
    return "\n".join(h) + "\n"
