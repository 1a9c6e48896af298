"""Which column plays which role: team, role, id, name, email, free text, ratings, targets.

Detected from headers and values, overridable by flags, printable, and savable for reuse
(``--save-mapping`` / ``--mapping``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, Field, ValidationError

from planner.errors import InputError

_TEAM = re.compile(r"^(team|department|dept|group|unit|business unit|division|squad|site|location)\b", re.I)
_ROLE = re.compile(r"^(role|job ?title|title|position|job|job role|function)\b", re.I)
_ID = re.compile(r"^(id|employee ?id|emp ?id|staff ?(id|number|no)|respondent ?id|response ?id|personnel ?number)\b", re.I)
_NAME = re.compile(r"^(name|full ?name|first ?name|last ?name|surname|employee ?name|respondent|your name)\b", re.I)
_EMAIL = re.compile(r"e-?mail", re.I)
_RATING = re.compile(r"^(?:rate|rating|self[- ]?rating|skill|current)\s*[:\-–]\s*(?P<skill>.+?)\s*(?:\((?P<lo>\d+)\s*(?:-|–|to)\s*(?P<hi>\d+)\))?\s*$", re.I)
_SCALED = re.compile(r"^(?P<skill>.+?)\s*\((?P<lo>\d+)\s*(?:-|–|to)\s*(?P<hi>\d+)\)\s*$")
_TARGET = re.compile(r"^(?:target|required|goal|expected)\s*(?:level)?\s*[:\-–]\s*(?P<skill>.+?)\s*(?:\(\d+\s*(?:-|–|to)\s*\d+\))?\s*$", re.I)


class ColumnMapping(BaseModel):
    team: Optional[str] = None
    role: Optional[str] = None
    id: Optional[str] = None
    name: Optional[str] = None
    email: Optional[str] = None
    text: list[str] = Field(default_factory=list)
    ratings: dict[str, str] = Field(default_factory=dict)  # column -> skill
    scales: dict[str, tuple[float, float]] = Field(default_factory=dict)  # column -> (min, max)
    targets: dict[str, str] = Field(default_factory=dict)  # skill -> column

    def describe(self) -> str:
        lines = [f"  team: {self.team or '-'}", f"  role: {self.role or '-'}", f"  id: {self.id or '-'}",
                 f"  name: {self.name or '-'}", f"  email: {self.email or '-'}",
                 f"  free text: {', '.join(self.text) or '-'}"]
        for col, skill in self.ratings.items():
            lo, hi = self.scales.get(col, (1, 5))
            tgt = f", target from '{self.targets[skill]}'" if skill in self.targets else ""
            lines.append(f"  rating: '{col}' -> {skill} ({lo:g}-{hi:g}{tgt})")
        return "column mapping:\n" + "\n".join(lines)

    def save(self, path: str) -> None:
        try:
            Path(path).write_text(self.model_dump_json(indent=2), encoding="utf-8")
        except OSError as e:
            raise InputError(f"cannot write the mapping to {path}: {e.strerror}")

    @classmethod
    def load(cls, path: str) -> "ColumnMapping":
        p = Path(path)
        if not p.is_file():
            raise InputError(f"mapping file not found: {path}")
        try:
            return cls.model_validate(json.loads(p.read_text(encoding="utf-8")))
        except (json.JSONDecodeError, ValidationError) as e:
            raise InputError(f"mapping file {path} is not a saved column mapping: {e}")


def _num(v: str) -> Optional[float]:
    try:
        return float(v.replace(",", "."))
    except (ValueError, AttributeError):
        return None


def detect(headers: list[str], rows: list[dict[str, str]], *, team_col=None, role_col=None, text_cols=None,
           id_col=None, rating_cols=None) -> ColumnMapping:
    def check(col: Optional[str], flag: str) -> Optional[str]:
        if col is None:
            return None
        match = next((h for h in headers if h.lower() == col.lower()), None)
        if match is None:
            raise InputError(f"{flag} '{col}' is not a column; the columns are: {', '.join(headers)}")
        return match

    m = ColumnMapping(team=check(team_col, "--team-col"), role=check(role_col, "--role-col"), id=check(id_col, "--id-col"))
    m.text = [check(c, "--text-col") for c in (text_cols or [])]  # type: ignore[misc]
    taken = {c for c in (m.team, m.role, m.id, *m.text) if c}
    sample = rows[:500]
    pattern = None
    if rating_cols:
        try:
            pattern = re.compile(rating_cols, re.I)
        except re.error as e:
            raise InputError(f"--rating-cols '{rating_cols}' is not a valid pattern: {e}")
    for h in headers:
        if h in taken:
            continue
        values = [r.get(h, "") for r in sample if r.get(h, "")]
        nums = [x for x in (_num(v) for v in values) if x is not None]
        numeric = bool(values) and len(nums) >= 0.8 * len(values)
        tgt = _TARGET.match(h)
        if tgt and numeric:
            m.targets[tgt.group("skill").strip()] = h
            continue
        rat = _RATING.match(h) or _SCALED.match(h)
        if (pattern.search(h) if pattern else rat) and numeric:  # --rating-cols decides alone when given
            skill = (rat.group("skill") if rat else h).strip()
            lo = float(rat.group("lo")) if rat and rat.group("lo") else (min(nums) if nums else 1.0)
            hi = float(rat.group("hi")) if rat and rat.group("hi") else (max(5.0, max(nums)) if nums else 5.0)
            m.ratings[h] = skill
            m.scales[h] = (lo, hi)
            continue
        if not m.email and (_EMAIL.search(h) or (values and sum("@" in v for v in values) >= 0.8 * len(values))):
            m.email = h
        elif not m.id and _ID.match(h):
            m.id = h
        elif not m.name and _NAME.match(h):
            m.name = h
        elif not m.team and _TEAM.match(h):
            m.team = h
        elif not m.role and _ROLE.match(h):
            m.role = h
        elif not pattern and numeric and nums and 0 <= min(nums) and max(nums) <= 10 and all(float(x).is_integer() for x in nums) and not text_cols:
            # an unlabelled numeric column with a small integer scale: a rating (1-5 or 1-10)
            m.ratings[h] = h
            m.scales[h] = (1.0 if min(nums) >= 1 else 0.0, 5.0 if max(nums) <= 5 else 10.0)
        elif not text_cols and values and sum(len(v) for v in values) / len(values) >= 12:
            m.text.append(h)
    if not m.team and not m.role:
        raise InputError("no team or role column found; name them with --team-col and/or --role-col "
                         f"(the columns are: {', '.join(headers)})")
    return m
