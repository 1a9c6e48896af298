"""Which column plays which role: team, role, id, name, email, other personal columns, free text, ratings, targets.

Detected from headers and values, overridable by flags (``--team-col`` ...), printable, and savable for
reuse (``--save-mapping`` / ``--mapping``). Rating headers follow the common survey-tool and
skills-matrix forms: "Rate: CRM automation (1-5)", "CRM automation (1 to 5)", "Q3. How confident are
you with CRM automation? (1-5)", "Current - CRM automation" with "Target - CRM automation".
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, Field, ValidationError

from planner.errors import InputError
from planner.lexicon import words

_LEAD_IN = re.compile(r"^(?:q(?:uestion)?\s*\d+[a-z]?\s*[.:)\-–]\s*|\d+[.)]\s*)", re.I)  # "Q3. ", "12) "
_ASK = re.compile(r"^(?:your|which|what(?: is)? your|what)\s+", re.I)
_TEAM = re.compile(r"^(team|department|dept\.?|group|unit|business unit|division|squad|site|location|branch|office)\b", re.I)
_ROLE = re.compile(r"^(role|job ?title|title|position|job|job role|job function|function|occupation)\b", re.I)
_NOT_TEAM_OR_ROLE = re.compile(r"\b(lead|leader|manager|supervisor|size|e-?mail|id|number|start|since|years?|tenure)\b", re.I)
_ID = re.compile(r"^(id|employee ?(?:id|no\.?|number)|emp ?id|staff ?(?:id|number|no\.?)|respondent ?id|response ?id|"
                 r"personnel ?number|payroll ?(?:id|number)|badge ?(?:id|number)|user ?(?:id|name)|username|login)\b", re.I)
_NAME = re.compile(r"^(name|full ?name|first ?name|given ?name|last ?name|family ?name|surname|preferred ?name|"
                   r"employee ?name|respondent(?: name)?|your name|participant)\b", re.I)
_PERSON = re.compile(r"\b(manager|line manager|supervisor|reports to|mentor|buddy|colleague|lead|leader)\b", re.I)  # other people's names
_EMAIL = re.compile(r"e-?mail", re.I)
_PHONE = re.compile(r"\b(phone|mobile|cell|telephone|tel)\b", re.I)
_SCALE = r"\s*[(\[]\s*(?:(?P<lo>\d+)\s*(?:-|–|to)\s*(?P<hi>\d+)|out of (?P<of>\d+))\s*[)\]]"
_RATING = re.compile(r"^(?:rate|rating|self[- ]?rating|self[- ]?assessment|skill|current(?: level)?|level)\s*[:\-–]\s*(?P<skill>.+?)"
                     r"(?:" + _SCALE + r")?\s*$", re.I)
_SCALED = re.compile(r"^(?P<skill>.+?)" + _SCALE + r"\s*$", re.I)
_TARGET = re.compile(r"^(?:target|required|goal|expected|desired)\s*(?:level)?\s*[:\-–]\s*(?P<skill>.+?)\s*(?:[(\[][^)\]]*[)\]])?\s*$", re.I)
_TARGET_AFTER = re.compile(r"^(?P<skill>.+?)\s*[-–:(]?\s*(?:target|required level|goal)\)?\s*$", re.I)
_HOW = re.compile(r"^(?:how (?:confident|comfortable|skilled|proficient|good|experienced) (?:are you|do you feel) "
                  r"(?:with|in|at|about|using|when)\s+|rate (?:yourself|your skills?) (?:on|in|at)\s+)", re.I)
# numeric columns that are counts or amounts, not self-ratings, even on a small scale
_NOT_RATING = re.compile(r"\b(years?|age|tenure|hours?|days?|count|number|no\.|salary|pay|grade|level of education|"
                         r"headcount|size|id|fte|week|month|year)\b", re.I)
_BLANK = words("survey_blank_answers") | {""}  # "N/A", "-", "Prefer not to say" ... (planner/lexicon/data)
_LEADING_NUMBER = re.compile(r"^\s*(\d+(?:[.,]\d+)?)(?:\s*(?:/\s*\d+|-\s*\D.*|\s+\D.*|[a-z]+.*))?\s*$", re.I)  # "3", "3,5", "4/5", "3 - Competent"


class ColumnMapping(BaseModel):
    team: Optional[str] = None
    role: Optional[str] = None
    id: Optional[str] = None
    name: Optional[str] = None
    email: Optional[str] = None
    personal: list[str] = Field(default_factory=list)  # other columns holding names or contact details: redacted, never analysed
    text: list[str] = Field(default_factory=list)
    ratings: dict[str, str] = Field(default_factory=dict)  # column -> skill
    scales: dict[str, tuple[float, float]] = Field(default_factory=dict)  # column -> (min, max)
    targets: dict[str, str] = Field(default_factory=dict)  # skill -> column

    def columns(self) -> list[str]:
        """Every column the mapping names."""
        cols = [self.team, self.role, self.id, self.name, self.email, *self.personal, *self.text, *self.ratings, *self.targets.values()]
        return list(dict.fromkeys(c for c in cols if c))

    def describe(self) -> str:
        lines = [f"  team: {self.team or '-'}", f"  role: {self.role or '-'}", f"  id: {self.id or '-'}",
                 f"  name: {self.name or '-'}", f"  email: {self.email or '-'}"]
        if self.personal:
            lines.append(f"  other personal (redacted): {', '.join(self.personal)}")
        lines.append(f"  free text: {', '.join(self.text) or '-'}")
        for col, skill in self.ratings.items():
            lo, hi = self.scales.get(col, (1, 5))
            tgt = f", target from '{self.targets[skill]}'" if skill in self.targets else ""
            lines.append(f"  rating: '{col}' -> {skill} ({lo:g}-{hi:g}{tgt})")
        if not self.ratings:
            lines.append("  rating: - (no rating columns found; name them with --rating-cols PATTERN)")
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
        except (json.JSONDecodeError, ValidationError, UnicodeDecodeError) as e:
            raise InputError(f"mapping file {path} is not a saved column mapping: {e}")

    def check_against(self, headers: list[str], source: str = "the saved mapping") -> None:
        missing = [c for c in self.columns() if c not in headers]
        if missing:
            raise InputError(f"{source} names columns this file lacks: {', '.join(missing)}; the columns are: {', '.join(headers)}")


_RATINGS: dict[str, tuple[Optional[float], bool]] = {}  # a rating column holds a handful of distinct values


def parse_rating(value: str) -> tuple[Optional[float], bool]:
    """(number, readable): blanks and "N/A" are unanswered (None, True); "4", "3,5", "4/5", "3 - Competent"
    give the leading number; anything else is unreadable (None, False)."""
    known = _RATINGS.get(value)
    if known is None:
        known = _parse_rating(value)
        if len(_RATINGS) < 10_000:
            _RATINGS[value] = known
    return known


def _parse_rating(value: str) -> tuple[Optional[float], bool]:
    v = (value or "").strip()
    if v.lower() in _BLANK:
        return None, True
    try:
        return float(v.replace(",", ".")), True
    except ValueError:
        pass
    m = _LEADING_NUMBER.match(v)
    if m:
        return float(m.group(1).replace(",", ".")), True
    return None, False


def _is_number(v: str) -> bool:
    try:
        float(v.replace(",", "."))
        return True
    except ValueError:
        return v.strip().lower() in _BLANK


def clean_skill(raw: str) -> str:
    """The skill named in a question header: "Q3. How confident are you with CRM automation?" -> "CRM automation"."""
    s = _LEAD_IN.sub("", raw.strip())
    s = _HOW.sub("", s).strip().rstrip("?:.").strip()
    return s or raw.strip()


def _header_key(h: str) -> str:
    return _ASK.sub("", _LEAD_IN.sub("", h.strip())).strip()


def _match(headers: list[str], col: Optional[str], flag: str) -> Optional[str]:
    if col is None:
        return None
    match = next((h for h in headers if h == col), None) or next((h for h in headers if h.lower() == col.strip().lower()), None)
    if match is None:
        raise InputError(f"{flag} '{col}' is not a column; the columns are: {', '.join(headers)}")
    return match


def apply_overrides(m: ColumnMapping, headers: list[str], *, team_col=None, role_col=None, text_cols=None, id_col=None) -> ColumnMapping:
    """Flags win over a detected or saved mapping; a column named by a flag leaves any other role it had."""
    named = {}
    if team_col:
        named["team"] = _match(headers, team_col, "--team-col")
    if role_col:
        named["role"] = _match(headers, role_col, "--role-col")
    if id_col:
        named["id"] = _match(headers, id_col, "--id-col")
    texts = [_match(headers, c, "--text-col") for c in (text_cols or [])]
    taken = set(named.values()) | set(texts)
    m = m.model_copy(deep=True)
    for field in ("team", "role", "id", "name", "email"):
        if getattr(m, field) in taken:
            setattr(m, field, None)
    m.personal = [c for c in m.personal if c not in taken]
    for col in [c for c in m.ratings if c in taken]:
        m.ratings.pop(col)
        m.scales.pop(col, None)
    m.targets = {s: c for s, c in m.targets.items() if c not in taken}
    for field, col in named.items():
        setattr(m, field, col)
    if texts:
        m.text = list(dict.fromkeys(texts))
    else:
        m.text = [c for c in m.text if c not in taken]
    return m


def personal_columns(headers: list[str], rows: list[dict[str, str]]) -> list[str]:
    """The columns detection labels personal (name, id, e-mail, phone, other people's names), with no flag or saved
    mapping applied: a flag that makes one of them the team or role cannot make it safe to group by."""
    m = detect(headers, rows, need_group=False)
    return [c for c in (m.name, m.id, m.email, *m.personal) if c]


def detect(headers: list[str], rows: list[dict[str, str]], *, team_col=None, role_col=None, text_cols=None,
           id_col=None, rating_cols=None, need_group: bool = True) -> ColumnMapping:
    """The mapping from the headers and the first 500 rows; flags first, then header patterns, then values.

    need_group: raise when neither a team nor a role column is found (pass False when --group-by names the columns).
    """
    pattern = None
    if rating_cols:
        try:
            pattern = re.compile(rating_cols, re.I)
        except re.error as e:
            raise InputError(f"--rating-cols '{rating_cols}' is not a valid pattern: {e}")
        if not any(pattern.search(h) for h in headers):
            raise InputError(f"--rating-cols '{rating_cols}' matches no column; the columns are: {', '.join(headers)}")
    m = apply_overrides(ColumnMapping(), headers, team_col=team_col, role_col=role_col, text_cols=text_cols, id_col=id_col)
    taken = {c for c in (m.team, m.role, m.id, *m.text) if c}
    sample = rows[:500]
    targets: dict[str, str] = {}
    for h in headers:
        if h in taken:
            continue
        values = [r.get(h, "") for r in sample if r.get(h, "")]
        parsed = [parse_rating(v) for v in values]
        nums = [x for x, ok in parsed if x is not None]
        readable = sum(ok for _, ok in parsed)
        numeric = bool(nums) and readable >= 0.8 * len(values)
        # a header that says "rating" or "target" needs only most values readable: the rest are reported as bad rows
        rated = bool(nums) and readable > 0.5 * len(values)
        plain = numeric and sum(_is_number(v) for v in values) >= 0.8 * len(values)  # "3", not "3 times a week"
        key = _header_key(h)
        if rated and (_TARGET.match(h) or _TARGET_AFTER.match(h)):
            t = _TARGET.match(h) or _TARGET_AFTER.match(h)
            targets[clean_skill(t.group("skill"))] = h
            continue
        rat = _RATING.match(h) or _SCALED.match(h)
        if (pattern.search(h) if pattern else rat) and rated:  # --rating-cols decides alone when given
            skill = clean_skill(rat.group("skill") if rat else h)
            if rat and rat.group("hi"):
                lo, hi = float(rat.group("lo")), float(rat.group("hi"))
            elif rat and rat.group("of"):
                lo, hi = (0.0 if min(nums) < 1 else 1.0), float(rat.group("of"))
            else:
                lo, hi = (0.0 if min(nums) < 1 else 1.0), (5.0 if max(nums) <= 5 else 10.0 if max(nums) <= 10 else max(nums))
            m.ratings[h] = skill
            m.scales[h] = (lo, hi)
            continue
        at_sign = bool(values) and sum("@" in v for v in values) >= 0.8 * len(values)
        if not m.email and (_EMAIL.search(h) or at_sign):
            m.email = h
        elif _EMAIL.search(h) or at_sign or _PHONE.search(h):
            m.personal.append(h)
        elif not m.id and _ID.match(key):
            m.id = h
        elif _NAME.match(key):
            if not m.name:
                m.name = h
            else:
                m.personal.append(h)  # "First name" and "Last name": both redacted
        elif _PERSON.search(h) and not numeric:
            m.personal.append(h)
        elif not m.team and _TEAM.match(key) and not _NOT_TEAM_OR_ROLE.search(h):
            m.team = h
        elif not m.role and _ROLE.match(key) and not _NOT_TEAM_OR_ROLE.search(h):
            m.role = h
        elif (not pattern and plain and 0 <= min(nums) and max(nums) <= 10 and all(float(x).is_integer() for x in nums)
              and not _NOT_RATING.search(h)):
            # an unlabelled numeric column with a small integer scale: a self-rating (1-5 or 1-10)
            m.ratings[h] = clean_skill(h)
            m.scales[h] = (1.0 if min(nums) >= 1 else 0.0, 5.0 if max(nums) <= 5 else 10.0)
        elif not text_cols and not plain and values and sum(len(v) for v in values) / len(values) >= 12:
            m.text.append(h)
    skills = {s.lower(): s for s in m.ratings.values()}
    for skill, col in targets.items():  # a target pairs with the rating of the same skill, whatever the case
        m.targets[skills.get(skill.lower(), skill)] = col
    if need_group and not m.team and not m.role:
        raise InputError("no team or role column found; name them with --team-col and/or --role-col, or group with --group-by "
                         f"(the columns are: {', '.join(headers)})")
    return m
