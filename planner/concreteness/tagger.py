"""A small word-class tagger for statements: closed-class words by list, open-class words by lexicon.

The lexicon (``data/lexicon.json``, from WordNet 3.0 lemmas inflected by lemminflect, with wordfreq
frequencies; see scripts/make_concreteness_lexicon.py) holds each English word form with its possible Penn
tags (VB VBD VBN VBG VBZ NN NNS JJ RB ...), its verb lemma and how common it is; closed classes (articles,
prepositions, conjunctions, modals, auxiliaries, pronouns) are listed here and take precedence.
This is the package's own public inflection helper: ``verb_lemma`` and ``tags`` replace any use of
grounding internals. Chosen over the link grammar parser by measurement (bench/RESULTS.md, issue 13).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from planner.lexicon import phrases, words

# Closed classes (Quirk et al., *A Comprehensive Grammar of the English Language*, ch. 2-3 word classes), one
# lexicon file each (lexicon/data/checker_<class>.txt). Particles are the words that can close a phrasal verb
# ("set up", "log in", "sign off"): not a dangling preposition after a verb.
_CLASSES = "articles quantifiers prepositions particles coordinators subordinators pronouns modals be have do negation"
(ARTICLES, QUANTIFIERS, PREPOSITIONS, PARTICLES, COORDINATORS, SUBORDINATORS, PRONOUNS, MODALS, BE, HAVE, DO,
 NEGATION) = (words(f"checker_{name}") for name in _CLASSES.split())
CLOSED = ARTICLES | QUANTIFIERS | PREPOSITIONS | COORDINATORS | SUBORDINATORS | PRONOUNS | MODALS | BE | HAVE | DO | NEGATION | {"etc", "also", "then", "only", "very", "yes"}

NUMBER_WORDS = words("checker_number_words")
TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z0-9]+)+|[A-Za-z][A-Za-z'’]*[A-Za-z]|[A-Za-z]|\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?%?|%|…|\.{2,}|[^\sA-Za-z\d]")
_DATA = Path(__file__).parent / "data" / "lexicon.json"
_NO_ENTRY = (frozenset(), "", 0.0)


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """form -> "tags|verb lemma|zipf", read once (a JSON object loads fast; entries are parsed when looked up)."""
    return json.loads(_DATA.read_text(encoding="utf-8"))["forms"]


_interned: dict[str, frozenset[str]] = {}


@lru_cache(maxsize=65536)
def _entry(w: str) -> tuple[frozenset[str], str, float]:
    raw = _table().get(w)
    if raw is None:
        return _NO_ENTRY
    t, lemma, z = raw.split("|")
    fs = _interned.get(t)
    if fs is None:
        fs = _interned[t] = frozenset(t.split())
    return fs, lemma, float(z)


def zipf(word: str) -> float:
    """How common the word is in ordinary English (Zipf scale, wordfreq at generation time); 0 if unseen."""
    return _entry(word.lower())[2]


@lru_cache(maxsize=4)
def common_words(min_zipf: float) -> list[str]:
    """Sorted forms at least this common (for finding the word a cut-off token starts)."""
    return sorted(w for w, raw in _table().items() if float(raw.rsplit("|", 1)[1]) >= min_zipf)


def tokenize(text: str) -> list[str]:
    return TOKEN.findall(text)


@lru_cache(maxsize=65536)
def tags(word: str) -> frozenset[str]:
    """Possible open-class tags of a word form ('' for unknown); closed-class words get their class name."""
    if len(word) > 1 and word.isupper():
        return frozenset({"NNP"})  # an acronym or a product name: "IT", "CRM", "SAP"
    w = word.lower().replace("’", "'")
    if w in ARTICLES:
        return frozenset({"DT"})
    if w in MODALS:
        return frozenset({"MD"})
    if w in BE or w in HAVE or w in DO:
        return frozenset({"AUX"})
    if w in PREPOSITIONS and w != "to":
        return frozenset({"IN"} | ({"RP"} if w in PARTICLES else set()))
    if w == "to":
        return frozenset({"TO"})
    if w in COORDINATORS:
        return frozenset({"CC"})
    if w in SUBORDINATORS:
        return frozenset({"WH"})
    if w in PRONOUNS:
        return frozenset({"PRP"})
    if w in QUANTIFIERS:
        return frozenset({"Q"})
    if w in NEGATION:
        return frozenset({"NEG"})
    if w[:1].isdigit() or w in NUMBER_WORDS:
        return frozenset({"CD"})
    t = _entry(w)[0]
    if not t and "-" in w:  # "follow-up", "tier-1", "tack-weld": judge by the last part
        t = _entry(w.rsplit("-", 1)[-1])[0]
    if not t:
        t = _guess(w)
    return t or frozenset()


_PREFIXES = phrases("checker_verb_prefixes")
_VERB_SUFFIXES = ("ize", "ise", "ify", "ate")


def _guess(w: str) -> frozenset[str] | None:
    """An unknown word's likely class by morphology: a verb prefix on a known verb ("declutter",
    "precast"), or a verb-forming suffix ("euthanize"); otherwise nothing is assumed."""
    for p in _PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 3:
            t = _entry(w[len(p):])[0]
            if t and t & {"VB", "VBZ", "VBD", "VBN", "VBG"}:
                return t
    if w.endswith(_VERB_SUFFIXES) and len(w) > 5:
        return frozenset({"VB"})
    if w.endswith(("izes", "ises", "ifies", "ates")) and len(w) > 6:
        return frozenset({"VBZ"})
    return None


def is_word(word: str) -> bool:
    """A dictionary word: closed class or in the lexicon."""
    w = word.lower()
    return w in CLOSED or bool(tags(w))


@lru_cache(maxsize=65536)
def verb_lemma(word: str) -> str:
    """The verb lemma of a form ('reconciles' -> 'reconcile', 'written' -> 'write'); '' when it is no verb form."""
    w = word.lower().replace("’", "'")
    if w in BE:
        return "be"
    if w in HAVE:
        return "have"
    if w in DO:
        return "do"
    return _entry(w)[1]


def can_be_verb(word: str, forms: tuple[str, ...] = ("VB", "VBZ", "VBD", "VBP")) -> bool:
    t = tags(word)
    return any(f in t for f in forms)


def is_finite_verb(word: str) -> bool:
    """Could be a finite or imperative verb: base, -s or past form (not only -ing or a participle)."""
    t = tags(word)
    return "VB" in t or "VBZ" in t or "VBD" in t or "AUX" in t or "MD" in t


__all__ = ["tokenize", "tags", "is_word", "verb_lemma", "zipf", "common_words", "can_be_verb", "is_finite_verb", "ARTICLES", "PREPOSITIONS",
           "PARTICLES", "COORDINATORS", "SUBORDINATORS", "MODALS", "PRONOUNS", "QUANTIFIERS"]
