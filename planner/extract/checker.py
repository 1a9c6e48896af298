"""The one reader of the person who checks, coaches, shadows or reviews the learners (issue 12, h20rev).

DOMAIN.md: the feedback owner is "who reviews the practice, and how often"; mentoring and shadowing are ways of
delivering; the strict reader's rubric (criterion 7) wants "the role above the audience that the text names or
implies, with a cadence", and marks "to be named (the text names no reviewer)", "an experienced colleague (who: see
open questions)" and a question "who reviews?" wrong beside a text that names the person. Managers name that person
in one clause, whose subject is the checker and never the learners:

- a name, with an optional title or role before it and an optional apposition, relative clause or aside after it:
  "Joe ... He'll check their first twenty claims", "Sue, the planning lead, will have him shadow her", "Priya who
  runs retention will coach them", "Sergeant Boateng will listen to their first ten calls", "Frank our funeral
  director signs each one off", "Maître d' Lucas checks the book every afternoon", "front of house manager Tomasz";
- a role: "the charge nurse will do their first week of observations with them", "our lead Maria goes over ...";
- a role in apposition before a name: "Our planning lead, Sue, is happy to have him shadow her from January";
- the manager: "I check every anchor myself";
- a passive with the checker as agent: "each day's spray log is signed off by Rhea, our licensed supervisor".

The verb is one of checking, approving, mentoring or working beside the learners (VERBS; DOMAIN.md: quality sampling,
sign-off, mentoring, shadowing), a causative of one ("have him shadow her"), or any verb whose clause has the
learners beside the subject ("go out with them on Tuesdays"). The rest of the clause, as written, is the cadence
(cadence()); "their first N items" is its scope. A person who only asked for the plan or wants a result is no checker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

# Verbs of checking, approving, mentoring and working beside the learners, base forms (DOMAIN.md: quality sampling,
# sign-off, mentoring and shadowing). One list: the third-person forms are derived (third()).
VERBS = ("check", "spot-check", "double-check", "review", "read", "proofread", "proof-read", "proof", "audit", "approve",
         "sign off", "sign", "countersign", "initial", "inspect", "verify", "sample", "go over", "go through",
         "look over", "look at", "mark up", "mark", "QC", "taste", "test-ride", "test", "time", "grade", "score",
         "observe", "watch", "listen to", "listen back to", "listen in on", "listen in to", "mentor", "coach", "train", "supervise", "assess",
         "sit with", "sit in on", "shadow", "buddy", "pair with", "pair up with", "ride along with", "ride with",
         "walk through", "walk", "go out with", "work alongside", "work beside", "work with")
# of them, the ones that put a person beside the learners, not only over their work (DOMAIN.md: mentoring, shadowing)
_BESIDE = frozenset(("mentor", "coach", "train", "supervise", "sit with", "sit in on", "shadow", "buddy", "pair with",
                     "pair up with", "ride along with", "ride with", "walk through", "go out with",
                     "work alongside", "work beside", "work with"))
# Honorifics and ranks written before a name (Chicago Manual of Style 8.21-8.32 on titles and offices)
TITLES = ("Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Professor", "Sister", "Brother", "Father", "Chef", "Captain", "Capt",
          "Lieutenant", "Lt", "Sergeant", "Sgt", "Officer", "Inspector", "Detective", "Coach", "Nurse", "Matron",
          "Judge", "Pastor", "Dean", "Major", "Colonel", "Commander", "Chief", "Superintendent", "Constable")
_HONORIFIC = frozenset(("dr", "mr", "mrs", "ms", "miss", "prof", "professor"))
_OFFICE = {"sgt": "sergeant", "capt": "captain", "lt": "lieutenant", "insp": "inspector", "supt": "superintendent"}
NOT_NAMES = frozenset("""I We You He She It They This That There These Those Our The My Their His Her A An And But So
In On At For By Of To As Into Over Under Until Till While Where Why How What Which Who Because Although Though Yes No
Then When If Nobody Everyone Someone Each Every Most Some All None Half Both Many Few Last Next Since With From After
Before Once Now Also Two Three Four Five Six Seven Eight Nine Ten Monday Tuesday Wednesday Thursday Friday Saturday
Sunday January February March April May June July August September October November December Mondays Tuesdays
Wednesdays Thursdays Fridays Saturdays Sundays""".split())


_IRREGULAR = {"have": "has", "be": "is", "do": "does", "go": "goes"}


def third(verb: str) -> str:
    """"go over" -> "goes over", "buddy" -> "buddies", "QC" -> "QCs" (English third person singular)."""
    w = verb.split()
    v = w[0]
    if v.lower() in _IRREGULAR:
        t = _IRREGULAR[v.lower()]
    elif v.isupper():
        t = v + "s"
    elif v.endswith("y") and v[-2:-1] not in "aeiou":
        t = v[:-1] + "ies"
    elif v.endswith(("s", "sh", "ch", "x", "z", "o")):
        t = v + "es"
    else:
        t = v + "s"
    return " ".join([t] + w[1:])


def _alt(forms) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(set(forms), key=len, reverse=True))


_BASE_OF = {third(v).lower(): v for v in VERBS} | {v.lower(): v for v in VERBS}
CHECKING = tuple(v for v in VERBS if v not in _BESIDE)  # the verbs that check the work, not only stand beside them
VERB_RX = _alt(list(_BASE_OF) + [third(v) for v in VERBS if v.isupper()])  # any form, base or third person ("QCs" as written)
_PARTICIPLES = {"checked": "check", "spot-checked": "spot-check", "double-checked": "double-check", "reviewed": "review",
                "read": "read", "proofread": "proofread", "audited": "audit", "approved": "approve", "signed off": "sign off",
                "signed": "sign", "countersigned": "countersign", "initialled": "initial", "initialed": "initial",
                "inspected": "inspect", "verified": "verify", "sampled": "sample", "gone over": "go over",
                "gone through": "go through", "looked over": "look over", "looked at": "look at", "marked": "mark",
                "QCed": "QC", "QC'd": "QC", "tasted": "taste", "tested": "test", "graded": "grade", "marked up": "mark up"}
_PP_RX = _alt(_PARTICIPLES)

_NAME = r"[A-Z][a-zà-ÿ'’-]+"
_DET = r"(?:[Tt]he|[Oo]ur|[Mm]y|[Tt]heir|[Hh]is|[Hh]er|[Ee]ach|[Ee]very)"
_WORDS = r"(?:(?:[a-z][a-z'’-]*|[A-Z]{2,}s?)\s+){0,4}?[a-z][a-z'’-]*"  # "the lead MRI tech": an acronym inside
_APWORDS = r"(?:[A-Za-z][A-Za-z'’-]*\s+){0,4}?[A-Za-z][A-Za-z'’-]*"  # an apposition may hold an acronym: "the lead RT"
_TITLE_RX = r"(?:" + "|".join(TITLES) + r")\.?"
# what comes between the subject and the verb: modals and adverbs, "is happy to", "has offered to"
_AUX = (r"(?:(?:['’]ll|will|would|can|could|also|always|then|still|personally|usually|normally|now|just|has\s+to|have\s+to|"
        r"is\s+happy\s+to|is\s+going\s+to|has\s+offered\s+to|offered\s+to|has\s+agreed\s+to|agreed\s+to|wants\s+to|plans\s+to|"
        r"is\s+to|is\s+planning\s+to)\s*)*")
_START = (r"(?:^|(?<=[.;:!?])\s+|(?<=[.;:!?])|,\s+(?:and\s+|but\s+|so\s+|then\s+)?|\s+(?:-|–|—|--)\s+|\b(?:and|but|while|so|then)\s+"
          r"|\b(?:has\s+said|have\s+said|said|says|has\s+promised|promised|has\s+agreed|agreed)\s+(?:that\s+)?)")  # "has said she'll sit in"
_SUBJECT = (rf"(?P<me>I)"
            rf"|(?P<pron>[Hh]e|[Ss]he)"
            rf"|{_DET}\s+(?P<rrole>{_APWORDS}),\s+(?P<rname>(?:{_TITLE_RX}\s+)?{_NAME}),"
            rf"|(?:(?P<pre>(?:{_TITLE_RX}\s+)+|(?:{_DET}\s+)?(?:[A-Za-zà-ÿ][a-zà-ÿ'’-]*\s+){{1,4}}?(?=[A-Z]))?(?P<name>{_NAME})"
            rf"(?:,\s+(?:{_DET}\s+|a\s+|an\s+|one\s+of\s+(?:our|the)\s+)?(?!who\b)(?P<arole>{_APWORDS}(?:\s+(?:in|of|for|at|on)\s+[^,.;!?]{{1,30}}?)?)(?:\s+(?:with|from)\s+[^,.;!?]{{1,50}})?,"
            rf"|\s*\((?P<paren>[^()]{{1,60}})\)|,?\s+(?P<who>who(?:['’]s|\s+)[^,.;!?]{{2,50}}?),?(?=\s+{_AUX}(?:{VERB_RX})\b)"
            rf"|\s+{_DET}\s+(?P<brole>{_WORDS}(?=\s+(?:{VERB_RX})\b))|\s+(?P<where>(?:on|from|in|at)\s+the\s+[a-z][a-z -]{{1,30}}?(?=\s+(?:{VERB_RX})\b)))?)"
            rf"|(?P<det>{_DET})\s+(?P<role>{_WORDS})(?:\s+(?P<lname>{_NAME}))?")
_CAUSE = r"(?:have|has|get|gets|let|lets)\s+(?:them|him|her|the\s+new\s+\w+|each\s+of\s+them)\s+"
_HEAD = rf"{_START}(?:{_SUBJECT})(?:\s+|(?=['’]ll))(?P<aux>{_AUX})"
CLAUSE = re.compile(rf"{_HEAD}(?P<cause>{_CAUSE})?(?P<verb>{VERB_RX})(?![\w-])(?P<rest>[^.;!?]*)")
# any other verb, after a modal or in the third person, with the learners beside the subject ("will go out with them")
OTHER = re.compile(rf"{_HEAD}(?<=\s)(?P<cause>)(?P<verb>[a-z]+s|(?<=\bI\s)[a-z]+|(?<=will\s)[a-z]+|(?<=['’]ll\s)[a-z]+)(?![\w-])(?P<rest>[^.;!?]*)")
# the partner as the object of the learners' own verb: "They'll sit with Ines, one of our CAD technicians, who will mark
# up their first five drawings"; "he'll shadow the night lead for a week"
PARTNER = re.compile(rf"\b(?:[Tt]hey|[Hh]e|[Ss]he|(?P<lsubj>(?:[Oo]ur|[Tt]he|[Ee]ach|[Aa]ll)\s+(?:new\s+)?(?:[a-z-]+\s+){{0,2}}?[a-z-]+))"
                     rf"(?:['’]ll|\s+will|\s+are\s+to|\s+can)?\s+(?P<verb>sits?\s+with|works?\s+(?:alongside|beside|with)|"
                     rf"rides?\s+(?:along\s+)?with|go\s+out\s+with|goes\s+out\s+with|be\s+out\s+with|shadows?|be\s+paired\s+with|"
                     rf"(?:is|are)\s+paired\s+with|pair\s+up\s+with|be\s+buddied\s+with|(?:is|are)\s+buddied\s+with)\s+"
                     rf"(?P<agent>(?:{_TITLE_RX}\s+)?{_NAME}|(?:{_DET}|[Aa]n?|one\s+of\s+(?:our|the))\s+{_WORDS}?(?=\s*[,.;!?]|\s+(?:for|from|on|in|at|until|who|and)\b))"
                     rf"(?:,\s+(?:{_DET}\s+|a\s+|an\s+|one\s+of\s+(?:our|the)\s+)?(?!who\b)(?P<arole>{_APWORDS}),)?"
                     rf"(?:\s*,?\s+who(?:['’]ll|\s+will)?\s+(?P<then>(?:{VERB_RX})\b[^.;!?]*)|(?P<rest>[^.;!?]*))")
# a short subject signing off or checking the work item by item ("dive sup signs them every morning", "cage supe has to
# sign each void"): informal or abbreviated titles count without a list of titles (Mager's criterion needs a judge)
SIGNER = re.compile(rf"(?:^|[,.;:!?(]\s*|\b(?:and|but|so|then)\s+)(?P<role>(?:(?:the|our|my)\s+)?[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){{0,2}})\s+"
                    rf"(?P<aux>(?:has\s+to|have\s+to|will|must|then|always|also)\s+)?(?P<verb>signs?(?:\s+off)?|checks?|audits?|reviews?|approves?|"
                    rf"initials?|countersigns?|spot-checks?|goes\s+through|go\s+through)\s+(?P<rest>(?:off\s+)?(?:them|each|every|all|those|these)\b[^.;!?]*)")
# function, pronoun and time words: never part of a signer's title ("then everyone checks", "each week the ...")
_NOT_SUBJECT = frozenset("""i we you he she it they this that there who which whom nobody everyone someone one none each most
some all both many few who with for and or but because so if when while before after in on at by from of to is are was
were be has have had can will would should must do does did don't keep keeps still every about week weeks month day days
year morning night shift time times""".split())
_NEWCOMER_WORDS = frozenset("starter newcomer recruit hire joiner apprentice trainee intern".split())
_NOT_SIGNERS = frozenset("customer client guest patient tenant parent driver haulier carrier bank system app software".split())
_DAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?"
PASSIVE = re.compile(rf"(?P<front>(?:(?:[Ee]very|[Ee]ach|[Oo]n)\s+(?:day|night|week|month|morning|afternoon|evening|shift|fortnight|{_DAYS})"
                     rf"(?:\s+(?:morning|afternoon|evening|night))?|[Ff]rom\s+(?:next\s+(?:week|month)|now\s+on)),?\s+)?"
                     rf"(?P<obj>(?:{_DET}\s+|[Aa]ll\s+|[Bb]oth\s+)?(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)\s+(?:is|are|gets|get|will\s+be|must\s+be|has\s+to\s+be|have\s+to\s+be)\s+"
                     rf"(?P<pp>{_PP_RX})\s+by\s+(?P<agent>(?:{_TITLE_RX}\s+)?{_NAME}(?:,\s+{_DET}\s+{_WORDS},)?|{_DET}\s+{_WORDS}?(?=\s*[,.;!?]|\s+(?:before|after|every|each|on|at|in|when|once)\b|$))(?P<rest>[^.;!?]*)")
# the work comes back from a role: that role checks it, no cadence given ("came back from the review partner")
_SENT_BACK = re.compile(r"\b(?:came|come|comes|sent|send|get|gets|got)\s+back\s+(?:from|by)\s+(?:the|our|a)\s+((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)"
                        r"(?=\s+(?:with|for|because|in|on|and|but)\b|[,.;!?]|$)"
                        r"|\b(?:returned|rejected|corrected|bounced)\s+by\s+(?:the|our)\s+((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)"
                        r"(?=\s+(?:with|for|because|in|on|and|but)\b|[,.;!?]|$)", re.I)
_WITH_THEM = re.compile(r"\b(?:with|alongside|beside)\s+(?:them|him|her|each\s+(?:of\s+them|new\s+\w+)|the\s+new\s+\w+)\b", re.I)
_THEM = re.compile(r"^\s*(?:them|him|her|their|each|every|all|those|these|the\s+new)\b", re.I)
# how often or how much: what makes the clause the text's cadence (SMART 'time-bound'; DOMAIN.md "how often")
HOW_OFTEN = re.compile(
    r"\b(?:every|each|per|daily|weekly|nightly|monthly|fortnightly|once|twice|always)\b"
    r"|\bon\s+(?:(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\b|weekends\b)"
    r"|\ba\s+(?:day|night|week|month|shift|fortnight|quarter)\b|\bbefore\s+(?:it|they|each|every|the)\b|\bat\s+(?:close|every|each)\b"
    r"|\b(?:a|one)\s+sample\b|\b(?:their|the|his|her)\s+first\s+(?:\w+\s+){0,2}\w+|\bfor\s+the\s+(?:first|next)\s+\w+", re.I)
_SCOPE = re.compile(r"\b(?:their|the|his|her|each\s+person's)\s+first\s+(?:(?:\d+|[a-z]+)\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+s?\b", re.I)
_NOT_VERB = frozenset("is are was were has have had be been says said thinks feels knows wants needs asked asks runs "
                      "ran run leaves left joined joins started starts".split())
_REFLEXIVE = re.compile(r"\s+(?:myself|himself|herself|themselves)\b")


def only_beside(c) -> bool:
    """The person only works beside the learners ("they ride with a senior paramedic"): no checking verb of theirs."""
    return bool(c) and c.beside and c.verb in _BESIDE and " and " not in c.step


@dataclass(frozen=True)
class Checker:
    step: str  # the clause in the third person, "will" dropped: "checks their first twenty claims"
    written: str  # the clause as written, "will" kept: "will check their first twenty claims"
    name: Optional[str] = None  # "Sergeant Boateng", "Joe"
    role: Optional[str] = None  # singular, lower-case: "comms supervisor"
    aside: Optional[str] = None  # "who runs retention", "on the claims desk"
    scope: Optional[str] = None  # "their first twenty claims"
    verb: str = ""  # the base form of the checking verb: "check", "shadow"
    beside: bool = False  # mentors, shadows or works beside the learners, not only checks their work
    first_person: bool = False  # the manager writing the text
    clause: str = ""  # the text's words, as written

    @property
    def timed(self) -> bool:
        """The clause says how often or how much: it is the text's cadence."""
        return bool(HOW_OFTEN.search(self.step))

    @property
    def who(self) -> str:
        """How a plan names them: "Sergeant Boateng, the comms supervisor", "Priya, who runs retention", "Chef Amara",
        "Joe (named in the text; role not given)", "the charge nurse", "you, the manager writing this"."""
        if self.first_person:
            return "you, the manager writing this"
        if self.name and self.role and self.role.lower() not in self.name.lower():
            return f"{self.name}, the {self.role}"
        if self.name and self.aside:
            return f"{self.name} {self.aside}" if self.aside.startswith("(") else f"{self.name}, {self.aside}"
        if self.name:
            from planner.rules import feedback_role_problem

            titled = self.name.split()[0].rstrip(".").lower() not in _HONORIFIC and len(self.name.split()) > 1
            return self.name if titled and not feedback_role_problem(self.name) else f"{self.name} (named in the text; role not given)"
        return f"the {self.role}" if _role_ok(self.role or "") else self.role or ""  # "compliance signs them off": a unit


