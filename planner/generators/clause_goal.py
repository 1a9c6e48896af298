"""The goal's verb and object from clause shapes the other goal readers miss (h18goal, issue 12, round 8).

Managers often write the learners' work inside a fault, in shapes with no clause of the form "the X do Y":
- a reduced object relative: "half the damage reports our cargo inspectors raise in CargoSnap have no photo of the
  container seal", "the pre-lift checks our crane operators put into LiftLog are entered a day late";
- an agentless passive: "the stem bolts weren't torqued to spec", "14% of jobs get assigned to the wrong zone",
  "guests were charged the wrong room rate";
- "leave X un-VERBed": "the install guys leave the zones unlabelled when they program the panels".
Each shape gives the performance as the text's own verb and a whole noun phrase it writes (Mager's performance;
O*NET task statements: an action verb and its object), the condition where the text gives one (the system in the same
clause, "when they program the panels"), and the criterion only where a rule turns the fault positive safely
("no/without/missing X" -> "with the X", "the wrong X" -> "the correct X", "late" -> "on time", a negated passive ->
the act itself). Never a guessed verb: a shape whose verb is a reader's step ("sent back", "rejected", "approved") or
no work at all ("needed", "told") gives nothing, and the caller keeps its own reading.
"""
from __future__ import annotations

import re
from typing import Optional

from planner.extract.phrases import FUNCTION_WORDS, can_be_noun, whole_np
from planner.generators.output_goal import OutputGoal, _learner_rx, _sentences, _system, criterion

# verbs that are not the learners' work on the output: the readers' steps and states (DOMAIN.md: never someone
# else's step, never the symptom)
_NOT_WORK = frozenset(
    "be have do get keep go come make take need want use like hate love see find know think say tell ask pay give "
    "send return reject approve review read check sign chase kick bounce refuse decline query flag catch notice lose "
    "delay expect require suppose mean base involve train seem look leave fix correct redo rework complain".split())

_QUANT = re.compile(r"^(?:(?:about|around|roughly|nearly|almost|over|some|only)\s+)?(?:half|most|many|all|some|a lot|a third|a quarter|"
                    r"\d+%?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+(?:in\s+\w+\s+)?(?:of\s+)?", re.I)


def _np_ending(left: str) -> Optional[str]:
    """The noun phrase that ends ``left`` ("Half the damage reports" -> "damage reports"; "because the stem
    bolts" -> "the stem bolts"), a whole one whose head can be a noun; None otherwise."""
    words = left.split()
    run: list[str] = []
    for w in reversed(words):
        lw = w.lower().strip(",")
        if w.endswith(",") or lw in FUNCTION_WORDS and lw not in ("the", "their", "our"):
            break
        run.insert(0, w)
        if lw in ("the", "their", "our"):
            break
    if not run:
        return None
    det = run[0].lower() in ("the", "their", "our")
    before = words[-len(run) - 1].lower() if len(words) > len(run) else ""
    if det and run[0].lower() == "the" and before in ("half", "all", "most", "of", "some", "many"):
        det = False  # "half the damage reports": the kind of output, not these ones (a goal states the work in general)
    core = run[1:] if run[0].lower() in ("the", "their", "our") else run
    core = [w for w in core if not re.fullmatch(r"\d+%?", w)]
    if not core or len(core) > 5 or not can_be_noun(core[-1]) or core[-1].lower() in ("them", "it", "they", "this", "that"):
        return None
    np = " ".join(core)
    if not whole_np(np) or _QUANT.match(np + " "):
        return None
    first = np.split()[0]
    if first[:1].isupper() and first[1:].islower():
        np = first.lower() + np[len(first):]  # a sentence-initial capital is no part of the noun phrase
    return ("the " + np) if det else np


def _lemma(word: str) -> Optional[str]:
    from planner.concreteness.tagger import verb_lemma

    lem = verb_lemma(word.lower())
    return lem if lem and lem not in _NOT_WORK else None


_PRED = (r"(?:have|has|had|are|is|were|was|get|gets|got|keep|keeps|kept|come|comes|came|go|goes|went|don'?t|doesn'?t|"
         r"didn'?t|do not|does not|never|often|still|always|lack|lacks|miss|misses|regularly|rarely|all|end up|ends up)")


