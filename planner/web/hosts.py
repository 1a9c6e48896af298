"""Trusted-host checking: a request whose Host header names another server is refused with 400.

This stops DNS rebinding: a web page on attacker.example whose name is re-pointed at 127.0.0.1 would
otherwise reach this local server from the manager's own browser, with the browser sending
``Host: attacker.example`` (https://en.wikipedia.org/wiki/DNS_rebinding; the same defence as Django's
ALLOWED_HOSTS and Starlette's TrustedHostMiddleware). Starlette's middleware splits the header at the first
colon, which breaks ``[::1]:8765``; this one parses bracketed IPv6 literals (RFC 3986 section 3.2.2).
"""

from __future__ import annotations

import json
from typing import Any, Callable, Iterable, Optional

LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


def host_of(header: str) -> Optional[str]:
    """The host part of a Host header, lower-case, without port, brackets or a trailing dot; None when malformed."""
    h = header.strip().lower()
    if h.startswith("["):
        end = h.find("]")
        if end < 0 or (h[end + 1:] and not (h[end + 1] == ":" and h[end + 2:].isdigit())):
            return None
        return h[1:end] or None
    name, sep, port = h.rpartition(":")
    if sep and port.isdigit() and ":" not in name:
        h = name
    elif ":" in h:  # an unbracketed IPv6 literal is not a valid Host header
        return None
    return h.rstrip(".") or None


def normalise(name: str) -> str:
    n = name.strip().lower()
    return n[1:-1] if n.startswith("[") and n.endswith("]") else n.rstrip(".")


class TrustedHosts:
    """ASGI middleware: only requests whose Host is one of ``allowed`` (``*`` allows any) reach the app."""

    def __init__(self, app: Any, allowed: Iterable[str] = LOCAL_HOSTS):
        self.app = app
        self.allowed = {normalise(a) for a in allowed}
        self.any = "*" in self.allowed

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] not in ("http", "websocket") or self.any:
            return await self.app(scope, receive, send)
        header = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"host"), "")
        if host_of(header) in self.allowed:
            return await self.app(scope, receive, send)
        if scope["type"] == "websocket":
            return await send({"type": "websocket.close", "code": 1008})
        body = json.dumps({"detail": "invalid Host header: this server answers only to "
                                     f"{', '.join(sorted(self.allowed))} (start it with --allow-host NAME to add one)"}).encode()
        await send({"type": "http.response.start", "status": 400,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
