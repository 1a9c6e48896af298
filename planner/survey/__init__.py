"""Survey and skills-matrix exports in, safe per-group problem descriptions out.

``load_survey(path, SurveyOptions) -> SurveyResult``: read (CSV/XLSX/JSONL), map columns,
redact personal data, drop remarks about protected characteristics, group (team x role by
default, small groups merged or skipped), analyse, and write one problem description per group.
Nothing personal leaves this package unless ``redact=False``.
"""

from __future__ import annotations

import gc
import hashlib
from collections import defaultdict
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, Field

from planner.errors import InputError
from planner.survey.analysis import GroupAnalysis, analyse
from planner.survey.columns import ColumnMapping, apply_overrides, detect, parse_rating, personal_columns
from planner.survey.groups import group_rows, slug
from planner.survey.injection import looks_like_instruction
from planner.frame import GroupFacts
from planner.survey.problem import MAX_QUOTES, group_facts, problem_text
from planner.survey.protected import drop_protected
from planner.survey.readers import read_table
from planner.survey.names import NameFinder
from planner.survey.redact import Redactor, regions_of

VERSION = "survey-3"  # part of every input_hash: bump when the problem text changes for the same data


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
    facts: GroupFacts  # the same facts as data, for the plan (the problem text is for an LLM prompt and for people)
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
    instruction_like: int = 0  # free-text answers that read like instructions to an AI: quoted only, never analysed


def _mapping(table, o: SurveyOptions) -> ColumnMapping:
    headers = table.headers
    if o.mapping_file:
        mapping = ColumnMapping.load(o.mapping_file)
        mapping.check_against(headers, f"the saved mapping {o.mapping_file}")
        return apply_overrides(mapping, headers, team_col=o.team_col, role_col=o.role_col, text_cols=o.text_cols, id_col=o.id_col)
    return detect(headers, [r for _, r in table.rows], team_col=o.team_col, role_col=o.role_col, text_cols=o.text_cols,
                  id_col=o.id_col, rating_cols=o.rating_cols, need_group=not o.group_by)


def load_survey(path: str | Path, options: Optional[SurveyOptions] = None) -> SurveyResult:
    """Read, map, redact, drop protected remarks, group, analyse and describe; raises InputError on bad input."""
    # The cyclic garbage collector is paused for the load: a large export makes hundreds of thousands of container
    # objects (rows, tokens, per-answer sets) and none of them in a cycle that outlives the load, yet each young
    # collection walks them (about 12% of a 50,000-row load, bench/bench_survey_speed.py). Reference counting still
    # frees everything as usual; the collector's state is restored however the load ends.
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _load_survey(path, options)
    finally:
        if paused:
            gc.enable()


