"""The LLM grounding evaluator: ``prompts/ground.yaml`` + any provider -> a checked GroundedTask.

The model fills ``GroundingDraft`` (the content fields of ``planner.models.GroundedTask``).
Its validator runs the same deterministic checks as the offline evaluator
(``planner.grounding.checks.run_checks``) against the original skill and the performer
carried in the validation context; when a check fails it raises with the failed checks'
reasons, so instructor sends those reasons back to the model in one follow-up (a re-ask).
A null consumer is not re-asked when the context names none either: the task then carries
the failed check and an open question instead of a consumer the model was pushed to invent.
After the allowed re-asks the last answer is kept, with its failed checks recorded on the
task, rather than thrown away: the user sees what the model wrote and why it fails.
"""

from __future__ import annotations

from typing import Annotated, Any, Iterator, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

from planner.frame import ProblemFrame
from planner.models import LONG, MEDIUM, SHORT, GroundedTask

PROMPT_NAME = "ground"
CHECK_REASKS = 1  # one follow-up carrying the failed checks' reasons (issue 4)


class GroundingDraft(BaseModel):
    """What the model writes for one skill (GroundedTask without the checks)."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    rewritten: Annotated[str, Field(min_length=1, max_length=LONG)] = Field(
        description="One sentence: 'Support <consumer> by <action>ing <object>, so <outcome>.' Keeps the original action and object."
    )
    action: Annotated[str, Field(min_length=1, max_length=SHORT)] = Field(description="The action verb(s) of the original, e.g. 'complete and submit'.")
    object: Annotated[str, Field(min_length=1, max_length=SHORT)] = Field(description="The object of the original, word for word, e.g. 'the customer information'.")
    workflow: Annotated[str, Field(min_length=1, max_length=SHORT)] = Field(description="The workflow or process the task belongs to.")
    trigger: Optional[Annotated[str, Field(max_length=SHORT)]] = Field(default=None, description="What starts the task upstream; null if unknown.")
    consumer: Optional[Annotated[str, Field(max_length=SHORT)]] = Field(
        default=None, description="The role or next step that uses the output, not the performer; null when the context does not say."
    )
    outcome: Optional[Annotated[str, Field(max_length=MEDIUM)]] = Field(default=None, description="What the consumer needs the output for.")

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> "GroundingDraft":
        ctx = info.context if isinstance(info.context, dict) else None
        if not ctx or "original" not in ctx:
            return self
        from planner.grounding.checks import failed, run_checks

        task = to_task(self, ctx["original"])
        problems = failed(run_checks(task, performer=ctx.get("performer")))
        if task.consumer is None and not ctx.get("context_consumer"):
            # the context names no consumer: null is the honest answer, not one to re-ask (no invented consumer)
            problems = [c for c in problems if c.name not in ("names_consumer", "names_outcome")]
        ctx["answers"] = ctx.get("answers", 0) + 1
        if problems and ctx["answers"] <= ctx.get("check_reasks", CHECK_REASKS):
            lines = "; ".join(f"{c.name}: {c.reason}" for c in problems)
            raise ValueError(
                f"the grounded task fails {len(problems)} check(s): {lines}. Rewrite it as one sentence of the form "
                f"'Support <consumer> by <action>ing {task.object}, so <outcome>', keeping the action '{task.action}' "
                f"and the object '{task.object}' of the original '{ctx['original']}'."
            )
        return self


def to_task(draft: GroundingDraft, original: str) -> GroundedTask:
    data = draft.model_dump()
    if data.get("consumer") is not None and not str(data["consumer"]).strip():
        data["consumer"] = None
    return GroundedTask(original=" ".join(original.split()), **data)


def grounding_messages(skill: str, frame: ProblemFrame, performer: Optional[str]) -> tuple[Any, list[dict[str, str]]]:
    from planner import prompts
    from planner.extract.context import place

    placement = place(frame)
    hints = {
        k: v
        for k, v in {
            "performer": performer,
            "workflow": placement.workflow,
            "consumer": placement.consumer,
            "consumer_next_step": placement.consumer_step,
            "consumer_need": placement.consumer_need,
            "trigger": placement.trigger,
        }.items()
        if v
    }
    prompt = prompts.load(PROMPT_NAME)
    msgs = prompt.messages(
        skill=prompts.as_data(skill, "skill"),
        performer=performer or "not stated",
        hints=", ".join(f"{k}: {v}" for k, v in hints.items()) or "none",
        context=prompts.as_data(frame.text or "(no context given)", "context"),
    )
    return prompt, msgs


def ground_llm(
    skill: str,
    frame: ProblemFrame,
    provider: Any,
    *,
    max_reasks: int = CHECK_REASKS,
    policy: Optional[Any] = None,
) -> GroundedTask:
    """Ground one skill with a language model; the checks run on its answer and drive one re-ask."""
    from planner.grounding.checks import run_checks
    from planner.extract.context import place
    from planner.grounding.parse import clean_skill
    from planner.llm import structured

    original = clean_skill(skill)
    placement = place(frame)
    performer = placement.performer
    _, messages = grounding_messages(original, frame, performer)
    ctx = {"original": original, "performer": performer, "check_reasks": max_reasks, "context_consumer": placement.consumer}
    result = structured(provider, messages, GroundingDraft, context=ctx, max_reasks=max_reasks, policy=policy)
    task = to_task(result.value, original)
    task.checks = run_checks(task, performer=performer)
    if not task.consumer:
        task.open_questions.append(
            f"Who uses the output of '{original}' downstream, and what do they need it for? The model named no consumer."
        )
    return task


def frame_of(context: Optional[str]) -> ProblemFrame:
    """The problem context through the offline plan provider's extraction (``planner.extract``)."""
    text = (context or "").strip()
    if not text:
        return ProblemFrame(text="")
    from planner.extract import extract

    return extract(text)
