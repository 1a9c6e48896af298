"""Many case-insensitive phrase patterns over short texts, fast: a pattern is searched only in texts that hold
a word starting like its telling word.

One big alternation makes Python's regex engine try every pattern at every word (about 450 µs for a
150-character answer with the protected-ground lists). Here each pattern is indexed by the possible first
characters (up to six) of its most telling mandatory word, worked out from the parsed pattern ("expecting" for
"(she|he)'s expecting"); the text is split once into its words (runs of letters, digits, '_' and '-', lower
case), each distinct word is looked up in that index once per matcher (a cache: a survey's vocabulary is small)
and only the patterns found are searched. Same matches as the alternation: the leftmost, then the longest,
non-overlapping.

How a key meets a word that starts at the same place of the text: a six-character key made of word characters
is the word's first six characters; an open key (a prefix after which anything may follow: "disab" of
"disab\\w*") of word characters is the word's first characters; any other key (shorter than six: the whole
rest of a match, "ocd", "gen z", "mum's"; or holding a space or punctuation) starts with a word part (letters
and digits) that is the word's own word part ("gen", "mum"). The last is a superset (the pattern, searched in
full, decides).
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import chain
from typing import Optional

from planner.lexicon import phrases

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _p
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore
    import sre_parse as _p  # type: ignore

_K = 6  # prefix length used for the index
OPEN = "\x00"  # ends a prefix after which anything may follow ("disab" of "disab\\w*")
_LIMIT = 4000  # more prefixes than this: the pattern is tried everywhere
_WORD_PART = re.compile(r"[^\W_]*")
_RUNS = re.compile(r"[\w-]+")  # a word start is where such a run begins with a letter or digit
_WORDISH = re.compile(r"[\w-]*")


def _atom(op, av, need: int) -> Optional[set[str]]:
    if op is _c.LITERAL:
        return {chr(av).lower()}
    if op is _c.NOT_LITERAL or op is _c.ANY:
        return None
    if op is _c.IN:
        chars: set[str] = set()
        for op2, av2 in av:
            if op2 is _c.LITERAL:
                chars.add(chr(av2).lower())
            elif op2 is _c.RANGE and av2[1] - av2[0] <= 64:
                chars.update(chr(x).lower() for x in range(av2[0], av2[1] + 1))
            elif op2 is _c.CATEGORY and av2 is _c.CATEGORY_DIGIT:
                chars.update("0123456789")
            else:
                return None
        return chars
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}
    if op is _c.SUBPATTERN:
        return _firsts(list(av[-1]), need)
    if getattr(_c, "ATOMIC_GROUP", None) is not None and op is _c.ATOMIC_GROUP:
        return _firsts(list(av), need)
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            sub = _firsts(list(branch), need)
            if sub is None:
                return None
            out |= sub
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        lo, hi, item = av
        sub = _firsts(list(item), need)
        if sub is None:
            return None
        out = {""} if lo == 0 else set()
        cur = {""}
        for k in range(1, min(hi, need) + 1):
            cur = ({(c + s)[:need] for c in cur for s in sub if len(c) < need and not c.endswith(OPEN)}
                   | {c for c in cur if len(c) >= need or c.endswith(OPEN)})
            if k >= lo:
                out |= cur
            if len(cur) > _LIMIT:
                return None
        if lo > need:  # every copy beyond the prefix is irrelevant
            out = {c for c in cur if len(c) >= need} or cur
        return out
    return None


def _firsts(items: list, need: int) -> Optional[set[str]]:
    """The strings (at most `need` characters) a match of this sequence can begin with; a shorter string is a whole match."""
    results = {""}
    for op, av in items:
        nxt: set[str] = set()
        for r in results:
            if len(r) >= need or r.endswith(OPEN):
                nxt.add(r)
                continue
            ext = _atom(op, av, need - len(r))
            if ext is None:  # not enumerable (\w*, .): what is known so far is an open prefix
                nxt.add(r + OPEN)
                continue
            nxt.update((r + e)[:need] for e in ext)
        results = nxt
        if len(results) > _LIMIT:
            return None
        if all(len(r) >= need or r.endswith(OPEN) for r in results):
            break
    return results


def _is_space(item) -> bool:
    op, av = item
    return op is _c.LITERAL and chr(av) == " "


def _mandatory(item) -> bool:
    op, av = item
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        return av[0] >= 1
    return op not in (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


def anchor_keys(source: str) -> Optional[set[str]]:
    """Word prefixes (at most _K characters) one of which every match of the pattern holds at a word start:
    those of its last mandatory word, which is the telling one ("expecting" in "(she|he)'s expecting",
    "ill" in "(is|was) ill"); None when none can be worked out (the pattern is then tried on every text)."""
    items = list(_p.parse(source, re.I))
    if len(items) == 1 and items[0][0] is _c.BRANCH:  # "a|b|c": the keys of every branch
        out: set[str] = set()
        for branch in items[0][1][1]:
            keys = _anchor(list(branch))
            if keys is None:
                return None
            out |= keys
        return out
    return _anchor(items)


# the commonest English words (their first four letters): a poor anchor, they start a word in every text
_COMMON = frozenset(k[:_K] for k in phrases("survey_protected_common_words"))


def _badness(keys: set[str]) -> tuple[int, int, int]:
    return (sum(k in _COMMON or _WORD_PART.match(k).group(0) in _COMMON for k in keys), -min(len(k) for k in keys), len(keys))


def _anchor(items: list) -> Optional[set[str]]:
    starts = [0] + [i for i in range(1, len(items)) if _is_space(items[i - 1]) or (
        i >= 2 and not _mandatory(items[i - 1]) and _is_space(items[i - 2]))]
    options = []
    for i in starts:
        if not _mandatory(items[i]):
            continue
        keys = _firsts(items[i:], _K)
        if keys and "" not in keys and all(k[:1].isalnum() and len(k.rstrip(OPEN)) >= (3 if k.endswith(OPEN) else 1) for k in keys):
            # fewest common words, then fewest keys (each is a word that selects the pattern: "female" rather than
            # "connectors|plugs|ends|..."), then the later word: the telling one
            options.append((_badness(keys)[0], len(keys), -i, keys))
    return min(options, key=lambda o: o[:3])[3] if options else None


# a whitespace-delimited chunk -> its runs (lower case): _RUNS never matches whitespace and lower-casing neither makes
# nor removes whitespace (nor carries a final-sigma context across it), so a text's runs are those of its chunks
_CHUNK_RUNS: dict[str, tuple[str, ...]] = {}


def _chunk_runs(chunk: str) -> tuple[str, ...]:
    if len(_CHUNK_RUNS) > 200_000:  # bounded by the vocabulary of the texts seen
        _CHUNK_RUNS.clear()
    out = _CHUNK_RUNS[chunk] = tuple(_RUNS.findall(chunk.lower()))
    return out


def word_starts(text: str) -> set[str]:
    """The words of the text (lower case runs of letters, digits, '_' and '-'): every word start of the text begins
    one of them. (Runs that begin with '_' or '-' hold no word start; looking them up costs a set look-up.)
    Same as ``set(_RUNS.findall(text.lower()))``, each chunk of a survey's vocabulary matched once."""
    chunks = text.split()
    found = list(map(_CHUNK_RUNS.get, chunks))
    if None in found:
        found = [f if f is not None else _chunk_runs(c) for f, c in zip(found, chunks)]
    return set(chain.from_iterable(found))


