"""Word forms for English task statements: a verb's base form, its -ing/-s/-ed forms, a noun phrase's singular.

One inflection helper for the package (issue 10; base form, -ing/-s/-ed, singular, plural): the task-statement parser (``planner.grounding.parse``),
the context reader (``planner.extract.context``), the extractors and the generators all spell word forms here.
Forms are spelled by rule with a short list of exceptions; the verb list is ``lexicon/data/task_verbs.txt``
(O*NET task statements and DACUM charts). Lemmas of arbitrary words (lemminflect) are in ``planner.text.lemmas``.
"""

from __future__ import annotations

import re

from planner.lexicon import words

# Action verbs common in O*NET task statements and DACUM charts (plus the DOMAIN.md examples).
VERBS = words("task_verbs")

# Verbs whose final consonant doubles before -ing/-ed (stress on the last syllable).
_DOUBLE = words("text_doubling_verbs")
_NO_DOUBLE_ENDINGS = ("w", "x", "y")
_VOWELS = "aeiou"


def base_form(word: str) -> str:
    """A verb's base form from an -ing or -s form when the base is a known verb."""
    w = word.lower()
    if w in VERBS:
        return w
    if w.endswith("ing") and len(w) > 4:
        stem = w[:-3]
        for cand in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
            if cand and cand in VERBS:
                return cand
        # an unlisted verb: "reticulating" -> "reticulate", "onboarding" -> "onboard"
        return stem + "e" if stem.endswith(("at", "iz", "is", "ur", "ut", "iv", "ov", "uc", "ib", "ud", "ag")) else stem
    if w.endswith("ies") and w[:-3] + "y" in VERBS:
        return w[:-3] + "y"
    if w.endswith("es") and w[:-2] in VERBS:
        return w[:-2]
    if w.endswith("s") and w[:-1] in VERBS:
        return w[:-1]
    return w


def is_verb(word: str) -> bool:
    return base_form(word) in VERBS


def _doubles(verb: str) -> bool:
    if verb in _DOUBLE:
        return True
    # one-syllable consonant-vowel-consonant: plan -> planning, ship -> shipping
    syllables = len(re.findall(r"[aeiouy]+", verb))
    return (
        syllables == 1
        and len(verb) >= 3
        and verb[-1] not in _VOWELS
        and not verb.endswith(_NO_DOUBLE_ENDINGS)
        and verb[-2] in _VOWELS
        and verb[-3] not in _VOWELS
    )


def gerund(verb: str) -> str:
    """complete -> completing, submit -> submitting, see -> seeing, tie -> tying."""
    v = verb.lower()
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")) and len(v) > 2:
        return v[:-1] + "ing"
    if _doubles(v):
        return v + v[-1] + "ing"
    return v + "ing"


def verb_forms(verb: str) -> set[str]:
    """The forms a verb may take in a rewrite: base, -s, -ing, -ed."""
    v = verb.lower()
    forms = {v, gerund(v)}
    if v.endswith("y") and v[-2:-1] not in tuple(_VOWELS):
        forms |= {v[:-1] + "ies", v[:-1] + "ied"}
    else:
        forms.add(v + ("es" if v.endswith(("s", "sh", "ch", "x", "z")) else "s"))
        forms.add(v + "d" if v.endswith("e") else (v + v[-1] + "ed" if _doubles(v) else v + "ed"))
    return forms


_PLURAL_KEEP = ("ss", "us", "is", "ics", "news", "sales")


def singular(phrase: str) -> str:
    """'sales reps' -> 'sales rep', 'pharmacies' -> 'pharmacy' (the last word only)."""
    words = phrase.split()
    if not words:
        return phrase
    w = words[-1]
    lw = w.lower()
    if lw.endswith("ics") and len(lw) > 4:
        from lemminflect import getAllLemmas

        # "paramedics", "medics": a person noun whose only noun lemma drops the -s; "logistics", "analytics" stay
        if getAllLemmas(lw).get("NOUN") == (lw[:-1],):
            return " ".join(words[:-1] + [w[:-1]])
        return phrase
    if lw.endswith(_PLURAL_KEEP) or len(lw) <= 3:
        return phrase
    if lw.endswith("ies"):
        w = w[:-3] + "y"
    elif lw.endswith(("ches", "shes", "sses", "xes")):
        w = w[:-2]
    elif lw.endswith("s"):
        w = w[:-1]
    return " ".join(words[:-1] + [w])


def plural(phrase: str) -> str:
    """'day nurse' -> 'day nurses', 'pharmacy' -> 'pharmacies' (the last word, lemminflect's NNS form; a word
    already ending in -s is kept). Whether a group noun ('finance', 'the billing team') stays singular is the
    caller's call."""
    words = phrase.split()
    if not words or words[-1].lower().endswith("s"):
        return phrase
    from lemminflect import getInflection

    forms = getInflection(words[-1], tag="NNS")
    return " ".join(words[:-1] + [forms[0] if forms else words[-1] + "s"])


_PLURAL_MASS = frozenset(("staff", "people", "personnel", "police", "crew"))


def is_plural_np(np: str) -> bool:
    """The noun phrase takes a plural verb ("the carriers do", "the staff do", "the lab does"): its head ends in a
    plural -s (not -ss, -us, -is) or is a collective that English treats as plural."""
    head = np.split()[-1].lower()
    return (head.endswith("s") and not head.endswith(("ss", "us", "is"))) or head in _PLURAL_MASS

