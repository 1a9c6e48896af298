"""The content of a reskilling or onboarding plan, from the text's own facts about the change of role (issue 12).

DOMAIN.md, "Three kinds of skill change": reskilling prepares people for a substantially different role, onboarding
makes them productive in a new company, team or position; "each needs a different plan". What differs is the
target: for reskilling the role or team they move into (as the text writes it: "the collections team"), the work they
will do there ("code discharge summaries"), someone in that role who can mentor them, and when the current work ends
("next spring"); for onboarding the system and the queue they work in, their first real tasks and the person who pairs
with them. Each is read from the text as a whole constituent; what the text does not say is an explicit blank with
an open question, never a guess (issue 12: faithful over complete).

The practice follows the gradual release of responsibility (Pearson & Gallagher 1983: watch, do it together, do it
alone with a check) on real cases of the new work (DOMAIN.md: practice in the context where the skill is used).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from planner.extract.intervention import Cues, INTO_TEAM
from planner.generators.gate import gated
from planner.text.case import cap as _cap

# --- facts ---------------------------------------------------------------------------------------------------------

_TEAM_NP = re.compile(r"\b(?:in)?to\s+((?:the|our|a|their)\s+(?:[\w-]+\s+){1,3}?(?:team|department|desk|office|unit|function|section))\b", re.I)
# "The records manager has offered to mentor them", "paired with one of our enrolled agents", "they ride with a senior
# paramedic", "shadowing the night lead", "buddied with": the person who pairs with the learners, as a noun phrase
_MENTOR = (
    re.compile(r"\b((?:the|our|a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+),?\s+(?:has\s+|have\s+|will\s+|would\s+|can\s+|could\s+)?"
               r"(?:offered|agreed|volunteered|promised)?\s*(?:to\s+)?(?:mentor|mentors|coach|coaches|buddy|buddies|train|trains)\s+(?:them|him|her|the)\b", re.I),
    re.compile(r"\b(?:paired|partnered|buddied|teamed)\s+(?:up\s+)?with\s+((?:one of\s+)?(?:the|our|a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+?)"
               r"(?=\s+(?:for|during|in|on|until|till|who|which|so|and|but)\b|[.,;:!?]|$)", re.I),
    re.compile(r"\b(?:ride|rides|riding|sit|sits|sitting|work|works|working)\s+(?:alongside|with)\s+((?:one of\s+)?(?:the|our|a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+?)"
               r"(?=\s+(?:for|during|in|on|until|till|who|which|so|and|but)\b|[.,;:!?]|$)", re.I),
    # "Priya, our senior agent, will sit with them", "Ines, the claims supervisor, will sit with each of them" (h15goal)
    re.compile(r"\b((?:the|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+),?\s+(?:will|would|can|is going to|has offered to|offered to)\s+"
               r"(?:sit|work|ride|pair up|buddy up)\s+(?:with|alongside)\s+(?:them|him|her|each of them|the new\b)", re.I),
    re.compile(r"\b(?:shadow|shadows|shadowing)\s+((?:one of\s+)?(?:the|our|a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+?)"
               r"(?=\s+(?:for|during|in|on|until|till|who|which|so|and|but)\b|[.,;:!?]|$)", re.I),
)
_PAIR_PERIOD = re.compile(r"\b(?:for|during)\s+((?:the|their|his|her)\s+first\s+(?:[\w-]+\s+)?(?:day|days|week|weeks|month|months|shifts?))\b", re.I)
_WHEN = re.compile(r"\b((?:next|this|by next|by the end of|at the end of|from|in|by|before|after)\s+(?:the\s+)?"
                   r"(?:spring|summer|autumn|fall|winter|year|month|quarter|week|january|february|march|april|may|june|july|"
                   r"august|september|october|november|december|q[1-4])(?:\s+\d{4})?)\b", re.I)
_QUEUE = re.compile(r"\b((?:the|our)\s+(?:[\w-]+\s+){0,3}?(?:queue|inbox|backlog|caseload|worklist|book))\b", re.I)
_NOT_PERSON = frozenset("first last new same".split())


@dataclass(frozen=True)
class RoleChange:
    target: Optional[str] = None   # reskilling: "the collections team" (a team) or "a security officer" (a role)
    team: bool = False              # the target is a team, not a role noun
    mentor: Optional[str] = None    # "the records manager", "a senior paramedic", "one of our enrolled agents"
    period: Optional[str] = None    # "their first month", "the first two weeks"
    ends: Optional[str] = None      # when the current work ends, as written: "next spring", "in June"
    queue: Optional[str] = None     # onboarding: "the individual returns queue"
    system: Optional[str] = None
    checker: Optional[str] = None  # who checks their work when no mentor is named: "Joe", "the senior underwriter"

    # the target as a phrase: "of the collections team" / "of a security officer"; "in the collections team" / "as a
    # security officer"
    def of(self) -> str:
        return self.target or "the new role"

    def of_work(self) -> str:
        return f"of {self.target}" if self.target else "of the new role"

    def among(self) -> str:
        """"someone already in the collections team" / "someone already working as a security officer"."""
        return self.in_() if self.team or not self.target or self.target.startswith("the ") else f"working {self.in_()}"

    def in_(self) -> str:
        if not self.target:
            return "in the new role"
        if self.target.startswith("the ") and re.search(r"\b(?:desk|counter|window|bench|front)$", self.target):
            return f"at {self.target}"  # "at the leak desk", as the reskill goal writes it (h21goalq)
        return f"in {self.target}" if self.team or self.target.startswith("the ") else f"as {self.target}"


def team_target(cues: Cues) -> Optional[str]:
    """The team the people move into, as the text writes it ("the collections team"), from a move cue."""
    for q in cues.move:
        if INTO_TEAM.search(q):
            m = _TEAM_NP.search(q)
            if m:
                np = m.group(1)
                return re.sub(r"^(?:our|their|a)\s+", "the ", np, flags=re.I)
    return None


# "Dev will mentor them": a person's name as the mentor (planner.extract.learner_clause.is_name; h15aud)
_NAMED_MENTOR = re.compile(r"\b([A-Z][a-z]+)\s+(?:has\s+|will\s+|would\s+|can\s+)?(?:offered\s+|agreed\s+|volunteered\s+)?(?:to\s+)?"
                           r"(?:mentor|mentors|coach|coaches|buddy|buddies)\s+(?:them|him|her)\b")


def mentor(text: str) -> Optional[str]:
    """Who coaches or works beside them: the one reader of the person who checks or coaches (planner.extract.checker)
    first ("Sue ... will have him shadow her", "Latisha ... says they can sit with her"); the mentor frames it does not
    read after it ("the records manager has offered to mentor them", "paired with one of our enrolled agents")."""
    from planner.extract.checker import read  # the one reader (h20rev; round 11: read first, not last)
    from planner.extract.learner_clause import is_name

    c = read(text)
    if c is not None and not c.first_person and c.beside:
        return _called(c)
    named = _NAMED_MENTOR.search(text)
    if named and is_name(text, named.group(1)):
        return named.group(1)
    for rx in _MENTOR:
        m = rx.search(text)
        if m:
            np = " ".join(m.group(1).split())
            if np.split()[-1].lower() in _NOT_PERSON or np.split()[-1].lower() in ("them", "it"):
                continue
            np = re.sub(r"^(?:our|the)\s+", "the ", np, flags=re.I)
            return np[:1].lower() + np[1:] if np[:2] in ("A ", "An") else np
    return _said_mentor(text)  # "Bea ... said she'd mentor them" (h17resk)


# "Bea on the claims team said she'd mentor them", "the maintenance lead is training them": the mentor frames
# the frames above leave out (a reported offer; a progressive)
_SAID_MENTOR = re.compile(r"\b([A-Z][a-z]+|(?:the|our)\s+(?:[a-z-]+\s+){0,2}?(?:lead|manager|supervisor|head|engineer|officer|leader))"
                     r"(?:\s+(?:on|from|in)\s+the\s+(?:[a-z-]+\s+){0,2}?team)?,?\s+(?:said\s+(?:she|he|they)(?:'d|\s+would|'ll|\s+will)|"
                     r"(?:is|are)\s+(?:training|mentoring|coaching))\s+(?:mentor|train|coach\s+)?\s*them\b")


def _said_mentor(text: str) -> Optional[str]:
    m = _SAID_MENTOR.search(text)
    if m and m.group(1).lower() not in ("she", "he", "they", "it", "we", "and", "but", "so", "i"):
        return re.sub(r"^our\s+", "the ", m.group(1))
    return None


def text_checker(text: str) -> Optional[str]:
    """The person whose own clause checks the learners' work ("He'll check their first twenty claims"), by name or
    role: who they practise beside when the text names no mentor (planner.extract.checker; h20rev)."""
    from planner.extract.checker import read

    c = read(text)
    if c is None or c.first_person:
        return None
    return _called(c)


def _called(c) -> str:
    from planner.extract.checker import called

    return called(c.name, c.role, c.aside) or "the reviewer"


def read(text: str, kind: str, cues: Cues, target_role: Optional[str], system: Optional[str]) -> RoleChange:
    """The facts of the change of role that the text gives; None where it gives none."""
    team = team_target(cues) if kind == "reskilling" else None
    ends = None
    for q in cues.gone:
        m = _WHEN.search(q)
        if m:
            ends = re.sub(r"^from\s+", "in ", m.group(1), flags=re.I)  # "does the core logging from April": the old work ends in April (h18goal)
            break
    period = _PAIR_PERIOD.search(text)
    queue = _QUEUE.search(text) if kind == "onboarding" else None
    target = team or target_role
    if target and target.startswith("the new role in "):
        # "the dispatch office", "fibre splicing": the field itself reads as the target (h15type)
        target, team = target[len("the new role in "):], target[len("the new role in "):]
    return RoleChange(target=target, team=bool(team), mentor=mentor(text), checker=text_checker(text), period=period.group(1) if period else None,
                      ends=ends, queue=queue.group(1) if queue else None, system=system)


# --- plan content ---------------------------------------------------------------------------------------------------



def goal(rc: RoleChange, work: Optional[tuple[str, str]] = None) -> str:
    """Reskilling without the new role's work in the text: the core tasks of the target, on real cases, to the standard
    of someone already in it (Mager: performance, condition, criterion); which tasks is an open question."""
    who = rc.mentor or rc.checker or f"someone already {rc.among()}"
    when = (f", ready for when the current work ends ({rc.ends})" if rc.ends.lower().startswith("after") else
            f", ready before the current work ends {rc.ends}") if rc.ends else ""
    if work:
        g = f"{_cap(work[0])} {work[1]} {rc.in_()} on real cases, to the standard {who} accepts{when}"
    else:
        g = f"Do the core tasks of {rc.of()} on real cases, to the standard {who} accepts{when} (which tasks first: see open questions)"
    return gated(g, "Do the core tasks of the new role on real cases, to the standard someone already in that role accepts (which tasks first: see open questions)")


def standard(rc: RoleChange, work: Optional[tuple[str, str]] = None) -> str:
    who = rc.mentor or rc.checker or "a mentor from that team or role (who: see open questions)"
    bare = re.sub(r"^(?:the|a|an|their|our)\s+", "", work[1], flags=re.I) if work else ""
    what = f"Each of their {bare}" if work and work[0] != "help" and bare.split()[-1].endswith("s") else f"Each task {rc.of_work()}"
    return gated(f"{what} is done the way someone already {rc.among()} does it, checked item by item by {who}; "
                 "the items are written with that person before practice starts.",
                 "Each task of the new role is done to a checklist written with someone already in that role.")


def practice(rc: RoleChange, work: Optional[tuple[str, str]] = None) -> dict:
    who = rc.mentor or rc.checker or f"someone already {rc.among()} (who: see open questions)"
    bare = re.sub(r"^(?:the|a|an|their|our)\s+", "", work[1], flags=re.I) if work else ""
    cases = f"real {bare}" if work and work[0] != "help" else "real cases" if work else f"real tasks {rc.of_work()}"
    lead = f"{_cap(work[0])} {work[1]} on real cases" if work else f"Work on {cases}"
    return {
        "task": gated(f"{lead} alongside {who}: first watch, then do it together, then alone with {_them(rc) if rc.mentor or not rc.checker else rc.checker} checking each one",
                      "Do real tasks of the new role alongside someone already in it: watch, do them together, then alone with a check"),
        # the new work itself, done for real: nothing of it is copied or anonymised (readers, round 10)
        "materials": [cases, "the checklist written with " + (rc.mentor or rc.checker or "the mentor")],
        # "as a payroll assistant" names no setting: the new role's real work, in the system the text names
        "setting": ((f"{rc.in_()}" if rc.team or not rc.target or rc.target.startswith("the ") or re.match(r"^(?:an?\s+)?\w+ing\b", rc.target)
                     else f"on the real work {_article(rc.of_work())}")
                    + (f", in {rc.system}" if rc.system else "")).strip(),
    }


def _article(phrase: str) -> str:
    """"an universal banker" -> "a universal banker": "a" before a vowel letter said with a "y" or "w" sound."""
    return re.sub(r"\ban\s+(?=(?:uni|use|usu|uti|ure|eu|one\b|once\b))", "a ", phrase, flags=re.I)


def _them(rc: RoleChange) -> str:
    return "them" if rc.mentor is None or rc.mentor.lower().startswith("one of") or rc.mentor.lower().endswith("s") else \
        re.sub(r"^(?:a|an)\s+", "the ", rc.mentor)


def first_task(rc: RoleChange, work: Optional[tuple[str, str]] = None) -> str:
    if work:  # the new role is the task's workflow ("the work of a junior financial analyst"), not part of its object
        return f"{_cap(work[0])} {work[1]}"
    return f"Do the first real tasks {rc.of_work()} alongside " + (rc.mentor or rc.checker or f"someone already {rc.among()}")


def questions(rc: RoleChange, kind: str, who: str) -> list[str]:
    out = []
    if kind == "reskilling":
        if not rc.target:
            out.append(f"Which role or team will the {who} move into?")
        if rc.mentor:
            out.append(f"Which tasks {rc.of_work()} should they learn first?")
        else:
            out.append(f"Which tasks {rc.of_work()} should they learn first, and who already in that role can mentor them?")
        if not rc.ends:
            out.append(f"When does the {who}' current work end?" if who.endswith("s") else f"When does the {who}'s current work end?")
    else:
        if not rc.mentor:
            out.append(f"Who will the {who} be paired with for their first weeks?")
        if not (rc.system or rc.queue):
            out.append("Which real cases will they work on first, and where do those cases come from?")
    return out


# --- onboarding ----------------------------------------------------------------------------------------------------

def onboarding_practice(rc: RoleChange, work: Optional[str], owner: Optional[str], tail: str = "", verb: Optional[str] = None) -> dict:
    """Real first tasks in the system and queue the text names, paired with the person it names (else the reviewer
    it names above them, as the shadowing practice does)."""
    who = rc.mentor or (f"the {owner}" if owner else None) or rc.checker or "an experienced colleague (who: see open questions)"
    system = rc.system or (tail.strip()[3:] if tail.strip().startswith("in ") else None)
    said = bool(system and work and system.lower() in work.lower())  # "export shipments in CargoWise": said once (h18goal)
    where = " ".join(x for x in ((f"from {rc.queue}" if rc.queue else ""), (f"in {system}" if system and not said else "")) if x)
    cases = f"real {work}" if work else "real cases"
    period = f" during {rc.period}" if rc.period else ""
    checker = (owner and 'the ' + owner) or _them(rc)
    if not verb and not rc.queue:  # no task named: the newcomers shadow the person they are paired with (h15goal)
        lead = (f"Shadow {who} on {cases}{(' ' + where) if where else ''}{period}: first watch, then do them together, then alone with {checker} checking each one"
                if period else  # "on real cases during their first week first" read twice (h20rev)
                f"Shadow {who} on {cases}{(' ' + where) if where else ''} first, then do them together, then alone with {checker} checking each one")
    else:
        lead = (f"{_cap(verb) if verb and not rc.queue else 'Work'} {cases}{(' ' + where) if where else ''} paired with {who}{period}: first watch, "
                f"then do them together, then alone with {checker} checking each one")
    return {
        "task": gated(lead,
                      "Work real cases paired with an experienced colleague: watch, do them together, then alone with a check"),
        "materials": [f"{cases} from the team's own work"] + ([system] if system else []),
        "setting": (where or (f"in {system}" if system else "in the real workflow")) + (", alongside the person they are paired with" if rc.mentor else ""),
    }


_FIRST_TASK = re.compile(r"\b(?:they|he|she|who|each new [a-z-]+)\s+(?:will|'ll|are going to|is going to|must|need to|needs to|are to|is to|have to|has to)\s+"
                         r"([a-z]+)\s+((?:(?:the|a|an|their|our)\s+)?[a-z][a-z -]{2,50}?)(?=\s+(?:in|on|for|from|and|but|so|that|which|with|at|by)\b|[.,;:]|$)", re.I)


def first_real_task(text: str) -> Optional[tuple[str, str, str]]:
    """The newcomers' first real work as the text states it: "They will work the individual returns queue in Drake" ->
    ("work", "the individual returns queue", " in Drake"); a verb and a whole noun phrase, else None."""
    from planner.extract.phrases import base_verb, can_be_noun, can_be_verb, whole_np

    from planner.extract.new_work import first_work

    m = _FIRST_TASK.search(text)
    if not m:
        return first_work(text)  # "Their first job will be building instrument trays ..." (h15tasks)
    if not can_be_verb(m.group(1)) or m.group(1).lower() in (
            "be", "have", "get", "need", "want", "start", "join", "know", "understand", "learn", "remember", "feel", "see", "like"):
        return first_work(text)  # "they need to learn how we lay those out": no work named there; the first job's, if any (h18tasks)
    np = re.sub(r"^(?:their|our)\s+", "the ", m.group(2).strip(), flags=re.I)
    if not (whole_np(np) or (len(np.split()) <= 5 and can_be_noun(np.split()[-1]) and np.split()[-1].lower() not in ("them", "it"))):
        return None
    tail = re.match(r"\s+(in|on)\s+((?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\b", text[m.end():])
    return base_verb(m.group(1).lower()), np, (f" {tail.group(1)} {tail.group(2)}" if tail else "")
