"""The JSON that `upskill check` prints and `POST /api/check` returns (a public contract: add, never rename)."""

from __future__ import annotations

from typing import Any, Iterable

from planner.concreteness.statement import score_statement
from planner.errors import InputError

MAX_STATEMENT_CHARS = 2000


def item_dict(text: str) -> dict[str, Any]:
    s = score_statement(text)
    return {
        "text": s.text,
        "score": s.score,
        "verdict": s.verdict,
        "components": {k: c.model_dump() for k, c in s.components.items()},
        "fixes": s.fixes,
    }


def clean_statements(statements: Iterable[object]) -> list[str]:
    out: list[str] = []
    for i, st in enumerate(statements, 1):
        if not isinstance(st, str):
            raise InputError(f"statement {i} is not text")
        st = st.strip()
        if not st:
            continue
        if len(st) > MAX_STATEMENT_CHARS:
            raise InputError(f"statement {i} is {len(st):,} characters; the limit is {MAX_STATEMENT_CHARS:,}")
        out.append(st)
    if not out:
        raise InputError("no statements to check: give statements as arguments, with --file, or on stdin")
    return out


def check_items(statements: Iterable[object]) -> dict[str, Any]:
    """``{"items": [...]}`` in input order, one per non-blank statement."""
    return {"items": [item_dict(s) for s in clean_statements(statements)]}


def plan_items(plan) -> dict[str, Any]:
    """For a plan file: every field scored by what it needs, plus each field's statement score."""
    from planner.checks.fields import plan_report
    from planner.render.view import plan_view

    report = plan_report(plan)
    items = []
    for f in plan_view(plan).fields:
        text = f.text or "; ".join(f.lines)
        d = item_dict(text)
        fs = report.fields[f.key]
        d.update({"field": f.key, "score": fs.score, "verdict": fs.verdict, "statement_score": d["score"],
                  "fixes": fs.fixes or d["fixes"], "reasons": fs.reasons})
        items.append(d)
    return {"items": items, "plan": {"overall": report.overall, "weak_fields": report.weak_fields}}
