"""The one function behind `upskill plan`, the web page, batches and evals."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from planner.frame import ProblemFrame
from planner.models import Plan
from planner.providers.base import ProviderConfig


def get_generator(config: ProviderConfig):
    """The backend for a config: it generates plans (and grounds, judges) whichever backend it is."""
    from planner.backends import get_backend

    return get_backend(config)


def extract_frame(text: str) -> ProblemFrame:
    from planner.extract import extract

    return extract(text)


def make_plan(
    text: str,
    config: Optional[ProviderConfig] = None,
    today: Optional[dt.date] = None,
    frame: Optional[ProblemFrame] = None,
    generator=None,
) -> Plan:
    """Problem text -> validated Plan. ``frame`` may be passed when already extracted (batches)."""
    from planner.inputs import check_today, validate_problem_text
    from planner.providers.select import resolve

    text = validate_problem_text(text)
    config = config or resolve()
    today = check_today(today or dt.date.today(), what="today")
    frame = frame or extract_frame(text)
    gen = generator or get_generator(config)
    from planner.grounding.plan import ground_plan_tasks

    return ground_plan_tasks(gen.generate(frame, today), frame)  # every plan's tasks carry their grounding checks
