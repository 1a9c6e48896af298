"""The words the problem text itself writes whole, for the cut-word check while a plan is written (issue 12).

A term of the trade the manager wrote ("perio chart", "sparkys", "LIMS") is no word cut mid-way, even when it is
the start of a common word ("perio" / "period"): the cut-word test (planner.concreteness.wellformed) exists to catch
text sliced mid-word ("they just don't wr"), and a token the source writes whole, bounded by spaces or punctuation,
was not sliced. Outside a plan (no source set) nothing changes. DOMAIN.md strict reader: "text cut mid-word"; issue
12: "Nothing is sliced from a sentence unless the slice is a whole constituent".
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SOURCE: ContextVar[frozenset[str]] = ContextVar("source_words", default=frozenset())
_CAPS: ContextVar[dict[str, str]] = ContextVar("source_caps", default={})


@contextmanager
def source_text(text: str) -> Iterator[None]:
    """While the block runs, the words of ``text`` count as written whole."""
    found = _WORD.findall(text or "")
    token = _SOURCE.set(frozenset(w.lower() for w in found))
    lower = {w for w in found if not w.isupper()}
    caps = _CAPS.set({w.lower(): w for w in found if len(w) >= 2 and w.isupper() and w.lower() not in {x.lower() for x in lower}})
    try:
        yield
    finally:
        _SOURCE.reset(token)
        _CAPS.reset(caps)


def current() -> frozenset[str]:
    return _SOURCE.get()


def acronym(tok: str) -> str | None:
    """The text's own capitals for a token it writes only as an acronym ("qa" -> "QA", "sres" -> "SREs"); else None.
    A plan that lower-cases the text's acronym misspells a name (h15gate)."""
    caps = _CAPS.get()
    if not caps or not tok.islower():
        return None
    if tok in caps:
        return caps[tok]
    if tok.endswith("s") and tok[:-1] in caps:
        return caps[tok[:-1]] + "s"
    return None


def written_whole(tok: str) -> bool:
    """The source text writes this token as a whole word."""
    return tok.lower() in _SOURCE.get()
