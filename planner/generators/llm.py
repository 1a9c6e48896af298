"""LLMGenerator: the plan prompt + a provider -> a validated Plan. No provider branches here.

The model fills ``PlanContent`` (validated with ``context={"today": today}``, re-asked on
the validator messages of ``planner.models``); the run metadata (provider, model, prompt
version, usage, estimated cost, attempts, latency) goes into ``Plan.meta``. Grounding the
tasks is the pipeline's job (``planner.pipeline.make_plan``), not the generator's.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Optional

from planner.frame import ProblemFrame
from planner.models import Plan, PlanContent, PlanMeta

PROMPT_NAME = "plan"
REVIEW_WEEKS = (6, 12)  # DOMAIN.md: review date usually 6 to 12 weeks out


def frame_hints(frame: ProblemFrame) -> str:
    """The hints the prompt carries: only facts the rules are sure of, each with its sentence
    (``planner.generators.hints``); none with ``UPSKILL_HINTS=0``."""
    from planner.generators.hints import hints_text

    return hints_text(frame)


def mark_proposals(content: PlanContent, text: str) -> PlanContent:
    """A target with a figure the problem text does not hold is a proposal, whatever the model said
    (DOMAIN.md: a number the text does not give must be marked as a proposal). The rule is sure only
    of figures in digits; otherwise the model's own mark stands."""
    s = content.success_signal
    digits = re.findall(r"\d+(?:[.,]\d+)?", s.target or "")
    invented = [d for d in digits if d not in (text or "")]
    if invented and s.target_is_proposal is not True:
        return content.model_copy(update={"success_signal": s.model_copy(update={"target_is_proposal": True})})
    return content


def plan_messages(frame: ProblemFrame, today: dt.date, prompt_name: str = PROMPT_NAME) -> tuple[Any, list[dict[str, str]]]:
    from planner import prompts

    prompt = prompts.load(prompt_name)
    msgs = prompt.messages(
        today=today.isoformat(),
        review_from=(today + dt.timedelta(weeks=REVIEW_WEEKS[0])).isoformat(),
        review_to=(today + dt.timedelta(weeks=REVIEW_WEEKS[1])).isoformat(),
        hints=frame_hints(frame),
        problem=prompts.as_data(frame.text),
    )
    return prompt, msgs


class LLMGenerator:
    def __init__(self, provider: Any, *, max_reasks: int = 2, policy: Optional[Any] = None):
        self._provider = provider
        self.provider = provider.name
        self.model = provider.model
        self.max_reasks = max_reasks
        self.policy = policy

    def generate(self, frame: ProblemFrame, today: dt.date) -> Plan:
        from planner.llm import structured

        prompt, messages = plan_messages(frame, today)
        result = structured(
            self._provider, messages, PlanContent, context={"today": today}, max_reasks=self.max_reasks, policy=self.policy
        )
        content: PlanContent = mark_proposals(result.value, frame.text)
        meta = PlanMeta(
            provider=self.provider,
            model=self.model,
            prompt_version=prompt.version,
            usage=result.usage,
            estimated_cost_usd=self._provider.cost_usd(result.usage),
            attempts=result.attempts,
            latency_s=result.latency_s,
            today=today.isoformat(),
        )
        # validated once more with today's context: the Plan is the contract the renderers trust
        return Plan.model_validate({**content.model_dump(), "meta": meta.model_dump()}, context={"today": today})
