"""The open questions of an offline plan: the real unknowns of this problem, asked once, in the text's own terms.

DOMAIN.md ("the open questions the manager should answer when the input lacks facts") and the strict-reader rubric:
never a question the text already answers (a headcount, consumer, owner, baseline or deadline it gives), never a
question quoting generic tasks, no duplicates. A question names the role, the setting and the output the text
names ("How many pharmacy techs are there at the two hospital sites?"), so the manager can answer it as it stands.
"""

from __future__ import annotations

import re
from typing import Optional

from planner.frame import ProblemFrame

ROLE_QUESTION = "Which role or roles does this concern, and on which team?"
TASK_QUESTION = "Which piece of work shows the problem: which output, in which system or situation?"
BASELINE_QUESTION = "How often does the problem happen today (a number, or where it could be counted)?"
SYMPTOMS_QUESTION = "What have you observed that shows the gap (examples, error counts, complaints)?"


def plan_questions(frame: ProblemFrame, *, kind: str, has_behaviour: bool, has_action: bool, task_questions: list[str],
                   learners: str, team_phrase: str, headcount: Optional[int], owner: Optional[str],
                   onboarding_cue: Optional[str], reskilling_cue: Optional[str], tenure: bool,
                   target_label: Optional[str], no_tasks: bool = False,
                   implied_owner: Optional[str] = None, fault_clause: Optional[str] = None) -> list[str]:
    """The plan's questions, in the order a manager answers them: who, which work, who receives it, how often, who
    reviews, what kind of change."""
    missing = set(frame.missing)
    out: list[str] = []
    baseline_q = _fault_count_question(fault_clause) or BASELINE_QUESTION
    if "audience_role" in missing:
        out.append(ROLE_QUESTION)
    if not headcount:
        out.append(f"How many {learners} are there{team_phrase}?" if frame.audience_role else "How many people are in the group?")
    if ("task" in missing or no_tasks) and not has_action and not has_behaviour and kind != "reskilling":
        system = frame.systems[0] if frame.systems else None  # the text names it: not asked again
        out.append(f"Which piece of work in {system} shows the problem, and what goes wrong in it?" if system else TASK_QUESTION)
    out += [q for q in task_questions if not _self_object(q)]  # who receives the output, or what its reader does with
    # it: only when the text does not say, and never "do with the retention" of "the retention team" (h20goal)
    # a role change has no problem to count: its gap is the new role's work, asked below (DOMAIN.md: reskilling)
    # nor has a newcomer with no problem reported yet: nothing to count before they start
    if kind != "reskilling" and not (kind == "onboarding" and not frame.symptoms):
        if "baseline" in missing:
            out.append(baseline_q)
        if "symptoms" in missing and not has_behaviour:
            out.append(SYMPTOMS_QUESTION)
        why = cause_question(fault_clause or fault_phrase(frame.text, learners), frame.text) if kind == "upskilling" else None
        if why:
            out.append(why)  # the real unknown behind a fault the text names: its cause (h20goal)
    if not owner and implied_owner:  # the text implies a reviewer: ask to confirm it, not who it is
        out.append(f"The text implies {implied_owner}: will they also review the practice work each week, or who else?")
    elif not owner:
        out.append(f"Who above the {learners} (a lead, supervisor or senior colleague) will review their practice work each week?")
    # A text that describes the people doing the work today ("our techs keep leaving the allergy check blank") has
    # answered it: they do this work now; the would-change-if line already says what would make it onboarding.
    # So has a text whose learners' own clause states the work they do now ("the tire builders on B shift log the green
    # tire weights"): the present tense of their routine answers it (h18tasks)
    own_work = has_action and bool(frame.task_verb) and kind == "upskilling" and _present_work(frame)
    if not (onboarding_cue or reskilling_cue or tenure or has_behaviour or own_work):
        out.append(f"Are the {learners} new to this work, or have they done it here for some time? (It decides between onboarding and upskilling.)")
    if onboarding_cue and reskilling_cue:
        said = f'both "{onboarding_cue}" and "{reskilling_cue}"' if onboarding_cue != reskilling_cue else f'"{onboarding_cue}"'
        out.append(f"The text says {said}: are the people new to the team, "
                   "or is their role changing? (It decides between onboarding and reskilling.)")
    if kind == "reskilling":
        out.append(f"Which tasks of {target_label or 'the new role'} should they learn first, and who already in that role can mentor them?")
    from planner.extract.intervention import work_clause
    from planner.generators.answered import revise

    # never a question the text answers: the unknown beside it instead (h15type)
    # a newcomer's "symptom" with no clause of theirs going wrong ("never on TaxDome") is no problem reported yet
    from planner.generators.answered import inexperience

    wc = work_clause(frame.text)
    symptoms = bool(frame.symptoms) and (kind != "onboarding" or bool(wc and not inexperience(wc)))
    return revise(out, frame.text, kind=kind, learners=learners, symptoms=symptoms, baseline_q=baseline_q,
                  task_q=TASK_QUESTION, work_clause=work_clause(frame.text) if kind != "onboarding" else None)


TARGET_QUESTION = "What target should the figure reach by the review date?"


def target_question(signal: dict, review=None) -> str:
    """The target the text does not give, asked in this problem's terms: the metric it is for (SMART: measurable and
    time-bound; DOMAIN.md: a target not in the text is a proposal to confirm). No figure is repeated in it: the
    baseline and the proposal stand in the success signal. The generic wording when the metric does not read cleanly."""
    from planner.generators.gate import problems

    metric = (signal.get("metric") or "").split(",")[0].strip()
    if not metric or len(metric.split()) > 14 or re.search(r"\d", metric) or _unfinished(metric):
        return TARGET_QUESTION
    q = f"What target should the {metric} reach by the review date? The text gives the figure now, but sets none."
    return TARGET_QUESTION if problems(q) else q


