"""The offline generator: a complete plan from the ProblemFrame by rules, no model.

The embedded default and the baseline every LLM provider is compared with. It
composes the DOMAIN.md fields from the facts the extractor found and from
``planner.generators.patterns``; it never invents a number (a target is the text's
own, or half the text's baseline; otherwise the plan says how to measure the
baseline first), and it lists open questions for everything the text left out.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from planner.errors import UnsupportedLanguageError
from planner.extract.language import NAMES
from planner.frame import ProblemFrame
from planner.generators import patterns as P
from planner.models import Plan, PlanMeta

PROMPT_VERSION = "offline-rules-1"
REVIEW_WEEKS = 8  # DOMAIN.md: a calendar date, usually 6 to 12 weeks out

QUESTIONS = {
    "audience_role": "Which role or roles does this concern (e.g. 'tier-1 support agents')?",
    "headcount": "How many people are in the group?",
    "task": "Which piece of work shows the problem: which output, in which system or situation?",
    "consumer": "Who uses that output next, and what do they need from it?",
    "baseline": "How often does the problem happen today (a number, or where it could be counted)?",
    "symptoms": "What have you observed that shows the gap (examples, error counts, complaints)?",
}


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _plural(role: str) -> str:
    if role.endswith(("s", "staff", "personnel")):
        return role
    if role.endswith("y") and role[-2:-1] not in "aeiou":
        return role[:-1] + "ies"
    return role + "s"


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.1f}"


def intervention(frame: ProblemFrame) -> tuple[str, str, str]:
    """DOMAIN.md's three kinds of skill change, decided from the triggers in the text."""
    t = set(frame.triggers)
    if "redundancy" in t or "role_change" in t:
        return ("reskilling",
                "The text describes people moving into a substantially different role"
                + (" because their current work is being automated or cut" if "redundancy" in t else "") + ".",
                "If the people stay in their current role and only the tools or volume change, this is upskilling.")
    if "new_hire" in t:
        return ("onboarding",
                "The text describes people who are new to the company, team or position and must become productive.",
                "If these people have done this work here before and now fall short, it is upskilling.")
    why = "The people already do this work; the text describes a gap in how well it is done"
    if "new_system" in t:
        why += ", after a new system or tool was introduced"
    elif "process_change" in t:
        why += ", after a process change"
    elif "promotion" in t:
        why += ", in a step up they are growing into"
    return ("upskilling", why + ".",
            "If the role is being replaced or they are moving to a different job, it is reskilling; if they are new hires, onboarding.")


_NEGATED = re.compile(r"^(?:can't|cannot|can not|couldn't|don't|doesn't|won't|never|can)\s+", re.I)
_QUESTIONS = re.compile(r"\b(questions?|follow-?ups?|come back|coming back|chas\w+|back-and-forth|clarif\w+)\b", re.I)


def _consumer_step(frame: ProblemFrame) -> str | None:
    """What the consumer does next, stated positively: "can't forecast" -> "forecast", "rely on" -> "rely on them"."""
    step = (frame.consumer_need or "").strip()
    step = _NEGATED.sub("", step)
    if not step or len(step.split()) > 8:
        return None
    if step.split()[-1] in ("on", "to", "use", "check", "inspect", "approve", "review", "read"):
        step += " them"
    elif step.startswith("use to "):
        step = "use them to " + step[len("use to "):]
    return step


def _goal(frame: ProblemFrame, pattern: P.OutputPattern) -> str:
    from planner.grounding.context import with_article

    questions = " without follow-up questions" if _QUESTIONS.search(frame.text) else ""
    if frame.task_verb and frame.task_object:
        goal = _cap(frame.task)
        if frame.consumer:
            who = with_article(frame.consumer)
            step = _consumer_step(frame)
            goal += f" so that {who} can {step}{questions}" if step else f" that {who} can act on{questions or ' without rework'}"
        else:
            goal += ", to the team's standard every time"
        return goal
    if frame.task_object:
        who = f" for {with_article(frame.consumer)}" if frame.consumer else ""
        from planner.extract.task import OUTPUT_NOUNS

        if OUTPUT_NOUNS.search(frame.task_object):  # a work output: written and checked
            return f"Write and check {frame.task_object}{who} against an agreed checklist before handing them on"
        # a named skill ("CRM automation"): applied in the real work, to a standard someone checks
        return f"Apply {frame.task_object} in the daily work{who}, to an agreed standard checked by a reviewer"
    theme = P.thin_theme(frame.text)
    return f"Write {theme} to an agreed checklist in the team's daily workflow, so the next person can act on them without asking"


