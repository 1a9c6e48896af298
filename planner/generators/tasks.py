"""The workflow-grounded tasks of an offline plan, built from the text's own steps (issue 12).

DOMAIN.md, "Skills must be grounded in the workflow": a grounded task keeps the original action and object, and
adds the workflow it belongs to, the person or step downstream that consumes the output, and the outcome that step
needs ("Support the sales rep by completing and submitting the customer information, so the rep has what the next
call needs"). O*NET task statements: an action verb, an object and a qualifier. Every part is taken from the text:

- the action and object: the learners' behaviour clause stated positively (Mager: the discrepancy names the
  performance wanted), else the task the extractor read from the learners' own clause, else, for a role change,
  what the text says they will do in the new role;
- the workflow: that action on that object, where the text puts it (its site, shift or queue, and its system);
- the consumer: the role the text names downstream, in any clause ("the pharmacists who check them before
  release", "the counter staff rely on them", "the product managers say they can't tell what changed"), or the
  reviewing role's own step ("the maintenance supervisor signs off the job list every morning");
- the outcome: what that consumer does with the output, as the text says it, or its complaint turned positive.

Fewer true tasks beat padding: one task per step the text names, never a generic "check it against the checklist"
second task. A part the text does not give is said plainly in the task ("not stated yet") and asked once as an open
question, never filled with a generic consumer or outcome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from planner.extract.consumer import EXCLUDE, consumer_need, written_forms
from planner.extract.impact import because_met, object_reader, received_by, so_outcome
from planner.extract.consequence import consumer_outcome, sends_back, sent_to, so_subject
from planner.extract.consumer_use import reader_use
from planner.generators.task_parts import learners_step, output_step, reader_not_reviewer, same_act, whole_step
from planner.extract.context import BARE_GROUPS, friction, same_role
from planner.extract.task import REL_SUBJECTS, verb_base
from planner.frame import ProblemFrame
from planner.generators.gate import problems
from planner.grounding.checks import run_checks
from planner.models import SHORT, GroundedTask
from planner.text.inflect import gerund
from planner.text.case import cap as _cap, clip_words

# Complaint verbs with no positive of their own in the text: the performance wanted is the right object
# (Mager: state the performance, not the discrepancy). "mix up the codes" -> "use the correct codes".
_NEGATIVE_PHRASAL = {"mix up": "use", "muddle up": "use", "confuse": "use", "get wrong": "use"}
_BETTER_AT = re.compile(r"\b(?:get|be|become)\s+better\s+(?:at|with)\s+((?:the\s+|our\s+|their\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?=[.,;!?]|\s+(?:and|but|so|before|by|when)\b|$)", re.I)


# the new role's work, named right after the role ("into quality analyst roles: scoring conversations against the QA form")
_ROLE_WORK = re.compile(r"\broles?\s*[:\u2013-]\s*([a-z]+ing)\s+((?:the\s+|their\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
                        r"(\s+(?:against|in|for|on|with|using|from)\s+(?:the|their|a|an)\s+[\w-]+(?:\s+[\w-]+){0,2}?)?"
                        r"(?=\s+(?:that|which|and|so|for|to)\b|[.,;:]|$)", re.I)


# what a consumer does when the output fails it: a complaint, not the step the output serves
# ("send it back" is rework; "send the right letters to households" is the reader's own step, h19tasks)
_COMPLAINT_STEP = re.compile(r"^(?:spend|take|wait|chase|ask|complain|come|send(?=\s+(?:\S+\s+){0,3}back\b)|return|reject|bounce|fix|correct|redo|catch|spot|query)\b", re.I)


@dataclass
class Built:
    tasks: list[GroundedTask] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)  # plan-level questions the tasks raise, specific to the text
    has_action: bool = False  # the text named the work (so "which piece of work shows the problem" is answered)


def _clip(s: Optional[str], n: int = SHORT) -> Optional[str]:
    return clip_words(s, n)


def _keep_case(found: str) -> str:
    return " ".join(w if sum(ch.isupper() for ch in w) >= 2 else w.lower() for w in found.split())


def doing(action: str) -> str:
    """'fill in' -> 'filling in'; 'calculate and record' -> 'calculating and recording'."""
    parts = re.split(r"\s+(and|or)\s+", action.strip())
    out = []
    for p in parts:
        if p in ("and", "or"):
            out.append(p)
            continue
        w = p.split()
        out.append(" ".join([gerund(w[0])] + w[1:]) if w else p)
    return " ".join(out)


def spelled(gerund_phrase: str, text: str) -> str:
    """The gerund as the text spells it: "labeling" -> "labelling" where the text writes "mislabelling"."""
    def one(m: re.Match) -> str:
        g = m.group(0)
        alt = g[:-3] + g[-4] + "ing"
        return alt if len(g) > 5 and re.search(rf"{re.escape(alt)}\b", text, re.I) else g

    return re.sub(r"\b[a-z]+[^aeiou\W]ing\b", one, gerund_phrase)


def consumer_np(text: str, consumer: str) -> str:
    """The consumer as the text writes it, with its article: 'the pharmacists', 'finance', 'the kitchen team'."""
    forms = written_forms(text, consumer)
    np = _keep_case(forms[0]) if forms else consumer
    if np.lower() in BARE_GROUPS:
        return np
    return f"the {np}"


def _plural_np(np: str) -> bool:
    head = np.split()[-1].lower()
    # "the site foremen", "the crew chiefs": an irregular plural is plural too ("What do the site foremen do ...")
    return head.endswith("s") and not head.endswith("ss") or head in ("staff", "people", "personnel") \
        or (head.endswith("men") and head not in ("amen", "omen", "specimen", "regimen", "abdomen", "stamen"))


def _served(consumer: str, owner: Optional[str]) -> bool:
    """The customers or patients the work serves are not readers of the output (planner.extract.consumer.EXCLUDE)."""
    words = consumer.lower().split()
    if words[0] in ("become", "becoming", "into", "move", "moving"):
        return True  # the role they move into, read off a clause about the move
    return words[-1] in EXCLUDE - {"customer", "customers", "client", "clients"} and not (owner and owner.lower() in consumer.lower())


def _object_parts(verb: str, obj: str) -> tuple[str, str]:
    """A complaint verb turned positive: ('mix up', 'the batch release codes') -> ('use', 'the correct batch release codes')."""
    v = verb.lower()
    if v in _NEGATIVE_PHRASAL:
        bare = re.sub(r"^(?:the|their|our|a|an)\s+", "", obj, flags=re.I)
        return _NEGATIVE_PHRASAL[v], f"the correct {bare}"
    return verb, obj


def _setting(frame: ProblemFrame, team_phrase: str, system: Optional[str], said: str) -> str:
    out = ""
    if team_phrase and team_phrase.strip().lower() not in said.lower():
        out += team_phrase
    if system and system.lower() not in said.lower():
        out += f" in {system}"
    return out


def _task(original: str, rewritten: str, action: str, obj: str, workflow: str, consumer: Optional[str],
          outcome: Optional[str], performer: Optional[str], trigger: Optional[str] = None) -> GroundedTask:
    t = GroundedTask(original=_clip(original, 400) or original[:400], rewritten=_clip(rewritten, 800) or rewritten,
                     action=_clip(action) or action, object=_clip(obj) or obj, workflow=_clip(workflow) or workflow,
                     trigger=_clip(trigger), consumer=_clip(consumer), outcome=_clip(outcome, 400))
    t.checks = run_checks(t, performer=performer)
    return t


def build_tasks(frame: ProblemFrame, *, kind: str, behaviour, verb: Optional[str], obj: Optional[str], qual: str,
                target_label: Optional[str], owner: Optional[str], owner_step: Optional[str], consumer: Optional[str],
                system: Optional[str], team_phrase: str, learners: str) -> Built:
    """The plan's tasks and the questions they raise (see the module docstring)."""
    text = frame.text
    out = Built()
    if team_phrase.strip().lower().startswith("joining "):
        team_phrase = ""  # " joining the disability unit": the newcomers' move, not where the work is done (h18tasks)
    ing = lambda a: spelled(doing(a), text)  # noqa: E731
    if consumer:
        consumer = re.sub(r"^(?:the|our|their|a|an)\s+", "", consumer, flags=re.I)
    # readers no role list knows, in their own clause (planner.extract.consequence): "so the tech writers end up ...",
    # "send X to the drafters", "underwriting bounces files back to us" (h15tasks)
    back = sends_back(text, frame.audience_role)
    alt = so_subject(text, frame.audience_role) or sent_to(text, frame.audience_role) or (back[0] if back else None)
    if alt and (same_role(alt, owner or "") if owner else False):
        alt = None
    consumer = consumer or alt
    # the role or system a passive names ("are rejected by the bank file upload"): the consumer when no other is found
    rcv = received_by(text, frame.audience_role)
    if rcv and (not consumer or same_role(consumer, owner)):
        consumer = re.sub(r"^the\s+", "", rcv.who, flags=re.I)
    elif rcv and not rcv.who.lower().endswith(consumer.lower()):
        rcv = None
    # --- action, object, qualifier: the text's own step
    action = o = None
    tail = ""
    subj = output_step(text, behaviour, tuple(written_forms(text, frame.audience_role))) if frame.audience_role else None
    own = learners_step(frame) if subj else (None, None, "")
    if subj and own[0] and own[1]:
        # the learners' own step; a behaviour of their output ("the sample IDs don't match the bottle labels") is
        # its criterion, kept as a whole clause (planner.generators.task_parts)
        action, o, tail = own
        if _plural_np(subj):
            tail += f", with {_bare(subj)} that {behaviour.verb} {behaviour.obj}{behaviour.tail}"
    elif behaviour is not None and behaviour.obj:
        action, o, tail = behaviour.verb, behaviour.obj, behaviour.tail
    elif verb and obj:
        action, o, tail = verb, obj, qual or ""
    if action and o and o.split()[0].lower() in ("in", "out", "up", "off", "over", "back") and len(o.split()) > 1:
        action, o = f"{action} {o.split()[0].lower()}", o.split(None, 1)[1]  # "fill" + "in the forms": the particle is the verb's
    if kind == "reskilling" and not (action and o):
        m = _ROLE_WORK.search(text)  # "into quality analyst roles: scoring conversations against the QA form"
        from planner.extract.phrases import base_verb, can_be_verb

        v = m and (verb_base(m.group(1)) or (base_verb(m.group(1).lower()) if can_be_verb(base_verb(m.group(1).lower())) else None))
        if v:
            action, o, tail = v, m.group(2), m.group(3) or ""
    role_words = set(re.findall(r"[a-z]+", f"{frame.audience_role or ''} {target_label or ''}".lower()))
    if action and action.split()[0].lower() in role_words:
        action = o = None  # "promoted to team leads": a word of the role is not an action
    if tail and re.match(r"^\s*,?\s*not\b", tail):
        tail = ""  # ", not after the fact": how it goes wrong, not where the work is done
    if not (action and o) and rcv and rcv.sent and rcv.obj and kind != "reskilling":
        # "court bundles keep getting sent back by the barristers": the learners' step is sending the output to them
        met = because_met(text)
        action, o = "send", rcv.obj
        tail = (f" whose {met[4:]}" if met and met.startswith("the ") else "") + f" to {rcv.who}"
    if action and o:
        o = _unnumbered(o)  # "twenty timesheets": the count is the baseline's, not the task's object
        ow = o.split()
        cut = next((i for i, w in enumerate(ow) if i and w.lower() in REL_SUBJECTS), None)
        if cut:  # "postmortems nobody reads": the object ends before a reduced relative clause
            o, tail = " ".join(ow[:cut]), ""
        rel = re.search(r"\s+(?:that|which)\s+(.+)$", o)
        if rel and consumer and any(w in rel.group(1).lower().split() for w in consumer.lower().split()):
            o, tail = o[: rel.start()], ""  # "letters that applicants can understand": the reader's clause is the outcome
        trel = re.match(r"\s*(?:that|which)\s+(.+)$", tail)
        if trel and consumer and any(w in trel.group(1).lower().split() for w in consumer.lower().split()):
            tail = ""
        asked = _bare(o)
        if behaviour is not None and behaviour.extra.get("output") and action == behaviour.verb:
            asked = _bare(behaviour.extra["output"])  # "use the glossary every time they hand back the manuals": the manuals
        action, o = _object_parts(action, o)
        out.has_action = True
    # --- the consumer and what it does with the output
    c = consumer if consumer and not same_role(consumer, frame.audience_role) and not _served(consumer, owner) else None
    need = consumer_need(text, c) if c else None
    if not c and action and o:
        rd = object_reader(text, o, frame.audience_role)  # "claims that the adjusters then approve"
        if rd:
            c, need = re.sub(r"^the\s+", "", rd[0]), rd[1]
    if c and owner and same_role(c, owner) and owner_step:
        need = owner_step
    if need and (_COMPLAINT_STEP.match(need) or _QUANTITY.search(need) or (o and need.split()[0].lower() in {w.lower().rstrip("s") for w in o.split()})):
        need = None  # "spend two days every month", "redraw about a quarter of them": no step the output serves
    # the text's own clause on that consumer, its negation turned (planner.extract.consequence, .impact): the outcome
    said = None
    if c:  # the consumer's own clause after the fault, turned positive, is the outcome it needs (h15tasks)
        said = consumer_outcome(text, written_forms(text, c))
        need = None if said else need
    if c and back and not said and back[0] == c.lower():
        said, need = back[1], None
    if c and not need and not said:
        said = rcv.negated if rcv and rcv.who.lower().endswith(c.lower()) else so_outcome(text, written_forms(text, c))
    # the reader's own step with the output, in one of the text's grammatical frames (planner.extract.consumer_use):
    # the reader for a task that has none, the outcome for one whose reader the other rules read without a step (h18tasks)
    use = reader_use(text, frame.audience_role, ok=_clean_outcome) if action and o else None
    if use and " not " not in use.said and (_COMPLAINT_STEP.match(use.step) or _QUANTITY.search(use.step)):
        use = None  # "the drafters redraw about a quarter of them": rework, not the step the output serves
    if use and not (owner and same_role(_bare(use.who), owner) and not reader_not_reviewer(_bare(use.who), use.step, owner)) \
            and (not c or (not said and not need) or (same_role(_bare(use.who), c) and " not " not in use.said)) \
            and not _served(_bare(use.who), owner):  # a purpose beats the text's other reading; a rework turned only fills a blank
        c, said, need = _bare(use.who), use.said, None
    if c and not reader_not_reviewer(c, need or _predicate(said, c) or owner_step, owner):
        c = need = said = None  # the reviewer's check is feedback on the work, not the step its output serves (h15tasks)
        if alt and not same_role(alt, frame.audience_role):  # the reader the text names beside the reviewer
            c = alt
            said = (back[1] if back and back[0] == alt else None) or consumer_outcome(text, written_forms(text, c))
            need = None if said else consumer_need(text, c)
            if need and (_COMPLAINT_STEP.match(need) or _QUANTITY.search(need)):
                need = None
    if action and o and owner_step and same_act(action, owner_step):
        action = o = None  # "Dave checks their jobs": the reviewer's act is not the learners' task (h15tasks)
        out.has_action = False
    need = whole_step(text, need)
    cnp = consumer_np(text, c) if c else None
    friction_ = friction(text, c) if c and not need and not said else None
    if action and o and (said or need) and same_act(action, said or need, c or ""):
        action = o = None  # "the site foremen can't order materials off them": the reader's act, not the learners' (h15tasks)
        out.has_action = False
    owned = _owned_output(frame)
    if owned and action and behaviour is None and action.split()[0].lower() in {w.lower().rstrip("s") for w in owned[0].split()}:
        action = o = None  # "gis techs' parcel maps keep ...": the possessed noun read as a verb is no step (h18tasks)
        out.has_action = False
    if not action or not o:
        return _blank(frame, out, kind, target_label, cnp, system, team_phrase, learners)
    core = f"{action} {o}{tail}"
    # the setting the text gives: its site, shift or queue (not the team a role change leaves), and the system when
    # the learners' own clause names it ("skip the preventive jobs in the CMMS"), not another clause ("asking in Slack")
    where = _setting(frame, "" if kind == "reskilling" else team_phrase,
                     system if system and _in_own_clause(text, action, system) else None, core)
    flow_tail = tail if tail and "," not in tail and len(tail.split()) <= 6 else ""
    workflow = f"{ing(action)} {o}{flow_tail}{where}"
    if kind == "reskilling" and target_label and target_label.lower() not in workflow.lower():
        workflow += f" in {target_label}"
    head = o.split()[-1].lower()
    them = "them" if head.endswith("s") and not head.endswith(("ss", "us", "is")) else "it"
    if cnp and said:
        outcome = said
        if cnp.lower() in core.lower() and said.lower().startswith(cnp.lower() + " "):
            if _plural_np(cnp):  # "to the geneticists, so they can ..."; a singular reader keeps its name, never "it" (h19tasks)
                said = "they" + said[len(cnp):]
        rewritten = f"{_cap(core)}{where}, so {said}."
    elif cnp and (need or friction_):
        # the task as the job analyst writes it (action, object, qualifier), then the reader's step: never the
        # "Support X by V-ing" frame, which readers marked as awkward (h15tasks)
        outcome = f"{cnp} can {need}" if need else f"{cnp} can act on {them} without {friction_}"
        rewritten = f"{_cap(core)}{where}, so {outcome}."
    elif cnp:
        outcome = None
        does = "do" if _plural_np(cnp) else "does"
        rewritten = f"{_cap(core)}{where}{'' if cnp.lower() in core.lower() else ', for ' + cnp} (what {cnp} {does} with {them} next is not stated yet: see the open questions)."
        they = "they" if them == "them" else "it"
        out.questions.append(f"What {does} {cnp} do with the {_bare(o)} next, and what must {they} contain for that?")
    elif _artefact(asked):
        outcome = None
        rewritten = f"{_cap(core)}{where} (who receives {them} next is not stated yet: see the open questions)."
        out.questions.append(f"Who receives the {asked} next, and what do they need from {them}?")
    else:
        # a step that hands on no document ("check customer ID on big cash withdrawals", "meet deadlines"): "who
        # receives the deadlines" reads as garbled; the step itself is asked about, in the text's words (h18tasks)
        outcome = None
        rewritten = f"{_cap(core)}{where} (who depends on this step next is not stated yet: see the open questions)."
        out.questions.append(f"Who is next in line after {ing(action)} {o}, and what do they need from that step?")
    if problems(rewritten):
        rewritten = f"{_cap(core)}."
        if problems(rewritten):
            out.has_action = False
            return _blank(frame, out, kind, target_label, cnp, system, team_phrase, learners)
    out.tasks.append(_task(_cap(core), rewritten, action, o, workflow, _consumer_field(text, c), outcome, frame.audience_role))
    out.tasks[-1].open_questions = list(out.questions)  # the same words as the plan's, so it is asked once
    return out


