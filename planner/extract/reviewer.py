"""The reviewer's own clause and the learners' problem clause (issue 12, h14aud; DOMAIN.md "feedback owner" and ABCD
"audience").

DOMAIN.md: the feedback owner is "who reviews the practice, and how often"; the strict reader's rubric (criterion 7)
wants the role the text names or implies, with the text's cadence. A text names it as the subject of a checking
clause ("The office manager checks each return before it goes out", "the care coordinator reads every note each
morning", "Dana, our service lead, checks a sample of job reports every Tuesday"); the rest of that clause is the
cadence, as written. A manager writing "I check every anchor myself" names themself. ABCD's audience is the people
whose behaviour changes: the subject of the problem clause ("our home health aides keep leaving ...", "forget to",
"take too long"), never the reviewer or a reader of the work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from planner.extract.numbers import WORD_VALUES
from planner.text.inflect import singular

_ROLE = r"((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)"
_NUM = "|".join(w for w in WORD_VALUES if " " not in w)
# what the learners do wrong: a negated, "forget to", "keep", "still", "take too long" or error verb
PROBLEM_CLAUSE = re.compile(
    rf"(?:(?:^|[.;:,!?]\s*)|\b(?:the|our|my|all|all our|those|these)\s+)(?:(?:\d+|a dozen|" + _NUM + r")\s+|[a-z]+\s+of\s+(?:the|our)\s+)?"
    rf"{_ROLE}\s+(?:on\s+[^,.;]{{1,40}}?\s+)?(?:still\s+|often\s+|always\s+|sometimes\s+|constantly\s+)?"
    r"(?:don't|dont|do not|can't|cant|cannot|never|forget|forgets|keep|keeps|take too long|takes too long|"
    r"skip|skips|miss|misses|mis[a-z]+|leave out|get|pull|pulls|send|make mistakes)\b", re.I)


@dataclass(frozen=True)
class Reviewer:
    role: str  # singular, lower-case, as the text names it: "care coordinator"
    step: str  # the clause as written, third person: "reads every note each morning"
    name: Optional[str] = None  # "Dana"
    first_person: bool = False
    who: Optional[str] = None  # how a plan names them (planner.extract.checker.Checker.who)
    beside: bool = False  # mentors, shadows or works beside the learners


def _is_role(phrase: str) -> bool:
    from planner.extract.intervention_frames import _is_person
    from planner.extract.audience import HEADS

    from planner.extract.audience import _NOT_PEOPLE

    low = phrase.split()[-1].lower()
    head = singular(low)
    agent = low.endswith(("ers", "ors", "ists", "ians")) and low not in _NOT_PEOPLE  # "loan processors", "court reporters"
    return head in HEADS or _is_person(head) or agent or head in ("chief", "purser", "coordinator", "partner", "reporter", "hand")  # "lambing hands", "farm hands": people by trade (h20rev)


@lru_cache(maxsize=256)  # read three times per plan (the owner, the signal's source, the cadence); Reviewer is frozen
def find_reviewer(text: str, audience: Optional[str] = None) -> Optional[Reviewer]:
    """The person whose own clause checks, mentors or works beside the learners, with that clause as its cadence
    (planner.extract.checker, the one reader); else the role the work comes back from, with no cadence; else None."""
    from planner.extract.checker import only_beside, read, sent_back

    c = read(text or "", audience)
    back = sent_back(text or "", audience)
    if back and only_beside(c):
        return Reviewer(role=back, step="")  # the role the work comes back from reviews it; the buddy is the practice partner
    if c is not None:
        if c.first_person:
            return Reviewer(role="you", step=c.step, first_person=True, who=c.who)
        return Reviewer(role=c.role or "", step=c.step, name=c.name, who=c.who, beside=c.beside)
    return Reviewer(role=back, step="") if back else None  # "came back from the review partner": no cadence given


def problem_subject(text: str, skip: tuple[str, ...] = ()) -> Optional[str]:
    """The role phrase (singular) that is the subject of the learners' problem clause, or None."""
    from planner.extract.context import same_role

    for m in PROBLEM_CLAUSE.finditer(text or ""):
        words = m.group(1).split()
        if words and words[0].lower() in ("so", "therefore"):
            continue  # "so the scheduler can't order ...": the consequence clause names the reader, not the learners (h15tasks)
        while words and words[0].lower() in ("the", "our", "my", "all", "those", "these", "and", "but", "while"):  # ", and the bartenders keep" (h15aud)
            words = words[1:]
        if not words or not _is_role(" ".join(words)):
            continue
        role = singular(" ".join(words).lower())
        if any(s and same_role(role, s) for s in skip):
            continue
        return role
    return None


def _first(text: str, phrase: str) -> int:
    from planner.extract.phrases import plural

    hits = [m.start() for f in (phrase, plural(phrase)) for m in [re.search(rf"\b{re.escape(f)}\b", text, re.I)] if m]
    return min(hits) if hits else len(text)


def _above_role():
    from planner.lexicon import phrases

    alts = sorted((p.replace(" ", r"\s+") for p in phrases("extract_owner_roles")), key=len, reverse=True)
    return re.compile(r"(?:[a-z-]+\s+){0,2}?(?:" + "|".join(alts + ["partners?", "chiefs?"]) + r")", re.I)


_ABOVE_ROLE = _above_role()
_NEWCOMERS = re.compile(
    rf"\b(?:\d+|a dozen|{_NUM})\s+((?:[a-z-]+\s+){{0,2}}?[a-z-]+s)\s+(?:who\s+|have\s+been\s+|were\s+|are\s+)?"
    r"(?:start|starts|arrive|arrives|join|joins|begin|begins|transferred|moved)\b"
    rf"|\bintake\s+of\s+(?:\d+|{_NUM})\s+((?:[a-z-]+\s+){{0,2}}?[a-z-]+s)\b", re.I)
