"""The learners' named output as the skill goal when no clause of theirs names the performance (h16goal, issue 12).

Managers often name the output only as the noun of a fault: "the lift plans from our riggers are a mess", "bills of
lading keep coming back from the carriers", "inspection reports are filed late by the inspectors", "their daily site
diaries are thin; 9 of 15 were missing the subcontractor headcount". The behaviour readers find no clause with the
learners as subject, and the plan fell back to the placeholder "Carry out the task in the X's work that shows the gap".

Rules (Mager's performance objective: a performance, its conditions, a criterion; O*NET task statements: an action
verb, an object, a qualifier; DOMAIN.md "skill goal": one observable performance on the team's real output):
- the object is a whole noun phrase the text writes, tied to the learners by "from/by our X", by a possessive
  ("their", "the X's"), by a passive with the learners as agent, or as the subject of a fault predicate ("keep coming
  back", "are a mess", "are wrong"); its head must be a kind of work product (a document, record, count or pack);
- the verb is the learners' own verb of it where the text gives one ("are filed late by the inspectors" -> file;
  "they build them in MercuryGate" -> build), else the verb that kind of product takes (forms are filled in, notes
  written, bundles prepared, counts carried out);
- the condition is a system the text names in the same clause as the output (or in a clause about "them");
- the criterion is the fault turned positive only where a rule can do it safely: "without/missing/no/leave off the
  X" -> "with the X"; "the wrong X" -> "the correct X"; "late" / "days after" -> "the same day" when the text says
  so, else "on time"; "A instead of B" -> B. Otherwise no criterion (the caller marks the standard as to confirm).
Never the symptom verb negated, never a step of the reviewers' or the readers' ("sent back by the barristers").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from planner.extract.phrases import can_be_noun, whole_np

# the verb each kind of work product takes (O*NET task statements: "Fill in forms", "Write reports", "Prepare
# bundles"); the head noun decides, singular or plural
_VERB_OF = {
    "Fill in": "forms certs certificates sheets checklists logs timesheets questionnaires worksheets cards tags",
    "Write": "notes reports letters summaries diaries plans transcripts quotes emails statements minutes handovers "
             "specs specifications descriptions write-ups briefs",
    "Prepare": "bundles listings files packs manifests schedules rosters estimates drawings requisitions invoices "
               "orders claims returns submissions proposals packets",
    "Carry out": "counts checks",
    "Record": "scans readings entries",
}
_HEADS = {h: v for v, hs in _VERB_OF.items() for h in hs.split()}
_COMPOUND = {"bills of lading": "Prepare", "bill of lading": "Prepare", "purchase orders": "Raise", "work orders": "Prepare"}

# verbs that are not work on the output ("hate", "get back"): never the goal's verb
_NOT_WORK = frozenset("hate hates hated like likes love get gets got keep keeps kept have has had see sees saw find finds "
                      "found check checks checked sign signs signed send sent return returned reject rejected approve "
                      "approved review reviewed read reads chase chased".split())

_HATE = frozenset("hate hates hated like likes love get gets got keep keeps kept have has had".split())  # no work at all
_DETS = r"(?:the|our|their|his|her|its|a|an|these|those|all|some|any)"
_STOP = r"(?=\s+(?:for|in|on|at|when|because|and|but|so|from|to|after|before|by|which|that|who|every|each|is|are|was|were|get|gets|keep|keeps)\b|\s*[,.;:!?)]|\s*$)"


@dataclass
class OutputGoal:
    verb: str          # "Prepare"
    obj: str           # "bills of lading"
    qual: str          # " in MercuryGate with the correct freight class"
    system: Optional[str] = None
    own_verb: bool = False   # the verb is the text's own
    criterion: str = ""      # the fault turned positive (" with the use-by date"), part of ``qual``
    from_clause: bool = False  # read by planner.generators.clause_goal (a relative, a passive, "leave X un-Yed")

    @property
    def handed_on(self) -> bool:
        """A work product someone receives next (a report, a check, a plan), not a part or a person ("the zones",
        "guests"): only then does a task built from it ask who receives it (h18goal)."""
        return not self.from_clause or _head_verb(self.obj) is not None

    @property
    def items(self) -> Optional[str]:
        """The output as the plan's "things" (checklists, samples): a plural head only ("bills of lading")."""
        head = self.obj.split(" of ")[0].split()[-1].lower()
        return None if self.obj.startswith("the ") or not head.endswith("s") or head.endswith("ss") else self.obj

    @property
    def has_detail(self) -> bool:
        return bool(self.qual.strip()) or self.own_verb


