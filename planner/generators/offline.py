"""The offline generator: a faithful draft plan from the ProblemFrame by rules, no model.

The embedded default and the baseline every LLM provider is compared with (issue 12). Every
sentence it writes is one of three kinds:

(a) built from facts parsed out of the text, each a whole constituent (the role, the headcount, the
    output noun phrase, the consumer and the verb phrase of their own clause, the system, numbers
    with their units, the deadline), put into templates that are grammatical for any filling;
(b) neutral scaffolding that is true for any team (DOMAIN.md practice: checklists, annotated
    examples, practice on real cases, a review date);
(c) an explicit blank with an open question.

Nothing is sliced from a sentence unless the slice is a whole constituent, and every sentence
passes the well-formedness gate (``planner.generators.gate``) or is replaced by (b) or (c). Numbers
come only from the text; a target the text does not give is written as a proposal to confirm, and
only for rates and counts of errors (never for people, stores or durations). A text too thin to
plan from gets a short discovery plan (``planner.generators.discovery``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Optional

from planner.extract.deadline import find_deadline
from planner.extract.intervention import Cues, cues as find_cues
from planner.extract.owner import find_owner
from planner.extract.phrases import can_be_noun, can_be_verb, consumer_step, plural, whole_np
from planner.lexicon import words
from planner.frame import NumberFact, ProblemFrame
from planner.generators.work_object import object_fault
from planner.generators import goal as G
from planner.generators import patterns as P
from planner.generators.gate import clip, gated
from planner.extract.context import same_role
from planner.models import Plan, PlanMeta
from planner.rules import is_generic_audience
from planner.text.case import cap as _cap

PROMPT_VERSION = "offline-rules-1"
REVIEW_WEEKS = 8  # DOMAIN.md: a calendar date, usually 6 to 12 weeks out


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.1f}"


def _a(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def _keep_case(found: str) -> str:
    """Lower-case a role as found, except acronyms and names inside it ("SREs", "QA lead", "KYC analysts")."""
    return " ".join(w if sum(ch.isupper() for ch in w) >= 2 else w.lower() for w in found.split())


def _as_written(text: str, role: str) -> str:
    """The role in the plural as the text writes it ("night nurses", "SREs"), else the plural of the singular."""
    pl = plural(role)
    m = re.search(rf"\b{re.escape(pl)}\b", text, re.I)
    return _keep_case(m.group(0)) if m else pl


def _role_as_written(text: str, role: str) -> str:
    m = re.search(rf"\b{re.escape(role)}", text, re.I)
    return _keep_case(m.group(0)) if m else role


# --- intervention type (DOMAIN.md: three kinds of skill change) ---------------------------------------------

_TENURE = re.compile(r"\b(?:been here (?:for )?(?:over |more than )?(?:a|\w+) (?:years?|months?)|for (?:over |more than )?(?:(?:a|\w+) )?years|for (?:over |more than )?a year|experienced|years of experience|long-serving|already (?:do|doing|know))\b", re.I)


_CLAUSE_STOP = re.compile(r"[.;:!?,(]|\s(?:and|but|so|because|which|who|when|while|then)\s", re.I)
_TRAILING = frozenset("a an the of to for in on at by with from and or but so their our his her its this that".split())


def _task_clause(frame: ProblemFrame) -> Optional[str]:
    """The learners' own clause as the text writes it, from the task verb to the end of its clause
    ("still log calls days later"), quoted as the cue that they already do this work."""
    if not frame.task_verb:
        return None
    from planner.text.inflect import verb_forms

    forms = sorted(verb_forms(frame.task_verb.split()[0]), key=len, reverse=True)
    m = re.search(r"\b(?:still\s+|often\s+|always\s+|currently\s+|regularly\s+)?(?:" + "|".join(map(re.escape, forms)) + r")\b", frame.text, re.I)
    if not m:
        return None
    rest = frame.text[m.start():]
    stop = _CLAUSE_STOP.search(rest)
    words = (rest[: stop.start()] if stop else rest).split()
    if len(words) > 12:  # quoted up to a word boundary, never ending on a dangling word
        from planner.extract.phrases import FUNCTION_WORDS as _FUNCTION

        words = words[:12]
        while words and (words[-1].lower() in _TRAILING or words[-1].lower() in _FUNCTION):
            words.pop()
    return " ".join(words) if len(words) >= 2 else None


def cues_for(frame: ProblemFrame) -> Cues:
    """The text's cues about the people, plus "new" written before the learners' own role ("new account managers")."""
    c = find_cues(frame.text)
    from planner.extract.cue_people import other_newcomer

    if c.onboarding and not c.reskilling and all(other_newcomer(frame.text, frame.audience_role, q) for q in c.onboarding):
        from dataclasses import replace

        c = replace(c, onboarding=(), served=c.served + c.onboarding)
    if not (c.onboarding or c.reskilling) and frame.audience_role and "promotion" not in frame.triggers:
        who = _as_written(frame.text, frame.audience_role)
        m = re.search(rf"\bnew\s+{re.escape(who)}\b", frame.text, re.I)
        if m:
            c = Cues(onboarding=(m.group(0),), reskilling=())
    return c


_RETURN = re.compile(r"\b(?:com\w* back|came back|return\w*|(?:be|is|are|'re|were) back|get\w* back)\s+(?:to\s+\w+\s+)?(?:from|after)\b", re.I)
_ARRIVE_KIND = (
    (_RETURN, "returning to the team after time away"),
    (re.compile(r"\b(?:transfer\w*|moved?|moving|second\w*|com\w* over|relocat\w*|rotat\w*)\b", re.I), "new to this team"),
    (re.compile(r"\bjoin\w* us\b|\b(?:hir\w*|recruit\w*|tak\w* on|taken on|brought on|bring\w* (?:on|in)|intake|starters?|joiners?|grads?|graduates?|apprentices?)\b", re.I), "new to the company"),
    (re.compile(r"\b(?:start\w* as|join\w* as|promot\w*|new (?:role|position|post)|tak\w* over|took over|step\w* (?:up )?into)\b", re.I), "new to the position"),
)
# Words that name a process, a feature or the people the work serves (issue 12: they never decide the type), with
# what each would have to mean for the type to change.
_PROCESS_WORD = re.compile(r"\b(onboarding|induction|new (?:starters?|hires?|joiners?)|intake|automat\w+|chatbots?|robots?|AI)\b", re.I)
_PROCESS_TENURE = re.compile(r"\b(?:have|has)\s+(?:done|run|worked|been doing)\s+(?:this|that|it|the job)?\s*(?:here\s+)?for\s+(?:\w+\s+)?(?:years|months|a decade)\b", re.I)


def _overlap(a: str, b: str) -> float:
    """The share of the shorter quote's words that the longer one has."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return len(wa & wb) / max(1, min(len(wa), len(wb)))


def _cue_people(frame: ProblemFrame, cues: tuple[str, ...], who: str) -> str:
    """The people the cue is about: the learners' role when a cue names it; else the people noun the cue itself names
    ("Two EMTs transferred over ..." -> "the EMTs"), never another role read off the context."""
    head = (frame.audience_role or "").split()[-1:]
    from planner.extract.cue_polarity import before_target

    first = re.match(r"([A-Z][a-z'’-]+)\s+(?:is|has|was|will|'s|takes|starts|joins|steps|moves|comes|returns)\b", cues[0]) if cues else None
    from planner.extract.intervention_frames import first_name

    if first and (frame.headcount == 1 or not frame.audience_role) and first_name(first.group(1)):
        return first.group(1)  # "Tom is taking over Kevin's budget analyst seat": the one person the cue names
    from planner.text.lemmas import is_function_word

    pairs = [re.match(r"([A-Z][a-z'’-]+)\s+and\s+([A-Z][a-z'’-]+)\b", q) for q in cues]
    # (one of the two may also be a dictionary word, "Ken", "Rose": the other, a name, says what they are)
    pair = next((p for p in pairs if p and (first_name(p.group(1)) or first_name(p.group(2)))
                 and not is_function_word(p.group(1).lower()) and not is_function_word(p.group(2).lower())), None)
    if pair:
        return pair.group(0)  # "Ken and Lorraine, who've done those rounds ..., are going across to the lab": the two named
    if not first and cues and re.match(r"(?i)(?:his|her|he|she)\b", cues[0]):
        # "his back won't take the hose work much longer": the one person the text introduces by name as a sentence's
        # subject ("Marek has loaded tankers on the jetty for eleven years"), whom the pronoun refers to (h19type)
        # a name inside the cue is the person it is about ("his grain-buying book passes to Aisha")
        inside = next((w for w in re.findall(r"\b[A-Z][a-z'’-]+\b", cues[0][1:]) if first_name(w)), None)
        if inside:
            return inside
        named = re.search(r"(?:^|[.!?]\s+)([A-Z][a-z'’-]+)\s+(?:is|has|was|had|will|'s|works|runs|loads|started|joined|wants|asked)\b", frame.text)
        if named and first_name(named.group(1)):
            return named.group(1)
    # the people are named before the role they move to ("our two examiners to become card fraud analysts")
    if head and any(re.search(rf"\b{re.escape(head[0][:5])}", before_target(q), re.I) for q in cues):
        return f"the {who}"
    from planner.extract.cue_polarity import about_thing
    from planner.extract.intervention_frames import tokens

    from planner.extract.checker import read as read_checker
    from planner.text.inflect import singular

    rev = read_checker(frame.text, frame.audience_role)
    rev_words = set((rev.role or "").lower().split()) if rev and not rev.first_person else set()
    for q in cues:
        for t in tokens(q):
            w = t.text
            if t.tag in ("become", "as", "into", "to"):
                break  # the role they become, not the people who change
            if rev_words and singular(w.lower()) in rev_words:
                continue  # "The charge nurse will do their first week ... with them": the reviewer, not the people (h20rev)
            if t.tag in ("PPL", "NEWBIE") and about_thing(q, w):
                continue  # "the new sorter robots": a machine, not the people (planner.extract.cue_polarity)
            if t.tag in ("PPL", "NEWBIE") or (re.fullmatch(r"[A-Z]{2,}s", w)):
                return f"the {w}" if w.endswith("s") else f"the {w}s" if t.tag == "PPL" else f"the {w}"
    if not head or re.search(rf"\b(?:they|them|who|he|she)\b", " ".join(cues), re.I):
        return f"the {who}"  # "who start on ...": the learners the text names elsewhere
    return f"the {who}"  # the cue names no people ("The ferry company is scrapping the trolley service"): the learners


def intervention(frame: ProblemFrame, c: Optional[Cues] = None) -> tuple[str, str, str]:
    """(kind, rationale naming the cue, what would change it naming the cue that would flip it).

    DOMAIN.md, "Three kinds of skill change": the type follows who the people are and what happens to their role; the
    rationale quotes the cue, and the would-change-if sentence names the cue (or the fact) of this text that would
    flip it (issue 12: 15 of 16 plans carried the same generic sentence)."""
    c = c or cues_for(frame)
    who = _as_written(frame.text, frame.audience_role) if frame.audience_role else "people in this group"
    kind = c.kind()
    if kind == "reskilling":
        first = c.reskilling[0]
        gone, move = (c.gone[:1] or [None])[0], (c.move[:1] or [None])[0]
        if gone and move and gone != move and _overlap(gone, move) >= 0.7:
            # one clause quoted twice, cut differently ("Six of our 20 cashiers will move ... when the self-checkouts go
            # in"): quote it once, whole
            gone = move = first = max(gone, move, key=len)
        people = _cue_people(frame, tuple(x for x in (gone, move) if x) or c.reskilling[:1], who)
        target = new_role(frame.text, c)
        one = not people.startswith("the ") and " and " not in people  # a person by name: "Marek moves" (h19type)
        they, move_v, keep_v, are_v = (people, "moves", "keeps", "is") if one else ("they", "move", "keep", "are")
        to = f"into {target}" if target and target.startswith("the ") and not target.startswith("the new role") else \
            f"into {_role_label(target)}" if target else "into a different role"
        if gone and move and gone != move:  # one story: the work goes, and they move (not a conflict)
            why = f'The text says "{gone}" and "{move}": the current work of {people} is going away and {they} {move_v} ' + (f"{to}, a substantially different role." if target else "into a substantially different role.")
        elif move or (not gone and c.reskilling):
            said = f'"{first}" and "{move}"' if move and move != first else f'"{move or first}"'
            why = (f'The text says {said}: {people} {are_v} moving {to}, a substantially different role from the work they do now.'
                   if target else f'The text says {said}: {people} {are_v} moving into a role substantially different from the work they do now.')
        else:
            why = (f'The text says "{gone}": the current work of {people} is going away, so they need a different role'
                   + (f", and it names {target}." if target else "; which one, the text does not say (see open questions)."))
        if c.onboarding and not move:  # a real conflict: the place goes, and they arrive in a team (the same work?)
            why += (f' It also says "{c.onboarding[0]}": if they keep the same kind of work there, it is onboarding '
                    "rather than reskilling; confirm it (see open questions).")
        if move:
            moved = f'the work they move to after "{first}" ("{move}")' if move != first else f'the work they move to ("{move}")'
            change = (f"If {moved} is the same kind they do now (only the team or the tools "
                      f"change), it is onboarding into a new team; if {people} {keep_v} their current work, it is upskilling.")
        else:
            change = (f'If {people} {keep_v} the same kind of work after "{first}" (the same role on another site, line or '
                      "team), it is onboarding or upskilling, not reskilling.")
        return kind, why, change
    if kind == "onboarding":
        cue = c.onboarding[0]
        people = _cue_people(frame, (cue,), who)
        new_to = next((label for rx, label in _ARRIVE_KIND if rx.search(cue)), "new to the team or position")
        if frame.headcount == 1 and people.startswith("the ") and people.endswith("men") and re.search(rf"\b{re.escape(people[4:-3])}man\b", cue, re.I):
            people = people[:-3] + "man"  # "Our new site foreman, ...": one person, as the cue writes it (h19type)
        # a person by name: "Tom is new to the position"; one person by role: "the foreman is new"
        one = (not people.startswith("the ") and " and " not in people) or (frame.headcount == 1 and not people.endswith("s"))
        are = "is" if one else "are"
        why = f'The text says "{cue}": {people} {are} {new_to} and must become productive in it.'
        if _RETURN.search(cue):
            why = f'The text says "{cue}": {people} {are} {new_to} and must get up to date with how the work is done now.'
        if c.same_work_elsewhere:  # the cues conflict: a place goes, but the work stays the same where they arrive
            why += (f' The text also says "{c.same_work_elsewhere[0]}", but the work stays the same where they go, so it is '
                    "a new team or site rather than a new role.")
        if c.tenure:  # "They're not new to the trade, but ... only joined us": new here, not new to the work
            also = "The same clause says" if c.tenure[0] == cue else f'It also says "{c.tenure[0]}":'
            knows = f"{people} knows" if one else "they know"
            why += f" {also} {knows} the work, so the plan covers this team's own systems and ways of working."
        change = (f'If, before "{cue}", {people} did a substantially different kind of work, it is reskilling; if '
                  + (f"{people} has" if one else "they have") + " already done this job in this team, it is upskilling.")
        if c.same_work_elsewhere:
            change = (f'If the work {people} do after "{c.same_work_elsewhere[0]}" is not the same kind they do now, it is '
                      "reskilling; if they stay in their own team, it is upskilling.")
        if _RETURN.search(cue):  # returners have done this job here; what is new is what changed while they were away
            change = (f"{_cap(people)} have done this job in this team before: if nothing they use or follow changed "
                      "while they were away, a short refresher (upskilling) fits better than onboarding.")
        elif c.tenure:  # the text has answered the reskilling half: they know the work (h15type)
            change = (f'The text says "{c.tenure[0]}", so the work itself is not new to {people}: only if '
                      + (people if one else "they") + " had already done it in this team would it be upskilling.")
        return kind, why, change
    found = _TENURE.search(frame.text)
    # "have all been here years", "aren't new", a denied arrival (planner.extract.cue_polarity)
    tenure = " ".join(found.group(0).split()) if found else (c.tenure[0] if c.tenure else None)
    from planner.extract.intervention import work_clause

    # the learners' own clause: the gap clause with them as its subject first ("The pharmacy techs ... keep
    # mislabelling compounded IV bags"), never another role's clause that shares the task verb ("the pharmacists who
    # check them before release")
    head = (frame.audience_role or "").split()[-1:]
    own = theirs = work_clause(frame.text, frame.audience_role)
    if not (theirs and head and re.search(rf"\b{re.escape(head[0][:5])}", theirs, re.I)):
        theirs = None
    clause = theirs or _task_clause(frame)
    if not clause and not tenure:  # the clause that reports the gap in their current work (planner.extract.intervention)
        clause = work_clause(frame.text)
    if tenure and not theirs:  # "... have all been here years and still skip the torque check": their own clause, subject elided
        wc = work_clause(frame.text)
        theirs = wc if wc and wc[:1].islower() and wc.lower() not in tenure.lower() else None
    gap = own  # the clause that reports the fault, when it is not the work clause
    gap = gap if gap and clause and gap.lower() not in clause.lower() and clause.lower() not in gap.lower() and len(gap) <= 90 else None
    if clause and not tenure:
        why = f'The text describes work the {who} already do ("{clause}") and a gap in how well it is done' + (f' ("{gap}")' if gap else "")
    elif tenure and theirs:
        why = f'The text says "{tenure}" and "{theirs}": the {who} already do this work, and the gap is in how well it is done'
    elif tenure:
        why = f'The text says "{tenure}": the {who} already do this work, and it describes a gap in how well it is done'
    else:
        why = (f"No cue in the text says the {who} are new to their role or that the role is going away, so this is read "
               "as a gap in work they already do")
    if c.stays:  # "Nobody is being replaced by the new OCR scanner": the role stays
        why = f'The text says "{c.stays[0]}", so the role of the {who} stays; ' + why[0].lower() + why[1:]
    if "new_system" in frame.triggers:
        why += ", after a new system or tool was introduced"
    elif "process_change" in frame.triggers:
        why += ", after a process change"
    elif "promotion" in frame.triggers:
        why += ", in a step up they are growing into"
    why += "." if (tenure or clause) else "; confirm it (see open questions)."
    if c.served and not (clause and clause.lower() in c.served[0].lower()):
        # the cues conflict: an arrival the text says of the people the learners take on or serve (h19type)
        said = f' It also says "{c.served[0]}": the people they take on or serve, not new {who}, so not onboarding.'
        why += said if len(why) + len(said) <= 400 else ""
    if c.partial_loss:  # the cues conflict: part of the work goes to a machine or another party, but no move is said
        said = (f' It also says "{c.partial_loss[0]}", but nothing says the {who} move to other work, so the role stays for '
                "now.")
        why += said if len(why) + len(said) <= 400 else ""
    word = _PROCESS_WORD.search(frame.text)
    said = (c.stays or c.denied_onboarding or (None,))[0]
    if c.partial_loss and not said:
        change = (f'If "{c.partial_loss[0]}" takes the {_possessive(who)} role away and they move into other work, it is '
                  f"reskilling; if the {who} are new to the team, it is onboarding.")
    elif said:  # the would-change-if names what the text denies (planner.extract.cue_polarity)
        change = (f'Only if what the text denies ("{said}") did not hold would it change: '
                  + ("if their work were taken away or they moved into another role, it would be reskilling." if c.stays else
                     f"if the {who} had in fact just joined the team, it would be onboarding."))
    elif word and re.match(r"(?i)automat|chatbot|robot|ai$", word.group(1)):
        change = (f'"{word.group(1)}" names a tool, not the {who}: if it takes their work away rather than changing how they '
                  "do it, it is reskilling; if they are new to the team, it is onboarding.")
    elif word:
        change = (f'"{word.group(1)}" names a process or the people the work serves, not the {who}: only if the {who} '
                  "themselves had just joined the team would it be onboarding; if their role were going away, reskilling.")
    elif "new_system" in frame.triggers:
        change = (f"If the new system takes the {_possessive(who)} work away rather than changing how they do it, it is reskilling; "
                  f"if the {who} are new to the team, it is onboarding.")
    elif clause and not tenure:
        work = f'the work in "{clause}"' if len(clause) <= 70 else "that work"
        change = (f"If the {who} are new to the team (hired or transferred in recently), it is onboarding; if {work} "
                  "is being taken away from them or they move into a different role, it is reskilling.")
    elif tenure:
        change = (f'Only if "{tenure}" does not hold and the {who} are new to the team would it '
                  "be onboarding; if their role were going away, reskilling.")
    else:
        change = (f"If the {who} are new hires or have just transferred in, it is onboarding; if their current work is being "
                  "replaced or they are moving into a different role, it is reskilling.")
    return "upskilling", why, change


