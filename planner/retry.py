"""The one retry policy for transient provider failures (tenacity).

Separate from instructor's validation re-asks: a re-ask sends the validator's
message back to the model; a retry here repeats the same request after the
network or the server failed. Retried: HTTP 429 (honouring Retry-After), 408,
5xx (Anthropic's 529 "overloaded" included), timeouts and connection errors.
Everything else (400, 401, 404, validation failures) fails at once.

The SDKs' own retries are disabled (``max_retries=0`` on their clients) so this
is the only policy. Backoff is bounded exponential with full jitter; the caps
come from ``UPSKILL_RETRY_ATTEMPTS`` (default 4 attempts) and
``UPSKILL_RETRY_MAX_WAIT`` (default 30 s per wait). Tests inject ``sleep``.

No SDK is imported here: errors are recognised by their status code and class
name, the same for openai, anthropic and httpx.
"""

from __future__ import annotations

import email.utils
import os
import random
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

TRANSIENT_STATUS = frozenset({408, 409, 429}) | frozenset(range(500, 600))
# class names shared by openai, anthropic and httpx for timeouts and dropped connections
TRANSIENT_NAMES = frozenset(
    {"APITimeoutError", "APIConnectionError", "TimeoutException", "ConnectError", "ReadTimeout",
     "ConnectTimeout", "RemoteProtocolError", "ReadError", "WriteError", "PoolTimeout"}
)


def _chain(exc: BaseException | None):
    """The exception and its causes (instructor wraps SDK errors in InstructorRetryException)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def status_of(exc: BaseException | None) -> Optional[int]:
    for e in _chain(exc):
        code = getattr(e, "status_code", None)
        if isinstance(code, int):
            return code
        resp = getattr(e, "response", None)
        code = getattr(resp, "status_code", None)
        if isinstance(code, int):
            return code
    return None


def is_transient(exc: BaseException) -> bool:
    code = status_of(exc)
    if code is not None:
        return code in TRANSIENT_STATUS
    return any(type(e).__name__ in TRANSIENT_NAMES for e in _chain(exc)) or any(
        isinstance(e, (TimeoutError, ConnectionError)) for e in _chain(exc)
    )


def retry_after_s(exc: BaseException, now: Optional[float] = None) -> Optional[float]:
    """Seconds asked for by a Retry-After (or retry-after-ms) header, when the error carries one."""
    for e in _chain(exc):
        headers = getattr(getattr(e, "response", None), "headers", None)
        if not headers:
            continue
        ms = headers.get("retry-after-ms")
        if ms:
            try:
                return max(0.0, float(ms) / 1000.0)
            except ValueError:
                pass
        value = headers.get("retry-after")
        if not value:
            continue
        try:
            return max(0.0, float(value))
        except ValueError:
            parsed = email.utils.parsedate_to_datetime(value) if value else None  # an HTTP date
            if parsed is not None:
                return max(0.0, parsed.timestamp() - (now if now is not None else time.time()))
    return None


def _env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, "") or default)
    except ValueError:
        return default


@dataclass
class RetryPolicy:
    attempts: int = field(default_factory=lambda: max(1, int(_env_float("UPSKILL_RETRY_ATTEMPTS", 4))))
    max_wait: float = field(default_factory=lambda: _env_float("UPSKILL_RETRY_MAX_WAIT", 30.0))
    base_wait: float = 1.0
    sleep: Callable[[float], None] = time.sleep
    waits: list[float] = field(default_factory=list)  # what was waited, for logs and tests

    def wait_for(self, attempt_number: int, exc: Optional[BaseException]) -> float:
        """Retry-After when the server gives one, else exponential backoff with full jitter; capped."""
        asked = retry_after_s(exc) if exc is not None else None
        if asked is not None:
            return min(asked, self.max_wait)
        ceiling = min(self.max_wait, self.base_wait * (2 ** (attempt_number - 1)))
        return random.uniform(0, ceiling)

    def run(self, fn: Callable[[], Any]) -> Any:
        """Call ``fn`` until it succeeds, fails for good, or the attempts are spent; re-raise the last error."""
        from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt

        def _wait(state: RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            w = self.wait_for(state.attempt_number, exc)
            self.waits.append(w)
            return w

        retrying = Retrying(
            stop=stop_after_attempt(self.attempts),
            wait=_wait,
            retry=retry_if_exception(is_transient),
            sleep=self.sleep,
            reraise=True,
        )
        return retrying(fn)
