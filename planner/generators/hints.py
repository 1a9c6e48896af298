"""The hints sent with the plan prompt: only facts the rules are sure of, each with the text it came from.

The rule extractors (``planner.extract``) read much more than they can be sure of: which number is
the baseline, who consumes the work, the impact category, the domain, what is missing. Sent as
facts, those guesses mislead a model (issue 15 found at least 10 wrong in 57 requests: "tier 2" read
as a baseline of 2, a five-month deadline as a baseline, "no baseline" where the text gives "about
1 in 4", the new role as the consumer, "finance" as the domain of a kitchen). The filter here keeps:

- ``number``: every number the extractor found *as written in the text*, with its sentence; no role
  (baseline, target, headcount) and no unit, since those are the guesses;
- ``role``: a role the text names (the extracted audience role or consumer, when its words are in one
  sentence of the text), without saying who does what;
- ``system``: a named system, as written;
- ``task``: the extracted task, when its words are in one sentence of the text;
- ``language``: only when the text is clearly not English.

Each hint is ``{"fact", "value", "span"}``; the span is the sentence of the problem the value was read
from. ``UPSKILL_HINTS=0`` (or ``upskill plan --no-hints``) sends none.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any

from planner.frame import ProblemFrame

_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;]?")


def hints_enabled() -> bool:
    return os.environ.get("UPSKILL_HINTS", "1").strip().lower() not in ("0", "false", "no", "off")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text or "") if s.strip()]


def span_verbatim(text: str, value: str) -> str | None:
    """The sentence holding ``value`` as written (case aside), or None."""
    v = " ".join((value or "").split()).lower()
    if not v:
        return None
    for s in _sentences(text):
        if v in " ".join(s.split()).lower():
            return s
    return None


def span_by_words(text: str, value: str) -> str | None:
    """The sentence holding every content word of ``value`` (by lemma: 'agent' finds 'agents'), or None."""
    from planner.text import lemmas as lx

    wanted = lx.content_words(value)
    if not wanted:
        return None
    for s in _sentences(text):
        bag = lx.lemma_set(s)
        if all(lx.shares(w, bag) for w in wanted):
            return s
    return None


def sure_hints(frame: ProblemFrame) -> list[dict[str, str]]:
    """The frame's facts that the text itself shows, each with its sentence (see the module docstring)."""
    text = frame.text or ""
    out: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()

    def add(fact: str, value: str | None, span: str | None) -> None:
        if value and span and (fact, value.lower()) not in seen:
            seen.add((fact, value.lower()))
            out.append({"fact": fact, "value": value, "span": span})

    if frame.language and frame.language != "en":
        add("language", frame.language, (_sentences(text) or [""])[0])
    for n in frame.numbers:
        add("number", n.text, span_verbatim(text, n.text))
    for role in (frame.audience_role, frame.consumer):
        if role:
            add("role", role, span_by_words(text, role))
    for system in frame.systems:
        add("system", system, span_verbatim(text, system) or span_by_words(text, system))
    if frame.task:
        add("task", frame.task, span_by_words(text, frame.task))
    return out


def hints_text(frame: ProblemFrame) -> str:
    """The hints as the prompt carries them: compact JSON, or a line saying none are sent."""
    if not hints_enabled():
        return "(none sent)"
    hints = sure_hints(frame)
    return json.dumps(hints, ensure_ascii=False, separators=(",", ":")) if hints else "(none)"


def old_hints(frame: ProblemFrame) -> dict[str, Any]:
    """What prompt plan-2026-11-22.1 sent: the whole frame (kept to measure the hint error rate against)."""
    data = frame.model_dump(exclude={"text"}, exclude_none=True)
    return {k: v for k, v in data.items() if v not in ([], {}, "")}
