"""The open questions of an offline plan: the real unknowns of this problem, asked once, in the text's own terms.

DOMAIN.md ("the open questions the manager should answer when the input lacks facts") and the strict-reader rubric:
never a question the text already answers (a headcount, consumer, owner, baseline or deadline it gives), never a
question quoting generic tasks, no duplicates. A question names the role, the setting and the output the text
names ("How many pharmacy techs are there at the two hospital sites?"), so the manager can answer it as it stands.
"""

from __future__ import annotations

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
                   implied_owner: Optional[str] = None) -> list[str]:
    """The plan's questions, in the order a manager answers them: who, which work, who receives it, how often, who
    reviews, what kind of change."""
    missing = set(frame.missing)
    out: list[str] = []
    if "audience_role" in missing:
        out.append(ROLE_QUESTION)
    if not headcount:
        out.append(f"How many {learners} are there{team_phrase}?" if frame.audience_role else "How many people are in the group?")
    if ("task" in missing or no_tasks) and not has_action and not has_behaviour and kind != "reskilling":
        system = frame.systems[0] if frame.systems else None  # the text names it: not asked again
        out.append(f"Which piece of work in {system} shows the problem, and what goes wrong in it?" if system else TASK_QUESTION)
    out += task_questions  # who receives the output, or what its reader does with it: only when the text does not say
    # a role change has no problem to count: its gap is the new role's work, asked below (DOMAIN.md: reskilling)
    # nor has a newcomer with no problem reported yet: nothing to count before they start
    if kind != "reskilling" and not (kind == "onboarding" and not frame.symptoms):
        if "baseline" in missing:
            out.append(BASELINE_QUESTION)
        if "symptoms" in missing and not has_behaviour:
            out.append(SYMPTOMS_QUESTION)
    if not owner and implied_owner:  # the text implies a reviewer: ask to confirm it, not who it is
        out.append(f"The text implies {implied_owner}: will they also review the practice work each week, or who else?")
    elif not owner:
        out.append(f"Who above the {learners} (a lead, supervisor or senior colleague) will review their practice work each week?")
    # A text that describes the people doing the work today ("our techs keep leaving the allergy check blank") has
    # answered it: they do this work now; the would-change-if line already says what would make it onboarding.
    if not (onboarding_cue or reskilling_cue or tenure or has_behaviour):
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
    return revise(out, frame.text, kind=kind, learners=learners, symptoms=symptoms, baseline_q=BASELINE_QUESTION,
                  task_q=TASK_QUESTION, work_clause=work_clause(frame.text) if kind != "onboarding" else None)