def relative_output(text: str, forms: list[str], systems: list[str]) -> Optional[OutputGoal]:
    """"the damage reports our cargo inspectors raise in CargoSnap have no photo of ..." -> ("Raise", "damage
    reports", " in CargoSnap with the photo of ..."): the learners' own verb of the output a relative clause names."""
    who = _learner_rx(forms)
    rx = re.compile(rf"\b(?:our|the|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{who}|[a-z]+s)\s+(?:\w+ly\s+)?(?P<v>[a-z]+)(?P<prt>\s+(?:in|out|up|off)(?=\s+(?:at|on|in|into|to|for|through|via)\b))?"
                    rf"(?P<pp>\s+(?:in|into|on|onto|at|through|via|to|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?P<pred>{_PRED})\b", re.I)
    for s in _sentences(text):
        for m in rx.finditer(s):
            lem = _lemma(m.group("v"))
            if not lem or m.group("v").lower().endswith("s") and not m.group("v").lower().endswith("ss"):
                continue  # "our clerks keys": no plural subject's verb; "our team needs": no work
            np = _np_ending(s[: m.start()])
            if not np:
                continue
            obj = re.sub(r"^(?:their|our)\s+", "the ", np, flags=re.I)
            sys = _system(s, obj, systems)
            crit = criterion(text, s[m.start("pred"):])
            qual = (f" {sys[0]} {sys[1]}" if sys and sys[1].lower() not in obj.lower() else "") + crit
            place = (m.group("pp") or "").strip()
            if not sys and re.match(r"(?:at|on)\s+the\s+", place, re.I) and whole_np(place.split(None, 2)[2]):
                qual = f" {place}{qual}"  # "fill in at the scene": the condition the text gives (Mager)
            verb = lem.capitalize() + (" " + m.group("prt").strip().lower() if m.group("prt") else "")  # "fill in" (h18goal late)
            return OutputGoal(verb=verb, obj=obj, qual=qual, system=sys[1] if sys else None,
                              own_verb=True, criterion=crit, from_clause=True)
    return None


def which_output(text: str, forms: list[str], systems: list[str]) -> Optional[OutputGoal]:
    """"Birth notes, which the community midwives complete after each home birth, are often sent ... without the newborn
    check times" -> ("Complete", "birth notes", " after each home birth with the newborn check times"): the learners'
    own verb in a non-restrictive relative on the output, its time or place, and the fault's criterion (h21goalq)."""
    who = _learner_rx(forms)
    rx = re.compile(rf",\s+(?:which|that)\s+(?:the|our|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{who})\s+(?:\w+ly\s+)?(?P<v>[a-z]+)"
                    rf"(?P<pp>\s+(?:after|before|during|at|on|in|for|from)\s+(?:each|every|the|a|an)\s+[\w-]+(?:\s+[\w-]+)?)?\s*,\s+(?P<pred>{_PRED}|are|is|get)\b", re.I)
    for s in _sentences(text):
        m = rx.search(s)
        if not m:
            continue
        lem = _lemma(m.group("v"))
        np = _np_ending(s[: m.start()])
        if not lem or not np or m.group("v").lower().endswith("s") and not m.group("v").lower().endswith("ss"):
            continue
        obj = re.sub(r"^(?:their|our)\s+", "the ", np, flags=re.I)
        obj = obj[:1].lower() + obj[1:] if obj[:1].isupper() and not obj.split()[0].isupper() else obj
        crit = criterion(text, s[m.start("pred"):])
        sys = _system(s, obj, systems)
        qual = (m.group("pp") or "") + (f" {sys[0]} {sys[1]}" if sys and sys[1].lower() not in obj.lower() else "") + crit
        return OutputGoal(verb=lem.capitalize(), obj=obj, qual=qual, system=sys[1] if sys else None,
                          own_verb=True, criterion=crit, from_clause=True)
    return None


_PASSIVE = re.compile(
    r"\s+(?P<aux>get|gets|got|are|is|were|was|aren'?t|isn'?t|weren'?t|wasn'?t|are not|is not|were not|was not|"
    r"don'?t get|doesn'?t get|didn'?t get|never get|never gets|are never|were never|is never|was never)\s+(?:\w+ly\s+)?"
    r"(?P<v>[a-z]+ed|[a-z]+en|put|set|cut|built|made|kept|written)\b(?P<rest>[^.;:!?]*)", re.I)
_NEG = re.compile(r"n'?t\b|\bnot\b|\bnever\b", re.I)