# a metric cut mid-phrase ("the times two or"): it ends on a function word, or starts with a unit and no thing counted
_DANGLING = frozenset("a an the of or and to for in on at by with from than that which who their our its times".split())


def _unfinished(metric: str) -> bool:
    words = metric.lower().removeprefix("the ").split()
    return not words or words[-1] in _DANGLING or words[0] in ("times", "of", "or", "and")


def _present_work(frame: ProblemFrame) -> bool:
    """The learners' role is followed, in its clause, by the task verb in the present ("techs write up", "cashiers
    complete"), with no future, modal or wish before it ("will", "need to", "should")."""
    if not (frame.audience_role and frame.task_verb):
        return False
    from planner.extract.consumer import written_forms
    from planner.text.inflect import verb_forms

    verb = frame.task_verb.split()[0]
    forms = "|".join(map(re.escape, sorted(verb_forms(verb) - {verb + "ing"}, key=len, reverse=True)))
    for form in written_forms(frame.text, frame.audience_role):
        m = re.search(rf"\b{re.escape(form)}\b(?P<mid>[^.;:!?'’]{{0,40}}?)\b(?:{forms})\b(?P<after>[^.;:!?]*)", frame.text, re.I)
        if not m or len(m.group("mid").split()) > 4:
            continue
        if re.search(r"\b(?:will|would|should|must|need|needs|to|could|might|can|going|want|wants|not|never)\b|n't\b", m.group("mid"), re.I):
            continue  # a future, a wish or a negation is no routine of today
        obj = (frame.task_object or "").split()
        if obj and obj[0].lower() in m.group("after").lower().split()[:4]:
            return True  # the verb and its object as the extractor read them: a real clause of the learners
    return False


# the text's own fault words (planner.extract.consequence reads the same kind of clause)
_FAULT_WORDS = re.compile(r"\b(?:keep|keeps|kept|without|wrong|skip\w*|miss\w*|don't|doesn't|never|late|forget\w*|instead|"
                          r"mis[a-z]{4,}|leave\w* (?:off|out)|from memory|by hand)\b", re.I)


_DO_WITH = re.compile(r"^What (?:does|do) (?:the\s+)?(?P<c>[^?]+?) do with (?:the\s+)?(?P<o>[^?]+?) next\b", re.I)


def _self_object(q: str) -> bool:
    """"What does the retention team do with the retention next": the object is a word of the reader's own name."""
    m = _DO_WITH.match(q)
    if not m:
        return False
    o = set(m.group("o").lower().split())
    return bool(o) and o <= set(m.group("c").lower().split())


def cause_question(clause: Optional[str], text: str = "") -> Optional[str]:
    """"Why does it happen ("keep clipping the harness to the wrong anchor") ...?": the cause of the fault the text
    names, which no plan can take from the text and which decides the practice (DOMAIN.md: "a wrongly identified
    gap: start from observed work"); None when the clause is not a fault or does not read whole (h20goal)."""
    from planner.generators.gate import problems

    if not clause or not _FAULT_WORDS.search(clause) or len(clause.split()) > 14 or '"' in clause \
            or re.match(r"\s*(?:instead|without|from|by|after|late)\b", clause, re.I):
        return None  # a fragment, not the clause of the fault
    if re.search(r"\b(?:because|cos|coz|since|when|while|rush\w*|busy|no time|short-staffed|in a hurry)\b", text, re.I):
        return None  # the text gives the cause already (never a question the text answers)
    q = f'Why does it happen ("{clause.strip()}"), and what does the right way look like on the job?'

    return None if problems(q) else q


# the fault as the text writes it, from its verb to the clause's end ("keep rolling out the hull layups with air pockets
# trapped under the glass"), where no behaviour was read from it: a habit ("keep V-ing"), a skip or a negation
_FAULT_PHRASE = re.compile(r"\b(?:keep|keeps|kept|still|always)\s+[a-z]+ing\b[^,.;:!?]*|\b(?:never|forget\s+to|forgets\s+to|skip|skips)\s+[a-z]+\b[^,.;:!?]*", re.I)
_PHRASE_END = re.compile(r"\s+(?:so|because|which|but|n|and\s+(?:then|the|our|their|it|they|we|[a-z]+s\s+end))\b.*$|\s+(?:-|–|—|\().*$", re.I)  # "n": "and", typed short


def fault_phrase(text: str, learners: str = "") -> Optional[str]:
    """The learners' own fault from its verb on, cut at the clause's end: the words right before it name the learners
    ("the laminators keep rolling out ...", "they never ..."), never a reader's or a machine's habit; None when the
    text names none whole (h21goalq)."""
    head = (learners.split() or [""])[-1].lower().rstrip("s")
    for m in _FAULT_PHRASE.finditer(text or ""):
        before = re.split(r"[,.;:!?]", text[:m.start()])[-1].lower().split()[-4:]
        if not any(w == "they" or head and w.rstrip("s") == head for w in before):
            continue
        p = _PHRASE_END.sub("", m.group(0)).strip()
        if 3 <= len(p.split()) <= 14:
            return p
    return None


def _fault_count_question(clause: Optional[str]) -> Optional[str]:
    """"How often does the problem happen today ("keep charting doses in the wrong units") ...?": the count asked
    for the fault the text names, in its words (SMART: a baseline for this behaviour, not "the problem")."""
    from planner.generators.gate import problems

    if not clause or not _FAULT_WORDS.search(clause) or len(clause.split()) > 14 or '"' in clause:
        return None
    q = f'How often does the problem happen today ("{clause.strip()}"): a number, or where it could be counted?'
    return None if problems(q) else q
