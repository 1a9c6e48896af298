"""Practice and assets that fit the kind of work: a record someone writes, or a live performance (issue 12, round 10).

O*NET's generalized work activities set "Documenting/Recording Information" (4.A.3.b.6) apart from work done live,
with people, vehicles or equipment (4.A.4.a.8 "Performing for or Working Directly with the Public", 4.A.3.a.1,
4.A.3.a.3). DOMAIN.md: practice is on real cases of this work, in the system and setting named. A record can be
practised on past real cases (copies, anonymised) and collected as annotated examples with a model answer; a live
performance (a tour, a call, a safety step on site, serving) cannot be copied or anonymised: it is rehearsed first
(role-play, a walk-through) and then done live under observation, in the setting the text names.

The kind is read from the output noun's structure (its head, ``practice_record_nouns``) and the verb: a recording
verb or a record head makes a record; a verb whose object is no record is a live performance; with no verb and no
output read, the kind is unknown and the practice is the neutral shadow-then-do-alone line.
"""

from __future__ import annotations

import re
from typing import Optional

from planner.extract.phrases import whole_np
from planner.generators.gate import gated, problems
from planner.lexicon import words

RECORD, LIVE = "record", "live"
_RECORD_HEADS = words("practice_record_nouns")
_PLACES = words("practice_place_nouns")
_CALENDAR = words("checker_months") | words("checker_days")
# verbs whose object is written down (O*NET 4.A.3.b.6: entering, transcribing, recording)
_RECORDING_VERBS = frozenset("write fill file log record enter key type draft document note transcribe chart update post "
                             "book catalogue register code include attach state list mention".split())
# the plan's own neutral name for the work when the text names no output (offline.things)
NEUTRAL_THINGS = "work samples"


def _singular(w: str) -> str:
    w = w.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def is_record(np: Optional[str]) -> bool:
    """Whether the head of ``np`` (its last word before any complement) names a written or recorded output."""
    from planner.generators.patterns import output_head

    head = output_head(np or "").split()
    return bool(head) and _singular(re.sub(r"[^\w-]", "", head[-1])) in _RECORD_HEADS


def work_kind(verb: Optional[str], obj: Optional[str], things: Optional[str], in_system: bool = False) -> Optional[str]:
    """RECORD, LIVE or None (unknown): from the verb and its object (work done in a system the text names is entered
    there: a record, O*NET 4.A.3.b.6), else from the output noun the plan uses."""
    v = (verb or "").lower().split()[0] if verb else ""
    if obj:
        return RECORD if is_record(obj) or v in _RECORDING_VERBS or in_system else LIVE
    if things and things != NEUTRAL_THINGS:
        return RECORD if is_record(things) else LIVE
    return None


# a place the text names for the work: a locative preposition and a whole noun phrase ("at the Lyric", "near the
# cathedral", "outside st marys"); "in"/"on" are left out (a system, a time: "in Uniform", "on busy nights")
_PLACE = re.compile(r"\b(?P<pp>(?P<prep>at|outside|near|along|inside|around|in|on)\s+(?P<det>the\s+|our\s+)?(?P<np>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?))"
                    r"(?=\s+(?:keep|keeps|are|is|were|was|the|they|we|and|but|so|before|after|when|on|in|at|near|for|with|to|from|by|during|every|,)|[.,;:!?]|$)")
_JOINS = re.compile(r"\b(?:join|joins|joined|joining)\s+(?:the|our)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\b(?=\s+(?:on|in|from|next|this|at|as)\b|[.,;:]|$)", re.I)
_FEASTS = frozenset("christmas easter halloween thanksgiving diwali eid ramadan hanukkah passover new".split())
_NOT_HEAD = frozenset("next first today tomorrow now again alone too then later once".split())
_NOT_PLACE = re.compile(r"^(?:the\s+)?(?:end|start|beginning|moment|time|least|most|first|last|once|all|night|nights|weekend|interval|"
                        r"week|month|year|day|same|latest|earliest|random|times|worst|best|\d)", re.I)


