"""The CPU-bound work behind the API, as plain functions of plain data, so it can run in worker processes.

Run in a separate process, a check of 10,500 statements never holds the server's GIL: the event loop keeps
answering /api/health and the page however many checks are queued (planner.web.limits.WorkPool).
The JSON answers are encoded here too, in the worker: FastAPI's own encoding of a returned dict runs on the
event loop (about 6 s for the 9 MB answer to 10,500 statements, measured), which would stall every request.
Every planner error comes back as a :class:`WorkError` carrying the HTTP status and a message fit for a client.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Optional


def safe_detail(message: str) -> str:
    """An error message fit for a client: URL credentials hidden, control characters removed."""
    from planner.sanitize import strip_controls, strip_url_credentials

    return strip_controls(strip_url_credentials(message))


class WorkError(Exception):
    """An error to answer with ``status``; picklable (both values travel in ``args``)."""

    def __init__(self, status: int, detail: str):
        super().__init__(status, detail)
        self.status, self.detail = status, detail


def _guard(fn, *args: Any) -> Any:
    from pydantic import ValidationError

    from planner.errors import PlannerError, ProviderError

    try:
        return fn(*args)
    except ProviderError as e:  # the message only: raw files stay on the server
        raise WorkError(502, safe_detail(f"the provider failed: {e}"))
    except PlannerError as e:
        raise WorkError(400, safe_detail(str(e)))
    except ValidationError as e:
        first = e.errors()[0]
        raise WorkError(422, safe_detail(f"not a valid plan: {'.'.join(str(x) for x in first['loc'])}: {first['msg']}"))


def to_json(obj: Any) -> bytes:
    """JSON as Starlette's JSONResponse writes it (UTF-8, compact, no NaN)."""
    return json.dumps(obj, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")).encode("utf-8")


def _plan_of(data: dict[str, Any]):
    from planner.models import Plan

    # an edited plan: its review date may already be past when re-checked later
    return Plan.model_validate(data, context={"today": dt.date.min})


def watch_parent(parent: int) -> None:
    """Worker initializer: end this worker when the server process is gone (killed, or exited without
    shutting the pool down), so no worker outlives it holding memory and the server's stdout."""
    import os
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="upskill-parent-watch", daemon=True).start()


def warm() -> bool:
    """Import what the work needs (run once per worker so the first request is not slow)."""
    import planner.concreteness  # noqa: F401
    import planner.render.check  # noqa: F401
    import planner.pipeline  # noqa: F401
    import planner.render  # noqa: F401

    return True


def check(statements: list[str]) -> bytes:
    """The `upskill check --format json` object, encoded."""
    from planner.render.check import check_items

    return to_json(_guard(check_items, statements))


def report(plan: dict[str, Any]) -> bytes:
    """The field-aware concreteness report of a plan, encoded."""
    from planner.checks import plan_report

    return to_json(_guard(lambda: plan_report(_plan_of(plan)).model_dump(mode="json")))


def render(plan: dict[str, Any], fmt: str) -> str:
    from planner.render import render as render_plan

    return _guard(lambda: render_plan(_plan_of(plan), fmt))


def plan(text: str, config: Any, today: dt.date, generator: Any = None) -> bytes:
    """The `upskill plan --format json` object plus its ``report``, encoded."""
    from planner.checks import plan_report
    from planner.pipeline import make_plan
    from planner.plan_json import plan_dict

    def run() -> dict[str, Any]:
        result = make_plan(text, config=config, today=today, generator=generator)
        data = plan_dict(result)
        data["report"] = plan_report(result).model_dump(mode="json")
        return data

    return to_json(_guard(run))


def ground(skills: list[str], context: Optional[str], config: Any) -> bytes:
    """The `upskill ground --format json` object, encoded."""
    from planner.pipeline import ground_skills
    from planner.grounding.report import tasks_json

    return to_json(_guard(lambda: json.loads(tasks_json(list(ground_skills(skills, context, config)),
                                                        {"provider": config.name, "model": config.model}))))
