"""Provider batch APIs for large runs (about half the price, results within 24 hours).

``submit`` sends every pending group as one request line with ``custom_id`` = the group key,
chunked under the provider's limits; ``refresh`` polls; ``collect`` downloads the results,
validates each against the plan model and stores the valid ones. Invalid or missing results
stay pending, and the caller re-asks them through the normal path.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Iterable, Optional

from planner.errors import ConfigError
from planner.frame import GroupFacts
from planner.providers.base import ProviderConfig
from planner.runs.store import RunStore

BATCH_DISCOUNT = 0.5  # both providers bill batch requests at about half the normal price


def chunks(lines: list[bytes], max_requests: int, max_bytes: int) -> Iterable[list[bytes]]:
    """Split request lines so that no chunk passes the provider's request count or file size limit."""
    cur: list[bytes] = []
    size = 0
    for line in lines:
        if cur and (len(cur) >= max_requests or size + len(line) > max_bytes):
            yield cur
            cur, size = [], 0
        cur.append(line)
        size += len(line)
    if cur:
        yield cur


def _module(provider: str):
    if provider == "openai":
        from planner.runs.batch_api import openai as mod
    elif provider == "anthropic":
        from planner.runs.batch_api import anthropic as mod
    else:
        raise ConfigError(f"--via batch-api needs --provider openai or anthropic (not {provider})")
    return mod


def plan_request(config: ProviderConfig, problem_text: str, today: dt.date,
                 survey: Optional[GroupFacts] = None) -> tuple[str, list[dict[str, str]], dict[str, Any]]:
    """The same messages and tool schema as the normal path: (prompt version, messages, PlanContent schema)."""
    from planner.extract import extract
    from planner.generators.llm import plan_messages
    from planner.models import PlanContent

    prompt, msgs = plan_messages(extract(problem_text, survey=survey), today)
    return prompt.version, msgs, PlanContent.model_json_schema()


def submit(store: RunStore, run_id: str, config: ProviderConfig, today: dt.date) -> list[str]:
    from planner.survey.problem import stored_facts

    mod = _module(config.name)
    groups = store.groups(run_id, "pending")
    requests = []
    for g in groups:
        _, msgs, schema = plan_request(config, g["problem_text"], today, stored_facts(g["analysis"]))
        requests.append((g["key"], mod.request_line(config, g["key"], msgs, schema)))
    ids = []
    for keys, batch_id in mod.submit(config, requests):
        store.add_batch(run_id, batch_id, config.name, keys)
        ids.append(batch_id)
    return ids


def refresh(store: RunStore, run_id: str) -> list[dict[str, Any]]:
    run = store.run(run_id)
    config = _config(run)
    out = []
    for b in store.batches(run_id):
        info = _module(b["provider"]).status(config, b["batch_id"])
        store.set_batch_status(run_id, b["batch_id"], info["status"])
        out.append({**b, **info, "keys": len(b["keys"])})
    return out


def _config(run: dict[str, Any]) -> ProviderConfig:
    from planner.providers.select import resolve

    a = run["args"]
    return resolve(a["provider"], a["model"], a.get("base_url"))


def collect(store: RunStore, run_id: str) -> int:
    """Store every valid result of the finished batches; return how many were stored."""
    from pydantic import ValidationError

    from planner.extract import extract
    from planner.pipeline import finish_plan
    from planner.models import Plan, PlanContent, PlanMeta, Usage
    from planner.providers.select import load_provider
    from planner.plan_json import plan_json
    from planner.survey.problem import stored_facts

    run = store.run(run_id)
    config = _config(run)
    provider = load_provider(config)
    today = dt.date.fromisoformat(run["args"]["today"])
    pending = {g["key"]: g for g in store.groups(run_id, "pending")}
    stored = 0
    for b in store.batches(run_id):
        mod = _module(b["provider"])
        info = mod.status(config, b["batch_id"])
        if not info["done"]:
            continue
        for key, arguments, usage in mod.results(config, b["batch_id"], info):
            g = pending.get(key)
            if g is None or arguments is None:
                continue
            u = Usage(input_tokens=usage.get("input_tokens", 0), output_tokens=usage.get("output_tokens", 0))
            try:
                content = PlanContent.model_validate(arguments, context={"today": today})
            except ValidationError:
                continue  # left pending: re-asked through the normal path
            facts = stored_facts(g["analysis"])
            version, _, _ = plan_request(config, g["problem_text"], today, facts)
            meta = PlanMeta(provider=config.name, model=config.model, prompt_version=version, usage=u,
                            estimated_cost_usd=round(provider.cost_usd(u) * BATCH_DISCOUNT, 6), today=today.isoformat())
            plan = Plan.model_validate({**content.model_dump(), "meta": meta.model_dump()}, context={"today": today})
            plan = finish_plan(plan, extract(g["problem_text"], survey=facts), g["problem_text"], today)  # as make_plan
            store.finish(run_id, key, plan_json(plan), u.input_tokens, u.output_tokens, meta.estimated_cost_usd)
            stored += 1
        store.set_batch_status(run_id, b["batch_id"], "collected")
    return stored
