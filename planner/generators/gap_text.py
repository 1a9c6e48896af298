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
    r"^(?:(?:and|but|so)\s+)?(?:(?:i|we)\s*(?:'d|’d|would|really)?\s+(?:want|need|like|hope|aim|must|be\s+(?:happy|pleased|glad)\s+with|settle\s+for)\b"
    r"|(?:need|needs|want|wants)\b"
    r"|(?:(?:the|our|my)\s+)?(?:[a-z-]+\s+){1,3}?(?:wants|would like)\b"  # "area manager wants 27 or above" (h18sig)
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



# who checks the work and how often: a reviewing verb with a fixed cadence ("reads the sheets every Monday", "emails a
# rejection report every Monday", "does a shelf-read every Friday"); a frequency of the fault ("twice a week") is not one
_CADENCE = re.compile(r"\b(?:every|each)\s+(?:day|night|week|month|morning|evening|shift|fortnight|monday|tuesday|wednesday|thursday|"
                      r"friday|saturday|sunday)\b|\b(?:daily|weekly|nightly|monthly)\b", re.I)
_REVIEW_VERB = re.compile(r"\b(?:reads|reviews|checks|spot-checks|emails|sends|signs off|goes through|inspects|visits|audits|samples|"
                          r"does a|runs a|pulls|looks at|listens to|walks)\b", re.I)


def without_reviewer_sentence(gap: str, learners: tuple[str, ...] = (), keep: str | None = None) -> str:
    """The gap without the sentence that says who checks the work and how often ("The lab manager emails a rejection
    report every Monday"): that is the feedback owner's cadence and the data source, not what goes wrong (h15sig;
    DOMAIN.md, current gap: "what people struggle with today, observed"). A sentence naming the learners or carrying
    `keep` (the baseline's text) stays; the gap is returned whole when nothing else would be left."""
    if not gap:
        return gap
    sents = [s for s in re.split(r"(?<=[.!?])\s+", gap.strip()) if s]

    def reviewer(s: str) -> bool:
        if not (_CADENCE.search(s) and _REVIEW_VERB.search(s)) or (keep and keep.lower() in s.lower()):
            return False
        return not any(w and re.search(rf"\b{re.escape(w)}\b", s, re.I) for w in learners)

    out = [s for s in sents if not reviewer(s)]
    return " ".join(out) if out else gap


def keep_figure_clause(gap: str, figure: str) -> str:
    """The gap up to the end of the clause that carries the fault's own figure ("..., which means about 12% of the
    galvanised sheet ends up as scrap"), without the further effects after it ("and the installers on site have to
    ..."): what goes wrong today, with the text's number (DOMAIN.md, current gap)."""
    i = gap.lower().find(figure.lower())
    if i < 0:
        return gap
    j = i + len(figure)
    m = re.search(r",?\s+and\s+(?:the|they|we|it|our|then)\b|;|(?<=[a-z])\.(?:\s|$)", gap[j:])
    if not m:
        return gap
    return gap[: j + m.start()].rstrip(" ,;") + "." + (" " + gap[j + m.end():].strip() if m.group(0).startswith(".") and gap[j + m.end():].strip() else "")
