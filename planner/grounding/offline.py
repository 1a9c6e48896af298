"""The offline grounding evaluator: a deterministic rewrite from the skill and the problem context.

The rewrite follows the form in ../shared/DOMAIN.md:

    "Support the sales rep by completing and submitting the customer information,
     so the rep has what the next call needs"

i.e. ``Support <consumer> by <action as gerund> <object> [<qualifier>], so <outcome>.``
The action and object are the skill's own (``planner.grounding.parse``); the consumer,
the consumer's next step and the workflow come from the problem context
(``planner.extract.context.place``, which reads the ProblemFrame from ``planner.extract``).

Nothing is invented: with no consumer in the context, the rewrite keeps the task and its
workflow, ``consumer`` stays None, the ``names_consumer`` check fails with its reason,
and an open question asks who uses the output.
"""

from __future__ import annotations

from typing import Optional

from planner.frame import ProblemFrame
from planner.grounding.checks import run_checks
from planner.extract.context import Placement, place, pronoun, short_name, with_article
from planner.grounding.parse import clean_skill, content_words, gerund_action, parse_task, strip_lead_in
from planner.text.inflect import gerund, is_verb, singular
from planner.models import GroundedTask, SHORT
from planner.text.case import cap as _cap, clip_words


def _clip(text: Optional[str], limit: int = SHORT) -> Optional[str]:
    return clip_words(text, limit)


def outcome_for(consumer: str, step: Optional[str], need: Optional[str], obj: str, friction: Optional[str] = None) -> tuple[str, bool]:
    """The outcome clause (without 'so') and whether it came from the context (False: generic)."""
    who = short_name(consumer)
    it = pronoun(consumer)
    if friction and not (need or step):  # "finance comes back with follow-up questions" -> act on it without them
        return f"{who} can act on {obj} without {friction}", True
    if need:
        n = need.strip().rstrip(".")
        low = n.lower()
        if low.startswith(("to ", "for ")):
            return f"{who} has what {it} need{'s' if it == 'it' else ''} {n}", True
        if low.startswith(("can ", "has ", "have ", "gets ", "is ", "knows ")):
            return f"{who} {n}", True
        if is_verb(low.split(" ", 1)[0]):  # the extractor's need as a verb phrase: "call prospects"
            return f"{who} has what {it} need{'s' if it == 'it' else ''} to {n}", True
        return f"{who} can {n}", True
    if step:
        return f"{who} has what {it} need{'s' if it == 'it' else ''} to {step}", True
    return f"{who} can act on {obj} without chasing missing details", False


def _mentioned(obj: str, text: str) -> bool:
    """Whether any content word of the object appears in the context (singular or plural)."""
    ctx = {singular(w) for w in content_words(text)}
    return any(singular(w) in ctx for w in content_words(obj))


def ground_offline(skill: str, frame: ProblemFrame) -> GroundedTask:
    """Rewrite one skill into a grounded task using the problem context in ``frame``."""
    original = clean_skill(skill)
    parts = parse_task(original)
    placement: Placement = place(frame)
    open_questions: list[str] = []
    action = parts.action or strip_lead_in(original).split(" ")[0].lower()
    obj = parts.object or "the work"
    doing = gerund_action(parts) or action
    qualifier = f" {parts.qualifier}" if parts.qualifier else ""
    core = f"{action} {obj}{qualifier}"

    workflow = placement.workflow
    if not workflow:
        workflow = f"the {placement.performer}'s work" if placement.performer else "not stated in the context"
        open_questions.append(f"Which workflow or process does '{original}' belong to, and what starts it?")

    consumer = placement.consumer
    outcome: Optional[str] = None
    if consumer:
        outcome, from_context = outcome_for(consumer, placement.consumer_step, placement.consumer_need, obj, placement.consumer_friction)
        if not from_context:
            open_questions.append(
                f"What does {with_article(consumer)} need {obj} for? The outcome is written generically; "
                "replace it with the step it enables."
            )
        rewritten = f"Support {with_article(consumer)} by {doing} {obj}{qualifier}, so {outcome}."
        if not _mentioned(f"{obj} {parts.qualifier}", getattr(frame, "text", "") or ""):
            # one context, one workflow: a skill the context never mentions may serve someone else
            open_questions.append(
                f"The context does not mention {obj}; check that {with_article(consumer)} is who uses it."
            )
    else:
        open_questions.append(
            f"Who uses the output of '{original}' downstream, and what do they need it for? "
            "The context does not say, so no consumer or outcome was assumed."
        )
        repeats = workflow.split(" ", 1)[0].lower() in {gerund(v) for v in parts.verbs}
        where = f" in {workflow}" if placement.workflow and not repeats and len(workflow.split()) <= 12 else ""
        rewritten = f"{_cap(core)}{where}."

    task = GroundedTask(
        original=original,
        rewritten=_clip(_cap(rewritten), 800) or original,
        action=_clip(action) or action[:SHORT],
        object=_clip(obj) or obj[:SHORT],
        workflow=_clip(workflow) or "not stated in the context",
        trigger=_clip(placement.trigger),
        consumer=_clip(consumer),
        outcome=_clip(outcome, 400),
        open_questions=open_questions,
    )
    task.checks = run_checks(task, performer=placement.performer)
    for c in task.checks:
        if c.name == "one_behaviour" and not c.passed and "original itself" in c.reason:
            task.open_questions.append(f"'{original}' holds more than one task: give each as its own skill so each can be grounded.")
    return task
