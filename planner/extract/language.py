"""Which language a problem text is in: stopword ratios and letters a language has, no model.

The offline rules parse English; for German, Spanish or French text they write a short discovery plan in that
language (planner.generators.other_language), and for other languages the same plan in English words. Function words
of each language are read from planner/lexicon/data/extract_stopwords_<lang>.txt; letters that English does not use
("ß", "ñ", "ç") break a tie between languages.
"""

from __future__ import annotations

import re

from planner.lexicon import words

_WORD = re.compile(r"[a-zà-öø-ÿäöüßœ]+", re.I)  # apostrophes split words: "l'équipe" -> "l", "équipe"
LANGS = ("en", "de", "fr", "es", "nl", "pt", "it")
NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "nl": "Dutch", "pt": "Portuguese", "it": "Italian"}
# Letters English does not use, as evidence for a language (one point each, at most two)
_LETTERS = {"de": re.compile(r"[äöüß]", re.I), "es": re.compile(r"[ñ¿¡]|ción\b", re.I), "fr": re.compile(r"[çèêëàâùûœ]", re.I),
            "pt": re.compile(r"[ãõ]|ção\b", re.I)}


def stopwords(lang: str) -> frozenset[str]:
    return words(f"extract_stopwords_{lang}")


def detect(text: str) -> str:
    """ISO 639-1 code of the most likely language; 'en' when the text has too few cue words to tell."""
    ws = [w.lower() for w in _WORD.findall(text)]
    if len(ws) < 3:
        return "en"
    scores = {lang: float(sum(w in stopwords(lang) for w in ws)) for lang in LANGS}
    for lang, rx in _LETTERS.items():
        scores[lang] += min(2, len(rx.findall(text))) * 0.75
    best = max(scores, key=lambda k: scores[k])
    if best != "en" and scores[best] >= 2 and scores[best] > 1.5 * scores["en"]:
        return best
    return "en"
