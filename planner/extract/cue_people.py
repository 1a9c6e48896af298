"""The people a cue for the intervention type is about, and how many of them, as the cue's own clause writes them.

DOMAIN.md, "Three kinds of skill change": the type follows who the people are and what happens to their role, so the
people who change are the subject of the cue ("got five new lifeguards", "our two examiners to become card fraud
analysts", "Of our fourteen order fillers, four have volunteered to move into robot maintenance"): the people noun
before the role they move to, with its number; a team total beside the subset who move gives the subset (issue 12:
"a move of some people into another role called upskilling of the whole team"). Read over the lemma/word-class
string of planner.extract.intervention_frames.tagged; None where the cue names no people noun.
"""

from __future__ import annotations

import re
from typing import Optional

_LEAVERS = frozenset("old previous former outgoing departing".split())
_DET = frozenset("the our a an their his her my this these those all both".split())
_STOP_TAGS = frozenset("| , become into as to onto be will would have s".split())


_AGENT_NOUN = re.compile(r"[a-z]{3,}(?:ers|ors|ists|ians|ants|ees)$")


def _agent(word: str) -> bool:
    """A plural agent noun built on a verb ("fillers" from fill, "riggers" from rig, "attendants" from attend), never
    a thing that only ends like one ("barriers")."""
    from planner.extract.intervention_frames import _agentive

    return bool(_AGENT_NOUN.fullmatch(word.lower())) and _agentive(word)


def _person(t) -> bool:
    """A people noun: the lexicon's, or a plural agent noun (O*NET titles: -er, -or, -ist, -ian, -ant, -ee)."""
    return t.tag == "PPL" or _agent(t.text)


def _num(t) -> Optional[int]:
    from planner.extract.numbers import value_of

    if t.tag not in ("NUM",) and not t.text.isalpha():
        return None
    try:
        v = value_of(t.text)
    except Exception:  # noqa: BLE001 -- not a number word
        return None
    return int(v) if v else None


def people(text: str, cue: str) -> Optional[tuple[str, Optional[int]]]:
    """(people noun phrase as written, plural; count or None) of the sentence part before the cue's target."""
    from planner.extract.cue_polarity import _span, about_thing, before_target
    from planner.extract.intervention_frames import tagged
    from planner.extract.numbers import value_of

    toks, _, _ = tagged(text)
    span = _span(text, cue, toks)
    if span is None:
        return None
    i, j = span
    end = toks[i].start + len(before_target(cue).rstrip())  # where the role they move to starts, in characters
    # the cue's sentence: back to the previous clause end, so "Of our fourteen order fillers, four have ..." is read
    s = i
    while s > 0 and toks[s - 1].tag != "|":
        s -= 1
    part = [k for k in range(s, j + 1) if toks[k].start < end]
    # the subset: "of (our|the) NUM PPL , NUM" -> the second number
    best = None
    # the people noun nearest the cue's verb: "I run a crew of nine roofers and we just took on three apprentices"
    for k in reversed(part):
        if not _person(toks[k]) or about_thing(text, toks[k].text):
            continue
        if any(toks[x].text.lower() in _LEAVERS for x in range(max(s, k - 2), k)):
            continue  # "after the old crew was laid off": the people who went, not the ones who change (h19type)
        # the whole noun: modifier words just before the people noun ("order fillers", "HVAC mechanics")
        b = k
        while b - 1 >= s and toks[b - 1].tag not in _STOP_TAGS and toks[b - 1].tag != "NUM" and toks[b - 1].text.lower() not in _DET \
                and toks[b - 1].tag not in ("new", "of", "got", "get", "hire", "want") and k - b < 2 and toks[b - 1].text[:1].isalpha() \
                and _num(toks[b - 1]) is None and ((toks[b - 1].text.islower() and toks[b - 1].tag.islower()) or toks[b - 1].tag == "PPL"
                                                   or (toks[b - 1].tag == "NAME" and toks[b - 1].text.isupper())):
            b -= 1
        noun = " ".join(t.text for t in toks[b: k + 1])
        n = None
        p = b - 1
        while p >= s and toks[p].tag in ("new", "fresh") or (p >= s and toks[p].text.lower() in _DET):
            p -= 1
        if p >= s and _num(toks[p]) is not None:
            n = _num(toks[p])
        # "Of our fourteen order fillers, four have ...": the subset after the comma
        q = k + 1
        if q + 1 < len(toks) and toks[q].tag == "," and _num(toks[q + 1]) is not None and p >= s + 1 and toks[p - 1].tag == "of" or \
                (p - 1 >= s and toks[p - 1].text.lower() in _DET and p - 2 >= s and toks[p - 2].tag == "of" and q + 1 < len(toks)
                 and toks[q].tag == "," and _num(toks[q + 1]) is not None):
            n = _num(toks[q + 1])
        if noun.lower().endswith("s") and not noun.lower().endswith(("'s", "’s")):  # a plural, never "each new tutor's"
            best = (noun, int(n) if n else None)
            break
    return best


