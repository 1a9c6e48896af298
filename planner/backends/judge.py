"""The optional LLM judge: a rubric prompt, a structured ``{score, reason}`` verdict, any provider.

It is shown beside the rule scores (key ``judge`` on each item), never in their place:
the deterministic suite is the contract; the judge is a second opinion.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from planner.errors import PlannerError


class JudgeVerdict(BaseModel):
    score: float = Field(ge=0.0, le=1.0, description="0 = vague, 1 = fully concrete, per the rubric")
    reason: str = Field(min_length=1, max_length=300, description="One sentence: what makes it concrete or vague")


def judge_statement(text: str, provider: Any, *, policy: Any = None) -> dict[str, Any]:
    from planner.llm import structured
    from planner.prompts import as_data, load

    prompt = load("judge_statement")
    result = structured(provider, prompt.messages(statement=as_data(text, "statement")), JudgeVerdict, max_reasks=1, policy=policy)
    v: JudgeVerdict = result.value
    return {"score": round(v.score, 3), "reason": v.reason, "provider": provider.name, "model": provider.model,
            "prompt_version": prompt.version, "usage": result.usage.model_dump()}


def judge_items(items: list[dict[str, Any]], config: Any, *, policy: Any = None) -> None:
    """Add a ``judge`` key to each item; a failed call is recorded on the item, not raised."""
    from planner.backends import get_backend
    from planner.errors import ConfigError

    backend = get_backend(config)
    if not backend.has_model:
        raise ConfigError("--judge needs an LLM provider (--provider openai|anthropic|local); the offline provider has no model")
    provider = backend.provider
    for item in items:
        try:
            item["judge"] = judge_statement(item["text"], provider, policy=policy)
        except PlannerError as e:
            item["judge"] = {"score": None, "reason": None, "error": str(e)}
