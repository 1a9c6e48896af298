"""Which language a problem text is in: stopword ratios, no model.

The offline provider reads English only; for anything else it says so rather than
emitting a plan built from words it cannot read.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-zà-öø-ÿäöüß']+", re.I)
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in is are our we they their with for on at not that this it be have has was were a an my team".split()),
    "de": frozenset("der die das und ist sind nicht mit für auf ein eine unsere unser wir sie im zu den dem von bei auch werden".split()),
    "fr": frozenset("le la les et est sont pas avec pour sur un une nos notre nous ils des du dans au ce qui que".split()),
    "es": frozenset("el la los las y es son no con para en un una nuestro nuestros nosotros ellos del que por al se".split()),
    "nl": frozenset("de het en is zijn niet met voor op een onze ons wij zij van in te dat bij ook worden".split()),
    "pt": frozenset("o a os as e é são não com para em um uma nosso nossos nós eles do da que por se".split()),
    "it": frozenset("il lo la gli le e è sono non con per in un una nostro nostri noi loro del della che di".split()),
}
NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "nl": "Dutch", "pt": "Portuguese", "it": "Italian"}


def detect(text: str) -> str:
    """ISO 639-1 code of the most likely language; 'en' when the text has too few cue words to tell."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 3:
        return "en"
    scores = {lang: sum(w in sw for w in words) for lang, sw in STOPWORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    if best != "en" and scores[best] >= 2 and scores[best] > 1.5 * scores["en"]:
        return best
    return "en"
