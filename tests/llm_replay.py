"""Replay stored model answers through the real LLM client path (``make_plan`` with ``--provider openai`` against the
loopback replay stub in tests/openai_stub.py): instructor, the validators and their re-asks (the stub repeats its
answer), grounding and rendering. Used by tests/test_llm_answers_replay.py and bench/bench_llm_answers.py.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Optional

from tests.openai_stub import Answer, ReplayServer, StubServer  # noqa: F401

TODAY = dt.date(2026, 12, 1)  # the answers' review dates lie 6 to 12 weeks after late November 2026

# What the checker writes and a manager must not find in a default plan.
CHECKER_TEXT = re.compile(
    r"checks: \d+/\d+|Weak field|\(score \d|score \d\.\d\d|concreteness \d\.\d\d|"
    r"keeps_action_object|names_consumer|names_outcome|one_behaviour|\bperformance score\b|the original's action is",
    re.I,
)


def checker_text(rendered: str) -> list[str]:
    return sorted({m.group(0) for m in CHECKER_TEXT.finditer(rendered or "")})


@dataclass
class Replayed:
    answer: Answer
    requests: int = 0
    plan: Any = None
    error: Optional[str] = None
    markdown: str = ""
    html: str = ""
    failed_checks: list[tuple[str, str, str]] = field(default_factory=list)  # (task, check, reason)

    @property
    def first_request(self) -> bool:
        return self.plan is not None and self.requests == 1


def replay(answers: list[Answer], today: dt.date = TODAY, srv: Optional[StubServer] = None) -> list[Replayed]:
    from planner.errors import PlannerError
    from planner.pipeline import make_plan
    from planner.providers.base import ProviderConfig
    from planner.render import render

    own = srv is None
    srv = srv or ReplayServer(answers)
    out = []
    try:
        config = ProviderConfig(name="openai", model="replay", base_url=srv.url, api_key="sk-replay", source="flag", max_tokens=4000)
        for a in answers:
            r = Replayed(a)
            before = srv.requests_for(a.id)
            try:
                r.plan = make_plan(a.text, config=config, today=today)
            except PlannerError as e:
                r.error = str(e)
            r.requests = srv.requests_for(a.id) - before
            if r.plan is not None:
                r.markdown = render(r.plan, "md")
                r.html = render(r.plan, "html")
                for t in r.plan.tasks:
                    r.failed_checks += [(t.rewritten, c.name, c.reason) for c in t.checks if not c.passed]
            out.append(r)
    finally:
        if own:
            srv.shutdown()
    return out


def figures(results: list[Replayed]) -> dict[str, Any]:
    planned = [r for r in results if r.plan is not None]
    tasks = [(r, t) for r in planned for t in r.plan.tasks]
    passing = [t for _, t in tasks if t.checks and all(c.passed for c in t.checks)]
    foreign = [r for r in results if r.answer and _lang(r) in ("de", "es", "fr")]
    return {
        "answers": len(results),
        "first_request": sum(r.first_request for r in results),
        "failed": sum(r.plan is None for r in results),
        "requests": sum(r.requests for r in results),
        "md_with_checker_text": sum(bool(checker_text(r.markdown)) for r in planned),
        "html_with_checker_text": sum(bool(checker_text(r.html)) for r in planned),
        "plans": len(planned),
        "tasks": len(tasks),
        "tasks_passing_all": len(passing),
        "foreign": [(r.answer.id, _lang(r), r.first_request, r.plan.language if r.plan else None) for r in foreign],
    }


def _lang(r: Replayed) -> str:
    import json

    return json.loads(r.answer.arguments).get("language", "en")