def _head_verb(np: str) -> Optional[str]:
    low = np.lower()
    for c, v in _COMPOUND.items():
        if low.endswith(c):
            return v
    head = low.split()[-1]
    if head in _HEADS:
        return _HEADS[head]
    if head + "s" in _HEADS:  # a singular head ("the rota"), the plural's verb
        return _HEADS[head + "s"]
    return None


_NOT_NP = frozenset("first last latest new recent one two three four five six seven eight nine ten eleven twelve fifteen "
                    "twenty thirty forty fifty hundred dozen few several many some all".split())


def _trim_np(words: list[str]) -> Optional[str]:
    """The longest run of words ending on a work-product head, as a whole noun phrase (no counts, no 'first')."""
    words = [w for w in words if w.lower() not in _NOT_NP]
    for n in range(len(words), 0, -1):
        cand = " ".join(words[-n:])
        if _head_verb(cand) and whole_np(cand) and all(can_be_noun(w) or w.isalpha() for w in cand.split()):
            return cand
    return None


def _np_before(s: str, end: int) -> Optional[str]:
    """The noun phrase that ends just before ``end`` ("Goods-in inspection reports" in "Goods-in inspection reports
    are filed ..."), without its determiner."""
    left = s[:end].rstrip()
    m = re.search(r"(?:^|[,;:]\s*|\b\d+\s+|\b[\w-]+['’]s?\s+|\b" + _DETS + r"\s+)((?:[A-Za-z][\w'’-]*\s+){0,4}[A-Za-z][\w'’-]*(?:\s+of\s+[a-z]+)?)$", left, re.I)
    if not m:
        return None
    words = m.group(1).split()
    while words and re.fullmatch(_DETS, words[0], re.I):
        words = words[1:]
    return _trim_np(words)


def _np_after(s: str, start: int) -> Optional[str]:
    m = re.match(r"\s*((?:[A-Za-z][\w'’-]*\s+){0,4}?[A-Za-z][\w'’-]*(?:\s+of\s+[a-z]+)?)" + _STOP, s[start:])
    return _trim_np(m.group(1).split()) if m else None


def _sentences(text: str) -> list[str]:
    return [x for x in re.split(r"(?<=[.!?;])\s+|\n+", text) if x.strip()]


def _learner_rx(forms: list[str]) -> str:
    alts = sorted({re.escape(f) for f in forms if f}, key=len, reverse=True)
    return r"(?:" + "|".join(alts) + r")" if alts else r"(?!x)x"


_FAULT = re.compile(r"\s+(?:keep|keeps|kept)\s+(?:coming|getting|being|bouncing)\b|\s+(?:are|is|were|was)\s+(?:all\s+|always\s+|often\s+|still\s+)?"
                    r"(?:a\s+mess|wrong|late|thin|incomplete|missing|rubbish|terrible|all over the place|useless|unreadable|off)\b|"
                    r"\s+(?:come|comes|came|get|gets|got)\s+(?:back|sent back|rejected|returned|bounced)\b", re.I)


