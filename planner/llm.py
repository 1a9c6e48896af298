"""One call for structured output from any LLM provider: ``structured(provider, messages, Model)``.

Two loops, kept apart:
- instructor's validation re-asks (``max_reasks``): when the answer fails the
  model's validators, the validator message goes back to the model;
- ``planner.retry`` for transient failures (429 with Retry-After, 5xx, timeouts,
  dropped connections): the same request again after a bounded, jittered wait.

Token usage is summed over every completion received (re-asks and retried
tries included) through instructor's ``completion:response`` hook. Instructor
mutates the ``messages`` it is given (instructor issues #1449, #2417), so every
call gets a fresh deep copy. A final failure raises ``ProviderError`` (or
``ConfigError`` for a rejected key or unknown model) with the last raw response
saved under ``$UPSKILL_STATE_DIR/failed/`` (default ``./.upskill/failed/``).
"""

from __future__ import annotations

import copy
import functools
import datetime as dt
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from planner.providers.registry import REGISTRY
from planner.errors import ConfigError, PlannerError, ProviderError
from planner.models import Usage
from planner.retry import RetryPolicy, is_transient, status_of


@dataclass
class Structured:
    value: Any  # the validated pydantic object
    usage: Usage  # summed over all attempts
    attempts: int  # requests sent: first answer, re-asks and transient retries
    latency_s: float
    raw: Any = None  # the last raw completion, as a JSON-able dict
    waits: list[float] = field(default_factory=list)  # seconds waited between transient retries


def failed_dir() -> Path:
    return Path(os.environ.get("UPSKILL_STATE_DIR") or ".upskill") / "failed"


def to_jsonable(obj: Any) -> Any:
    """A raw completion or HTTP response as plain JSON data."""
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(v) for v in obj]
    dump = getattr(obj, "model_dump", None)
    if callable(dump):
        try:
            return dump(mode="json")
        except Exception:  # pragma: no cover - a foreign model_dump signature
            return dump()
    if hasattr(obj, "status_code") and hasattr(obj, "headers"):  # an httpx response
        try:
            body: Any = obj.json()
        except Exception:
            body = getattr(obj, "text", "")
        return {"status_code": obj.status_code, "headers": dict(obj.headers), "body": body}
    return repr(obj)


def save_raw(payload: dict[str, Any]) -> Optional[str]:
    """Write the failure record; returns its path, or None when the folder cannot be written."""
    d = failed_dir()
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    path = d / f"{stamp}.json"
    from planner.sanitize import clean_strings, strip_url_credentials

    text = json.dumps(clean_strings(to_jsonable(payload), strip_url_credentials), indent=2, ensure_ascii=False, default=repr)
    try:
        d.mkdir(parents=True, exist_ok=True, mode=0o700)
        # owner-only (0600): the record holds the prompt, which may quote survey answers
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace") as f:
            f.write(text)
    except OSError:
        return None
    return str(path)


def _http_response_of(exc: BaseException) -> Any:
    e: Optional[BaseException] = exc
    while e is not None:
        resp = getattr(e, "response", None)
        if resp is not None and hasattr(resp, "status_code"):
            return resp
        e = e.__cause__ or e.__context__
    return None


def _root(exc: BaseException) -> BaseException:
    while exc.__cause__ is not None:
        exc = exc.__cause__
    return exc


def _validation_summary(exc: BaseException, limit: int = 3) -> str:
    from pydantic import ValidationError

    root = _root(exc)
    if isinstance(root, ValidationError):
        errs = root.errors()
        parts = [f"{'.'.join(str(p) for p in e['loc']) or '(object)'}: {e['msg']}" for e in errs[:limit]]
        more = f" (and {len(errs) - limit} more)" if len(errs) > limit else ""
        return "; ".join(parts) + more
    return str(root)[:300]


def _quiet_instructor() -> None:
    """Instructor logs every failed attempt at ERROR; our caller reports failures once, clearly."""
    import logging

    log = logging.getLogger("instructor")
    if not any(isinstance(h, logging.NullHandler) for h in log.handlers):
        log.addHandler(logging.NullHandler())
        log.propagate = False


@functools.lru_cache(maxsize=64)
def _wrapped(response_model: type) -> type:
    """The response model wrapped once for instructor (``instructor.openai_schema``).

    Instructor wraps a plain model in a new class on every request, so its cached tool schema never
    hits: ~20 ms of CPU per call, which caps a batch's throughput under the GIL. A class wrapped once
    is reused as is, and its schema comes from instructor's cache.
    """
    import instructor

    return instructor.openai_schema(response_model)