def _titled(name: str, role: str) -> bool:
    """"Sgt Morales" with the role "sergeant": the role is only the abbreviated title before the name."""
    first = name.split()[0].lower().rstrip(".")
    return len(name.split()) > 1 and _OFFICE.get(first, first) == role.lower()


def called(name: Optional[str], role: Optional[str], aside: Optional[str] = None) -> Optional[str]:
    """The checker inside a sentence: "Priya (the lead hygienist)", "Priya (who runs retention)", "Joe", "the charge
    nurse"; a parenthesis reads in any slot ("alone with Okonkwo (the imaging lead) checking each one")."""
    if name and role and _titled(name, role):
        return name  # "Sgt Morales", never "Sgt Morales (the sergeant)": the title is the office
    if name and role and role.lower() not in name.lower():
        return f"{name} (the {role})"
    if name and aside:
        return f"{name} ({aside.strip('()')})"
    return name or (f"the {role}" if role else None)


def cadence(rest: str) -> Optional[str]:
    """The checker's own clause, as written: up to a clause of another subject ("and I'm tired of guessing", "but only
    catches some", "and about 1 in 4 are missing the FiO2"); another checking verb of the same subject continues it
    ("tastes and checks", "and sign off each shift log"); reflexives dropped; None when empty or over 16 words."""
    rest = re.sub(r",?\s+and\s+(?:he|she|they)\s+", " and ", rest.strip())
    rest = re.split(r",\s+(?:but|so|because|which|and then|who)\b|\s+(?:but|so|because|which|although|though)\s+|,\s+and\s+(?!(?:"
                    + VERB_RX + r")\b)|\s+and\s+(?:I|we|they|he|she|it|there)\b|,\s+(?=[a-z]+\s+(?:is|are|was)\b)|\s+(?:-|--|–|—)\s+", rest)[0]
    m = re.search(r"\s+and\s+(?!(?:" + VERB_RX + r")\b)", rest)
    if m:
        rest = rest[: m.start()]
    rest = _REFLEXIVE.sub("", " ".join(rest.split())).rstrip(",")
    if not rest or len(rest.split()) > 16:
        return None
    return rest