def _find(text: str, forms: list[str]) -> Optional[tuple[str, str, Optional[str]]]:
    """(sentence, output noun phrase, the learners' own verb lemma or None)."""
    from planner.concreteness.tagger import verb_lemma

    who = _learner_rx(forms)
    for s in _sentences(text):
        # passive with the learners as agent: "reports are filed late by the receiving inspectors"
        # (or reduced: "200 expense claims approved by our 14 cost-centre managers"): the agent's verb is theirs
        for m in re.finditer(rf"(?:\s+(?:are|is|were|was|get|gets|got)(?:\s+\w+ly)?)?\s+([a-z]+ed|[a-z]+en|built|sent|made|done|kept|written)\b(\s+(?:out|in|up|off|over)\b)?"
                             rf"(?:\s+\w+){{0,3}}?\s+by\s+(?:the|our|their)?\s*(?:\w+\s+){{0,2}}{who}\b", s, re.I):
            np = _np_before(s, m.start())
            lem = verb_lemma(m.group(1))
            if np and lem and lem not in _HATE:
                return s, np, lem + (" " + m.group(2).strip().lower() if m.group(2) else "")  # "sent out" -> "send out"
            if np:
                return s, np, None
        # "the lift plans from our riggers", "shelf stock counts by our store assistants"
        for m in re.finditer(rf"\s+(?:from|by|of)\s+(?:our\s+(?:\w+\s+){{0,2}}[a-z]+s\b|(?:the|their)\s+(?:\w+\s+){{0,2}}{who}\b)", s, re.I):
            np = _np_before(s, m.start())
            if np:
                return s, np, None
        # a possessive: "their daily site diaries", "the last new tech's pre-op biometry sheets", "our CRCs' consent files"
        for m in re.finditer(rf"\b(?:their|{who}['’]s?|{who}s['’])\s+", s, re.I):
            np = _np_after(s, m.end())
            if np:
                return s, np, None
        # the object of the learners' own clause, whatever its verb: "sparkys hate the test certs"
        for m in re.finditer(rf"\b{who}\s+(?:\w+\s+)?(?:the|their)\s+", s, re.I):
            np = _np_after(s, m.end())
            if np:
                return s, np, None
        # the output as the subject of a fault: "bills of lading keep coming back from the carriers"
        for m in _FAULT.finditer(s):
            np = _np_before(s, m.start())
            if np:
                return s, np, None
    return None


def _own_verb(text: str, np: str, forms: list[str]) -> Optional[str]:
    """The learners' verb of their output, in a clause about them: "they build them in MercuryGate"."""
    from planner.concreteness.tagger import verb_lemma

    who = _learner_rx(forms)
    m = re.search(rf"\b(?:(?:they|{who})\s+(?:\w+ly\s+)?([a-z]+)\s+(?:them|(?:their\s+|the\s+)?{re.escape(np)})|\b(?:the|our)\s+(?:[a-z]+\s+)?[a-z]+s\s+([a-z]+)\s+their\s+{re.escape(np)})\b", text, re.I)
    if m:
        lem = verb_lemma(m.group(1) or m.group(2))
        if lem and lem not in _NOT_WORK and lem not in ("be", "do", "have"):
            return lem
    return None


_NAMED = re.compile(r"\b([A-Z][a-z]+[A-Z][A-Za-z0-9]*|[A-Z]{2,}\d*)\b")  # "MercuryGate", "CaseLines", "SAP": a product's name
_NOT_NAMED = frozenset("ID IDS OK US UK EU AM PM FYI ASAP TBD QA QC HR IT CEO PO POS".split())


def _system(text: str, np: str, systems: list[str]) -> Optional[tuple[str, str]]:
    """(preposition, system): a system the text names in the output's own clause, or in a clause about "them"
    ("they build them in MercuryGate"); never one named in another role's clause ("the buyers can't release the
    stock in SAP")."""
    names = list(systems) + [m.group(1) for m in _NAMED.finditer(text) if m.group(1).upper() not in _NOT_NAMED]
    for clause in re.split(r"[,;.:]|\s+(?:and|but|so|because)\s+", text):
        if not (np.split()[-1].lower() in clause.lower() or re.search(r"\bthem\b", clause, re.I)):
            continue
        for sys in names:
            m = re.search(rf"\b(in|on|into|to|through|via|using)\s+((?:the\s+)?{re.escape(sys)})\b", clause, re.I)
            if m:
                return ("in" if m.group(1).lower() in ("through", "via", "using", "on") else m.group(1).lower()), m.group(2)
    return None


def _np_of(phrase: str) -> Optional[str]:
    phrase = re.sub(r"^(?:the|a|an|any|their|its|our)\s+", "", phrase.strip(), flags=re.I)
    return phrase if whole_np(phrase) else None


_CUT = r"(?=\s+(?:for|in|on|at|when|because|and|but|so|from|to|after|before|by|which|that|who|every|each|is|are|was|were)\b|\s*[,.;:!?)]|\s*$)"


def criterion(text: str, sentence: str) -> str:
    """The fault of the output turned positive, where a rule can do it safely and the well-formedness gate passes
    it whole (planner.generators.gate); '' otherwise."""
    from planner.generators.gate import problems

    c = _criterion(text, sentence)
    return "" if c and problems(f"Check the work{c}.") else c


