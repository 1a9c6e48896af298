"""Survey and skills-matrix exports in, safe per-group problem descriptions out.

``load_survey(path, SurveyOptions) -> SurveyResult``: read (CSV/XLSX/JSONL), map columns,
redact personal data, drop remarks about protected characteristics, group (team x role by
default, small groups merged or skipped), analyse, and write one problem description per group.
Nothing personal leaves this package unless ``redact=False``.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, Field

from planner.errors import InputError
from planner.protected import mentions_protected
from planner.survey.analysis import GroupAnalysis, analyse
from planner.survey.columns import ColumnMapping, detect
from planner.survey.problem import problem_text
from planner.survey.readers import read_table
from planner.survey.redact import Redactor

VERSION = "survey-1"


class SurveyOptions(BaseModel):
    sheet: Optional[str] = None
    team_col: Optional[str] = None
    role_col: Optional[str] = None
    text_cols: list[str] = Field(default_factory=list)
    id_col: Optional[str] = None
    rating_cols: Optional[str] = None
    group_by: Optional[list[str]] = None
    min_group: int = Field(default=3, ge=1)
    threshold: Optional[float] = None
    redact: bool = True
    mapping_file: Optional[str] = None


class GroupInput(BaseModel):
    key: str
    label: str
    team: Optional[str] = None
    role: Optional[str] = None
    respondents: int
    analysis: GroupAnalysis
    problem_text: str
    input_hash: str


class BadRow(BaseModel):
    line: int
    reason: str


class SurveyResult(BaseModel):
    mapping: ColumnMapping
    groups: list[GroupInput]
    bad_rows: list[BadRow] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list)
    dropped_protected: int = 0
    redactions: int = 0
    rows_read: int = 0


def slug(*parts: Optional[str]) -> str:
    s = "--".join(re.sub(r"[^a-z0-9]+", "-", (p or "all").lower()).strip("-") or "x" for p in parts)
    return s[:80]


def _num(v: str) -> Optional[float]:
    try:
        return float(v.replace(",", "."))
    except ValueError:
        return None


def load_survey(path: str | Path, options: Optional[SurveyOptions] = None) -> SurveyResult:
    o = options or SurveyOptions()
    table = read_table(path, o.sheet)
    rows = table.rows
    if not rows:
        hint = " (if the answers are on another sheet, name it with --sheet)" if table.encoding == "xlsx" else ""
        raise InputError(f"{path}: no readable rows" + (f" ({len(table.bad_rows)} rows could not be read)" if table.bad_rows else "") + hint)
    if o.mapping_file:
        mapping = ColumnMapping.load(o.mapping_file)
        missing = [c for c in (mapping.team, mapping.role, *mapping.text, *mapping.ratings) if c and c not in table.headers]
        if missing:
            raise InputError(f"the saved mapping names columns this file lacks: {', '.join(missing)}")
    else:
        mapping = detect(table.headers, [r for _, r in rows], team_col=o.team_col, role_col=o.role_col,
                         text_cols=o.text_cols, id_col=o.id_col, rating_cols=o.rating_cols)
    result = SurveyResult(mapping=mapping, groups=[], rows_read=len(rows),
                          bad_rows=[BadRow(line=n, reason=r) for n, r in table.bad_rows])
    group_cols = o.group_by or [c for c in (mapping.team, mapping.role) if c]
    for c in group_cols:
        if c not in table.headers:
            raise InputError(f"--group-by '{c}' is not a column; the columns are: {', '.join(table.headers)}")
    # personal values known from the file itself: redacted wherever they appear in free text
    redactor = Redactor(r.get(c, "") for _, r in rows for c in (mapping.name, mapping.id, mapping.email) if c)

    grouped: dict[tuple[str, ...], list[tuple[int, dict[str, str]]]] = defaultdict(list)
    for n, r in rows:
        ok = True
        for col in mapping.ratings:
            v = r.get(col, "")
            if v and _num(v) is None:
                result.bad_rows.append(BadRow(line=n, reason=f"'{col}' is not a number: {v[:20]!r}"))
                ok = False
                break
        if ok:
            grouped[tuple(r.get(c, "").strip() or "(blank)" for c in group_cols)].append((n, r))

    # small groups: merged into their team (first grouping column) or skipped, so no one can be singled out
    final: dict[tuple[str, ...], list] = {}
    small: dict[str, list] = defaultdict(list)
    for key, members in grouped.items():
        if len(members) >= o.min_group:
            final[key] = members
        elif len(group_cols) > 1:
            small[key[0]].append((key, members))
        else:
            result.notices.append(f"skipped a group of {len(members)} (under --min-group {o.min_group}) so no one can be singled out")
    for team, parts in small.items():
        members = [m for _, ms in parts for m in ms]
        merged_key = (team, "all roles")
        if len(members) >= o.min_group:
            final.setdefault(merged_key, []).extend(members)
            result.notices.append(f"merged {len(parts)} small group(s) of team '{team}' into '{team} / all roles' ({len(members)} people)")
        else:
            result.notices.append(f"skipped {len(members)} respondent(s) of team '{team}' in groups under --min-group {o.min_group}")

    for key, members in sorted(final.items()):
        team = key[0] if mapping.team and group_cols and group_cols[0] == mapping.team else None
        role = key[1] if len(key) > 1 and key[1] != "all roles" else (key[0] if not mapping.team else None)
        ratings: dict[str, list[float]] = defaultdict(list)
        targets: dict[str, list[float]] = defaultdict(list)
        scales = {}
        for col, skill in mapping.ratings.items():
            scales[skill] = mapping.scales.get(col, (1.0, 5.0))
            for _, r in members:
                v = _num(r.get(col, "") or "x")
                if v is not None:
                    ratings[skill].append(v)
                tcol = mapping.targets.get(skill)
                if tcol:
                    t = _num(r.get(tcol, "") or "x")
                    if t is not None:
                        targets[skill].append(t)
        answers = []
        for _, r in members:
            for col in mapping.text:
                a = " ".join((r.get(col) or "").split())
                if not a:
                    continue
                if mentions_protected(a):  # never a skill gap, never sent anywhere
                    result.dropped_protected += 1
                    continue
                if o.redact:
                    a, n = redactor(a)
                    result.redactions += n
                answers.append(a)
        a = analyse(ratings, scales, targets, answers, len(members), o.threshold)
        quotes = [q for t in a.themes for q in t.quotes]
        quotes = list(dict.fromkeys(quotes + answers))[:5]
        text = problem_text(team, role, a, quotes)
        label = " / ".join(key)
        result.groups.append(GroupInput(
            key=slug(*key), label=label, team=team, role=role, respondents=len(members), analysis=a,
            problem_text=text, input_hash=hashlib.sha256(f"{VERSION}\n{text}".encode()).hexdigest()))
    if not result.groups:
        raise InputError(f"no group has at least {o.min_group} respondents; lower --min-group or group by team only (--group-by)")
    return result