def _third_all(rest: str) -> str:
    """"and sign off each shift log" -> "and signs off each shift log": a second verb of the same subject."""
    return re.sub(rf"\band\s+({_alt(VERBS)})\b", lambda m: "and " + third(m.group(1)), rest)


def _name_ok(text: str, name: str, start: int, strong: bool = False) -> bool:
    """A capitalised word used as a person's name: never written in lower case, never after a determiner, not a
    dictionary word at a sentence start (planner.extract.learner_clause.is_name), unless it stands inside a sentence."""
    from planner.extract.learner_clause import is_name

    bare = name.split()[-1]
    if re.split(r"['’]", bare)[0] in NOT_NAMES or not re.fullmatch(_NAME, bare):
        return False
    if is_name(text, bare):
        return True
    if strong and not re.search(rf"\b{re.escape(bare.lower())}\b", text):
        return True  # "Bev, a senior sorter, ...", "Dario (our detailer) will ...": an apposition or aside names a person
    if re.search(rf"\b{re.escape(bare.lower())}\b", text):
        return False  # "the dev team": written as a common noun somewhere
    inside = not re.search(r"(?:^|[.!?;:]\s*|[-–—]\s*)$", text[:start])
    return inside or len(name.split()) > 1  # "Sue, the planning lead": a capital inside a sentence; "Sergeant Boateng"


