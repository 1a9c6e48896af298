"""Eval cases: a problem text plus what a good plan must (and must not) carry. Schema: evals/SCHEMA.md."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, Field, ValidationError, field_validator

from planner.errors import InputError
from planner.resources import data_path

EVALS_DIR = data_path("evals")
DEFAULT_DATASET = EVALS_DIR / "cases.yaml"
# The whole eval set: the original cases, the cases added for dev, and the holdout (never tune on it).
# A split selects the files that may hold its cases, so `--split dev` never opens the holdout file.
SET_FILES = {"dev": ("cases.yaml", "dev.yaml", "dev_content.yaml", "dev_type.yaml", "dev_goal.yaml", "dev_signal.yaml", "dev_tasks.yaml", "dev_kind.yaml", "dev_h14aud.yaml", "dev_h14sig.yaml", "dev_h14tasks.yaml", "dev_h14type.yaml", "dev_h14goal.yaml", "dev_h15gate.yaml", "dev_h15tasks.yaml", "dev_h15sig.yaml", "dev_h15type.yaml", "dev_h15goal.yaml", "dev_h15aud.yaml", "dev_h16disc.yaml", "dev_h16goal.yaml", "dev_h16sig.yaml", "dev_h16q.yaml", "dev_h17type.yaml", "dev_h17resk.yaml", "dev_h18owner.yaml", "dev_h18goal.yaml", "dev_h18tasks.yaml", "dev_h18sig.yaml", "dev_h18type.yaml", "dev_h19q.yaml", "dev_h19aud.yaml", "dev_h19tasks.yaml", "dev_h19type.yaml", "dev_h19thin.yaml", "dev_h20type.yaml", "dev_h20prac.yaml", "dev_h20type2.yaml", "dev_h20goal.yaml", "dev_h20gap.yaml", "dev_h20rev.yaml", "dev_h21sig.yaml", "dev_h21goalq.yaml", "dev_h21tasks.yaml", "dev_h21type.yaml", "dev_h21prac.yaml"), "holdout": ("holdout.yaml", "holdout2.yaml", "holdout3.yaml", "holdout4.yaml", "holdout5.yaml", "holdout6.yaml", "holdout7.yaml", "holdout8.yaml", "holdout9.yaml", "holdout10.yaml", "holdout11.yaml")}
SPLITS = ("dev", "holdout", "all")

Kind = Literal["upskilling", "reskilling", "onboarding"]


class Number(BaseModel):
    """A number the text gives, with its unit and what it counts (evals/SCHEMA.md)."""

    model_config = {"extra": "forbid"}

    text: str = Field(min_length=1)  # as written: "about a third", "1 in 5", "twelve"
    value: float
    unit: str = Field(min_length=1)  # "%", "people", "days", "claims", "EUR"...
    counts: str = Field(min_length=1)  # what is counted: "escalations missing the invoice number"
    kind: Literal["headcount", "baseline", "target", "duration", "money", "count", "date", "other"] = "other"


class Expect(BaseModel):
    model_config = {"extra": "forbid"}

    intervention_type: Optional[Kind] = None
    accept: list[Kind] = Field(default_factory=list)  # other labels practitioners defend (promotion into management)
    cue: list[str] = Field(default_factory=list)  # phrases of the text that decide the type; the rationale names one
    facts: list[str] = Field(default_factory=list)  # words or phrases the plan must carry (audience, consumer, numbers)
    must_not: list[str] = Field(default_factory=list)  # content it must not contain (protected characteristics...)
    language: str = "en"
    refusal_ok: bool = False  # the offline provider may refuse (non-English input) instead of planning
    # Structured facts of the text (a key left out = not annotated; null = the text does not give it).
    role: Optional[str] = None
    role_aliases: list[str] = Field(default_factory=list)  # the text's own word for the role ("sparkys", "truckers")
    headcount: Optional[int] = None
    team: Optional[str] = None
    numbers: list[Number] = Field(default_factory=list)
    consumer: Optional[str] = None  # who uses the output, when the text names them
    feedback_owner: Optional[str] = None  # a role above the audience that the text names
    deadline: Optional[str] = None  # as written: "before the end of the quarter"
    systems: list[str] = Field(default_factory=list)
    must_not_contain: list[str] = Field(default_factory=list)  # inventions a plan must not carry (foreign-domain roles...)

    @property
    def accepted(self) -> set[str]:
        """Every label a plan may name: the expected one and the disputed alternatives."""
        return ({self.intervention_type} if self.intervention_type else set()) | set(self.accept)

    @property
    def baseline(self) -> list[Number]:
        return [n for n in self.numbers if n.kind == "baseline"]

    @property
    def target(self) -> list[Number]:
        return [n for n in self.numbers if n.kind == "target"]

    def annotated(self, key: str) -> bool:
        """True when the case states this fact (even as null), so a scorer may judge it."""
        return key in self.model_fields_set


class EvalCase(BaseModel):
    model_config = {"extra": "forbid"}

    id: str = Field(min_length=1, max_length=80, pattern=r"^[a-z0-9][a-z0-9_-]*$")
    domain: str
    text: str = Field(min_length=1)
    expect: Expect = Field(default_factory=Expect)
    tags: list[str] = Field(default_factory=list)
    split: Literal["dev", "holdout"] = "dev"
    occupation: Optional[str] = None  # an O*NET-SOC occupation title, for breadth

    @property
    def thin(self) -> bool:
        return "thin" in self.tags

    @field_validator("text")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("text is blank")
        return v


def load_cases(path: str | Path | None = None, split: Optional[str] = None) -> list[EvalCase]:
    """Load and validate a case file (YAML list, or JSONL); errors name the file and the case.

    ``path`` may be a folder: its eval set files (SET_FILES) are read. ``split`` (dev | holdout | all) keeps the
    cases of that split; with no path it reads the whole eval set under evals/ (for dev: never the holdout file).
    """
    if split is not None and split not in SPLITS:
        raise InputError(f"split '{split}' is not one of: {', '.join(SPLITS)}")
    if path is None and split is not None:
        path = EVALS_DIR
    p = Path(path) if path else DEFAULT_DATASET
    if p.is_dir():
        return load_eval_set(p, split or "all")
    cases = _load_file(p)
    if split and split != "all":
        cases = [c for c in cases if c.split == split]
        if not cases:
            raise InputError(f"{p}: no cases in split '{split}'")
    return cases


def load_eval_set(folder: str | Path = EVALS_DIR, split: str = "all") -> list[EvalCase]:
    """The cases of one split from an eval set folder; ids are unique across its files."""
    if split not in SPLITS:
        raise InputError(f"split '{split}' is not one of: {', '.join(SPLITS)}")
    folder = Path(folder)
    names = SET_FILES["dev"] + SET_FILES["holdout"] if split == "all" else SET_FILES[split]
    cases: list[EvalCase] = []
    seen: dict[str, Path] = {}
    for name in names:
        f = folder / name
        if not f.is_file():
            continue
        file_split = "holdout" if name in SET_FILES["holdout"] else "dev"
        for c in _load_file(f):
            if c.split != file_split:
                raise InputError(f"{f}: case '{c.id}' is split '{c.split}' but this file holds {file_split} cases")
            if c.id in seen:
                raise InputError(f"{f}: case id '{c.id}' also appears in {seen[c.id]}")
            seen[c.id] = f
            if split == "all" or c.split == split:
                cases.append(c)
    if not cases:
        raise InputError(f"{folder}: no cases in split '{split}'")
    return cases


def _load_file(p: Path) -> list[EvalCase]:
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
