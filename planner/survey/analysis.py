"""Per-group analysis: respondents, rating means and shares below a threshold, ranked gaps, recurring themes."""

from __future__ import annotations

import math
from functools import lru_cache
import re
from collections import Counter
from itertools import chain

try:  # the C helper behind Counter.update, without its per-call checks (called three times per answer)
    from collections import _count_elements
except ImportError:  # pragma: no cover - another Python implementation
    def _count_elements(mapping, iterable):  # type: ignore[no-redef]
        for x in iterable:
            mapping[x] = mapping.get(x, 0) + 1
from typing import Optional

from pydantic import BaseModel, Field

from planner.lexicon import words

_WORD = re.compile(r"[a-z][a-z'-]{2,}", re.I)
_PLACEHOLDER = re.compile(r"\[(?:name|email|phone|id|card|iban)\]")  # what redaction left: never a theme
_STOP = words("survey_theme_stop_words")  # planner/lexicon/data: never a theme


PROFICIENT = 0.8  # without a target column, the gap is measured to 80% of the scale (4 of 5, 8 of 10)


class SkillStat(BaseModel):
    skill: str
    mean: float
    share_below: float  # share of respondents rating below the threshold
    below: int
    answered: int
    scale_max: float
    scale_min: float = 1.0
    threshold: float = 3.0  # "below" means a rating under this (default: the scale midpoint)
    below_label: str = ""  # how "below the threshold" reads: "at 2 or below" (whole-number ratings) or "below 3.5"
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
    answers: int = 0  # free-text answers the themes were counted over (a respondent may give one per text column)


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """Plural and verb endings off, so "macro"/"macros" and "template"/"templates" cluster (a light Porter step 1a)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


class _TokenInfo(dict):
    """A raw word -> (word as shown, stem), or None for a stop word or a word under three letters; filled on first use."""

    def __missing__(self, raw: str) -> Optional[tuple[str, str]]:
        w = raw.strip("'-")
        low = w.lower()
        info = (w, _stem(low)) if len(w) >= 3 and low not in _STOP else None
        if len(self) > 200_000:  # bounded by the vocabulary of the surveys read; a fresh start past that
            self.clear()
        self[raw] = info
        return info


_TOKEN_INFO = _TokenInfo()


# A whitespace-delimited chunk of an answer -> its content words; a content word -> its stem. _WORD and _PLACEHOLDER
# never match whitespace, so the words of an answer are the words of its chunks (``str.split``) in order: a survey
# repeats its chunks ("macros", "refund,"), each is matched once. Bounded by the vocabulary of the surveys read.
_CHUNK_WORDS: dict[str, tuple[str, ...]] = {}
_WORD_STEM: dict[str, str] = {}


def _chunk_words(chunk: str) -> tuple[str, ...]:
    text = _PLACEHOLDER.sub(" ", chunk) if "[" in chunk else chunk
    infos = list(filter(None, map(_TOKEN_INFO.__getitem__, _WORD.findall(text))))
    _WORD_STEM.update(infos)
    out = _CHUNK_WORDS[chunk] = tuple(w for w, _ in infos)
    return out


def _words_and_stems(answer: str) -> tuple[list[str], list[str]]:
    """The content words of an answer (placeholders left by redaction removed) and their stems, in order."""
    if len(_CHUNK_WORDS) > 200_000:  # before any look-up: a chunk's words must all be in _WORD_STEM
        _CHUNK_WORDS.clear()
        _WORD_STEM.clear()
    chunks = answer.split()
    found = list(map(_CHUNK_WORDS.get, chunks))
    if None in found:
        found = [f if f is not None else _chunk_words(c) for f, c in zip(found, chunks)]
    words = list(chain.from_iterable(found))
    return words, list(map(_WORD_STEM.__getitem__, words))


def _infos(answer: str) -> list[tuple[str, str]]:
    """(word, stem) for every content word of the answer, in order."""
    return list(zip(*_words_and_stems(answer)))


def themes(answers: list[str], top: int = 5) -> list[Theme]:
    """Recurring themes: the content words and two-word phrases that at least two answers share.

    Deterministic clustering: words are stemmed, each answer counts once per phrase, phrases are ranked
    by how many answers use them (longer phrase first on a tie, then alphabetically), and a phrase that
    shares a word with a theme already picked joins that theme instead of becoming a new one. A theme
    is shown in the form most answers wrote it (the first written on a tie).
    """
    # a phrase is a stem (str) or a pair of adjacent stems (tuple): no string is built for the thousands of pairs;
    # a surface form is counted by its word (the stem is a function of the word: _TokenInfo)
    per_answer: list[set] = []
    counts: Counter = Counter()  # phrase -> answers using it
    forms: Counter = Counter()  # word -> times written, in the order first written
    pair_forms: Counter = Counter()  # (word, word) -> times written
    seen: dict[str, tuple[list[str], set]] = {}  # an answer given twice is tokenised once
    for a in answers:
        known = seen.get(a)
        if known is None:
            words, stems = _words_and_stems(a)
            grams: set = set(stems)
            grams.update(zip(stems, stems[1:]))
            known = seen[a] = (words, grams)
        words, grams = known
        per_answer.append(grams)
        _count_elements(counts, grams)
        _count_elements(forms, words)
        _count_elements(pair_forms, zip(words, words[1:]))
    # a word written in lower case anywhere is shown in lower case ("Escalation notes" at a sentence start);
    # acronyms and names of systems keep their case ("CRM", "Salesforce")
    written = set(forms)

    def stem_of(w: str) -> str:
        return _stem(w.lower())  # as _TokenInfo: w is already stripped of "'-"

    def surface(gram) -> str:
        """The form most often written for a phrase (the first written on a tie)."""
        best, most = "", 0
        if isinstance(gram, str):
            for w, n in forms.items():
                if n > most and stem_of(w) == gram:
                    best, most = w, n
        else:
            s1, s2 = gram
            for (w1, w2), n in pair_forms.items():
                if n > most and stem_of(w1) == s1 and stem_of(w2) == s2:
                    best, most = f"{w1} {w2}", n
        return best

    def shown(form: str) -> str:
        return " ".join(w.lower() if w.lower() in written else w for w in form.split())

    def text(gram) -> str:
        return gram if isinstance(gram, str) else " ".join(gram)

    picked: list[tuple[set[str], Theme]] = []
    recurring = [(g, n) for g, n in counts.items() if n >= 2]  # sorted by count below: nothing else can be a theme
    for gram, n in sorted(recurring, key=lambda kv: (-kv[1], -(1 if kv[0].__class__ is str else 2), text(kv[0]))):
        if len(picked) >= top:
            break
        words = {gram} if isinstance(gram, str) else set(gram)
        if any(words & seen_words for seen_words, _ in picked):
            continue
        quotes: list[str] = []
        for a, grams in zip(answers, per_answer):
            if gram in grams:
                quotes.append(a)
                if len(quotes) == 2:
                    break
        picked.append((words, Theme(theme=shown(surface(gram)), count=n, quotes=quotes)))
    return [t for _, t in picked]


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
        if all(float(v).is_integer() for v in vals):
            top = math.ceil(thr) - 1  # whole-number ratings under thr are at most ceil(thr) - 1
            label = f"at {top:g} or below"
        else:
            label = f"below {thr:g}"
        tvals = targets.get(skill) or []
        target = sum(tvals) / len(tvals) if tvals else None
        stats.append(SkillStat(skill=skill, mean=round(mean, 2), share_below=round(below / len(vals), 3), below=below,
                               answered=len(vals), scale_max=hi, scale_min=lo, threshold=thr, below_label=label, target=round(target, 2) if target is not None else None,
                               gap=round((target if target is not None else PROFICIENT * hi) - mean, 2)))
    # largest gap first, as a share of the scale so 1-5 and 1-10 skills compare; without targets, the lowest rated
    stats.sort(key=lambda s: (-s.gap / max(s.scale_max - s.scale_min, 1.0), (s.mean - s.scale_min) / max(s.scale_max - s.scale_min, 1.0), s.skill))
    return GroupAnalysis(respondents=respondents, skills=stats, themes=themes(answers), ranked_gaps=[s.skill for s in stats],
                         answers=len(answers))