_END = r"(?=[.,;:!?]|\s+(?:and|but|so|by|in|on|at|from|before|within|where|when|next|this|for|team|who|which)\b|$)"
_NEW_ROLE = (
    re.compile(r"\b(?:in)?to\s+(?:new\s+|different\s+)?((?:[A-Za-z][A-Za-z-]*\s+){0,3}?[A-Za-z][A-Za-z-]*)\s+(?:roles?|positions?|jobs?)\b"),
    re.compile(r"\bbecome\s+(?:a\s+|an\s+)?((?:[A-Za-z][A-Za-z-]*\s+){0,2}?[A-Za-z][A-Za-z-]*)" + _END),
    re.compile(r"\bretrain\w*\s+(?:(?:them|him|her|our|the|their|all|\d+|[a-z-]+)\s+){0,4}?as\s+(?:a\s+|an\s+)?((?:[A-Za-z][A-Za-z-]*\s+){0,3}?[A-Za-z][A-Za-z-]*)" + _END),
    re.compile(r"\b(?:move|moves|moving|moved)\s+(?:them\s+)?into\s+((?:the\s+)?(?:[A-Za-z][A-Za-z-]*\s+){0,2}?[A-Za-z][A-Za-z-]*)" + _END),
    re.compile(r"\b(?:redeployed|reassigned|retrained|moved|trained)\s+as\s+(?:a\s+|an\s+)?((?:[A-Za-z][A-Za-z-]*\s+){0,3}?[A-Za-z][A-Za-z-]*)" + _END),
    re.compile(r"\band\s+into\s+((?:the\s+)?(?:[A-Za-z][A-Za-z-]*\s+){0,2}?[A-Za-z][A-Za-z-]*)" + _END),
)
_PERSON_END = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|eer|man|woman|person|lead|head|associate|clerk|nurse|analyst|agent|rep)$")
ROLE_WORDS = words("context_role_nouns")  # the one list of role nouns (planner/lexicon/data/context_role_nouns.txt)


def new_role(text: str, c: Optional[Cues] = None) -> Optional[str]:
    """Where the people move to, as a phrase for "the core tasks of ___": a team as the text writes it ("the
    collections team", from a move cue), "a junior data analyst", "a logistics coordinator", or a field or place:
    "the new role in UX design", "the new role in the dispatch office"."""
    from planner.text.inflect import singular
    from planner.generators.role_change import team_target

    team = team_target(c) if c is not None else None
    if team:
        return team

    for rx in _NEW_ROLE:
        for m in rx.finditer(text):
            words = [w for w in m.group(1).split() if w.lower() not in ("a", "an", "their", "our", "new", "different", "current")]
            if rx is _NEW_ROLE[0] and words and words[0].lower() == "the":
                words = words[1:]  # "to the new chat supervisor role": the role is "chat supervisor"
            phrase = _keep_case(" ".join(words))
            if not phrase or not whole_np(phrase) or phrase.split()[-1].lower() in ("current", "same", "other", "it", "them"):
                continue
            if phrase.lower().startswith("the "):
                return "the new role in " + phrase
            person = singular(phrase)
            last = person.split()[-1].lower()
            if rx is _NEW_ROLE[0] or _PERSON_END.search(last) or last in ROLE_WORDS:  # "into customer host roles"
                return _a(person)
            return "the new role in " + phrase
    return None


def _role_label(target: str) -> str:
    """"a logistics coordinator" -> "the logistics coordinator role"; "the new role in the dispatch office" -> "the dispatch office role"."""
    name = re.sub(r"^the\s+", "", _role_name(target))
    if re.search(r"\b(?:team|department|desk|office|unit|function|section)$", name):
        return f"the {name}"  # "the collections team": the team as written, not "the collections team role"
    return f"the {name} role"


def _role_name(target: str) -> str:
    """"a logistics coordinator" -> "logistics coordinator"; "the new role in UX design" -> "UX design"."""
    return re.sub(r"^(?:a|an|the new role in)\s+", "", target)


from planner.extract.numbers import WORD_VALUES as _WV  # noqa: E402

_NUMWORDS = "|".join(w for w in _WV if " " not in w)
_SUBSET = (
    re.compile(r"\b(\d+|" + _NUMWORDS + r")\s+of\s+(?:them|the\s+\d+|our|the|those)\b", re.I),
    re.compile(r"\b[Oo]f\s+the\s+\d+\s+[a-z -]+?,\s+(\d+|" + _NUMWORDS + r")\s+(?:have|has|will|want|wants|asked|are|were)\b"),
    re.compile(r"\b(\d+|" + _NUMWORDS + r")\s+(?:[a-z-]+\s+)?volunteers\b", re.I),  # "seven volunteers are moving" (h15aud)
)


def _moving_count(text: str, cue: str) -> Optional[int]:
    """"moving 5 of the 22 agents", "Eight of them have asked to move": how many of the group change role."""
    from planner.extract.numbers import value_of

    for s in re.split(r"(?<=[.!?;])\s+", text):
        if cue.lower() not in s.lower():
            continue
        for rx in _SUBSET:
            m = rx.search(s)
            if m:
                v = value_of(m.group(1))
                if v:
                    return int(v)
    return None


_TASK_IN_NEW_ROLE = (
    re.compile(r"\bin\s+(?:the|their|his|her)\s+new\s+roles?,?\s+(?:they|she|he)\s+(?:will|would|'ll|are to|need to|must)\s+([a-z]+)\s+((?:the\s+|a\s+|an\s+)?[a-z][a-z -]{2,50}?)(?=\s+(?:that|which|who|for|so|and|but|to)\b|[.,;:]|$)", re.I),
    re.compile(r"\b(?:as|into)\s+(?:a\s+|an\s+)?(?:[a-z-]+\s+){0,3}[a-z-]+\s+who\s+([a-z]+)\s+((?:the\s+|a\s+|an\s+)?[a-z][a-z -]{2,50}?)(?=\s+(?:that|which|who|for|so|and|but|to)\b|[.,;:]|$)", re.I),
    re.compile(r"\b(?:where|in which|in that role|there)\s+(?:they|she|he)\s+(?:would|will|could|can|'d|are to|need to)\s+([a-z]+)\s+((?:the\s+|a\s+|an\s+)?[a-z][a-z -]{2,50}?)(?=\s+(?:that|which|who|for|so|and|but|to)\b|[.,;:]|$)", re.I),
    re.compile(r"\b(?:roles?|positions?|jobs?)\s*[:,]\s*([a-z]+ing)\s+((?:the\s+|a\s+|an\s+)?[a-z][a-z -]{2,50}?)(?=\s+(?:that|which|who|for|so|and|but|against|to)\b|[.,;:]|$)", re.I),
    # "Ana, Rui and Jo (film processors) -> digital studio, colour-correcting scans in Lightroom": a list's arrow (h20goal)
    re.compile(r"(?:->|\u2192)\s*(?:the\s+)?[a-z][\w -]{1,40}?\s*[,:]\s*([a-z]+(?:-[a-z]+)?ing)\s+((?:the\s+|a\s+|an\s+)?[a-z][a-z -]{2,50}?)(?=\s+(?:that|which|who|for|so|and|but|against|to|on|in)\b|[.,;:]|$)", re.I),
    # "our 4 sewers move to the cutting room: laying up the fabric and ...": the destination, then its work (h20goal)
    re.compile(r"\b(?:move|moves|moving|moved|go|goes|going|transfer|transfers|transferring)\s+(?:over\s+|across\s+)?(?:in)?to\s+(?:the\s+)?[a-z][\w -]{1,40}?\s*:\s*"
               r"([a-z]+ing(?:\s+(?:up|out|in|off|down|over))?)\s+((?:the\s+|a\s+|an\s+)?[a-z][a-z -]{2,50}?)(?=\s+(?:that|which|who|for|so|and|but|against|to|on|in)\b|[.,;:]|$)", re.I),
)


def _new_role_task(text: str) -> tuple[Optional[str], Optional[str]]:
    """The work of the new role as the text states it: "where they would produce wireframes" -> ("produce", "wireframes")."""
    from planner.text.inflect import base_form

    for rx in _TASK_IN_NEW_ROLE:
        m = rx.search(text)
        if m and can_be_verb(m.group(1).split()[0].split("-")[-1]):
            np = re.sub(r"\s+(?:instead of|rather than)\b.*$", "", m.group(2).strip())  # the old work is not the new (h15goal)
            w = np.split()
            if m.group(1).lower() in ("help", "helps", "helping") and len(w) > 2 and can_be_noun(w[0]) and can_be_verb(w[1]) \
                    and whole_np(" ".join(w[2:])):
                from planner.extract.phrases import base_verb

                return "help", np  # "help citizens use the online portal": a bare-infinitive complement, kept whole
            if not whole_np(np):
                # "preparing the monthly variance reports the budget holders use": the object before a reduced
                # relative clause, the longest whole noun phrase that ends on a plural noun
                cut = next((" ".join(w[:n]) for n in range(len(w) - 1, 1, -1)
                            if w[n - 1].endswith("s") and can_be_noun(w[n - 1]) and whole_np(" ".join(w[:n]))), None)
                np = cut or np
            if whole_np(np) and not object_fault(m.group(1), np, text):
                from planner.extract.phrases import base_verb

                v = m.group(1).split()
                head = v[0].rsplit("-", 1)  # "colour-correcting" -> "colour-correct"
                first = f"{head[0]}-{base_verb(head[1])}" if len(head) == 2 else base_verb(v[0])
                return " ".join([first] + [p.lower() for p in v[1:]]), np  # "laying up" -> "lay up"
    from planner.extract.new_work import new_work  # the other clause frames that name the new work (h15goal)

    found = new_work(text)
    return found if found and not object_fault(found[0], found[1], text) else (None, None)


# --- facts as whole constituents ---------------------------------------------------------------------------

_MEDIUM_ADJ = frozenset("paper manual handwritten printed old legacy".split())


# Mager: the discrepancy names the performance, stated positively ("keep missing deadlines" -> meet them)
_SYMPTOM_VERBS = {"miss": "check", "skip": "complete", "forget": "complete", "ignore": "follow", "break": "follow", "lose": "keep track of"}


def _positive(verb: str, obj: str) -> str:
    v = verb.lower()
    if v == "miss" and re.search(r"\b(deadlines?|targets?|slas?|dates?|cut-?offs?)\b", obj, re.I):
        return "meet"
    if v in _SYMPTOM_VERBS:
        return _SYMPTOM_VERBS[v]
    if v.startswith("mis") and can_be_verb(v[3:]):
        return v[3:]  # "mislabel samples" -> "label samples"
    return verb


def _in_verb_slot(frame: ProblemFrame, verb: str) -> bool:
    """``verb`` (a word that is also a noun: "pull", "fog", "key") stands where the learners' clause puts its verb:
    right after the learners as subject, with at most an auxiliary or an adverb between ("our 5 residential appraisers
    keep pulling comparables"); the position decides the part of speech (h18goal)."""
    from planner.generators.output_goal import _forms, _learner_rx
    from planner.text.inflect import verb_forms

    forms = _forms(frame)
    if not forms or not can_be_verb(verb):
        return False
    vf = "|".join(map(re.escape, sorted(set(verb_forms(verb)) | {verb}, key=len, reverse=True)))
    return bool(re.search(rf"\b{_learner_rx(forms)}\s+(?:(?:keep|keeps|kept|still|often|always|usually|sometimes|regularly|routinely|are|is|were|was|will|all)\s+){{0,2}}(?:{vf})\b",
                          frame.text, re.I))


def _plausible_task(frame: ProblemFrame, verb: str) -> bool:
    """The task is the learners' own action: a work verb (O*NET list, or a word that is only a verb), not the
    work being automated away ("robots will replace ..."), not another role's action ("the listing officer had to correct")."""
    from planner.extract.intervention import RESKILLING
    from planner.extract.context import ROLE_HEADS
    from planner.text.inflect import VERBS, verb_forms

    first = verb.split()[0].lower()
    if first not in VERBS and (not can_be_verb(first) or can_be_noun(first)) and not _in_verb_slot(frame, first):
        return False
    forms = verb_forms(first)
    for rx in RESKILLING:
        for m in rx.finditer(frame.text):
            if any(re.search(rf"\b{re.escape(f)}\b", m.group(0), re.I) for f in forms):
                return False
    role_head = (frame.audience_role or "").split()[-1:] or [""]
    for sent in re.split(r"(?<=[.!?;])\s+", frame.text):
        m = re.search(r"\b(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")\b", sent, re.I)
        if not m:
            continue
        before = re.split(r"[,:]|\band\b|\bbut\b|\bso\b", sent[: m.start()])[-1].lower().split()
        heads = [w for w in before if w in ROLE_HEADS and not w.startswith(role_head[0][:5])]
        if heads and not any(w in ("they", "we", "our", "their") or w.startswith(role_head[0][:5]) for w in before):
            return False
        return True
    return True


_MANNER = re.compile(r"\b(?:in a (?:hurry|rush)|in haste|from memory|after the fact|at the last minute|by hand|on paper|on the fly|days later|too late)\b.*$", re.I)
_PARTICLES = frozenset("over out up in off back down on through".split())
_PREP = frozenset("for in on at with using during into across via from by before after against to".split())


_NOT_OBJECT = frozenset("what who whom which how why when where whether it them this that these those something anything "
                        "everything nothing stuff things".split())


def _plain_act(verb: Optional[str], obj: str) -> Optional[tuple[str, str]]:
    """'double-book' + 'the big tables' -> ('book', ' without double-booking them'): the performance is the plain act,
    without the fault (Mager: the performance wanted; h20goal); None for any other verb."""
    prefixed = verb and re.match(r"(?:double|over|under)-([a-z]+)$", verb.lower())
    if not (prefixed and can_be_verb(prefixed.group(1))):
        return None
    from planner.text.inflect import gerund

    return prefixed.group(1), f" without {gerund(verb.lower())} {'them' if obj.split()[-1].lower().endswith('s') else 'it'}"


