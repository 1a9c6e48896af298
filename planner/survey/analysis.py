"""Per-group analysis: respondents, rating means and shares below a threshold, ranked gaps, recurring themes."""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from pydantic import BaseModel, Field

_WORD = re.compile(r"[a-z][a-z'-]{2,}")
_STOP = frozenset(
    """
    the and for with that this have has had are was were our their they them you your not but too very just
    about from into when what which who will would could should can cant can't don't dont does did get got
    out more most less than then also only really much many some any all its it's there here been being
    because while where how why always never often every each time times lot lots thing things need needs
    want wants know feel think team work make makes made take takes use used using like would being still
    """.split()
)


PROFICIENT = 0.8  # without a target column, the gap is measured to 80% of the scale (4 of 5, 8 of 10)


class SkillStat(BaseModel):
    skill: str
    mean: float
    share_below: float  # share of respondents rating below the threshold
    below: int
    answered: int
    scale_max: float
    target: Optional[float] = None
    gap: float  # target - mean when a target exists, else PROFICIENT * scale_max - mean


class Theme(BaseModel):
    theme: str
    count: int
    quotes: list[str] = Field(default_factory=list)


class GroupAnalysis(BaseModel):
    respondents: int
    skills: list[SkillStat]
    themes: list[Theme]
    ranked_gaps: list[str]  # skills, largest gap first


def themes(answers: list[str], top: int = 5) -> list[Theme]:
    """Recurring themes: the content words and two-word phrases that several respondents use."""
    per_answer: list[set[str]] = []
    for a in answers:
        words = [w for w in _WORD.findall(a.lower()) if w not in _STOP]
        grams = set(words) | {f"{x} {y}" for x, y in zip(words, words[1:])}
        per_answer.append(grams)
    counts = Counter(g for grams in per_answer for g in grams)
    picked: list[Theme] = []
    for gram, n in sorted(counts.items(), key=lambda kv: (-kv[1], -len(kv[0].split()), kv[0])):
        if n < 2 or len(picked) >= top:
            continue
        if any(gram in t.theme or t.theme in gram for t in picked):
            continue
        quotes = [a for a, grams in zip(answers, per_answer) if gram in grams][:2]
        picked.append(Theme(theme=gram, count=n, quotes=quotes))
    return picked


def analyse(ratings: dict[str, list[float]], scales: dict[str, tuple[float, float]], targets: dict[str, list[float]],
            answers: list[str], respondents: int, threshold: Optional[float] = None) -> GroupAnalysis:
    stats = []
    for skill, vals in ratings.items():
        if not vals:
            continue
        lo, hi = scales.get(skill, (1.0, 5.0))
        thr = threshold if threshold is not None else (lo + hi) / 2  # default: below the scale midpoint
        mean = sum(vals) / len(vals)
        below = sum(v < thr for v in vals)
        tvals = targets.get(skill) or []
        target = sum(tvals) / len(tvals) if tvals else None
        stats.append(SkillStat(skill=skill, mean=round(mean, 2), share_below=round(below / len(vals), 3), below=below,
                               answered=len(vals), scale_max=hi, target=round(target, 2) if target is not None else None,
                               gap=round((target if target is not None else PROFICIENT * hi) - mean, 2)))
    stats.sort(key=lambda s: (-s.gap, s.mean / s.scale_max))  # largest gap first; without targets, the lowest rated
    return GroupAnalysis(respondents=respondents, skills=stats, themes=themes(answers), ranked_gaps=[s.skill for s in stats])