def _clean_outcome(said: str) -> bool:
    """The outcome clause passes the well-formedness gate in the sentence it goes into (issue 12)."""
    return not problems(f"Do the work, so {said}.")


_QUANTITY = re.compile(r"\b(?:about|around|roughly|half|a third|a quarter|most|some|many)\s+(?:of\s+)?(?:them|it|the)\b|\d", re.I)


def _predicate(said: Optional[str], consumer: str) -> Optional[str]:
    """"the returns team lead can see which tickets wait" -> "see which tickets wait": the consumer's step."""
    if not said:
        return None
    rest = re.sub(rf"^(?:the\s+)?{re.escape(consumer)}\s+", "", said, flags=re.I)
    return re.sub(r"^(?:can|will|is|are|do not|does not|not)\s+", "", rest)


_NUMBER_WORD = re.compile(r"^(?:(?:about|around|roughly|nearly|almost|over)\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|hundreds of|dozens of)\s+(?=[a-z])", re.I)


def _unnumbered(np: str) -> str:
    return _NUMBER_WORD.sub("", np, count=1) if len(np.split()) > 1 else np


def _consumer_field(text: str, consumer: Optional[str]) -> Optional[str]:
    """The consumer as the text writes it, without its article ("pharmacists", "kitchen team", "finance")."""
    if not consumer:
        return None
    return re.sub(r"^the\s+", "", consumer_np(text, consumer))