def _load_survey(path: str | Path, options: Optional[SurveyOptions]) -> SurveyResult:
    o = options or SurveyOptions()
    table = read_table(path, o.sheet)
    rows = table.rows
    if not rows:
        hint = " (if the answers are on another sheet, name it with --sheet)" if table.encoding == "xlsx" else ""
        raise InputError(f"{path}: no readable rows" + (f" ({len(table.bad_rows)} rows could not be read)" if table.bad_rows else "") + hint)
    mapping = _mapping(table, o)
    result = SurveyResult(mapping=mapping, groups=[], rows_read=len(rows),
                          bad_rows=[BadRow(line=n, reason=r) for n, r in table.bad_rows])
    if o.sheet and table.encoding != "xlsx":
        result.notices.append(f"--sheet '{o.sheet}' ignored: {Path(path).name} is not a workbook")
    group_cols = [_match_col(table.headers, c) for c in o.group_by] if o.group_by else [c for c in (mapping.team, mapping.role) if c]
    # what the tool itself labels personal, whatever a flag or a saved mapping made of the column
    personal = list(dict.fromkeys([c for c in (mapping.name, mapping.id, mapping.email, *mapping.personal) if c]
                                  + personal_columns(table.headers, [r for _, r in table.rows[:500]])))
    for c in group_cols:  # a group named after a person would put that name in file names, labels and the store
        if c in personal:
            flag = ("--group-by" if o.group_by else "--team-col" if c == mapping.team and o.team_col
                    else "--role-col" if c == mapping.role and o.role_col else
                    f"the {'team' if c == mapping.team else 'role'} column of the saved mapping {o.mapping_file}" if o.mapping_file
                    else "the grouping column")
            raise InputError(f"{flag} '{c}' is a personal column (names, ids or contact details are redacted, never "
                             f"grouped by); group by team, role or another column: {', '.join(h for h in table.headers if h not in personal)}")
    if not mapping.ratings:
        result.notices.append("no rating columns found: the plans rest on the free-text answers only (name ratings with --rating-cols)")

    # read every rating once; a row with an unreadable rating is reported and left out
    good: list[tuple[int, dict[str, str]]] = []
    values: dict[int, dict[str, float]] = {}
    rating_cols = list(mapping.ratings) + list(mapping.targets.values())
    col_scales = dict(mapping.scales)
    for n, r in rows:
        vals: dict[str, float] = {}
        bad = None
        for col in rating_cols:
            v, ok = parse_rating(r.get(col, ""))
            if not ok:
                bad = f"'{col}' is not a number: {r.get(col, '')[:20]!r}"
                break
            if v is not None:
                lo, hi = col_scales.get(col, (None, None))
                if lo is not None and not lo <= v <= hi:
                    bad = f"'{col}' is {v:g}, outside its {lo:g}-{hi:g} scale"
                    break
                vals[col] = v
        if bad:
            result.bad_rows.append(BadRow(line=n, reason=bad))
            continue
        values[n] = vals
        good.append((n, r))
    result.bad_rows.sort(key=lambda b: b.line)

    groups, notices = group_rows(good, group_cols, team_col=mapping.team, role_col=mapping.role, min_group=o.min_group)
    result.notices.extend(notices)
    # personal values known from the file itself: redacted wherever they appear in free text
    personal_cols = [c for c in (mapping.name, mapping.id, mapping.email, *mapping.personal) if c]
    redactor = None
    if o.redact:
        # names of people in no column: found over the whole survey first, then redacted in every answer
        finder = NameFinder([*table.headers, *(r.get(c, "") for _, r in good for c in group_cols)])
        for text in dict.fromkeys(r.get(col) or "" for _, r in good for col in mapping.text):
            finder.scan(text)  # what it finds depends on the text only: an answer given twice is scanned once
        redactor = Redactor((r.get(c, "") for _, r in good for c in personal_cols),
                            regions=regions_of(r.get(c, "") for _, r in good[:2000] for c in personal_cols), names=finder)
    scales = {skill: mapping.scales.get(col, (1.0, 5.0)) for col, skill in mapping.ratings.items()}
    cleaned: dict[str, tuple[str, int, int, bool]] = {}  # exports repeat answers ("n/a", "more training"): each cleaned once
    rating_skills = [(col, skill, mapping.targets.get(skill)) for col, skill in mapping.ratings.items()]
    text_cols = list(mapping.text)
    dropped_total = redactions_total = 0
    for g in groups:
        ratings: dict[str, list[float]] = defaultdict(list)
        targets: dict[str, list[float]] = defaultdict(list)
        analysed, flagged = [], []
        for n, r in g.members:
            vals = values[n]
            for col, skill, tcol in rating_skills:
                if col in vals:
                    ratings[skill].append(vals[col])
                if tcol and tcol in vals:
                    targets[skill].append(vals[tcol])
            for col in text_cols:
                raw = r.get(col) or ""
                done = cleaned.get(raw)
                if done is None:
                    done = cleaned[raw] = _clean_answer(raw, redactor)
                a, dropped, k, instruction = done
                dropped_total += dropped  # counted per answer given, as if each were cleaned anew
                redactions_total += k
                if not a:
                    continue
                if instruction:
                    flagged.append(a)
                else:
                    analysed.append(a)
        result.instruction_like += len(flagged)
        a = analyse(ratings, scales, targets, analysed, len(g.members), o.threshold)
        # answers that read like instructions are counted, never quoted, themed or sent (OWASP LLM01)
        quotes = list(dict.fromkeys([q for t in a.themes for q in t.quotes] + analysed))[:MAX_QUOTES]
        facts = group_facts(g.team, g.role, a, g.extra)
        text = problem_text(facts, quotes)
        result.groups.append(GroupInput(
            key=g.key, label=g.label, team=g.team, role=g.role, respondents=len(g.members), analysis=a,
            facts=facts, problem_text=text, input_hash=hashlib.sha256(f"{VERSION}\n{text}".encode()).hexdigest()))
    result.dropped_protected, result.redactions = dropped_total, redactions_total
    if result.instruction_like:
        result.notices.append(f"{result.instruction_like} free-text answer(s) read like instructions to an AI: "
                              "left out of the themes and the quotes")
    if not result.groups:
        raise InputError(f"no group has at least {o.min_group} respondents; lower --min-group or group by team only (--group-by)")
    return result


def _clean_answer(raw: str, redactor: Optional[Redactor]) -> tuple[str, int, int, bool]:
    """(the answer without its protected remarks and personal data, remarks dropped, redactions, reads like an
    instruction). Depends on the answer and the survey's redactor only."""
    a = " ".join(raw.split())
    if not a:
        return "", 0, 0, False
    a, dropped = drop_protected(a)  # never a skill gap, never stored or sent
    if not a:
        return "", dropped, 0, False
    k = 0
    if redactor:
        a, k = redactor(a)
    return a, dropped, k, looks_like_instruction(a)


def _match_col(headers: list[str], col: str) -> str:
    match = next((h for h in headers if h == col), None) or next((h for h in headers if h.lower() == col.strip().lower()), None)
    if match is None:
        raise InputError(f"--group-by '{col}' is not a column; the columns are: {', '.join(headers)}")
    return match


__all__ = ["BadRow", "ColumnMapping", "GroupAnalysis", "GroupInput", "SurveyOptions", "SurveyResult", "load_survey", "slug"]