def structured(
    provider: Any,
    messages: list[dict[str, Any]],
    response_model: type,
    *,
    context: Optional[dict[str, Any]] = None,
    max_reasks: int = 2,
    policy: Optional[RetryPolicy] = None,
) -> Structured:
    """Ask ``provider`` for a ``response_model`` object; validated with ``context``, re-asked on validator messages."""
    policy = policy or RetryPolicy()
    _quiet_instructor()
    client = provider.instructor_client()
    from instructor.core.hooks import Hooks

    usage = [Usage()]
    calls = [0]
    last_raw: list[Any] = [None]

    def on_kwargs(*_a: Any, **_k: Any) -> None:
        calls[0] += 1

    def on_response(response: Any) -> None:
        usage[0] = usage[0].add(provider.usage_of(response))
        last_raw[0] = response

    hooks = Hooks()
    hooks.on("completion:kwargs", on_kwargs)
    hooks.on("completion:response", on_response)

    def one_try() -> Any:
        return client.create_with_completion(
            messages=copy.deepcopy(messages),  # instructor appends re-ask turns to the list it gets
            response_model=_wrapped(response_model),
            max_retries=max_reasks,
            context=dict(context) if context else None,
            strict=False,
            hooks=hooks,
            **provider.create_kwargs(),
        )

    start = time.perf_counter()
    try:
        value, raw = policy.run(one_try)
    except PlannerError:
        raise
    except Exception as exc:  # SDK, HTTP or instructor errors: one clear message each
        latency = time.perf_counter() - start
        raise _failure(provider, exc, messages, usage[0], calls[0], latency, last_raw[0]) from exc
    return Structured(
        value=value,
        usage=usage[0],
        attempts=max(calls[0], 1),
        latency_s=round(time.perf_counter() - start, 3),
        raw=to_jsonable(raw),
        waits=list(policy.waits),
    )


def _failure(provider: Any, exc: BaseException, messages: list, usage: Usage, calls: int, latency: float, last_raw: Any) -> PlannerError:
    name, model = getattr(provider, "name", "?"), getattr(provider, "model", "?")
    code = status_of(exc)
    http = _http_response_of(exc)
    kind = type(_root(exc)).__name__
    if code is not None:
        body = to_jsonable(http) if http is not None else None
        detail = _error_detail(body)
        if code in (401, 403):
            env = REGISTRY[provider.name].key_env if provider.name in REGISTRY else None
            env = env or "the API key"
            return ConfigError(f"{name} rejected the credentials (HTTP {code}){detail}; check {env}")
        if code == 404:
            return ConfigError(f"{name} has no model '{model}' at this endpoint (HTTP 404){detail}; check --model and --base-url")
        why = f"HTTP {code}{detail}"
        raw_obj = body
    elif is_transient(exc):
        why = f"{kind}: {_root(exc)}"
        base_url = getattr(getattr(provider, "config", None), "base_url", None)
        if "Connect" in kind and base_url:
            why += f" (is a server listening at {base_url}?)"
        raw_obj = None
    elif type(exc).__name__ == "IncompleteOutputException" or kind == "IncompleteOutputException":
        why = f"the answer was cut off at max_tokens ({getattr(provider.config, 'max_tokens', '?')}) before the object was complete"
        raw_obj = to_jsonable(getattr(exc, "last_completion", None) or last_raw)
    elif _is_parse_failure(exc):
        why = f"the answer still failed validation after {calls} attempt(s): {_validation_summary(exc)}"
        raw_obj = to_jsonable(getattr(exc, "last_completion", None) or last_raw)
    else:
        why = f"{kind}: {str(exc)[:300]}"
        raw_obj = to_jsonable(last_raw)
    retried = " (transient: retried until the attempts ran out)" if is_transient(exc) else ""
    path = save_raw(
        {
            "provider": name,
            "model": model,
            "error": why,
            "http_status": code,
            "attempts": calls,
            "usage": usage.model_dump(),
            "latency_s": round(latency, 3),
            "messages": to_jsonable(messages),
            "last_response": raw_obj,
        }
    )
    from planner.sanitize import strip_url_credentials

    msg = strip_url_credentials(f"{name} model {model} failed after {calls} request(s): {why}{retried}")
    return ProviderError(msg, raw_path=path)


def _is_parse_failure(exc: BaseException) -> bool:
    """The model answered but the answer never validated (as opposed to a client-side error)."""
    from pydantic import ValidationError

    return bool(getattr(exc, "failed_attempts", None)) and isinstance(_root(exc), (ValidationError, ValueError))


def _error_detail(body: Any) -> str:
    if not isinstance(body, dict):
        return ""
    b = body.get("body")
    if isinstance(b, dict):
        err = b.get("error")
        if isinstance(err, dict) and err.get("message"):
            return f": {str(err['message'])[:200]}"
        if isinstance(err, str):
            return f": {err[:200]}"
    elif isinstance(b, str) and b.strip():
        return f": {b.strip()[:200]}"
    return ""