def _role_case(role: str) -> str:
    """"lead RT" -> "lead RT", "Front Desk Lead" -> "front desk lead": lower case but for acronyms, singular."""
    from planner.text.inflect import singular

    return singular(" ".join(w if len(w) > 1 and w.isupper() else w.lower() for w in role.split()))


def _role_ok(phrase: str) -> bool:
    from planner.extract.reviewer import is_role

    return bool(phrase) and is_role(phrase)


def _other_party(role: Optional[str]) -> bool:
    """"The client, Acme, reviews each drawing": a customer or another party reads the work; it is no reviewer above
    the learners (DOMAIN.md: the feedback owner is the role above the audience)."""
    return bool(role) and _role_case(role.split()[-1]) in _NOT_SIGNERS


def _same(role: Optional[str], learners: Optional[str]) -> bool:
    """The subject is one of the learners (the same role, no senior word the learners lack)."""
    from planner.extract.context import same_role
    from planner.extract.review_clause import outranks
    from planner.text.inflect import singular

    if not role or not learners:
        return False
    r = singular(role.lower())
    return same_role(r, learners) and not outranks(r, learners)


def last_name_before(text: str, pos: int) -> Optional[str]:
    """The last person's name before ``pos`` ("Joe on the claims desk ... He'll check"): what "he" or "she" refers to."""
    from planner.extract.learner_clause import is_name

    names = []
    for m in re.finditer(rf"\b({_NAME})\b", text[:pos]):
        start, w = m.start(), m.group(1)
        if re.search(r"(?:^|[.!?]\s*)$", text[:start]):
            # a sentence opens with it: a name only when it is one, or an apposition or aside follows ("Latisha, the
            # bookings team leader, says ..."; Chicago Manual of Style 6.28 on appositives)
            if w not in NOT_NAMES and (is_name(text, w) or re.match(r",\s+(?:the|our|a|an|one\s+of)\s|\s*\(", text[m.end():])):
                names.append(m)
            continue
        if re.search(r"\b(?:in|into|onto|using|via|through|from)\s+$", text[:start]):
            continue  # "booking follow-ups in Cerner": a system or a place, not a person a pronoun refers to
        if _name_ok(text, w, start):
            names.append(m)
    return names[-1].group(1) if names else None


