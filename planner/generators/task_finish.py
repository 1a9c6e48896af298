"""The last pass over an offline plan's tasks (issue 12, round 11, r11tasks): the work the text names, its reader
and that reader's step, each read from the text's own clauses.

DOMAIN.md, "Skills must be grounded in the workflow": a grounded task keeps the original action and object and adds
the workflow, the person or step downstream that consumes the output, and the outcome that step needs. O*NET task
statements: an action verb, a whole object, a qualifier. Blind readers gave 0 to a missing tasks section, to generic
new-role tasks ("Take on the first real tasks of the phone adviser role") when the text names the new work, to
tasks impossible for newcomers ("Collect recent examples ... from the work of" people who have not started), and to
"used by: not known yet" when the text names who receives the output. So, after the other rules:

1. a placeholder task (the new role's "first real tasks", the discovery steps) is replaced by the work the text
   names, read from the clause frames managers use for it: a list after a colon or a dash ("as fleet bookers: taking
   vehicle requests, scheduling the pool cars in Fleetio"), "their work here will be V-ing X", "where they'll V X",
   "they'll move to the finishing shop to V X", the learners' duty ("the athletic trainers have to enter injury
   status in the team app"); else, for people who have not started or move to a new role, it is left out and the
   plan says so in one open question (faithful over complete: rule 3 of issue 12);
2. a task with no reader or no outcome takes the reader and the step the text gives it in any clause
   (planner.extract.consumer_use.reader_uses), never the reviewer's check of the work, nor the learners themselves,
   nor the customers the work serves; the outcome is the reader's own clause, or the plain positive of its complaint
   ("the pathologist does not have to send the slide back"), never a new verb.

Every sentence passes the well-formedness gate and the task gate (planner.generators.task_gate), or the task stays
as it was.
"""

from __future__ import annotations

import re
from typing import Optional

from planner.extract.context import same_role
from planner.frame import ProblemFrame
from planner.models import GroundedTask

# verbs whose object is a document or record the reader works with ("can't find them", "can't read them"): "them" is
# then the output, not the people (a lexical class, O*NET work activities "getting information", "processing information")
_DOCUMENT_VERBS = frozenset("find read use follow match trace process file open trust sort check invoice bill price "
                            "code scan sign print send load pack ship".split())
PLACEHOLDER = re.compile(r"^(?:Take on the first real tasks|Collect recent examples|Describe each example)\b", re.I)
_BLANK = re.compile(r"\s*\((?:who|what|which)[^()]*not stated yet[^()]*\)|\s*\(the text names who receives [^()]*\)|"
                    r"\s*\(as the text says: [^()]*\)", re.I)

# verbs that name no step of the work (a move, a state, learning itself)
_NO_STEP = frozenset("be have get learn move join start go come need want try become work know understand see "
                     "shadow sit pair stay keep take-over leave".split())
_STOP = frozenset("and but or so because when which who that while until unless if then after before since once as "
                  "than cos nor yet".split())
_PREPS = frozenset("in on at for into against from with using via through onto by before within".split())
_DET = frozenset("the a an their our his her its each every all any this these those".split())

# the frames that open a list of the new work (see the module docstring)
_COLON = re.compile(r"[:\u2013\u2014]\s*|\s-{1,2}\s+")
_ROLE_IS = re.compile(r"\b(?:their|his|her|the)\s+(?:main\s+|first\s+|new\s+|day-to-day\s+|daily\s+)?(?:work|job|jobs|day|days|role|duties|task|tasks)"
                      r"(?:\s+(?:here|there|now|with\s+us))?\s+(?:will\s+be|'ll\s+be|’ll\s+be|is\s+going\s+to\s+be|is|are|will\s+mostly\s+be|will\s+mainly\s+be)\s+"
                      r"(?:mostly\s+|mainly\s+|largely\s+|all\s+about\s+)?", re.I)
