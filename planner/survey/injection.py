"""Free-text answers that read like instructions to an AI ("ignore previous instructions and ...").

Such answers never shape the analysis (no themes, no gaps); they stay only as quoted data inside the
<answers> delimiters of the problem text, where the plan prompt treats everything as data (OWASP LLM01,
prompt injection: separate untrusted content from instructions and never execute it).
"""

from __future__ import annotations

import re

_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override|bypass)\b[^.!?\n]{0,40}\b(?:instructions?|prompts?|rules|guidelines|above|previous|prior|everything)\b|"
    r"\b(?:new|updated|real) instructions?\b|\bsystem prompt\b|\byou are (?:now|no longer|an? (?:ai|assistant|language model|llm|chatbot))\b|"
    r"\b(?:act|behave|respond) as (?:if|an?|the)\b|\bpretend (?:to be|you)\b|\bjailbreak|\bdo anything now\b|"
    r"^\s*(?:system|assistant|user)\s*:|</?\s*(?:answers|system|instructions?|prompt)\s*>|```|"
    r"\b(?:instead|now),? (?:write|output|print|say|respond|reply|return)\b|\b(?:write|compose) (?:me )?an? (?:poem|song|story|haiku)\b",
    re.I | re.M,
)


# every branch of the pattern above needs one of these (a substring test first: most answers have none)
_TRIGGERS = ("ignore", "disregard", "forget", "override", "bypass", "instruction", "system", "you are", "act as", "behave as",
             "respond as", "pretend", "jailbreak", "anything now", "assistant", "user", "answers", "prompt", "```", "instead", "now",
             "poem", "song", "story", "haiku")


def looks_like_instruction(answer: str) -> bool:
    low = (answer or "").lower()
    if not any(map(low.__contains__, _TRIGGERS)):
        return False
    return bool(_INSTRUCTION.search(answer or ""))
