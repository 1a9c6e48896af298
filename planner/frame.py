"""ProblemFrame: the facts extracted once from a problem text and shared by every stage.

The offline generator composes a plan from it, the LLM prompt includes it as hints,
the grounding evaluator reads the workflow and consumer from it, and survey batches
build one per group from the group's facts (``GroupFacts``), handed over as data. Extraction itself lives in ``planner.extract``.
"""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field


class NumberFact(BaseModel):
    """A number found in the text, with the words around it (never invented)."""

    text: str  # as written: "about 40%", "two days", "12"
    value: Optional[float] = None
    unit: Optional[str] = None  # "%", "days", "people", "tickets", ...
    context: str = ""  # the clause it appeared in
    role: Optional[str] = None  # "headcount" | "baseline" | "target" | "duration" | "count" | None
    per: Optional[str] = None  # the period a count is given for: "about 3 a month" -> "month" (a frequency)


class Symptom(BaseModel):
    text: str  # the observed problem, as a clause from the input
    numbers: list[NumberFact] = Field(default_factory=list)


class SkillFact(BaseModel):
    """One rated skill of a survey group, as numbers: read from the ratings, never parsed back from prose."""

    skill: str
    mean: float
    scale_min: float = 1.0
    scale_max: float
    target: Optional[float] = None  # the mean of the survey's target column for this skill, when it has one
    below: int = 0  # respondents rating under the threshold
    answered: int = 0
    share_below: float = 0.0
    below_label: str = ""  # "at 2 or below" (whole-number ratings) or "below 3.5"
    gap: float = 0.0  # target - mean, or the distance to 80% of the scale without a target


class ThemeFact(BaseModel):
    """A recurring remark: the words many free-text answers share, and how many answers use them."""

    theme: str
    count: int


class GroupFacts(BaseModel):
    """A survey group's facts as data, handed from the survey reader to the plan.

    Who (role, team, headcount, other grouping columns), the rated skills (largest gap first) and the recurring
    remarks. The survey also writes a problem text from these facts, but only for an LLM prompt and for people:
    the offline rules read the facts from here, so a change in that text's wording never changes a plan's facts.
    """

    role: Optional[str] = None  # the role column's value, one line: "Support Agent"
    team: Optional[str] = None  # the team column's value: "Billing"
    headcount: int  # respondents in the group
    extra: dict[str, str] = Field(default_factory=dict)  # other grouping columns: {"Site": "Leeds"}
    skills: list[SkillFact] = Field(default_factory=list)  # largest gap first
    themes: list[ThemeFact] = Field(default_factory=list)
    answers: int = 0  # free-text answers the themes were counted over

    @property
    def top(self) -> Optional[SkillFact]:
        """The skill with the largest gap, or None when the survey has no ratings."""
        return self.skills[0] if self.skills else None


class ProblemFrame(BaseModel):
    text: str
    language: str = "en"
    language_supported: bool = True
    audience_role: Optional[str] = None  # "tier-1 support agent"
    audience_team: Optional[str] = None  # "billing queue"
    headcount: Optional[int] = None
    task: Optional[str] = None  # "write escalation notes"
    task_verb: Optional[str] = None
    task_object: Optional[str] = None
    workflow: Optional[str] = None  # "billing dispute escalation"
    consumer: Optional[str] = None  # "finance" (who uses the output downstream)
    consumer_need: Optional[str] = None
    systems: list[str] = Field(default_factory=list)  # "the CRM", "Salesforce", "the WMS"
    symptoms: list[Symptom] = Field(default_factory=list)
    numbers: list[NumberFact] = Field(default_factory=list)
    baseline: Optional[NumberFact] = None
    target: Optional[NumberFact] = None
    triggers: list[str] = Field(default_factory=list)  # "new_system" | "process_change" | "promotion" | "new_hire" | "role_change" | "redundancy"
    impact_category: Optional[str] = None  # customer | quality | speed | compliance | cost
    impact: Optional[str] = None
    domain: Optional[str] = None  # support | sales | manufacturing | healthcare | finance | logistics | engineering | retail | public
    missing: list[str] = Field(default_factory=list)  # facts the manager should supply
    survey: Optional[GroupFacts] = None  # a survey group's facts as data (planner.survey), None for a manager's text
