"""Run outputs: one plan per group (md and json), summary.csv, and an overview page with a chart of gaps.

Every string that came from the survey (team and role names, rating headers, free text inside a plan) is written
without control characters (planner.sanitize.strip_controls: no NUL or escape byte reaches a file), and every
summary.csv cell that a spreadsheet would read as a formula is neutralised (:func:`csv_cell`).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
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
    from planner.checks import plan_report
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


BAR_WIDTH = 260  # px for a share of 100%


def _bars(skills: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The chart of a card: one bar per skill (at most 5), the share of respondents below the scale midpoint."""
    bars = []
    for i, s in enumerate(skills[:5]):
        share = float(s.get("share_below", 0))
        bars.append({"y": i * 24, "skill": str(s["skill"])[:28], "share": share, "width": BAR_WIDTH * share})
    return bars


def _index(cards: list[tuple[dict[str, Any], dict[str, Any]]], run: Any) -> str:
    """index.html from planner/runs/templates/index.html.j2 (jinja2, autoescape on)."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader("planner.runs", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    view = [{**row, "bars": _bars(analysis.get("skills", []))} for row, analysis in cards]
    return env.get_template("index.html.j2").render(cards=view, run=run)