# "they'll run first-line support": the learners as "they" (never "he'll" or "she'll", the mentor's usual pronoun:
# "He'll check their first twenty claims")
_FUTURE = re.compile(r"\bthey\s*(?:'ll|’ll|\s+will|\s+would|\s+are\s+going\s+to)\s+(?:be\s+)?(?:mostly\s+|mainly\s+)?", re.I)
# "What we need from them next year is analysing the SCOOT data", "she is the one ringing the farms": a cleft whose
# focus is the new work
_CLEFT = re.compile(r"\bwhat\s+(?:we|i)\s+(?:need|want|expect)\b[^.;:]{0,40}?\s+(?:is|will\s+be)\s+|\b(?:is|are|will\s+be)\s+the\s+ones?\s+", re.I)
# "they become platform assistants, helping passengers ...": a participle after the clause of the move
_MOVE_CUE = re.compile(r"\b(?:become|becomes|becoming|move|moves|moving|moved|redeployed|retrained|join|joins|joining|transfer\w*|switch\w*|as\s+(?:an?\s+)?[a-z]+s?)\b", re.I)
# "none has used the overhead scanner", "they've never made outbound calls": the new work as the thing never done
_NEVER = re.compile(r"\b(?:(?:has|have|had)\s+never|(?:'ve|’ve)\s+never|(?:none|neither|no\s+one)\s+(?:of\s+them\s+)?(?:has|have)\s+(?:ever\s+)?)\s*(?P<v>[a-z]+)\s+", re.I)
_ABLE = r"(?:(?:will\s+)?need\s+to\s+be\s+able\s+to|needs\s+to\s+be\s+able\s+to|must\s+be\s+able\s+to|should\s+be\s+able\s+to|will\s+need\s+to|will\s+have\s+to|"
_MOVE_TO = re.compile(r"\b(?:move|moves|moving|moved|go|going|transfer|transferring|redeployed|retrained|join|joining)\s+(?:across\s+|over\s+)?(?:to|into)\s+"
                      r"(?:the\s+|a\s+|our\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+to\s+", re.I)


def _gerund_base(word: str) -> Optional[str]:
    from planner.extract.phrases import base_verb, can_be_verb

    w = word.lower()
    if not w.endswith("ing") or len(w) < 5:
        return None
    b = base_verb(w)
    return b if b and b != w and can_be_verb(b) else None


def _base(word: str) -> Optional[str]:
    from planner.extract.phrases import can_be_verb

    w = word.lower()
    return w if can_be_verb(w) and not w.endswith(("ing", "ed")) else None