class PhraseMatcher:
    """Patterns (regex source lines, each with a tag) matched case-insensitively as whole words.

    Each pattern is indexed by the word prefixes of its telling word (anchor_keys); a text gets the few
    patterns whose keys its words start with, searched in full. Leftmost, then longest, non-overlapping."""

    def __init__(self, lines: list[tuple[str, str]]):
        self.full: dict[str, list] = defaultdict(list)  # six-character keys of word characters
        self.open: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))  # open prefixes by length
        self.by_word: dict[str, list] = defaultdict(list)  # any other key, by its word part
        self.always: list = []
        for source, tag in lines:
            compiled = (re.compile(f"(?<![\\w-])(?:{source})(?![\\w])", re.I), tag)
            try:
                keys = anchor_keys(source)
            except Exception:  # pragma: no cover - an unusual construct: tried on every text
                keys = None
            if not keys:
                self.always.append(compiled)
                continue
            for k in keys:
                is_open = k.endswith(OPEN)
                body = k[:-1] if is_open else k
                if _WORDISH.fullmatch(body) and (is_open or len(body) == _K):
                    (self.open[len(body)][body] if is_open else self.full[body]).append(compiled)
                elif _WORD_PART.match(body).group(0):
                    self.by_word[_WORD_PART.match(body).group(0)].append(compiled)
                else:  # pragma: no cover - anchor keys start with a letter or digit
                    self.always.append(compiled)
        self._resolved: dict[str, tuple] = {}  # word -> the patterns a word start there selects (most words: none)
        self._quiet: set[str] = set()  # the words seen that select no pattern: a text of only these is done at once

    def _resolve(self, word: str) -> tuple:
        """The patterns whose telling word may start where ``word`` (a run of word characters) starts."""
        out: dict[int, tuple] = {}
        if len(word) >= _K:
            for c in self.full.get(word[:_K], ()):
                out[id(c)] = c
        for n, keyed in self.open.items():
            if len(word) >= n:
                for c in keyed.get(word[:n], ()):
                    out[id(c)] = c
        for c in self.by_word.get(_WORD_PART.match(word).group(0), ()):
            out[id(c)] = c
        found = tuple(out.values())
        if len(self._resolved) < 500_000:  # bounded by the distinct words of the texts seen
            self._resolved[word] = found
            if not found:
                self._quiet.add(word)
        return found

    def finditer(self, text: str, grams: Optional[set[str]] = None) -> list[tuple[int, int, str]]:
        """grams: word_starts(text) when the caller has them already (or of a text this one was masked from)."""
        if grams is None:
            grams = word_starts(text)
        if not self.always and self._quiet.issuperset(grams):
            return []  # every word seen before and none selects a pattern: the usual case, one set operation
        resolved = self._resolved
        cands: dict[int, tuple] = {}
        for g in grams:
            group = resolved.get(g)
            if group is None:
                group = self._resolve(g)
            if group:
                for c in group:
                    cands[id(c)] = c
        if not cands and not self.always:
            return []  # no word of the text starts like any pattern's telling word: the usual case
        found = [(m.start(), m.end(), t) for pat, t in [*cands.values(), *self.always] for m in pat.finditer(text)]
        found.sort(key=lambda h: (h[0], -h[1]))
        out, after = [], 0
        for a, b, t in found:
            if a >= after and b > a:
                out.append((a, b, t))
                after = b
        return out