_MISMATCH = re.compile(r"\b(?:the|their)\s+(?P<x>[a-z][\w-]*(?:\s+(?!(?:often|sometimes|still|regularly|never|don|doesn|didn|do|does|did|fail|fails)\b)[a-z][\w-]*)?"
                       r"(?:\s+(?:on|in|of)\s+the\s+[a-z][\w-]*(?:\s+(?!(?:often|doesn|don|never)\b)[a-z][\w-]*)?)?)\s+(?:often\s+|sometimes\s+|still\s+|regularly\s+)?"  # "the axis on the order ticket doesn't match the Rx" (h21goalq)
                       r"(?:don'?t|doesn'?t|didn'?t|do not|does not|did not|never|fail to|fails to)\s+(?:match|agree with|add up to|tally with)\s+"
                       r"(?P<y>(?:the|their)\s+[a-z][\w -]{1,40}?)" + r"(?=\s+(?:for|in|on|at|when|because|and|but|so|from|after|before|by|which|that|who|every|each)\b|\s*[,.;:!?)]|\s*$)", re.I)


# a measured output short of or over its stated limit: the limit is the criterion (Mager: the criterion the text gives)
_UNDER = re.compile(r"\b(?:came|come|comes|coming|were|was|are|is|fell|fall|falls|ended up|end up)\s+(?:in\s+|out\s+)?(?:under|below|short of|over|above)\s+"
                    r"(?P<x>the\s+[\w -]{0,30}?\b(?:weight|spec|specification|target|minimum|maximum|limit|level|line|mark|size|volume|dose|temperature|tolerance|torque))\b", re.I)


# the text's own requirement on the output: "the reports have to say which axle and which defect code", "They must
# include the ATA chapter" (Mager: the criterion the text gives, stated as the performance's condition) (h20goal)
MUST_SAY = re.compile(r"\b(?:(?:has|have|need|needs|ought)\s+to|must|should)\s+(?P<v>include|say|show|state|give|contain|list|name|"
                      r"record|carry|mention|have)\s+(?P<x>[^.;:!?,()]{3,80}?)(?=\s*[.;:!?,()]|\s+(?:but|so|because|before|when|or\s+else)\b|\s*$)", re.I)
_SAYING = frozenset("say show state mention".split())
# an out-of-date value of the output: "12 letters had the old contribution rate" -> "with the current contribution rate"
_OLD_VALUE = re.compile(r"\b(?:had|have|has|with|used|uses|using|showed|show|shows|quoted|quote|quotes)\s+(?:the\s+)?(?:old|outdated|previous|out-of-date|last\s+year's)\s+"
                        r"(?P<x>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)" + r"(?=\s+(?:for|in|on|at|when|because|and|but|so|from|to|after|before|by|which|that|who)\b|\s*[,.;:!?)]|\s*$)", re.I)


def must_say(sentence: str) -> str:
    """" with the ATA chapter and the part serial number" / ", saying which axle and which defect code": the
    requirement the text states on the output, as the goal's criterion; '' when none reads whole."""
    m = MUST_SAY.search(sentence)
    if not m:
        return ""
    x = re.sub(r"\s+(?:and|or)\s+(?:about|roughly|around|most|many|some|half|only|nearly|one|two|three|few)\b.*$", "", m.group("x").strip(), flags=re.I)
    words = x.split()
    if not words or len(words) > 14 or words[0].lower() in ("it", "them", "this", "that", "to", "be", "been"):
        return ""
    if m.group("v").lower() in _SAYING:
        return f", saying {x}"
    return f" with {x}" if (whole_np(x) or " and " in x and all(whole_np(p) for p in re.split(r"\s+and\s+", x))) else ""


# "tasting notes are too vague for the floor servers to sell from": the reader's own use is the criterion (Mager: the
# criterion the text gives; DOMAIN.md: "... that finance can act on") (h21goalq)
_TOO_FOR = re.compile(r"\b(?:are|is|were|was)\s+(?:often\s+|usually\s+|always\s+|just\s+)?(?:too|so)\s+(?:vague|thin|short|brief|unclear|messy|"
                      r"general|sketchy|generic|patchy)\s+for\s+(?P<r>(?:the|our|their)\s+[a-z][\w -]{2,30}?)\s+to\s+(?P<v>[a-z]+(?:\s+(?:from|on|with|off|by))?)"
                      r"(?=\s*[,.;:!?]|\s*$|\s+(?:and|but|so)\b)", re.I)


