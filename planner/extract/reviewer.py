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

# Verbs of checking the work (DOMAIN.md: "quality sampling"; the rubric's "reviews the practice").
_CHECK = (r"checks|check|reviews|review|reads|proofs|proof-reads|proofreads|times|looks at|look at|listens to|"
          r"listen to|audits|audit|spot-checks|spot-check|approves|approve|signs off|sign off|inspects|inspect|"
          r"verifies|verify|samples|sample|goes through|go through|marks|mark")
_ROLE = r"((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)"
REVIEW_CLAUSE = re.compile(
    rf"(?:^|[.;:,!?]\s*|\b(?:and|but|while|where)\s+)(?:([A-Z][a-z]+),\s+)?(?:the|our|my|their)\s+{_ROLE},?\s+"
    rf"(?:always\s+|also\s+|then\s+|still\s+|personally\s+|will\s+|usually\s+)?({_CHECK})\b([^.;!?]*)", re.I)
FIRST_PERSON = re.compile(rf"\bI\s+(?:always\s+|also\s+|personally\s+|then\s+|still\s+)?({_CHECK})\b([^.;!?]*)")
_NUM = "|".join(w for w in WORD_VALUES if " " not in w)
# what the learners do wrong: a negated, "forget to", "keep", "still", "take too long" or error verb
PROBLEM_CLAUSE = re.compile(
    rf"(?:(?:^|[.;:,!?]\s*)|\b(?:the|our|my|all|all our|those|these)\s+)(?:(?:\d+|a dozen|" + _NUM + r")\s+|[a-z]+\s+of\s+(?:the|our)\s+)?"
    rf"{_ROLE}\s+(?:on\s+[^,.;]{{1,40}}?\s+)?(?:still\s+|often\s+|always\s+|sometimes\s+|constantly\s+)?"
    r"(?:don't|dont|do not|can't|cant|cannot|never|forget|forgets|keep|keeps|take too long|takes too long|"
    r"skip|skips|miss|misses|mis[a-z]+|leave out|get|pull|pulls|send|make mistakes)\b", re.I)


# the work comes back from a role: that role checks it ("came back from the clinical lead", "sent back by the superintendent")
_SENT_BACK = re.compile(rf"\b(?:came|come|comes|sent|send|get|gets|got)\s+back\s+(?:from|by)\s+(?:the|our|a)\s+{_ROLE}(?=\s+(?:with|for|because|in|on|and|but)\b|[,.;!?]|$)"
                        rf"|\b(?:returned|rejected|corrected|bounced)\s+by\s+(?:the|our)\s+{_ROLE}(?=\s+(?:with|for|because|in|on|and|but)\b|[,.;!?]|$)", re.I)


@dataclass(frozen=True)
class Reviewer:
    role: str  # singular, lower-case, as the text names it: "care coordinator"
    step: str  # the clause as written, third person: "reads every note each morning"
    name: Optional[str] = None  # "Dana"
    first_person: bool = False


def _is_role(phrase: str) -> bool:
    from planner.extract.intervention_frames import _is_person
    from planner.extract.audience import HEADS

    from planner.extract.audience import _NOT_PEOPLE

    low = phrase.split()[-1].lower()
    head = singular(low)
    agent = low.endswith(("ers", "ors", "ists", "ians")) and low not in _NOT_PEOPLE  # "loan processors", "court reporters"
    return head in HEADS or _is_person(head) or agent or head in ("chief", "purser", "coordinator", "partner", "reporter")


def _cadence(verb: str, rest: str) -> Optional[str]:
    from planner.extract.review_clause import own_clause

    rest = own_clause(re.split(r",|\s+(?:but|so|because|and then|which)\s+", rest)[0].strip())  # h15aud
    rest = re.sub(r"\s+(?:myself|himself|herself|themselves)\b", "", rest)
    if not rest or len(rest.split()) > 14:
        return None
    return f"{verb.lower()} {rest}"


@lru_cache(maxsize=256)  # read three times per plan (the owner, the signal's source, the cadence); Reviewer is frozen
def find_reviewer(text: str, audience: Optional[str] = None) -> Optional[Reviewer]:
    """The role whose own clause checks the work, with that clause as its cadence; None when no clause does."""
    from planner.extract.context import same_role

    for m in REVIEW_CLAUSE.finditer(text or ""):
        phrase = m.group(2)
        words = phrase.split()
        while words and words[0].lower() in ("the", "our", "my", "their", "a", "an"):
            words = words[1:]
        from planner.extract.learner_clause import is_name
        from planner.extract.review_clause import outranks

        if not words or not (_is_role(" ".join(words)) or m.group(1) and is_name(text, m.group(1))):
            continue  # "Okafor, our night sergeant, reads ...": apposition to a name is a role (h15aud)
        role = singular(" ".join(words).lower())
        if audience and same_role(role, audience) and not outranks(role, audience):
            continue  # "the lead MRI tech" reviews the MRI techs (h15aud)
        step = _cadence(m.group(3), m.group(4))
        if step:
            return Reviewer(role=role, step=step, name=m.group(1))
    from planner.extract.review_clause import named_reviewer

    named = named_reviewer(text or "", audience)  # "Hannah signs off every claim file", "our lead Maria goes over" (h15aud)
    if named:
        return named
    m = FIRST_PERSON.search(text or "")
    if not m:
        for f in _SENT_BACK.finditer(text or ""):
            who = f.group(1) or f.group(2)
            if _is_role(who) and not (audience and same_role(singular(who.lower()), audience)):
                return Reviewer(role=singular(who.lower()), step="")  # "came back from the review partner": no cadence given
    if m:
        step = _cadence(m.group(1), m.group(2))
        if step:
            return Reviewer(role="you", step=step, first_person=True)
    return None


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
    if role and not (reviewer_taken or earlier) and role.split()[-1] not in _GENERIC:  # a role named first stays (h14aud)
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


is_role = _is_role  # public for planner.generators.answered_check (h16q)
NO_ROLE_WORDS = _BARE | _GENERIC  # "my guys", "staff": no role named
