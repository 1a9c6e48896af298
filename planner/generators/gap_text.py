"""The current gap as the text's own sentences, without the manager's request inside them (issue 12, h14sig).

DOMAIN.md, current gap: "what people struggle with today, observed". Mager's performance discrepancy is what is
done today, not what is wanted: a clause that asks for something ("and I need these four signed off by Christmas",
"need a refresher on the specs", "our stylists need help with it", "I want to get that from 4 weeks to 2") is the
goal or the target, never the gap. Such clauses are dropped whole, at their clause boundary; nothing else changes.
"""

from __future__ import annotations

import re

# a clause that asks: first-person want/need/like, a subjectless "need(s) ..."/"want ...", or "<the people> need help/
# training/a refresher ..."
_REQUEST = re.compile(
    r"^(?:(?:and|but|so)\s+)?(?:(?:i|we)\s*(?:'d|’d|would|really)?\s+(?:want|need|like|hope|aim|must)\b"
    r"|(?:need|needs|want|wants)\b"
    r"|(?:(?:the|our|my|these|they)\s+)?(?:[a-z-]+\s+){0,2}?(?:need|needs)\s+(?:help|training|a\s+(?:proper\s+)?refresher|"
    r"a course|upskilling|to (?:get|be|learn))\b)",
    re.I,
)
_SPLIT = re.compile(r"(\s*[,;:]\s+|\s+(?=(?:and|but)\s+(?:i|we)\b))", re.I)


def _clean(sentence: str) -> str:
    parts = _SPLIT.split(sentence)
    keep: list[str] = []
    for i in range(0, len(parts), 2):
        seg = parts[i].strip()
        if i and _REQUEST.match(seg):
            continue  # the first clause is the sentence's own statement: a whole-request sentence is dropped below
        keep.append((parts[i - 1] if i and keep else "") + parts[i])
    out = "".join(keep).strip().rstrip(",;: ")
    return out


def without_requests(gap: str) -> str:
    """The gap with each request clause removed; a sentence that is only a request is dropped; "" when nothing is
    left (the caller keeps its own fallback)."""
    sents = [s for s in re.split(r"(?<=[.!?])\s+", (gap or "").strip()) if s]
    out = []
    for s in sents:
        end = s[-1] if s[-1] in ".!?" else "."
        body = s.rstrip(".!? ")
        if _REQUEST.match(body):
            continue
        c = _clean(body)
        if len(c.split()) >= 3:
            out.append(c + end)
    return " ".join(out)