def _criterion(text: str, sentence: str) -> str:
    said = must_say(sentence)
    if said:
        return said
    m = re.search(r"\b(?:keep|keeps|kept)\s+[a-z]+ing\s+[^,.;:!?]*?\bwith\s+(?P<np>(?!(?:the|a|an|their|our|its|all|every|each|no)\b)[a-z][a-z -]{2,40}?)"
                  + _CUT, sentence, re.I)
    head = re.split(r"\s+(?=[a-z]+ed\b)", m.group("np").strip())[0] if m else ""  # "air pockets (trapped under the glass)"
    if m and _np_of(head) and head.split()[-1].lower().endswith("s") and len(m.group("np").split()) <= 8:
        # "keep rolling out the hull layups with air pockets trapped under the glass": a habit that leaves a fault in the
        # work (bare plural, no determiner), so the criterion is the work without it (Mager: the criterion) (h21goalq)
        return f" without {m.group('np').strip()}"
    m = _TOO_FOR.search(sentence)
    if m and whole_np(re.sub(r"^(?:the|our|their)\s+", "", m.group("r"), flags=re.I)):
        r, v = re.sub(r"^our ", "the ", m.group("r"), flags=re.I), m.group("v").lower()
        them = "it" if not re.search(r"s\b", sentence[: m.start()].split()[-1] if sentence[: m.start()].split() else "") else "them"
        return f", so that {r} can {v} {them}" if " " in v else f" that {r} can {v}"
    m = _OLD_VALUE.search(sentence)
    if m and _np_of(m.group("x")):
        return f" with the current {_np_of(m.group('x'))}"
    m = _UNDER.search(sentence)  # "came in under the 800g label weight" -> " to the 800g label weight" (h18goal)
    if m and _np_of(m.group("x")):
        return f" to the {_np_of(m.group('x'))}"
    m = _MISMATCH.search(sentence)  # "the totals often don't match the chip count" -> " with the totals matching the chip count" (h18goal)
    if m and all(whole_np(p) for p in re.split(r"\s+(?:on|in|of)\s+the\s+", m.group("x"))) and _np_of(m.group("y")):
        return f" with the {m.group('x')} matching the {_np_of(m.group('y'))}"
    m = re.search(r"\b(?:without|missing|leave off|leaves off|leaving off|left off|leave out|leaves out|left out|with no|had no|have no|has no)\s+"
                  r"((?:the|a|an|any)\s+)?([a-z][a-z -]{2,40}?)" + _CUT, sentence, re.I)
    if m and _np_of(m.group(2)):
        return f" with the {_np_of(m.group(2))}"
    m = re.search(r"\b(?:(in|on|to|at|into)\s+)?(?:the|a)\s+wrong\s+([a-z][a-z -]{2,40}?)" + _CUT, sentence, re.I)
    if m and _np_of(m.group(2)):
        return f" {m.group(1).lower() if m.group(1) else 'with'} the correct {_np_of(m.group(2))}"
    m = re.search(r"\binstead\s+of\s+((?:at|in|on|before|during|by)\s+(?:the\s+)?[a-z][a-z -]{2,30}?|the\s+same\s+day)" + _CUT, sentence, re.I)
    if m and whole_np(re.sub(r"^(?:at|in|on|before|during|by)\s+", "", m.group(1), flags=re.I)):
        return " " + m.group(1)
    if re.search(r"\blate\b(?!\s+(?:shift|shifts|night|nights|turn|turns|afternoon|morning|evening|season))|\b(?:days|weeks|hours)\s+after\b|\boverdue\b", sentence, re.I):
        return " the same day" if re.search(r"\bthe\s+same\s+day\b", text, re.I) else " on time"
    return ""


def _tidy(np: str) -> str:
    """A sentence-initial capital is no part of the noun phrase ("Bills of lading" -> "bills of lading")."""
    first, _, rest = np.partition(" ")
    if first[:1].isupper() and first[1:].islower():
        first = first.lower()
    return f"{first} {rest}".strip()


