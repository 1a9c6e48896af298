"""Anthropic Message Batches: one request per group (custom_id = group key), the plan as a forced tool call.

Limits (docs.anthropic.com/en/docs/build-with-claude/batch-processing): 100,000 requests or 256 MB per batch.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Optional

from planner.providers.base import ProviderConfig
from planner.runs.batch_api import chunks

MAX_REQUESTS = 100_000
MAX_BYTES = 256 * 1024 * 1024
TOOL = "PlanContent"


def _client(config: ProviderConfig):
    from planner.providers.select import load_provider

    return load_provider(config).raw_client()


def request_line(config: ProviderConfig, key: str, messages: list[dict[str, str]], schema: dict[str, Any]) -> bytes:
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
    params = {
        "model": config.model, "max_tokens": config.max_tokens, "system": system,
        "messages": [m for m in messages if m["role"] != "system"],
        "tools": [{"name": TOOL, "description": "The upskilling plan.", "input_schema": schema}],
        "tool_choice": {"type": "tool", "name": TOOL},
    }
    return json.dumps({"custom_id": key, "params": params}).encode()


def submit(config: ProviderConfig, requests: list[tuple[str, bytes]]) -> Iterable[tuple[list[str], str]]:
    client = _client(config)
    by_line = {line: key for key, line in requests}
    for part in chunks([line for _, line in requests], MAX_REQUESTS, MAX_BYTES):
        batch = client.messages.batches.create(requests=[json.loads(line) for line in part])
        yield [by_line[line] for line in part], batch.id


def status(config: ProviderConfig, batch_id: str) -> dict[str, Any]:
    b = _client(config).messages.batches.retrieve(batch_id)
    counts = getattr(b, "request_counts", None)
    return {"status": b.processing_status, "done": b.processing_status == "ended",
            "completed": getattr(counts, "succeeded", None), "failed": getattr(counts, "errored", None)}


def results(config: ProviderConfig, batch_id: str, info: dict[str, Any]) -> Iterable[tuple[str, Optional[dict], dict]]:
    for row in _client(config).messages.batches.results(batch_id):
        result = row.result
        if getattr(result, "type", None) != "succeeded":
            yield row.custom_id, None, {}
            continue
        msg = result.message
        u = {"input_tokens": msg.usage.input_tokens, "output_tokens": msg.usage.output_tokens}
        args = next((b.input for b in msg.content if getattr(b, "type", None) == "tool_use"), None)
        yield row.custom_id, args, u