def _items(segment: str, gerunds: bool, allow: frozenset = frozenset()) -> list[tuple[str, str, str]]:
    """The coordinated verb phrases at the start of ``segment`` ("taking vehicle requests, scheduling the pool cars in
    Fleetio and chasing mileage returns"): (verb, object, qualifier) each, the object a whole noun phrase."""
    from planner.extract.phrases import whole_np

    seg = re.split(r"[.;:!?()\n]", segment, maxsplit=1)[0]
    toks = re.findall(r"[\w'’-]+|,", seg)
    out: list[tuple[str, str, str]] = []
    i = 0
    while i < len(toks) and len(out) < 3:
        v = _gerund_base(toks[i]) if gerunds else _base(toks[i])
        if not v or (v in _NO_STEP and v not in allow):
            break
        j = i + 1
        particle = ""
        if j + 1 < len(toks) and toks[j].lower() == "and":  # "ingest and QC the incoming files": two verbs, one object
            w = toks[j + 1]
            w2 = (_gerund_base(w) if gerunds else (_base(w) or (w if w.isupper() and 2 <= len(w) <= 4 else None)))
            if w2 and w2 not in _NO_STEP and j + 2 < len(toks) and toks[j + 2].lower() in _DET:
                v, j = f"{v} and {w2}", j + 2
        if j < len(toks) and toks[j].lower() in ("up", "out", "off", "in", "back", "over") and j + 1 < len(toks) and (
                toks[j + 1].lower() in _DET or (toks[j + 1].lower() not in _STOP | _PREPS and re.match(r"[a-z]", toks[j + 1]))):
            particle, j = f" {toks[j].lower()}", j + 1  # "lay out fittings", "fill in the forms": the particle is the verb's
        # the object: up to a preposition, a clause word, a comma or the next coordinated verb
        k = j
        while k < len(toks) and re.match(r"\w", toks[k]) and toks[k].lower() not in _PREPS and toks[k].lower() not in _STOP - {"and"} and k - j < 6:
            if toks[k].lower() == "and" and k + 1 < len(toks) and ((_gerund_base(toks[k + 1]) if gerunds else _base(toks[k + 1])) or toks[k + 1].lower() in _DET):
                break
            if toks[k].lower().endswith("ly") and len(toks[k]) > 4 and k > j and (k + 1 == len(toks) or toks[k + 1] == ","
                                                                                 or toks[k + 1].lower() in _STOP | _PREPS):
                break  # "load cars and lorries safely": an adverb after the object, not "the monthly report"
            k += 1
        obj = " ".join(toks[j:k])
        if not obj and k < len(toks) and toks[k].lower() in ("for", "at", "on", "with", "into", "through") and not out:
            # "scan for buried cables": a verb whose object is its prepositional phrase
            r = k + 1
            while r < len(toks) and re.match(r"\w", toks[r]) and toks[r].lower() not in _STOP | _PREPS | {"first", "again", "properly"} and r - k <= 4:
                r += 1
            pp = " ".join(toks[k + 1:r])
            if pp and whole_np(pp) and not re.search(r"\d", pp):
                out.append((f"{v}{particle} {toks[k].lower()}", pp, ""))
            break
        if k + 1 < len(toks) and toks[k].lower() == "who":  # "helping passengers who need assistance ...": its relative clause
            r = k + 1
            while r < len(toks) and re.match(r"\w", toks[r]) and toks[r].lower() not in _STOP - {"and"} and r - k <= 10:
                r += 1
            rel = " ".join(toks[k:r])
            if r - k >= 3 and rel.split()[-1].lower() not in _PREPS | _DET:
                obj, k = f"{obj} {rel}", r
        if not obj or not whole_np(obj.replace(" and ", " ") if obj.count(" and ") == 1 else obj):
            break
        # the qualifier: one whole prepositional phrase, or an -ly adverb
        q, n = "", k
        if n < len(toks) and toks[n].lower() in _PREPS:
            m = n + 1
            while m < len(toks) and re.match(r"\w", toks[m]) and toks[m].lower() not in _STOP and toks[m].lower() not in _PREPS and m - n <= 5:
                m += 1
            pp = " ".join(toks[n + 1:m])
            if pp and whole_np(pp) and not re.search(r"\d", pp):
                q, n = f" {toks[n].lower()} {pp}", m
        elif n < len(toks) and toks[n].lower().endswith("ly") and len(toks[n]) > 4:
            q, n = f" {toks[n].lower()}", n + 1
        out.append((v + particle, obj, q))
        while n < len(toks) and toks[n] in (",",) or (n < len(toks) and toks[n].lower() == "and"):
            n += 1
        i = n
    return out


