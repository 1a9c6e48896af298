"""The problem, date and plan bodies shared by the LLM cassette tests and scripts/record_cassettes.py."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from planner.frame import ProblemFrame

TODAY = dt.date(2026, 11, 22)
PROBLEM = (
    "Our 12 tier-1 support agents on the billing queue write escalation notes for billing disputes that "
    "miss the invoice number or the disputed amount in about 40% of cases. Finance then has to ask "
    "follow-up questions, and each incomplete note adds about two days to a refund."
)
FIXTURES = Path(__file__).parent / "fixtures" / "llm"
CASSETTES = Path(__file__).parent / "cassettes"


def frame() -> ProblemFrame:
    """A fixed frame (not the extractor's output), so the prompt sent is stable across extractor changes."""
    return ProblemFrame(
        text=PROBLEM, audience_role="tier-1 support agent", audience_team="billing queue", headcount=12,
        task="write escalation notes", consumer="finance", impact_category="speed",
    )


def valid_plan() -> dict[str, Any]:
    return json.loads((FIXTURES / "valid_plan.json").read_text(encoding="utf-8"))


def invalid_plan() -> dict[str, Any]:
    """The valid plan with a vague skill goal: fails PlanContent's skill_goal validator."""
    plan = valid_plan()
    plan["skill_goal"] = "Improve communication"
    return plan


def cassette(provider: str, name: str) -> dict[str, Any]:
    import yaml

    return yaml.safe_load((CASSETTES / provider / f"{name}.yaml").read_text(encoding="utf-8"))


def recorded_usage(provider: str, name: str) -> tuple[int, int]:
    """Input and output tokens summed over the successful responses recorded in a cassette."""
    tin = tout = 0
    for inter in cassette(provider, name)["interactions"]:
        if inter["response"]["status"]["code"] != 200:
            continue
        u = json.loads(inter["response"]["body"]["string"]).get("usage") or {}
        tin += int(u.get("prompt_tokens", u.get("input_tokens", 0)))
        tout += int(u.get("completion_tokens", u.get("output_tokens", 0)))
    return tin, tout


def recorded_answer(provider: str, name: str, index: int) -> dict[str, Any]:
    """The plan object carried by the index-th recorded response (tool call or tool_use block)."""
    body = json.loads(cassette(provider, name)["interactions"][index]["response"]["body"]["string"])
    if provider == "openai":
        return json.loads(body["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"])
    return next(b["input"] for b in body["content"] if b["type"] == "tool_use")
