"""The skill goal, practice and first task of a reskilling plan from what the text gives about the new work (issue 12,
h17resk), instead of "Do the core tasks of the new role ..." which readers score 0.

DOMAIN.md, rubric 2: the goal is "one observable performance on this team's real output ... not the job being
automated away"; Mager's performance objective is a performance (verb + object), its conditions and its criterion;
O*NET task statements are an action verb and its object as the occupation writes them. A reskilling text names
the new work in one of a few ways, tried in this order (faithful over complete: each is a whole constituent of the
text, else an explicit blank that says what must be confirmed and with whom):

1. the new work as written, verb + whole object: a modal clause whose subject is the learners ("our 5 welders will
   look after the robot cells"), a phrasal verb of the work ("deal with the vendor disputes"), a gerund as the
   destination ("moving them into raising purchase orders in Coupa"), or the work they have not done yet ("None of
   them has tagged a deed before", "they've never used a ground microphone": Mager, what the newcomer cannot yet do);
2. else the destination with its own output when the text's checker names it ("Tomasz spot-checks ten requests",
   "the engineering manager will review their models");
3. else the destination exactly as written, with what must be confirmed: "Handle freight claims work on their own
   (which freight claims tasks come first: to confirm with Bea)".

Every candidate passes the plan contract (planner.rules.vague_goal_problem) and the well-formedness gate, or the
next is tried; the old work (a clause of the "gone" cue) is never the new work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from planner.concreteness import tagger as T
from planner.extract.phrases import base_verb
from planner.generators.gate import gated
from planner.text.case import cap as _cap
from planner.extract.new_work import tokens

_SENT = re.compile(r"(?<=[.!?;])\s+|\n+")
_MODAL = frozenset("will 'll would could can should must".split())
_NOT_NEW = frozenset("be become have get need want move go leave stay join switch transfer retrain train learn start "
                     "lose keep miss say think like shadow sit".split())
# the particle or preposition a phrasal verb of the work takes ("deal with the disputes", "look after the cells")
_PHRASAL = {"deal": "with", "look": "after", "take": "over", "sort": "out", "set": "up", "take care": "of"}


@dataclass(frozen=True)
class Work:
    verb: str          # "tag", "look after", "handle"
    obj: str           # "deeds", "the robot cells"
    level: int         # 1 the work as written, 2 the destination's output, 3 the destination only
    where: str = ""    # " in Coupa", " at the inter-library loans desk"
    rc: object = None  # the role change with the destination this module read where role_change read none
    mentor: Optional[str] = None  # a mentor the role_change frames leave out ("Bea ... said she'd mentor them")
    by: str = ""       # " before the summer release": the text's own date for working alone (h21goalq)


def _vp(toks: list[str], i: int) -> Optional[tuple[str, str]]:
    from planner.extract.new_work import verb_phrase as vp

    return vp(toks, i)


def _old_work(text: str, cue_gone: tuple[str, ...], obj: str) -> bool:
    head = obj.split()[-1].lower().rstrip("s")
    # the word itself, plural or not: "cartons" is not the "cartoner" that replaces the work (h18tasks)
    return any(head and re.search(rf"\b{re.escape(head)}(?:s|es)?\b", g, re.I) for g in cue_gone)


def _phrasal(toks: list[str], i: int) -> Optional[tuple[str, str]]:
    """"deal with the vendor disputes for accounts payable": a phrasal verb the new-work frames leave out."""
    low = toks[i].lower() if i < len(toks) else ""
    base = base_verb(low) if low else ""
    part = _PHRASAL.get(base)
    if not part or i + 1 >= len(toks) or toks[i + 1].lower() != part:
        return None
    vp = _vp(["handle"] + toks[i + 2:], 0)  # the object read as the object of a plain verb, then the verb put back
    return (f"{base} {part}", vp[1]) if vp else None


def _learner_subject(low: list[str], i: int, role_head: Optional[str]) -> bool:
    """The word before the modal is the learners: "they", or the head of their role ("our 5 welders")."""
    prev = low[i - 1] if i > 0 else ""
    if prev in ("they", "she", "he", "some", "most", "both", "each"):
        return True
    return bool(role_head) and prev.rstrip("s") == role_head.split()[-1].lower().rstrip("s")


def _modal_work(text: str, role_head: Optional[str]) -> Optional[tuple[str, str]]:
    for sent in _SENT.split(text):
        toks = tokens(sent)
        low = [t.lower() for t in toks]
        for i, w in enumerate(low):
            if w not in _MODAL or not _learner_subject(low, i, role_head):
                continue
            k = i + 1
            if k < len(low) and low[k] in ("not", "never", "no") or w.endswith("n't"):
                continue  # "won't be keying paper requisitions": the work going away
            while k < len(low) and low[k] in _ADVERBS:
                k += 1  # "they'll mostly be ..."
            if k + 1 < len(low) and low[k] == "be" and low[k + 1].endswith("ing") and T.tags(low[k + 1]) & {"VBG"} \
                    and base_verb(low[k + 1]) not in _NOT_NEW:
                vp = _vp([base_verb(low[k + 1])] + toks[k + 2:], 0)  # "will be grading leather": the progressive (h21goalq)
                if vp:
                    return vp
            if k + 1 < len(low) and low[k] == "be" and low[k + 1] == "on":
                d = _activity(toks[k + 2:])  # "theyll be on truss design in MiTek": the activity they will be on (h21goalq)
                if d:
                    return d
            if k < len(low) and low[k] in _NOT_NEW:
                continue
            vp = _phrasal(toks, k) or _vp(toks, k)
            if vp:
                return vp
    return None


_ADVERBS = frozenset("mostly mainly also usually often just then initially largely primarily".split())
_ACT_HEAD = re.compile(r"(?:[a-z]+ing|design|analysis|support|maintenance|inspection)$")
_ACT_STOP = frozenset("instead from then now after before until when while and but so because for with,".split())


def _activity(toks: list[str]) -> Optional[tuple[str, str]]:
    """"truss design in MiTek", "accessibility testing on the website": an activity noun phrase (a gerund or an
    activity head), with the place or tool that follows it, as ("carry out", the phrase); None otherwise."""
    words: list[str] = []
    for t in toks:
        if t.lower() in _ACT_STOP or not re.fullmatch(r"[\w'-]+", t):
            break
        words.append(t)
    # the activity itself: at most three words ending on its head, then "in/on/at X" (one or two words)
    for n in (3, 2, 1):
        core, rest = words[:n], words[n:]
        if len(core) < n or core[0].lower() in ("the", "a", "an", "their", "our") or not all(re.fullmatch(r"[a-z-]+", w) for w in core):
            continue
        head = core[-1].lower()
        if not _ACT_HEAD.search(head) or head.endswith("ing") and not T.tags(head) & {"NN"} and n < 2 \
                or any(w.lower() in _NOT_NEW or w.lower() in _MODAL for w in core):
            continue  # "be doing": no activity; a bare gerund only where the tagger reads it as a noun
        pp = re.match(r"^((?:in|on|at)\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]*)?)", " ".join(rest))
        return "carry out", " ".join(core) + (" " + pp.group(1) if pp else "")
    return None


# "moving across to accessibility testing on the website", "going to be doing online order packing" (h21goalq)
_DEST_ACTIVITY = re.compile(r"\b(?:mov\w*|go\w*|switch\w*|transfer\w*|put\w*|redeploy\w*|cross-train\w*)\s+(?:them\s+)?(?:across\s+|over\s+)?"
                            r"(?:in|on)?to\s+(?!be\b)(?=[a-z])", re.I)
_GOING_TO_BE = re.compile(r"\b(?:are|is|'re)\s+going\s+to\s+be\s+(?P<v>[a-z]+ing)\s+", re.I)
_NEED_IS = re.compile(r"\b(?:need|want)\s+from\s+(?:them|him|her)\b[^.;!?]{0,30}?\b(?:is|are|will\s+be)\s+(?P<v>[a-z]+ing)\s+", re.I)


def _activity_destination(text: str) -> Optional[tuple[str, str]]:
    for rx in (_GOING_TO_BE, _NEED_IS):
        for m in rx.finditer(text):
            v = base_verb(m.group("v").lower())
            if v in _NOT_NEW:
                continue
            vp = _activity(tokens(text[m.end():])) if v == "do" else _vp([v] + tokens(text[m.end():]), 0)
            after = text[m.end():]
            cut = after.find(vp[1].split()[-1]) + len(vp[1].split()[-1]) if vp and v != "do" else -1
            if vp and cut > 0 and re.match(r"\s+and\s+(?![a-z]+ing\b)[\w-]+", after[cut:]):
                continue  # "analysing the SCOOT and journey-time data": the object cut inside its own "and"
            if vp:
                return vp
    for m in _DEST_ACTIVITY.finditer(text):
        d = _activity(tokens(text[m.end():]))
        if d and len(d[1].split()) >= 2:  # "accessibility testing", never a bare "underwriting"
            return d
    return None


_GERUND_DEST = re.compile(r"\b(?:mov\w*|go\w*|switch\w*|transfer\w*|put\w*)\s+(?:them\s+|him\s+|her\s+)?(?:in)?to\s+([a-z]+ing)\b", re.I)
_NONE_BEFORE = re.compile(r"\b(?:none of them|not one of them|nobody|no one)\s+(?:has|have|had)\s+([a-z]+ed|done|made|run|written|sold|built|taken|set)\s+", re.I)


# "will move into quality inspection, checking sealed cartons against the spec sheet": the destination, then its work
_DEST_WORK = re.compile(r"\b(?:mov\w*|go\w*|switch\w*|transfer\w*|put\w*)\s+(?:them\s+|him\s+|her\s+)?(?:in)?to\s+[^,.;:!?]{3,50}?[,:\u2013-]\s*([a-z]+ing)\b", re.I)


def _gerund_destination(text: str, rx: re.Pattern = _GERUND_DEST) -> Optional[tuple[str, str]]:
    """"moving them into raising purchase orders in Coupa": the destination is itself the work; with ``_DEST_WORK``,
    "will move into quality inspection, checking sealed cartons ...": the work named right after it (h18tasks)."""
    for m in rx.finditer(text):
        g = m.group(1).lower()
        if not T.tags(g) & {"VBG"} or base_verb(g) in _NOT_NEW:
            continue
        toks = tokens(text[m.start(1):])
        vp = _vp(toks, 0)
        if vp:
            return vp
    return None


def _not_done_yet(text: str) -> Optional[tuple[str, str]]:
    """"None of them has tagged a deed before", "they've never used a ground microphone": the work to learn."""
    from planner.extract.new_work import never_done
    from planner.extract.phrases import plural

    vp = never_done(text)
    if not vp:
        for m in _NONE_BEFORE.finditer(text):
            toks = tokens(text[m.start(1):])
            vp = _vp([base_verb(toks[0].lower())] + toks[1:], 0)
            if vp:
                break
    if not vp:
        return None
    verb, obj = vp
    obj = re.sub(r"\s+before$", "", obj)
    obj = re.sub(r"\s+or\s+", " and ", obj)  # "never done patrols or incident reports": the work is both
    m = re.match(r"^(?:a|an)\s+(.+)$", obj)
    if m and verb != "use" and not re.search(r"\b(?:in|on|at|for|with)\b", m.group(1)):
        obj = plural(m.group(1))  # "tagged a deed" -> "tag deeds": the work is every deed, not one (a tool stays one)
    return verb, obj


def new_work(text: str, role_head: Optional[str], cue_gone: tuple[str, ...] = ()) -> Optional[tuple[str, str]]:
    """The new role's work as the text writes it (level 1), or None."""
    for find in (lambda: _modal_work(text, role_head), lambda: _gerund_destination(text), lambda: _gerund_destination(text, _DEST_WORK),
                 lambda: _activity_destination(text), lambda: _not_done_yet(text)):
        vp = find()
        if vp and not _old_work(text, cue_gone, vp[1]):
            return vp
    return None