def _verb_object(frame: ProblemFrame) -> tuple[Optional[str], Optional[str], str]:
    """(verb phrase, object noun phrase, qualifier) as whole constituents; Nones when the parse is not clean.

    "hand" + "over dashboards" -> ("hand over", "dashboards"); "log" + "sample results in the LIMS" ->
    ("log", "sample results", " in the LIMS"); "complete" + "weekly stock count" -> "the weekly stock count"
    when the text writes it with its article.
    """
    verb, obj = frame.task_verb, frame.task_object
    if not obj:
        return verb, None, ""
    plain = _plain_act(verb, obj)
    verb, fault = plain if plain else (verb, "")
    if verb:
        verb = _positive(verb, obj)
        if not _plausible_task(frame, verb):
            return None, None, ""
    words = obj.split()
    if verb and len(words) > 2 and words[0].lower() in ("and", "or") and can_be_verb(words[1].lower()) \
            and words[2].lower() in ("the", "a", "an", "their", "our", "each", "every", "all"):
        verb, words = f"{verb} {words[0].lower()} {words[1].lower()}", words[2:]  # "run" + "and check the R pipeline" (h20goal)
    if verb and words and words[0].lower() in _PARTICLES and len(words) > 1:
        verb, words = f"{verb} {words[0].lower()}", words[1:]
    if "new_system" in frame.triggers:
        words = [w for w in words if w.lower() not in _MEDIUM_ADJ] or words
    np, rest = None, []
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n])
        if whole_np(cand):
            np, rest = cand, words[n:]
            break
    if np is None or np.split()[-1].lower() in _NOT_OBJECT:
        return verb, None, ""  # "guess what the client approved": a clause, not an object (h18goal)
    if object_fault(verb, np, frame.text, " ".join(rest) + (frame.task or "").split(frame.task_object or "\0", 1)[-1]
                    if frame.task_object and frame.task and frame.task_object in frame.task else " ".join(rest)):
        return None, None, ""  # "Plan anything", "Report half empty", "Complete the GPS": no piece of work (h20goal)
    head = np.split()[-1]
    if np.split()[0].lower() not in ("the", "a", "an", "their", "our", "each", "every") and not head.lower().endswith("s"):
        m = re.search(rf"\b(the|a|an|their|our)\s+{re.escape(np)}\b", frame.text, re.I)
        if m:
            np = f"{'the' if m.group(1).lower() in ('their', 'our') else m.group(1).lower()} {np}"
    tail = " ".join(rest)
    if frame.task and frame.task_object and frame.task_object in frame.task:
        tail = (tail + " " + frame.task.split(frame.task_object, 1)[1]).strip()
    qual = ""
    if tail and tail.split()[-1].lower() in _PREP | _PARTICLES:  # "bump tickets off": the phrase goes on in the text (h20goal)
        more = re.search(rf"\b{re.escape(np.split()[-1])}\s+{re.escape(tail)}\s+(?P<m>[^,;.!?]+)", frame.text, re.I)
        if more:
            tail = f"{tail} {more.group('m').strip()}"
    tail = _MANNER.sub("", tail).strip()  # "in a hurry", "from memory", "on paper": how it goes wrong, not where
    # "from outside the one-mile radius": the fault is the boundary crossed; the performance stays within it (Mager:
    # state the performance wanted; behaviour._shape_tail does the same for the behaviour clauses) (h18goal)
    tail = re.sub(r"^(from\s+|to\s+)?(?:outside|beyond)\s+(?=(?:the|their|our)\s)", lambda m: (m.group(1) or "") + "within ", tail, flags=re.I)
    # "publish Looker dashboards with stale filters": the fault inside the condition, turned (Mager) (h20goal)
    tail = re.sub(r"^(with|off|from|against|to|on|using)\s+(?:the\s+)?(?:stale|outdated|out-of-date|old)\s+", r"\1 the current ", tail, flags=re.I)
    tail = re.sub(r"^with\s+(?:the\s+)?(?:wrong|incorrect|bad)\s+", "with the correct ", tail, flags=re.I)
    tw = tail.split()
    if len(tw) >= 2 and tw[0].lower() in _PREP and can_be_noun(tw[-1]) and tw[-1].lower() not in ("them", "it") \
            and (whole_np(" ".join(tw[1:])) or tw[1].lower() == "within" and whole_np(" ".join(tw[2:]))) and not re.search(r"\d", tail):
        qual = " " + tail
    elif len(tw) >= 3 and tw[0].lower() in _PREP | {"off", "onto"} and not re.search(r"\d", tail):
        # the first whole phrase of a longer tail ("off the KDS before the plate's actually up"), then a fault of timing
        # turned (Mager: the condition wanted): "before the plate's up" -> "only once the plate is up" (h20goal)
        end = next((k for k in range(2, len(tw)) if tw[k].lower() in _PREP | {"and", "but", "so", "when", "because"}), len(tw))
        first_pp = " ".join(tw[:end])
        if whole_np(" ".join(tw[1:end])):
            qual = " " + first_pp
            when = re.match(r"before\s+(?P<x>(?:the|their|a)\s+[a-z][\w-]*)(?:'s|\s+is|\s+are)\s+(?:actually\s+|really\s+)?(?P<s>up|ready|done|finished|cooked|checked|signed)\b",
                            " ".join(tw[end:]), re.I)
            if when:
                qual += f" only once {when.group('x')} is {when.group('s')}"
    return verb, np, qual + fault


def _output_items(frame: ProblemFrame, obj: Optional[str], text_fallback: bool = True) -> Optional[str]:
    """What reviewers and learners handle, as a plural noun phrase ("handover notes"), or None."""
    from planner.extract.task import OUTPUT_NOUNS

    if obj:
        bare = re.sub(r"^(?:the|a|an|their|our|each|every|all)\s+", "", obj, flags=re.I)
        head = bare.split()[-1]
        if head.lower().endswith("s") and can_be_noun(head) and not head.isupper():
            return bare
        if OUTPUT_NOUNS.search(bare) and whole_np(plural(bare)):
            return plural(bare)
    if not text_fallback:  # the behaviour names its own object: an output noun elsewhere in the text is not it
        return None
    for m in OUTPUT_NOUNS.finditer(frame.text):
        before = frame.text[: m.start()].split()[-1:] or [""]
        after = frame.text[m.end():].split()[:1] or [""]
        if re.match(r"^[A-Z]{2,}", before[0]) or (after[0].isalpha() and after[0].islower() and can_be_noun(after[0])
                                                   and not can_be_verb(after[0]) and after[0] not in ("and", "or")):
            continue  # "before the CQC visit", "the online records system": a modifier or an event, not the team's output
        if re.search(r"\b(?:manage|managing|manages|have|has|line[- ]manage|direct)\s+(?:\w+\s+)?$", frame.text[: m.start()], re.I) \
                and m.group(1).lower() == "reports":
            continue  # "I manage 7 reports": the people who report to the manager, not an output (h15goal)
        noun = m.group(1).lower()
        return noun if noun.endswith("s") else plural(noun)
    return None


_CONSUMER_LEAD = re.compile(r"^(?:the|a|an|our|their)\s+", re.I)


def _consumer_np(frame: ProblemFrame) -> Optional[str]:
    if not frame.consumer:
        return None
    from planner.extract.context import with_article

    c = _CONSUMER_LEAD.sub("", frame.consumer)
    pl = plural(c)
    if re.search(rf"\b{re.escape(pl)}\b", frame.text, re.I) and pl != c:
        return f"the {pl}"
    return with_article(c)


_QUESTIONS_RX = re.compile(r"\b(questions?|follow-?ups?|come back|coming back|chas\w+|back-and-forth|clarif\w+)\b", re.I)
_SOURCE = re.compile(r"\b((?:the|our|a|last)\s+(?:[a-z]+\s+){0,2}?(?:audit|inspection|qa review|quality review|review|survey|ticket tags|sample|report))\b(?=\s+(?:found|showed|shows|flagged|says|counted|of)\b)", re.I)


def _data_source(frame: ProblemFrame, system: Optional[str], pack: Optional[P.OutputPattern] = None) -> str:
    """Where the figure is read: the source the text names ("the ward audit found"), else the pack's source when
    its domain is named, else the system the text names, else a weekly sample against the checklist."""
    m = _SOURCE.search(frame.text)
    if m:
        src = re.sub(r"^(?:a|our|last)\s+", "the ", m.group(1), flags=re.I)
        return f"{src}, repeated on the same sample size"
    if pack is not None:  # chosen by the learners' role and output (patterns.output_pattern)
        return pack.data_source
    if system:
        return f"records in {system}, plus a weekly sample checked against the checklist"
    return "a weekly sample of the work checked against the checklist"


# --- the goal ----------------------------------------------------------------------------------------------

_HANDLED = re.compile(r"\b(calls?|demos?|visits?|deliveries|shipments?|tickets?|orders?|cases?|applications?|claims?|requests?)$", re.I)
_WRITTEN = re.compile(r"\b(notes?|reports?|emails?|replies|responses|updates?|minutes|summaries|letters?|records?|forms?|charts?|documentation|proposals?|quotes?|estimates?|forecasts?)$", re.I)


def _output_verb(items: str) -> str:
    """The verb a manager uses for the output: calls and cases are handled, notes and reports written."""
    if _HANDLED.search(items):
        return "Handle"
    if _WRITTEN.search(items):
        return "Write"
    return "Produce"


def _possessive(np: str) -> str:
    return np + "'" if np.endswith("s") else np + "'s"


def _as_phrase(target: str) -> str:
    """" as a logistics coordinator" / " in the new role in UX design"."""
    return f" as {target}" if target.startswith(("a ", "an ")) else " in " + re.sub(r"^the new role in\s+", "", target)


def _valid_goal(goal: str, kind: str, whose: str = "the team's") -> str:
    """The goal if the plan contract accepts it (Mager: an observable performance), else what is known, marked."""
    from planner.rules import vague_goal_problem

    if not vague_goal_problem(goal):
        return goal
    if kind == "reskilling":
        return "Carry out the core tasks of the new role on real work, to the standard someone already in that role would accept"
    return G.role_goal(whose)


def _first_task(text: str):
    """The newcomers' first real work: the text's "they will ..." sentence, else another frame naming it (h15goal);
    never a verb and object that name no piece of work ("check the first twenty claims") (h20goal)."""
    from planner.extract.new_work import first_task
    from planner.generators.role_change import first_real_task
    return next((f for f in (first_real_task(text), first_task(text)) if f and not object_fault(f[0], f[1], text, f[2])), None)


def _practice_task(text: str):
    """The first task to practise on real cases: the text's "they will ..." sentence, else another frame's task only
    where it names a countable output ("export shipments"), so there are real cases of it (h15goal)."""
    from planner.generators.role_change import first_real_task

    first = first_real_task(text)
    if first and not object_fault(first[0], first[1], text, first[2]):
        return first
    first = _first_task(text)
    return first if _first_work(first) else None


def _first_work(first) -> Optional[str]:
    """"export shipments in CargoWise": the object of the newcomers' first task, for real cases of it (h15goal)."""
    if not first or not first[1] or first[0] in ("work", "use") or first[1].split()[0].lower() in ("in", "on", "at", "with", "into"):
        return None
    bare = re.sub(r"^(?:the|a|an|their|our)\s+", "", first[1], flags=re.I)
    head = re.split(r"\s+(?:in|on|for|at|from|with|into)\s+", bare)[0].split()[-1]
    return bare if head.endswith("s") and not head.endswith("ss") else None  # "real export shipments", never "real route"


def _sentence_with(text: str, phrase: str) -> str:
    for s in re.split(r"(?<=[.!?;])\s+|\n+", text):
        if phrase.lower() in s.lower():
            return s
    return ""


def _goal(frame: ProblemFrame, kind: str, verb: Optional[str], obj: Optional[str], qual: str, items: Optional[str],
          target_role: Optional[str], system: Optional[str], consumer: Optional[str], items_text: tuple[str, ...] = (),
          reviewer: str = "reviewer", whose: str = "the team's", rc=None) -> str:
    """The goal from the text's verb and object (Mager: performance, conditions, and the criterion the text gives:
    ``items_text``), else what is known (the output, the role), marked as to confirm; never a universal tail."""
    items_text = list(items_text)
    step = (consumer_step(frame.text, frame.consumer) or G.blocked_step(frame.text, frame.consumer)) if consumer and frame.consumer else None
    if step and (not can_be_verb(step.split()[0]) or len(step.split()) > 6):
        step = None
    questions = " without follow-up questions" if _QUESTIONS_RX.search(frame.text) else ""
    in_new_role = bool(target_role and verb and obj and re.search(
        rf"\b(?:would|will|could|to)\b[^.;]*\b{re.escape(verb.split()[0])}", _sentence_with(frame.text, obj), re.I))
    if kind == "reskilling":
        nv, nobj = _new_role_task(frame.text)
        if nv and nobj:
            verb, obj, qual, in_new_role = nv, nobj, "", True
    if kind == "reskilling" and rc is not None and (not in_new_role or not (consumer and verb and obj)):
        from planner.generators.role_change import goal as change_goal  # the target as written, its work, its mentor

        from planner.rules import vague_goal_problem

        g = change_goal(rc, (verb.lower(), obj) if in_new_role and verb and obj else None)
        return change_goal(rc, None) if vague_goal_problem(g) else g
    if kind == "reskilling" and target_role and not in_new_role:
        return f"Carry out the core tasks of {target_role} on real work, to the standard someone already in that role would accept"
    if verb and obj:
        goal = f"{_cap(verb.lower())} {obj}{qual}"
        if system and "new_system" in frame.triggers and system.lower() not in goal.lower():
            goal += f" in {system}"
        if in_new_role and target_role:
            goal += _as_phrase(target_role)
        goal += G.plain_tail(goal, obj, consumer, step, items_text, bool(questions))
        from planner.rules import vague_goal_problem

        if vague_goal_problem(goal):
            goal = G.to_confirm(goal, reviewer)
        return gated(goal, gated(G.to_confirm(f"{_cap(verb.lower())} {obj}", reviewer), G.role_goal(whose)))
    if kind == "onboarding" and frame.audience_role:
        return gated(f"Do the everyday work of {_a(frame.audience_role)} without help, to the standard the team expects",
                     "Do the everyday work of the role without help, to the standard the team expects")
    if kind == "reskilling":
        return "Carry out the core tasks of the new role on real work, to the standard someone already in that role would accept"
    from planner.extract.task import OUTPUT_NOUNS

    if frame.task_object and not frame.task_verb and not OUTPUT_NOUNS.fullmatch(frame.task_object) \
            and not OUTPUT_NOUNS.fullmatch(frame.task_object.split()[-1]):  # "call notes": an output, by its head (h15goal)  # a named skill from a survey ("CRM automation")
        who = f" for {consumer}" if consumer else ""
        return gated(f"Apply {frame.task_object} in the daily work{who}, to an agreed standard checked by a reviewer",
                     "Apply the skill the survey names in the daily work, to an agreed standard checked by a reviewer")
    if items and not re.search(r"\b(audits?|inspections?|reviews?)$", items):  # done to the team, not their output
        who = f" for {consumer}" if consumer else ""
        crit = G.item_clause(items_text)
        return gated(f"{_output_verb(items)} {items}{who}{crit}" if crit else G.to_confirm(f"{_output_verb(items)} {items}{who}", reviewer),
                     G.role_goal(whose))
    return G.role_goal(whose)


# --- the gap, the standard -----------------------------------------------------------------------------------

_LACKS = re.compile(
    r"\b(?:leaves? out|leaving out|left out|omits?|omitted|omitting|without|missing|misses|missed|lacks?|lacking|no|wrong|incorrect)\s+"
    r"((?:the|a|an|any|their|its)\s+)?([a-z][a-z0-9 -]{2,50}?)(?=[.,;:!?)]|\s+(?:and|but|so|in|on|at|for|when|because|which|that|was|were|is|are|get|gets|from|after|before|with)\b|$)",
    re.I,
)


def _missing_items(text: str) -> list[str]:
    """What the text says the work leaves out ("the invoice number or the disputed amount"), as whole noun phrases."""
    out: list[str] = []
    for m in _LACKS.finditer(text):
        verb = m.group(0).split()[0].lower()
        np = ((m.group(1) or "") + m.group(2)).strip()
        first = np.split()[0].lower()
        if first.endswith("ing") and can_be_verb(first):
            continue
        if not whole_np(np) or re.search(r"\d", np) or first in ("each", "every", "this", "last", "per", "most", "some", "all"):
            continue  # "wrong each month": when, not what
        if verb in ("wrong", "incorrect"):
            np = "the correct " + re.sub(r"^(?:the|a|an|any|their|its)\s+", "", np)
        elif verb not in ("no",) and re.search(r"\s+or\s+", np):
            # "leaves out the invoice number or the disputed amount": leaving out either is the fault, so the standard
            # is both (the text's items, joined as a checklist joins them)
            np = re.sub(r"\s+or\s+", " and ", np)
        elif verb == "no":
            bare = re.sub(r"^(?:the|a|an|any|their|its)\s+", "", np)
            np = bare if bare.split()[-1].endswith("s") else _a(bare)
        if np.lower() not in (o.lower() for o in out):
            out.append(np)
        more = _AND_NP.match(text[m.end():])  # "leave out skip hire and scaffolding": each item of the list (round 10)
        if more and verb not in ("wrong", "incorrect", "no") and whole_np(more.group(1).strip()) \
                and more.group(1).split()[0].lower() not in _NOT_NP_START and more.group(1).strip().lower() not in (o.lower() for o in out):
            out.append(more.group(1).strip())
    for item in _must_say(text):  # "have to say which axle", "never quote the condition the trader failed" (round 10)
        if item.lower() not in (o.lower() for o in out):
            out.append(item)
    return out[:3]