def setting(text: str, system: Optional[str] = None, team: Optional[str] = None) -> Optional[str]:
    """The place the text names for the work, as written ("at the Lyric"), else the team when it names a place
    ("join the comms room" -> "in the comms room"), or None."""
    found = _setting(text, system)
    if found:
        return found
    j = _JOINS.search(text or "")
    if j and (j.group("np").split()[-1].lower() in _PLACES or _singular(j.group("np").split()[-1]) in _PLACES):
        return f"in the {j.group('np')}"  # "two new call-takers join the comms room": where the work happens
    if not team:
        return None
    head = team.split()[-1].lower()
    return f"in the {team}" if (head in _PLACES or _singular(head) in _PLACES) and not team.lower().startswith("the ") else None


def _setting(text: str, system: Optional[str]) -> Optional[str]:
    for m in _PLACE.finditer(text or ""):
        ws = m.group("np").split()
        # "at Hexham station shuts": the name and its place noun, not the verb after them
        keep = max((i for i, w in enumerate(ws) if w[:1].isupper() or w.lower() in _PLACES or _singular(w) in _PLACES), default=-1)
        if keep < 0 or ws[keep].lower() in _NOT_HEAD:
            continue
        np = " ".join(ws[:keep + 1])
        if _NOT_PLACE.match(np) or (system and system.lower() in np.lower()) or ws[0].lower() in _CALENDAR | _FEASTS:
            continue  # "at Easter", "on Monday", "at the end": a time, not a place
        head = re.sub(r"[^\w-]", "", ws[keep]).lower()
        place_head = head in _PLACES or _singular(head) in _PLACES
        if m.group("prep").lower() in ("in", "on") and not (m.group("det") and place_head):
            continue  # "in Uniform", "in March", "on busy nights", "on C": a system or a time, unless "in the comms room"
        if not (ws[0][:1].isupper() or place_head) or len(ws[keep]) < 2:
            continue
        pp = " ".join(f"{m.group('prep')} {m.group('det') or ''}{np}".split())
        return pp if not problems(pp, phrase=True) else None
    return None


def _partner(reviewer: str) -> str:
    """The person to work beside: a name as the text writes it ("Gloria", "Sue (the planning lead)"), a role with its
    article, or the neutral blank."""
    if reviewer == "reviewer":
        return "an experienced colleague (who: see open questions)"
    return reviewer if reviewer[:1].isupper() or reviewer.lower().startswith(("the ", "a ", "an ", "their ", "our ")) or reviewer == "you" else f"the {reviewer}"


def watcher(reviewer: str) -> str:
    """Who watches the first real cases when the text names no one: the learners' line manager, the role the plan's
    feedback owner assumes (planner.generators.owner_check.line_manager), never the placeholder "the reviewer"."""
    return "their line manager" if reviewer == "reviewer" else reviewer


def live_practice(phrase: str, reviewer: str, where: Optional[str]) -> str:
    """A live performance: rehearsed, then done live under observation, then alone, in the setting named."""
    at = f" {where}" if where and where.lower() not in phrase.lower() else ""  # "Close jobs in Rectify": said once
    who = _partner(reviewer)
    core = phrase[:1].upper() + phrase[1:]
    them = who if reviewer != "reviewer" else "them"
    return gated(f"{core}: first rehearse it with {who}{at}, then do it live{at} with {them} watching the first few times, "
                 "then alone, going through each against the checklist together",
                 neutral_practice(None, reviewer, where))


def neutral_practice(output: Optional[str], reviewer: str, where: Optional[str], person: Optional[str] = None) -> str:
    """The line true for any work: shadow, then do it with the reviewer, then alone (DOMAIN.md: practice on real work).
    ``person``: the one the text names to work beside (a mentor by name), else the reviewing role."""
    who = person or _partner(reviewer)
    them = who if person or reviewer != "reviewer" else "them"
    what = f" on real {output}" if output and output != NEUTRAL_THINGS and whole_np(output) else " on the real work"
    at = f" {where}" if where else ""
    if who == "you":  # the manager writing works beside them ("I walk the pitches with them")
        return gated(f"Watch you do the real work{at} first, then do it together, then alone with you checking each one",
                     "Shadow an experienced colleague on the real work first, then do it together, then alone with the reviewer checking each one")
    return gated(f"Shadow {who}{what}{at} first, then do it together, then alone with {them} checking each one",
                 "Shadow an experienced colleague on the real work first, then do it together, then alone with the reviewer checking each one")


