"""FastAPI app: the page and a JSON API that returns what the CLI prints.

- ``POST /api/plan``   {"text", "provider"?, "model"?, "today"?} -> the `upskill plan --format json` object, plus ``report``
- ``POST /api/check``  {"statements": [...]} -> the `upskill check --format json` object
- ``POST /api/report`` {"plan": {...}} -> the field-aware concreteness report of an (edited) plan
- ``POST /api/ground`` {"skills": [...], "context"?} -> the `upskill ground --format json` object
- ``POST /api/render?format=md|json|html`` {"plan": {...}} -> the plan rendered (edits included)
- ``GET /api/health``, ``GET /api/example``

Safety: bodies over 64 KB get 413; the LLM-backed endpoints are rate limited per client (429);
a browser may only choose ``offline`` or the provider the operator configured (never another
base URL or key); no key or server path is ever sent; provider failures give 502, timeouts 504.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any, Optional

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from planner.errors import ConfigError, InputError, PlannerError, ProviderError
from planner.providers.base import ProviderConfig
from planner.resources import data_path
from planner.web.limits import BodySizeLimit, RateLimiter

STATIC = Path(__file__).parent / "static"
EXAMPLES = data_path("examples")


class PlanRequest(BaseModel):
    text: str = Field(description="The problem description (at most 20,000 characters).")
    provider: Optional[str] = Field(default=None, description="'offline' or the provider the server was started with.")
    model: Optional[str] = Field(default=None, description="Only the server's configured model is accepted.")
    today: Optional[str] = Field(default=None, description="YYYY-MM-DD; default today.")


class CheckRequest(BaseModel):
    statements: list[str]


class PlanBody(BaseModel):
    plan: dict[str, Any]


class GroundRequest(BaseModel):
    skills: list[str]
    context: Optional[str] = None


def create_app(config: Optional[ProviderConfig] = None, *, generator: Any = None, rate_per_minute: int = 20,
               timeout_s: float = 120.0) -> FastAPI:
    from planner.providers.select import resolve

    configured = config or resolve()
    limiter = RateLimiter(rate_per_minute)
    app = FastAPI(title="upskill-planner", version="0.1.0",
                  description="Turn a team problem into a validated, concrete upskilling plan.")
    app.add_middleware(BodySizeLimit)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    def limited(request: Request) -> None:
        wait = limiter.check(request.client.host if request.client else "unknown")
        if wait:
            raise HTTPException(429, f"too many requests; try again in {int(wait) + 1} s", headers={"Retry-After": str(int(wait) + 1)})

    def choose(provider: Optional[str], model: Optional[str]) -> ProviderConfig:
        name = (provider or configured.name).lower()
        if name == "offline":
            return resolve("offline")
        if name != configured.name:
            allowed = " or ".join(f"'{n}'" for n in sorted({"offline", configured.name}))
            raise HTTPException(400, f"provider '{name}' is not available here; use {allowed} (set by whoever started the server)")
        if model and model != configured.model:
            raise HTTPException(400, f"model '{model}' is not available here; this server uses '{configured.model}'")
        return configured

    async def run(fn, *args):
        try:
            return await asyncio.wait_for(asyncio.to_thread(fn, *args), timeout_s)
        except asyncio.TimeoutError:
            raise HTTPException(504, f"the provider did not answer within {int(timeout_s)} s; try again or use offline")
        except (InputError, ConfigError) as e:
            raise HTTPException(400, str(e))
        except ProviderError as e:  # the message only: raw files stay on the server
            raise HTTPException(502, f"the provider failed: {e}")
        except PlannerError as e:
            raise HTTPException(400, str(e))

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/api/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "provider": configured.name, "model": configured.model,
                "providers": sorted({"offline", configured.name})}

    @app.get("/api/example", response_class=PlainTextResponse)
    def example() -> str:
        p = EXAMPLES / "support-escalation-notes.txt"
        return p.read_text(encoding="utf-8") if p.is_file() else (
            "Our 12 tier-1 support agents write vague escalation notes; finance asks follow-up questions on about 40%.")

    @app.post("/api/plan")
    async def plan(body: PlanRequest, request: Request) -> JSONResponse:
        limited(request)
        from planner.concreteness import plan_report
        from planner.pipeline import make_plan
        from planner.render.json_out import plan_dict

        cfg = choose(body.provider, body.model)
        try:
            today = dt.date.fromisoformat(body.today) if body.today else dt.date.today()
        except ValueError:
            raise HTTPException(400, f"today '{body.today}' is not a date (YYYY-MM-DD)")
        gen = generator if (generator is not None and cfg.name != "offline") else None
        result = await run(lambda: make_plan(body.text, config=cfg, today=today, generator=gen))
        data = plan_dict(result)
        data["report"] = plan_report(result).model_dump()
        return JSONResponse(data)

    @app.post("/api/check")
    def check(body: CheckRequest) -> dict[str, Any]:
        from planner.concreteness.report import check_items

        try:
            return check_items(body.statements)
        except InputError as e:
            raise HTTPException(400, str(e))

    def _plan_from(body: PlanBody):
        from pydantic import ValidationError

        from planner.models import Plan

        try:  # an edited plan: its review date may already be past when re-checked later
            return Plan.model_validate(body.plan, context={"today": dt.date.min})
        except ValidationError as e:
            first = e.errors()[0]
            raise HTTPException(422, f"not a valid plan: {'.'.join(str(x) for x in first['loc'])}: {first['msg']}")

    @app.post("/api/report")
    def report(body: PlanBody) -> dict[str, Any]:
        from planner.concreteness import plan_report

        return plan_report(_plan_from(body)).model_dump()

    @app.post("/api/render")
    def render(body: PlanBody, format: str = "md") -> PlainTextResponse:
        from planner.render import render as render_plan

        if format not in ("md", "json", "html"):
            raise HTTPException(400, "format must be md, json or html")
        media = {"md": "text/markdown", "json": "application/json", "html": "text/html"}[format]
        return PlainTextResponse(render_plan(_plan_from(body), format), media_type=f"{media}; charset=utf-8",
                                 headers={"Content-Disposition": f"attachment; filename=upskilling-plan.{format}"})

    @app.post("/api/ground")
    async def ground(body: GroundRequest, request: Request) -> JSONResponse:
        limited(request)
        import json

        from planner.grounding import ground_skills
        from planner.grounding.report import tasks_json

        if not body.skills or not any(s.strip() for s in body.skills):
            raise HTTPException(400, "no skills given")
        tasks = await run(lambda: list(ground_skills([s for s in body.skills if s.strip()], body.context, configured)))
        return JSONResponse(json.loads(tasks_json(tasks, {"provider": configured.name, "model": configured.model})))

    return app