_NOT_NP_START = frozenset("nobody noone someone everyone anyone none they we it he she i you this that there then".split())
_AND_NP = re.compile(r"\s+(?:and|or)\s+((?:the\s+|a\s+|an\s+)?[a-z][a-z -]{2,30}?)(?=[.,;:!?)]|\s+(?:so|but|because|which|that|and|when)\b|$)", re.I)


# what the text says the work must say or include, or never says: the standard's own items (Mager's criterion from
# the text; issue 12: the standard comes from the text's own items, never another field's checklist)
_MUST_SAY = re.compile(
    r"\b(?:(?:has|have|need|needs|must|should|are supposed|is supposed|ought)\s+to|never|don'?t|doesn'?t|do not|does not|fail to|fails to)\s+"
    r"(?:say|show|include|give|state|list|quote|name|mention|record|note)\s+(?P<x>[^.;:!?()]+)", re.I)
_MUST_END = re.compile(r",.*$|\s+(?:so|because|but|and then|which means|before|when|until|or else)\b.*$", re.I)


def _must_say(text: str) -> list[str]:
    from planner.generators.gate import problems as _problems

    out: list[str] = []
    for m in _MUST_SAY.finditer(text):
        x = _MUST_END.sub("", m.group("x").strip()).strip()
        for piece in re.split(r"\s+(?:and|or)\s+(?=(?:which|what|who|when|where|why|how|the|a|an)\b)", x):
            piece = piece.strip()
            wh = re.match(r"(?:which|what|who|when|where|why|how)\b", piece, re.I)
            if 2 <= len(piece.split()) <= 8 and not re.search(r"\d", piece) and (wh or whole_np(piece) or re.match(r"(?:the|a|an)\s", piece, re.I)) \
                    and not _problems(piece, phrase=True):
                out.append(piece)
    return out


_GREETING = re.compile(r"^(?:hi|hello|hey|dear \w+|so|ok|okay)\b[\s,!.:-]*", re.I)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?;])\s+|\n+", text) if s.strip()]


def _gap(frame: ProblemFrame, baseline: Optional[NumberFact], behaviour=None) -> str:
    """What goes wrong today, in the text's own sentences (quoted whole, never sliced): the sentence with the
    baseline number first kept, the impact-only sentence and the wish ("we'd like ...") left to their own fields.
    When the text names the learners' behaviour, its sentence is the gap, with the baseline's sentence; a question
    ("Is that realistic in 6 months?") is never a statement of the gap (issue 12, C)."""
    if behaviour is not None and behaviour.clause and behaviour.kind not in ("wish", "must", "need"):
        # a wish or a requirement ("wants them to ...", "must pass ...") is the goal, not what goes wrong today
        sents = [s for s in _sentences(frame.text) if not s.endswith("?")]
        key = behaviour.clause[:40].lower()
        first = next((s for s in sents if key in s.lower()), None)
        if first:
            keep = [first]
            if baseline is not None and baseline.text not in first:
                keep += [s for s in sents if baseline.text in s and s not in keep][:1]
            out = " ".join(_cap(_GREETING.sub("", k).strip()) for k in keep)
            out = out if out.endswith((".", "!")) else out.rstrip(";:, ") + "."
            if len(out) <= 400:
                return out
    impact = (frame.impact or "").strip().rstrip(".;:,! ")
    wants = re.compile(r"\b(we'?d like|we want|want (?:it|that|this)|target|goal|aim)\b", re.I)
    sents = []
    for s in frame.symptoms:
        t = _GREETING.sub("", s.text.strip()).rstrip(".;:,! ").strip()
        if not t or s.text.strip().endswith("?"):
            continue
        has_base = bool(baseline and baseline.text in t)
        if not has_base and (wants.search(t) or (impact and t == impact and len(frame.symptoms) > 1)):
            continue
        sents.append((has_base, _cap(t)))
    if not sents:  # no sentence reads as a symptom: the ones that carry the text's own figures
        for n in frame.numbers:
            if n.role != "headcount" and n.context and n.unit not in (None,) and _cap(n.context.strip()) not in [t for _, t in sents]:
                sents.append((baseline is n, _cap(_GREETING.sub("", n.context.strip()).rstrip(".;:,! "))))
    if baseline and not any(h for h, _ in sents) and baseline.context:
        sents.append((True, _cap(_GREETING.sub("", baseline.context.strip()).rstrip(".;:,! "))))
    if not sents:
        return ""
    keep = [t for h, t in sents if h][:1]
    keep += [t for h, t in sents if t not in keep][: 3 - len(keep)]
    keep.sort(key=lambda t: frame.text.find(t[1:]) if frame.text.find(t[1:]) >= 0 else 9999)
    out = ". ".join(keep) + "."
    return out if len(out) <= 400 else clip(". ".join(t for t in keep if t in [x for h, x in sents if h]) + ".", 400)


_NOT_YET = re.compile(r"\b(?:never|no experience|not yet|haven't|have not|hasn't|has not|can't yet|cannot yet|don't know|do not know|no idea)\b", re.I)


def _has_name(sentence: str) -> bool:
    """A capitalised word that is not an English word (a person's or place's name: "Priya", "Sam"): such a sentence is
    not quoted into a plan's own fields (names are the manager's, not the plan's)."""
    from planner.concreteness import tagger as T

    for w in re.findall(r"\b[A-Z][a-z]{2,}\b", sentence):
        if not T.is_word(w.lower()) and T.zipf(w.lower()) < 3.0:
            return True
    return False


def _change_gap(frame: ProblemFrame, kind: str, who: str, target_role: Optional[str], cue: Cues) -> str:
    """For people moving into a role or new to one, the gap is the work they have not done yet: the text's own
    sentences about it (the "never"/"not yet" sentence, else the sentence with the cue), quoted whole, then a sentence
    true for anyone in that position; never "the text does not say what goes wrong" (issue 12, C)."""
    if kind not in ("reskilling", "onboarding"):
        return ""
    sents = [s for s in _sentences(frame.text) if not s.endswith("?") and not _has_name(s)]
    said = [s for s in sents if _NOT_YET.search(s)][:2]
    cues = (cue.reskilling if kind == "reskilling" else cue.onboarding) or ()
    if not said:
        said = [s for s in sents if any(c.lower() in s.lower() for c in cues)][:1]
    if not said:
        return ""
    quoted = " ".join(_cap(_GREETING.sub("", s).strip()) for s in said)
    quoted = quoted if quoted.endswith((".", "!")) else quoted.rstrip(";:, ") + "."
    if kind == "reskilling":
        tail = f"The {who} {'has' if frame.headcount == 1 or not who.endswith('s') else 'have'} not yet done the work of {_role_label(target_role) if target_role else 'the new role'} on real cases."
    else:
        tail = f"The {who} {'has' if frame.headcount == 1 or not who.endswith('s') else 'have'} not yet done this work here on their own."
    out = gated(f"{quoted} {tail}", "", phrase=True) if len(quoted) < 330 else ""
    return out


_SO_CLAUSE = re.compile(r",?\s+(?:so|which means|meaning)\s+((?:the|our|their)\s+(?:[a-z-]+\s+){0,3}?(?:is|are|was|were|has|have|had|can't|cannot|"
                        r"can not|gets?|got|ends? up|must|spends?|waits?|loses?)\b[^.;!?]{3,120})", re.I)


def _impact_clause(frame: ProblemFrame, gap: str, baseline: Optional[NumberFact]) -> Optional[str]:
    """The effect on the work, in the text's words, not a repeat of the gap: when the impact sentence is also the
    gap, the clause of it that names the effect ("each incomplete note adds about two days to the refund")."""
    from planner.extract.signals import IMPACT

    imp = (frame.impact or "").strip()
    if not imp:
        # the text's own consequence clause ("..., so the dentist is working from old numbers at the next check-up")
        m = _SO_CLAUSE.search(frame.text)
        if m and not problems_any(_cap(m.group(1)) + "."):
            return _cap(m.group(1).strip()) + "."
        return None
    if imp.rstrip(".;:,! ").lower() not in gap.lower():
        return _cap(re.sub(r"^(?:and\s+)?(?:then|so|which means|meaning)\s+", "", imp, flags=re.I))
    cat = frame.impact_category or "quality"
    parts = [p.strip(" ,;:.") for p in re.split(r"[;:]|,\s*(?:and|so|which)\s+|\s+(?:and|so that|so)\s+(?=[a-z]+\s)", imp) if p.strip(" ,;:.")]
    learners = [w for w in _learner_forms(frame) if w]
    for p in parts:
        if baseline and baseline.text in p and (baseline.unit == "%" or any(re.search(rf"\b{re.escape(w)}\b", p, re.I) for w in learners)
                                                or not baseline.per):
            continue  # the rate of the gap, or the learners' own clause: the gap, not its effect
        if any(re.search(rf"\b{re.escape(w)}\b", p, re.I) for w in learners):
            continue
        if can_be_verb(p.split()[0]) and p.split()[0].lower() not in ("the", "a", "an", "our", "each", "every", "about"):
            continue  # "get sent back to the van ...": a clause without its subject is the learners' own, the gap
        if IMPACT[cat].search(p) or any(IMPACT[c].search(p) for c in ("cost", "speed", "customer", "compliance")):
            p = re.sub(r"^(?:and\s+)?(?:then|so|which means|meaning)\s+", "", p, flags=re.I)
            if len(p.split()) >= 4 and not problems_any(p):
                return _cap(p) + "."
    return None


def problems_any(text: str) -> bool:
    from planner.generators.gate import problems

    return bool(problems(text))


# --- the success signal -------------------------------------------------------------------------------------

_PEOPLE_OR_PLACES = frozenset(
    """
    people person staff agents agent nurses nurse stores store sites site clinics clinic branches branch wards ward shifts
    shift teams team members member employees employee workers worker hires reps managers clerks technicians pickers
    drivers cooks engineers developers analysts operators associates advisors specialists coordinators offices office
    will since ago years year per last this next more less other new
    """.split()
)
_ERRORS = re.compile(r"\b(off by|roll over|rolls over|runs over|overrun\w*|times the normal|error|errors|mistake|mistakes|wrong|missing|missed|miss|misses|without|omit\w*|leaves? out|rejected|reject\w*|sent back|bounced|defect\w*|incomplete|incorrect|mislabel\w*|complain\w*|rolled back|incidents?|returns?|breaks?|late|no )", re.I)
_HIGHER_BETTER = re.compile(r"\b(csat|nps|satisfaction|score|rating|accuracy|on[- ]time|first[- ]time|conversion|retention|completion rate|quality score|have a next step|recorded)\b", re.I)
_TARGET_ANY = re.compile(
    r"\b(?:want|wants|wanted|target|goal|aim|need|needs|like)\b[^.;]{0,40}?\b(?:down to|up to|under|below|to|at|of|is|within|above|over)\s+"
    r"((?:about |around |roughly |under |below |less than |fewer than )?(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*(?:%|percent|[a-z]+))",
    re.I,
)


def singular_word(w: str) -> str:
    from planner.text.inflect import singular

    return singular(w.lower())


def _usable_baseline(frame: ProblemFrame) -> Optional[NumberFact]:
    """The text's baseline if it counts something a success signal can measure; never a count of people or places."""
    b = frame.baseline
    if b is None:
        return None
    if b.unit and b.unit != "%" and (b.unit.split()[-1].lower() in _PEOPLE_OR_PLACES or not can_be_noun(b.unit.split()[-1])):
        return None
    if b.role == "headcount" or (frame.headcount and b.value == frame.headcount and b.unit != "%"):
        return None
    if b.unit and frame.audience_role and singular_word(b.unit.split()[-1]) == singular_word(frame.audience_role.split()[-1]):
        return None  # "3 new bookkeepers": the people, not a figure of their work
    return b


def _counted(b: NumberFact) -> Optional[str]:
    """What a rate counts, from the words right after it: "1 in 5 handovers", "40% of escalations"."""
    ctx = b.context or ""
    i = ctx.find(b.text)
    if i < 0:
        return None
    after = ctx[i + len(b.text):]
    # "About a third of last month's sheets": the time's possessive is not what is counted (h18sig)
    m = re.match(r"\s+(?:of\s+(?:the\s+|our\s+|all\s+)?(?:(?:last|this|past)\s+(?:week|month|quarter|year)(?:'s|’s)\s+)?)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)", after, re.I)
    if not m:
        return None
    words = m.group(1).split()
    nxt = after[m.end():].split()[:1]
    if len(words) > 1 and words[0].lower().endswith("s") and can_be_noun(words[0]) and words[1].lower().endswith("s") \
            and can_be_verb(words[1].lower()) and words[0].lower() not in _PEOPLE_OR_PLACES:
        return words[0].lower()  # "1 in 10 refunds breaks the new rules": the noun, then its verb
    if words and not re.match(r"\s+of\s", after) and can_be_verb(words[0]) and (len(words) > 1 and words[1].lower() in ("the", "a", "an", "their", "its", "to")
                                            or nxt and nxt[0].lower() in ("the", "a", "an", "their", "its")):
        return None  # "1 in 5 misses the pending actions": a verb, not what is counted
    for n in range(1, len(words) + 1):
        cand = " ".join(words[:n])
        if cand.split()[-1].endswith("s") and whole_np(cand) and cand.split()[-1].lower() not in _PEOPLE_OR_PLACES \
                and cand.split()[-1].lower() not in ("versus", "plus", "minus", "thus", "less"):
            return cand.lower()
    return None


_MEASURE = re.compile(r"(?:^|[,;]\s*|\band\s+|\bour\s+|\bthe\s+)((?:[A-Z]{2,}|[a-z]+ (?:score|rating|rate))(?:\s+(?:on|for)\s+[a-z]+)?)\s+(?:has\s+|have\s+)?(?:dropped|fell|went down|declined|slipped|is down|was down)\b")


def _what_happens(b: NumberFact, counted: str) -> Optional[str]:
    """The verb phrase the text writes after "40% of escalations": "miss the invoice number", "get posted with the
    wrong cost centre"; a whole clause up to its end, or None."""
    ctx = b.context or ""
    i = ctx.find(b.text)
    if i < 0:
        return None
    # the words between the counted noun and its verb are skipped: a time ("this year"), the manager's own sample ("I
    # pulled last month"), a reduced relative ("made by newer collectors"), which the metric keeps after the noun
    m = re.match(r"\s+(?:of\s+(?:the\s+|our\s+|all\s+|their\s+)?)?(?:\d[\d,]*\s+)?" + re.escape(counted)
                 + r"(?P<mod>\s+(?:(?:this|last)\s+(?:year|month|quarter|week)|since\s+\w+|(?:that\s+)?(?:I|we)\s+(?:pulled|checked|audited|reviewed|sampled|counted|looked at)"
                 r"(?:\s+(?:last|this)\s+(?:week|month|quarter|year))?|[a-z]+\s+by\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s))?\s+([^,;.:!?]+)", ctx[i + len(b.text):], re.I)
    if not m:
        return None
    vp = re.sub(r"\s+(?:now|today|these days|at the moment)$", "", re.split(r"\s+(?:and|but|so|because|which|while)\s+", m.group(m.lastindex))[0].strip())
    words = vp.split()
    if not (2 <= len(words) <= 10) or re.search(r"\d", vp) or not can_be_verb(words[0]) or words[0].lower() in ("of", "in", "on", "at"):
        return None
    from planner.extract.phrases import base_verb

    first = words[0].lower()
    if first.endswith("s") and first not in ("is", "was", "has", "does") and base_verb(first) != first:
        vp = " ".join([base_verb(first)] + words[1:])  # "share of refunds that break the new rules"
    elif first in ("is", "was", "has", "does"):
        vp = " ".join([{"is": "are", "was": "were", "has": "have", "does": "do"}[first]] + words[1:])
    return vp if not problems_any(f"They {vp}.") else None


_PERIOD = re.compile(r"\s+(in (?:January|February|March|April|May|June|July|August|September|October|November|December|the last \w+)|"
                     r"last (?:month|week|quarter|year)|(?:a|per|each|every) (?:day|week|month|shift|quarter|year))\b")


def _with_period(b: NumberFact) -> str:
    """"27 samples" -> "27 samples in October" when the text says when it was counted."""
    ctx = b.context or ""
    i = ctx.find(b.text)
    m = _PERIOD.match(ctx[i + len(b.text):]) if i >= 0 else None
    text = f"{b.text} {m.group(1)}" if m else b.text
    from planner.extract.sample_share import ONE_IN

    if not re.search(r"\d", text) and b.value is not None and not ONE_IN.fullmatch(b.text):  # "about half" -> "about half (50%)"; "one room in six" stays as written
        if b.unit == "%":
            text += f" ({_fmt(b.value)}%)"
        else:  # "three pull requests" -> "3 pull requests"
            from planner.extract.numbers import WORD_VALUES

            text = re.sub(r"\b(" + "|".join(sorted(WORD_VALUES, key=len, reverse=True)) + r")\b", _fmt(b.value), text, count=1, flags=re.I)
    return text


