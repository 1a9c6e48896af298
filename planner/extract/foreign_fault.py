"""The fault a German, Spanish or French text names, and how often: read from word starts, not parsed.

DOMAIN.md, "current gap": what people struggle with today, observed. Issue 12, round 6: when the text gives the fault
("no anotan las alergias en la comanda", "vergessen ... das Ablaufdatum", "se trompent d'allée 3 fois par jour"), the
plan quotes it as the gap and never says the gap is not yet observed. A number before a word that counts times ("2
veces", "3 fois", "2 Mal") counts how often, never people (a headcount is a count of persons: ABCD "audience").
Mager: a negated performance is the performance missing; its frequency is the criterion's baseline.

Word lists: planner/lexicon/data/extract_foreign_faults.txt.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from planner.lexicon import phrases

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)?", re.U)
# "2 veces por semana", "3 fois par jour", "zweimal pro Woche", "2 Mal die Woche", "dos veces al día"
_PER = r"(?:por|par|pro|al|a\s+la|au|am|im|die|in\s+der|each|a)"
_NUM = r"(?:\d+|[^\W\d_]+)"


@lru_cache(maxsize=1)
def _lists() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for e in phrases("extract_foreign_faults"):
        kind, _, rest = e.partition(" ")
        out.setdefault(kind, []).append(rest)
    return {k: tuple(v) for k, v in out.items()}


def is_unit(word: str) -> bool:
    """A noun that counts times or time ("veces", "fois", "Mal", "Wochen"), never people."""
    return word.lower() in _lists().get("unit", ())


def _has(s: str, kind: str) -> bool:
    low = " ".join(m.group(0).lower() for m in _WORD.finditer(s))
    words = low.split()
    for stem in _lists().get(kind, ()):
        if " " in stem:
            if re.search(rf"\b{re.escape(stem)}", low):
                return True
        elif any(w.startswith(stem) if kind == "fault" else w == stem for w in words):
            return True
    return False


def fault_sentence(sentences: list[str], role_plural: Optional[str]) -> Optional[str]:
    """The first sentence that names a fault of the work: a negation or a fault word, in the sentence that names the
    people when one does (their own clause), else in any sentence."""
    hits = [s for s in sentences if _has(s, "neg") or _has(s, "fault")]
    if role_plural:
        own = [s for s in hits if role_plural.lower() in s.lower()]
        if own:
            return own[0]
    return hits[0] if hits else None


def frequency(sentence: str, number_words: dict[str, int]) -> Optional[str]:
    """'2 veces por semana', 'trois fois par jour', 'zweimal pro Woche': how often the fault happens, as written."""
    units = "|".join(sorted((re.escape(u) for u in _lists().get("unit", ()) if u in ("vez", "veces", "fois", "mal")), key=len, reverse=True))
    for m in re.finditer(rf"\b(?:(?:casi|unas|environ|etwa|rund|fast)\s+)?(?P<n>{_NUM})\s*(?:{units})\s+{_PER}\s+[^\W\d_]+", sentence, re.I):
        n = m.group("n").lower()
        if n.isdigit() or n in number_words or n in ("una", "une", "ein", "einmal"):
            return m.group(0)
    m = re.search(rf"\b(?:(?:etwa|rund|fast)\s+)?(?:zwei|drei|vier|fünf|ein)mal\s+{_PER}\s+[^\W\d_]+", sentence, re.I)
    return m.group(0) if m else None


# "bei etwa jeder fünften Rezeptur": a share written as an ordinal (1 in N); the value is 100/N
_ORDINAL = {"zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7, "acht": 8, "zehnt": 10, "zwanzigst": 20}


def ordinal_share(sentence: str) -> Optional[str]:
    """'etwa jeder fünften Rezeptur' -> 'etwa jeder fünften Rezeptur (20 %)': one in N, as written, with its percent."""
    m = re.search(rf"\b(?:(?:etwa|rund|fast|knapp|mindestens)\s+)?jede[rnms]?\s+(?P<o>{'|'.join(_ORDINAL)})e[nr]?\s+[A-ZÄÖÜ][^\W\d_]+",
                  sentence)
    if not m:
        return None
    return f"{m.group(0)} ({round(100 / _ORDINAL[m.group('o')]):g} %)"