# "we sign on about twenty students as exam-season tutors", "we've hired three graduates as junior analysts": people
# taken on as a role; the role they are taken on as is who they become, the number before them how many (ABCD audience)
_HIRED_AS = re.compile(r"\b(?:hir(?:e|es|ed|ing)|sign(?:s|ed|ing)? on|recruit(?:s|ed|ing)?|tak(?:e|es|ing|en)|took|bring(?:s|ing)?|brought|employ(?:s|ed|ing)?|"
                       r"appoint(?:s|ed|ing)?)\s+(?:on\s+|in\s+)?(?:about\s+|around\s+|some\s+|another\s+|roughly\s+)?(?P<n>\d+|[a-z]+)\s+(?:[\w-]+\s+){0,2}?"
                       r"as\s+(?:a\s+|an\s+|our\s+|new\s+)*(?P<role>(?:[\w-]+\s+){0,2}?[\w-]+s)\b", re.I)


def hired_as(cue: str) -> Optional[tuple[str, Optional[int]]]:
    """(the role people are taken on as, plural as written; their number) of an onboarding cue, or None."""
    from planner.extract.numbers import value_of

    m = _HIRED_AS.search(cue)
    if not m:
        return None
    v = value_of(m.group("n"))
    return (m.group("role"), int(v)) if v else None


def _is_reviewer(text: str, noun: str) -> bool:
    """The cue's people are the person whose own clause checks or works beside the learners (planner.extract.checker)."""
    from planner.extract.context import same_role
    from planner.extract.reviewer import find_reviewer
    from planner.text.inflect import singular

    rev = find_reviewer(text)
    return bool(rev and rev.role and not rev.first_person and same_role(singular(noun.lower()), rev.role))


def reframe(frame, cue):
    """The frame with the cue's people as the audience when the type is reskilling or onboarding and the cue names
    them: its people noun (singular) as the role when the frame has none or another role (the reviewer, the role they
    move to), its number as the headcount (the subset who move, never the team total)."""
    from planner.extract.intervention_frames import _noun_base

    if cue.kind() == "upskilling":
        return frame
    if cue.kind() == "onboarding" and frame.audience_team and any(frame.audience_team.lower() in t.lower() for t in cue.tenure):
        # "He's done budgeting at the Leeds office for years": the place of the newcomer's past work, not the team
        # they join (DOMAIN.md: onboarding makes someone productive in a new team)
        frame = frame.model_copy(update={"audience_team": None})
    hired = next((h for h in (hired_as(q) for q in cue.onboarding) if h), None) if cue.kind() == "onboarding" else None
    found = hired or next((p for p in (people(frame.text, q) for q in cue.move + cue.gone + cue.onboarding) if p), None)
    if found and _is_reviewer(frame.text, found[0]):
        return frame  # "The charge nurse will do their first week of observations with them": the cue's subject checks (h20rev)
    if not found:
        return frame
    noun, n = found
    words = noun.split()
    role = " ".join(words[:-1] + [_noun_base(words[-1].lower()) if not words[-1].isupper() else words[-1]])
    same = frame.audience_role and _noun_base(frame.audience_role.split()[-1].lower())[:5] == _noun_base(words[-1].lower())[:5]
    from planner.extract.cue_polarity import before_target

    if frame.audience_role and not same:
        # the frame's role is kept when a cue names it where the people are written ("retrain our 5 parking attendants")
        stem = _noun_base(frame.audience_role.split()[-1].lower())[:5]
        leavers = re.compile(rf"\b(?:{'|'.join(_LEAVERS)})\s+(?:[\w-]+\s+)?{re.escape(stem)}", re.I)  # "the old crew" (h19type)
        if any(stem in before_target(q).lower() and not leavers.search(q) for q in cue.move + cue.gone + cue.onboarding):
            return frame
    update: dict = {}
    if not same:
        update["audience_role"] = role
        update["headcount"] = n
    elif n and frame.headcount != n:
        update["headcount"] = n
    if not update:
        return frame
    missing = [m for m in frame.missing if not (m == "audience_role" or (m == "headcount" and update.get("headcount")))]
    if "headcount" in update and not update["headcount"] and "headcount" not in missing:
        missing.append("headcount")
    return frame.model_copy(update={**update, "missing": missing})


def other_newcomer(text: str, role: Optional[str], cue: str) -> bool:
    """The arrival names a person of another role than the learners, whose own clause reports the gap ("The techs keep
    forgetting the lock-out step; we hired a new safety officer to help"): the newcomer is not the audience (DOMAIN.md:
    the type follows who the people are; h19type)."""
    from planner.extract.intervention import work_clause
    from planner.extract.intervention_frames import _is_person, _noun_base, tokens

    head = (role or "").split()[-1:]
    if not head:
        return False
    stem = _noun_base(head[0].lower())[:5]
    nouns = [_noun_base(t.text.lower()) for t in tokens(cue) if t.tag == "PPL" and _is_person(t.text.lower())]
    if not nouns or any(n[:5] == stem for n in nouns):
        return False
    # the learners' own clause: the gap clause naming them, else another clause that names them as its subject
    theirs = work_clause(text, role) or next(
        (x for x in re.split(r"[.;!?]", text) if re.match(rf"\s*(?:the |our |all |most |some )?(?:\w+ ){{0,2}}{re.escape(stem)}", x, re.I)
         and cue.lower() not in x.lower()), None)
    return bool(theirs and re.search(rf"\b{re.escape(stem)}", theirs, re.I) and cue.lower() not in theirs.lower())