# --- level 2: the destination's own output, named by the text's checker ----------------------------------------------

_CHECK = re.compile(r"\b(?:reviews?|review|checks?|check|spot-checks?|spot-check|signs?\s+off|sign\s+off|approves?|approve|goes\s+through|go\s+through|listens\s+to|listen\s+to)\s+"
                    r"(?:(?:every|each|all)\s+(?:of\s+)?(?:their\s+)?|their\s+(?:first\s+)?(?:[a-z0-9]+\s+)?|(?:[a-z0-9]+)\s+)?([a-z][a-z-]*s)\b", re.I)
_NOT_OUTPUT = frozenset("them times things weeks days months hours people others shifts sessions".split())


def destination_output(text: str) -> Optional[str]:
    """"Tomasz ... spot-checks ten requests per person", "will review their models": the plural noun the checker
    checks, as written."""
    for m in _CHECK.finditer(text):
        noun = m.group(1).lower()
        if noun in _NOT_OUTPUT or noun in T.CLOSED or not T.tags(noun) & {"NNS", "NN"}:
            continue
        return noun
    return None


def _output_verb(noun: str) -> str:
    if re.search(r"(?:notes|reports|letters|summaries|records|forms|models|drawings|plans|quotes|estimates)$", noun):
        return "produce"
    return "handle"