_COPY_WORDS = re.compile(r"\s*\((?:anonymised|anonymized)(?: where needed)?\)|,?\s*on copies of real cases|\s+anonymised(?: where needed)?,?", re.I)


def fit(practice: dict, kind: Optional[str], where: Optional[str], system: Optional[str]) -> dict:
    """Rewrite a practice built for records so that it fits live or unknown work: no copies, nothing anonymised, the
    setting the text names (else the real workflow)."""
    out = dict(practice)
    # the task is this week's real work: "on copies of real cases" beside it says the opposite (a record's past
    # cases stay in the materials)
    out["setting"] = re.sub(r",?\s*on copies of real cases", "", practice.get("setting", "")).strip(" ,") or "in the real workflow"
    # "during normal work on the wrong units": a fault read as the team names no setting (DOMAIN.md: the setting named)
    out["setting"] = re.sub(r",?\s*during normal work on the (?:wrong|missing|incorrect|late|same|other)\b[^,]*", "", out["setting"]).strip(" ,") or "in the real workflow"
    if kind == RECORD or kind is None:
        # this week's real work is done, not copied: the past cases are the team's own, in the system named
        # (readers: "(anonymised)" beside real work in the named system "does not fit"; DOMAIN.md: real cases of this work)
        out["materials"] = [_own_cases(m, system) for m in practice.get("materials", [])]
    if kind == RECORD:
        if re.search(r"\bduring (?!normal\b)[a-z]", practice.get("task", "")):  # "mark up cue sheets during tech rehearsals": made live
            out["materials"] = [_COPY_WORDS.sub("", m).strip(" ,") for m in practice.get("materials", [])]
        out["setting"] = _tidy(out["setting"])
        return out
    out["materials"] = [m2 for m in practice.get("materials", []) if (m2 := _COPY_WORDS.sub("", m).strip(" ,"))]
    generic = r"(?:recent real|three recent pieces|real tasks)\b" if kind == LIVE else rf"(?:recent real (?:{NEUTRAL_THINGS}|cases)$|three recent pieces)"
    out["materials"] = [m for m in out["materials"] if not re.match(generic, m)] or ["the checklist"]
    s = re.sub(r",?\s*on real cases$", "", _COPY_WORDS.sub("", out["setting"]).strip(" ,")).strip(" ,")
    if where and re.match(r"(?:as an? |in the new role\b)", s):
        s = where + re.sub(r"^(?:as an? [^,]+|in the new role)", "", s)  # "as a phone adviser" names no setting; the text's place does
    if where and where.lower() not in s.lower() and not (system and s.lower().startswith(f"in {system.lower()}")):
        s = f"{where}, {s}" if s and s != "in the real workflow" else where
    out["setting"] = _tidy(s or where or "in the real workflow")
    return out


# a numbered or lettered place written without an article ("ward 4", "bay C", "gate 12"): "on the ward 4" reads garbled
_NUMBERED = re.compile(r"\b(?:on|in|at) the (?P<np>[a-z]+ (?:\d+[a-z]?|[A-Z]))\b")


def _tidy(setting: str) -> str:
    """"at the door, in the real workflow, during normal work on the ward 4" -> "at the door, during normal work on ward
    4": the neutral "in the real workflow" only where nothing names the setting; no article before a numbered place."""
    parts = [p.strip() for p in setting.split(",") if p.strip()]
    if len(parts) > 1:
        parts = [p for p in parts if p != "in the real workflow"] or parts
    for i, p in enumerate(parts):  # "in the comms room, during normal work on the comms room": the place said once
        m = re.match(r"during normal work on (?P<np>.+)$", p)
        if m and any(m.group("np").lower() in q.lower() for j, q in enumerate(parts) if j != i):
            parts[i] = "during normal work"
    out = ", ".join(dict.fromkeys(parts))
    return _NUMBERED.sub(lambda m: m.group(0).replace(" the ", " ", 1), out)


_RECENT = re.compile(r"^recent real (?P<what>.+?) \((?:anonymised|anonymized)\)$")


def _own_cases(material: str, system: Optional[str]) -> str:
    """"recent real perio charts (anonymised)" -> "recent perio charts from the team's own work" (in the system the
    text names, when it names one); any other material unchanged."""
    m = _RECENT.match(material)
    if not m:
        return material
    what = m.group("what")
    what = "cases" if what == NEUTRAL_THINGS else what
    where = f" in {system}" if system and system.lower() not in what.lower() else ""
    return gated(f"recent {what}{where} from the team's own work", material, phrase=True)