def new_work(frame: ProblemFrame, kind: str) -> list[tuple[str, str, str]]:
    """The work the text says the learners will do, or must do, in the frames of the module docstring."""
    text = re.sub(r"\s*\([^()]{0,200}\)", "", frame.text)  # an aside ("(7 of them)") is no part of the clause
    found: list[tuple[str, str, str]] = []
    if kind in ("reskilling", "onboarding"):
        # each frame's opening, in order, and whether its list is of gerunds ("taking ...") or base verbs ("take ...")
        opens = [(m, True) for pat in (_COLON, _ROLE_IS, _CLEFT) for m in pat.finditer(text)]
        opens += [(m, True) for m in re.finditer(r",\s+", text) if _MOVE_CUE.search(re.split(r"[.;!?]", text[: m.start()])[-1])]
        opens += [(m, bool(re.search(r"\bbe\s+(?:mostly\s+|mainly\s+)?$", m.group(0), re.I))) for m in _FUTURE.finditer(text)]
        opens += [(m, False) for m in _MOVE_TO.finditer(text)]
        for m, gerunds in opens:
            found = _items(text[m.end():], gerunds=gerunds)
            if found:
                return found
    if frame.audience_role:
        from planner.extract.consumer import written_forms

        forms = sorted({f for f in written_forms(text, frame.audience_role) if f} | {frame.audience_role}, key=len, reverse=True)
        duty = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r"|they)(?:\s*\([^()]*\))?\s+(?:(?:all|each|always|still)\s+)?" + _ABLE +
                          r"have\s+to|has\s+to|need\s+to|needs\s+to|must|should|are\s+supposed\s+to|is\s+supposed\s+to|are\s+meant\s+to|is\s+meant\s+to)\s+", re.I)
        for m in duty.finditer(text):
            found = _items(text[m.end():], gerunds=False)
            if found:
                return found
    if frame.audience_role and kind == "upskilling":
        # the learners' own clause, its negation dropped ("they're still not logging pick-up times in the app" ->
        # "log pick-up times in the app"; "our sheet metal guys lay out fittings off the drawings"): the work they do
        from planner.extract.consumer import written_forms
        from planner.extract.phrases import base_verb

        forms = sorted({f for f in written_forms(text, frame.audience_role) if f} | {frame.audience_role}, key=len, reverse=True)
        learners = r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b[^.;!?]{0,60}?"
        # "keep digging without scanning for buried cables first": the step left out is the work (Mager)
        for m in re.finditer(learners + r"\bwithout\s+(?P<g>[a-z]+ing)\s+", text, re.I):
            base = _gerund_base(m.group("g"))
            found = _items(f"{base} {text[m.end():]}", gerunds=False)[:1] if base and base not in _NO_STEP else []
            if found:
                return found
        # "keep getting the relief angle wrong on the hardened ones": its plain positive, "get X right"
        for m in re.finditer(learners + r"\bget(?:s|ting)?\s+(?P<np>(?:the|their|our)\s+[\w-]+(?:\s+[\w-]+){0,3}?)\s+wrong\b(?P<pp>\s+(?:on|in|for|with)\s+(?:the|their|our)\s+[\w-]+(?:\s+[\w-]+){0,2})?", text, re.I):
            from planner.extract.phrases import whole_np

            if whole_np(m.group("np")):
                pp = m.group("pp") or ""
                return [("get", re.sub(r"^(?:their|our)\s+", "the ", m.group("np"), flags=re.I), f" right{pp}" if pp and whole_np(pp.split(None, 1)[1]) else " right")]
        own = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")(?:\s+(?:on|in|at|from)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?(?=\s+(?:are|is|'re|’re|don't|do|never|still)\b))?"
                         r"\s+(?:(?:still|often|always|usually|sometimes|just|all|now)\s+)*"
                         r"(?:(?:are|is|'re|’re)\s+(?:still\s+)?(?:not\s+)?(?P<g>[a-z]+ing)|(?:don't|don’t|do\s+not|dont|never)\s+(?P<b>[a-z]+)|(?P<v>[a-z]+))\s+", re.I)
        for m in own.finditer(text):
            word = m.group("g") or m.group("b") or m.group("v")
            base = base_verb(word.lower()) if m.group("g") or m.group("v") else word.lower()
            if not base or base in _NO_STEP or base in _FAULT_VERBS or base in ("do", "use") or word.lower().startswith("mis"):
                continue
            rest = re.split(r"[.;!?]", text[m.end():])[0]
            if re.search(r"\b(?:instead\s+of|rather\s+than)\s+[a-z]+ing\b", rest, re.I):
                continue  # "paraphrase ... instead of typing it": the clause is the fault, its contrast the work
            found = _items(f"{base} {text[m.end():]}", gerunds=False)[:1]
            if found:
                # the qualifier of the learners' own clause is how it goes wrong today ("on paper", "at the desk");
                # the contrast the text gives is the right one ("instead of at the chair")
                alt = re.search(r"\b(?:instead\s+of|rather\s+than)\s+((?:at|in|on|into|with)\s+(?:the|a|their)\s+[\w-]+(?:\s+[\w-]+)?)\b", rest, re.I)
                return [(found[0][0], found[0][1], f" {alt.group(1)}" if alt else "")]
    if kind in ("reskilling", "onboarding"):
        from planner.extract.phrases import base_verb

        for m in _NEVER.finditer(text):
            v = base_verb(m.group("v").lower())
            if v and v != m.group("v").lower() and v not in (_NO_STEP - {"move"}) | {"do"}:
                found = _items(f"{v} {text[m.end():]}", gerunds=False, allow=frozenset({"move"}))[:1]
                if found:
                    return [(found[0][0], found[0][1], re.sub(r"\s+before$", "", found[0][2]))]
    return found


