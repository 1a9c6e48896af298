"""The learners' own clause read through the counts and fault words written inside it (issue 12, h15goal).

Managers put the size of a fault inside the very clause that names the work: "loan processors send about a third
of files to underwriting missing pay slips", "the receptionists take over the phones at lunch and mis-book about 6
appointments a week into the wrong clinic", "the parts counter guys pull the wrong brake kits a lot". The count is
the gap's number (read elsewhere, by planner.extract.numbers), not part of the work's object; "missing X" and "with
no X" are the item the work leaves out. Mager (Analyzing Performance Problems): the discrepancy names the
performance wanted, so the clause is read again with the count taken out and the left-out item written as
"without X" (which the behaviour reader turns into "... with X"), and a clause of the work that carries no fault
("take over the phones at lunch") gives way to the coordinated one that does ("mis-book ... into the wrong clinic").
Only the words of the text are used; nothing is added. The caller uses the result only where the plain reading
found no behaviour.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|a few|several)"
_ABOUT = r"(?:(?:about|around|roughly|nearly|almost|maybe|over|under|at least|close to)\s+)?"
# "about a third of files", "half the invoices", "one in five of the orders", "10% of the jobs", "most of the"
_SHARE = re.compile(r"\b" + _ABOUT + r"(?:a third|a quarter|a fifth|two thirds|three quarters|half|most|many|some|a lot|lots|"
                    r"" + _NUM + r"\s+(?:in|out of)\s+" + _NUM + r"|\d+(?:\.\d+)?\s*%|" + _NUM + r")\s+of\s+(?=(?:the\s+|their\s+|our\s+)?[a-z])", re.I)
_HALF_THE = re.compile(r"\b" + _ABOUT + r"half\s+(?=the\s+[a-z])", re.I)
# "about 6 appointments a week" -> "appointments"
_RATE = re.compile(r"\b" + _ABOUT + _NUM + r"\s+([a-z][a-z-]*s)\s+(?:a|per|each|every)\s+(?:day|week|month|shift|fortnight)\b", re.I)
_OFTEN = re.compile(r"\s+(?:a lot|all the time|most of the time|quite often|every now and then|now and again|far too often|too often)\b", re.I)
_MISSING = re.compile(r"(?<![Ii]s)(?<!are)(?<!was)(?<!were)(?<!keep)\s+(?:missing|with no|lacking)\s+(?=(?:the\s+|their\s+|a\s+|an\s+)?[a-z])")
# "... take over the phone lines at lunch and mis-book ...": the coordinated clause that carries the fault
_FAULT_CONJ = re.compile(r"\b(?P<subj>[a-z][\w-]*s)\s+(?P<first>[a-z][\w-]*\b[^.;,]*?)\s+and\s+(?P<v>mis-?[a-z]+|keep\s+[a-z]+ing)\b", re.I)


def _split_clauses(text: str) -> str:
    """"the clerks key the confirmations and compliance signs them off": "and" before a new subject and its finite
    verb ends the learners' clause (the other clause is someone else's step)."""
    from planner.concreteness import tagger as T

    def repl(m: re.Match) -> str:
        words, verb = m.group("np").split(), m.group("v").lower()
        t = T.tags(verb)
        nxt = m.group("nxt").lower()
        if nxt not in T.PRONOUNS and nxt not in T.ARTICLES and nxt not in T.QUANTIFIERS and nxt not in T.PARTICLES:
            return m.group(0)  # "and update care plans, ...": no object after the verb, so no new clause (a second verb phrase)
        if "VBZ" in t and not any(w.lower() in T.CLOSED - T.ARTICLES for w in words):
            return ". " + m.group("np") + " " + m.group("v") + " " + m.group("nxt")
        return m.group(0)

    return re.sub(r"\s+(?:and|but)\s+(?P<np>(?:the\s+|our\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?P<v>[a-z]+s)\s+(?P<nxt>[a-z]+)", repl, text)


def reread(text: str) -> str:
    """The text with the counts and fault words inside clauses rewritten as described above."""
    t = _FAULT_CONJ.sub(lambda m: f"{m.group('subj')} {m.group('v')}", text)
    t = _split_clauses(t)
    t = _RATE.sub(lambda m: m.group(1), t)
    t = _SHARE.sub("", t)
    t = _HALF_THE.sub("", t)
    t = _OFTEN.sub("", t)
    t = _MISSING.sub(" without ", t)
    return t


def fault_behaviour(text: str, learner_forms: tuple[str, ...], find: Callable) -> Optional[object]:
    """The behaviour read from the reread text with the caller's reader (``find(text, forms)``), or None."""
    t = reread(text)
    if t == text:
        return None
    return find(t, learner_forms)