_SELF_RATING = re.compile(
    r"rate themselves lowest on (?P<skill>[^(.]{2,60}?)(?: in a [^(]{0,60})?\s*\(mean (?P<mean>\d+(?:\.\d+)?) of (?P<top>\d+)(?:, target (?P<target>\d+(?:\.\d+)?))?",
    re.I,
)
_HIGHER_BETTER = re.compile(r"\b(csat|nps|satisfaction|score|rating|accuracy|on[- ]time|first[- ]time|conversion|retention|completion rate|quality score)\b", re.I)


def _clause_with(sentence: str, number_text: str) -> str:
    """The clause of a sentence that holds a number: the metric as the manager counted it."""
    for part in re.split(r"[:;,]|\band\b|\bbut\b", sentence):
        if number_text in part:
            return part.strip().rstrip(".")
    return sentence.strip().rstrip(".")


def _signal(frame: ProblemFrame, pattern: P.OutputPattern, obj: str) -> dict[str, Any]:
    base, tgt = frame.baseline, frame.target
    source = pattern.data_source
    behaviour = f"{_cap(obj)} meet the performance standard on first submission"
    survey = _SELF_RATING.search(frame.text)
    if survey:  # a survey group: the self-rating is the baseline, higher is better, the survey's target level is the goal
        skill, mean, top, target = survey.group("skill"), survey.group("mean"), survey.group("top"), survey.group("target")
        return {"behaviour": f"{_cap(obj)} meets the performance standard in real work, checked by the reviewer",
                "metric": f"mean self-rating on {skill.strip()} (1 to {top}), confirmed by the reviewer's sample of real work",
                "baseline": f"mean {mean} of {top}", "baseline_method": None,
                "target": f"the survey's target level, {target} of {top}" if target else f"a clear rise over the mean of {mean}, agreed with the feedback owner",
                "data_source": "a repeat of the same skills survey at the review date, plus the reviewer's sample"}
    if base is None and tgt is not None:
        return {"behaviour": behaviour, "metric": _clause_with(tgt.context or "", tgt.text)[:200] or "the rate the problem names",
                "baseline": None, "baseline_method": f"Before training starts, measure today's rate from {source} over the last month.",
                "target": tgt.text, "data_source": source}
    if base is not None:
        clause = _clause_with(base.context or "", base.text)
        metric = f"how often this happens, as the problem counts it: \"{clause[:150]}\"" if clause else "the rate the problem reports"
        previous = next((n for n in frame.numbers if n.role == "previous"), None)
        higher_is_better = bool(_HIGHER_BETTER.search(base.context or ""))
        if tgt is not None:
            target = tgt.text
        elif previous is not None:
            target = f"back to {previous.text} or better, the level before the drop"
        elif higher_is_better:
            target = f"a clear rise over today's {base.text}, agreed with the feedback owner"
        elif base.unit == "%" and base.value:
            target = f"half of today's rate or better: {_fmt(base.value / 2)}% or less"
        elif base.value:
            target = f"half of today's figure or better: {_fmt(base.value / 2)} {base.unit or ''} or less".replace("  ", " ").strip()
        else:
            target = "clearly below today's figure, agreed with the feedback owner"
        return {"behaviour": behaviour, "metric": metric[:200],
                "baseline": base.text, "baseline_method": None, "target": target[:200], "data_source": source}
    return {
        "behaviour": f"{_cap(obj)} meet the performance standard on first submission",
        "metric": f"share of {obj} that meet every item of the checklist",
        "baseline": None,
        "baseline_method": f"Before training starts, review a sample of last month's {obj} against the checklist and record the share that meets it; read it from {source}.",
        "target": "a clear rise over the measured baseline by the review date, agreed with the feedback owner",
        "data_source": source,
    }