def _step(verb: str, cause: Optional[str], rest: str, aux: str) -> Optional[tuple[str, str]]:
    """(third person, as written) for the clause; None when it has no cadence of its own."""
    body = cadence(rest)
    if body is None and not rest.strip():
        body = ""
    if body is None:
        return None
    v = " ".join(verb.split())
    base = _BASE_OF.get(v.lower(), v.lower()) if v.lower() in _BASE_OF else v
    cz = " ".join(cause.split()) + " " if cause else ""
    future = bool(re.search(r"['’]ll|\bwill\b", aux or ""))
    if cause:
        head = third(cz.split()[0]) + " " + " ".join(cz.split()[1:]) + " " + base
        written = (f"will {cz}{base}" if future else head)
    else:
        head = v if not future and re.search(r"[^s]s$|ies$|es$", v.split()[0]) else third(base)
        written = f"will {base}" if future else head
    tail = f" {_third_all(body)}" if body else ""
    return f"{head}{tail}".strip(), f"{written}{' ' + body if body else ''}".strip()


def _from_match(text: str, m: re.Match, learners: Optional[str]) -> Optional[Checker]:
    g = m.groupdict()
    verb, rest, aux = " ".join(g["verb"].split()), g["rest"] or "", g["aux"] or ""
    known = verb.lower() in _BASE_OF
    base = _BASE_OF.get(verb.lower(), verb.lower())
    if not known and g["me"] and verb.lower() in ("catch", "catches", "spot", "spots"):
        known = True  # "I catch it in Monday review": the manager finds the faults
    if not known:  # another verb only when the learners are beside the subject: "will go out with them on Tuesdays"
        from planner.extract.phrases import base_verb, can_be_verb

        modal = bool(re.search(r"['’]ll|\bwill\b|\bcan\b|\bis\s+to\b", aux))
        if verb.lower() in _NOT_VERB or verb.lower() in ("will", "can", "would", "to"):
            return None
        if not (modal and can_be_verb(verb.lower()) or verb.endswith("s") and can_be_verb(base_verb(verb.lower()))):
            return None
        named = bool(g["name"] or g["rname"] or g["lname"])
        if not (_WITH_THEM.search(rest) and HOW_OFTEN.search(rest) or re.match(r"\s*(?:them|him|her)\s+(?:through|round|around)\b", rest)
                or named and (HOW_OFTEN.search(rest) or _THEM.match(rest))):
            return None  # a named person's own timed clause: "Tomasz, the area supervisor, visits twice a week" (h15aud)
        base = base_verb(verb.lower()) if not modal else verb.lower()
    steps = _step(verb if known else base, g.get("cause"), rest, aux)
    if steps is None:
        return None
    step, written = steps
    beside = (base in _BESIDE) or bool(g.get("cause")) or not known or bool(_WITH_THEM.search(rest))
    scope = _SCOPE.search(step)
    common = dict(step=step, written=written, verb=base, beside=beside, scope=scope.group(0) if scope else None,
                  clause=m.group(0).strip(" ,;:-–—"))
    if not known and not g.get("cause") and not _THEM.match(rest) and not _WITH_THEM.search(rest) \
            and not (g["name"] or g["rname"] or g["lname"]):
        return None
    if known and not g.get("cause") and not rest.strip():
        return None  # "Maria checks." names no work
    if g["me"]:
        return Checker(first_person=True, **common)
    if g["pron"]:
        name = last_name_before(text, m.start())
        if not name:
            return None
        aside = re.search(rf"\b{re.escape(name)}\s+((?:on|from|in|at)\s+the\s+[a-z][a-z -]{{1,30}}?)(?=\s+(?:has|had|is|was|who|,)\b|[,.;])", text)
        role = re.search(rf"{_DET}\s+(?:[a-z]+['’]s\s+)?({_APWORDS}),\s+{re.escape(name)}\b|\b{re.escape(name)},\s+{_DET}\s+({_APWORDS}),", text)
        role_words = (role.group(1) or role.group(2)) if role else None  # "The studio's imaging lead, Okonkwo, has said she'll ..."
        if role_words and _same(role_words, learners):
            return None
        return Checker(name=name, role=_role_case(role_words) if role_words else None,
                       aside=aside.group(1) if aside and not role_words else None, **common)
    if g["rname"]:
        name = " ".join(g["rname"].split())
        if not _name_ok(text, name, m.start("rname"), True) or _same(g["rrole"], learners) or _other_party(g["rrole"]):
            return None
        return Checker(name=name, role=_role_case(g["rrole"]), **common)
    if g["name"]:
        name = g["name"]
        pre = " ".join((g["pre"] or "").split())
        pre_det = re.match(rf"{_DET}\s+", pre)
        pre_words = pre[pre_det.end():] if pre_det else pre
        strong = bool(g["arole"] or g["who"] or g["paren"] or g["brole"] or pre)
        if not _name_ok(text, name, m.start("name"), strong):
            return None
        title = None
        role = g["arole"] or g["brole"]
        if pre_words and pre_words[:1].isupper() and not pre_det and not re.fullmatch(rf"(?:{_TITLE_RX}\s*)+", pre_words) and (
                any(w.lower() in ("like", "such", "than", "as", "and", "or", "with", "for", "from", "to") for w in pre_words.split())
                or _role_case(pre_words.split()[0]) != pre_words.split()[0].lower()):
            return None  # "Customers like Mrs Green read the menus": a plural noun or a function word is no title
        if pre_words:
            if re.fullmatch(rf"(?:{_TITLE_RX}\s*)+", pre_words):
                title = pre_words  # "Sergeant Boateng", "Dr. Okoye"
            elif _role_ok(pre_words) or (pre_words[:1].isupper() and not pre_det and pre_words.split()[0] not in NOT_NAMES):
                if pre_words[:1].isupper() and not pre_det:
                    title = pre_words  # "Maître d' Lucas": a title written before the name
                role = role or pre_words  # "front of house manager Tomasz", "our lead Maria"
            else:
                return None
        person = f"{title} {name}" if title else name
        if role and _same(role, learners) or not role and _same(name, learners) or _other_party(role):
            return None
        aside = g["who"] or (g["where"] and " ".join(g["where"].split())) or None
        if g["paren"] and not role:
            aside = f"({g['paren']})"
        if title and not role and title.split()[0].rstrip(".").lower() not in _HONORIFIC:
            role = _OFFICE.get(title.lower().rstrip("."), title.lower())  # "Chef Amara", "Sgt Morales": the title is the office
        return Checker(name=person, role=_role_case(role) if role else None, aside=aside, **common)
    # a role as the subject: "the charge nurse will do their first week ...", "our lead Maria goes over ..."
    role = " ".join(g["role"].split())
    words = role.split()
    if not words or words[0].lower() in ("new", "first", "last", "next", "same", "other"):
        return None
    lname = g.get("lname")
    if lname and not _name_ok(text, lname, m.start("lname")):
        lname = None
    if not _role_ok(role) or _same(role, learners):
        return None
    if any(re.search(r"['’]s?$", w) for w in words):
        return None  # "the client's facilities manager": another party's reader of the work, not above the learners
    head = words[-1].lower()
    if not learners and g["det"].lower() not in ("each", "every") and not lname and _role_case(head) != head \
            and not re.search(r"(?:ss|us|is)$", head):
        return None  # a plural subject ("Our assessors approve blurry photos"): the learners' own clause, not one checker
    if g["det"].lower() in ("their", "his", "her") and role.split()[-1].lower() not in ("supervisor", "manager", "lead", "mentor", "trainer", "boss"):
        return None
    return Checker(name=lname, role=_role_case(role), **common)


