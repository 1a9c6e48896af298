"""The goal when the text names the work only as the fault a system logs (issue 12, h15goal).

Managers often describe the learners' work by what a tool records about it: "Samsara flags harsh braking on about
one in four runs", "the telematics logs speeding on the motorway legs", "the scanner records a missed scan".
Mager (Analyzing Performance Problems): the discrepancy names the performance wanted; here the performance is the
work the learners do (the verb of their role noun: drivers drive, pickers pick) done without the logged fault, and
the condition is the system that logs it. Every part is a whole constituent of the text: the system as named, the
fault as a whole noun phrase, the unit of work the count is taken over ("runs"), and a verb only when the role noun
is that verb's agent noun (the lexicon knows the verb); otherwise the goal names the unit ("Complete every run ...").
Nothing is returned when a part is missing, and the caller keeps its own fallback (faithful over complete).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from planner.extract.phrases import can_be_noun, can_be_verb, whole_np

_LOGS = r"(?:flags?|flagged|logs?|logged|records?|recorded|picks? up|picked up|catch|catches|caught|shows?|showed|reports?|reported|detects?|detected|alerts? on)"
_FRAME = re.compile(
    r"\b(?P<sys>(?:[Tt]he\s+|[Oo]ur\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|telematics|tracker|dashcams?|cameras?|sensors?|scanners?))\s+"
    r"(?:(?:keeps?|still|often|regularly)\s+)?" + _LOGS + r"\s+(?P<fault>[a-z][a-z -]{2,40}?)\s+"
    r"(?:on|in|for|across)\s+(?P<count>(?:about|around|roughly|nearly|almost|over|some)?\s*[\w%]+\s+(?:in|out of|of)\s+\w+\s+|[\w%]+\s+of\s+(?:the\s+|our\s+)?|most\s+|many\s+|some\s+|half\s+(?:of\s+)?(?:the\s+)?)?"
    r"(?P<unit>[a-z][a-z-]+s)\b")


@dataclass(frozen=True)
class LoggedFault:
    system: str  # "Samsara", "the telematics"
    fault: str   # "harsh braking"
    unit: str    # "runs": the work the count is taken over
    verb: Optional[str]  # "drive", from the role noun; None when the role is no agent noun of a verb

    def goal(self) -> str:
        one = _singular(self.unit)
        lead = f"{self.verb.capitalize()} every {one}" if self.verb else f"Complete every {one}"
        return f"{lead} without {self.fault} logged in {self.system}"

    def standard(self, reviewer: str) -> str:
        """Mager's criterion from the text: the logged fault absent on the work the reviewer reads in the system."""
        return (f"No {self.fault} logged in {self.system} on the {self.unit} the {reviewer} reviews; the other items of a "
                f"good {_singular(self.unit)} are drafted with the {reviewer} from the team's own records.")

    def practice(self, reviewer: str) -> str:
        """Real cases of this work in the system that logs it, with the reviewer the text names (DOMAIN.md)."""
        act = f"{self.verb} five real {self.unit}" if self.verb else f"complete five real {self.unit}"
        from planner.generators.goal import marked_count

        return marked_count(f"Go through last week's {self.fault} events in {self.system} with the {reviewer}, then {act} "
                            f"and check each one's {self.system} record together")


_TOOL_NOUNS = r"(?:report|reports|dashboard|data|log|logs|app|system|alerts?|events?|records?|export|feed|portal|screen|tablet|unit)"


def _named_tool(text: str, name: str) -> bool:
    """A name the text also uses as a tool's modifier ("the Samsara safety report"), never as a person ("Gary, the
    depot supervisor, ..."): the extractor's system list misses product names it does not know."""
    n = re.escape(name)
    if re.search(rf"\b{n}\s*,\s*(?:the|our|a)\b", text) or re.search(rf"\b{n}\s+(?:is|was|has|says|said|wants|thinks)\b", text):
        return False
    return bool(re.search(rf"\b{n}(?:'s)?\s+(?:[a-z]+\s+)?{_TOOL_NOUNS}\b", text))


def _gerund_np(phrase: str) -> bool:
    """"harsh braking", "excessive idling", "speeding": an activity noun with its modifiers."""
    from planner.concreteness.tagger import CLOSED

    w = phrase.split()
    return 1 <= len(w) <= 4 and w[-1].endswith("ing") and all(x.isalpha() and x.lower() not in CLOSED for x in w)


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "xes", "sses")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") else noun


def agent_verb(role: str) -> Optional[str]:
    """"drivers" -> "drive", "pickers" -> "pick", "operators" -> "operate": the verb whose agent noun the role is."""
    head = role.split()[-1].lower()
    head = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    options = []
    if head.endswith("er"):
        options += [head[:-1], head[:-2]]  # driver -> drive; picker -> pick
    if head.endswith("or"):
        options += [head[:-2] + "e", head[:-2]]  # operator -> operate; inspector -> inspect
    for v in options:
        if len(v) >= 3 and can_be_verb(v):
            return v
    return None


def read(text: str, role: Optional[str], systems: list[str]) -> Optional[LoggedFault]:
    """The frame "Samsara flags harsh braking on about one in four runs"; None when the text has none."""
    for m in _FRAME.finditer(text):
        sys_np = m.group("sys").strip()
        bare_sys = re.sub(r"^(?:the|our)\s+", "", sys_np, flags=re.I)
        if bare_sys[:1].isupper() and not any(bare_sys.lower() == s.lower() or bare_sys.lower() in s.lower() for s in systems) \
                and not _named_tool(text, bare_sys):
            continue  # a capitalised word that is not a system the text names ("Parents flag ...", "Gary logs ...")
        fault = re.sub(r"^(?:the|some|lots of|a lot of)\s+", "", m.group("fault").strip(), flags=re.I)  # "a missed scan" keeps its article
        unit = m.group("unit").lower()
        if not (whole_np(fault) or _gerund_np(fault)) or not can_be_noun(unit) or re.search(r"\d", fault) or unit in ("times", "days", "weeks", "months"):
            continue
        system = f"the {bare_sys}" if not bare_sys[:1].isupper() or re.match(r"(?:the|our)\s", sys_np, re.I) else bare_sys
        # "..., nearly all of it from the eleven drivers on the rural routes": the people the fault is put down to
        who = re.match(r"[^.;]*?\bfrom\s+(?:the|our)\s+(?:[\w-]+\s+)?(?P<who>[a-z]+(?:er|or)s)\b", text[m.end():])
        verb = (agent_verb(who.group("who")) if who else None) or (agent_verb(role) if role else None)
        return LoggedFault(system=system, fault=fault, unit=unit, verb=verb)
    return None
