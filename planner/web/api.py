"""The JSON API routes (an APIRouter); each returns what the matching CLI command prints with --format json.

Every CPU-bound route is charged its statements against the client's per-minute budget and runs on the
bounded work pool (planner.web.deps); the plan and ground routes also count requests.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Optional

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import PlainTextResponse, Response
from pydantic import AfterValidator, BaseModel, Field, field_validator

from planner.backends import DEFAULT_BACKEND
from planner.resources import data_path
from planner.errors import InputError
from planner.web import work
from planner.web.deps import WebContext, choose, is_offline, rate_limited, safe_detail, settings

EXAMPLES = data_path("examples")
# What one plan costs in the statement budget: its report scores every text of it (fields, tasks, list items);
# offline plans of the bundled examples hold 84 to 89 such strings (PlanBody.statements).
PLAN_STATEMENTS = 85

_SURROGATE = re.compile("[\ud800-\udfff]")


def _unicode(v: str) -> str:
    """JSON may spell a lone UTF-16 surrogate (\\ud800); it is not a character and cannot be encoded: refused."""
    if _SURROGATE.search(v):
        raise ValueError("holds a lone surrogate (\\ud800-\\udfff), which is not valid Unicode; send plain UTF-8 text")
    return v


Text = Annotated[str, AfterValidator(_unicode)]


def _all_strings(obj: Any):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _all_strings(k)
            yield from _all_strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _all_strings(v)


def _values(obj: Any):
    """The string values (not the keys) in a JSON-like structure."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _values(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _values(v)


class PlanRequest(BaseModel):
    text: Text = Field(description="The problem description (at most 20,000 characters).")
    provider: Optional[Text] = Field(default=None, description="'offline' or the provider the server was started with.")
    model: Optional[Text] = Field(default=None, description="Only the server's configured model is accepted.")
    today: Optional[Text] = Field(default=None, description="YYYY-MM-DD; default today.")


class CheckRequest(BaseModel):
    statements: list[Text]


class PlanBody(BaseModel):
    plan: dict[str, Any]

    @field_validator("plan")
    @classmethod
    def _plan_unicode(cls, v: dict[str, Any]) -> dict[str, Any]:
        for s in _all_strings(v):
            _unicode(s)
        return v

    def statements(self) -> int:
        """The plan's texts the report scores: every non-empty string value outside ``meta``."""
        return max(1, sum(1 for k, v in self.plan.items() if k != "meta" for s in _values(v) if s.strip()))


class GroundRequest(BaseModel):
    skills: list[Text]
    context: Optional[Text] = None


def _json(content: bytes) -> Response:
    """A JSON answer encoded by the worker (planner.web.work.to_json), passed through untouched."""
    return Response(content, media_type="application/json")


router = APIRouter(prefix="/api")


@router.get("/health")
async def health(ctx: WebContext = Depends(settings)) -> dict[str, Any]:
    c = ctx.configured
    return {"status": "ok", "provider": c.name, "model": c.model, "providers": sorted({DEFAULT_BACKEND, c.name})}


@router.get("/example", response_class=PlainTextResponse)
async def example() -> str:
    p = EXAMPLES / "support-escalation-notes.txt"
    return p.read_text(encoding="utf-8") if p.is_file() else (
        "Our 12 tier-1 support agents write vague escalation notes; finance asks follow-up questions on about 40%.")


@router.post("/plan", dependencies=[Depends(rate_limited)])
async def plan(body: PlanRequest, request: Request, ctx: WebContext = Depends(settings)) -> Response:
    from planner.inputs import parse_today

    cfg = choose(ctx, body.provider, body.model)
    try:
        today = parse_today(body.today, what="today")
    except InputError as e:
        raise HTTPException(400, safe_detail(str(e)))
    ctx.charge(request, PLAN_STATEMENTS)
    if is_offline(cfg):
        return _json(await ctx.cpu(work.plan, body.text, cfg, today))
    return _json(await ctx.io(work.plan, body.text, cfg, today, ctx.generator))


@router.post("/check")
async def check(body: CheckRequest, request: Request, ctx: WebContext = Depends(settings)) -> Response:
    ctx.charge(request, max(1, len(body.statements)))
    return _json(await ctx.cpu(work.check, body.statements))


@router.post("/report")
async def report(body: PlanBody, request: Request, ctx: WebContext = Depends(settings)) -> Response:
    ctx.charge(request, body.statements())
    return _json(await ctx.cpu(work.report, body.plan))


@router.post("/render")
async def render(body: PlanBody, request: Request, format: str = "md", ctx: WebContext = Depends(settings)) -> PlainTextResponse:
    if format not in ("md", "json", "html"):
        raise HTTPException(400, "format must be md, json or html")
    ctx.charge(request, body.statements())
    media = {"md": "text/markdown", "json": "application/json", "html": "text/html"}[format]
    text = await ctx.cpu(work.render, body.plan, format)
    return PlainTextResponse(text, media_type=f"{media}; charset=utf-8",
                             headers={"Content-Disposition": f"attachment; filename=upskilling-plan.{format}"})


@router.post("/ground", dependencies=[Depends(rate_limited)])
async def ground(body: GroundRequest, request: Request, ctx: WebContext = Depends(settings)) -> Response:
    skills = [s for s in body.skills if s.strip()]
    if not skills:
        raise HTTPException(400, "no skills given")
    ctx.charge(request, len(skills))
    c = ctx.configured
    run = ctx.cpu if is_offline(c) else ctx.io
    return _json(await run(work.ground, skills, body.context, c))