def passive_fault(text: str, systems: list[str]) -> Optional[OutputGoal]:
    """"the stem bolts weren't torqued to spec" -> ("Torque", "the stem bolts", " to spec"); "14% of jobs get assigned
    to the wrong zone" -> ("Assign", "jobs", " to the correct zone"): the act an agentless passive names, positive."""
    for s in _sentences(text):
        for m in _PASSIVE.finditer(s):
            rest = m.group("rest")
            if re.match(r"\s+(?:by|back|out|up|off|down|over)\b", rest, re.I) or re.search(r"\bby\s+(?:the|our|a)\b", rest, re.I):
                continue  # an agent (the named-output reader's shape) or a phrasal verb of the readers ("sent back")
            lem = _lemma(m.group("v"))
            np = _np_ending(s[: m.start()])
            if not lem or not np:
                continue
            obj = re.sub(r"^(?:their|our)\s+", "the ", np, flags=re.I)
            neg = bool(_NEG.search(m.group("aux")))
            wrong = re.match(r"\s+(?:(?P<p>to|in|on|into|at|with|for)\s+)?the\s+wrong\s+(?P<n>[a-z][\w -]{2,40}?)(?=\s*[,.;:!?]|\s+(?:and|but|so|because|on|in|at|when|which|every|each)\b|\s*$)",
                             rest, re.I)
            pp = re.match(r"\s+(?P<pp>(?:to|in|on|into|at|with|before|within)\s+(?:the\s+|a\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)(?=\s*[,.;:!?]|\s+(?:and|but|so|because|when|which)\b|\s*$)", rest, re.I)
            if wrong and whole_np(wrong.group("n")):
                crit = f" {wrong.group('p').lower() + ' ' if wrong.group('p') else ''}the correct {wrong.group('n')}"
            elif neg:
                crit = " " + pp.group("pp") if pp and whole_np(re.sub(r"^\w+\s+(?:the\s+|a\s+)?", "", pp.group("pp"))) else ""
            else:
                crit = criterion(text, rest) if re.search(r"\blate\b|\bwithout\b|\bmissing\b", rest, re.I) else ""
                if not crit:
                    continue  # "reports are filed in SAP": no fault, no goal
            sys = _system(s, obj, systems)
            qual = crit + (f" {sys[0]} {sys[1]}" if sys and sys[1].lower() not in (obj + crit).lower() else "")
            return OutputGoal(verb=lem.capitalize(), obj=obj, qual=qual, system=sys[1] if sys else None,
                              own_verb=True, criterion=crit or " ", from_clause=True)
    return None


_LEFT = re.compile(r"\b(?:leave|leaves|left|leaving)\s+(?P<np>(?:the|their|a|an)\s+)?(?P<n>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+"
                   r"un(?P<v>[a-z]+ed)\b(?P<cond>\s+(?:when|while|after|before)\s+(?:they|we|he|she)\s+(?P<cv>[a-z]+)\s+(?P<co>[^.;,!?]+))?", re.I)


def left_undone(text: str, systems: list[str]) -> Optional[OutputGoal]:
    """"leave the zones unlabelled when they program the panels" -> ("Label", "the zones", " when programming the
    panels"): the act the fault leaves undone, with the text's own condition (Mager: the conditions)."""
    from planner.concreteness.tagger import verb_lemma
    from planner.text.inflect import gerund

    m = _LEFT.search(text)
    if not m:
        return None
    lem = _lemma(m.group("v"))
    n = m.group("n")
    if not lem or not whole_np(n) or not can_be_noun(n.split()[-1]):
        return None
    obj = ("the " if m.group("np") else "") + n
    cond = ""
    if m.group("cond"):
        cv = verb_lemma(m.group("cv").lower())
        co = re.sub(r"^(?:their|our)\s+", "the ", m.group("co").strip(), flags=re.I)
        if cv and cv not in ("be", "have", "do") and whole_np(re.sub(r"^(?:the|a|an)\s+", "", co)) and len(co.split()) <= 5:
            cond = f" {m.group('cond').split()[0].lower()} {gerund(cv)} {co}"
    sys = _system(text, obj, systems)
    qual = cond + (f" {sys[0]} {sys[1]}" if sys and sys[1].lower() not in (obj + cond).lower() else "")
    return OutputGoal(verb=lem.capitalize(), obj=obj, qual=qual, system=sys[1] if sys else None, own_verb=True, criterion=" ", from_clause=True)


def read(text: str, forms: list[str], systems: list[str]) -> Optional[OutputGoal]:
    """The first shape that gives the learners' act whole, in the order of how directly it names the learners."""
    return (relative_output(text, forms, systems) or which_output(text, forms, systems) or left_undone(text, systems)
            or passive_fault(text, systems))


def read_frame(frame) -> Optional[OutputGoal]:
    from planner.generators.output_goal import _forms

    return read(frame.text, _forms(frame), list(frame.systems))