def read(text: str, forms: list[str], systems: list[str]) -> Optional[OutputGoal]:
    """The goal's verb, object and qualifier from the learners' named output; None when the text names none whole."""
    found = _find(text, forms)
    if not found:
        return _own_clause(text, forms, systems)
    sentence, np, lem = found
    own = lem or _own_verb(text, np, forms)
    verb = own.capitalize() if own else _head_verb(np)
    if not verb:
        return _own_clause(text, forms, systems)
    np = _tidy(np)
    sys = _system(text, np, systems)
    stem = re.escape(np.split()[-1].lower().rstrip("s"))
    sents = _sentences(text)
    after = sents[sents.index(sentence) + 1:sents.index(sentence) + 2] if sentence in sents else []
    about = [x for x in sents if x != sentence and (re.search(rf"\b{stem}", x, re.I) or x in after and re.search(r"\b(?:them|they)\b", x, re.I))]
    crit = next((c for c in (criterion(text, x) for x in [sentence] + about) if c), "")
    if not crit and re.search(r"\b(?:them|it|they)\s+(?:are|is|were|was)\s+(?:\w+\s+)?wrong\b", sentence, re.I):
        crit = " correctly"  # "half of them are wrong": the output itself is wrong
    qual = (f" {sys[0]} {sys[1]}" if sys and sys[1].lower() not in np.lower() else "") + crit
    return OutputGoal(verb=verb, obj=np, qual=qual, system=sys[1] if sys else None, own_verb=bool(own), criterion=crit)


def _own_clause(text: str, forms: list[str], systems: list[str]) -> Optional[OutputGoal]:
    """The learners' own clause whose fault a rule can turn positive: "claims clerks key the wrong policy number"
    -> "Key the correct policy number"; "are labelling tubes at the desk ... instead of at the chair" -> "Label
    tubes at the chair". Only with such a criterion: without one the clause is often the symptom itself ("talk over
    the judge"), which is never the goal."""
    from planner.concreteness.tagger import verb_lemma

    who = _learner_rx(forms)
    # the place after the subject is 1-4 words ("bakers on the early shift scale ..."): each length is tried, so a
    # short guess ("on the early" + verb "shift") does not hide the clause (h18goal)
    where = [""] + [rf"\s+(?:on|in|at)\s+the(?:\s+[\w-]+){{{k}}}" for k in range(1, 5)]
    for s, place in ((s, w) for s in _sentences(text) for w in where):
        m = re.search(rf"\b{who}\b{place}\s+(?:are\s+|is\s+|keep\s+|still\s+|often\s+|always\s+)?"
                      rf"([a-z]+)\s+((?:the|their|a)\s+)?([a-z][a-z -]{{2,40}}?)" + _CUT, s, re.I)
        if not m:
            continue
        from planner.extract.phrases import base_verb

        w = m.group(1).lower()
        lem = verb_lemma(w) or (base_verb(w) if w.endswith("ing") and len(w) > 5 else "")
        if not lem or lem in _NOT_WORK or lem in ("be", "do", "have", "need", "want", "make", "take", "go", "use"):
            continue
        obj = m.group(3)
        wrong = re.match(r"wrong\s+(.+)$", obj, re.I)
        if wrong and whole_np(wrong.group(1)):
            obj, crit = f"the correct {wrong.group(1)}", ""
        else:
            if not whole_np(obj):
                continue
            crit = criterion(text, s[m.end():])
            if not crit:
                continue
        sys = _system(text, obj, systems)
        qual = (f" {sys[0]} {sys[1]}" if sys and sys[1].lower() not in obj.lower() else "") + crit
        return OutputGoal(verb=lem.capitalize(), obj=obj, qual=qual, system=sys[1] if sys else None, own_verb=True,
                          criterion=crit or (" correct" if obj.startswith("the correct ") else ""))
    return None


def _forms(frame) -> list[str]:
    """The learners as the text writes them, and the role's head alone ("the last new tech's sheets")."""
    from planner.extract.consumer import written_forms
    from planner.extract.phrases import plural

    if not frame.audience_role:
        return []
    head = frame.audience_role.split()[-1]
    return written_forms(frame.text, frame.audience_role) + [f for f in (plural(head), head) if len(f) > 2]


