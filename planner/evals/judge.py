"""Optional LLM judge of overall usefulness, reported beside the deterministic scores (never replacing them)."""

from __future__ import annotations

from typing import Any

from planner.backends.judge import JudgeVerdict
from planner.errors import PlannerError


def judge_plan(problem: str, plan_json: str, provider: Any, *, policy: Any = None) -> dict[str, Any]:
    from planner.llm import structured
    from planner.prompts import as_data, load

    prompt = load("judge_plan")
    msgs = prompt.messages(problem=as_data(problem, "problem"), plan=as_data(plan_json, "plan"))
    r = structured(provider, msgs, JudgeVerdict, max_reasks=1, policy=policy)
    return {"score": round(r.value.score, 3), "reason": r.value.reason, "prompt_version": prompt.version,
            "tokens": r.usage.total_tokens}


def judge_records(results: dict[str, Any], plans: dict[tuple[str, str, int], str], texts: dict[str, str], provider: Any,
                  *, policy: Any = None) -> None:
    """Add ``judge_usefulness`` to each record's scores and a ``judge`` entry with the reason."""
    for r in results["records"]:
        pj = plans.get((r["target"], r["case"], r["repeat"]))
        if pj is None:
            continue
        try:
            v = judge_plan(texts[r["case"]], pj, provider, policy=policy)
            r["scores"]["judge_usefulness"] = v["score"]
            r["judge"] = v
        except PlannerError as e:
            r["judge"] = {"error": str(e)}