# --- the goal ----------------------------------------------------------------------------------------------------------

def _dest_bare(target: str) -> str:
    return re.sub(r"^(?:the|a|an|our|their)\s+", "", target, flags=re.I)


_PERSON_END = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|eer|host|lead|head|associate|clerk|nurse|analyst|agent|rep)$")


def _is_role(rc) -> bool:
    """A role noun ("a phone banker", "customer hosts"), not a team, desk or function ("freight claims")."""
    if not rc.target or rc.target.lower().startswith("the "):
        return False
    if rc.target.lower().startswith(("a ", "an ")):
        return not rc.team
    from planner.lexicon import words
    from planner.text.inflect import singular

    last = singular(rc.target.split()[-1].lower())
    return bool(_PERSON_END.search(last)) or last in words("context_role_nouns")


def _where(rc) -> str:
    if not rc.target:
        return ""
    if _is_role(rc):
        from planner.extract.phrases import plural

        role = re.sub(r"^(?:an?)\s+", "", rc.target)
        return f" as {plural(role)}"  # "on their own as indexers"
    return f" in {rc.target}" if not rc.target.lower().startswith("the ") else (
        f" at {rc.target}" if re.search(r"\bdesk$", rc.target, re.I) else f" in {rc.target}")


def _when(rc) -> str:
    if not rc.ends:
        return ""
    return f", ready for when the current work ends ({rc.ends})" if rc.ends.lower().startswith("after") else \
        f", ready before the current work ends {rc.ends}"