def _from_passive(text: str, m: re.Match, learners: Optional[str]) -> Optional[Checker]:
    agent = " ".join(m.group("agent").split())
    base = _PARTICIPLES.get(" ".join(m.group("pp").split()).lower(), "check")
    obj = m.group("obj")
    if obj.split()[0].lower() in ("it", "this", "that", "which"):
        return None
    first = obj.split()[0]
    from planner.extract.learner_clause import is_name

    if first[:1].isupper() and not first.isupper() and re.search(r"(?:^|[.!?;:]\s*)$", text[: m.start("obj")]) \
            and not is_name(text, re.split(r"['’]", first)[0]):
        obj = first.lower() + obj[len(first):]  # "Reports get reviewed by Dominic": a sentence's capital, not a name
    front = (m.group("front") or "").strip().rstrip(",")
    body = cadence(m.group("rest") or "") or ""
    extra = f" {front[0].lower()}{front[1:]}" if front and not front.lower().startswith("from") else ""
    step = f"{third(base)} {obj}{extra}{(' ' + body) if body else ''}"
    if len(step.split()) > 18:
        return None
    common = dict(step=step, written=step, verb=base, beside=False, clause=m.group(0).strip(), scope=None)
    am = re.match(rf"((?:{_TITLE_RX}\s+)?{_NAME})(?:,\s+{_DET}\s+({_WORDS}),)?$", agent)
    return _agent(text, am.group(1) if am else agent, am.group(2) if am else None, bool(am), m.start("agent"), learners,
                  False, common)


