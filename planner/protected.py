"""Remarks about protected characteristics: never a skill gap, never in a plan.

Pregnancy, age, health and disability, religion, ethnicity and race, national origin,
sex and gender identity, sexual orientation, marital and family status (the grounds of
equality law such as the UK Equality Act 2010 and US EEO rules). The plan generator and
survey batches drop sentences that mention them before anything is planned or sent to a
provider, and count what they dropped.
"""

from __future__ import annotations

import re

PROTECTED = re.compile(
    r"\b(pregnan\w*|maternity|paternity|retirement age|near retirement|too old|too young|older workers?|young(?:er)? workers?|"
    r"(?:his|her|their) age|aged? \d{2}|\d{2} years old|menopaus\w*|disab\w*|wheelchair|illness|sick(?:ness)?|cancer|"
    r"diabet\w*|depress\w*|mental health|autis\w*|adhd|dyslexi\w*|religio\w*|muslim|christian|jewish|hindu|sikh|buddhist|"
    r"ramadan|prayer|church|mosque|synagogue|ethnic\w*|race|racial|black|white|asian|hispanic|latino|immigrant\w*|"
    r"foreigner\w*|nationality|accent|gay|lesbian|bisexual|transgender|trans\b|sexual orientation|gender identity|"
    r"married|divorc\w*|single mother|single parent|childcare|has kids|her kids|his kids)\b",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def mentions_protected(text: str) -> bool:
    return bool(PROTECTED.search(text or ""))


def drop_protected_sentences(text: str) -> tuple[str, int]:
    """The text without sentences that mention a protected characteristic, and how many were dropped."""
    kept, dropped = [], 0
    for s in _SENTENCE.split(text):
        if not s.strip():
            continue
        if mentions_protected(s):
            dropped += 1
        else:
            kept.append(s.strip())
    return " ".join(kept), dropped
