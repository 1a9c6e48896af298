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


@contextmanager
def source_text(text: str) -> Iterator[None]:
    """While the block runs, the words of ``text`` count as written whole."""
    token = _SOURCE.set(frozenset(w.lower() for w in _WORD.findall(text or "")))
    try:
        yield
    finally:
        _SOURCE.reset(token)


def current() -> frozenset[str]:
    return _SOURCE.get()


def written_whole(tok: str) -> bool:
    """The source text writes this token as a whole word."""
    return tok.lower() in _SOURCE.get()
