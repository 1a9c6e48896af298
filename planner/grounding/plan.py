"""Grounding the tasks of a generated plan: every task carries its checks and open questions.

Called by ``planner.pipeline.make_plan`` after generation, for every provider:
- tasks already grounded (offline plans build them with ``ground_offline``) keep their
  fields; their checks are recomputed so a plan never carries stale or missing results;
- tasks written by a model are checked the same way (``run_checks``), and a task with no
  consumer gets an open question instead of an invented one;
- a plan with no tasks gets one grounded task from the frame's task when the frame has one;
- the tasks' open questions are added to the plan's open questions (up to its limit of 10),
  so the markdown, HTML and JSON plan outputs show them.
"""

from __future__ import annotations

import re

from planner.frame import ProblemFrame
from planner.grounding.checks import run_checks
from planner.extract.context import place
from planner.models import GroundedTask, Plan

MAX_TASKS = 6  # PlanContent.tasks max_length
MAX_QUESTIONS = 10  # PlanContent.open_questions max_length


# a question the generator already asks about the reader or the next step, in the text's terms (h18tasks: "who is
# next in line after checking customer ID"): the generic "who uses the output" is then not asked again
_ASKS_CONSUMER = re.compile(r"\bdownstream\b|\bwho (?:receives|uses|reads|relies on)\b|\bwhat do .+ do with\b|\bwho is next in line\b", re.I)


def _no_consumer_question(task: GroundedTask) -> str:
    return (
        f"Who uses the output of '{task.original}' downstream, and what do they need it for? "
        "The context does not say, so no consumer or outcome was assumed."
    )


def _plan_level(tasks: list[GroundedTask], existing: list[str]) -> list[str]:
    """The tasks' questions for the plan: one per kind, naming every task it concerns; none the plan already asks."""
    asked = " ".join(existing).lower()
    kinds: dict[str, list[str]] = {}
    other: list[str] = []
    for t in tasks:
        for q in t.open_questions:
            if q.startswith("Who uses the output of"):
                kinds.setdefault("consumer", []).append(t.original)
            elif q.startswith("Which workflow or process"):
                kinds.setdefault("workflow", []).append(t.original)
            elif q not in other:
                other.append(q)
    out: list[str] = []
    names = lambda originals: "; ".join(f"'{o}'" for o in originals)  # noqa: E731
    if "consumer" in kinds and not _ASKS_CONSUMER.search(asked):
        out.append(f"Who uses the output of {names(kinds['consumer'])} downstream, and what do they need it for? "
                   "The problem does not say, so no consumer or outcome was assumed.")
    if "workflow" in kinds and "which workflow" not in asked:
        out.append(f"Which workflow or process do {names(kinds['workflow'])} belong to, and what starts it?")
    return out + [q for q in other if q not in existing]


def ground_task(task: GroundedTask, performer: str | None, asked: str = "", reader_named: bool = False) -> GroundedTask:
    checked = task.model_copy(deep=True)
    checked.checks = run_checks(checked, performer=performer)
    # one question about who receives the output: the generator's own (in the text's terms) when it asked one, in the
    # task or in the plan (``asked``: the plan's questions); none when another task of the plan names its reader
    # (``reader_named``: asking "who uses the output" beside the reader the text names is answered by the text, r11tasks)
    if not checked.consumer and not reader_named and not _ASKS_CONSUMER.search(asked) and not any(_ASKS_CONSUMER.search(q) for q in checked.open_questions):
        checked.open_questions.append(_no_consumer_question(checked))
    return checked


def ground_plan_tasks(plan: Plan, frame: ProblemFrame) -> Plan:
    """Return ``plan`` with every task checked (and one grounded task added when it had none)."""
    performer = plan.audience.role or place(frame).performer
    named = any(t.consumer for t in plan.tasks[:MAX_TASKS])
    tasks = [ground_task(t, performer, " ".join(plan.open_questions), reader_named=named) for t in plan.tasks[:MAX_TASKS]]
    # a model's plan with no tasks gets one from the frame; the offline generator chose its tasks (none: nothing to ground)
    if not tasks and frame.task and plan.meta.provider != "offline" and not re.search(r"\d", frame.task):
        from planner.grounding.offline import ground_offline

        tasks = [ground_offline(frame.task, frame)]
    # the tasks' open questions reach the manager with the plan's own (PlanContent allows 10)
    questions = list(plan.open_questions)
    for q in _plan_level(tasks, questions):
        if len(questions) < MAX_QUESTIONS:
            questions.append(q)
    return plan.model_copy(update={"tasks": tasks, "open_questions": questions})