def _signal(frame: ProblemFrame, items: Optional[str], source: str, owner: Optional[str], beh=None,
            who: str = "people in the team", system: Optional[str] = None, deadline=None) -> dict[str, Any]:
    from planner.generators import signal as S

    what = items or "work samples"
    behaviour = f"Every item of the performance standard is met in the weekly sample of {items or 'work'}"
    confirm = f"confirm with the {owner}" if owner else "confirm with the manager who set this goal"
    rated = frame.survey.top if frame.survey else None
    if rated:  # a survey group (its facts as data): the self-rating is the baseline, higher is better, the survey's target is the goal
        def r(x: float) -> str:  # one decimal, as the survey's own text writes it
            return f"{round(x, 1):g}"

        skill, mean, low, top = rated.skill, r(rated.mean), r(rated.scale_min), r(rated.scale_max)
        target = r(rated.target) if rated.target is not None else None
        return {"behaviour": f"{_cap(frame.task_object or what)} meets the performance standard in real work, checked by the reviewer",
                "metric": f"mean self-rating on {skill} ({low} to {top}), confirmed by the reviewer's sample of real work",
                "baseline": f"mean {mean} of {top}", "baseline_method": None,
                "target": f"the survey's target level, {target} of {top}" if target else f"a clear rise over the mean of {mean}, agreed with the feedback owner",
                "data_source": "a repeat of the same skills survey at the review date, plus the reviewer's sample"}
    base, tgt = _usable_baseline(frame), frame.target
    from planner.generators.impact_text import counts_the_consequence

    if counts_the_consequence(frame.text, base, _learner_forms(frame)):
        base = None  # "we failed two client audits because of it": the impact's count, not the behaviour's (h15sig)
    if base is None:  # "new account managers take 10 weeks to be productive; we want that down to 6 weeks"
        base = next((n for n in frame.numbers if n.role == "duration" and not re.search(r"\b(?:want|target|goal|aim|under|below|down to)\b[^.;]{0,25}$", (n.context or "")[: max(0, (n.context or "").find(n.text))], re.I)), None)
        if base is not None and not any(m.group(1).strip().lower().endswith(base.unit or "") for m in _TARGET_ANY.finditer(frame.text)):
            base = None
    if tgt is None and base is not None and base.unit:
        for m in _TARGET_ANY.finditer(frame.text):
            t = m.group(1).strip()
            unit = t.split()[-1].lower().rstrip(".")
            if (base.unit == "%" and "%" in t) or unit == base.unit.lower() and base.text not in t:
                tgt = NumberFact(text=t, unit=base.unit)
                break
    dl = deadline.text if deadline is not None else None
    found = S.signal_source(frame, base, system, owner)
    if base is not None and base.per:  # "about 3 a month get caught", "twice a week": the text's own frequency
        metric, baseline = S.frequency_metric(frame, base, who)
        src = found or f"a tally kept each {base.per} from now on, counted the way today's figure was"
        return {"behaviour": behaviour, "metric": clip(metric, 200), "baseline": clip(baseline, 200), "baseline_method": None,
                "target": clip(S.text_target(tgt, base, dl) if tgt is not None else S.frequency_proposal(base, confirm), 200),
                "target_is_proposal": tgt is None, "data_source": clip(src, 200)}
    if base is None:
        # no figure in the text: the behaviour's own output is counted, and how to measure it is said (never a checklist
        # share nobody keeps, never "a clear rise")
        from planner.generators import signal_metric as SM

        metric = S.output_metric(beh, items, system, owner) or SM.per_item_metric(beh) or (
            f"share of {what} that pass the {owner}'s check first time" if owner else f"share of {what} that need no rework")
        # the log or sheet the text names first; the named system's records only when it names none (h18sig)
        named = SM.record_source(frame.text) if not found or found.startswith("records in ") else None
        src = (named if named and len(named.split()) > 2 else None) or found or named or source
        how = S.measure_how(re.sub(r"^share of ", "", metric), system)
        if tgt is not None:
            target, proposal = S.text_target(tgt, None, dl), False
        else:
            target, proposal = SM.required_record_target(beh, confirm) or \
                f"proposed: halve the shortfall against the measured baseline by the review date; {confirm}", True
        return {"behaviour": behaviour, "metric": clip(metric, 200), "baseline": None,
                "baseline_method": clip(how[:1].upper() + how[1:], 400), "target": clip(target, 200),
                "target_is_proposal": proposal, "data_source": clip(src, 200)}
    from planner.extract.numbers import good_direction, share_counts  # what a figure counts: its noun, its good direction

    direction = good_direction(base)

    counted = (share_counts(base) or _counted(base)) if base.unit == "%" else None
    done_to = re.search(r"(?<![\w-])([a-z]+ed)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?" + re.escape(base.text), base.context or "", re.I)  # "double-booked" is no "booked" (h18sig)
    if base.unit == "%" and direction == "up" and counted and _what_happens(base, counted):
        metric = f"share of {counted} that {_what_happens(base, counted)}, counted the same way as today"  # "... that have a next step recorded"
    elif base.unit == "%" and direction == "up":  # "1 in 4 notes has the date": the share that already does it right
        metric = f"share of {counted or what} that meet the performance standard"
    elif base.unit == "%" and done_to and can_be_verb(done_to.group(1)[:-2] if done_to.group(1).endswith("ed") else done_to.group(1)) \
            and done_to.group(1).lower() not in ("reached", "needed", "wanted", "aimed", "targeted"):
        metric = f"share of {counted or what} {done_to.group(1).lower()}, counted the same way as today"  # "rejected 12% of joints"
    elif base.unit == "%" and counted and _what_happens(base, counted):
        metric = f"share of {counted} that {_what_happens(base, counted)}, counted the same way as today"  # "... that get posted with the wrong cost centre"
    elif base.unit == "%":
        metric = f"share of {counted or what} that fall short of the performance standard"
    elif base.unit in ("days", "weeks", "months", "hours", "minutes", "day", "week", "month", "hour", "minute"):
        metric = f"time it takes, in {plural(base.unit)}, as the problem measures it"
    elif base.unit and re.search(r"(?:error|mistake|defect|incident|miss|complaint|return|claim|rejection|finding|breach|accident|failure|times)s?$", base.unit):
        metric = f"number of {plural(base.unit)}, counted the same way as today"
    elif not base.unit and _MEASURE.search(base.context or ""):
        metric = f"{_MEASURE.search(base.context or '').group(1)}, measured the same way as today"  # "CSAT on chat dropped from 4.5 to 3.9"
    else:
        metric = f"number of {plural(base.unit) if base.unit else what} with the problem, counted the same way as today"
    lower_better = direction == "down" if direction else bool(_ERRORS.search(base.context or "")) and not _HIGHER_BETTER.search(base.context or "")
    previous = next((n for n in frame.numbers if n.role == "previous"), None)
    if tgt is not None:
        target = S.text_target(tgt, base, dl)
    elif previous is not None:
        target = f"back to {previous.text} or better, the level before the drop"
    elif base.unit == "%" and base.value and lower_better:
        half = base.value / 2
        figure = f", {_fmt(half)}% or less" if (half * 2).is_integer() else ""
        target = f"proposed: half today's rate or better{figure}; {confirm}"
    elif base.unit == "%" and base.value:  # never "a clear rise": half the shortfall closed, no new figure
        target = f"proposed: a rise that closes at least half the gap between today's {base.text} and all of them; {confirm}"
    elif base.value and lower_better and base.unit not in ("days", "weeks", "months", "hours", "minutes"):
        figure = f", {_fmt(base.value / 2)} or fewer" if (base.value / 2).is_integer() else ""
        target = f"proposed: at most half today's count{figure}; {confirm}"
    else:
        target = f"to be set: the text gives no target for this figure; {confirm}"
    if base.unit in ("days", "weeks", "months", "hours", "minutes", "day", "week", "month", "hour", "minute"):
        metric = S.duration_metric(base)
    from planner.generators import signal_metric as SM  # the baseline's own clause and the report it lives in (h15sig)

    from planner.extract.baseline_fit import inside_metric, score_metric  # a score on its scale, "one bike in twenty" (h16sig)

    metric = score_metric(base) or inside_metric(base) or SM.clause_metric(base) or SM.times_metric(base) or metric
    none = re.search(rf"\b({re.escape(counted)})\s+(?:had|have|has)\s+none\b", base.context or "", re.I) if counted else None
    if none and beh is not None and beh.obj and whole_np(beh.obj):  # "About a third of last month's sheets had none": none of the behaviour's object (h18sig)
        metric = f"share of {none.group(1).lower()} without {beh.obj}, counted the same way as today"
    if re.search(r"performance standard|need no rework|with the problem", metric):  # still scaffolding: the verb before the share (h18sig)
        metric = S.verb_share_metric(base, counted or SM.counted_noun(base) or items) or S.count_metric(base) or metric
    if tgt is None and previous is None and lower_better:
        target = SM.required_record_target(beh, confirm) or target
    if not found or found.startswith("records in "):
        found = SM.record_source(frame.text) or SM.downstream_source(frame.text, counted or SM.counted_noun(base)) or SM.sample_source(base) \
            or SM.finder_source(base) or found
    if not found and source == "a weekly sample of the work checked against the checklist":
        # the text names no source: how to count it, in one plain sentence (never a checklist nobody keeps)
        found = f"a count of the next four weeks' {counted or what}, made the same way as today's figure"
    return {"behaviour": behaviour, "metric": clip(metric, 200), "baseline": _with_period(base), "baseline_method": None,
            "target": clip(target, 200), "target_is_proposal": (tgt is None and previous is None and target.startswith("proposed")) if not target.startswith("to be set") else None,
            "data_source": clip(found or source, 200)}


# --- the behaviour the text names (planner.generators.behaviour) -------------------------------------------

def _learner_forms(frame: ProblemFrame) -> tuple[str, ...]:
    if not frame.audience_role:
        return ()
    role = frame.audience_role
    forms = [role, plural(role), _as_written(frame.text, role), plural(role.split()[-1])]
    return tuple(dict.fromkeys(f for f in forms if f))


def OG_must(text: str, obj: str) -> str:
    """The requirement the text states on the output ("They have to include X"), or ''."""
    from planner.generators.output_goal import MUST_SAY, output_criterion

    return output_criterion(text, obj) if MUST_SAY.search(text) else ""  # the cheap test first


def _behaviour(frame: ProblemFrame):
    from planner.generators.behaviour import find_behaviour

    b = find_behaviour(frame.text, _learner_forms(frame))
    if b is None:  # the clause read again without the count and fault words written inside it (h15goal)
        from planner.generators.work_fault import fault_behaviour

        b = fault_behaviour(frame.text, _learner_forms(frame), find_behaviour)
    if b is None:  # "still book the follow-ups, they just keep putting them in the wrong clinic slot" (h21goalq)
        from planner.generators.work_object import antecedent_text

        again = antecedent_text(frame.text, _verb_object(frame)[1])
        b = find_behaviour(again, _learner_forms(frame)) if again else None
    if b is not None and re.search(r", not (?:on paper|by hand)$", b.tail) and not re.search(
            r"\b(?:still|instead|rather than|not in|supposed to|should be|new (?:app|system|tablet|tablets|software|portal))\b", frame.text, re.I):
        b.tail = re.sub(r", not (?:on paper|by hand)$", "", b.tail)  # "take site measurements on paper": how, not the fault (h21goalq)
    if b is None or problems_any(b.sentence()):
        return None
    from planner.rules import vague_goal_problem

    if vague_goal_problem(b.sentence()):
        return None
    return b


def _mistakes(frame: ProblemFrame, b, who: str) -> list[str]:
    """The mistake the text itself reports, as its own clause with the learners as subject ("The welders are not
    following the WPS on preheat"), before the pack's general ones."""
    if b is None or b.kind in ("wish", "must", "need", "plain") or not b.clause:
        return []
    clause = b.clause.strip().rstrip(".,;:")
    if b.kind in ("passive", "returned"):
        clause = re.sub(r"^(?:mostly|mainly|often|and)?\s*(?:for|with|of|in|on)\s+", "", clause, flags=re.I)
        return [_cap(clause) + "."] if not problems_any(_cap(clause) + ".") else []
    some = re.search(rf"\b(?:a few|some|several|a couple|half|many|most) of (?:the|our)\s+{re.escape(who)}", frame.text, re.I)
    s = f"{'Some of the' if some else 'The'} {who} {clause}."
    return [s] if not problems_any(s) and len(s.split()) <= 25 else []


# --- the generator ------------------------------------------------------------------------------------------

_SYSTEM_NP = re.compile(r"\b(?:the|a|an|our)\s+((?:new\s+)?(?:[A-Za-z][\w-]*\s+){0,2}(?:tool|system|platform|portal|app|software|service|module))\b")


def _system(frame: ProblemFrame) -> Optional[str]:
    if frame.systems:
        return frame.systems[0]
    for m in _SYSTEM_NP.finditer(frame.text):
        np = re.sub(r"^new\s+", "", m.group(1), flags=re.I)
        if whole_np(np) and len(np.split()) >= 2:
            return "the " + np
    # an acronym the work is done in ("skip the preventive jobs in the CMMS"): a system the text names
    m = re.search(r"\b(?:in|into|on|from|through|via)\s+the\s+([A-Z]{2,6})\b(?!-)", frame.text)
    if m and m.group(1) not in _NOT_NAMED:
        return "the " + m.group(1)
    return None


_NAMED = re.compile(r"\b([A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*(?:-\d+)?|[A-Z]{2,}\d*(?:-\d+)?)\b")
_NOT_NAMED = frozenset("ID IDS OK US UK EU AM PM FYI ASAP TBD QA HR IT CEO".split())


def _named_terms(text: str, system: Optional[str]) -> list[str]:
    """Standards, codes and acronyms the text names ("NEWS2", "WPS", "CeMAP", "ICD-10"), in order, beside the system."""
    out: list[str] = []
    for m in _NAMED.finditer(text):
        t = m.group(1)
        if t.upper() in _NOT_NAMED or (system and t.lower() in system.lower()) or t in out:
            continue
        out.append(t)
    return out


_THIN_WORDS = 25  # "one line": a manager's one-sentence request ("we need our accountants to get better at excel")


def is_thin(frame: ProblemFrame) -> bool:
    """Too little to plan from: one line that reports no observed behaviour (no clause of what the people do or get
    wrong, no figure), so a full plan would be generic padding (DOMAIN.md: "a wrongly identified gap: start from
    observed work"). The role, tool or cue the line gives is kept by the discovery plan. A reskilling or onboarding
    line still gets its plan when it names where the people go or what they will do first."""
    words = re.findall(r"[A-Za-z']+", frame.text)
    if len(words) >= _THIN_WORDS or len([s for s in _sentences(frame.text) if len(s.split()) > 2]) > 2:
        return False
    if any(n.role != "headcount" for n in frame.numbers):
        return False
    b = _behaviour(frame)
    if b is not None and b.kind not in ("wish", "need"):  # what the people do or get wrong, with them as its subject
        return False  # (a wish, "need to get better at X", is not an observed behaviour)
    from planner.extract.intervention import work_clause

    clause, head = work_clause(frame.text), (frame.audience_role or "").split()[-1:]
    if clause and head and re.search(rf"\b{re.escape(head[0][:5])}", clause, re.I):
        return False  # "the lab techs keep mislabelling samples": a problem clause with the people as its subject
    c = cues_for(frame)
    if c.reskilling and (new_role(frame.text, c) or _new_role_task(frame.text)[0]):
        return False  # "retrain the 5 keyers as QA testers", "move to the cutting room: laying up ...": the target is the plan
    if c.onboarding and not c.reskilling:
        from planner.generators.role_change import first_real_task, mentor

        if first_real_task(frame.text) or mentor(frame.text) or (frame.task_verb and frame.task_object):
            return False  # "four new reps who start Monday; they must handle password reset tickets in Zendesk"
    if not (c.reskilling or c.onboarding) and frame.task_verb and frame.task_object and can_be_verb(frame.task_verb.split()[0]) \
            and not re.search(r"\b(?:better|training|trained|improve|learn|upskill|skills?)\b", frame.text, re.I):
        return False  # a piece of work named plainly ("the clerks post invoices late")
    return True


# Neutral scaffolding, true for any team, for a sentence that fails the well-formedness gate (issue 12: never shipped).
_FALLBACK = {
    ("skill_goal",): "Carry out the task that shows the gap, to a standard agreed with the reviewer (which task: to confirm, see open questions)",
    ("intervention_rationale",): "The text gives no clear cue about who the people are or what happens to their role; confirm it (see open questions).",
    ("intervention_would_change_if",): "If the people are new to the role it is onboarding; if their role is going away or changing, it is reskilling.",
    ("current_gap", "phrase"): "Not yet observed in detail: collect a few recent examples of the problem first (see open questions).",
    ("performance_standard",): "Each piece of work meets every item of the team's checklist, agreed with the reviewer.",
    ("practice_activity", "task"): G.marked_count("Do five real cases of this work from this week, with the reviewer watching the first few"),
    ("success_signal", "behaviour"): "Work checked at each weekly review meets every item of the performance standard",
    ("success_signal", "baseline_method"): "Before training starts, check a sample of last month's work against the checklist and record the share that meets it.",
}
_SENTENCE_LISTS = ("decision_rules", "open_questions", "practice_cases")


