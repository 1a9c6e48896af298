"""The LLM backend: any provider of planner.providers behind the same interface (prompts + instructor)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from planner.frame import ProblemFrame
from planner.models import GroundedTask, Plan


class LLMBackend:
    has_model = True

    def __init__(self, provider: Any):
        self.provider = provider
        self.name = provider.name
        self.model = provider.model
        self._generator: Any = None

    @property
    def prompt_version(self) -> str:
        from planner import prompts

        return prompts.load("plan").version

    @property
    def grounding_prompt_version(self) -> Optional[str]:
        from planner import prompts
        from planner.backends.llm_grounding import PROMPT_NAME

        return prompts.load(PROMPT_NAME).version

    def generate(self, frame: ProblemFrame, today: dt.date) -> Plan:
        if self._generator is None:  # one generator (one SDK client and connection pool) per backend
            from planner.generators.llm import LLMGenerator

            self._generator = LLMGenerator(self.provider)
        return self._generator.generate(frame, today)

    def ground(self, skill: str, frame: ProblemFrame) -> GroundedTask:
        from planner.backends.llm_grounding import ground_llm

        return ground_llm(skill, frame, self.provider)

    def judge(self, text: str) -> dict[str, Any]:
        from planner.backends.judge import judge_statement

        return judge_statement(text, self.provider)
