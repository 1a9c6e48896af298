"""Scenarios shared by the grounding cassette tests and scripts/record_grounding_cassettes.py."""

from __future__ import annotations

from typing import Any, Optional

BASE_URL = "http://127.0.0.1:8182/v1"  # the llama-cpp-python server the cassettes were recorded from
MODEL = "smollm2"

SALES = {
    "skill": "Complete and submit the customer information",
    "context": "Sales support coordinators prepare customer records before sales reps call prospects.",
}
PICKERS = {
    "skill": "Pick and pack orders",
    "context": "Warehouse pickers on the night shift mis-pick about 3% of items.",
}

VALID_SALES: dict[str, Any] = {
    "rewritten": "Support the sales rep by completing and submitting the customer information, so the rep has what the next call needs.",
    "action": "complete and submit",
    "object": "the customer information",
    "workflow": "preparing customer records before sales calls",
    "trigger": None,
    "consumer": "sales rep",
    "outcome": "the rep has what the next call needs",
}
# fails names_consumer (the performer) and names_outcome (none)
FAILING_SALES: dict[str, Any] = {
    "rewritten": "Complete and submit the customer information as a sales support coordinator.",
    "action": "complete and submit",
    "object": "the customer information",
    "workflow": "customer records",
    "trigger": None,
    "consumer": "sales support coordinator",
    "outcome": None,
}
NO_CONSUMER_PICKERS: dict[str, Any] = {
    "rewritten": "Pick and pack orders on the night shift.",
    "action": "pick and pack",
    "object": "orders",
    "workflow": "night-shift order picking",
    "trigger": None,
    "consumer": None,
    "outcome": None,
}


def provider_config(base_url: str = BASE_URL) -> Any:
    from planner.providers.base import ProviderConfig

    return ProviderConfig(name="openai", model=MODEL, base_url=base_url, api_key="sk-test-not-a-real-key", max_tokens=1500, source="flag")


def performer_of(context: str) -> Optional[str]:
    from planner.extract.context import place
    from planner.backends.llm_grounding import frame_of

    return place(frame_of(context)).performer