def _reader_for(t: GroundedTask, frame: ProblemFrame, owner: Optional[str]):
    """The reader and its step for task ``t``, from the text's own clauses; None when none fits."""
    from planner.extract.consumer_use import reader_uses
    from planner.generators.task_parts import reader_not_reviewer, same_act
    from planner.generators.tasks import _COMPLAINT_STEP, _QUANTITY, _bare, _clean_outcome, _served

    from planner.extract.consumer_use import NOT_STEP as _NOT_STEP
    from planner.extract.phrases import base_verb

    from planner.extract.phrases import VERBS

    from planner.extract.consumer import written_forms
    from planner.extract.consumer_use import known_reader_uses

    uses = reader_uses(frame.text, frame.audience_role, any_blocked=True)
    if t.consumer and not any(same_role(_bare(u.who), _bare(t.consumer)) for u in uses):
        uses += known_reader_uses(frame.text, list(written_forms(frame.text, _bare(t.consumer))) + [_bare(t.consumer)])
    for use in uses:
        who = _bare(use.who)
        if re.fullmatch(r"[\w-]+\s+(?:him|her|us|me)", use.step) or re.fullmatch(r"[\w-]+\s+them", use.step) and \
                base_verb(use.step.split()[0].lower()) not in VERBS | _DOCUMENT_VERBS:
            continue  # "the night manager can't babysit them": a complaint about the people, not a use of the output
        asks = re.match(r"(?:see|tell|know)\s+(?:which|what|who|whether|when|how|where)\b", use.step, re.I)  # "tell which week ..."
        if (base_verb(use.step.split()[0].lower()) in _NOT_STEP and not asks) or re.search(r"\b(?:never|only\s+ever)\b", use.step, re.I):
            continue  # a state or a history ("has only ever done our livestock contracts"), not a step
        if frame.audience_role and same_role(who, frame.audience_role):
            continue
        if _served(who, owner) or re.search(r"\b(?:become|becoming|into|move|moving|join|joining)\b", use.who, re.I):
            continue
        if owner and same_role(who, owner) and not reader_not_reviewer(who, use.step, owner):
            continue  # the reviewer's check is feedback, not the step the output serves (task_parts)
        if t.consumer and not same_role(who, _bare(t.consumer)):
            continue
        if _QUANTITY.search(use.step) or (_COMPLAINT_STEP.match(use.step) and " not " not in use.said):
            continue
        if same_act(t.action or "", use.said, use.who) or not _clean_outcome(use.said):
            continue
        if _readers_act_as_object(t.object, use.step):
            continue
        return use
    return None


def _with_reader(t: GroundedTask, frame: ProblemFrame, owner: Optional[str]) -> GroundedTask:
    from planner.generators.gate import problems
    from planner.generators.task_gate import task_problems
    from planner.generators.tasks import _consumer_field, _task

    if t.consumer and t.outcome or re.search(r"which piece of work|which (?:documents|tasks)", t.rewritten or "", re.I):
        return t  # a task whose work itself is still a blank takes no reader's step ("Do the work in iManage, so ...")
    use = _reader_for(t, frame, owner)
    if use is None:
        return t
    core = _BLANK.sub("", (t.rewritten or "").strip()).rstrip(".").strip()
    core = re.sub(r",\s+for\s+(?:the\s+)?[\w' -]+$", "", core) if t.consumer and core.lower().endswith(_bare_lower(t.consumer)) else core
    if not core or "," in core and " so " in core:
        return t
    rewritten = f"{core}, so {use.said}."
    if problems(rewritten):
        return t
    new = _task(t.original, rewritten, t.action, t.object, t.workflow, _consumer_field(frame.text, _bare_lower(use.who, keep=True)),
                use.said, frame.audience_role, t.trigger)
    if task_problems(new, frame.text, frame.audience_role):
        return t
    return new