def _in_own_clause(text: str, action: str, system: str) -> bool:
    """The system is named in the clause of the learners' action (up to the next comma, semicolon or full stop)."""
    from planner.text.inflect import verb_forms

    first = action.split()[0]
    forms = sorted(verb_forms(first) | {"mis" + f for f in verb_forms(first)}, key=len, reverse=True)
    for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b", text, re.I):
        # the clause ends at a punctuation mark or at the next coordinated verb phrase ("checking sealed cartons ...
        # and logging rejects in the MES": the MES is the logging's, not the checking's) (h18tasks)
        clause = re.split(r"[,;.!?]|\s+(?:and|but|so|then)\s+", text[m.start():], maxsplit=1)[0]
        if system.lower().replace("the ", "") in clause.lower():
            return True
    return False


def _bare(np: str) -> str:
    return re.sub(r"^(?:the|their|our|a|an|every|each)\s+", "", np, flags=re.I)


def _blank(frame: ProblemFrame, out: Built, kind: str, target_label: Optional[str], cnp: Optional[str],
           system: Optional[str], team_phrase: str, learners: str) -> Built:
    """The text names no work step: one task that says plainly what is not stated, or none."""
    receiver = (f"what {cnp} {'need' if _plural_np(cnp) else 'needs'} from it" if cnp else "who receives the work")
    if kind == "reskilling":
        target_label = target_label or "the new role"
        action, obj = "take on", f"the first real tasks of {target_label}"
        rewritten = f"Take on the first real tasks of {target_label} (which tasks come first, and {receiver}, is not stated yet: see the open questions)."
        workflow = f"the work of {target_label}"
        if not cnp:
            out.questions.append(f"Who receives their work in {target_label}, and what do they need from it?")
    elif frame.survey is not None:
        # a survey group: the skill its facts name, never the wording of the text written from them
        if not frame.task_object:
            return out
        action, obj = "apply", frame.task_object
        rewritten = (f"Apply {obj} in the daily work of the {learners} (which piece of work, and who receives it, "
                     "is not stated yet: see the open questions).")
        workflow = f"the {learners}' daily work"
        if not cnp:
            out.questions.append(f"In which piece of the {learners}' work does {obj} show, and who receives that work next?")
    elif (owned := _owned_output(frame)) is not None:
        # "our gis techs' parcel maps keep confusing the planning officers": the output and its reader are named, the
        # step that goes wrong is not; the task names both and asks the one thing missing (h18tasks)
        things, reader = owned
        from planner.generators.offline import _output_verb

        action, obj = _output_verb(things).lower(), f"the {things}"
        rnp = reader or cnp
        use = reader_use(frame.text, frame.audience_role, any_blocked=True, ok=_clean_outcome)  # "them" is the owned output
        if use and (not rnp or same_role(_bare(use.who), _bare(rnp))) and not (_COMPLAINT_STEP.match(use.step) or _QUANTITY.search(use.step)):
            # "the site foremen can't order materials off them": the reader's step is the outcome the output serves
            rewritten = f"{_cap(action)} {obj}, so {use.said}."
            workflow = f"{doing(action)} {obj}{team_phrase}"
            if not problems(rewritten):
                out.tasks.append(_task(_cap(f"{action} {obj}"), rewritten, action, obj, workflow, _bare(use.who), use.said, frame.audience_role))
                out.has_action = True
                return out
        rewritten = (f"{_cap(action)} {obj} for {rnp} (what {rnp} {'do' if _plural_np(rnp) else 'does'} with them, and what in them "
                     "goes wrong for them today, is not stated yet: see the open questions)." if rnp else
                     f"{_cap(action)} {obj} (who receives them next, and what goes wrong in them today, is not stated yet: see the open questions).")
        workflow = f"{doing(action)} {obj}{team_phrase}"
        out.questions.append(f"What {'do' if not rnp or _plural_np(rnp) else 'does'} {rnp or 'their reader'} do with the {things}, and which part of "
                             "them goes wrong today?" if rnp else f"Who receives the {things} next, and which part of them goes wrong today?")
        cnp = rnp
        out.has_action = bool(rnp)  # the output and its reader are the text's: this task stands, its step asked once
    else:
        m = _BETTER_AT.search(frame.text)
        if not m and not frame.systems:
            return out
        thing = m.group(1).strip() if m else frame.systems[0]
        named = next((s for s in frame.systems if s.lower().endswith(_bare(thing).lower())), None)
        if named:
            tool = _bare(thing) if not named.lower().startswith("the ") else named
            action, obj = "do", f"the {learners}' work in {tool}"
            rewritten = (f"Do the {learners}' work in {tool} (which piece of work shows the problem, and {receiver}, "
                         "is not stated yet: see the open questions).")
            workflow = f"the {learners}' work in {tool}"
            if not cnp:
                out.questions.append(f"Who receives the {learners}' work in {tool}, and what do they need from it?")
        else:
            action, obj = "get", thing if thing.lower().startswith(("the ", "their ", "our ")) else f"the {thing}"
            obj = re.sub(r"^(?:their|our)\s+", "the ", obj, flags=re.I)
            rewritten = (f"Get {obj} right (which documents or steps, and {receiver}, are not stated yet: see the open questions).")
            workflow = f"the {learners}' {_bare(obj)}{team_phrase}"
            if not cnp:
                out.questions.append(f"Who receives the {_bare(obj)} next, and what do they need from it?")
    if problems(rewritten):
        return out
    out.tasks.append(_task(_cap(f"{action} {obj}"), rewritten, action, obj, workflow,
                           re.sub(r"^the\s+", "", cnp) if cnp else None, None, frame.audience_role))
    out.tasks[-1].open_questions = list(out.questions)
    return out


