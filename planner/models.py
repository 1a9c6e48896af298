"""The plan contract: pydantic models whose validators carry the domain rules.

Every validator message is written for a language model to fix its answer:
instructor sends the message back to the model on a re-ask, so it says what is
wrong *and* what a good value looks like (see ../shared/DOMAIN.md).

Strings are bounded (``max_length``) so that grammar-constrained local models
(llama.cpp honours maxLength) cannot ramble to ``max_tokens``.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated, Any, Callable, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator
from pydantic.json_schema import SkipJsonSchema

from planner import rules

SHORT = 200
MEDIUM = 400
LONG = 800

Short = Annotated[str, Field(min_length=1, max_length=SHORT)]
Medium = Annotated[str, Field(min_length=1, max_length=MEDIUM)]


class InterventionType(str, Enum):
    """DOMAIN.md: three kinds of skill change, each needing a different plan."""

    upskilling = "upskilling"
    reskilling = "reskilling"
    onboarding = "onboarding"


ImpactCategory = Literal["customer", "quality", "speed", "compliance", "cost"]
AssetKind = Literal["sop", "guide", "video", "checklist", "examples", "practice_cases", "job_aid"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


def _rule(field: str, problem_of: Callable[[str], Optional[str]], message: str) -> Any:
    """A field validator from a rule in ``planner.rules``: ``problem_of(value)`` says why the value is surely wrong
    (or None); ``message`` (with ``{v}`` and ``{problem}``) is what a model is told on a re-ask."""

    def check(cls: type, v: str) -> str:
        problem = problem_of(v)
        if problem:
            raise ValueError(message.format(v=v, problem=problem))
        return v

    return field_validator(field)(classmethod(check))


class Audience(_Model):
    role: Short = Field(description="The job role of the learners, e.g. 'tier-1 support agent'.")
    team: Optional[Annotated[str, Field(max_length=SHORT)]] = Field(
        default=None, description="The team or queue, e.g. 'billing queue'; null when unknown."
    )
    headcount: Optional[int] = Field(
        default=None, ge=1, le=100000, description="How many people; null when the problem does not say."
    )
    description: Medium = Field(description="One phrase naming them, e.g. 'the 12 tier-1 support agents on the billing queue'.")

    _role_is_specific = _rule(
        "role", lambda v: "is too generic" if rules.is_generic_audience(v) else None,
        "audience.role '{v}' {problem}. Name the job role the learners hold "
        "(e.g. 'tier-1 support agent', 'warehouse picker'), taken from the problem text.",
    )


class WorkImpact(_Model):
    category: ImpactCategory = Field(description="customer | quality | speed | compliance | cost")
    description: Medium = Field(description="The effect on the work today, with the number from the problem when there is one.")


class TrainingAsset(_Model):
    kind: AssetKind
    title: Short
    contains: Medium = Field(description="What the asset holds, concretely (sections, number of examples, the cases).")


class PracticeActivity(_Model):
    task: Medium = Field(description="Realistic work the learners do, e.g. 'rewrite five past escalation notes'.")
    materials: list[Short] = Field(min_length=1, max_length=6, description="Real materials used: tickets, forms, the system.")
    setting: Short = Field(description="Where it happens: in which system, queue or shift.")


class FeedbackOwner(_Model):
    role: Short = Field(
        description="The role that reviews the practice, e.g. 'billing team lead', in the problem's language. "
        "A role, not a person's name or a group such as 'management'."
    )
    cadence: Short = Field(description="How often and how much, e.g. 'ten notes per agent each week'.")

    _is_a_role = _rule(
        "role", rules.feedback_role_problem,
        "feedback_owner.role '{v}' {problem}. Give one accountable role that reviews the practice, "
        "in the problem's language (e.g. 'billing team lead', 'shift supervisor', 'Schichtleiter').",
    )


class SuccessSignal(_Model):
    behaviour: Medium = Field(description="The observable behaviour or work output that shows the skill improved.")
    metric: Short = Field(description="What is counted or measured, e.g. 'share of escalations with a finance follow-up question'.")
    baseline: Optional[Annotated[str, Field(max_length=SHORT)]] = Field(
        default=None, description="Today's value, only if the problem states it (e.g. 'about 40%'); otherwise null."
    )
    baseline_method: Optional[Annotated[str, Field(max_length=MEDIUM)]] = Field(
        default=None, description="When the baseline is unknown: how to measure it before training starts."
    )
    target: Short = Field(description="The value to reach, e.g. 'under 10%'; relative to the baseline when none is known.")
    target_is_proposal: Optional[bool] = Field(
        default=None,
        description="true when the problem text gives no target and this one is your proposal for the manager to confirm; "
        "false when the target is taken from the text.",
    )
    data_source: Short = Field(description="Where the number is read from: ticket tags, QA sampling, the LMS, the WMS report...")

    @model_validator(mode="after")
    def _measurable(self) -> "SuccessSignal":
        has_number = rules.has_number(self.baseline or "") or rules.has_number(self.target)
        if not has_number and not (self.baseline_method and self.baseline_method.strip()):
            raise ValueError(
                "success_signal is not measurable: give a baseline and target with numbers taken from the problem "
                "(e.g. baseline 'about 40%', target 'under 10%'), or, when the problem states no number, set baseline "
                "to null and say in baseline_method how to measure it first (e.g. 'sample 30 notes from last month')."
            )
        if self.baseline and not rules.has_number(self.baseline) and not self.baseline_method:
            raise ValueError(
                f"success_signal.baseline '{self.baseline}' has no number. Use the number from the problem, or set it "
                "to null and describe in baseline_method how to measure it."
            )
        return self


class GroundingCheck(_Model):
    name: str
    passed: bool
    reason: str = ""
    warning: bool = False  # passed, but worth a look (e.g. a long sentence): shown only in review notes


class GroundedTask(_Model):
    """A skill rewritten with its line of sight to the outcome (DOMAIN.md: grounded in the workflow)."""

    original: Medium = Field(description="The skill or task as first stated.")
    rewritten: Annotated[str, Field(min_length=1, max_length=LONG)] = Field(
        description="One sentence: the action and object kept, the workflow, who uses the output and for what outcome."
    )
    action: Short = Field(description="The action verb kept from the original, e.g. 'complete and submit'.")
    object: Short = Field(description="The object kept from the original, e.g. 'the customer information'.")
    workflow: Short = Field(description="The workflow or process the task belongs to.")
    trigger: Optional[Annotated[str, Field(max_length=SHORT)]] = Field(default=None, description="What starts the task upstream.")
    consumer: Optional[Annotated[str, Field(max_length=SHORT)]] = Field(
        default=None, description="The person, role or next step that uses the output (not the performer); null when unknown."
    )
    outcome: Optional[Annotated[str, Field(max_length=MEDIUM)]] = Field(
        default=None, description="What the consumer needs the output for."
    )
    checks: SkipJsonSchema[list[GroundingCheck]] = Field(default_factory=list)
    open_questions: SkipJsonSchema[list[str]] = Field(default_factory=list)


class Usage(_Model):
    input_tokens: int = 0
    output_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens

    def add(self, other: "Usage") -> "Usage":
        return Usage(input_tokens=self.input_tokens + other.input_tokens, output_tokens=self.output_tokens + other.output_tokens)

    def model_dump(self, **kw: Any) -> dict[str, Any]:  # total in every output
        d = super().model_dump(**kw)
        d["total_tokens"] = self.total_tokens
        return d


class PlanMeta(_Model):
    provider: str
    model: str
    prompt_version: str
    usage: Usage = Field(default_factory=Usage)
    estimated_cost_usd: float = 0.0
    attempts: int = 1
    latency_s: float = 0.0
    created_at: str = Field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
    today: Optional[str] = None


def _today(info: ValidationInfo) -> dt.date | None:
    ctx = info.context or {}
    t = ctx.get("today")
    if isinstance(t, str):
        return dt.date.fromisoformat(t)
    return t


class PlanContent(_Model):
    """What a generator (a model or the offline rules) must produce. ``Plan`` adds the run metadata."""

    intervention_type: InterventionType = Field(
        description="upskilling (same job, stronger), reskilling (a substantially different role) or onboarding (new to the company, team or position)."
    )
    intervention_rationale: Medium = Field(description="Why this kind, citing the problem text.")
    intervention_would_change_if: Medium = Field(description="What fact would make it another kind.")
    skill_goal: Medium = Field(
        description="The capability as something a person does: observable verb + object + context, e.g. "
        "'Write escalation notes for billing disputes that finance can act on without follow-up questions'."
    )
    audience: Audience
    current_gap: Medium = Field(description="What people struggle with today, as observed, with the numbers the problem gives.")
    work_impact: WorkImpact
    performance_standard: Medium = Field(description="What good looks like in practice, checkable item by item.")
    training_assets: list[TrainingAsset] = Field(min_length=1, max_length=6)
    practice_activity: PracticeActivity
    feedback_owner: FeedbackOwner
    success_signal: SuccessSignal
    review_date: dt.date = Field(description="A calendar date 6 to 12 weeks after today, YYYY-MM-DD.")
    tasks: list[GroundedTask] = Field(default_factory=list, max_length=6)
    decision_rules: list[Medium] = Field(default_factory=list, max_length=8)
    common_mistakes: list[Medium] = Field(default_factory=list, max_length=8)
    practice_cases: list[Medium] = Field(default_factory=list, max_length=8)
    delivery_methods: list[Short] = Field(default_factory=list, max_length=6)
    open_questions: list[Medium] = Field(default_factory=list, max_length=10)
    assumptions: list[Medium] = Field(
        default_factory=list, max_length=8,
        description="Everything the plan adds that the problem text does not state (a system, a rule, a role, a cadence, "
        "a number), one item each, so the manager can confirm or correct it.",
    )
    language: Annotated[str, Field(max_length=16)] = Field(default="en", description="Language of the problem text (ISO 639-1).")

    _goal_not_vague = _rule(
        "skill_goal", rules.vague_goal_problem,
        "skill_goal '{v}' is too vague: {problem}. State what a person does, with an observable verb, "
        "the specific object and the work context, e.g. 'Write escalation notes for billing disputes "
        "that finance can act on without follow-up questions'.",
    )

    review_notes: SkipJsonSchema[list[str]] = Field(
        default_factory=list,
        description="Points a rule could not decide (for the plan's author, shown only on request); not asked of the model.",
    )

    @model_validator(mode="after")
    def _notes_where_unsure(self) -> "PlanContent":
        """Rules that cannot be sure add a review note instead of a re-ask (issue 15: each re-ask is paid)."""
        notes = [rules.feedback_role_note(self.feedback_owner.role)]
        s = self.success_signal
        if s.baseline and not rules.has_number(s.baseline):
            notes.append(f"Success signal: the baseline '{s.baseline}' has no number the rules can read; check it against the problem text.")
        for n in notes:
            if n and n not in self.review_notes:
                self.review_notes.append(n)
        return self

    @field_validator("review_date")
    @classmethod
    def _review_in_future(cls, v: dt.date, info: ValidationInfo) -> dt.date:
        today = _today(info) or dt.date.today()
        if v <= today:
            raise ValueError(
                f"review_date {v.isoformat()} is not after today ({today.isoformat()}). Give a calendar date "
                f"6 to 12 weeks from today, e.g. {(today + dt.timedelta(weeks=8)).isoformat()}."
            )
        return v


class Plan(PlanContent):
    meta: PlanMeta
    review_date_from_text: Optional[str] = Field(
        default=None,
        description="The text's own deadline, as written, when it sets the review date (e.g. 'by the end of March'); "
        "null when the review date is a proposal.",
    )
