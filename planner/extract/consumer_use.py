"""What the reader of the learners' output does with it, as the text states it (issue 12, h18tasks).

DOMAIN.md, "Skills must be grounded in the workflow": a grounded task names the person or step downstream that
consumes the output and the outcome that step needs ("... so the rep has what the next call needs"). Managers state
that step in a handful of grammatical frames, each naming the reader and its own verb phrase:

- a purpose clause on the reader's use of the output: "the reliability engineer uses them to schedule the pump
  swaps", "the curing press operators rely on those weights to pick the cure recipe";
- a relative clause on the reader the output goes to: "hand off the files to the clinical geneticists, who sign out
  the patient reports from them";
- a relative clause on the output: "the run-of-show documents, which the AV crew work from on the day";
- the reader's blocked step: "the pit bosses can't reconcile the chip trays at shift end when ..." (Mager: the
  discrepancy names the performance wanted, so the step is the clause with its negation turned);
- the reader's own clause and the step it cannot take: "the lab throws out ... because it can't match them to a
  grower";
- the reader's rejection: "the customs brokers keep rejecting entries" -> "the customs brokers do not reject the
  entries" (the text's own verb, negated, never a new one).

Every part is a whole constituent of the text: the reader is a noun phrase ending on a person or group noun, the
step a verb phrase up to its clause's end. A frame that does not parse cleanly gives None (the task keeps its blank
and asks), never a guess.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from typing import Callable, Optional

from planner.text.inflect import is_plural_np

_DET = r"(?:the|our|their|a|an)\s+"
# the reader: up to three words before its verb group ("the curing press operators", "the AV crew")
_READER = r"(?P<who>(?:" + _DET + r")?(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)"
_OUTPUT_REF = r"(?:them|it|those\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|these\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
# the verb phrase of the step: up to the end of its clause
_STEP = (r"(?P<step>[a-z]+(?:-[a-z]+)?(?:\s+(?:and\s+(?=[a-z]+\s+(?:the|a|an|their|our|them|it)\b)|(?!(?:and|but|so|because|cos|coz|cuz|since|once|when|whenever|until|unless|while|if|then|although)\b))"
         r"[\w'-]+){0,11})")  # "start the assessment and call the customer back": one step, two coordinated verbs
# a reason clause ends the step however it is spelt ("cos the tags are rubbish", "since ...") (h19tasks)
_END = r"(?=\s*[,.;:!?]|\s+(?:and|but|so|because|cos|coz|cuz|since|once|when|whenever|until|unless|while|if|although)\b|\s*$)"

# a clause opens at the text's start, after a stop or comma, a coordinator, or a list mark (the frame's text has its lines joined: " - ") (h19tasks)
_START = r"(?:^|[.;!?,:]\s*|\b(?:and|but|so|then|so\s+\w+\s+that)\s+|\n\s*[-*\u2022]?\s*|\s[-*\u2022]\s+|\s(?:--|\u2013|\u2014)\s*)"
_PURPOSE = re.compile(_START + _READER +
                      r"\s+(?:then\s+|also\s+|usually\s+|always\s+|will\s+|'ll\s+|would\s+)?(?:uses?|used|needs?|rel(?:y|ies)\s+on|depends?\s+on|works?\s+from)\s+"
                      + _OUTPUT_REF + r"\s+to\s+" + _STEP + _END, re.I)
_WHO_FROM = re.compile(r"\b(?:to|for)\s+" + _READER + r",?\s+who\s+" + _STEP + _END, re.I)
_WHICH_READER = re.compile(r"(?:,\s*|\s+)(?:which|that)\s+" + _READER + r"\s+(?P<v>work|works|build|builds|plan|plans|rely|relies|depend|depends|use|uses|draw|draws)"
                           r"\s+(?P<prep>from|off|on|upon)\b(?P<rest>(?:\s+(?!(?:and|but|so|because|when|until|unless|while)\b)[\w'-]+){0,6})" + _END, re.I)
_BLOCKED = re.compile(_START + _READER +
                      r"\s+(?:can't|can’t|cant|cannot|can not|couldn't|couldn’t|couldnt|could not)\s+" + _STEP + _END, re.I)
# "for the maintenance planners, who need the POs approved before they can book the contractor": what the reader
# needs is a state, the step after "before/so they can" is its own (h19tasks)
_THEN_CAN = re.compile(r"\b(?:to|for)\s+" + _READER + r",?\s+(?:who|which|that)\s+[^.;!?]*?\b(?:before|so that|so|until|then)\s+"
                       r"(?:they|he|she|it)\s+(?:can|could)\s+" + _STEP + _END, re.I)
# "dispatch notes ... are useless to the field crews": the reader's complaint about the output, turned (Mager: the
# discrepancy names the performance wanted) into the one step it names, using or following them (h19tasks)
_NO_USE = re.compile(r"\b(?:is|are|were|was)\s+(?:often\s+|always\s+|pretty\s+|totally\s+|just\s+)?(?P<how>useless|no\s+use|no\s+good|unusable|"
                     r"unreadable|confusing|unclear|meaningless)\s+(?:to|for)\s+" + _READER + _END, re.I)
# "Payroll can only run the pension deductions once the benefits letters ... are signed off": the reader's step
# that waits on the output (h19tasks)
_ONLY_ONCE = re.compile(_START + _READER + r"\s+(?:can|could)\s+only\s+" + _STEP + r"(?=\s+(?:once|when|after|if)\b)", re.I)
_SO_CAN = re.compile(r"\bso\s+(?:that\s+)?" + _READER + r"\s+(?:can|could)\s+" + _STEP + _END, re.I)
# "too vague for the floor servers to sell from": the reader and the step the output is for
# "the implementation lead has to chase them", "quotes that finance had to reject": the reader's rework, turned
# (Mager: the discrepancy names the performance wanted; the text's own verb, negated)
_MUST = re.compile(r"(?:^|[.;!?,]\s*|\b(?:and|but|so|then|that|which)\s+)" + _READER +
                   r"\s+(?:then\s+|often\s+|always\s+|still\s+|usually\s+)?(?:has|have|had|keeps?\s+having)\s+to\s+" + _STEP + _END, re.I)
_FOR_TO = re.compile(r"\bfor\s+" + _READER + r"\s+to\s+" + _STEP + _END, re.I)
_REJECTS = re.compile(_START + _READER +
                      r"\s+(?:keep|keeps|kept|often|always|regularly)\s+(?P<v>rejecting|returning|bouncing|querying)\s+"
                      r"(?P<obj>(?:" + _DET + r")?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)" + _END, re.I)
# "the lab throws out about ten bags a week because it can't match them to a grower": the reader's own clause, then
# the step it cannot take, with a pronoun for the reader (h20goal)
_BECAUSE_CANT = re.compile(_START + _READER + r"\s+(?:then\s+|often\s+|just\s+)?[a-z]+(?:s|ed)\b[^.;!?]{0,60}?\b(?:because|as|since|cos|coz)\s+"
                           r"(?:it|they|he|she)\s+(?:can't|can’t|cant|cannot|can not|couldn't|couldn’t|couldnt|could not)\s+" + _STEP + _END, re.I)
# "invoicing bills the hauliers off those tickets": the reader's own step taken off the output (h20goal)
_OFF_OUTPUT = re.compile(_START + _READER + r"\s+(?P<v>[a-z]+(?:s|es))\s+(?P<mid>(?:the|their|our)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                         r"(?P<prep>off|from)\s+(?:those|these|the|them)\b", re.I)
# "processing mid-term changes to motor policies, which the underwriters then price": the reader as the subject of a
# relative clause on the output, its verb taking the output as object (h20goal)
_WHICH_THEN = re.compile(r",\s*(?:which|that)\s+(?P<who>(?:the|our|their)\s+(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)\s+(?:then\s+|later\s+|also\s+|next\s+)?(?P<v>[a-z]+)"
                         r"(?P<rest>(?:\s+(?!(?:and|but|so|because|when|until|unless|while)\b)[\w'-]+){0,5})" + _END, re.I)
# "The fleet planners ... are sick of repair orders that say 'fixed' - they can't tell whether a bus is safe": the
# reader's complaint about the output, then the step it cannot take (h20goal)
_SICK_OF = re.compile(_START + _READER + r"(?:\s+(?:at|on|in|from)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:are|is|get|gets|were|was)\s+(?:sick|tired|fed\s+up)\s+(?:of|with)\s+"
                      r"[^.;!?]{3,120}?\b(?:they|he|she)\s+(?:can't|can’t|cant|cannot|couldn't|could not)\s+" + _STEP + _END, re.I)
# "..., which means stores can't order the part": the reader a function names bare, after "which means" (h20goal)
_MEANS_CANT = re.compile(r"\b(?:which|that)\s+means\s+(?P<who>(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:can't|can’t|cant|cannot|couldn't|could not)\s+" + _STEP + _END, re.I)
# Round 11 (issue 12, r11tasks): three more frames a manager uses for the reader's step, read on clause structure.
# "so the next shift knows where the batch is": a purpose clause whose reader's verb is finite, not "can" (Mager: the
# outcome the output serves, as the text states it)
_SO_FINITE = re.compile(r"\bso\s+(?:that\s+)?" + _READER + r"\s+(?P<v>knows|know|has|have|sees|see|gets|get|finds|find)\s+"
                        r"(?P<rest>(?:what|which|where|who|whether|when|how|the|their|our|a|an)\b(?:\s+(?!(?:but|because|cos|since|until|unless|while|if)\b)[\w'’-]+){1,10})" + _END, re.I)
# "The pathologists rely on our histotechs' slide labels to match each block": the output named with its makers'
# possessive, the reader's purpose after it
_PURPOSE_POSS = re.compile(_START + _READER + r"\s+(?:then\s+|also\s+|usually\s+|always\s+)?(?:uses?|needs?|rel(?:y|ies)\s+on|depends?\s+on|works?\s+from)\s+"
                           r"(?:our|the|their|its)\s+[\w-]+(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,3}?to\s+" + _STEP + _END, re.I)
# "the preliminary findings, which the reporting radiologist signs off before the GP gets the result": the reader as
# the subject of a relative clause on the output, with a particle and a time clause after its verb
_WHICH_PARTICLE = re.compile(r",\s*(?:which|that)\s+(?P<who>(?:the|our|their)\s+(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)\s+(?:then\s+|also\s+)?"
                             r"(?P<v>[a-z]+s)\s+(?P<prt>off|out|through|over|up)\b(?P<rest>\s+(?:before|after|so|when|once)\s+[^.;!?,]{3,70}?)?(?=\s*[,.;:!?]|\s*$)", re.I)
# "the audit managers, who sign off each file before the partner meeting, have to send them back": the reader's own
# step in a non-restrictive relative clause between commas, its subject a clause's opening noun phrase
_WHO_APPOSITIVE = re.compile(_START + _READER + r",\s+who\s+" + _STEP + r"(?=\s*,)", re.I)
# "the studio designers keep guessing what the client approved": the reader's rework, its own verb negated (the plain
# positive of the complaint, never a new verb)
_READER_POSS = r"(?P<who>(?:" + _DET + r")?(?:[A-Za-z][\w-]*(?:'s|’s)?\s+){0,2}[A-Za-z][\w-]*)"  # "the sponsor's monitors"
_KEEPS = re.compile(_START + _READER_POSS + r"\s+(?:keep|keeps|kept|are\s+always|is\s+always)\s+(?P<v>[a-z]+ing)\s+"
                    r"(?P<rest>(?!(?:us|me|him|her|them|it|you)\b)[a-z][\w'’-]*(?:\s+(?!(?:and|but|because|cos|since|until|unless|while|if|so)\b)[\w'’-]+){0,9})" + _END, re.I)
# "the couriers from the lending museums refuse to sign them off at unpacking": the reader's refused step, its plain
# positive (the reader may carry one prepositional phrase)
_REFUSE = re.compile(_START + _READER + r"(?P<pp>\s+(?:from|at|in|on|of)\s+(?:the\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+"
                     r"(?:refuse|refuses|refused|won't|won’t|wont|will\s+not|would\s+not|wouldn't)\s+(?:to\s+)?" + _STEP + _END, re.I)
# "the next shift has no idea where the batch is": the reader's complaint, its plain positive "knows where ..."
_NO_IDEA = re.compile(_START + _READER + r"\s+(?P<v>has|have|had)\s+no\s+(?:idea|clue|way\s+of\s+knowing)\s+"
                      r"(?P<rest>(?:what|which|where|who|whether|when|how|if)\b(?:\s+(?!(?:and|but|because|cos|since|until|unless|while|so)\b)[\w'’-]+){1,9})" + _END, re.I)
# "the property room sends those bags back": the reader's rework on the output, its plain positive (the text's verb)
_SENDS_BACK = re.compile(_START + _READER + r"\s+(?:then\s+|often\s+|always\s+|just\s+)?(?P<v>sends?|returns?|kicks?|bounces?|hands?|throws?)\s+"
                         r"(?P<obj>(?:those|these|the|them|it|their|our)(?:\s+[a-z][\w-]*){0,2})\s+(?P<prt>back|out)\b", re.I)
# bare subjects that are no reader: pronouns, quantifiers, the work's own things
_NOT_READER = frozenset("we they i you he she it who which that nobody everyone everybody someone somebody people one some most "
                        "many all half none each both either neither this these those there here what".split())
_NEGATED = {"rejecting": "reject", "returning": "return", "bouncing": "bounce", "querying": "query"}
# people heads no agent suffix or role list gives ("the pit bosses", "the night crew")
_PEOPLE = frozenset("boss bosses crew crews staff chef chefs cook cooks".split())
# states and reports, not steps of the work ("who need the cross street": what they need, not what they do)
_NOT_STEP = frozenset("be have get do make go come keep say tell think feel know see need want like expect require".split())
NOT_STEP = _NOT_STEP  # public: the states that are no step of the reader (planner.generators.task_finish)
_DANGLING = frozenset("the a an to for of on in at with from by and or their our its".split())


@dataclass
class Use:
    who: str  # "the reliability engineer", as the text writes it (with its article)
    step: str  # "schedule the pump swaps": the reader's own verb phrase, base form
    said: str  # "the reliability engineer can schedule the pump swaps": the outcome as a whole clause


def _reader(np: str, performer: Optional[str], relative: bool = False, at_start: bool = False, bare_ok: bool = False) -> Optional[str]:
    """The reader as a whole noun phrase ending on a person or group noun, never the learners; None otherwise.
    ``bare_ok``: the subject of the reader's own blocked or reworked step may be a function named bare, without an
    article, in one or two lower-case words or an acronym ("infection control cant trace ...", "accounts can't find
    them", "QC has to re-sort ...") (r11tasks)."""
    from planner.extract.consequence import group_noun, person_noun
    from planner.extract.context import ROLE_HEADS
    from planner.extract.phrases import can_be_noun
    words = np.split()
    while words and words[0].lower() in ("and", "but", "so", "then"):
        words = words[1:]
    det = words[0].lower() in ("the", "our", "their") if words else False
    if det:
        words = words[1:]
    if not words:
        return None
    head = words[-1].lower()
    if head in ("we", "they", "i", "you", "he", "she", "it", "who", "which", "that", "nobody", "everyone"):
        return None
    from planner.extract.context import BARE_GROUPS

    acronym = det and len(words) == 1 and sum(ch.isupper() for ch in words[0]) >= 2  # "the SENCo", "the CRA": a role (r11tasks)
    from planner.extract.context import BARE_GROUPS as _BG

    known = person_noun(head) or group_noun(head) or head in ROLE_HEADS or head in _PEOPLE or _ist(head) or head in _BG
    if bare_ok and not known and not det and len(words) <= 2 and head not in _NOT_READER and can_be_noun(words[-1]) and all(
            w.islower() or (w.isupper() and 2 <= len(w) <= 4) for w in words):
        from planner.extract.consumer import EXCLUDE as _EX

        perf_ = (performer or "").lower().split()
        if head in _EX or (perf_ and head.rstrip("s") == perf_[-1].rstrip("s")):
            return None
        return " ".join(words)  # a function named bare, as the text writes it
    if not (relative or acronym or person_noun(head) or group_noun(head) or head in ROLE_HEADS or head in _PEOPLE or _ist(head)
            or (len(words) == 1 and not det and head in BARE_GROUPS)):  # "sales can't give ...", "finance": a function (h19tasks)
        return None
    perf = (performer or "").lower().split()
    if perf and head.rstrip("s") == perf[-1].rstrip("s"):
        return None  # the learners themselves
    from planner.extract.consumer import EXCLUDE

    if head in EXCLUDE:
        return None  # the customers or patients the work serves
    opened = False
    if not det and words[0][:1].isupper() and not words[0].isupper() and at_start and can_be_noun(words[0].lower()):
        words, det, opened = [words[0].lower()] + words[1:], True, True  # "Reliability engineers analyse ...": a sentence's first word
    np = " ".join(words)
    if (not det or opened) and np.lower() in BARE_GROUPS:  # "Payroll can only run ...": bare at a sentence's start too
        return np  # "finance", "compliance": a function named bare, as the text writes it
    return f"the {np}" if det or not np[:1].isupper() else np


def _ist(head: str) -> bool:
    """An -ist or -ian person noun ("intensivist", "radiologists", "technicians"), not "checklist" or "wrist"."""
    one = head[:-1] if head.endswith("s") else head
    return len(one) > 6 and one.endswith(("ist", "ian")) and not one.endswith(("list", "wrist", "twist", "assist", "exist", "insist", "persist", "resist"))


def _step(step: str, relative_from: bool = False) -> Optional[str]:
    from planner.extract.phrases import can_be_verb

    words = step.split()
    asks = len(words) > 1 and words[0].lower() in ("see", "tell", "know") and words[1].lower() in ("which", "what", "who", "whether", "when", "how", "where")
    if not words or not can_be_verb(words[0].lower()) or (words[0].lower() in _NOT_STEP and not asks):
        return None  # a state, not a step; "see which dogs had their nails done" is a step of the reader's (h19tasks)
    while words and words[-1].lower() in _DANGLING:
        words = words[:-1]
    digit = next((i for i, w in enumerate(words) if re.search(r"\d", w)), None)
    if digit is not None:  # "closes the month on day 3": the step ends before the phrase that carries the number (h19tasks)
        cut = max((i for i in range(digit) if words[i].lower() in ("on", "by", "in", "at", "within", "every", "after", "before")), default=None)
        words = words[:cut] if cut else []
    if len(words) < 2:
        return None  # a bare verb names no step; a number belongs to the baseline
    return " ".join(words)


def _with_object(words: list[str]) -> list[str]:
    """"fix by hand" -> "fix them by hand": a transitive step whose object is the output the clause is about (h19tasks)."""
    from planner.extract.phrases import can_be_verb

    if len(words) > 1 and words[1].lower() in ("by", "from", "in", "on", "at") and can_be_verb(words[0].lower().split("-")[-1]):
        return [words[0], "them"] + words[1:]
    return words


def _verb_base(verb: str, plural: bool) -> Optional[str]:
    from planner.extract.phrases import base_verb, can_be_verb

    low = verb.lower()
    base = low if plural or not low.endswith("s") else (base_verb(low) or low[:-1])
    return base if can_be_verb(base) else None


def _starts(text: str, i: int) -> bool:
    return not text[:i].strip() or text[:i].rstrip()[-1:] in ".!?"


def reader_use(text: str, performer: Optional[str], any_blocked: bool = False,
               ok: Optional[Callable[[str], bool]] = None) -> Optional[Use]:
    """The first of ``reader_uses`` whose outcome passes ``ok`` (see ``reader_uses``)."""
    for use in reader_uses(text, performer, any_blocked):
        if ok is None or ok(use.said):
            return use
    return None


def reader_uses(text: str, performer: Optional[str], any_blocked: bool = False) -> list[Use]:
    """Every reader of the output and the step the text says it takes with it, in text order (see the module
    docstring). ``any_blocked``: a blocked step of any verb ("the funeral directors can't rely on them"), for a
    caller that knows "them" is the output; else only a step of the work-verb lexicon."""
    found: list[tuple[int, Use]] = []

    def plain(matches, relative: bool = False, anchored: bool = True) -> None:
        """A frame whose reader is group 'who' and whose step is group 'step', taken as written."""
        for m in matches:
            who = _reader(m.group("who"), performer, relative=relative, at_start=_starts(text, m.start("who")) if anchored else False)
            step = _step(m.group("step"))
            if who and step:
                found.append((m.start("who"), Use(who, step, f"{who} can {step}")))

    for m in _PURPOSE.finditer(text):
        who, step = _reader(m.group("who"), performer, at_start=_starts(text, m.start("who"))), _step(m.group("step"))
        if who is None and re.match(r"(?:and\s+)?(?:the|our)\s+[a-z]", m.group("who"), re.I):
            # "and the glazing bay relies on them to cut the panels": "rely on / use X to V" takes an agent, so its
            # subject is a reader even when no person or group list knows its head (r11tasks)
            who = _reader(m.group("who"), performer, relative=True, at_start=_starts(text, m.start("who")))
        if who and step:
            found.append((m.start("who"), Use(who, step, f"{who} can {step}")))
    for m in _WHO_FROM.finditer(text):
        who, step = _reader(m.group("who"), performer, relative=True, at_start=_starts(text, m.start("who"))), _step(m.group("step"))
        if who and step:
            v = _verb_base(step.split()[0], is_plural_np(who))
            if v:
                step = " ".join([v] + step.split()[1:])
                found.append((m.start("who"), Use(who, step, f"{who} can {step}")))
    for m in _WHICH_READER.finditer(text):
        who = _reader(m.group("who"), performer, at_start=_starts(text, m.start("who")))
        v = _verb_base(m.group("v"), is_plural_np(who)) if who else None
        if who and v:
            rest = " ".join(m.group("rest").split())
            rest = rest if rest and rest.split()[-1].lower() not in _DANGLING else ""
            step = f"{v} {m.group('prep').lower()} them" + (f" {rest}" if rest else "")
            found.append((m.start("who"), Use(who, step, f"{who} can {step}")))
    from planner.extract.phrases import VERBS, base_verb

    for m in _BLOCKED.finditer(text):
        who, step = _reader(m.group("who"), performer, at_start=_starts(text, m.start("who")), bare_ok=True), _step(m.group("step"))
        # a step of the work (the work-verb lexicon), never a complaint about the people ("can't babysit them")
        # or a step that works from the output ("can't base weaning decisions on them")
        if who and step and (any_blocked or (base_verb(step.split()[0].lower()) or step.split()[0].lower()) in VERBS
                             or re.search(r"\s(?:on|from|off|with|by)\s+(?:them|it)$", step)):
            found.append((m.start("who"), Use(who, step, f"{who} can {step}")))
    for m in _WHICH_THEN.finditer(text):
        who = _reader(m.group("who"), performer, at_start=False)
        v = _verb_base(m.group("v"), is_plural_np(who)) if who else None
        if who and v and v not in _NOT_STEP and not re.search(r"\d", m.group("rest")):
            rest = " ".join(m.group("rest").split())
            step = f"{v} them" + (f" {rest}" if rest and rest.split()[-1].lower() not in _DANGLING else "")
            found.append((m.start("who"), Use(who, step, f"{who} can {step}")))
    plain(_SICK_OF.finditer(text))
    for m in _MEANS_CANT.finditer(text):
        raw = m.group("who").strip()
        who = _reader(raw, performer, relative=True, at_start=False)
        step = _step(m.group("step"))
        if who and step and not re.match(r"(?:the|our)\s", raw, re.I) and len(raw.split()) == 1:
            who = raw  # "stores": a function written bare
        if who and step and raw.split()[-1].lower() not in ("we", "they", "it", "you", "i", "he", "she"):
            found.append((m.start("who"), Use(who, step, f"{who} can {step}")))
    for m in _OFF_OUTPUT.finditer(text):
        who = _reader(m.group("who"), performer, at_start=_starts(text, m.start("who")))
        v = _verb_base(m.group("v"), False) if who else None
        bare = re.sub(r"^(?:and|but|so|then)\s+", "", m.group("who").strip(), flags=re.I)
        if who and not re.match(r"(?:the|our|their)\s", bare, re.I) and len(bare.split()) == 1:
            who = bare  # "invoicing": a function the text writes bare
        if who and v and v not in _NOT_STEP:
            step = f"{v} {m.group('mid')} {m.group('prep').lower()} them"
            found.append((m.start("who"), Use(who, step, f"{who} can {step}")))
    plain(list(_BECAUSE_CANT.finditer(text)) + list(_PURPOSE_POSS.finditer(text)))  # _PURPOSE_POSS: r11tasks
    for m in _NO_USE.finditer(text):
        who = _reader(m.group("who"), performer, at_start=False)
        if who:
            step = "use them" if m.group("how").lower().startswith(("use", "no", "unus")) else "follow them"
            found.append((m.start("who"), Use(who, step, f"{who} can {step}")))
    plain(_ONLY_ONCE.finditer(text))
    plain(_THEN_CAN.finditer(text), relative=True, anchored=False)
    plain(_SO_CAN.finditer(text))  # "... so the shift supervisor can stop the line before a bad batch ships"
    for m in _FOR_TO.finditer(text):
        who = _reader(m.group("who"), performer, at_start=False)
        words = m.group("step").split()
        if who and words and words[-1].lower() in ("from", "on", "with", "off", "by"):
            words.append("them")  # "to sell from" -> "sell from them": the output is the preposition's object
        step = _step(" ".join(words)) if who else None
        if who and step:
            found.append((m.start("who"), Use(who, step, f"{who} can {step}")))
    for m in _MUST.finditer(text):
        who = _reader(m.group("who"), performer, at_start=_starts(text, m.start("who")), bare_ok=True)
        words = m.group("step").split()
        if who and words and words[-1].lower() in _DANGLING - {"the", "a", "an", "their", "our", "its", "and", "or"}:
            words.append("them")
        elif who and words and re.search(r"\b(?:that|which)\s+$", text[: m.start("who")], re.I):
            words = _with_object(words)  # "abstracts that the billing team has to fix by hand": fix them by hand
        step = " ".join(words) if len(words) >= 1 and not re.search(r"\d", " ".join(words)) else None
        from planner.extract.phrases import can_be_verb

        if who and step and can_be_verb(words[0].lower().split("-")[-1]) and words[0].lower() not in _NOT_STEP:  # "re-sort"
            if len(words) == 1 and m.group("who") and re.search(r"\b(?:that|which)\s+$", text[: m.start("who")], re.I):
                step += " them"  # "quotes that finance had to reject": the relative's noun is the object
            if len(step.split()) >= 2:
                neg = "do" if is_plural_np(who) else "does"
                found.append((m.start("who"), Use(who, step, f"{who} {neg} not have to {step}")))
    for m in _REJECTS.finditer(text):
        who = _reader(m.group("who"), performer, at_start=_starts(text, m.start("who")))
        if who:
            obj = m.group("obj")
            obj = obj if re.match(_DET, obj, re.I) else f"the {obj}"
            v = _NEGATED[m.group("v").lower()]
            found.append((m.start("who"), Use(who, f"{v} {obj}", f"{who} {'do' if is_plural_np(who) else 'does'} not {v} {obj}")))
    found += _round11_uses(text, performer)
    return [use for _, use in sorted(found, key=lambda x: x[0])]


def _third(v: str) -> str:
    """"find" -> "finds", "fix" -> "fixes", "query" -> "queries": the third person singular of a base verb."""
    if re.search(r"(?:s|sh|ch|x|z|o)$", v):
        return v + "es"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ies"
    return v + "s"


def _round11_uses(text: str, performer: Optional[str]) -> list[tuple[int, Use]]:
    """The uses read by the round-11 frames (see their comments); each a whole clause of the text."""
    from planner.extract.phrases import base_verb, can_be_verb

    found: list[tuple[int, Use]] = []
    for m in _SO_FINITE.finditer(text):
        who = _reader(m.group("who"), performer, at_start=False)
        rest = " ".join(m.group("rest").split())
        if who and rest.split()[-1].lower() not in _DANGLING and not re.search(r"\d", rest):
            v = m.group("v").lower()  # the text's own verb and agreement
            found.append((m.start("who"), Use(who, f"{base_verb(v)} {rest}", f"{who} {v} {rest}")))
    for m in _WHICH_PARTICLE.finditer(text):
        who = _reader(m.group("who"), performer, at_start=False)
        v = _verb_base(m.group("v"), False) if who else None
        rest = " ".join((m.group("rest") or "").split())
        if who and v and v not in _NOT_STEP and can_be_verb(v) and not re.search(r"\d", rest):
            step = f"{v} them {m.group('prt').lower()}" + (f" {rest}" if rest and rest.split()[-1].lower() not in _DANGLING else "")
            found.append((m.start("who"), Use(who, step, f"{who} can {step}")))
    for m in _WHO_APPOSITIVE.finditer(text):
        who, step = _reader(m.group("who"), performer, at_start=_starts(text, m.start("who"))), _step(m.group("step"))
        v = _verb_base(step.split()[0], is_plural_np(who)) if who and step else None
        if v and v not in _NOT_STEP:
            step = " ".join([v] + step.split()[1:])
            found.append((m.start("who"), Use(who, step, f"{who} can {step}")))
    for m in _REFUSE.finditer(text):
        who, step = _reader(m.group("who"), performer, at_start=_starts(text, m.start("who"))), _step(m.group("step"))
        if who and step and not re.search(r"\d", step):
            found.append((m.start("who"), Use(who, step, f"{who}{m.group('pp') or ''} can {step}")))
    for m in _NO_IDEA.finditer(text):
        who = _reader(m.group("who"), performer, at_start=_starts(text, m.start("who")))
        rest = " ".join(m.group("rest").split())
        if who and rest.split()[-1].lower() not in _DANGLING and not re.search(r"\d", rest):
            v = "knows" if m.group("v").lower() == "has" else "know"
            found.append((m.start("who"), Use(who, f"know {rest}", f"{who} {v} {rest}")))
    for m in _SENDS_BACK.finditer(text):
        who = _reader(m.group("who"), performer, at_start=_starts(text, m.start("who")))
        if who:
            v = _verb_base(m.group("v"), False) or m.group("v").lower()
            obj = re.sub(r"^(?:those|these|their|our)\b", "the", m.group("obj"), flags=re.I)
            obj = "them" if obj.lower() in ("them", "it", "the") else obj
            neg = "do" if is_plural_np(who) else "does"
            found.append((m.start("who"), Use(who, f"{v} {obj} {m.group('prt').lower()}", f"{who} {neg} not have to {v} {obj} {m.group('prt').lower()}")))
    for m in _KEEPS.finditer(text):
        # a possessed noun phrase ("the sponsor's monitors") is a reader the role lists may not know
        who = _reader(m.group("who"), performer, relative=bool(re.search(r"(?:'s|’s)\s", m.group("who"))), at_start=_starts(text, m.start("who")))
        v = base_verb(m.group("v").lower()) if who else None
        rest = " ".join(m.group("rest").split())
        if who and v and can_be_verb(v) and v not in _NOT_STEP and rest.split()[-1].lower() not in _DANGLING and not re.search(r"\d", rest):
            found.append((m.start("who"), Use(who, f"{v} {rest}", f"{who} no longer {v if is_plural_np(who) else _third(v)} {rest}")))
    return found


@lru_cache(maxsize=256)
def _known_frames(form: str) -> tuple[re.Pattern, ...]:
    """The clause frames of a reader the text names as ``form`` (compiled once per form)."""
    k = r"(?P<who>(?:the\s+|our\s+)?" + re.escape(form) + r")"
    return (
        re.compile(_START + k + r"\s+(?:then\s+|also\s+|usually\s+|always\s+)?(?:uses?|used|needs?|rel(?:y|ies)\s+on|depends?\s+on|works?\s+from)\s+"
                    + _OUTPUT_REF + r"\s+to\s+" + _STEP + _END, re.I),
        re.compile(_START + k + r"\s+(?:can't|can’t|cant|cannot|can not|couldn't|couldn’t|couldnt|could not)\s+" + _STEP + _END, re.I),
        re.compile(r"\bso\s+(?:that\s+)?" + k + r"\s+(?:can|could)\s+" + _STEP + _END, re.I),
        # "home visit notes ... that the OTs can base equipment orders on": the output is the preposition's object
        re.compile(r"\b(?:that|which)\s+" + k + r"\s+(?:can|could|need\s+to|have\s+to)\s+" + _STEP + _END, re.I),
    )


def known_reader_uses(text: str, forms: list[str]) -> list[Use]:
    """The step of a reader the plan already names, in the frames of ``reader_uses`` whose subject is that reader as
    the text writes it ("the cutting room relies on them to order glass", "accounts cant match them"): a reader the
    person and group lists do not know is still the subject of its own clause (r11tasks)."""
    out: list[tuple[int, Use]] = []
    for form in sorted({f for f in forms if f and len(f) > 1}, key=len, reverse=True):
        for pat in _known_frames(form):
            for m in pat.finditer(text):
                words = m.group("step").split()
                if words and words[-1].lower() in ("on", "from", "off", "with", "by", "to"):
                    words.append("them")
                step = _step(" ".join(words))
                if step:
                    who = m.group("who").strip()
                    out.append((m.start("who"), Use(who, step, f"{who} can {step}")))
        if out:
            break
    return [u for _, u in sorted(out, key=lambda x: x[0])]


def object_reader_step(text: str, performer: Optional[str], head: str,
                       ok: Optional[Callable[[str], bool]] = None) -> Optional[Use]:
    """The reader whose own clause takes the learners' output as its object: "..., and the shipping clerks pack only
    the graded shirts" -> the shipping clerks can pack only the graded shirts (h19tasks). The clause's subject is a
    person or group noun phrase (never the learners), its verb a verb of the text, its object names ``head``."""
    from planner.extract.phrases import can_be_verb

    if not head or len(head) < 3:
        return None
    opener = r"(?:,\s*(?:and\s+)?|\band\s+|[.;!?]\s+)" + _READER + r"(?P<pp>\s+(?:on|in|at|from)\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]*)?)??"
    # "and the finance team will use the counts to value stock": the reader's purpose with the output
    purpose = re.compile(opener + r"\s+(?:will\s+|'ll\s+|would\s+|then\s+|also\s+)?(?:use|uses|used|need|needs|rely\s+on|relies\s+on|"
                         r"work\s+from|works\s+from)\s+(?:the|those|these|their)\s+(?:[\w-]+\s+){0,2}?" + re.escape(head) + r"\s+to\s+" + _STEP + _END, re.I)
    # "and the shipping clerks pack only the graded shirts", "and the nurses on 4 West hang them"
    pat = re.compile(opener + r"\s+(?:only\s+|then\s+|also\s+)?(?P<v>[a-z]+)\s+"
                     r"(?P<rest>(?:(?:(?!(?:and|but|so|because|when|until|unless|while|if)\b)[\w'-]+\s+){0,5}?" + re.escape(head) + r"|them|it))\b" + _END, re.I)
    # "subtitles that the video editors then have to re-time by hand": the reader's rework on the output, negated
    rework = re.compile(r"\b" + re.escape(head) + r"\s+(?:that|which)\s+" + _READER + r"\s+(?:then\s+|often\s+|always\s+|still\s+)?(?:has|have|had)\s+to\s+"
                        + _STEP + _END, re.I)
    for m in rework.finditer(text):
        who = _reader(re.sub(r"\s+(?:then|often|always|still)$", "", m.group("who"), flags=re.I), performer, relative=True)
        words = m.group("step").split()
        if who and words and can_be_verb(words[0].lower().split("-")[-1]) and words[0].lower() not in _NOT_STEP:
            step = " ".join(_with_object(words))
            use = Use(who, step, f"{who} {'do' if is_plural_np(who) else 'does'} not have to {step}")
            if ok is None or ok(use.said):
                return use
    for m in list(purpose.finditer(text)) + list(pat.finditer(text)):
        if "rest" in m.groupdict() and (m.group("rest") or "").lower() in ("them", "it") and not re.match(r",?\s*and\b|,", m.group(0)):
            continue  # a pronoun is the output only in the clause joined to the learners' own ("..., and the nurses hang them")
        raw = re.sub(r"\s+(?:will|would|then|also|only)$", "", m.group("who"), flags=re.I)  # the auxiliary is not the reader's
        who = _reader(raw, performer, at_start=_starts(text, m.start("who")))
        if not who:
            continue
        pp = m.group("pp") or ""
        if "step" in m.groupdict() and m.group("step"):
            step = _step(m.group("step"))
            if not step:
                continue
        else:
            v = _verb_base(m.group("v"), is_plural_np(who))
            if not v or not can_be_verb(v) or v in _NOT_STEP or v in ("are", "is", "were", "was", "will", "would", "can", "could"):
                continue
            step = f"{v} {m.group('rest')}"
        use = Use(who, step, f"{who}{pp} can {step}")
        if ok is None or ok(use.said):
            return use
    return None