def _bare_lower(np: str, keep: bool = False) -> str:
    s = re.sub(r"^(?:the|our|their)\s+", "", np.strip(), flags=re.I)
    return s if keep else s.lower()


def _from_work(work: tuple[str, str, str], frame: ProblemFrame, owner: Optional[str], system: Optional[str],
               reader: bool = True) -> Optional[GroundedTask]:
    from planner.generators.gate import problems
    from planner.generators.task_gate import task_problems
    from planner.generators.tasks import _artefact, _bare, _task, doing
    from planner.generators.work_object import object_fault
    from planner.text.case import cap

    verb, obj, qual = work
    if object_fault(verb, obj, frame.text, ""):
        return None
    obj = re.sub(r"^(?:our|their)\s+", "the ", obj, flags=re.I)
    core = f"{verb} {obj}{qual}"
    where = f" in {system}" if system and system.lower() not in core.lower() and re.search(  # the system of this verb's own clause
        rf"\b{re.escape(verb.split()[0])}\w*\b(?:(?!,|\band\b)[^.;])*\b{re.escape(system)}\b", frame.text, re.I) else ""
    t = _task(cap(core), f"{cap(core)}{where}.", verb, obj, f"{doing(verb)} {obj}{qual}{where}", None, None, frame.audience_role)
    if reader:
        t = _with_reader(t, frame, owner)
    if not t.consumer:
        them = "them" if obj.split()[-1].lower().endswith("s") and not obj.lower().endswith("ss") else "it"
        for_ = re.match(r"^\s+for\s+((?:the|our)\s+)?([\w-]+(?:\s+[\w-]+){0,2})$", qual)
        from planner.extract.consequence import group_noun, person_noun

        if for_ and (person_noun(for_.group(2).split()[-1].lower()) or group_noun(for_.group(2).split()[-1].lower())):
            # "write the monthly report for the transport planners": the reader the text names; its step one question
            from planner.generators.tasks import _plural_np, consumer_np

            cnp = consumer_np(frame.text, for_.group(2))
            does = "do" if _plural_np(cnp) else "does"
            t = _task(t.original, f"{cap(core)}{where} (what {cnp} {does} with {them} next is not stated yet: see the open questions).",
                      verb, obj, t.workflow, re.sub(r"^the\s+", "", cnp), None, frame.audience_role)
            t.open_questions = [f"What {does} {cnp} do with the {_bare(obj)} next, and what must {'they' if them == 'them' else 'it'} contain for that?"]
        elif _artefact(_bare(obj)):
            t.rewritten = f"{cap(core)}{where} (who receives {them} next is not stated yet: see the open questions)."
            t.open_questions = [f"Who receives the {_bare(obj)} next, and what do they need from {them}?"]
    if problems(t.rewritten) or task_problems(t, frame.text, frame.audience_role):
        return None
    return t