_BARE = frozenset("guy folk lad gal everyone everybody".split())  # "my guys keep missing deadlines": no role named
_GENERIC = frozenset("staff people employee worker team member person".split())


def _generic(role: str) -> bool:
    """'worker', 'staff member': no post named. A modified head names one ('social worker', 'care worker')."""
    w = role.split()
    return w[-1] in _GENERIC and (len(w) == 1 or all(x in _GENERIC or x in ("new", "our", "the") for x in w[:-1]))


def learners(text: str, role: Optional[str], headcount: Optional[int], phrase: Optional[str]
             ) -> tuple[Optional[str], Optional[int], Optional[str]]:
    """ABCD audience: keep the role found unless it is the reviewer of the work (the subject of a checking clause), a
    bare group ("twenty staff") or missing, and the problem clause names another role as its subject; then that role,
    with the count written before it ("the six loan processors"), never the team total."""
    from planner.extract.audience import _count_before
    from planner.extract.context import same_role

    rev = find_reviewer(text)
    reviewer_taken = bool(rev and not rev.first_person and role and same_role(role, rev.role))
    above = bool(role and headcount is None and _ABOVE_ROLE.fullmatch(role))  # counted ("our 3 senior engineers"): learners; "the lab supervisor wants that under 5%": the owner, not the learners
    subj = problem_subject(text, skip=tuple(x for x in (rev.role if rev and not rev.first_person else None,) if x))
    if not subj and (not role or above or reviewer_taken):  # "Two EMTs transferred over", "an intake of 6 phlebotomists"
        m = _NEWCOMERS.search(text)
        who = re.sub(r"^(?:new|newly|recent)\s+", "", (m.group(1) or m.group(2)) if m else "", flags=re.I)
        ok = bool(m) and (_is_role(who) or re.fullmatch(r"[A-Z]{2,6}s", who.split()[-1]) is not None)  # "Two EMTs transferred"
        subj = (singular(who.lower()) if not who.split()[-1][:-1].isupper() else " ".join(who.split()[:-1] + [who.split()[-1][:-1]])) if ok else None
    if not subj or subj.split()[-1] in _GENERIC or subj in _BARE or (role and same_role(subj, role)):
        return role, headcount, phrase
    earlier = bool(role and phrase and _first(text, subj) < _first(text, phrase))  # the problem clause's subject comes first
    if role and not (reviewer_taken or earlier) and not _generic(role):  # a role named first stays (h14aud)
        return role, headcount, phrase
    from planner.extract.phrases import plural

    written = next((m.group(0) for f in (plural(subj), subj) for m in [re.search(rf"\b{re.escape(f)}\b", text, re.I)] if m), subj)
    n = _count_before(text, subj)
    if n is None:
        m = re.search(rf"\b(\d+|a dozen|{_NUM})\s+(?:new\s+)?{re.escape(written)}\b", text, re.I)
        from planner.extract.numbers import value_of

        v = (12 if m.group(1).lower() == "a dozen" else value_of(m.group(1))) if m else None
        n = int(v) if v else None
    return subj, n, written


_COUNTED = re.compile(rf"\b(\d+|{_NUM})\s+(?:of\s+(?:our|the|my)\s+)?(?:new\s+)?((?:[a-z][a-z-]*\s+){{0,2}}?[a-z][a-z-]*s)\b", re.I)


def not_the_reviewer(text: str, role: Optional[str], headcount: Optional[int], phrase: Optional[str]
                     ) -> tuple[Optional[str], Optional[int], Optional[str]]:
    """ABCD's audience is never the person whose own clause checks or works beside them (planner.extract.checker):
    where the role found is the reviewer's ("The charge nurse will do their first week of observations with them",
    "Our planning lead, Sue, is happy to have him shadow her"), the people counted by role ("Two of our psych techs"),
    else no role (an honest blank, never the reviewer)."""
    from planner.extract.context import same_role
    from planner.extract.numbers import value_of

    rev = find_reviewer(text)
    from planner.extract.review_clause import outranks

    def reviewers(r: str) -> bool:  # the reviewer's role, not a senior of it ("the lead MRI tech" checks the MRI techs),
        # nor a wider one ("Coach Dolores" reviews "our youth coaches": the learners' role is the more specific)
        return same_role(r, rev.role) and not outranks(rev.role, r) and len(rev.role.split()) >= len(r.split())

    if not (role and rev and not rev.first_person and rev.role and reviewers(singular(role.lower()))):
        return role, headcount, phrase
    for m in _COUNTED.finditer(text):
        who = m.group(2)
        partitive = re.match(r"\S+\s+of\s+(?:our|my)\s", m.group(0), re.I) is not None  # "Two of our psych techs": people
        if (partitive or _is_role(who)) and not reviewers(singular(who.lower())):
            v = value_of(m.group(1))
            return singular(who.lower()), int(v) if v else None, who
    from planner.extract.learner_clause import is_name

    first = re.match(r"(?:[^.!?]*[.!?]\s+)??([A-Z][a-z'’-]+)\s+(?:has|had|is|was|'s|works|loads|runs|drives)\b", text)
    if first and is_name(text, first.group(1)) and first.group(1) not in (rev.name or ""):
        return None, 1, None  # "Marek has loaded tankers on the jetty for eleven years": one person, role not stated
    return None, None, None


is_role = _is_role  # public for planner.generators.answered_check (h16q)
NO_ROLE_WORDS = _BARE | _GENERIC  # "my guys", "staff": no role named