def read_frame(frame) -> Optional[OutputGoal]:
    """``read`` on a problem frame: the learners as the text writes them, the systems it names."""
    return read(frame.text, _forms(frame), list(frame.systems))


def _review_verbs() -> frozenset:
    from planner.extract.checker import CHECKING  # the one verb list (h20rev)

    return frozenset(v.lower() for v in CHECKING if " " not in v)


_REVIEW = _review_verbs()


def others_step(frame, verb: Optional[str], obj: Optional[str]) -> bool:
    """The frame's verb and object are a reviewer's step, not the learners' ("Dr Okafor will check their first twenty
    sheets"): a checking verb whose clause's subject is no form of the learners (DOMAIN.md: never someone else's step)."""
    if not verb or not obj or verb.split()[0].lower() not in _REVIEW:
        return False
    from planner.extract.checker import their_step

    if their_step(frame.text, frame.audience_role, verb, obj):  # "..., our head shepherd, who checks every ewe" (h20rev)
        return True
    who = _learner_rx(_forms(frame))
    for sentence in _sentences(frame.text):  # the subject may stand before an apposition ("Joanne, the sales manager, checks")
        for clause in re.split(r"[;:!?]|\s+(?:and|but|so|because)\s+", sentence):
            m = re.search(rf"^(.*?)\b{re.escape(verb.split()[0])}\w*\s+{re.escape(obj.split()[0])}", clause, re.I)
            if m:
                subj = m.group(1).strip(" ,")
                return bool(subj) and not re.search(rf"\b(?:they|we|{who})\b", subj, re.I)
    return False


def returned_from(text: str) -> Optional[str]:
    """The reader that returns the output, as an active clause names it: "keep coming back from the carriers"."""
    m = re.search(r"\b(?:com(?:e|es|ing)|came|bounc(?:e|es|ing|ed))\s+back\s+from\s+((?:the|our)\s+[a-z]+(?:\s+[a-z]+)?)(?=\s+(?:with|without|because|over|again)\b|" + _CUT[3:], text, re.I)
    return re.sub(r"^our\s+", "the ", m.group(1), flags=re.I) if m and whole_np(m.group(1)) else None


def output_criterion(text: str, obj: Optional[str]) -> str:
    """The criterion of the text's own verb and object, from the sentences that name the object ("send out the
    concrete cube test reports without the pour location" -> " with the pour location")."""
    if not obj:
        return ""
    stem = re.escape(obj.split()[-1].lower().rstrip("s"))
    sents = _sentences(text)
    # a sentence that names the object, or one whose pronoun subject follows it ("... the defect entries in AMOS.
    # They have to include the ATA chapter") (h20goal)
    named = [x for i, x in enumerate(sents) if re.search(rf"\b{stem}", x, re.I)
             or (i and re.match(r"\s*(?:they|these|those|it|each one|each)\b", x, re.I) and re.search(rf"\b{stem}", sents[i - 1], re.I))]
    return next((c for c in (criterion(text, x) for x in named) if c), "")


_BLANK = re.compile(r"\s*\(who receives (?:them|it) next is not stated yet: see the open questions\)")


def settle(new, old):
    """The task built from the named output, with the questions the text's own reading raised: where no reader was
    found for it, the task says less (no claim that the text names none, which it may: issue 12, round 6 policy)."""
    if any(t.consumer for t in new.tasks):
        return new
    for t in new.tasks:
        t.rewritten = _BLANK.sub("", t.rewritten)
    # one reader question at most, in the output's own terms (planner.grounding.plan adds it to the task); none of
    # the first reading's about "the X's work", which the named output now answers
    new.questions = [q for q in old.questions if not q.startswith(("Who receives", "Which piece of work"))]
    return new


def acts_on(text: str, who: Optional[str], obj: str) -> bool:
    """``who`` is the subject of a clause whose object is the output ("Internal audit reviewed 200 expense claims"):
    a reader of the output even where it also reviews it; never one that only "wants it fixed"."""
    if not who or not obj:
        return False
    stem = re.escape(who.split()[-1].lower()[:5])
    head = re.escape(obj.split(" of ")[0].split()[-1].lower())
    return bool(re.search(rf"\b{stem}\w*\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)\s+(?:\w+\s+){{0,4}}?{head}\b", text, re.I))
