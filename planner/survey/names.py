"""Names of people who appear in no column of the survey ("talk to Dmitri Volkov"): a conservative heuristic.

There is no named-entity recogniser to be had here: spaCy's official English pipelines are not on the package
registries (only third-party re-uploads of unknown provenance, which we do not use), and presidio's
recognisers find no person names without one. So, measured on the fixtures (bench/bench_survey_names.py):
a capitalised word ("Dmitri", not "SAP") that is not an English dictionary word (lemminflect's lexicon,
MIT, which holds the words of English and almost no first names or surnames) counts as a name when
- it follows a word that introduces a person ("talk to", "ask", "with", "from", "thanks to", "cc", "and" ...), or
- it stands next to another such word ("Dmitri Volkov", "Olusegun Bello approves refunds").
A name found once is redacted everywhere in the survey. Month and day names, greetings, English function words
("The", "With": lemminflect lists open-class words only) and the survey's own team, role and question words are
never names. Both word lists are data files (planner/lexicon/data/survey_name_cues.txt, survey_not_names.txt).

Limits, said plainly: a name that is also an English word ("Will", "Rose", "Tom") or that stands alone
without a cue ("Priyanka fixed it") is missed; a product, system or place name after a cue ("with Zendesk",
"from London") is redacted as [name] (a lost word in the analysis, no leak).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from planner.lexicon import phrases, trie, words

_CAP = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)*"


_trie = trie  # one regex for many literals (planner.lexicon.trie)


# the cue words and phrases (planner/lexicon/data/survey_name_cues.txt)
_CUES = _trie(phrases("survey_name_cues"))
CUED = re.compile(rf"\b(?:{_CUES})\s+(?P<n1>{_CAP})(?:\s+(?P<n2>{_CAP}))?")
PAIR = re.compile(rf"\b(?P<n1>{_CAP})\s+(?P<n2>{_CAP})\b")
# the capitalised words of a text, checked first (with a cache): every name either rule can take is one of them
# or a part of one between its hyphens and apostrophes ("Marie" of "Anne-Marie")
_CAP_WORD = re.compile(_CAP)
_CUE_ENDS = tuple(phrases("survey_name_cues"))
_NEVER = words("survey_not_names")  # months, days, greetings, function words lemminflect lacks


@lru_cache(maxsize=65536)
def is_dictionary_word(word: str) -> bool:
    """An English word (lemminflect's lexicon: the word or an inflection of one), folded to lower case."""
    from lemminflect import getAllLemmas

    w = word.lower().strip("'’-")
    if len(w) < 2:
        return True
    return bool(getAllLemmas(w)) or (w.endswith("'s") and bool(getAllLemmas(w[:-2])))


class NameFinder:
    """Collects, over a whole survey, the capitalised non-dictionary words the rules above call names."""

    def __init__(self, not_names: Iterable[str] = ()):
        from planner.survey.redact import fold

        self._fold = fold
        values = set(not_names)  # a team or role column repeats its values in every row
        self.not_names = {fold(w) for v in values for w in re.findall(r"[^\W\d_]+", v or "")} | _NEVER
        self.found: set[str] = set()
        self._verdicts: dict[str, bool] = {}  # a capitalised word -> could a rule take it as a name
        self._cands: dict[str, tuple[tuple[int, int], ...]] = {}  # a chunk of text -> its possible names (_chunk_cands)

    def _name(self, w: str | None) -> bool:
        if not w:
            return False
        f = self._fold(w)
        return f not in self.not_names and not is_dictionary_word(f)

    def _may_be_name(self, word: str) -> bool:
        """Is the capitalised word, or any part of it a rule's match may start or end at (its hyphens and
        apostrophes: "Anne-Marie" and "Marie" of "Anne-Marie-Claire"), a name? Cached per word."""
        verdict = self._verdicts.get(word)
        if verdict is None:
            cuts = [i for i, c in enumerate(word) if c in "-'’"]
            starts, ends = [0, *(i + 1 for i in cuts)], [*cuts, len(word)]
            verdict = any(self._name(word[a:b]) for a in starts for b in ends if b > a)
            if len(self._verdicts) < 200_000:
                self._verdicts[word] = verdict
        return verdict

    def _chunk_cands(self, chunk: str) -> tuple[tuple[int, int], ...]:
        """(start, end) in a whitespace-delimited chunk of the capitalised words that may be names. _CAP never
        matches whitespace and looks neither behind nor ahead, so a text's matches are its chunks' matches."""
        if len(self._cands) > 200_000:  # bounded by the vocabulary of the survey
            self._cands.clear()
        out = self._cands[chunk] = tuple((m.start(), m.end()) for m in _CAP_WORD.finditer(chunk) if self._may_be_name(m.group()))
        return out

    def _rules_can_fire(self, text: str) -> bool:
        """Exact precondition of the two rules, from set look-ups: a cued name needs a possible name right after
        a cue and whitespace; a pair needs two possible names with only whitespace between them."""
        chunks = text.split()
        found = list(map(self._cands.get, chunks))
        if None in found:
            found = [f if f is not None else self._chunk_cands(c) for f, c in zip(found, chunks)]
        if not any(found):
            return False  # no possible name anywhere (the usual answer)
        if " ".join(chunks) == text:  # chunks one space apart: a chunk's matches are at its offset in the text
            cands, pos = [], 0
            for c, f in zip(chunks, found):
                if f:
                    cands.extend((pos + a, pos + b) for a, b in f)
                pos += len(c) + 1
        else:
            cands = [(m.start(), m.end()) for m in _CAP_WORD.finditer(text) if self._may_be_name(m.group())]
        for start, _ in cands:
            before = text[:start]
            stripped = before.rstrip()
            if len(stripped) < len(before) and stripped.endswith(_CUE_ENDS):
                return True
        for (_, a_end), (b_start, _) in zip(cands, cands[1:]):
            gap = text[a_end:b_start]
            if gap and gap.isspace():
                return True
        return False

    def scan(self, text: str) -> None:
        if not text or not self._rules_can_fire(text):
            return  # both rules take only possible names (n2 of a cue only after a name n1)
        for m in CUED.finditer(text):
            n1, n2 = m.group("n1"), m.group("n2")
            if self._name(n1):
                self.found.add(self._fold(n1))
                if self._name(n2):
                    self.found.add(self._fold(n2))
        for m in PAIR.finditer(text):
            if self._name(m.group("n1")) and self._name(m.group("n2")):
                self.found.add(self._fold(m.group("n1")))
                self.found.add(self._fold(m.group("n2")))
