"""OpenAI Batch API: a JSONL file of /v1/chat/completions requests, one per group (custom_id = group key).

Limits (platform.openai.com/docs/guides/batch): 50,000 requests and 200 MB per input file.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Optional

from planner.providers.base import ProviderConfig
from planner.runs.batch_api import chunks

MAX_REQUESTS = 50_000
MAX_BYTES = 200 * 1024 * 1024
TOOL = "PlanContent"


def _client(config: ProviderConfig):
    from planner.providers.select import load_provider

    return load_provider(config).raw_client()


def request_line(config: ProviderConfig, key: str, messages: list[dict[str, str]], schema: dict[str, Any]) -> bytes:
    body = {
        "model": config.model, "messages": messages, "temperature": config.temperature, "max_tokens": config.max_tokens,
        "tools": [{"type": "function", "function": {"name": TOOL, "description": "The upskilling plan.", "parameters": schema}}],
        "tool_choice": {"type": "function", "function": {"name": TOOL}},
    }
    return (json.dumps({"custom_id": key, "method": "POST", "url": "/v1/chat/completions", "body": body}) + "\n").encode()


def submit(config: ProviderConfig, requests: list[tuple[str, bytes]]) -> Iterable[tuple[list[str], str]]:
    client = _client(config)
    by_line = {line: key for key, line in requests}
    for part in chunks([line for _, line in requests], MAX_REQUESTS, MAX_BYTES):
        f = client.files.create(file=("upskill-batch.jsonl", b"".join(part)), purpose="batch")
        batch = client.batches.create(input_file_id=f.id, endpoint="/v1/chat/completions", completion_window="24h")
        yield [by_line[line] for line in part], batch.id


def status(config: ProviderConfig, batch_id: str) -> dict[str, Any]:
    b = _client(config).batches.retrieve(batch_id)
    counts = getattr(b, "request_counts", None)
    return {"status": b.status, "done": b.status in ("completed", "failed", "expired", "cancelled"),
            "completed": getattr(counts, "completed", None), "failed": getattr(counts, "failed", None),
            "output_file_id": b.output_file_id}


def results(config: ProviderConfig, batch_id: str, info: dict[str, Any]) -> Iterable[tuple[str, Optional[dict], dict]]:
    if not info.get("output_file_id"):
        return
    text = _client(config).files.content(info["output_file_id"]).text
    for line in text.splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        resp = (row.get("response") or {})
        body = resp.get("body") or {}
        usage = body.get("usage") or {}
        u = {"input_tokens": usage.get("prompt_tokens", 0), "output_tokens": usage.get("completion_tokens", 0)}
        args = None
        if resp.get("status_code") == 200:
            try:
                call = body["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
                args = json.loads(call)
            except (KeyError, IndexError, TypeError, json.JSONDecodeError):
                args = None
        yield row.get("custom_id"), args, u
