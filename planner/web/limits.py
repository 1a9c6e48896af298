"""Request limits: body size (413), per-client budgets (429), and a bounded pool for CPU work (503 when full).

- ``BodySizeLimit``: ASGI middleware, bodies over 64 KB refused.
- ``RateLimiter``: a token bucket per client; each request takes ``cost`` tokens. Used twice: requests per minute on
  the plan and ground endpoints, and *statements* per minute on every CPU-bound endpoint (``/api/check`` with
  10,500 statements is charged 10,500), so many small requests and one huge request cost the same.
- ``WorkPool``: CPU-bound work (the statement checker, offline plans, reports, rendering) runs in a few worker
  processes with a bounded queue, never on the event loop, on Starlette's shared 40-thread pool or under the
  server's GIL, so ``/api/health`` and the page keep answering however many checks are in flight.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any, Callable, Optional, TypeVar

T = TypeVar("T")

MAX_BODY_BYTES = 64 * 1024  # a problem text is at most 20,000 characters; a plan JSON is well under this


class BodySizeLimit:
    """ASGI middleware: refuse bodies over ``limit`` bytes, by Content-Length and while streaming."""

    def __init__(self, app: Any, limit: int = MAX_BODY_BYTES):
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                return await _too_large(send, self.limit)
        if scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        # Read the body before the app sees it (it is small: at most ``limit``), so a chunked body with no
        # Content-Length is refused with 413 too; FastAPI would turn an error raised mid-read into a 400.
        chunks, seen, more = [], 0, True
        while more:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                return
            chunk = msg.get("body", b"")
            seen += len(chunk)
            if seen > self.limit:
                return await _too_large(send, self.limit)
            chunks.append(chunk)
            more = msg.get("more_body", False)
        body, replayed = b"".join(chunks), False

        async def replay() -> dict:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _too_large(send: Callable, limit: int) -> None:
    import json

    body = json.dumps({"detail": f"request body over {limit // 1024} KB"}).encode()
    await send({"type": "http.response.start", "status": 413, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": body})


class RateLimiter:
    """Token bucket per client: ``per_minute`` tokens, refilled continuously; a request takes ``cost`` of them."""

    MAX_CLIENTS = 10_000  # buckets kept; the full ones (idle clients) are dropped first when there are more

    def __init__(self, per_minute: int = 20):
        self.rate = per_minute / 60.0
        self.capacity = float(per_minute)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def check(self, client: str, cost: float = 1.0) -> float:
        """0 when allowed (``cost`` tokens are taken), else the seconds to wait. A cost over the capacity can
        never be met: check :meth:`fits` first."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens >= cost:
                self._buckets[client] = (tokens - cost, now)
                return 0.0
            self._buckets[client] = (tokens, now)
            if len(self._buckets) > self.MAX_CLIENTS:
                self._forget_idle(now)
            return (cost - tokens) / self.rate

    def fits(self, cost: float) -> bool:
        return cost <= self.capacity

    def _forget_idle(self, now: float) -> None:
        for c, (tokens, last) in list(self._buckets.items()):
            if tokens + (now - last) * self.rate >= self.capacity:
                del self._buckets[c]


class Busy(Exception):
    """The work queue is full (or a worker died): the caller answers 503 with Retry-After."""


_EXECUTORS: dict[int, Any] = {}  # one pool of worker processes per size, shared by every app in this process
_EXECUTORS_LOCK = threading.Lock()


def _executor(workers: int) -> Any:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with _EXECUTORS_LOCK:
        ex = _EXECUTORS.get(workers)
        if ex is None:
            import os

            from planner.web.work import warm, watch_parent

            # spawn: a fresh interpreter, never a fork of a process that runs an event loop and threads
            ex = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                     initializer=watch_parent, initargs=(os.getpid(),))
            try:
                for _ in range(workers):
                    ex.submit(warm)
            except (RuntimeError, OSError):  # processes cannot start here (an unguarded __main__, no fork/exec)
                ex.shutdown(wait=False, cancel_futures=True)
                from concurrent.futures import ThreadPoolExecutor

                ex = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="upskill-cpu")  # still bounded
            _EXECUTORS[workers] = ex
        return ex


def _discard(workers: int, ex: Any) -> None:
    with _EXECUTORS_LOCK:
        if _EXECUTORS.get(workers) is ex:
            del _EXECUTORS[workers]
    ex.shutdown(wait=False, cancel_futures=True)


class WorkPool:
    """CPU-bound calls on ``workers`` worker processes, with at most ``max_waiting`` calls queued behind them.

    Processes, not threads: a thread running the statement checker holds the GIL the event loop needs, so
    /api/health would slow down with every check in flight. ``fn`` and its arguments must be picklable
    (module-level functions of plain data: planner.web.work). The workers start on the first call.
    """

    def __init__(self, workers: int = 2, max_waiting: int = 32):
        self.workers, self.max_waiting = workers, max_waiting
        self._in_flight = 0  # changed only on the event loop thread

    @property
    def in_flight(self) -> int:
        return self._in_flight

    def start(self) -> None:
        _executor(self.workers)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        from concurrent.futures.process import BrokenProcessPool

        if self._in_flight >= self.workers + self.max_waiting:
            raise Busy()
        self._in_flight += 1
        ex = _executor(self.workers)
        try:
            return await asyncio.get_running_loop().run_in_executor(ex, fn, *args)
        except BrokenProcessPool:  # a worker was killed (out of memory?): a new pool for the next call
            _discard(self.workers, ex)
            raise Busy()
        finally:
            self._in_flight -= 1