def _agent(text: str, agent: str, role: Optional[str], named: bool, at: int, learners: Optional[str], strong: bool,
           common: dict) -> Optional[Checker]:
    """The checker an agent phrase names: a name (its title as the office: "Captain Ruiz", "Sgt Morales"), or a role."""
    if named:
        if not _name_ok(text, agent, at, strong):
            return None
        title = agent.split()[0].rstrip(".")
        if not role and title in TITLES and title.lower() not in _HONORIFIC:
            role = _OFFICE.get(title.lower(), title.lower())
        return Checker(name=agent, role=_role_case(role) if role else None, **common)
    r = re.sub(rf"^(?:{_DET}|[Aa]n?|one\s+of\s+(?:our|the))\s+", "", agent)
    if not _role_ok(r) or _same(r, learners):
        return None
    return Checker(role=_role_case(r), **common)


def _from_partner(text: str, m: re.Match, learners: Optional[str]) -> Optional[Checker]:
    agent = " ".join(m.group("agent").split())
    lsubj = m.group("lsubj")
    if lsubj:  # the learners by name of role ("Our apprentices will shadow Jim", "Each new starter sits with ...")
        head = re.sub(rf"^{_DET}\s+|^(?:[Aa]ll)\s+", "", lsubj).lower().split()
        if not head or not (_same(" ".join(head), learners) or head[-1].rstrip("s") in _NEWCOMER_WORDS):
            return None
    verb = " ".join(m.group("verb").split()).lower()
    verb = re.sub(r"^(?:be|is|are)\s+(?:paired|buddied)\s+with", "pair with", verb)
    verb = re.sub(r"^(sit|work|ride|shadow)s\b", r"\1", verb).replace("goes out with", "go out with")
    verb = re.sub(r"^be\s+out\s+with", "go out with", verb)
    if m.group("then"):  # "who will mark up their first five drawings": the partner's own clause
        vm = re.match(rf"({VERB_RX})\b(.*)", m.group("then"))
        body = cadence(vm.group(2)) if vm else None
        if not vm or body is None:
            return None
        base = _BASE_OF.get(" ".join(vm.group(1).split()).lower(), vm.group(1).lower())
        step = f"works with them and {third(base)} {body}".strip()
        written = f"works with them and will {base} {body}".strip() if re.search(r"will|['’]ll", m.group(0)) else step
    else:
        body = cadence(m.group("rest") or "") or ""
        mine = {"shadow": "works with them", "pair with": "pairs with them", "pair up with": "pairs with them"}.get(verb, f"{third(verb)} them")
        step = written = f"{mine}{(' ' + body) if body else ''}"
        base = verb
    scope = _SCOPE.search(step)
    common = dict(step=step, written=written, verb=base, beside=True, clause=m.group(0).strip(), scope=scope.group(0) if scope else None)
    role = m.group("arole")
    named = bool(re.match(rf"(?:{_TITLE_RX}\s+)?{_NAME}$", agent)) and not re.match(rf"{_DET}\s", agent)
    return _agent(text, agent, role, named, m.start("agent"), learners, bool(role), common)