def named_checker(text: str) -> Optional[str]:
    """The person the text names to check or coach the learners' first work ("Marcus, who runs renewals, will
    listen in on their first fifteen calls"; h21goalq), as the one reader of checkers reads them
    (planner.extract.checker)."""
    from planner.extract.checker import read

    c = read(text)
    return c.name if c is not None and c.name and not c.first_person else None


def who(rc, owner: Optional[str], w: Optional[Work] = None) -> Optional[str]:
    """The person the text names to mentor or check them: the mentor, else the feedback owner."""
    if rc.mentor:
        return rc.mentor
    if owner and owner.lower() not in ("reviewer", "the reviewer"):
        return owner if owner[:1].isupper() or owner.lower().startswith(("the ", "a ", "an ")) else f"the {owner}"
    return getattr(rc, "checker", None)  # "He'll check their first twenty claims": Joe (h20rev)


# "are being moved onto the collections desk", "switch over to the parts counter": a team or desk as the destination
_ONTO = re.compile(r"\b(?:mov\w*|go\w*|went|switch\w*|transfer\w*|put)\s+(?:them\s+)?(?:onto|on to|over to|across to)\s+"
                   r"((?:the|our)\s+(?:[\w-]+\s+){0,3}?(?:team|department|desk|office|unit|counter|line|section))\b", re.I)


