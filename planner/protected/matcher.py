"""Many case-insensitive phrase patterns over short texts, fast: a pattern is searched only in texts that hold
a word starting like its telling word.

One big alternation makes Python's regex engine try every pattern at every word (about 450 µs for a
150-character answer with the protected-ground lists). Here each pattern is indexed by the possible first
characters (up to six) of its most telling mandatory word, worked out from the parsed pattern ("expecting" for
"(she|he)'s expecting"); a text's word starts are looked up in that index (set look-ups) and only the
patterns found are searched. Same matches as the alternation: the leftmost, then the longest, non-overlapping.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

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
_GRAMS = re.compile(r"(?<![\w-])(?=([^\W_].{0,%d}))" % (_K - 1), re.S)  # the first _K characters at every word start


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
_COMMON = frozenset(k[:_K] for k in """the and for with that this have has had are was were our their they them you your not but
    too very just about from into when what which who will would could should can does did get got out more most less than
    then also only some any all its there here been being because while where how why time lot need want know feel think
    team work make made take use like still a an to of in on at by it is be as or so if no do my me we he she his her him
    i i'm i've one two new old off over under after before again same other such each many much""".split())


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
            options.append((_badness(keys)[0], -i, keys))  # on a tie, the later word: the telling one
    return min(options, key=lambda o: o[:2])[2] if options else None


def word_starts(text: str) -> set[str]:
    """The first _K characters (lower case) at every word start of the text."""
    return set(_GRAMS.findall(text.lower()))


class PhraseMatcher:
    """Patterns (regex source lines, each with a tag) matched case-insensitively as whole words.

    Each pattern is indexed by the word prefixes of its telling word (anchor_keys); a text gets the few
    patterns whose keys its words start with, searched in full. Leftmost, then longest, non-overlapping."""

    def __init__(self, lines: list[tuple[str, str]]):
        self.by_key: dict[str, list] = defaultdict(list)
        self.open: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))  # open prefixes by length
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
                if k.endswith(OPEN):
                    self.open[len(k) - 1][k[:-1]].append(compiled)
                else:
                    self.by_key[k].append(compiled)
        self.short = any(len(k) < _K for k in self.by_key)
        for k in [k for k in self.by_key if len(k) < _K and not _WORD_PART.fullmatch(k)]:
            self.always.extend(self.by_key.pop(k))  # a short key that is not one word: tried on every text

    def finditer(self, text: str, grams: Optional[set[str]] = None) -> list[tuple[int, int, str]]:
        """grams: word_starts(text) when the caller has them already (or of a text this one was masked from)."""
        by_key = self.by_key
        cands: dict[int, tuple] = {}
        short = self.short
        for g in grams if grams is not None else word_starts(text):
            group = by_key.get(g)
            if group:
                for c in group:
                    cands[id(c)] = c
            for n, keyed in self.open.items():
                group = keyed.get(g[:n])
                if group:
                    for c in group:
                        cands[id(c)] = c
            if short:  # a key shorter than _K is a whole word ("ocd"): the gram's word part
                w = _WORD_PART.match(g).group(0)
                group = by_key.get(w) if len(w) < _K else None
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


