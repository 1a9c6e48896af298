"""Deltas against a previous results.json: per metric and target, and per case."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from planner.errors import InputError


def load_results(path: str | Path) -> dict[str, Any]:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"baseline not found: {p}")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise InputError(f"baseline {p} is not valid JSON: {e.msg}")
    if not isinstance(data, dict) or "summary" not in data or "records" not in data:
        raise InputError(f"baseline {p} is not an upskill eval results.json")
    return data


def diff(current: dict[str, Any], baseline: dict[str, Any]) -> dict[str, Any]:
    metrics: dict[str, dict[str, Any]] = {}
    for target, m in current["summary"].items():
        b = baseline["summary"].get(target)
        if not b:
            continue
        metrics[target] = {k: {"baseline": b.get(k), "current": v, "delta": round(v - b[k], 4)}
                           for k, v in m.items() if isinstance(v, (int, float)) and isinstance(b.get(k), (int, float))}
    base_cases = {(r["target"], r["case"], r["repeat"]): r for r in baseline["records"]}
    cases = []
    for r in current["records"]:
        b = base_cases.get((r["target"], r["case"], r["repeat"]))
        if not b:
            continue
        changed = {k: round(v - b["scores"][k], 4) for k, v in r["scores"].items()
                   if isinstance(v, (int, float)) and isinstance(b["scores"].get(k), (int, float))
                   and k not in ("latency_s",) and abs(v - b["scores"][k]) > 1e-9}
        if changed:
            cases.append({"target": r["target"], "case": r["case"], "repeat": r["repeat"], "deltas": changed})
    return {"metrics": metrics, "cases": cases}