def assets(items: list[dict], kind: Optional[str], things: str, reviewer: str, started: bool) -> list[dict]:
    """The assets that exist for this kind of work: annotated past records for a record; for live work, observation
    notes and rehearsal situations (no "past tours ... each with a model answer"); a new starters' guide written before
    the first shift only for people who have not started."""
    who = f"the {reviewer}" if reviewer != "reviewer" else "an experienced colleague"
    out = []
    for a in items:
        a = dict(a)
        if kind != RECORD and a.get("kind") == "examples":
            a["title"] = "Observed examples: good and weak"
            a["contains"] = f"Short notes from watching {who} do the work, step by step against the checklist, beside what a weak one looks like."
        elif kind != RECORD and a.get("kind") == "practice_cases":
            a["title"] = "Rehearsal situations" if kind == LIVE else "Practice set of real cases"
            a["contains"] = (f"A few typical and difficult situations of this work, chosen with {who}, to rehearse before doing it live."
                             if kind == LIVE else f"Recent cases of this work chosen with {who}, from the simplest up.")
        elif a.get("kind") == "sop" and started and "before the first shift" in a.get("contains", ""):
            a["contains"] = a["contains"].replace("before the first shift", "in their first weeks")
        out.append(a)
    return out


_STARTED = re.compile(r"\b(?:started|joined|began|arrived|transferred|came (?:over|across))\b|"
                      r"\bhired\b[^.;]{0,40}?\b(?:last (?:week|month|year)|ago|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b[^.;]{0,30}\b(?:are|is|keep|have been))", re.I)
