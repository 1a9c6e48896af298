"""Workflow grounding: rewrite generic skills into tasks with a line of sight to the outcome.

- ``ground_offline(skill, frame)``: deterministic, from the problem context (offline.py);
- ``ground_llm(skill, frame, provider)``: any LLM provider, re-asked when checks fail (a backend:
  ``planner.backends.llm_grounding``, since it calls a model);
- (choosing between them by the provider config is the pipeline's: ``planner.pipeline.ground_skills``);
- ``run_checks(task, performer)``: the deterministic checks both evaluators pass (checks.py);
- ``ground_plan_tasks(plan, frame)``: checks on every task of a generated plan (plan.py).
"""

from __future__ import annotations

from typing import Any

from planner.grounding.checks import CHECK_NAMES, MAX_WORDS, run_checks
from planner.grounding.offline import ground_offline

__all__ = ["CHECK_NAMES", "MAX_WORDS", "ground_offline", "ground_plan_tasks", "run_checks"]


def __getattr__(name: str) -> Any:  # the plan part loads its dependencies only when used
    if name == "ground_plan_tasks":
        from planner.grounding.plan import ground_plan_tasks

        return ground_plan_tasks
    raise AttributeError(name)
