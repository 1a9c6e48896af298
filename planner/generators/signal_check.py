"""The text's own check of the learners' work, as the success signal reads it: who, what and how much (h21sig).

DOMAIN.md, success signal: "with a number and a source"; the strict reader wants the data source the text names
("Dele ... will check every licence they print", "Marek ... listens back to a sample of breaks each Monday"),
never "a weekly sample of the work" when the text names who already checks it. Who checks what is read once, by
planner.extract.checker.read (its one verb list, VERB_RX); this module only splits that clause's step into its
quantifier and object (SMART "measurable": the object is the unit a count is made in) and writes the source in one
wording, used by every signal rule (signal_text, signal_fault):

    "Dele's check of every licence they print", "Dana's check of a sample of job reports every Tuesday",
    "the payroll manager's approval of the run".
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

# the check as a noun, by the checking verb's base form (planner.extract.checker.VERBS); "check" for the rest
_NOUN = {"review": "review", "audit": "audit", "spot-check": "spot-check", "double-check": "check", "approve": "approval",
         "sign off": "sign-off", "sign": "sign-off", "countersign": "sign-off", "initial": "sign-off", "inspect": "inspection",
         "sample": "sample", "proofread": "proofread", "proof-read": "proofread", "grade": "grading", "mark": "marking",
         "mark up": "mark-up", "test": "test", "log": "log"}
# what the checker takes: a quantifier ("every", "their first twenty", "a sample of", "ten"), then the items as written
_QUANT = re.compile(
    r"^(?P<q>every|each|all(?: of)?(?: the| their)?|(?:their|the) first(?: (?:\d+|two|three|four|five|six|eight|ten|twelve|fifteen|"
    r"twenty|thirty|fifty|hundred))?|a sample of(?: the| their)?|a few|a couple of|a handful of|some of(?: the| their)?|several|\d+|two|three|four|five|six|eight|ten|twelve|twenty|the|their)\s+"
    r"(?P<n>(?!(?:first|next|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|day|week|fortnight|month|shift|time)s?\b)"
    r"[a-z][^,.;!?()]{1,60})", re.I)


class TextCheck(NamedTuple):
    who: str  # "Dele", "the payroll manager"
    noun: str  # "check", "sign-off", "approval"
    q: str  # "every", "their first twenty", "a sample of", "the"
    obj: str  # the items as written: "licence they print", "breaks each Monday"


def read(text: str, learners: tuple[str, ...] | Optional[str] = ()) -> Optional[TextCheck]:
    """The text's own checking clause whose subject is not the learners (planner.extract.checker.read), split into
    who, the check's noun, its quantifier and its object; None when the text has none, when the checker is the
    manager writing ("I check every anchor myself": no third party's record), or only works beside them."""
    from planner.extract.checker import VERB_RX, read as read_checker, third

    role = learners if isinstance(learners, str) or learners is None else (learners[0] if learners else None)
    # a dash set off by spaces closes the checker's clause (Chicago Manual of Style 6.85): "goes through the rail every
    # evening before the half -- on Tuesday 9 of the 40 ..." is two clauses
    t = re.sub(r"\s+(?:--|–|—)\s+", ". ", text or "")
    # a fronted time adverbial is set off by a comma (Chicago 6.36), which managers leave out: "For their first month
    # Dr Patel will read over every echo report" reads as "For their first month, Dr Patel will ..."
    t = re.sub(r"((?:^|[.!?]\s+)(?:For|In|During|Over|From|Until|After|Before|On|At|Through)\s+(?:[a-z0-9'’-]+\s+){1,4}?)(?=(?:[A-Z][a-z]+\.?\s+)?[A-Z][a-z]+\s+(?:will|'ll|’ll|can|is going to|has|[a-z]+s)\b)",
               lambda m: m.group(1).rstrip() + ", ", t)
    c = read_checker(t, role)
    if c is None or c.first_person or not (c.name or c.role):
        return None
    # the checker's own verb at the step's head, or a second checking verb of the same subject ("works with them and
    # checks every ewe they mark"); never a checking word inside another clause ("we're meant to audit 30 permits")
    heads = [m.end() for m in re.finditer(rf"^{re.escape(third(c.verb))}\s+|\band\s+(?:{VERB_RX})\s+", c.step)]
    for at in reversed(heads):
        rest = re.sub(r"^(?:over|through|back over|in on)\s+(?=(?:every|each|all|the|their|a)\b)", "", c.step[at:])  # "read over every echo report"
        them = re.match(r"^(?:them|it|those|these)(?:\s+(?:off|over|through))?\b\s*(?P<r>[^,.;!?()]{0,40})", rest)
        m = _QUANT.match(rest)
        from planner.extract.reviewer import is_role

        who = c.name or (f"the {c.role}" if is_role(c.role) else c.role)  # "compliance signs them off": a unit
        if m and not _people(m.group("n")):
            obj = m.group("n")
            if rest[m.end("n"): m.end("n") + 1].isalnum():  # the cap stopped inside a word
                obj = re.sub(r"\s+\S*$", "", obj)
            obj = re.split(r"\s+and\s+(?:(?:" + VERB_RX + r")\b|wants?\b|catch)", obj)[0]  # "... and signs off each shift log"
            obj = re.sub(r"^(one)\s+(?:off|over|through)\b", r"\1", obj)  # "signs each one off"
            return TextCheck(who, _NOUN.get(c.verb, "check"), " ".join(m.group("q").lower().split()), " ".join(obj.split()))
        if them and not c.beside:  # a pronoun after a verb of working beside them is the learners themselves; "Kwame will sign them off", "checks them on the Zoller": each one of the work the text means
            tail = re.split(r"\s+and\s+", them.group("r"))[0].strip()
            return TextCheck(who, _NOUN.get(c.verb, "check"), "each", ("one " + tail).strip())
    return None


def _people(obj: str) -> bool:
    """"of them for the first month", "two servicers every Wednesday", "each new driver": people, not their work."""
    from planner.concreteness.structure import people_noun

    words = obj.split()
    if len(words) > 1 and words[0].lower() == "of" and words[1].lower() in ("their", "the", "our"):
        words = words[2:]  # "ten of their tickets a week": their work
    return not words or words[0].lower() in ("of", "them", "him", "her", "us") or people_noun(words[0]) or \
        (len(words) > 1 and words[0].lower() in ("new", "trainee") and people_noun(words[1]))


def _possessive(who: str) -> str:
    return who + ("'" if who.endswith("s") and not who[:1].isupper() else "'s")


def source(check: Optional[TextCheck]) -> Optional[str]:
    """The one wording of the text's check as the signal's data source: "Dele's check of every licence they print"."""
    from planner.generators.gate import problems

    if check is None:
        return None
    who, noun, q, n = check
    for nn in dict.fromkeys((noun, "check")):
        src = f"{_possessive(who)} {nn} of {q} {n}"
        if not problems(f"Read {src}.", phrase=True):
            return src
    return None


_NOT_UNITS = frozenset("one time week day month morning evening night shift hour session fortnight each every few of work "
                       "stuff job-lot".split())


def unit(check: Optional[TextCheck]) -> Optional[str]:
    """The work unit the check counts ("licences" from "every licence they print"), when it counts units."""
    from planner.extract.phrases import can_be_noun
    from planner.text.inflect import plural

    if check is None or check.q == "the" or check.obj.startswith("one"):  # "their checklists": the learners' own work
        return None
    from planner.concreteness.tagger import CLOSED

    words = check.obj.split()
    head = words[0] if words[0].isupper() else words[0].lower()  # "every PO": an acronym keeps its case
    if not can_be_noun(head.lower()) or head.rstrip("s") in _NOT_UNITS:
        return None  # a time ("their first shifts"), a mass noun ("their work") or a quantity word is no unit counted
    if len(words) > 1 and not head.endswith("s") and words[1].isalpha() and words[1].lower() not in CLOSED \
            and can_be_noun(words[1].lower()) and not words[1].lower().endswith("ly") and not re.match(r"(?:every|each|before|after|until|when|monday|tuesday|wednesday|thursday|friday|saturday|sunday)", words[1], re.I):
        head = f"{head} {words[1].lower()}"  # "every echo report they write": the compound noun
    last = head.split()[-1]
    many = last + "s" if last.isupper() else plural(last)  # "every PO" -> "POs"
    return head if last.endswith("s") else " ".join(head.split()[:-1] + [many])


def passes(check: Optional[TextCheck]) -> Optional[str]:
    """"share of licences that pass Dele's check first time": the share of the check's own unit it accepts."""
    u = unit(check)
    if not u:
        return None
    from planner.generators.gate import problems

    metric = f"share of {u} that pass {_possessive(check.who)} {check.noun if check.noun != 'log' else 'check'} first time"
    return None if problems(f"They count the {metric}.", phrase=True) else metric