def work(text: str, rc, role_head: Optional[str], cue_gone: tuple[str, ...], found: Optional[tuple[str, str]] = None) -> Optional[Work]:
    """The new work at the first level the text gives; None when it names no destination and no work."""
    vp = found or new_work(text, role_head, cue_gone)
    mentor = rc.mentor  # the one reader of who coaches them (role_change.mentor, planner.extract.checker first)
    if not rc.target:
        m = _ONTO.search(text)
        if m:
            import dataclasses

            rc = dataclasses.replace(rc, target=re.sub(r"^(?:our|their)\s+", "the ", m.group(1), flags=re.I), team=True)
    a = _ALONE_BY.search(text)
    by = f" {a.group('w').strip()}" if a else ""
    if vp:
        return Work(vp[0].lower(), vp[1], 1, mentor=mentor, rc=rc, by=by)
    out = destination_output(text) if rc.target else None
    if out and not _old_work(text, cue_gone, out):
        return Work(_output_verb(out), out, 2, mentor=mentor, rc=rc)
    if rc.target:
        return Work("handle", f"{_dest_bare(rc.target)} work", 3, mentor=mentor, rc=rc)
    return None


# "We need them testing on their own before the summer release", "making calls solo by the end of August": the date
# the text sets for working alone, which a goal states over the end of the old work (SMART: time-bound; h21goalq)
_ALONE_BY = re.compile(r"\b(?:on\s+their\s+own|alone|solo|unsupervised|without\s+help)\s+(?P<w>(?:before|by)\s+(?:the\s+)?[^,.;:!?()]{2,40})", re.I)


def _possessive(np: str) -> str:
    return np + "'" if np.endswith("s") else np + "'s"


def _verb(w: Work) -> str:
    """"do supplier master data": the text's "do" names no performance; an activity ("metadata work") is carried out,
    anything else handled."""
    if w.verb != "do":
        return w.verb
    return "carry out" if re.search(r"(?:work|ing)$", w.obj) else "handle"


def goal(w: Work, rc, owner: Optional[str]) -> Optional[str]:
    """A goal that passes the plan contract, else None (the caller keeps its own)."""
    rc = w.rc or rc
    from planner.rules import vague_goal_problem

    person = who(rc, owner, w)
    std = f", to the standard {person} accepts" if person else ""
    confirm = f"to confirm with {person}" if person else "see open questions"
    verb = _verb(w)
    if w.level == 3:
        bare = _dest_bare(rc.target)
        cands = ([f"Work{_where(rc)} on real cases on their own{std}{_when(rc)} (which {bare} tasks come first: {confirm})"]
                 if _is_role(rc) else [])
        if rc.target.lower().startswith("the "):  # "the collections team" exactly as the text writes it
            cands.append(f"Handle {_possessive(rc.target)} work on their own{std}{_when(rc)} (which of its tasks come first: {confirm})")
        cands.append(f"Handle {bare} work on their own{std}{_when(rc)} (which {bare} tasks come first: {confirm})")
    else:
        head = _dest_bare(rc.target).split()[-1].lower().rstrip("s") if rc.target else ""
        where = "" if w.level == 1 and head and re.search(rf"\b{re.escape(head)}", w.obj, re.I) else _where(rc)
        when = w.by or _when(rc)
        cands = [f"{_cap(verb)} {w.obj}{where} on their own{when}{std}" if w.by else f"{_cap(verb)} {w.obj}{where} on their own{std}{when}"]
        if w.verb == "do":
            cands.append(f"Handle {w.obj}{where} on their own{std}{when}")
    for g in cands:
        g = gated(g, "")
        if g and not vague_goal_problem(g):
            return g
    return None