_OWNED = re.compile(r"(?:'s|’s|'|’)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\b(?P<rest>[^.;!?]*)", re.I)
_AFFECTS = re.compile(r"^\s+(?:keep|keeps|kept|often|always|still)?\s*(?:confus\w*|baffl\w*|puzzl\w*|mislead\w*|frustrat\w*|annoy\w*)\s+"
                      r"(?P<who>(?:the|our)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)", re.I)


def _owned_output(frame: ProblemFrame) -> Optional[tuple[str, Optional[str]]]:
    """("parcel maps", "the planning officers") from "our gis techs' parcel maps keep confusing the planning officers":
    the learners' output named by a possessive of the learners, and the people it affects when the text says so."""
    from planner.extract.consequence import group_noun, person_noun
    from planner.extract.phrases import can_be_noun

    if not frame.audience_role:
        return None
    for form in written_forms(frame.text, frame.audience_role):
        for m in re.finditer(rf"\b{re.escape(form)}", frame.text, re.I):
            if not re.search(r"(?:^|[.;,!?:]\s*|\b(?:and|but|so)\s+)(?:(?:our|the|my|their)\s+)?$", frame.text[: m.start()], re.I):
                continue  # the possessive opens its clause (its subject), not "ten of each new dispatcher's calls"
            o = _OWNED.match(frame.text, m.end())
            if not o:
                continue
            things = o.group(1).lower()
            if not can_be_noun(things.split()[-1]) or person_noun(things.split()[-1]):
                continue
            a = _AFFECTS.match(o.group("rest"))
            who = a.group("who") if a and (person_noun(a.group("who").split()[-1]) or group_noun(a.group("who").split()[-1])) else None
            return things, (re.sub(r"^our\s+", "the ", who, flags=re.I) if who else None)
    return None


