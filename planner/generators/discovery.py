"""The discovery plan: what to find out, from whom, by when, for a text too thin to plan from ("hi").

DOMAIN.md, "a wrongly identified gap": start from observed work, not from a guess. When the text
names no role, no work output and no number, a confident full plan would be invented; instead the
plan lists the facts to collect, who holds them, and a review date two weeks out, when a real plan
can be written. Every sentence is neutral scaffolding or a question; the text is quoted, never sliced.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from planner.frame import ProblemFrame
from planner.generators import goal as G
from planner.generators.gate import clip, problems
from planner.models import Plan, PlanMeta
from planner.rules import is_generic_audience
from planner.text.inflect import gerund

DISCOVERY_WEEKS = 2


def discovery_plan(frame: ProblemFrame, today: dt.date, meta: PlanMeta) -> Plan:
    from planner.grounding import ground_offline

    from planner.generators.offline import _as_written, _role_as_written, _system, cues_for, intervention

    said = clip(" ".join(frame.text.split()), 160).replace('"', "'")
    c = cues_for(frame)
    # what the line does give is kept (issue 12: a discovery plan keeps the role and the tool the text names)
    role = _role_as_written(frame.text, frame.audience_role) if frame.audience_role else None
    if role and is_generic_audience(role):
        role = None  # "our staff": a group, not a role (ABCD 'audience')
    who = (role if frame.headcount == 1 else _as_written(frame.text, frame.audience_role)) if frame.audience_role else None
    plural_who = who if who and frame.headcount == 1 else (_as_written(frame.text, frame.audience_role) if frame.audience_role else None)
    system = _system(frame)
    the = f"the {who}" if who else "the people"
    if c.onboarding or c.reskilling:  # even a thin text can say who the people are ("new starters", "will be replaced")
        kind, why, change = intervention(frame, c)
        why += " The rest of the text is too thin to plan from, so this is a discovery plan first."
    elif who:  # the line names the people: the type from what it says of them, with the cue or word that would flip it
        kind, why, change = intervention(frame, c)
        why = why.rstrip(".") + ". The text is too thin to plan from, so this is a discovery plan first."
    else:
        kind = "upskilling"
        why = ("The text gives no cue about who the people are or what happens to their role, so the type "
               "cannot be decided yet; upskilling is assumed until the questions below are answered.")
        change = ("If the people turn out to be new to the team or position, it is onboarding; if their "
                  "current role is going away or changing, it is reskilling.")
    # the skill or tool a thin text names ("get better at excel"): the partial goal, marked as to confirm (goal.py)
    tp = G.topic(frame.text, list(frame.systems)) if kind == "upskilling" else None
    whose = f"{the}'" if the.endswith("s") else f"{the}'s"
    where = f" in {system}" if system else ""
    questions = [
        ("Which role or roles does this concern, and how many people? (Ask the team's manager.)" if not who else
         f"How many {who} are there, and on which team? (Ask the team's manager.)" if frame.headcount is None else None),
    ]
    from planner.generators.role_change import read

    rc = read(frame.text, kind, c, None, system)
    if kind == "reskilling":
        questions += [f"Which role or team will {the} move into, and what will they do there? (Ask the manager of that team.)",
                      None if rc.ends else f"When does the current work of {the} end? (Ask the team's manager.)",
                      "Who already in that role could mentor them? (Ask the manager of that team.)"]
    elif kind == "onboarding":
        from planner.extract.new_work import first_task

        first = first_task(frame.text)  # "need them editing the parcel layer in ArcGIS Pro": the first work is named (h21goalq)
        tool = first[1] if first and first[0] == "use" and first[1] else None  # "never used the handhelds": the tool, not the work
        named_first = bool(first and first[1] and not tool and not problems(f"{first[0]} {first[1]}", phrase=True))
        dated = named_first and re.search(r"\b(?:by|before)\s+(?:week|the\s+end|day|next|xmas|christmas|easter|summer|spring|[A-Z]|\d)",
                                          frame.text[frame.text.lower().find(first[1].split()[0].lower()):], re.I)
        first_q = (f"Which tasks must {the} do alone after they can {first[0]} {first[1]}? (Ask the team's manager.)" if dated else
                   f"By when must {the} {first[0]} {first[1]} alone, and which tasks come after it? (Ask the team's manager.)"
                   if named_first else
                   f"Which real tasks in {system} will {the} do first, and in which queue? (Ask the team's manager.)" if system else
                   f"Which real tasks will {the} do first with {tool}, and in which queue? (Ask the team's manager.)" if tool else
                   f"Which real tasks, in which system and queue, will {the} do first? (Ask the team's manager.)")
        questions += [first_q,
                      f"Who will {the} be paired with for their first weeks? (Ask the team's lead.)",
                      None if named_first else "What does the team expect them to do alone once they are settled? (Ask the team's manager.)"]
    else:
        questions += [f"Which piece of work{where} shows the problem: which output, in which situation? (Ask {the} doing it.)",
                      None if frame.consumer else "Who receives that work next, and what do they have to chase or redo? (Ask the people who receive it.)",
                      "How often does it go wrong today, and where could that be counted? (Ask whoever owns the records or reports.)",
                      "What does it cost: rework, delays, customer effect or compliance? (Ask the team's manager.)",
                      f"Are {the} new to this work, or is their role changing? (It decides between upskilling, onboarding and reskilling.)"]
    questions.append(f"Who above {the} could review practice work each week? (Ask the team's manager.)")
    questions = [q for q in questions if q]
    skills = [f"Collect recent examples of the problem from the work of {the}{where}",
              "Describe each example's work output and who received it"]
    named = named_work(frame.text) if kind == "upskilling" else None
    from planner.generators.task_gate import rebuilt

    # the learners' output and its reader's step, both named by the line ("dispatch notes from our radio operators
    # are useless to the field crews"): the text's own task, not a discovery step framed for that reader (h19tasks)
    own = rebuilt(frame) if kind == "upskilling" else None
    # with no reader named, the task says so once and the first discovery step stays beside it
    if named:  # "get better at writing treatment plans": the work is named, so it is the task, its blanks asked (h18tasks)
        verb, things = named
        bare = re.sub(r"^(?:the|their|our)\s+", "", things)
        questions = [(f"Which part of {gerund(verb)} {things} goes wrong today, in which situation? (Ask {the} doing it.)"
                      if q.startswith("Which piece of work") else
                      f"Who receives the {bare} next, and what do they have to chase or redo? "
                      "(Ask the people who receive them.)" if q.startswith("Who receives that work next") else q) for q in questions]
        if not any(q.startswith("Who receives the ") for q in questions):  # a reader guessed from a noun ("driver calls") is no answer
            questions.insert(2, f"Who receives the {bare} next, and what do they have to chase or redo? (Ask the people who receive them.)")
    from planner.extract.baseline_fit import not_started
    from planner.generators.gap_roles import has_fault, never_done, settle
    from planner.generators.offline import _learner_forms
    from planner.generators.signal_fault import every_one, fault_metric

    # newcomers: the text's own clause of what they have never done is the gap, with who (h20gap)
    never = never_done(frame.text, _learner_forms(frame), plural_who) if kind in ("onboarding", "reskilling") and who else ""
    # a thin line that names the fault ("the dye house operators' batch cards never have the shade number so the colour
    # lab cant match the repeat orders"): its fault clause is the gap, its effect clause the impact, and the fault's
    # own share the metric (h20gap); the discovery steps stay for the rest
    line = " ".join(frame.text.split())
    said_gap, said_effect = settle(line[:1].upper() + line[1:].rstrip(".!") + ".", _learner_forms(frame)) if kind == "upskilling" else ("", None)
    said_gap = said_gap if said_gap and has_fault(said_gap) and said_gap != line else ""
    said_metric = fault_metric(said_gap, frame.text, fault_share=False) if said_gap else None
    data = {
        "intervention_type": kind,
        "intervention_rationale": clip(why, 400),
        "intervention_would_change_if": clip(change, 400),
        "skill_goal": (f"Agree with the manager the role {the} will move into and the first tasks of it they will learn, "
                       "with someone in that role who can mentor them, so that the reskilling plan can be written")
        if kind == "reskilling" else
        (f"List the first real tasks {the} will do{where}, the queue they work in and the person they are paired with, "
         "so that the onboarding plan can be written") if kind == "onboarding" else
        (G.topic_goal(tp[0], tp[1], whose) if tp else
         f"Collect recent examples where the problem showed in the real work of {the}{where}, naming the work "
         "output, who produced it and who received it, so that one skill can be chosen to practise"),
        "audience": {"role": clip(role, 200) if role else "team member (role not stated)", "team": frame.audience_team,
                     "headcount": frame.headcount,
                     "description": clip(" ".join(x for x in ("the", str(frame.headcount) if frame.headcount else "", who) if x), 400)
                     if who else "the people the problem concerns (role and number not stated)"},
        "current_gap": never or said_gap or (f'Not yet observed: the text says only "{said}". Collect examples of the work first (see open questions).'
                        if said.strip() else "Not yet observed: the text gives nothing to plan from yet. Collect examples of the work first (see open questions)."),
        "work_impact": {"category": "quality",
                        "description": said_effect or "Not stated in the problem: ask what the gap costs in rework, delays or customer effect."},
        "performance_standard": ("To be set after discovery: for the work output chosen, the items a complete piece of work "
                                 "contains, agreed with the people who receive it."),
        "training_assets": [{"kind": "guide", "title": "Discovery notes",
                             "contains": "A few recent examples of the problem, who was involved, what it cost, and the work output concerned."}],
        # newcomers and people changing role have no past work of this kind to bring (readers: "asks brand-new hires
        # to bring recent work that went wrong"); they shadow the work first (watch, then do together: Pearson &
        # Gallagher's gradual release, as in role_change.py)
        "practice_activity": ({"task": f"Once the first tasks are listed, {the} shadow someone already doing them on real work, "
                                       "then do them together with that person",
                               "materials": ["the list of first tasks agreed with the manager"] + ([system] if system else []),
                               "setting": "on real work, alongside someone already doing it"}
                              if kind in ("onboarding", "reskilling") else
                              {"task": "Bring a few recent examples of the problem to a short team review and sort them by work output",
                               "materials": ["recent real examples of the problem (anonymised)"] + ([system] if system else []),
                               "setting": "a short team meeting in normal working time"}),
        "feedback_owner": _owner(frame),
        "success_signal": {"behaviour": "The team agrees on one work output and a checklist for it",
                           "metric": "examples collected and open questions answered",
                           "baseline": None,
                           "baseline_method": (("Agree with the manager which first tasks they should do alone, and by when; at the "
                                                "review date count how many of them each person does alone.")
                                               if kind in ("onboarding", "reskilling") else
                                               ("Over the next two weeks, collect examples from the people doing the work and from "
                                                "those who receive it, and count how often the problem shows.")),
                           "target": "Proposed: one skill chosen, with a measured baseline, by the review date",
                           "target_is_proposal": True,
                           "data_source": "the collected examples and the team's own records"} if not said_metric else
                          {"behaviour": f"The {plural_who or 'team'} get it right in real work: {said_metric[len('share of '):]}, checked each week",
                           "metric": said_metric, "baseline": None,
                           "baseline_method": (f"Not measured yet: before training starts, count the {said_metric[len('share of '):]} "
                                               "in the last two weeks of real work, the same way you will count them at the review date."),
                           "target": f"proposed: {every_one(said_metric)}, none missed, by the review date; confirm with the manager",
                           "target_is_proposal": True,
                           "data_source": "a weekly sample of the real work, checked by the manager (proposed)"},
        "review_date": (today + dt.timedelta(weeks=DISCOVERY_WEEKS)).isoformat(),
        "tasks": ([own.model_dump()] + ([] if own.consumer else [_discovery_step(ground_offline(skills[0], frame), the)])
                  if own is not None else [_work_task(verb, things, frame, who, where)] if named else
                  # the discovery steps belong to finding out where the problem shows, not to a workflow to ask about;
                  # people who have not started or whose role changes have no work of theirs to collect examples from
                  # (readers: impossible), so the tasks section says no work is named and the questions ask (r11tasks)
                  [] if kind in ("onboarding", "reskilling") or not_started(frame.text) else
                  [_discovery_step(ground_offline(s, frame), the) for s in skills]),
        "decision_rules": ["Choose the skill from observed examples, not from the newest tool or course on offer"],
        "common_mistakes": ["Choosing a course before anyone has seen examples of the problem",
                            "Training on a symptom ('communication') instead of a piece of work someone can practise"],
        "practice_cases": [],
        "delivery_methods": ["a short team review of real examples", "asking the people who receive the work"]
        + (["shadowing an experienced colleague"] if kind == "onboarding" else ["mentoring by someone already in the new role"] if kind == "reskilling" else []),
        "open_questions": questions,
        "language": frame.language,
        "meta": meta.model_dump(),
    }
    return Plan.model_validate(data, context={"today": today})


def _owner(frame: ProblemFrame) -> dict:
    """The reviewer the thin text names in its own checking clause ("the senior reporter proofs every transcript"),
    with that clause as the cadence (h14aud); else the manager, to confirm."""
    from planner.extract.reviewer import find_reviewer
    from planner.extract.owner import third_person

    rev = find_reviewer(frame.text, frame.audience_role)
    if rev is not None and not rev.step:
        return {"role": clip(rev.role, 200) + " (the work comes back from this role today; to confirm)",
                "cadence": "collects the examples and the answers to the open questions by the review date"}
    if rev is not None:
        step = rev.step if rev.step.split()[0].endswith("s") else third_person(rev.step)
        from planner.extract.review_clause import label

        role = "you, the manager writing this" if rev.first_person else label(rev)  # "Dev (named ...; role not given)" (h15aud)
        return {"role": clip(role, 200),
                "cadence": clip(f"{step} (as the text says); also collects the examples and the answers to the open questions "
                                "by the review date", 200)}
    from planner.generators.owner_check import line_manager  # the role above any team, assumed (round 11)

    return line_manager({"role": "to be named (the text names no reviewer)",
                         "cadence": "proposed: collects the examples each week, and the answers to the open questions by the review date"}, frame)


# "get better at writing treatment plans", "faster at quoting the small jobs": the work named as a gerund and its object
_AT_WORK = re.compile(r"\b(?:better|faster|quicker|good|more careful|more accurate)\s+(?:at|with)\s+([a-z]+ing)\s+"
                      r"((?:the\s+|their\s+|our\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=\s*[.,;!?]|\s+(?:and|but|so|for|when|before|in|on)\b|\s*$)", re.I)


def named_work(text: str) -> Optional[tuple[str, str]]:
    """("write", "treatment plans") from "need to get better at writing treatment plans"; None when the line names no
    verb and whole noun phrase (O*NET task statements: an action verb and its object)."""
    from planner.extract.phrases import can_be_verb, whole_np
    from planner.extract.task import verb_base

    m = _AT_WORK.search(text)
    if not m:
        return None
    verb = verb_base(m.group(1))
    np = re.sub(r"^(?:their|our)\s+", "the ", m.group(2).strip(), flags=re.I)
    if not verb or not can_be_verb(verb) or verb in ("be", "have", "get", "do", "make", "use") or not whole_np(np):
        return None
    return verb, np


def _work_task(verb: str, things: str, frame: ProblemFrame, who: Optional[str], where: str) -> dict:
    """The work the line names, with the parts it does not give said plainly and asked (issue 12: a blank, not a guess)."""
    from planner.grounding.checks import run_checks
    from planner.models import GroundedTask

    core = f"{verb} {things}{where}"
    them = "them" if things.split()[-1].endswith("s") else "it"
    t = GroundedTask(original=core[:1].upper() + core[1:], rewritten=(
        f"{core[:1].upper() + core[1:]} (who receives {them} next, what they need from {them}, and what goes wrong in {them} "
        "today, is not stated yet: see the open questions)."), action=verb, object=things,
        workflow=f"{gerund(verb)} {things}{where}" + (f" in the work of the {who}" if who else ""))
    t.checks = run_checks(t, performer=frame.audience_role)
    return t.model_dump()


def _discovery_step(task, the: str) -> dict:
    """A discovery step belongs to finding out where the problem shows, not to a workflow of the learners' to ask
    about: the "which workflow" question is boilerplate asked of every thin text (issue 12, h18tasks)."""
    task.open_questions = [q for q in task.open_questions if not q.startswith("Which workflow or process")]
    from planner.generators.task_gate import task_problems

    if task.outcome and (task.outcome.endswith("without chasing missing details") or task_problems(task, "")):
        # "Support the field crew by collecting recent examples ..., so the crew can act on recent examples ...": the
        # generic outcome framed for a reader garbles a discovery step; the step is said as it is (h19tasks)
        task.rewritten, task.outcome = task.original.rstrip(".") + ".", None
    if task.workflow == "not stated in the context" or task.workflow.endswith("'s work"):
        task.workflow = f"finding out where the problem shows in the work of {the}"
    return task.model_dump()
