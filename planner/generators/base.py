"""The generator interface: one method, no provider branches above it."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from planner.frame import ProblemFrame
from planner.models import Plan


class Generator(Protocol):
    provider: str
    model: str

    def generate(self, frame: ProblemFrame, today: dt.date) -> Plan:
        """Return a validated Plan (meta filled: provider, model, prompt version, usage, cost)."""
        ...
