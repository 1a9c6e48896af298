"""FastAPI app: the page and a JSON API that returns what the CLI prints (routes in planner.web.api).

- ``POST /api/plan``   {"text", "provider"?, "model"?, "today"?} -> the `upskill plan --format json` object, plus ``report``
- ``POST /api/check``  {"statements": [...]} -> the `upskill check --format json` object
- ``POST /api/report`` {"plan": {...}} -> the field-aware concreteness report of an (edited) plan
- ``POST /api/ground`` {"skills": [...], "context"?} -> the `upskill ground --format json` object
- ``POST /api/render?format=md|json|html`` {"plan": {...}} -> the plan rendered (edits included)
- ``GET /api/health``, ``GET /api/example``

Safety: only Host headers naming this server are answered (localhost, 127.0.0.1, [::1] and ``allowed_hosts``;
400 otherwise: DNS rebinding); bodies over 64 KB get 413; the LLM-backed endpoints are rate limited per client
(429) and every CPU-bound endpoint is charged its statements against a per-client budget per minute (429; 413 for
one request over the whole budget); CPU work runs on a small bounded pool (503 when its queue is full) so
``/api/health`` always answers; a browser may only choose ``offline`` or the provider the operator configured
(never another base URL or key); no key, server path or URL credential is ever sent; provider failures give 502,
timeouts 504; malformed Unicode (a lone surrogate) and dates past the calendar give 4xx, never 500.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Optional

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from planner.providers.base import ProviderConfig
from planner.sanitize import clean_strings, strip_controls
from planner.web.api import router
from planner.web.deps import WebContext
from planner.web.hosts import LOCAL_HOSTS, TrustedHosts
from planner.web.limits import BodySizeLimit, RateLimiter, WorkPool

STATIC = Path(__file__).parent / "static"
STATEMENTS_PER_MINUTE = 3000  # per client: a manager editing a plan re-checks ~40 statements per edit
CPU_WORKERS = 2


def create_app(config: Optional[ProviderConfig] = None, *, generator: Any = None, rate_per_minute: int = 20,
               timeout_s: float = 120.0, statements_per_minute: int = STATEMENTS_PER_MINUTE, cpu_workers: int = CPU_WORKERS,
               max_waiting: int = 32, allowed_hosts: Iterable[str] = ()) -> FastAPI:
    from planner.providers.select import resolve

    app = FastAPI(title="upskill-planner", version="0.1.0",
                  description="Turn a team problem into a validated, concrete upskilling plan.")
    app.state.upskill = WebContext(configured=config or resolve(), generator=generator, timeout_s=timeout_s,
                                   requests=RateLimiter(rate_per_minute), statements=RateLimiter(statements_per_minute),
                                   pool=WorkPool(cpu_workers, max_waiting))
    app.add_middleware(BodySizeLimit)
    app.add_middleware(TrustedHosts, allowed=[*LOCAL_HOSTS, *allowed_hosts])  # added last: runs first
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(router)
    app.add_exception_handler(RequestValidationError, _invalid_request)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    return app


async def _invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
    """FastAPI's 422, with the echoed input cleaned: a lone surrogate in it would make the error itself unencodable."""
    return JSONResponse(status_code=422, content={"detail": clean_strings(jsonable_encoder(exc.errors()), strip_controls)})