def _from_signer(text: str, m: re.Match, learners: Optional[str]) -> Optional[Checker]:
    from planner.text.inflect import singular

    words = m.group("role").lower().split()
    if words and words[0] in ("the", "our", "my"):
        words = words[1:]
    if not words or any(w in _NOT_SUBJECT for w in words):
        return None
    role = " ".join(words)
    if singular(words[-1]) in _NOT_SIGNERS or _same(role, learners) or (learners and singular(words[-1]) == singular(learners.split()[-1])):
        return None
    body = cadence(m.group("rest")) or ""
    verb = " ".join(m.group("verb").split())
    base = _BASE_OF.get(verb.lower(), re.sub(r"s(\s+off)?$", r"\1", verb.lower()))
    aux = " ".join((m.group("aux") or "").split())
    step = f"{third(base)} {body}".strip() if aux in ("", "will", "always", "also", "then") else f"{aux} {base} {body}".strip()
    return Checker(role=role, step=step, written=f"{aux + ' ' if aux else ''}{verb} {body}".strip(), verb=base,
                   clause=m.group(0).strip(" ,.;:!?("))


@lru_cache(maxsize=256)  # read by the owner, the signal's source, the practice partner and the questions of one plan
def read(text: str, learners: Optional[str] = None) -> Optional[Checker]:
    """The first clause in which someone other than the learners checks, approves, mentors or works beside them; None
    when the text has none."""
    t = text or ""
    found: list[tuple[int, int, Checker]] = []
    for rx, reader, key in ((CLAUSE, _from_match, "verb"), (OTHER, _from_match, "verb"), (PASSIVE, _from_passive, None),
                            (PARTNER, _from_partner, None), (SIGNER, _from_signer, "verb")):
        pos = 0
        while (m := rx.search(t, pos)) is not None:
            pos = (m.start(key) if key else m.start()) + 1  # clauses overlap: a subject that checks nothing leaves the next
            c = reader(t, m, learners)
            if c:
                found.append((_rank(c), m.start(key) if key else m.start(), c))
    return min(found, key=lambda x: x[:2])[2] if found else None


def _rank(c: Checker) -> int:
    """A named person or the manager first, then one role, then a plural role ("the partners sign the year-end
    accounts" is their own step; "Helen, the practice manager, looks over each new set-up" checks the learners')."""
    if c.name or c.first_person:
        return 0
    head = (c.role or "").split()[-1:] or [""]
    return 1 if _role_case(head[0]) == head[0].lower() else 2


def their_step(text: str, learners: Optional[str], verb: Optional[str], obj: Optional[str]) -> bool:
    """The verb and object are the checker's own step ("He'll check their first twenty claims", "..., who checks every
    ewe they mark"), never the learners' work (DOMAIN.md: never someone else's step as the skill)."""
    if not verb or not obj:
        return False
    c = read(text or "", learners)
    head = re.sub(r"^(?:the|their|our|a|an)\s+", "", obj.strip(), flags=re.I).split()[:1]
    return bool(c and not c.first_person and head and re.search(
        rf"\b{re.escape(verb.split()[0][:4])}\w*\s+(?:\w+\s+){{0,3}}?{re.escape(head[0])}", c.clause, re.I))


def sent_back(text: str, learners: Optional[str] = None) -> Optional[str]:
    """The role the work comes back from ("came back from the review partner"): it checks, with no cadence given."""
    from planner.text.inflect import singular

    for f in _SENT_BACK.finditer(text or ""):
        who = f.group(1) or f.group(2)
        if _role_ok(who) and not _same(who, learners):
            return singular(who.lower())
    return None
