"""The system the learners' work is done in, by its product name, for the practice and its job aid (h18goal, issue 12).

The frame's system reader knows system kinds ("the CRM", "the LIMS") and a short list of products; managers name
their own products ("key the invoices twice, once in the portal and once in Sage", "reports are written in Mark43",
"never ticketed in Amadeus"). DOMAIN.md asks for practice "in the context where the skill is used" and the rubric
for "real cases of this work, in the system and setting named". A capitalised word is a product name here only in a
frame that a place, a person or a date does not fit:
- the learners' work verb, then at most five words, then "in/into/on/through/via" and the name ("written in Mark43",
  "check right-to-rent documents and deposit registrations in Reapit");
- "never/not used/opened/worked in" the name ("neither has used WebPT", "never on TaxDome");
- a product-shaped name (inner capitals or digits: "ServiceTitan", "Mark43") after "in/into/on/through/via/using".
Months, days, languages and the text's own people (a name before a comma and a role) are never a system.
"""
from __future__ import annotations

import re
from typing import Optional

_WORK_VERBS = (r"(?:key|keys|keyed|keying|enter|enters|entered|entering|log|logs|logged|logging|write|writes|written|wrote|"
               r"writing|record|records|recorded|recording|process|processes|processed|processing|ticket|tickets|ticketed|"
               r"ticketing|book|books|booked|booking|code|codes|coded|coding|build|builds|built|building|run|runs|running|"
               r"check|checks|checked|checking|spot-checks|review|reviews|reviewed|reviewing|file|files|filed|filing|raise|raises|raised|update|updates|"
               r"updated|updating|schedule|schedules|scheduled|post|posts|posted|upload|uploads|uploaded|go|goes|went|"
               r"do|does|done|work|works|worked|put|puts|create|creates|created|add|adds|added|set up|sets up)")
_NAME = r"(?P<name>(?-i:[A-Z][A-Za-z0-9]+(?:\s+[A-Z][A-Za-z0-9]+)?))"
_IN_SYSTEM = re.compile(rf"\b{_WORK_VERBS}\b(?:\s+[\w'’,-]+){{0,12}}?\s+(?:in|into|on|through|via|using)\s+{_NAME}\b", re.I)
_NEVER_USED = re.compile(rf"\b(?:never|not|n['’]t|neither\s+has|none\s+of\s+them\s+has)\s+(?:\w+\s+)?(?:used|opened|worked\s+(?:in|on|with)|"
                         rf"ticketed\s+in|been\s+on|on)\s+{_NAME}\b", re.I)
_SHAPED = re.compile(r"\b(?:in|into|on|through|via|using)\s+(?P<name>[A-Z][a-z]+[A-Z][A-Za-z0-9]*|[A-Z][a-z]+\d+[A-Za-z0-9]*)\b")

_NOT_SYSTEM = frozenset(
    "January February March April May June July August September October November December Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday Christmas Easter English Spanish French German Welsh Polish Arabic Q1 Q2 Q3 Q4 "
    "The A An Our Their We They I It This That".split())


def _ok(name: str, text: str) -> bool:
    first = name.split()[0]
    if first in _NOT_SYSTEM or first.rstrip("s") in _NOT_SYSTEM or name in _NOT_SYSTEM:
        return False
    if re.search(rf"\b{re.escape(first)}\s*,\s+(?:the|our|a)\s+[a-z]", text):
        return False  # "Sam, the compliance lead": a person, not a system
    if re.search(rf"\b(?:with|to|from|by|ask|tell)\s+{re.escape(first)}\b", text):
        return False  # "sit with Chris": a person
    return True


def work_system(text: str) -> Optional[str]:
    """The product the work is done in, as the text writes it ("Sage", "Mark43"); None when no frame names one."""
    for rx in (_IN_SYSTEM, _NEVER_USED):
        for m in rx.finditer(text):
            name = m.group("name")
            if _ok(name, text):
                return name.split()[0] if name.split()[-1] in _NOT_SYSTEM else name
    for m in _SHAPED.finditer(text):
        if _ok(m.group("name"), text):
            return m.group("name")
    return None
