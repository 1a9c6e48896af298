"""Words by their lemma, so that grounding checks compare meaning, not spelling.

"spotting" is "spot", "replies" is "reply", "charts" matches "chart": lemminflect's English
lexicon (MIT licence) gives every lemma of a word form, for every part of speech; the rule
spelling of ``planner.grounding.parse`` is the fallback when lemminflect is absent and for
words it does not know. Words in other languages are compared lowercased, as written.

Constituents (O*NET task statements: action verb + object + qualifier): an object phrase's
constituent runs up to its first preposition, comma, relative pronoun or bracket ("the tablet
app for daily reports" -> "the tablet app"); its head is the constituent's last content word.
"""

from __future__ import annotations

import functools
import re

from planner.text.inflect import base_form, singular

from planner import lexicon

WORD = re.compile(r"[^\W\d_][\w'’-]*", re.U)
# Never an action and never an object's head (issue 15: "a pronoun is never the action").
FUNCTION_WORDS = lexicon.words("text_function_words")
# Function words of the other languages plans are written in: never content.
OTHER_FUNCTION_WORDS = lexicon.words("text_function_words_other")
GENERIC_CONTENT = lexicon.words("text_generic_content")
_CUT = lexicon.words("text_constituent_cut")


@functools.lru_cache(maxsize=8192)
def _lemminflect(word: str) -> tuple[str, ...]:
    from lemminflect import getAllLemmas

    out: list[str] = []
    for lemmas in getAllLemmas(word).values():
        out.extend(lemmas)
    return tuple(out)


@functools.lru_cache(maxsize=8192)
def lemmas(word: str) -> frozenset[str]:
    """Every lemma ``word`` may have, lowercased, the word itself included."""
    w = word.lower().strip("'’-")
    found = {w, base_form(w), singular(w)}
    found.update(x.lower() for x in _lemminflect(w))
    return frozenset(x for x in found if x)


@functools.lru_cache(maxsize=8192)
def verb_lemmas(word: str) -> frozenset[str]:
    """The word's lemmas as a verb: lemminflect's VERB entry, else the rule spelling."""
    from lemminflect import getAllLemmas

    w = word.lower()
    v = getAllLemmas(w).get("VERB")
    return frozenset({x.lower() for x in v} if v else {base_form(w)})


_POSSESSIVE = re.compile(r"['’]s$")


def words(text: str) -> list[str]:
    """Lowercased words; a possessive 's is dropped ("the pharmacist's check" -> pharmacist, check)."""
    return [_POSSESSIVE.sub("", w.lower()).strip("'’-") for w in WORD.findall(text or "")]


def is_function_word(word: str) -> bool:
    w = word.lower()
    return w in FUNCTION_WORDS or w in OTHER_FUNCTION_WORDS


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if not is_function_word(w) and w not in GENERIC_CONTENT and len(w) > 1]


def lemma_set(text: str) -> set[str]:
    out: set[str] = set()
    for w in words(text):
        out |= lemmas(w)
    return out


def shares(word: str, bag: set[str]) -> bool:
    """``word`` appears in ``bag`` (a ``lemma_set``) under one of its lemmas."""
    return bool(lemmas(word) & bag)


def constituent(phrase: str) -> str:
    """The phrase up to its first preposition, comma, relative pronoun or bracket."""
    out: list[str] = []
    for tok in re.findall(r"[^\W_][\w'’/-]*|[,;:()\[\]]", phrase or "", re.U):
        if tok in ",;:()[]" or (tok.lower() in _CUT and out):
            break
        out.append(tok)
    return " ".join(out)


def head(phrase: str) -> str:
    """The last content word of the phrase's constituent ('' when it has none)."""
    cw = content_words(constituent(phrase))
    return cw[-1] if cw else ""


def parts(phrase: str) -> list[str]:
    """A coordinated phrase split into its members: 'accounts payable and finance (cash planning)' ->
    ['accounts payable', 'finance']."""
    p = re.sub(r"\([^)]*\)", " ", phrase or "")
    return [x.strip() for x in re.split(r",|;|\band\b|\bor\b|&|/|\bund\b|\by\b|\bet\b|\be\b", p) if x.strip()]
