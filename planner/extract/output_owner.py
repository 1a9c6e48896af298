"""The people whose work output opens the text: "embalmers' case reports are all over the place, the funeral directors
can't rely on them". ABCD 'audience' and the strict reader's criterion 3: the people who change are the ones who
produce the work, not its readers. A plural person noun in the possessive that opens a sentence, before the noun of
their output, names them; a role found later in the text, the subject of its own clause, is then the reader.

A person noun is one with an agentive suffix (-er, -or, -ist, -ian, -ant, -ent: English agent nouns) or a people noun
of the lexicon (extract_people_nouns); the people a team serves (extract_not_learners: customers, patients) never are.
"""

from __future__ import annotations

import re
from typing import Optional

from planner.lexicon import words

_POSSESSOR = re.compile(r"(?:^|[.!?;]\s+)(?:(?:the|our|my)\s+)?((?:[a-z][a-z-]*\s+)?([a-z][a-z-]*s))'\s+([a-z][a-z-]*)", re.I)
_AGENT = ("ers", "ors", "ists", "ians", "ants", "ents")


def output_owner(text: str) -> Optional[tuple[str, str]]:
    """(role singular, phrase as written) of the people whose output opens a sentence, or None."""
    m = _POSSESSOR.search(text)
    if not m:
        return None
    phrase, head = m.group(1), m.group(2).lower()
    from planner.extract.reviewer import is_role

    if is_role(m.group(3)) and m.group(3).lower() not in words("extract_not_learners"):
        return None  # "Judges' clerks get the transcripts": the possessed noun is people (the clerks), not an output (h19aud)
    sing = head[:-1]
    if sing in words("extract_not_learners") or not (head.endswith(_AGENT) or sing in words("extract_people_nouns")):
        return None
    first = phrase.split()[0].lower() if " " in phrase else None
    if first and first in words("extract_stopwords_en"):
        phrase = phrase.split(None, 1)[1]
    return phrase.lower()[:-1], phrase
