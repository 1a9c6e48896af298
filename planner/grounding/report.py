"""What `upskill ground` prints: the grounded tasks as JSON (a public contract) or markdown.

JSON: ``{"items": [...], "meta": {...}}``; each item has ``original``, ``rewritten``, ``action``,
``object``, ``workflow``, ``trigger``, ``consumer``, ``outcome``, ``checks`` (``name``, ``passed``,
``reason``), ``open_questions`` and ``passed`` (all checks pass). When a provider fails part-way,
``failed`` holds the skill it failed on, the error and the skills not attempted; the tasks already
grounded are still in ``items``. Keys are stable.
"""

from __future__ import annotations

import json
from typing import Any, Optional

from planner.models import GroundedTask

ITEM_KEYS = ("original", "rewritten", "action", "object", "workflow", "trigger", "consumer", "outcome", "checks", "open_questions")


def item_dict(task: GroundedTask) -> dict[str, Any]:
    d = task.model_dump(mode="json")
    item = {k: d.get(k) for k in ITEM_KEYS}
    item["passed"] = bool(task.checks) and all(c.passed for c in task.checks)
    return item


def tasks_json(tasks: list[GroundedTask], meta: Optional[dict[str, Any]] = None, failure: Optional[dict[str, Any]] = None) -> str:
    """``failure`` (when a provider failed part-way): ``{"original", "error", "not_attempted"}``."""
    out: dict[str, Any] = {"items": [item_dict(t) for t in tasks]}
    if failure:
        out["failed"] = failure
    if meta:
        out["meta"] = meta
    return json.dumps(out, indent=2, ensure_ascii=False)


def _e(text: Any) -> str:
    # user or model text must not change the document's structure
    return str(text).replace("\r", "").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;")


def tasks_markdown(tasks: list[GroundedTask], meta: Optional[dict[str, Any]] = None, failure: Optional[dict[str, Any]] = None) -> str:
    out = ["# Workflow-grounded tasks"]
    for i, t in enumerate(tasks, 1):
        passed = sum(c.passed for c in t.checks)
        out += ["", f"## {i}. {_e(t.original)}", "", f"**{_e(t.rewritten)}**", ""]
        parts = [
            ("Action", t.action), ("Object", t.object), ("Workflow", t.workflow), ("Trigger", t.trigger),
            ("Consumer", t.consumer or "unknown: see the open questions"), ("Outcome", t.outcome or "unknown"),
        ]
        out += [f"- **{k}:** {_e(v)}" for k, v in parts if v]
        out += ["", f"Checks: {passed}/{len(t.checks)} pass", ""]
        out += [f"- {'✓' if c.passed else '✗'} {c.name}: {_e(c.reason)}" for c in t.checks]
        if t.open_questions:
            out += ["", "Open questions:", ""] + [f"- {_e(q)}" for q in t.open_questions]
    if failure:
        out += ["", f"**Not grounded: '{_e(failure['original'])}'**: {_e(failure['error'])}"]
        if failure.get("not_attempted"):
            out += ["", "Not attempted after that failure:", ""] + [f"- {_e(s)}" for s in failure["not_attempted"]]
    if meta:
        out += ["", "---", "_" + " · ".join(f"{k} {v}" for k, v in meta.items()) + "_"]
    return "\n".join(out) + "\n"
