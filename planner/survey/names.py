"""Names of people who appear in no column of the survey ("talk to Dmitri Volkov"): a conservative heuristic.

There is no named-entity recogniser to be had here: spaCy's official English pipelines are not on the package
registries (only third-party re-uploads of unknown provenance, which we do not use), and presidio's
recognisers find no person names without one. So, measured on the fixtures (bench/bench_survey_names.py):
a capitalised word ("Dmitri", not "SAP") that is not an English dictionary word (lemminflect's lexicon,
MIT, which holds the words of English and almost no first names or surnames) counts as a name when
- it follows a word that introduces a person ("talk to", "ask", "with", "from", "thanks to", "cc", "and" ...), or
- it stands next to another such word ("Dmitri Volkov", "Olusegun Bello approves refunds").
A name found once is redacted everywhere in the survey. Month and day names, the survey's own team, role and
question words are never names.

Limits, said plainly: a name that is also an English word ("Will", "Rose", "Tom") or that stands alone
without a cue ("Priyanka fixed it") is missed; a product, system or place name after a cue ("with Zendesk",
"from London") is redacted as [name] (a lost word in the analysis, no leak).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

_CAP = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)*"
_CUES = (r"(?:talk(?:ed|ing|s)?|speak(?:ing|s)?|spoke|chat(?:ted|ting)?|went|go(?:ing)?|turn(?:ed)?|listen(?:ed)?|"
         r"report(?:s|ed)?|escalat(?:e|ed|ing)|send|sent|forward(?:ed)?|thanks|thank you|according) to|"
         r"ask(?:ed|ing|s)?|tell|told|ping(?:ed|ing)?|cc|bcc|thank|thanks|e-?mail(?:ed)?|call(?:ed)?|messag(?:e|ed)|"
         r"contact(?:ed)?|with|from|by|and|or|like|except|mentor(?:ed)?|shadow(?:ed|ing)?|meet|met|help(?:ed|s)?|"
         r"unlike|ex-colleague|colleague|manager|supervisor|boss|lead|teammate|mentor")
CUED = re.compile(rf"\b(?:{_CUES})\s+(?P<n1>{_CAP})(?:\s+(?P<n2>{_CAP}))?")
_CAP_INSIDE = re.compile(rf"\s{_CAP}")
PAIR = re.compile(rf"\b(?P<n1>{_CAP})\s+(?P<n2>{_CAP})\b")
_NEVER = frozenset("""
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
    i i'm i've i'd i'll ok okay hi hello thanks dear
""".split())


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
        self.not_names = {fold(w) for v in not_names for w in re.findall(r"[^\W\d_]+", v or "")} | _NEVER
        self.found: set[str] = set()

    def _name(self, w: str | None) -> bool:
        if not w:
            return False
        f = self._fold(w)
        return f not in self.not_names and not is_dictionary_word(f)

    def scan(self, text: str) -> None:
        if not text or not _CAP_INSIDE.search(text):
            return  # both rules need a capitalised word after the first one
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
