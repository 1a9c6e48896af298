"""Request limits: body size (413) and a per-client rate limit on the LLM-backed endpoints (429)."""

from __future__ import annotations

import threading
import time
from typing import Any, Callable

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
    """Token bucket per client: ``per_minute`` requests, refilled continuously."""

    def __init__(self, per_minute: int = 20):
        self.rate = per_minute / 60.0
        self.capacity = float(per_minute)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def check(self, client: str) -> float:
        """0 when allowed (a token is taken), else the seconds to wait."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._buckets[client] = (tokens - 1, now)
                return 0.0
            self._buckets[client] = (tokens, now)
            return (1 - tokens) / self.rate
