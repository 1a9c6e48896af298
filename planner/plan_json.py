"""JSON output: the Plan contract (keys are stable; add, never rename)."""

from __future__ import annotations

import json

from planner.models import Plan


def plan_dict(plan: Plan) -> dict:
    d = plan.model_dump(mode="json")
    d["meta"]["usage"] = plan.meta.usage.model_dump()
    return d


def plan_json(plan: Plan) -> str:
    return json.dumps(plan_dict(plan), indent=2, ensure_ascii=False)