def finish(tasks: list[GroundedTask], frame: ProblemFrame, *, kind: str, owner: Optional[str], system: Optional[str],
           newcomers: bool) -> list[GroundedTask]:
    """The plan's tasks after the round-11 pass (see the module docstring). ``newcomers``: the learners have not
    started, so no work of theirs exists to collect examples from."""
    if not frame.language_supported:
        return tasks
    # a task whose verb the text never uses ("Record the root gap correctly" for "keep getting the root gap wrong")
    # is a guess: the text's own clause, where it gives one, replaces it (O*NET: the action is the text's)
    placeholders = [t for t in tasks if PLACEHOLDER.search(t.rewritten or "") or _invented_verb(t, frame.text)]
    if not tasks or placeholders:
        from planner.generators.tasks import _artefact, _bare

        works = new_work(frame, kind)
        # the reader's step goes with the output it reads: the item whose object is a document or record, else the
        # last item (the one nearest the reader's clause), never every item of the list
        docs = [i for i, w in enumerate(works) if _artefact(_bare(w[1]))]
        takes = set(docs) if docs else {len(works) - 1}
        built = [t for i, w in enumerate(works) if (t := _from_work(w, frame, owner, system, reader=i in takes)) is not None]
        if built:
            return built[:2]
        placeholders = [t for t in placeholders if PLACEHOLDER.search(t.rewritten or "")]  # a guessed verb stays when no other
        if placeholders:
            # no work named: no placeholder task (for newcomers impossible, for others generic), one question
            # (faithful over complete; the caller keeps or adds the question on which work comes first)
            tasks = [t for t in tasks if t not in placeholders]
    out = []
    for t in tasks:
        if _the_complaint(t, frame.text):
            continue  # "Let bruised apples into the class 1 bins": the symptom itself, never a task (Mager)
        t = _whole_outcome(_turned(t), frame.text)
        if t.outcome and re.search(r"\b(?:can|could)\s+[a-z]+$", t.outcome.strip().rstrip(".")) and not re.search(r"\b(?:them|it)\b", t.outcome):
            # "so the partner can meet": a bare verb after the modal is no step of the reader's; the text's own, if any
            bare = t.model_copy(update={"consumer": None, "outcome": None, "rewritten": re.sub(r",\s+so\s+[^,]+$", ".", t.rewritten)})
            again = _with_reader(bare, frame, owner)
            t = again if again.outcome else t
        out.append(_with_reader(t, frame, owner))
    return out


def _whole_outcome(t: GroundedTask, text: str) -> GroundedTask:
    """An outcome cut inside its noun phrase ("load the hoppers from those weigh" of "those weigh tickets") is made
    whole from the text: a cut constituent reads as garbled (issue 12)."""
    from planner.extract.phrases import can_be_noun

    if not t.outcome:
        return t
    tail = " ".join(t.outcome.strip().rstrip(".").split()[-3:])
    m = re.search(rf"\b{re.escape(tail)}\s+([a-z][\w-]*)\b", text, re.I)
    if not m or m.group(1).lower() in _STOP | _PREPS | _DET or not can_be_noun(m.group(1)):
        return t
    nxt = text[m.end():m.end() + 2]
    if re.match(r"\s*[a-z]", nxt) and not re.match(r"\s*(?:and|but|so|because|when|to|for|in|on|at|from|with)\b", text[m.end():], re.I):
        return t  # the phrase goes on past the next word too: not a single cut head
    whole = f"{t.outcome.strip().rstrip('.')} {m.group(1)}"
    if t.rewritten and t.outcome.strip().rstrip(".") in t.rewritten:
        return t.model_copy(update={"outcome": whole, "rewritten": t.rewritten.replace(t.outcome.strip().rstrip("."), whole, 1)})
    return t


# verbs that name a fault by themselves: their object done "right" is still the fault ("let bruised apples into the
# class 1 bins", "double-book the big tables") (Mager: the discrepancy is not the performance)
_FAULT_VERBS = frozenset("let allow skip miss forget ignore lose drop overbook double-book mislabel misfile misread".split())


def _the_complaint(t: GroundedTask, text: str) -> bool:
    """The task is the text's complaint itself: its verb names a fault (``_FAULT_VERBS``) and every word of its core
    is in the text's clause with that verb, so nothing in it turns the fault positive (Mager: state the performance
    wanted, not the discrepancy; readers gave 0 to "Double-book the big tables")."""
    from planner.text.inflect import verb_forms

    words = (t.action or "").split()
    if len(words) != 1 or not t.object or words[0].lower() not in _FAULT_VERBS:
        return False
    core = re.split(r",\s+(?:so|for)\s+|\s+\(", t.original or "")[0].rstrip(".")  # the core, without the setting added
    forms = "|".join(map(re.escape, sorted(verb_forms(words[0].lower()), key=len, reverse=True)))
    mine = [w.lower() for w in re.findall(r"[\w'-]+", core)[1:] if w.lower() not in _DET | {"on", "in", "at"}]
    for m in re.finditer(rf"\b(?:{forms})\b[^.;!?,]*", text, re.I):
        clause = {w.lower() for w in re.findall(r"[\w'-]+", m.group(0))}
        if mine and all(w in clause for w in mine):
            return True
    return False


