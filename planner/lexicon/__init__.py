"""The project's word lists, one data file each, read from inside the installed package.

Every list is ``planner/lexicon/data/<name>.txt``: a header of ``#`` lines that names its source (a rule of the
field such as Mager, ABCD, SMART, O*NET task-writing guidance, or the module that owns the list and why), then one
entry per line (a word or a multi-word phrase; ``#`` starts a comment). Entries are lower-cased on read.

    from planner.lexicon import words, phrases
    NON_OBSERVABLE = words("non_observable_verbs")        # frozenset[str]
    OPENINGS = phrases("non_observable_phrases")         # tuple[str, ...] in file order

This is the lowest layer of the package: it imports nothing from ``planner``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

__all__ = ["words", "phrases", "names", "source", "trie"]


class LexiconError(LookupError):
    """A word list the code asks for is not in the package (a packaging or spelling mistake)."""


def _text(name: str) -> str:
    node = files(__name__).joinpath("data").joinpath(f"{name}.txt")
    if not node.is_file():
        raise LexiconError(f"word list {name!r} not found in planner/lexicon/data/")
    return node.read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def phrases(name: str) -> tuple[str, ...]:
    """The entries of list ``name`` in file order, lower-cased, comments and blank lines dropped."""
    out: list[str] = []
    seen: set[str] = set()
    for line in _text(name).splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        if entry and entry not in seen:
            seen.add(entry)
            out.append(entry)
    return tuple(out)


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The entries of list ``name`` as a set."""
    return frozenset(phrases(name))


def source(name: str) -> str:
    """The header comment of list ``name`` (where the list comes from), without the ``#`` marks."""
    head: list[str] = []
    for line in _text(name).splitlines():
        if not line.startswith("#"):
            break
        head.append(line.lstrip("#").strip())
    return " ".join(h for h in head if h)


def names() -> list[str]:
    """Every list the package carries."""
    return sorted(p.name[:-4] for p in files(__name__).joinpath("data").iterdir() if p.name.endswith(".txt"))


def trie(entries) -> str:
    """One regex for many literals, as a trie ("ask(?:ed|ing|s)?"): Python's engine then tries a handful of
    characters at each position instead of every literal. A longer entry is tried before its own prefix, so at
    each position it matches what the longest-first alternation of the same literals matches (the longest entry
    the rest of the pattern accepts: the engine backtracks into the optional tails)."""
    root: dict = {}
    for e in entries:
        node = root
        for ch in e:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        kids = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)
