"""The backend protocol: what the pipeline, batches, evals, the CLI and the web app may ask of a backend."""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional, Protocol, runtime_checkable

from planner.frame import ProblemFrame
from planner.models import GroundedTask, Plan


@runtime_checkable
class Backend(Protocol):
    name: str  # the registry name: offline | openai | anthropic | local
    model: str
    has_model: bool  # False for the rules: no LLM judge, nothing is paid, nothing leaves the machine

    @property
    def prompt_version(self) -> str:
        """The version recorded in every plan (a prompt file's version, or the rules' version)."""
        ...

    @property
    def grounding_prompt_version(self) -> Optional[str]:
        """The version of the grounding prompt, or None when no prompt is used."""
        ...

    def generate(self, frame: ProblemFrame, today: dt.date) -> Plan:
        """A validated plan; ``meta`` carries provider, model, prompt version, usage and cost."""
        ...

    def ground(self, skill: str, frame: ProblemFrame) -> GroundedTask:
        """One skill rewritten as a workflow-grounded task (checks are run by the caller's layer)."""
        ...

    def judge(self, text: str) -> dict[str, Any]:
        """A rubric verdict ``{score, reason, ...}`` on one statement; ConfigError when the backend has no model."""
        ...