class OfflineGenerator:
    provider = "offline"
    model = "rules-v1"

    def generate(self, frame: ProblemFrame, today: dt.date) -> Plan:
        if not frame.language_supported:
            name = NAMES.get(frame.language, frame.language)
            raise UnsupportedLanguageError(
                f"the problem seems to be written in {name}; the offline provider reads English only and will not "
                "guess. Use an LLM provider (--provider openai|anthropic|local) or describe the problem in English."
            )
        from planner.grounding import ground_offline

        kind, why, change = intervention(frame)
        # the task's own words first; the whole text only when they name no known kind of work
        pattern = P.output_pattern(frame.task_object, frame.task)
        if pattern is P.GENERIC:
            pattern = P.output_pattern(frame.text)
        role = frame.audience_role or "team member (role not stated)"
        obj = frame.task_object or P.thin_theme(frame.text)
        from planner.extract.task import OUTPUT_NOUNS

        bare = re.sub(r"^(?:the|a|an|their|our)\s+", "", obj, flags=re.I)
        # what reviewers and learners handle: the outputs themselves ("escalation notes"), or cases of a step or skill
        if OUTPUT_NOUNS.search(bare) or not frame.task_object:
            items = bare
        elif not frame.task_verb:  # a named skill from a survey ("CRM automation")
            items = f"tasks done with {bare}"
        else:
            items = f"cases of {obj if obj != bare else 'the ' + bare}"
        who = _plural(frame.audience_role) if frame.audience_role else "people in the team"
        count = f"the {frame.headcount} " if frame.headcount else "the "
        team = f" on the {frame.audience_team}" if frame.audience_team else ""
        system = frame.systems[0] if frame.systems else None
        owner = P.feedback_role(frame.domain, frame.audience_role)
        symptoms = [s.text.rstrip(".") for s in frame.symptoms[:3]]
        gap = "; ".join(symptoms) + "." if symptoms else (
            f"Not yet observed in detail: the text says \"{frame.text[:160].strip()}\". Collect examples of the work first (see open questions)."
        )
        if frame.impact:
            impact = {"category": frame.impact_category or "quality", "description": frame.impact[:400]}
        else:
            impact = {"category": "quality",
                      "description": "Not stated in the problem: ask what the gap costs in rework, delays or customer effect."}
        standard_items = list(pattern.standard_items)
        standard = f"Each of the {items} meets every item: " + "; ".join(standard_items) + "."
        where = f"in {system}" if system else "in the real workflow (copies of real cases, or a sandbox)"
        assets = [
            {"kind": "checklist", "title": f"{_cap(bare)} checklist",
             "contains": "One page: " + "; ".join(standard_items) + "."},
            {"kind": "examples", "title": f"Annotated {items}: good and weak",
             "contains": f"Real {items} from the team's own work, anonymised, each annotated against the checklist."},
            {"kind": "practice_cases", "title": f"Practice cases for {obj}",
             "contains": "Past cases with the facts needed, including edge cases and the usual errors, with model answers."},
        ]
        if "new_system" in frame.triggers or system:
            assets.append({"kind": "job_aid", "title": f"Job aid: the steps {where}",
                           "contains": "Screens and fields in order, with what to enter and what to check."})
        if kind == "onboarding":
            assets.append({"kind": "sop", "title": "The documented workflow for new starters",
                           "contains": "The steps, the decision rules and who to ask, captured from experienced colleagues."})
        practice = {
            "task": f"Redo recent real {items} from the team's own work using the checklist, then compare with an annotated example",
            "materials": [f"recent real {items} (anonymised)", f"the {bare} checklist"] + ([system] if system else []),
            "setting": where + (f", during normal work on the {frame.audience_team}" if frame.audience_team else ""),
        }
        feedback = {"role": owner, "cadence": f"reviews a sample of each person's {items} every week and discusses one in a short 1:1"}
        open_q = [QUESTIONS[m] for m in frame.missing if m in QUESTIONS]
        if frame.task:
            skills = [frame.task, f"Check {obj} against the checklist before handing them on"]
        elif frame.task_object and not OUTPUT_NOUNS.search(obj):  # a named skill from a survey
            skills = [f"Apply {obj} in the daily work", f"Show a reviewer {obj} applied to real cases"]
        else:
            skills = [f"Write {obj}", f"Check {obj} against the checklist before handing them on"]
        tasks = [ground_offline(s, frame) for s in skills]
        cases = [f"A recent case that missed {standard_items[0]}",
                 f"An edge case the team disagrees on, from {system or 'the team’s own records'}",
                 f"A case where {frame.consumer or 'the next step'} had to come back with a question"]
        data = {
            "intervention_type": kind,
            "intervention_rationale": why,
            "intervention_would_change_if": change,
            "skill_goal": _goal(frame, pattern)[:400],
            "audience": {"role": role[:200], "team": frame.audience_team, "headcount": frame.headcount,
                         "description": f"{count}{who}{team}".strip()[:400]},
            "current_gap": gap[:400],
            "work_impact": impact,
            "performance_standard": standard[:400],
            "training_assets": assets[:6],
            "practice_activity": practice,
            "feedback_owner": feedback,
            "success_signal": _signal(frame, pattern, items),
            "review_date": (today + dt.timedelta(weeks=REVIEW_WEEKS)).isoformat(),
            "tasks": [t.model_dump() for t in tasks],
            "decision_rules": list(pattern.rules),
            "common_mistakes": list(pattern.mistakes) + ["Training once in a course with no practice on real cases and no review date"],
            "practice_cases": cases,
            "delivery_methods": list(P.DELIVERY[kind]),
            "open_questions": open_q,
            "language": frame.language,
            "meta": PlanMeta(provider=self.provider, model=self.model, prompt_version=PROMPT_VERSION,
                             today=today.isoformat()).model_dump(),
        }
        return Plan.model_validate(data, context={"today": today})
