"""Eval cases: a problem text plus what a good plan must (and must not) carry. Schema: evals/SCHEMA.md."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, Field, ValidationError, field_validator

from planner.errors import InputError
from planner.resources import data_path

DEFAULT_DATASET = data_path("evals", "cases.yaml")


class Expect(BaseModel):
    model_config = {"extra": "forbid"}

    intervention_type: Optional[Literal["upskilling", "reskilling", "onboarding"]] = None
    facts: list[str] = Field(default_factory=list)  # words or phrases the plan must carry (audience, consumer, numbers)
    must_not: list[str] = Field(default_factory=list)  # content it must not contain (protected characteristics...)
    language: str = "en"
    refusal_ok: bool = False  # the offline provider may refuse (non-English input) instead of planning


class EvalCase(BaseModel):
    model_config = {"extra": "forbid"}

    id: str = Field(min_length=1, max_length=80, pattern=r"^[a-z0-9][a-z0-9_-]*$")
    domain: str
    text: str = Field(min_length=1)
    expect: Expect = Field(default_factory=Expect)
    tags: list[str] = Field(default_factory=list)

    @field_validator("text")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("text is blank")
        return v


def load_cases(path: str | Path | None = None) -> list[EvalCase]:
    """Load and validate a case file (YAML list, or JSONL); errors name the file and the case."""
    p = Path(path) if path else DEFAULT_DATASET
    if not p.is_file():
        raise InputError(f"dataset not found: {p}")
    raw_text = p.read_text(encoding="utf-8")
    if p.suffix == ".jsonl":
        import json

        rows = []
        for n, line in enumerate(raw_text.splitlines(), 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise InputError(f"{p}: line {n} is not valid JSON: {e.msg}")
    else:
        import yaml

        try:
            rows = yaml.safe_load(raw_text)
        except yaml.YAMLError as e:
            raise InputError(f"{p} is not valid YAML: {e}")
        if isinstance(rows, dict):
            rows = rows.get("cases")
    if not isinstance(rows, list) or not rows:
        raise InputError(f"{p}: expected a list of cases")
    cases, seen = [], set()
    for i, row in enumerate(rows, 1):
        cid = row.get("id", f"#{i}") if isinstance(row, dict) else f"#{i}"
        try:
            case = EvalCase.model_validate(row)
        except ValidationError as e:
            first = e.errors()[0]
            where = ".".join(str(x) for x in first["loc"])
            raise InputError(f"{p}: case '{cid}' is malformed: {where}: {first['msg']}")
        if case.id in seen:
            raise InputError(f"{p}: case id '{case.id}' appears twice")
        seen.add(case.id)
        cases.append(case)
    return cases
