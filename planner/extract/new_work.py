"""The work a new post or a new role starts with, as the text states it (issue 12, h15tasks).

Readers marked reskilling and onboarding plans with no task at all, although the text names the new role's work
("where they'll review the KYC files for new accounts") or the post's first job ("Their first job will be building
instrument trays against the count sheets"). DOMAIN.md: onboarding makes someone productive in a new position, and
reskilling prepares them for the new role's work, so the task is that work, never the job being automated away.
O*NET task statements: an action verb and a whole object; the qualifier only as a whole prepositional phrase.
"""

from __future__ import annotations

import re
from typing import Optional

# "they'll", "they’ll": the contraction the new-role readers' patterns do not see
_WILL = re.compile(r"\b(they|she|he|we)['’]ll\b", re.I)


def expanded(text: str) -> str:
    """The text with "they'll" written "they will" (same length is not kept; use it for reading only)."""
    return _WILL.sub(lambda m: f"{m.group(1)} will", text)


_FIRST = re.compile(r"\b(?:their|his|her|the)\s+first\s+(?:real\s+)?(?:job|task|tasks|piece of work|assignment|duty|duties)\s+"
                    r"(?:will\s+be|is|are|is\s+going\s+to\s+be)\s+(?P<v>[a-z]+ing)\s+(?P<np>(?:(?:the|their|a|an)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
                    r"(?P<tail>\s+(?:against|in|on|for|from|with|using|to)\s+(?:the|their|a|an|each|every)\s+[\w-]+(?:\s+[\w-]+){0,2}?)?"
                    r"(?=\s*[,.;:!?]|\s+(?:and|but|so|which|that|before|after|while)\b|$)", re.I)


def first_work(text: str) -> Optional[tuple[str, str, str]]:
    """("build", "instrument trays", " against the count sheets") from "Their first job will be building instrument
    trays against the count sheets"; None when the clause does not parse into a verb and a whole noun phrase."""
    from planner.extract.phrases import base_verb, can_be_verb, whole_np

    m = _FIRST.search(text)
    if not m:
        return None
    v = base_verb(m.group("v").lower())
    np = re.sub(r"^(?:their)\s+", "the ", m.group("np").strip(), flags=re.I)
    if not v or not can_be_verb(v) or not whole_np(np):
        return None
    return v, np, m.group("tail") or ""


_WHERE = re.compile(r"\b(?:where|in which|there)\s+(?:they|she|he)\s+(?:will|would|could|can|are to|need to|are going to)\s+"
                    r"(?P<v>[a-z]+)\s+(?P<rest>[^.;:!?]+)", re.I)


def new_role_work(text: str) -> tuple[Optional[str], Optional[str]]:
    """("check", "the exception reports") from "..., where they'll check the exception reports before the billing
    leads release them": the verb and the longest whole noun phrase after it (at most six words)."""
    from planner.extract.phrases import base_verb, can_be_verb, whole_np

    m = _WHERE.search(expanded(text))
    if not m or not can_be_verb(m.group("v").lower()) or m.group("v").lower() in ("be", "have", "get", "do", "need", "learn"):
        return None, None
    words = m.group("rest").replace(",", " ,").split()
    for n in range(min(len(words), 6), 0, -1):
        np = " ".join(words[:n])
        if "," not in np and whole_np(np) and words[n - 1].lower() not in ("them", "it", "they"):
            return base_verb(m.group("v").lower()), np
    return None, None
