"""The well-formedness gate every offline sentence passes before it is emitted (issue 12).

The check itself is ``planner.concreteness.wellformed.wellformed_problems(text) -> list[str]``
(owned by the concreteness checker; empty = well-formed). Until that module is present, a local
minimum runs with the same contract: a cut word, doubled punctuation, a dangling preposition,
article or conjunction at the end. A sentence that fails is never shipped: ``gated`` returns the
caller's fallback (neutral scaffolding or an explicit blank with a question).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

_DANGLING = frozenset(
    "a an the of to for in on at by with from into onto and or but so than that which who whose "
    "their our his her its my your this these those is are was were be can will would should".split()
)
_DOUBLED = re.compile(r"([;:,.!?])\s*\1|[;:,]\s*[.;:,]|\s[,;:.!?]")
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _local_problems(text: str) -> list[str]:
    t = (text or "").strip()
    if not t:
        return ["empty"]
    out: list[str] = []
    if _DOUBLED.search(t.replace("...", "…")):
        out.append("doubled or misplaced punctuation")
    words = _WORDS.findall(t)
    if words and words[-1].lower() in _DANGLING and not t.endswith("?"):
        out.append(f"ends on '{words[-1]}'")
    if t.count("(") != t.count(")") or t.count('"') % 2:
        out.append("unbalanced brackets or quotes")
    return out


@lru_cache(maxsize=1)
def _checker() -> Callable[[str], list[str]]:
    from planner.concreteness.wellformed import wellformed_problems

    return wellformed_problems


def problems(text: str, phrase: bool = False) -> list[str]:
    """What is wrong with a sentence; for a noun-phrase field (a title, a list item) a missing verb is no fault."""
    from planner.text.source_words import current

    return list(_problems(text, phrase, current()))


@lru_cache(maxsize=16384)  # plans repeat their scaffolding sentences: check each once (per source text's words)
def _problems(text: str, phrase: bool, source: frozenset = frozenset()) -> tuple[str, ...]:
    found = list(_checker()(text)) + [p for p in _local_problems(text) if p.startswith("doubled")]
    if phrase:
        found = [p for p in found if "fragment" not in p]
    return tuple(found)


def gated(text: str, fallback: str, phrase: bool = False) -> str:
    """``text`` when it is well-formed; else the text with the slips a rule can undo undone, when that is well-formed
    (planner.concreteness.structure.repair: a verb form, a stray particle or verb, a trailing comma; h15gate); else
    ``fallback`` (which must itself be neutral and well-formed)."""
    if not problems(text, phrase):
        return text
    from planner.concreteness.structure import repair

    fixed = repair(text)
    return fixed if fixed and fixed != text and not problems(fixed, phrase) else fallback


def clip(text: str, limit: int) -> str:
    """Shorten at a sentence or clause boundary, else at a word boundary with an ellipsis: never mid-word."""
    t = " ".join((text or "").split())
    if len(t) <= limit:
        return t
    cut = t[:limit]
    for sep in (". ", "; ", ", "):
        k = cut.rfind(sep)
        if k > limit // 2:
            return cut[:k].rstrip(" ,;") + "."
    k = cut.rfind(" ")
    return (cut[:k] if k > 0 else cut).rstrip(" ,;:") + "…"