# the heads of the documents and records a work step hands on (O*NET work outputs; planner.extract.task.OUTPUT_NOUNS)
_ARTEFACT_HEADS = re.compile(r"(?:notes?|reports?|records?|forms?|logs?|sheets?|certificates?|certs?|plans?|quotes?|summar(?:y|ies)|"
                             r"letters?|files?|codes?|labels?|charts?|entr(?:y|ies)|drawings?|maps?|orders?|invoices?|tickets?|"
                             r"diar(?:y|ies)|statements?|transcripts?|checklists?|counts?|results?|readings?|slips?|manifests?|"
                             r"bundles?|documents?|docs|lists?|schedules?|estimates?|proposals?|requests?|claims?|applications?|"
                             r"specs?|specifications?|briefs?|minutes|emails?|messages?|updates?|handovers?|samples?|"
                             r"abstracts?|assessments?|audits?|inspections?|reconciliations?|forecasts?|tags?|notices?|permits?)$", re.I)


def _artefact(np: str) -> bool:
    """A document, record or item the step hands on (a whole noun phrase ending on such a head), not a step or a
    person: "the test results", "call notes", never "deadlines", "up" or "bathrooms and make beds"."""
    from planner.extract.phrases import whole_np

    words = np.split()
    return bool(words) and len(words) <= 6 and whole_np(np) and bool(_ARTEFACT_HEADS.search(words[-1]))
