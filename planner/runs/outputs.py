"""Run outputs: one plan per group (md and json), summary.csv, and an overview page with a chart of gaps.

Every string that came from the survey (team and role names, rating headers, free text inside a plan) is written
without control characters (planner.sanitize.strip_controls: no NUL or escape byte reaches a file), and every
summary.csv cell that a spreadsheet would read as a formula is neutralised (:func:`csv_cell`).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from html import escape
from pathlib import Path
from typing import Any

from planner.runs.store import RunStore
from planner.sanitize import clean_strings, strip_controls

SUMMARY_FIELDS = ["group", "key", "respondents", "top_gaps", "skill_goal", "concreteness", "status", "error"]
# OWASP "CSV Injection": a cell starting with one of these is read as a formula by Excel, LibreOffice and Sheets
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A summary.csv cell: control characters removed; text a spreadsheet would run as a formula gets a leading
    apostrophe (the OWASP rule: prefix ' to cells starting with = + - @ tab or CR). Numbers stay numbers."""
    if not isinstance(value, str):
        return value
    value = strip_controls(value)
    return "'" + value if value.startswith(FORMULA_START) else value


def _plan(result: str):
    from planner.models import Plan

    return Plan.model_validate(clean_strings(json.loads(result)), context={"today": dt.date.min})


def write_outputs(store: RunStore, run_id: str, out: Path) -> dict[str, Any]:
    from planner.concreteness import plan_report
    from planner.render import render

    out.mkdir(parents=True, exist_ok=True)
    rows, cards = [], []
    for g in store.groups(run_id):
        analysis = clean_strings(json.loads(g["analysis"])) if g["analysis"] else {"skills": []}
        top = [s["skill"] for s in analysis.get("skills", [])[:3]]
        row = {"group": strip_controls(g["label"]), "key": g["key"], "respondents": g["respondents"], "top_gaps": "; ".join(top),
               "skill_goal": "", "concreteness": "", "status": g["status"], "error": strip_controls(g["error"] or "")}
        if g["status"] == "done" and g["result"]:
            plan = _plan(g["result"])
            (out / f"{g['key']}.md").write_text(render(plan, "md"), encoding="utf-8")
            (out / f"{g['key']}.json").write_text(render(plan, "json"), encoding="utf-8")
            row["skill_goal"] = plan.skill_goal
            row["concreteness"] = f"{plan_report(plan).overall:.2f}"
        rows.append(row)
        cards.append((row, analysis))
    with (out / "summary.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=SUMMARY_FIELDS)
        w.writeheader()
        w.writerows({k: csv_cell(v) for k, v in r.items()} for r in rows)
    (out / "index.html").write_text(_index(cards, store.run(run_id)), encoding="utf-8")
    return {"groups": len(rows), "done": sum(r["status"] == "done" for r in rows), "failed": [r for r in rows if r["status"] == "failed"]}


def _chart(skills: list[dict[str, Any]]) -> str:
    """Inline SVG: one bar per skill, the share of respondents below the midpoint."""
    if not skills:
        return ""
    bar_h, w = 18, 260
    parts = []
    for i, s in enumerate(skills[:5]):
        share = float(s.get("share_below", 0))
        y = i * (bar_h + 6)
        parts.append(f"<text x='0' y='{y + 13}' font-size='12'>{escape(str(s['skill'])[:28])}</text>"
                     f"<rect x='170' y='{y}' width='{w * share:.1f}' height='{bar_h}' fill='#d9822b'/>"
                     f"<text x='{175 + w * share:.1f}' y='{y + 13}' font-size='12'>{share:.0%}</text>")
    height = len(skills[:5]) * (bar_h + 6)
    return f"<svg width='480' height='{height}' role='img' aria-label='share below the midpoint per skill'>{''.join(parts)}</svg>"


def _index(cards: list[tuple[dict[str, Any], dict[str, Any]]], run: Any) -> str:
    e = escape
    h = ["<!doctype html><html lang='en'><head><meta charset='utf-8'><meta name='viewport' content='width=device-width,initial-scale=1'>",
         "<title>upskill batch overview</title><style>body{font:15px/1.45 system-ui,sans-serif;max-width:1000px;margin:1.5rem auto;padding:0 1rem;color:#1d2330}"
         ".card{border:1px solid #d8dee8;border-radius:8px;padding:.8rem 1rem;margin:.8rem 0}.failed{border-color:#d33;background:#fdf0f0}"
         ".meta{color:#667;font-size:.85rem}a{color:#2f5fb3}</style></head><body>",
         "<h1>Skills survey: one plan per group</h1>"]
    if run:
        h.append(f"<p class='meta'>run {e(run['id'])} · {e(run['provider'])} · {e(run['model'])} · {e(run['created_at'])} · "
                 "bars: share of respondents below the scale midpoint, per skill, largest gap first</p>")
    for row, analysis in cards:
        cls = "card failed" if row["status"] == "failed" else "card"
        link = f"<a href='{e(row['key'])}.md'>plan (Markdown)</a> · <a href='{e(row['key'])}.json'>JSON</a>" if row["status"] == "done" else ""
        status = f"<strong>{e(row['status'])}</strong>" + (f": {e(row['error'])}" if row["error"] else "")
        h.append(f"<div class='{cls}'><h2>{e(row['group'])}</h2><p class='meta'>{row['respondents']} respondents · {status}</p>"
                 f"{_chart(analysis.get('skills', []))}<p>{e(row['skill_goal'])}</p><p>{link}"
                 f"{' · concreteness ' + e(row['concreteness']) if row['concreteness'] else ''}</p></div>")
    h.append("</body></html>")
    return "\n".join(h)
