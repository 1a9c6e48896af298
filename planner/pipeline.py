"""The one function behind `upskill plan`, the web page, batches and evals."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from planner.frame import GroupFacts, ProblemFrame
from planner.models import Plan
from planner.providers.base import ProviderConfig


def get_generator(config: ProviderConfig):
    """The backend for a config: it generates plans (and grounds, judges) whichever backend it is."""
    from planner.backends import get_backend

    return get_backend(config)


def extract_frame(text: str, survey: Optional[GroupFacts] = None) -> ProblemFrame:
    from planner.extract import extract

    return extract(text, survey=survey)


def make_plan(
    text: str,
    config: Optional[ProviderConfig] = None,
    today: Optional[dt.date] = None,
    frame: Optional[ProblemFrame] = None,
    generator=None,
    survey: Optional[GroupFacts] = None,
) -> Plan:
    """Problem text -> validated Plan. ``frame`` may be passed when already extracted; ``survey``: a survey
    group's facts, read as data (the text is then only for an LLM prompt and for people)."""
    from planner.inputs import check_today, validate_problem_text
    from planner.providers.select import resolve

    text = validate_problem_text(text)
    config = config or resolve()
    today = check_today(today or dt.date.today(), what="today")
    frame = frame or extract_frame(text, survey)
    gen = generator or get_generator(config)
    return finish_plan(gen.generate(frame, today), frame, text, today)


def finish_plan(plan: Plan, frame: ProblemFrame, text: str, today: Optional[dt.date]) -> Plan:
    """What every generated plan gets, whichever path made it (one request, a batch answer): its tasks' grounding
    checks, then no open question the text answers nor "names no reviewer" beside one (h16q)."""
    from planner.grounding.plan import ground_plan_tasks

    plan = ground_plan_tasks(plan, frame)
    if frame.language_supported:
        from planner.generators.answered_check import checked

        plan = checked(plan, frame.text or text, frame.audience_role, today)
    return plan


def iter_grounded(skills: list[str], context: Optional[str] = None, config: Optional[ProviderConfig] = None):
    """Ground each skill in turn against one context frame, with the configured backend (offline by default).

    A generator, so a caller keeps the tasks already grounded when a provider fails part-way."""
    from planner.backends import DEFAULT_BACKEND, get_backend
    from planner.backends.llm_grounding import frame_of
    from planner.grounding.parse import clean_skill
    from planner.providers.select import resolve

    cleaned = [clean_skill(s, what=f"skill {i + 1}") for i, s in enumerate(skills)]
    frame = frame_of(context)
    backend = get_backend(config or resolve(DEFAULT_BACKEND))
    for s in cleaned:
        yield backend.ground(s, frame)


def ground_skills(skills: list[str], context: Optional[str] = None, config: Optional[ProviderConfig] = None) -> list:
    """Ground each skill against one problem context: offline by default, else the configured LLM provider."""
    return list(iter_grounded(skills, context, config))
