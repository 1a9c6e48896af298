"""The offline backend: the deterministic rules, no model, nothing sent anywhere (the default)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from planner.errors import ConfigError
from planner.frame import ProblemFrame
from planner.models import GroundedTask, Plan


class OfflineBackend:
    name = "offline"
    has_model = False

    def __init__(self, config: Any):
        self.config = config
        self.model = config.model
        from planner.generators.offline import OfflineGenerator

        self._generator = OfflineGenerator()

    @property
    def prompt_version(self) -> str:
        from planner.generators.offline import PROMPT_VERSION

        return PROMPT_VERSION

    @property
    def grounding_prompt_version(self) -> Optional[str]:
        return None

    def generate(self, frame: ProblemFrame, today: dt.date) -> Plan:
        return self._generator.generate(frame, today)

    def ground(self, skill: str, frame: ProblemFrame) -> GroundedTask:
        from planner.grounding.offline import ground_offline

        return ground_offline(skill, frame)

    def judge(self, text: str) -> dict[str, Any]:
        raise ConfigError("the LLM judge needs a provider with a model (--provider openai|anthropic|local); "
                          "the offline rules have none")