_NEG_MODAL = re.compile(r"\b(?:can't|can’t|cant|cannot|can not)\s+(?=[a-z])", re.I)


def _turned(t: GroundedTask) -> GroundedTask:
    """An outcome that keeps the complaint's negation ("so the warranty desk cant claim it back") turned to its plain
    positive ("can claim it back"): the outcome is what the reader can do with good output (Mager)."""
    if not t.outcome or not re.match(r"^(?:the\s+|our\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+(?:can't|can’t|cant|cannot|can not)\s", t.outcome, re.I) \
            or re.search(r"\b(?:not|never|no longer)\b", _NEG_MODAL.sub("", t.outcome), re.I):
        return t  # only the reader's own main clause ("the warranty desk cant claim ..."), never a negation inside it
    good = _NEG_MODAL.sub("can ", t.outcome, count=1)
    return t.model_copy(update={"outcome": good, "rewritten": (t.rewritten or "").replace(t.outcome, good, 1)})


def _readers_act_as_object(obj: Optional[str], step: str) -> bool:
    """"Produce invoices, so accounts can invoice off them": the task's object is the reader's own act, so the
    reader's step is no use of that object."""
    from planner.extract.phrases import base_verb

    head = re.sub(r"ies$", "y", re.sub(r"(?<!s)s$", "", (obj or "x").split()[-1].lower()))
    return base_verb(step.split()[0].lower()) == head


def named_reader_step(text: str, learners: Optional[str], consumer: str, action: str, obj: Optional[str] = None) -> Optional[str]:
    """The step the text gives ``consumer``, the reader another rule named for a task with no outcome ("the cutting
    room relies on them to order glass" -> "the cutting room can order glass"); None when the text gives none."""
    from planner.extract.consumer import written_forms
    from planner.extract.consumer_use import NOT_STEP, known_reader_uses
    from planner.generators.task_parts import same_act
    from planner.generators.tasks import _COMPLAINT_STEP, _QUANTITY, _clean_outcome

    bare = _bare_lower(consumer, keep=True)
    for use in known_reader_uses(text, list(written_forms(text, bare)) + [bare]):
        if learners and same_role(_bare_lower(use.who, keep=True), learners):
            continue
        if use.step.split()[0].lower() in NOT_STEP or _QUANTITY.search(use.step) or _COMPLAINT_STEP.match(use.step):
            continue
        if same_act(action or "", use.said, use.who) or not _clean_outcome(use.said) or _readers_act_as_object(obj, use.step):
            continue
        return use.said
    return None


def _invented_verb(t: GroundedTask, text: str) -> bool:
    """The task's verb appears in no form anywhere in the text."""
    from planner.text.inflect import verb_forms

    words = (t.action or "").split()
    if not words:
        return False
    forms = verb_forms(words[0].lower()) | {words[0].lower()}
    if any(re.search(rf"(?:\b|\bmis-?){re.escape(f)}", text, re.I) for f in forms):
        return False
    # the plain positive of a fault verb on the same object ("keep skipping the deposit check" -> "Complete the
    # deposit check") is no guess
    head = re.sub(r"^(?:the|their|our|a|an)\s+", "", t.object or "", flags=re.I).split()[-1:] if t.object else []
    return not (head and re.search(r"\b(?:skip\w*|miss\w*|forg[eo]t\w*|leav\w*\s+out|omit\w*|ignor\w*|never)\b[^.;!?]{0,40}\b"
                                   + re.escape(head[0]), text, re.I))

