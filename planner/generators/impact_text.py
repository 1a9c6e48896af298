"""The work impact as the text's own consequence clause, kept out of the gap (issue 12, h15sig).

DOMAIN.md, work impact: "the effect on customers, quality, speed, compliance or cost" ("each incomplete note adds
about two days to a refund"); the current gap is what people do today, never its effect (the strict reader: "what
goes wrong today ... not the impact sentence"). Managers mark the effect with its own connective: "which means ...",
"each failed install means a second van visit", "every one of those becomes a refund ...", "we failed two client
audits this quarter because of it", or a clause whose subject is someone downstream acting on the output ("and the
adjusters send them straight back"). That clause, whole, is the impact; nothing else is written into it.
"""

from __future__ import annotations

import re
from typing import Optional

_END = r"[^.;!?]"
# "..., which means the catalogue says 'available' and nobody can find the book"
_WHICH_MEANS = re.compile(rf",?\s*\b(?:which|that|this)\s+(?:means|meant)\s+(?P<c>{_END}{{6,200}})", re.I)
# "each failed install means a second van visit", "every one of those becomes a refund the night auditor processes"
_EACH_MEANS = re.compile(
    rf"(?P<c>\b(?:each|every|any)\s+(?:(?:single\s+)?one\s+of\s+(?:those|them|these)|[a-z-]+(?:\s+[a-z-]+){{0,2}}?)\s+"
    rf"(?:means|becomes|costs|adds|triggers|leads to|results in|turns into|ends up as)\s+{_END}{{4,200}})", re.I)
# "we failed two client audits this quarter because of it"
_BECAUSE_OF = re.compile(rf"(?:^|[.;!?]\s+|,\s*(?:and\s+)?|\band\s+)(?P<c>(?:we|the|our|they|it|that|this)\b[^.;!?,]{{4,160}}?\bbecause of (?:it|this|that|them)\b)", re.I)
# "and the adjusters send them straight back": someone downstream acting on the output
_DOWNSTREAM = re.compile(r"(?:,\s*|\s+)and\s+(?P<c>the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:send|sends|bounce|bounces|reject|rejects|return|returns|"
                         r"query|queries|redo|redoes|re-?key|re-?keys|fix|fixes|chase|chases|kick|kicks)\s+(?:them|it|those)\b[^.;!?,]{0,60})", re.I)


# "..., which the last inspection flagged as a compliance finding": the relative's object is the fault ("it")
_WHICH_OBJ = re.compile(r",\s*which\s+(?P<np>(?:the|our|their)\s+(?:[a-z-]+\s+){0,3}?)(?P<v>[a-z]+)\s+(?P<rest>(?:as|to|for|before|when)\b[^.;!?]{3,120})", re.I)


def _which_obj(text: str) -> Optional[str]:
    from planner.extract.phrases import can_be_verb

    m = _WHICH_OBJ.search(text)
    if not m or not can_be_verb(m.group("v").lower()):
        return None
    np = re.sub(r"^(?:our|their)\s", "the ", m.group("np").strip(), flags=re.I)
    return f"{np} {m.group('v')} it {' '.join(m.group('rest').split())}"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def consequence(text: str, learner_words: tuple[str, ...] = ()) -> Optional[str]:
    """The text's own consequence clause as one sentence, or None."""
    from planner.generators.gate import problems

    for rx in (_WHICH_MEANS, _EACH_MEANS, _BECAUSE_OF, _WHICH_OBJ, _DOWNSTREAM):
        m = rx.search(text)
        if not m:
            continue
        c = _which_obj(text) if rx is _WHICH_OBJ else " ".join(m.group("c").split()).strip(" ,;:")
        if not c:
            continue
        if rx is not _WHICH_OBJ:  # the manager's request after the clause ("..., need it fixed by ...") is no effect
            c = re.split(r",?\s+(?:need|needs|i want|we want|i'd like|we'd like|want)\b", c, flags=re.I)[0].strip(" ,;:")
        if rx is _DOWNSTREAM and any(re.search(rf"\b{re.escape(w)}\b", c.split(" send")[0], re.I) for w in learner_words if w):
            continue  # the learners' own clause, not someone downstream
        if len(c.split()) < 4:
            continue
        out = _cap(c) + "."
        if not problems(out):
            return out
    return None


def without_clause(gap: str, clause: Optional[str]) -> str:
    """The gap with the consequence clause cut at its own connective ("..., which means ..."), when the gap quotes it;
    the gap unchanged otherwise."""
    if not clause or not gap:
        return gap
    body = clause.rstrip(".")
    i = gap.lower().find(body.lower())
    if i < 0 and " it " in body:  # "The last inspection flagged it as ..." is quoted in the gap as "which the last inspection flagged as ..."
        i = gap.lower().find(body.lower().replace(" it ", " ", 1))
        body = body.replace(" it ", " ", 1)
    if i <= 0:
        return gap
    head = gap[:i]
    head = re.sub(r"(?:(?:,\s*|\s+)(?:which|that|this)(?:\s+(?:means|meant))?|(?:,\s*|\s+)(?:and|so|then|and then|and so|so then)|[,;:])\s*$", "",
                  head.rstrip(), flags=re.I).rstrip(" ,;:")
    rest = re.sub(r"^[\s,;:.]*(?:(?:and|but|so)\s+)?", "", gap[i + len(body):])
    rest = rest[:1].upper() + rest[1:]
    if len(head.split()) < 4:
        return gap
    return (head.rstrip(" .") + "." + (" " + rest if rest else "")).strip()


def counts_the_consequence(text: str, base, learner_words: tuple[str, ...] = ()) -> bool:
    """The baseline is a count inside the text's consequence clause ("we failed two client audits this quarter because
    of it"): it measures the impact, not the behaviour the plan trains (the strict reader: the metric must match the
    behaviour; completing a log is not counted in failed audits). A rate is left alone."""
    if base is None or base.unit == "%" or base.per:
        return False
    c = consequence(text, learner_words)
    return bool(c and base.text.lower() in c.lower())
