"""What the API routes share, handed to them as FastAPI dependencies: the server's settings, the limits, the pools.

- ``settings(request)``: the :class:`WebContext` of the app (configured provider, limits, pools).
- ``rate_limited``: the per-client request limit of the plan and ground endpoints (429).
- ``WebContext.charge(request, statements)``: the per-client statement budget of every CPU-bound endpoint
  (429 with Retry-After; 413 when one request alone is over the budget).
- ``WebContext.cpu(fn, *args)`` / ``WebContext.io(fn, *args)``: CPU work (planner.web.work) on the bounded pool of
  worker processes, provider calls (network waits) on threads of their own with the timeout; planner errors
  become 4xx/5xx with messages free of URL credentials.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, TypeVar

from fastapi import HTTPException, Request

from planner.providers.base import ProviderConfig
from planner.web.limits import Busy, RateLimiter, WorkPool
from planner.web.work import WorkError, safe_detail  # noqa: F401 (safe_detail: for the routes)

T = TypeVar("T")


def client_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@dataclass
class WebContext:
    configured: ProviderConfig
    generator: Any = None
    timeout_s: float = 120.0
    requests: RateLimiter = field(default_factory=lambda: RateLimiter(20))
    statements: RateLimiter = field(default_factory=lambda: RateLimiter(3000))
    pool: WorkPool = field(default_factory=WorkPool)

    def charge(self, request: Request, statements: int) -> None:
        """Take ``statements`` from the client's per-minute budget, or refuse the request."""
        per_minute = int(self.statements.capacity)
        if not self.statements.fits(statements):
            raise HTTPException(413, f"this request holds {statements:,} statements; a client may send at most {per_minute:,} "
                                     "per minute: split it into smaller requests")
        wait = self.statements.check(client_of(request), statements)
        if wait:
            retry = str(int(wait) + 1)
            raise HTTPException(429, f"statement budget spent ({per_minute:,} per minute per client); try again in {retry} s",
                                headers={"Retry-After": retry})

    async def cpu(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` (a planner.web.work function) on the bounded pool of worker processes."""
        try:
            return await self.pool.run(fn, *args)
        except Busy:
            raise HTTPException(503, "the server is busy checking other requests; try again in a few seconds",
                                headers={"Retry-After": "2"})
        except WorkError as e:
            raise HTTPException(e.status, e.detail)

    async def io(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` (a provider call: mostly waiting on the network) on a thread of its own, with the timeout."""
        try:
            return await asyncio.wait_for(asyncio.to_thread(fn, *args), self.timeout_s)
        except asyncio.TimeoutError:
            raise HTTPException(504, f"the provider did not answer within {int(self.timeout_s)} s; try again or use offline")
        except WorkError as e:
            raise HTTPException(e.status, e.detail)


def settings(request: Request) -> WebContext:
    return request.app.state.upskill


def rate_limited(request: Request) -> None:
    """Dependency: the per-client request limit of the LLM-backed endpoints."""
    wait = settings(request).requests.check(client_of(request))
    if wait:
        raise HTTPException(429, f"too many requests; try again in {int(wait) + 1} s", headers={"Retry-After": str(int(wait) + 1)})


def is_offline(config: ProviderConfig) -> bool:
    """The rules backend: its work is CPU-bound here, nothing waits on a network."""
    from planner.providers.registry import has_model

    return not has_model(config.name)


def choose(ctx: WebContext, provider: Optional[str], model: Optional[str]) -> ProviderConfig:
    """The provider a request may use: offline, or the one the server was started with (never another)."""
    from planner.backends import DEFAULT_BACKEND
    from planner.providers.select import resolve

    configured = ctx.configured
    name = (provider or configured.name).lower()
    if name == DEFAULT_BACKEND:
        return resolve(DEFAULT_BACKEND)
    if name != configured.name:
        allowed = " or ".join(f"'{n}'" for n in sorted({DEFAULT_BACKEND, configured.name}))
        raise HTTPException(400, f"provider '{name}' is not available here; use {allowed} (set by whoever started the server)")
    if model and model != configured.model:
        raise HTTPException(400, f"model '{model}' is not available here; this server uses '{configured.model}'")
    return configured
