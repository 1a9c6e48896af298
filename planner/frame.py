"""ProblemFrame: the facts extracted once from a problem text and shared by every stage.

The offline generator composes a plan from it, the LLM prompt includes it as hints,
the grounding evaluator reads the workflow and consumer from it, and survey batches
build one per group. Extraction itself lives in ``planner.extract``.
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


class Symptom(BaseModel):
    text: str  # the observed problem, as a clause from the input
    numbers: list[NumberFact] = Field(default_factory=list)


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