_NOT_YET = re.compile(r"\b(?:will|'ll|are going to|is going to)\s+(?:start|join|begin|arrive)\b|\b(?:start|starts|join|joins|begin|begins)\s+"
                      r"(?:on|next|in|from|this coming|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def started(text: str) -> bool:
    """Whether the newcomers already work here ("they started last week"), so nothing is written 'before the first shift'."""
    return bool(_STARTED.search(text or "")) and not _NOT_YET.search(text or "")


# a verb that names the error itself ("double-book", "overfill", "mis-key"): practising it rehearses the symptom (Mager:
# the discrepancy is not the performance wanted)
_FAULT_PREFIX = re.compile(r"^(?:mis-?|double-|over-?|under-|wrong-)(?P<base>[a-z]{3,})$", re.I)
_WORK_AUX = frozenset("do does did have has had".split())  # "do the final quality check" is work
_STALE = frozenset("stale outdated out-of-date expired".split())
_PARTICLES = frozenset("up out off down in on back over away through".split())
_CLAUSE_IN_TAIL = re.compile(r"\b(?:hardly ever|never|rarely|seldom|always|usually|often|keep|keeps)\s+(?!the\b|a\b|an\b)[a-z]+", re.I)
_DEGREE = frozenset("half quite fully completely partly totally all too very so".split())
_NOT_OBJECTS = frozenset("anything something everything nothing it them this that these those stuff things all".split())


def buildable(verb: Optional[str], obj: Optional[str], tail: str = "") -> bool:
    """Whether "verb obj" is a wanted action a practice can rehearse whole: not an error verb, not a pronoun or an
    adjective phrase in the object slot ("Plan anything", "Report half empty")."""
    from planner.concreteness.tagger import tags
    from planner.extract.phrases import can_be_verb

    from planner.extract.task import AUX, SYMPTOM_ADJECTIVES

    v = (verb or "").lower().split()[0] if verb else ""
    if v in AUX - _WORK_AUX:
        return False  # "Still load every machine by habit": an adverb or auxiliary read as the verb
    phrase_words = set(re.findall(r"[a-z-]+", f"{obj or ''} {tail or ''}".lower()))
    if phrase_words & (SYMPTOM_ADJECTIVES | _STALE) - {"short", "long"} or re.search(r"\bby habit\b", tail or "", re.I):
        return False  # "Publish dashboards with stale filters": the fault in the object is the symptom, not the performance
    m = _FAULT_PREFIX.match(v)
    if m and can_be_verb(m.group("base")) and v not in ("overhaul", "oversee", "overlay", "underline", "undertake", "misses"):
        return False
    if not obj:
        return bool(v)
    bare = re.sub(r"^(?:the|a|an|their|our|his|her|each|every|all)\s+", "", obj.strip(), flags=re.I)
    ws = bare.split()
    if not ws or ws[-1].lower() in _NOT_OBJECTS or (len(ws) == 1 and ws[0].lower() in _PARTICLES | (AUX - _WORK_AUX)):
        return False  # "Plan anything", "Write up" with the particle read as the object
    if len(ws) == 1 and bare == obj.strip() and {"RB", "JJ"} <= tags(ws[0].lower()) and not ws[0].lower().endswith("s"):
        return False  # "Mow straight", "Work fast": a manner adverb in the object slot, no work object (Mager: a performance)
    if _CLAUSE_IN_TAIL.search(tail or ""):
        return False  # "... after a home visit hardly ever record what ...": a second clause, not the action's condition
    if bare == obj.strip() and ws[0].lower() in _DEGREE and all("JJ" in tags(w) for w in ws[1:]) and len(ws) >= 2:
        return False  # "half empty": a degree word and an adjective, no determiner, no noun head
    return True


_LIVE_CASES = {
    "A recent case that had to be redone": "A recent time it went wrong, told by the person who saw it",
    "A recent case that missed an item of the checklist": "A recent time a step of the checklist was missed, told by the person who saw it",
    "An edge case the team disagrees on": "A difficult situation the team handles in different ways",
    "A typical case from the team's own recent work, with how an experienced colleague handled it":
        "A typical situation of this work, with how an experienced colleague handles it",
}


def cases(items: list[str], kind: Optional[str]) -> list[str]:
    """Sample practice cases for live work are situations to rehearse, not records to redo."""
    if kind != LIVE:
        return items
    return [_LIVE_CASES.get(c, c).replace("A recent case where the work did not meet this: ", "A recent time this was not done: ") for c in items]


# a product or place the text names the work in ("write up in Mosaic", "record it on Obsly", "in RiO"): a capitalised
# name after in/on/into/using/through, never a month, a day or a sentence's first word
_NAMED_IN = re.compile(r"(?<=[a-z,] )(?P<pp>(?:in|on|into|using|through)\s+(?:the\s+)?(?P<name>[A-Z][\w-]*(?:\s+(?:\d+|[A-Z])\b)?))(?=[\s.,;:!?)]|$)")


def named_in(text: str) -> Optional[str]:
    """"in Mosaic": where the text says the work is done, when no system was read."""
    for m in _NAMED_IN.finditer(text or ""):
        name = m.group("name")
        if name.split()[0].lower() in _CALENDAR or name.lower() in ("i", "we", "the") or name.isupper() and len(name) <= 2 or name.endswith("s'"):
            continue
        pp = m.group("pp")
        return pp if not problems(pp, phrase=True) else None
    return None


def record_things(things: str, obj: Optional[str]) -> Optional[str]:
    """The learners' own record, counted ("write the refusal letter" -> "refusal letters"), where the plan would
    otherwise say its neutral "work samples"; None when the object is no record or not a whole noun phrase."""
    from planner.extract.phrases import plural
    from planner.generators.patterns import output_head

    if things != NEUTRAL_THINGS or not obj or not is_record(obj):
        return None
    bare = re.sub(r"^(?:the|a|an|their|our|each|every|all)\s+", "", output_head(obj), flags=re.I).strip()
    ws = bare.split()
    if not ws or len(ws) > 4 or not whole_np(bare) or re.search(r"[^\w\s'-]", bare):
        return None
    head = ws[-1]
    many = head if head.lower().endswith("s") and _singular(head) != head.lower() else plural(head)
    return " ".join(ws[:-1] + [many])


# "Neither has set up a Treif slicer for a product changeover before", "None of them has done a night duty round or
# written up an incident in StarRez": what the newcomers have never done is the new work they practise (DOMAIN.md:
# onboarding; for newcomers and role changes the practice is the new work, rehearsed then done with the named coach)
_NEVER_DONE = re.compile(r"(?:\b(?:neither|none|not one|nobody|no one|they|he|she)(?:\s+of\s+(?:them|us|the\s+[a-z-]+))?(?:['’]ve|\s+(?:has|have|had))"
                         r"|\b(?:but|and)\s+(?:has|have|had))"
                         r"(?:(?P<never>\s+never)|n['’]t|\s+not)?\s+(?:ever\s+)?(?P<vp>[a-zA-Z][\w -]{3,90}?)(?:\s+before\b|(?(never)(?=\s*[.;!?]|\s*$)|(?!)))", re.I)
_VP_PARTICLES = frozenset("up out in on off over through round down".split())


def _base_vp(vp: str) -> Optional[str]:
    """"set up a Treif slicer" -> "set up a Treif slicer"; "written up an incident in StarRez" -> "write up ..."."""
    from planner.extract.phrases import base_verb, can_be_verb

    ws = vp.split()
    if len(ws) < 2 or not can_be_verb(base_verb(ws[0])) or base_verb(ws[0]) in ("be", "have", "get", "work", "use", "see", "start", "join"):
        return None
    head = [base_verb(ws[0])] + ([ws[1]] if ws[1].lower() in _VP_PARTICLES and len(ws) > 2 else [])
    rest = ws[len(head):]
    if not rest or not whole_np(" ".join(re.split(r"\s+(?:in|on|at|for|with|from|into)\s+", " ".join(rest))[0].split())):
        return None
    return " ".join(head + rest)


def never_done_work(text: str) -> Optional[str]:
    """The new work the text says the newcomers have never done, in the base form ("set up a Treif slicer for a
    product changeover"; two coordinated pieces joined by "and"), or None."""
    for m in _NEVER_DONE.finditer(text or ""):
        vp = m.group("vp").strip()
        pieces = re.split(r"\s+(?:or|and)\s+(?=[a-z]+(?:ed|en|ne|un|t)\b)", vp)
        based = [_base_vp(p) for p in pieces]
        if based and all(based):
            out = re.sub(r"\s+or\s+(?=the\s|a\s|an\s)", " and ", " and ".join(based))  # both are practised
            return out if not problems(out, phrase=True) else None
    return None


def newcomer_work(practice: dict, text: str, where: Optional[str]) -> dict:
    """"Shadow Gary (the line setter) on real cases first, ..." -> "Set up a Treif slicer for a product changeover:
    first watch Gary (the line setter) do it, then do it together, then alone with ... checking each one" where the
    text names the work they have never done."""
    task = practice.get("task", "")
    m = re.match(r"^Shadow (?P<who>.+?) on real (?P<what>[^:,]+?)(?P<tail> first, then do them together, then alone with (?P<chk>.+?) checking each one)$", task)
    work = never_done_work(text) if m else None
    what = re.sub(r"\s+(?:in|on|at)\s+.*$", "", m.group("what")).lower().split() if m else []
    if not work or what != ["cases"] and not any(len(w) > 3 and re.search(rf"\b{re.escape(w[:5])}", work, re.I) for w in what):
        return practice  # the work they have never done says more than the practice, or the same work
    at = f" {where}" if where and where.lower() not in work.lower() else ""
    new = gated(f"{work[:1].upper()}{work[1:]}{at}: first watch {m.group('who')} do it, then do it together, then alone with "
                f"{m.group('chk')} checking each one", task)
    return {**practice, "task": new}


def rehearses_fault(b) -> bool:
    """"keep letting latecomers in mid-scene" read as "let latecomers in mid-scene": the kept act unchanged, so
    practising it rehearses the symptom (Mager: the discrepancy is not the performance wanted)."""
    if b is None or b.kind != "kept":
        return False
    m = re.match(r"^(?:(?:keep|keeps|kept|still|are|is|were|keep on|always|often)\s+)+(?P<g>[a-z-]+ing)\b(?P<rest>.*)$", b.clause.strip(), re.I)
    if not m:
        return False
    from planner.extract.phrases import base_verb

    if base_verb(m.group("g").lower()) != b.verb.split()[0].lower():
        return False  # "keep missing the NEWS2 step" -> "complete the NEWS2 step": the wanted act, not the fault
    said = " ".join(m.group("rest").split()).lower()
    built = " ".join(f"{b.obj}{b.tail}".split()).lower().replace(" every time", "")
    return said == built or said.startswith(built) and len(built.split()) >= 2