def practice_task(w: Work, rc, owner: Optional[str]) -> str:
    rc = w.rc or rc
    person = who(rc, owner, w) or "someone already doing this work (who: see open questions)"
    checker = "them" if not who(rc, owner, w) or person.lower().endswith("s") else person
    if w.level == 3:
        lead = (f"Work on real tasks{_where(rc)} alongside {person}" if _is_role(rc) else
                f"Work real cases{_where(rc)} alongside {person}" if rc.target.lower().startswith("the ") else
                f"Work real {_dest_bare(rc.target)} cases alongside {person}")  # "freight claims" once
    else:
        verb = _verb(w)
        bare = re.match(r"^[a-z][a-z -]*s$", w.obj) and not re.search(r"^(?:the|a|an) |\b(?:or|and) ", w.obj)
        real = " on real cases" if w.obj.endswith("work") else " on real work"
        lead = (f"{_cap(verb)} real {w.obj}" if bare else f"{_cap(verb)} {w.obj}{real}") + \
            f"{_where(rc) if w.level == 2 else ''} alongside {person}"
    return gated(f"{lead}: first watch, then do it together, then alone with {checker} checking each one", "")


def first_task(w: Work, rc, owner: Optional[str]) -> str:
    rc = w.rc or rc
    person = who(rc, owner, w)
    if w.level == 3:
        bare = _dest_bare(rc.target)
        return gated(f"Take on the first real {bare} cases alongside {person or 'someone already doing this work'} "
                     f"(which {bare} tasks first: {'to confirm with ' + person if person else 'see open questions'})", "")
    return gated(f"{_cap(_verb(w))} {w.obj}", "")


def off_work(tasks: list, w: Optional[Work]) -> bool:
    """The grounded tasks read from other words ("record the archive" from "the land records archive") share no word
    with the new work this module read: the one grounded task is rebuilt on that work (h17resk)."""
    if w is None or w.level == 3 or not tasks:
        return False
    head = re.split(r"\s+(?:in|on|for|at|from|with|and|or)\s+", w.obj)[0].split()[-1].lower().rstrip("s")
    return not any(head and head in f"{t.action} {t.object}".lower() for t in tasks[:1])


def mentor_as_owner(feedback: dict, rc, w: Optional[Work]) -> dict:
    """"to be named (the text names no reviewer)" beside a mentor the text names ("Bea ... said she'd mentor them"):
    the mentor, marked to confirm as the one who checks the practice (round 6: never claim a fact missing that the
    text gives a candidate for)."""
    person = (rc.mentor if rc is not None else None) or (w.mentor if w is not None else None)
    if person and isinstance(feedback.get("role"), str) and feedback["role"].startswith("to be named (the text names no reviewer)"):
        return {**feedback, "role": f"{person} (the mentor the text names; as the reviewer of their practice: to confirm)"}
    return feedback


_BLANK_MENTOR = "a mentor from that team or role (who: see open questions)"


def settle(w: Work, rc, owner: Optional[str], questions: list, standard: str, practice: dict) -> tuple[list, str, dict]:
    """Once the text names the new work (level 1 or 2), "Which tasks ... should they learn first?" is answered; once it
    names a person who mentors or checks them, the standard and the checklist name that person, not a blank (round 6:
    never a question the text answers)."""
    rc = w.rc or rc
    person = who(rc, owner, w)
    out = []
    for q in questions:
        if w.level < 3 and q.startswith("Which tasks ") and "learn first" in q:
            q = None if person or "mentor them" not in q else "Who already in that role can mentor them?"
        elif person and q.startswith("Which tasks ") and ", and who already in that role can mentor them" in q:
            q = q.replace(", and who already in that role can mentor them", "")
        elif person and q == "Who already in that role can mentor them?":
            q = None
        if q:
            out.append(q)
    if person and _BLANK_MENTOR in standard:
        standard = gated(standard.replace(_BLANK_MENTOR, person), standard)
    mats = list(practice.get("materials") or [])
    if person:
        mats = [f"the checklist written with {person}" if m == "the checklist written with the mentor" else m for m in mats]
    if w.level < 3 and mats and mats[0].startswith("real ") and not re.search(r"s\b", mats[0].split("(")[0].split()[-1]):
        mats[0] = "real cases of this work"  # "real ground microphone": a tool, not the cases
    return out, standard, {**practice, "materials": mats}
