"""Respondents grouped (team x role by default); groups under the minimum size merged into their team or skipped.

A group must hold at least ``min_group`` people (default 3) so no individual's answers can be read off
a plan: the usual small-cell rule of anonymous survey reporting (UK ONS and HR survey tools suppress
cells under 3-5 respondents). Small groups of one team are pooled as "<team> / other roles"; a pool that is
still too small is skipped. Every merge and skip is a notice.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

BLANK = "(not given)"
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class Group:
    values: tuple[str, ...]  # one per grouping column
    label: str
    team: Optional[str]
    role: Optional[str]
    members: list[tuple[int, dict[str, str]]]
    extra: dict[str, str] = field(default_factory=dict)  # grouping columns other than team and role: column -> value
    key: str = ""


def slug(*parts: Optional[str]) -> str:
    """Filesystem-safe and stable: lower-case ASCII words joined by '-', parts by '--'."""
    out = []
    for p in parts:
        s = _SLUG.sub("-", (p or "all").lower()).strip("-")
        out.append(s or "x")
    return "--".join(out)[:80].strip("-") or "group"


def _unique_keys(groups: list[Group]) -> None:
    """One key per group: on a collision ("Ops/Agent", "ops/agent", and "Ops/Agent 2" whose own slug is
    "ops-agent-2") the next free "-2", "-3"... suffix, checked against every key already given."""
    used: set[str] = set()
    for g in groups:
        base = slug(*g.values)
        key, n = base, 1
        while key in used:
            n += 1
            key = f"{base}-{n}"
        used.add(key)
        g.key = key


def group_rows(rows: list[tuple[int, dict[str, str]]], group_cols: list[str], *, team_col: Optional[str],
               role_col: Optional[str], min_group: int) -> tuple[list[Group], list[str]]:
    """Groups in a stable order (sorted by their values) and the notices about merged or skipped respondents."""
    notices: list[str] = []
    buckets: dict[tuple[str, ...], list] = defaultdict(list)
    keys: dict[tuple, tuple[str, ...]] = {}  # the raw cells -> the group's values (a handful of distinct ones)
    for n, r in rows:
        raw = tuple([r.get(c) for c in group_cols])
        values = keys.get(raw)
        if values is None:
            values = keys[raw] = tuple(" ".join((v or "").split()) or BLANK for v in raw)
        buckets[values].append((n, r))

    # the column small groups merge into: the team when it is one of the grouping columns, else the first one
    parent = group_cols.index(team_col) if team_col in group_cols else 0
    full: dict[tuple[str, ...], list] = {}
    small: dict[str, list[tuple[tuple[str, ...], list]]] = defaultdict(list)
    for values, members in buckets.items():
        if len(members) >= min_group:
            full[values] = members
        elif len(group_cols) > 1:
            small[values[parent]].append((values, members))
        else:
            notices.append(f"skipped a group of {len(members)} (under --min-group {min_group}) so no one can be singled out")

    groups: list[Group] = []
    for values, members in full.items():
        cols = dict(zip(group_cols, values))
        groups.append(Group(values=values, label=" / ".join(values), team=cols.get(team_col) if team_col else None,
                            role=cols.get(role_col) if role_col else None, members=members,
                            extra={c: v for c, v in cols.items() if c not in (team_col, role_col)}))
    for head, parts in small.items():
        members = sorted((m for _, ms in parts for m in ms), key=lambda m: m[0])
        has_full = any(v[parent] == head for v in full)
        rest = "other roles" if has_full else "all roles"
        head_col = group_cols[parent]
        if len(members) >= min_group:
            groups.append(Group(values=(head, rest), label=f"{head} / {rest}", team=head if head_col == team_col else None,
                                role=None, members=members, extra={} if head_col == team_col else {head_col: head}))
            notices.append(f"merged {len(parts)} group(s) under --min-group {min_group} of '{head}' into '{head} / {rest}' "
                           f"({len(members)} people)")
        else:
            notices.append(f"skipped {len(members)} respondent(s) of '{head}' in groups under --min-group {min_group} "
                           "so no one can be singled out")
    groups.sort(key=lambda g: tuple(v.lower() for v in g.values))
    _unique_keys(groups)
    return groups, notices