def _gate_sentences(data: dict) -> None:
    """The last step before a plan is emitted: every sentence field passes the gate, or is replaced or dropped. (A
    word the text itself writes whole is no cut word: the gate knows the source words, planner.text.source_words.)"""
    from planner.generators.gate import problems
    from planner.generators.measure_gate import gate_signal

    gate_signal(data["success_signal"])  # baseline, metric, target: a measure that makes sense, repaired, or the scaffold
    for path, fallback in _FALLBACK.items():
        phrase = path[-1] == "phrase"  # the text's own sentences, quoted whole: a verb the tagger misses is no fault
        path = path[:-1] if phrase else path
        holder = data
        for key in path[:-1]:
            holder = holder[key]
        value = holder.get(path[-1])
        if isinstance(value, str) and problems(value, phrase=phrase):
            holder[path[-1]] = gated(value, fallback, phrase)  # repaired when a rule can undo the slip, else the scaffold
    for key in _SENTENCE_LISTS:
        data[key] = [s for s in data.get(key) or [] if not problems(s, phrase=True)]
    for asset in data.get("training_assets") or []:
        if problems(asset["contains"], phrase=True):
            asset["contains"] = "Material from the team's own work, checked against the checklist."


class OfflineGenerator:
    provider = "offline"
    model = "rules-v1"

    def generate(self, frame: ProblemFrame, today: dt.date) -> Plan:
        from planner.text.source_words import source_text

        with source_text(frame.text):  # a term the text writes whole ("perio chart") is no cut word
            return self._generate(frame, today)

    def _generate(self, frame: ProblemFrame, today: dt.date) -> Plan:
        if not frame.language_supported:  # issue 12 (G): a short discovery plan in the text's language, never a refusal
            from planner.generators.other_language import other_language_plan

            return other_language_plan(frame, today, PlanMeta(provider=self.provider, model=self.model,
                                                              prompt_version=PROMPT_VERSION, today=today.isoformat()))
        if is_thin(frame):
            from planner.generators.discovery import discovery_plan

            return discovery_plan(frame, today, PlanMeta(provider=self.provider, model=self.model,
                                                         prompt_version=PROMPT_VERSION, today=today.isoformat()))
        cue = cues_for(frame)
        from planner.extract.cue_people import reframe

        frame = reframe(frame, cue)  # the people the cue is about, and how many (h15type)
        kind, why, change = intervention(frame, cue)
        target_role = new_role(frame.text, cue) if kind == "reskilling" else None
        verb, obj, qual = _verb_object(frame)
        if not (verb and obj):  # the learners' clause split by an aside ("inspectors -- eight, ... -- write findings") (h21goalq)
            from planner.extract import extract as _extract
            from planner.generators.work_object import without_asides

            bare = without_asides(frame.text)
            alt = _extract(bare) if bare != frame.text else None
            alt_vo = _verb_object(alt) if alt is not None and alt.audience_role == frame.audience_role else None
            if alt_vo and all(alt_vo[:2]):
                verb, obj, qual = alt_vo
        behaviour = _behaviour(frame) if kind != "reskilling" else None
        if behaviour is not None and behaviour.obj and (plain := _plain_act(behaviour.verb, behaviour.obj)):
            behaviour.verb, behaviour.tail = plain[0], plain[1] + behaviour.tail
        if behaviour is not None and object_fault(behaviour.verb, behaviour.obj or "the work", frame.text, behaviour.tail):
            behaviour = None  # "signal engineers cant tell": an auxiliary, a pronoun or a quantity is no behaviour (h20goal)
        if behaviour is not None and verb and obj and behaviour.obj and behaviour.obj.lower() in OG_must(frame.text, obj).lower():
            behaviour = None  # "They have to include the ATA chapter": the output's criterion, not the work (h20goal)
        topic = G.topic(frame.text, list(frame.systems)) if behaviour is None and kind == "upskilling" else None
        if topic:
            verb, obj, qual = None, None, ""  # "get better at the records system": "record system" is no verb and object
        if behaviour is not None and behaviour.extra.get("output"):
            obj = behaviour.extra["output"]  # "sign the walk-round check without walking round": the check is the output
        elif behaviour is not None and behaviour.obj and whole_np(behaviour.obj):
            obj = behaviour.obj if not (obj and behaviour.verb == verb and behaviour.obj.endswith(obj)) else obj
        items = _output_items(frame, obj, text_fallback=behaviour is None)
        from planner.generators import logged_fault as LF  # "Samsara flags harsh braking on ... runs" (h15goal)

        lf = LF.read(frame.text, frame.audience_role, list(frame.systems)) if behaviour is None and kind == "upskilling" and not topic else None
        if lf is not None:
            verb, obj, qual, items = None, None, "", lf.unit  # the logged unit of work, not a report someone else reads
        from planner.generators import output_goal as OG  # the learners' named output, before a placeholder (h16goal)

        if behaviour is None and OG.others_step(frame, verb, obj):
            verb, obj, qual = None, None, ""  # "Dr Okafor will check their first twenty sheets": the reviewer's step
        og_any = OG.read_frame(frame) if behaviour is None and lf is None and not topic and kind != "reskilling" and not (verb and obj) else None
        if behaviour is None and lf is None and not topic and kind != "reskilling" and not (verb and obj) and not (og_any and og_any.own_verb):
            from planner.generators import clause_goal as CG  # the text's own verb in a relative, passive or "leave X un-Yed" (h18goal)

            og_any = CG.read_frame(frame) or og_any
        og = og_any if og_any is not None and (og_any.has_detail or not items) and not (kind == "onboarding" and _first_task(frame.text)) else None
        vo0 = (verb, obj, qual)  # the text's own step for the task builder; the named output only where it builds none
        if og is not None:
            verb, obj, qual, items = og.verb, og.obj, og.qual, items or og.items
        elif behaviour is None and verb and obj and kind != "reskilling":
            crit = OG.output_criterion(frame.text, obj)  # "without the pour location" -> " with the pour location"
            if crit and (not qual.strip() or OG.MUST_SAY.search(frame.text) and crit.strip() not in qual):
                qual = qual + crit  # the place, then the criterion the text states ("in AMOS with the ATA chapter") (h20goal)
                og = OG.OutputGoal(verb, obj, qual, criterion=crit)
        # the pack is chosen by the output, never by the verb ("update the allergen matrix" is not a written update)
        # a pack only where the learners' role is its role and their output (or a system named) is its kind (issue 12)
        pattern = P.output_pattern((behaviour.obj or "") if behaviour else obj, None if behaviour else frame.task, context=frame.text,
                                   role=frame.audience_role, systems=tuple(frame.systems))
        if lf is not None:
            pattern = P.GENERIC  # driving without a logged fault is no domain pack's output (issue 12, E)
        role = _role_as_written(frame.text, frame.audience_role) if frame.audience_role else "team member (role not stated)"
        if is_generic_audience(role):
            role = "team member (role not stated)"  # "our staff": a group, not a role (ABCD 'audience'); asked below
        who = _as_written(frame.text, frame.audience_role) if frame.audience_role else "people in the team"
        headcount = frame.headcount
        if kind == "reskilling" and cue.reskilling:
            headcount = next((n for n in (_moving_count(frame.text, c) for c in cue.reskilling) if n), None) or headcount
        count = "one " if headcount == 1 else f"the {headcount} " if headcount else "the "
        if headcount == 1:
            who = _role_as_written(frame.text, frame.audience_role) if frame.audience_role else "person"
        team_name = frame.audience_team
        if team_name and kind == "reskilling" and target_role and re.search(
                rf"{re.escape(target_role.split()[-1])}[^.;]*{re.escape(team_name)}", frame.text, re.I):
            team_name = None  # "wants to become a developer on our internal tools team": the team they move to
        prep = re.search(rf"\b(on|in|at|of)\s+(?:the|our|my)\s+{re.escape(team_name)}", frame.text, re.I) if team_name else None
        bare = None if prep or not team_name else re.search(rf"\b(on|in|at)\s+{re.escape(team_name)}\b", frame.text)  # "on B wing" (h15aud)
        bare = bare or (None if prep or not team_name else re.search(rf"\b(joining|joins?|joined)\s+the\s+{re.escape(team_name)}\b", frame.text, re.I))
        team = (f" joining the {team_name}" if bare.group(1).lower().startswith("join") else f" {bare.group(1)} {team_name}") if bare else f" {prep.group(1).lower() if prep else 'on'} the {team_name}" if team_name else ""
        system = _system(frame)
        if system is None and og is not None and og.system:
            system = og.system  # "the damage reports our inspectors raise in CargoSnap": the goal's own condition (Mager; h18goal)
        if system is None:
            from planner.generators.work_system import work_system

            system = work_system(frame.text)  # "once in the portal and once in Sage": the product the work is done in (h18goal)
        if system is None and lf is not None:
            system = lf.system  # "Samsara flags harsh braking": the system the work is logged in (h15goal)
        if system is None and topic and topic[1]:
            system = topic[0]  # "get better at the county's online records system"
        from planner.generators import role_change as RC

        if kind == "reskilling" and system and any(re.sub(r"^the\s+", "", system, flags=re.I).lower() in g.lower() for g in cue.gone):
            system = None  # "once the dictation software goes live": the tool that replaces the work, not where they will work
        rc_system = None if kind == "onboarding" and system and any(
            re.sub(r"^the\s+", "", system, flags=re.I).lower() in q.lower() for q in cue.onboarding) else system
        rc = RC.read(frame.text, kind, cue, target_role, rc_system) if kind in ("reskilling", "onboarding") else None
        from planner.extract.new_work import expanded, first_work, new_role_work

        nv, nobj = _new_role_task(expanded(frame.text)) if kind == "reskilling" else (None, None)
        nv, nobj = (nv, nobj) if nv and nobj or kind != "reskilling" else new_role_work(frame.text)
        work = (nv.lower(), nobj) if nv and nobj else None  # what they will do in the new role, as the text says it
        from planner.extract.checker import their_step

        if work and their_step(frame.text, frame.audience_role, *work):
            work = None  # "He'll check their first twenty claims": the checker's step, not the new work (h20rev)
        from planner.generators import reskill_goal as RW  # the new work at the first level the text gives (h17resk)

        rw = RW.work(frame.text, rc, frame.audience_role, cue.gone, work) if kind == "reskilling" and rc is not None else None
        if rw is not None and object_fault(rw.verb, rw.obj, frame.text):
            rw = None  # "plan anything", "use a ground microphone": no piece of the new work (h20goal)
        if work and object_fault(work[0], work[1], frame.text):
            work = None
        work = (rw.verb, rw.obj) if rw and rw.level < 3 and not their_step(frame.text, frame.audience_role, rw.verb, rw.obj) else work
        if kind == "reskilling" and rc is not None:
            # the new role's output, never the old work's; no domain pack read off the old work's words (issue 12, E)
            items = re.sub(r"^(?:the|a|an|their|our)\s+", "", work[1], flags=re.I) if work and work[1].split()[-1].endswith("s") else None
            pattern = P.GENERIC
        promoted = re.search(r"\bpromot\w*[^.;]{0,60}", frame.text)
        owner = find_owner(frame.text, frame.audience_role, skip=(promoted.group(0),) if promoted else ())
        from planner.extract.reviewer import find_reviewer

        rev = find_reviewer(frame.text, frame.audience_role)
        if rev and not rev.first_person and (rev.step or not owner) and not (owner and same_role(owner, rev.role)):
            owner = rev.role  # the subject of the text's own checking clause reviews the work (h14aud)
        if owner:
            owner = _role_as_written(frame.text, owner)  # "QA officer", not "qa officer"
        consumer = _consumer_np(frame)
        if consumer and re.search(rf"\b{re.escape(consumer.split()[-1])}\s+(?:shuts|closes|is\s+closing|is\s+shutting|goes|is\s+going|ends)\b", frame.text, re.I):
            consumer = None  # "once the wet lab shuts": the work that ends, not a reader of the new work (h20goal)
        if consumer and rc is not None and rc.mentor and consumer.split()[-1].lower() in rc.mentor.lower():
            consumer = None  # "the records manager has offered to mentor them": the mentor, not a reader of the work
        if consumer and target_role and (_role_name(target_role).lower() in consumer.lower() or consumer.lower().endswith(plural(_role_name(target_role)).lower())):
            consumer = None  # the role they move into is not a reader of their work
        G.refine(behaviour, consumer)
        reviewer = owner or G.checker(frame.text) or "reviewer"  # the text's own checker ("the pharmacists who check them")
        # the practice is done beside the person the text names ("with Gloria watching"), the role where it names none (h20rev)
        from planner.extract.checker import called

        partner = called(rev.name, rev.role) if rev and rev.name and not rev.first_person and (not owner or same_role(owner, rev.role or owner)) else reviewer
        partner = "you" if rev and rev.first_person and not owner else partner  # "I walk the pitches with them": the manager (round 11)
        whose = _possessive(f"the {_as_written(frame.text, frame.audience_role)}" if frame.audience_role else "the team")
        deadline = find_deadline(frame.text, today)
        review = deadline.date if deadline and deadline.date > today else today + dt.timedelta(weeks=REVIEW_WEEKS)
        source = _data_source(frame, system, None if pattern is P.GENERIC else pattern)
        if behaviour is not None:
            # what the text counts ("1 in 10 refunds", "12% of joints") is what the reviewer samples; a "without"
            # clause's first object ("copy-paste macros") is a tool, not the output
            base0 = _usable_baseline(frame)
            counted = _counted(base0) if base0 is not None and base0.unit == "%" else None
            if counted and whole_np(counted):
                items = counted
            elif behaviour.kind == "without":
                items = None
        things = items or "work samples"  # neutral scaffolding when the text names no output (never "pieces of work")
        things = re.sub(r"^(?:the|their|our)\s+(?=\S+\s*\S)", "", things)  # "recent real the reports": the noun, not its article
        from planner.generators import practice_kind as PK

        if any(things.lower() == f.lower() or things.lower().endswith(" " + f.lower()) for f in _learner_forms(frame)):
            things = PK.NEUTRAL_THINGS  # the people are never their own output ("Annotated licensing officers")
        things = PK.record_things(things, (behaviour.obj if behaviour is not None else obj)) or things  # "write the refusal letter" (round 10)
        if behaviour is not None and not owner and re.search(r"\bsample of messages\b", source):
            source = "a weekly sample of the work checked against the checklist"

        from planner.generators.learners_sentence import learners_sentence  # the text's own statement (h16disc)

        gap = _gap(frame, _usable_baseline(frame) if behaviour is not None else (_usable_baseline(frame) or frame.baseline), behaviour) or \
            _change_gap(frame, kind, who, target_role, cue) or (kind == "upskilling" and learners_sentence(frame.text, _learner_forms(frame))) or (
            f"Not yet observed in detail: the text does not say what goes wrong in the work of the {who}. "
            "Collect a few recent examples first (see open questions).")
        from planner.generators.gap_text import without_requests

        gap = without_requests(gap) or gap  # the manager's request is the goal or target, never the gap (h14sig)
        from planner.generators.gap_text import without_reviewer_sentence

        gap = without_reviewer_sentence(gap, _learner_forms(frame), (_usable_baseline(frame) or frame.baseline or NumberFact(text="")).text or None)
        from planner.generators.impact_text import consequence, counts_the_consequence, without_clause

        said = consequence(frame.text, _learner_forms(frame))  # the text's own "which means ..."/"... because of it" (h15sig)
        from planner.generators.gap_text import keep_figure_clause

        ub = _usable_baseline(frame)
        if said and ub is not None and ub.text.lower() in said.lower() and ub.text.lower() in gap.lower() \
                and not counts_the_consequence(frame.text, ub, _learner_forms(frame)):
            gap = keep_figure_clause(gap, ub.text)  # the clause that carries the fault's own figure stays in the gap (h18sig)
        else:
            gap = without_clause(gap, said)
        impact_text = said or _impact_clause(frame, gap, _usable_baseline(frame) or frame.baseline)
        counted = _usable_baseline(frame)
        if not (counted is not None and impact_text and counted.text.lower() in impact_text.lower()):
            gap = without_clause(gap, impact_text)  # the gap never repeats the impact's clause, unless that clause is the count of the fault (h15sig)
        _i, _g = (impact_text or "").strip().rstrip(".").lower(), gap.strip().rstrip(".").lower()
        if impact_text and (_i == _g or (len(_g.split()) >= 6 and _g in _i)):
            impact_text = None  # the gap's own sentence is no effect of it (DOMAIN.md: work impact apart from the gap) (h18sig)
        from planner.generators import gap_roles as GR  # each clause of the gap by its role (h20gap)

        gap_as_quoted = gap
        gap, effect = GR.settle(gap, _learner_forms(frame), (ub or frame.baseline or NumberFact(text="")).text or None)
        if kind in ("reskilling", "onboarding"):
            gap = GR.newcomer_gap(gap, frame.text, _learner_forms(frame), who, frame.headcount != 1 and who.endswith("s"))
        elif not GR.has_fault(gap):  # no fault left in the gap: the text's own never-done clause, when it has one
            gap = GR.never_done(frame.text, _learner_forms(frame), who) or gap
        if not gap.strip() and kind in ("reskilling", "onboarding"):
            gap = GR.without_start(GR.settle(_change_gap(frame, kind, who, target_role, cue), _learner_forms(frame))[0])
        if not gap.strip():
            gap = _FALLBACK[("current_gap", "phrase")]
        if kind in ("reskilling", "onboarding") and not GR.others_sentence(gap):
            other = GR.others_clause(frame.text)  # another group's figure: a comparison beside the gap, never its baseline (h20gap)
            if other and other.split(": ", 1)[1].rstrip(".").lower() not in gap.lower() and len(gap) + len(other) < 400:
                if gap.startswith("Not yet observed"):  # what is true of anyone new to the work, then the comparison
                    gap = f"The {who} {'has' if frame.headcount == 1 or not who.endswith('s') else 'have'} not yet done this work here on their own."
                gap = f"{gap} {other}"
        gap = GR.keep_count(gap, gap_as_quoted, (ub or frame.baseline or NumberFact(text="")).text)
        from planner.generators.gate import problems as _problems

        if _problems(gap, phrase=True) and not _problems(gap_as_quoted, phrase=True):
            gap, effect = gap_as_quoted, None  # a line the gate would blank (a role read as a verb): the text's own sentences stay
        if impact_text and GR.role(impact_text.rstrip(". "), _learner_forms(frame)) in ("support", "plan") and not effect:
            impact_text = None  # "Beth will audit their obs charts": the reviewer's line or the plan, no effect of the gap (h20gap)
        _iw = set(re.findall(r"[a-z]{4,}", (impact_text or "").lower()))
        if kind in ("reskilling", "onboarding") and impact_text and gap and _iw and len(_iw & set(re.findall(r"[a-z]{4,}", gap.lower()))) >= 0.8 * len(_iw):
            impact_text = None  # the gap's own words (the newcomers' never-done clause, named) are no effect of it
        if effect and not impact_text:
            impact_text = effect  # "so QA cant release the batch": the downstream clause is the impact, not the gap (h20gap)
        if impact_text:
            impact = {"category": frame.impact_category or "quality", "description": clip(impact_text, 400)}
        else:
            impact = {"category": "quality",
                      "description": "Not stated in the problem: ask what the gap costs in rework, delays or customer effect."}
        from planner.generators import practice_kind as PK  # practice that fits the kind of work (issue 12, round 10)

        in_sys = bool(system) and bool(re.search(rf"\b(?:in|into|on|through|using)\s+(?:the\s+)?{re.escape(re.sub(r'^the ', '', system, flags=re.I))}\b", frame.text, re.I))
        wk = (PK.work_kind(*work, None, in_sys) if work else None) if kind == "reskilling" else \
            PK.work_kind(behaviour.verb, behaviour.obj, things if items else None, in_sys) if behaviour is not None else \
            PK.work_kind(verb, obj, things if items else None, in_sys)
        # a reskilling text names the old work's place beside the going work ("nothing to do at the desk", "loaded tankers on
        # the jetty"): the new setting is read only from the move cue to the end of its sentence ("move over to ... in the detail bay")
        place_text = frame.text if kind != "reskilling" else " ".join(
            re.split(r"(?<=[.;!?])\s+|\n", frame.text[frame.text.find(c):])[0] for c in cue.reskilling
            if c not in cue.gone and c in frame.text)
        place = PK.setting(place_text, system, frame.audience_team if kind != "reskilling" else None) or (None if system else PK.named_in(place_text))
        lacks = _missing_items(frame.text)
        titems = G.text_items(behaviour, lacks, frame.text)
        pack_items = () if pattern is P.GENERIC else pattern.standard_items
        # the text's own missing items first; a pack item about the same thing ("the account or invoice reference"
        # beside the text's "the invoice number") is left out rather than said twice
        said = {w for item in lacks for w in re.findall(r"[a-z]{4,}", item.lower())} - {"that", "with", "from", "their", "each"}
        std_items = list(dict.fromkeys(lacks + [i for i in pattern.standard_items
                                                if not said & set(re.findall(r"[a-z]{4,}", i.lower()))]))[:6]
        if kind == "reskilling" and rc is not None:
            standard = RC.standard(rc, work)
        elif kind == "reskilling" and target_role:
            standard = gated(f"Each task is done as someone already working{_as_phrase(target_role)} would do it, checked item by "
                             f"item against a checklist for the role: " + "; ".join(pattern.standard_items[:3]) + ".",
                             "Each task of the new role is done to a checklist written with someone already in that role.")
        elif lf is not None:  # the logged fault absent (h15goal)
            standard = gated(lf.standard(reviewer), f"Each piece of work meets every item of a checklist drafted with the {reviewer}.")
            std_items = [f"no {lf.fault} logged in {lf.system}", G.drafted(reviewer, True)]
        elif behaviour is not None:
            # the text's own behaviour is the first item; the generic procedure items only where no pack applies
            # (issue 12, E: never another kind of work's checklist)
            extra = titems[:4]
            std_items = G.checklist_items(behaviour.phrase(), titems, pack_items, reviewer, things)
            head = things.split()[-1]
            simple = bool(items) and len(things.split()) <= 3 and " of " not in f" {things} " and head.endswith("s") and not head.endswith("ss")
            one = head[:-1] if head.isupper() or head[:-1].isupper() else singular_word(head)
            on = (f"in every {' '.join(things.split()[:-1] + [one])} the {reviewer} check{'' if reviewer.endswith('s') and not owner else 's'}" if simple and one != head
                  else f"in the work the {reviewer} sample{'' if reviewer.endswith('s') and not owner else 's'}" if "every" in behaviour.phrase()
                  else f"every time, in the work the {reviewer} sample{'' if reviewer.endswith('s') and not owner else 's'}")
            # the text's own items; else a domain pack's, marked as a proposal; else the note that the reviewer drafts them
            rest = (f": {'; '.join(extra)}" if extra else f"; {std_items[-1]}" if len(std_items) > 1 and pack_items else
                    f"; the {reviewer} and the team draft the other items from a few good examples of their own work")
            standard = gated(f"The {who} {behaviour.phrase()}, {on}{rest}.",
                             gated(f"The {who} {behaviour.phrase()}, every time, in the work the reviewer samples.",
                                   "Each piece of work meets every item of the team's checklist, agreed with the reviewer."))
        elif og is not None and og.criterion.strip() and kind != "reskilling":
            # the text's own act with its criterion is the first item (Mager: performance, condition, criterion; h18goal)
            std_items = G.checklist_items(f"{og.verb.lower()} {og.obj}{og.qual}", titems, pack_items, reviewer, things)
            standard = gated(f"The {who} {og.verb.lower()} {og.obj}{og.qual}, every time, in the work the {reviewer} "
                             f"sample{'' if reviewer.endswith('s') and not owner else 's'}; the {reviewer} and the team draft the other "
                             "items from a few good examples of their own work.",
                             f"Each piece of work meets every item of a checklist drafted with the {reviewer} from a few good examples of the team's own work.")
        else:
            std_items = G.checklist_items(None, titems, pack_items, reviewer, things)
            standard = gated(f"Each of the {things} meets every item of the checklist: " + "; ".join(std_items) + "." if titems or pack_items else
                             f"Every time the work is done, it meets every item of a checklist drafted with the {reviewer} from watching a few "
                             "good examples of the team's own work." if wk != PK.RECORD and things == PK.NEUTRAL_THINGS else  # live work has no samples
                             f"Each of the {things} meets every item of a checklist drafted with the {reviewer} from a few good examples of the team's own work.",
                             f"Each piece of work meets every item of a checklist drafted with the {reviewer} from a few good examples of the team's own work.")
        where = f"in {system}" if system else "in the real workflow, on copies of real cases"
        named_things = things != PK.NEUTRAL_THINGS  # the plan's own "work samples" is no title of the team's output (round 10)
        # an item whose words an earlier item already says is not listed twice ("build quotes with the skip hire; skip hire")
        std_items = [it for i, it in enumerate(std_items) if not (set(re.findall(r"[a-z]{3,}", it.lower())) and any(
            set(re.findall(r"[a-z]{3,}", it.lower())) < set(re.findall(r"[a-z]{3,}", e.lower())) for e in std_items[:i]))]
        assets = [
            {"kind": "checklist", "title": gated(f"Checklist for {things}", "Work checklist", phrase=True) if named_things else "Work checklist",
             "contains": "One page: " + "; ".join(std_items) + "."},
            {"kind": "examples", "title": gated(f"Annotated {things}: good and weak", "Annotated examples: good and weak", phrase=True)
             if named_things else "Annotated examples: good and weak",
             "contains": f"Real {things if named_things else 'cases'} from the team's own work; each one is anonymised and annotated against the checklist."},
            {"kind": "practice_cases", "title": gated(f"Practice set of past {things}", "Practice set of past cases", phrase=True)
             if named_things else "Practice set of past cases",
             "contains": f"Past {things if named_things else 'cases'} from {system or 'the team’s own records'}, including edge cases and the usual errors, each with a model answer."},
        ]
        if system and lf is None:  # a system that logs the work (telematics) has no screens the learners fill in
            assets.append({"kind": "job_aid", "title": f"Job aid: the steps in {system}",
                           "contains": "Screens and fields in order, with what to enter and what to check."})
        for named in ([] if system and any(system.lower().endswith(n.lower()) for n in _named_terms(frame.text, None)) and len(_named_terms(frame.text, system)) == 0 else _named_terms(frame.text, system)):
            srcs = (behaviour.sentence(),) if behaviour is not None else (gap,)
            standalone = [m for src in srcs for m in re.finditer(rf"(\w+\s+)?\b{re.escape(named)}\b(?:\s+(\w+))?", src)
                          if not (m.group(2) and m.group(2).islower() and can_be_noun(m.group(2)) and m.group(2) not in _PREP)
                          and not (m.group(1) and (m.group(1).strip().lower() in ("per", "a", "an", "each", "every", "our")
                                                   or m.group(1).strip()[:1].isupper() and m.start() > 0))]
            if re.search(rf"\b(?:per|each|every)\s+(?:\w+\s+)?{re.escape(named)}\b", frame.text):
                continue
            if not standalone or any(named.lower() == f.lower() or plural(named.lower()) == f.lower() or named.lower() == plural(f.lower())
                                     for f in _learner_forms(frame)):
                continue  # "compounded IV bags", "per new SKU", "our SREs": a modifier, a unit or the role, not a standard
            if behaviour is not None and named.lower() in behaviour.sentence().lower() or named.lower() in gap.lower():
                assets.append({"kind": "job_aid", "title": f"Job aid: {named} at the point of work",
                               "contains": f"What {named} asks for, step by step, with a worked example from the team's own work."})
                break
        if kind == "onboarding":
            assets.append({"kind": "sop", "title": "The documented workflow for new starters",
                           "contains": "The steps, the decision rules and who to ask, captured from experienced colleagues."})
        if kind == "reskilling":
            role_name = _role_name(target_role) if target_role else "new"
            assets.append({"kind": "guide", "title": gated(f"Learning path for {_role_label(target_role) if target_role else 'the new role'}", "Learning path for the new role", phrase=True),
                           "contains": "The core tasks of the role in order, each with a worked example from real work and a short assessment."})
        if kind == "reskilling" and rc is not None:
            practice = RC.practice(rc, work)
            practice["task"] = (RW.practice_task(rw, rc, owner) if rw else "") or practice["task"]
            if system and system not in practice["materials"]:
                practice["materials"].append(system)
        elif kind == "onboarding" and rc is not None and (rc.mentor or rc.queue or _practice_task(frame.text)):
            first_task = _practice_task(frame.text)
            practice = RC.onboarding_practice(rc, _first_work(first_task) or items, owner, first_task[2] if first_task else "",
                                             (first_task[0] if _first_work(first_task) or first_task[0] not in ("use", "work", "carry out")
                                              else (_output_verb(items).lower() if items else None)) if first_task else None)
        elif kind == "reskilling":
            practice = {
                "task": gated(f"Do real tasks of {_role_label(target_role or '')} in a stretch assignment, starting with the simplest, "
                              "each reviewed against the role's checklist" if target_role else
                              "Do real tasks of the new role in a stretch assignment, starting with the simplest, each reviewed against the role's checklist",
                              "Do real tasks of the new role in a stretch assignment, each reviewed against the role's checklist"),
                "materials": ["real tasks from the new role (anonymised)", "the role's checklist"] + ([system] if system else []),
                "setting": clip("alongside someone already in the role" + (f", {where}" if system else ""), 200),
            }
        elif behaviour is not None:
            practice = {
                "task": (PK.neutral_practice(None, partner, place) if not PK.buildable(behaviour.verb, behaviour.obj, behaviour.tail)
                         or PK.rehearses_fault(behaviour) else
                         PK.live_practice(behaviour.phrase(), partner, place) if wk == PK.LIVE else
                         G.practice_task(behaviour.verb, behaviour.obj, behaviour.tail, PK.watcher(partner),
                                         None if system and system.lower() in behaviour.sentence().lower() else system, behaviour.phrase())),
                "materials": ["the checklist", gated(f"recent real {things} (anonymised)", "recent real cases (anonymised)", phrase=True)]
                             + ([system] if system and system.lower() not in behaviour.sentence().lower() else []),
                "setting": clip((f"{where}, " if system else "") + (f"during normal work on the {frame.audience_team}" if frame.audience_team else "during normal work, on real cases"), 200),
            }
        else:
            named_output = bool(kind == "upskilling" and items and not topic and not re.search(r"\b(?:audits?|inspections?|reviews?)$", items))
            real = bool(verb and obj) or named_output or kind == "onboarding"
            if lf is not None:
                ptask, real = gated(lf.practice(reviewer), G.topic_practice(None, whose, partner)), True
            elif verb and obj and not PK.buildable(verb, obj, qual):  # "Double-book five big tables": never the symptom
                ptask, real = PK.neutral_practice(None, partner, f"in {system}" if system else place), True
            elif verb and obj and wk == PK.LIVE:
                ptask = PK.live_practice(f"{verb.lower()} {obj}{qual}", partner, place)
            elif verb and obj:
                ptask = G.practice_task(verb.lower(), obj, qual, PK.watcher(partner), system, f"{verb.lower()} {obj}{qual}")
            elif kind == "onboarding" and wk != PK.RECORD:  # live or unknown work: shadow, then do, then alone, where it happens
                ptask = PK.neutral_practice(things, partner, f"in {system}" if system else place)
            elif kind == "onboarding":  # not started yet: nothing of theirs went wrong; shadow, then do, then alone
                ptask = G.newcomer_practice(partner, system)
            elif named_output:  # the output the text names ("orders for the lab"): real cases of it, not "work that went wrong"
                ptask = G.practice_task(_output_verb(items).lower(), items, "", PK.watcher(partner), system, f"{_output_verb(items).lower()} {items}")
            else:  # no wanted action built whole: the neutral line with the text's output, never a meeting (round 10)
                ptask, real = PK.neutral_practice(things, partner, f"in {system}" if system else place), True
            practice = {
                "task": ptask,
                "materials": ([gated(f"recent real {things} (anonymised)", "recent real cases (anonymised)", phrase=True), "the checklist"]
                              if real else ["three recent pieces of work that went wrong (anonymised)"]) + ([system] if system else []),
                "setting": clip(where + (f", during normal work on the {frame.audience_team}" if frame.audience_team else ""), 200),
            }
        from planner.generators.signal import feedback_owner as _feedback_owner

        feedback, implied_owner = _feedback_owner(frame, owner, _role_as_written(frame.text, owner) if owner else None, things,
                                                  deadline.text if deadline else None)
        from planner.generators.owner_check import with_text_check
        from planner.generators.signal import until_phrase

        feedback, implied_owner = with_text_check(  # the text's own checking clause (h18owner)
            feedback, implied_owner, frame, until_phrase(deadline.text if deadline else None))
        feedback = RW.mentor_as_owner(feedback, rc, rw) if kind == "reskilling" else feedback  # (h17resk)
        from planner.generators.owner_check import line_manager

        feedback = line_manager(feedback, frame)  # no one named above them: their line manager, assumed (round 11)
        from planner.extract.owner import owner_step
        from planner.generators.questions import plan_questions
        from planner.generators.tasks import build_tasks

        who_pl = who if headcount == 1 else _as_written(frame.text, frame.audience_role) if frame.audience_role else who
        # the tasks first: the questions ask only what the tasks could not take from the text (issue 12)
        built = build_tasks(frame, kind=kind, behaviour=behaviour, verb=vo0[0], obj=vo0[1], qual=vo0[2],
                            target_label=_role_label(target_role) if target_role else None, owner=owner,
                            owner_step=owner_step(frame.text, owner) if owner else None, consumer=consumer,
                            system=system, team_phrase=team, learners=who_pl)
        if og is not None and og.handed_on and not (built.tasks and built.has_action):  # no task of the text's own: the named output's (h16goal)
            back = OG.returned_from(frame.text)  # "keep coming back from the carriers": the reader, not the reviewer
            built = OG.settle(build_tasks(frame, kind=kind, behaviour=behaviour, verb=verb, obj=obj, qual=qual, target_label=None, owner=owner,
                                owner_step=owner_step(frame.text, owner) if owner else None,
                                consumer=back or (None if owner and consumer and same_role(owner, consumer) and not consumer_step(frame.text, frame.consumer)
                                                  and not OG.acts_on(frame.text, consumer, obj) else consumer or (frame.consumer if OG.acts_on(frame.text, frame.consumer, obj) else None)),
                                system=system, team_phrase=team, learners=who_pl), built)
        open_q = plan_questions(frame, kind=kind, has_behaviour=behaviour is not None, has_action=built.has_action,
                                fault_clause=behaviour.clause if behaviour is not None else None,
                                task_questions=built.questions, learners=who_pl, team_phrase=team, headcount=headcount,
                                owner=owner or (rev.name if rev and rev.name and rev.step else None), onboarding_cue=cue.onboarding[0] if cue.onboarding else None,
                                reskilling_cue=cue.reskilling[0] if cue.reskilling else None,
                                tenure=bool(_TENURE.search(frame.text) or cue.tenure or cue.stays),
                                target_label=_role_label(target_role) if target_role else None, no_tasks=not built.tasks, implied_owner=implied_owner)
        if rc is not None:  # the blanks of the change of role: the target, its first tasks, the mentor, the dates
            open_q = [q for q in open_q if not (kind == "reskilling" and q.startswith("Which tasks of "))]  # asked below, from the text
            open_q += [q for q in RC.questions(rc, kind, _as_written(frame.text, frame.audience_role) if frame.audience_role else "people")
                       if not (q.startswith("Which real cases") and (system or _named_terms(frame.text, system)))]
        if owner and source == "a weekly sample of the work checked against the checklist":
            source = f"the {owner}'s weekly sample of {things}, checked against the checklist"  # the reviewer the text names
        signal = _signal(frame, items, source, owner, behaviour, who, system, deadline)
        from planner.extract.baseline_fit import for_newcomers, not_started

        if (kind == "onboarding" or not_started(frame.text)) and not signal.get("baseline"):  # no past work: first cases (h16sig)
            signal["baseline_method"] = for_newcomers(signal.get("baseline_method"))
        elif kind == "reskilling" and not signal.get("baseline"):  # the new role's work has no past either (h18sig)
            signal["baseline_method"] = for_newcomers(signal.get("baseline_method"), new_work=True)
        if behaviour is not None:
            signal["behaviour"] = gated(f"In the weekly sample, the {who} {behaviour.phrase()}",
                                        signal["behaviour"])
        from planner.extract.numbers import good_direction as _good_direction
        from planner.generators.signal_text import finish as _finish_signal

        _dir = _good_direction(frame.baseline) if frame.baseline is not None and signal.get("baseline") else None
        signal = _finish_signal(signal, frame.text, {"down": True, "up": False}.get(_dir or ""), system, owner, frame.audience_role)  # (h18sig)
        if signal.get("baseline") and signal["target"].startswith(("proposed", "to be set")):
            from planner.generators.questions import target_question

            open_q.append(target_question(signal, review))
        goal_consumer = consumer
        if consumer and owner and frame.consumer and same_role(owner, frame.consumer) and not consumer_step(frame.text, frame.consumer):
            goal_consumer = None  # "the night manager can't babysit them": the reviewer, not a reader of the output
        if goal_consumer and owner and frame.consumer and same_role(owner, frame.consumer) and re.match(
                r"(?:review|check|approve|sign|inspect|audit|mark|assess)\b", consumer_step(frame.text, frame.consumer) or "review"):
            goal_consumer = None  # the reviewer is not a reader the goal serves ("the compliance manager reviews ...")
        if goal_consumer and rc is not None and rc.mentor and goal_consumer.split()[-1].lower() in rc.mentor.lower():
            goal_consumer = None  # the mentor the text names checks the work; they are not a reader it serves
        gstep = (consumer_step(frame.text, frame.consumer) or G.blocked_step(frame.text, frame.consumer)) if goal_consumer and frame.consumer else None
        goal = G.behaviour_goal(behaviour, goal_consumer, gstep, titems) if behaviour else None
        if not goal and topic:
            goal = gated(G.topic_goal(topic[0], topic[1], whose), G.role_goal(whose))
        goal = goal or (gated(lf.goal(), "") if lf is not None else None) or _goal(frame, kind, verb, obj, qual, items, target_role, system, goal_consumer, () if og and og.criterion else tuple(titems), reviewer, whose, rc)
        if topic and goal.startswith(("Use ", "Apply ", "Carry out ")) and "to confirm" in goal:
            # the one question the partial goal points to (issue 12: a goal marked as to confirm, with its question)
            open_q.insert(0, f"Which task in {whose} work {'in' if topic[1] else 'with'} {topic[0]} shows the gap, "
                             "and what does a good one look like?")
        from planner.rules import vague_goal_problem as _vague

        if og_any is not None and og is None and (goal.startswith("Carry out the task in") or _vague(goal)) \
                and not (kind == "onboarding" and _first_task(frame.text)):  # still the placeholder; the newcomers' first work wins below (h16goal)
            og = og_any
            reader = None if gstep and re.match(r"(?:read|check|review|approve|sign|mark|go over)\b", gstep) else goal_consumer  # a reviewer's step
            goal = gated(_goal(frame, kind, og.verb, og.obj, og.qual, items, target_role, system, reader, (), reviewer, whose, rc), goal)
            if not built.tasks and og.handed_on:
                built = OG.settle(build_tasks(frame, kind=kind, behaviour=None, verb=og.verb, obj=og.obj, qual=og.qual, target_label=None, owner=owner,
                                    owner_step=None, consumer=OG.returned_from(frame.text) or consumer or (frame.consumer if frame.consumer and consumer_step(frame.text, frame.consumer) else None), system=system,
                                    team_phrase="" if team.startswith(" joining") else team, learners=who_pl), built)
        first = _first_task(frame.text) if kind == "onboarding" and rc is not None else None
        if first:  # the text names the newcomers' first work: not asked again (h15goal)
            from planner.generators.questions import TASK_QUESTION

            open_q = [q for q in open_q if q != TASK_QUESTION]
            after = (f"Which tasks must the {who_pl} do alone after they can {first[0]} {first[1]}?" if deadline else  # the text dates it
                     f"By when must the {who_pl} {first[0]} {first[1]} alone, and which tasks come after it?")  # (h21goalq)
            open_q = [(after if q.startswith("Which tasks must the ") and q.endswith("be able to do alone first?") else q) for q in open_q]
        if first and goal.startswith(("Do the everyday work", "Carry out the piece", "Carry out the task in")):
            alone = bool(re.search(r"\b(?:alone|own|unsupervised|solo|supervision)\b", first[2]))  # "work the cold store alone" (h18goal)
            goal = gated(f"{_cap(first[0])} {first[1]}{first[2]}{'' if alone else ' without help'}, to the standard {'the ' + owner if owner else 'the team'} expects", goal)
        if kind == "onboarding" and rc is not None and (rc.queue or rc.system) and goal.startswith(("Do the everyday work", "Carry out the piece", "Carry out the task in")):
            goal = gated(f"Work {rc.queue or 'real cases'}{' in ' + rc.system if rc.system and rc.system.lower() not in (rc.queue or '').lower() else ''} "
                         f"without help, to the standard {'the ' + owner if owner else 'the team'} expects", goal)
        if rw is not None and "core tasks of" in goal:  # the placeholder: the new work as the text gives it (h17resk)
            goal = RW.goal(rw, rc, owner) or goal
        tasks = built.tasks
        rc_skill = None
        if kind == "reskilling" and rc is not None and work and (not built.has_action or RW.off_work(built.tasks, rw)) and " " not in work[0]:  # a phrasal verb: grounding splits it
            rc_skill = RC.first_task(rc, work)  # the new role's work as the text says it; else the blank task (faithful)
        elif first and (not built.has_action and " " not in first[0] and first == _practice_task(frame.text)  # real cases (h15goal)
                        or kind == "onboarding" and first_work(frame.text)):  # the post's first job, as written (h15tasks)
            rc_skill = f"{_cap(first[0])} {first[1]}{first[2]}"  # the newcomers' first real work, as written
        if rc_skill and (work or first):  # the new work as a grounded task, with its reader and outcome (h15tasks)
            w = work or first
            again = build_tasks(frame, kind=kind, behaviour=None, verb=w[0], obj=w[1], qual="" if work else w[2], target_label=_role_label(target_role) if target_role else None,
                                owner=owner, owner_step=None, consumer=consumer or (frame.consumer if frame.consumer_need else None),
                                system=system, team_phrase=team, learners=who_pl)
            tasks, rc_skill = (again.tasks, None) if again.tasks and again.tasks[0].outcome else (tasks, rc_skill)
            if rc_skill is None:  # the text names the work, so these are answered
                open_q = [q for q in open_q if not q.startswith(("Which tasks of ", "Which piece of work"))]
                if first and not work:  # the post's first job is named: the unknown left is when alone, and what next (h18tasks)
                    open_q = [(f"By when must the {who_pl} {first[0]} {first[1]} alone, and which tasks come after it?"
                               if q.startswith("Which tasks must the ") else q) for q in open_q]
        if rc_skill:
            from planner.generators.gate import problems as _problems
            from planner.grounding import ground_offline

            gframe = frame
            if kind == "reskilling":  # the new role's work; its reader only where the text names one
                from planner.text.inflect import gerund as _ger

                w0 = work or first  # the new work as the text names it, "the work of the new role" only where none is (h20goal)
                flow = f"{_ger(w0[0].split()[0])}{' ' + ' '.join(w0[0].split()[1:]) if ' ' in w0[0] else ''} {w0[1]}" if w0 else ""
                flow = (f"{flow} {rc.in_()}" if rc.target else flow) if flow else f"the work {rc.of_work()}"
                gframe = frame.model_copy(update={"workflow": flow, "consumer": frame.consumer if consumer and work else None,
                                                  "consumer_need": frame.consumer_need if consumer and work else None})
            elif first:  # the post's first job is the workflow, not a clause the extractor read elsewhere (h15tasks)
                from planner.text.inflect import gerund as _ger

                gframe = frame.model_copy(update={"workflow": f"{_ger(first[0])} {first[1]}{first[2]}"})
            t = ground_offline(gated(rc_skill, "Do the first real tasks of the new role alongside someone already in it"), gframe)
            if _problems(t.rewritten) or not t.consumer:
                t.rewritten = gated(_cap(t.original).rstrip(".") + ".", t.rewritten)
            tasks = [t]
        if kind == "reskilling" and work and any(t.outcome for t in tasks):  # the text names the new role's work (h15tasks)
            open_q = [q for q in (("Who already in that role can mentor them?" if "mentor them" in q else None)
                                  if q.startswith("Which tasks ") else q for q in open_q) if q]
        if rw is not None:  # the work and the person the text names, in the questions, standard and practice (h17resk)
            open_q, standard, practice = RW.settle(rw, rc, owner, open_q, standard, practice)
        if kind == "reskilling" and work and not PK.buildable(*work):  # "Plan anything on real work": never a garbled action
            practice["task"] = PK.neutral_practice(None, reviewer, place, person=rc.mentor if rc is not None else None)
        if kind in ("onboarding", "reskilling"):
            practice = PK.newcomer_work(practice, frame.text, place)  # the work they have never done (round 11)
        practice = PK.fit(practice, wk, place, system)  # the practice fits the kind of work and its setting (round 10)
        missed = (gated(f"A recent case where the work did not meet this: {behaviour.phrase()}", "A recent case that missed an item of the checklist")
                  if behaviour is not None else gated(f"A recent case that missed {re.sub(r' and ', ' or ', titems[0]) if ' and ' in titems[0] and titems[0] in lacks else titems[0]}", "A recent case that had to be redone")
                  if titems else "A recent case that had to be redone")
        cases = G.sample_cases(missed, consumer, system, behaviour)
        # the text's own condition as a rule, then a domain pack's rules; never the generic pack's (issue 12: padding)
        rules = G.behaviour_rules(behaviour) + P.fill_rules(() if pattern is P.GENERIC else pattern.rules, owner)
        if not rules and owner:
            rules = [f"When a case does not fit the checklist, ask the {owner} before handing it on, and add it to the team's examples" if wk == PK.RECORD else
                     f"When a situation is not covered by the checklist, ask the {owner} before going on, and add it to the team's examples"]
        from planner.extract.intervention import work_clause
        from planner.generators import unstated

        rules = unstated.rules(rules, owner, len(G.behaviour_rules(behaviour)))  # a rule the text does not state is a proposal
        from planner.generators.signal_text import from_goal as _from_goal
        from planner.generators.task_gate import settle as _settle_tasks

        from planner.generators.task_goal import from_task, goal_work

        gwork = ((behaviour.verb, behaviour.obj, behaviour.tail) if behaviour is not None and behaviour.obj else
                 (verb, obj, qual) if verb and obj else first if first else work + ("",) if work else goal_work(goal))
        settled = _settle_tasks(tasks, frame, gwork)  # each a sentence a reader accepts (h19tasks); the goal's work (h20goal)
        from planner.extract.baseline_fit import not_started as _not_started
        from planner.generators import task_finish as TF

        asked = [q for t in settled for q in t.open_questions]
        settled = TF.finish(settled, frame, kind=kind, owner=owner, system=system,
                            newcomers=kind == "onboarding" or _not_started(frame.text))  # the text's work and reader (r11tasks)
        still = {q for t in settled for q in t.open_questions}
        open_q = [q for q in open_q if q not in asked or q in still] + [q for q in still if q not in open_q]
        if not settled and not any(q.startswith(("Which tasks", "Which task", "Which piece", "Which step")) for q in open_q):
            whose_ = f"the {who_pl}'" if who_pl.endswith("s") else f"the {who_pl}'s"
            open_q.insert(0, f"Which tasks will {'the ' + who_pl} do first, and what does a good result look like?" if kind in ("onboarding", "reskilling")
                          else f"Which step of {whose_} work should the plan start from, and what does a good one look like?")
        if any(t.consumer and t.outcome for t in settled):  # the task names the reader and its step: not asked again (h20goal)
            open_q = [q for q in open_q if not q.startswith(("Who receives their work in", "Who receives the work"))
                      and not (q.startswith(("Who receives the ", "Who is next in line after")) and q not in {x for t in settled for x in t.open_questions})]
        tgoal = from_task(goal, settled, frame, _as_phrase(target_role) if kind == "reskilling" and target_role else "", owner or reviewer)  # the placeholder or "can use them" goal, from the grounded task (h20goal)
        if tgoal:
            goal = tgoal
            from planner.generators.questions import TASK_QUESTION

            open_q = [q for q in open_q if q != TASK_QUESTION and not q.startswith("Which piece of work")]
        data = {
            "intervention_type": kind,
            "intervention_rationale": clip(why, 400),
            "intervention_would_change_if": clip(change, 400),
            "skill_goal": _valid_goal(clip(goal, 400), kind, whose),
            "audience": {"role": role[:200], "team": team_name, "headcount": headcount,
                         "description": clip(f"{count}{who}{team}".strip(), 400)},
            "current_gap": gap,
            "work_impact": impact,
            "performance_standard": clip(standard, 400),
            "training_assets": assets[:6],
            "practice_activity": practice,
            "feedback_owner": feedback,
            "success_signal": _from_goal(signal, goal, owner, frame.text),  # (h18sig)
            "review_date": review.isoformat(),
            "review_date_from_text": deadline.text if deadline and deadline.date > today else None,
            "tasks": [t.model_dump() for t in settled],
            "decision_rules": [gated(r, "When unsure, check the job aid before asking, and record the case for the team's examples") for r in rules],
            "common_mistakes": G.mistakes(_mistakes(frame, behaviour, who), pattern.mistakes, pattern is P.GENERIC),
            "practice_cases": cases,
            "delivery_methods": G.delivery(kind, P.DELIVERY[kind], owner, system, things if things != PK.NEUTRAL_THINGS else "work"),
            "open_questions": list(dict.fromkeys(open_q))[:10],
            "language": frame.language,
            "meta": PlanMeta(provider=self.provider, model=self.model, prompt_version=PROMPT_VERSION,
                             today=today.isoformat()).model_dump(),
        }
        from planner.generators import signal_fault as SF  # the work's own unit, the text's own check (h20gap)

        data["success_signal"] = SF.settle(data["success_signal"], text=frame.text, gap=gap, kind=kind, who=who, owner=owner,
                                           learners=_learner_forms(frame), deadline_text=deadline.text if deadline else None,
                                           baseline=_usable_baseline(frame) or frame.baseline)
        unstated.tidy(data, kind=kind, rc=rc, gone=cue.gone, owner=owner,
                      symptoms=bool(frame.symptoms) and (kind != "onboarding" or not unstated.not_started(work_clause(frame.text))))  # no rule, role or case the text does not give (h15type)
        if not (kind == "reskilling" and rc is not None):  # the assets that exist for this kind of work (round 10)
            data["training_assets"] = PK.assets(data["training_assets"], wk, things, reviewer, PK.started(frame.text))
            data["practice_cases"] = PK.cases(data["practice_cases"], wk)
        elif wk != PK.RECORD:  # the new role's live work: nothing of it is anonymised (round 10)
            data["training_assets"] = [dict(a, contains=re.sub(r",\s*anonymised,", ",", a["contains"])) for a in data["training_assets"]]
        _gate_sentences(data)
        return Plan.model_validate(data, context={"today": today})
