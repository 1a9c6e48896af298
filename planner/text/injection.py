"""Text that reads like instructions to an AI ("ignore previous instructions and ..."): the project's one detector.

Untrusted text is data, never instructions (OWASP Top 10 for LLM applications, LLM01 prompt injection: separate
untrusted content from instructions and never execute it). Two strengths of the same detector:

- ``overrides_instructions``: an explicit attempt to override instructions ("ignore the rules above", "you are
  now ...", "system prompt"). A manager's problem text drops such sentences before facts are read; the pattern
  is narrow because every sentence it drops is a fact lost.
- ``looks_like_instruction``: anything instruction-like, the narrow pattern plus role play, chat-role prefixes,
  delimiter tags, "instead, write ...". Survey answers that match are counted and kept out of themes and quotes;
  a false positive there costs one quote, not a fact.
"""

from __future__ import annotations

import re

_OVERRIDE = re.compile(
    r"\b(?:ignore|disregard|forget|override|bypass)\b[^.!?\n]{0,40}\b(?:instructions?|prompts?|rules|guidelines|above|previous|prior|everything)\b|"
    r"\b(?:new|updated|real) instructions?\b|\bsystem prompt\b|\byou are (?:now|no longer|an? (?:ai|assistant|language model|llm|chatbot))\b",
    re.I,
)
_OTHER = re.compile(
    r"\b(?:act|behave|respond) as (?:if|an?|the)\b|\bpretend (?:to be|you)\b|\bjailbreak|\bdo anything now\b|"
    r"^\s*(?:system|assistant|user)\s*:|</?\s*(?:answers|system|instructions?|prompt)\s*>|```|"
    r"\b(?:instead|now),? (?:write|output|print|say|respond|reply|return)\b|\b(?:write|compose) (?:me )?an? (?:poem|song|story|haiku)\b",
    re.I | re.M,
)

# every branch of the patterns above needs one of these (a substring test first: most texts have none)
_TRIGGERS = ("ignore", "disregard", "forget", "override", "bypass", "instruction", "system", "you are", "act as", "behave as",
             "respond as", "pretend", "jailbreak", "anything now", "assistant", "user", "answers", "prompt", "```", "instead", "now",
             "poem", "song", "story", "haiku")
_OVERRIDE_TRIGGERS = ("ignore", "disregard", "forget", "override", "bypass", "instruction", "system prompt", "you are")


# A whitespace-delimited chunk of a text (lower-cased) may hold a trigger: one without a space inside it, or ends with
# the first word of one with a space ("act" of "act as": the space after it ends the chunk). A text none of whose
# chunks may is one none of whose triggers is in (lower-casing keeps whitespace where it is). Cached per chunk.
_WHOLE = tuple(t for t in _TRIGGERS if " " not in t)
_FIRST_WORDS = tuple(t.split(" ")[0] for t in _TRIGGERS if " " in t)
_CHUNK_MAY: dict[str, bool] = {}


def _chunk_may(chunk: str) -> bool:
    if len(_CHUNK_MAY) > 200_000:  # bounded by the vocabulary of the texts seen
        _CHUNK_MAY.clear()
    low = chunk.lower()
    out = _CHUNK_MAY[chunk] = any(map(low.__contains__, _WHOLE)) or low.endswith(_FIRST_WORDS)
    return out


def _may_trigger(text: str) -> bool:
    chunks = text.split()
    flags = list(map(_CHUNK_MAY.get, chunks))
    if None in flags:
        flags = [f if f is not None else _chunk_may(c) for f, c in zip(flags, chunks)]
    return True in flags


def overrides_instructions(text: str) -> bool:
    """An explicit attempt to override instructions (the narrow test, for a manager's problem text)."""
    low = (text or "").lower()
    if not any(map(low.__contains__, _OVERRIDE_TRIGGERS)):
        return False
    return bool(_OVERRIDE.search(text or ""))


def looks_like_instruction(text: str) -> bool:
    """Anything instruction-like (the broad test, for untrusted survey answers)."""
    if not text or not _may_trigger(text):
        return False
    low = text.lower()
    if not any(map(low.__contains__, _TRIGGERS)):
        return False
    return bool(_OVERRIDE.search(text or "") or _OTHER.search(text or ""))
