"""The provider interface and its configuration.

A provider is thin: it builds an instructor client for its SDK, names its default
model, its instructor mode and request quirks, and its prices. SDKs are imported
only inside ``instructor_client`` so that the CLI starts fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Optional

from planner.models import Usage


@dataclass
class ProviderConfig:
    name: str  # offline | openai | anthropic | local
    model: str
    base_url: Optional[str] = None
    api_key: Optional[str] = field(default=None, repr=False)  # never printed, never sent to a browser
    timeout_s: float = 60.0
    temperature: float = 0.0
    max_tokens: int = 2048
    source: str = "default"  # how it was chosen: flag | env | config | key-in-env | default

    def describe(self) -> str:
        where = f" at {self.base_url}" if self.base_url else ""
        return f"provider {self.name}, model {self.model}{where} (from {self.source})"


class LLMProvider:
    """Base for SDK-backed providers (openai, anthropic, local)."""

    name: ClassVar[str] = ""
    # USD per million tokens (input, output) by model prefix; unknown models cost 0 and say so.
    prices: ClassVar[dict[str, tuple[float, float]]] = {}

    def __init__(self, config: ProviderConfig):
        self.config = config

    @property
    def model(self) -> str:
        return self.config.model

    def instructor_client(self) -> Any:  # instructor.Instructor
        raise NotImplementedError

    def create_kwargs(self) -> dict[str, Any]:
        """Extra keyword arguments for ``client.chat.completions.create`` (quirks live here)."""
        return {"temperature": self.config.temperature, "max_tokens": self.config.max_tokens}

    def usage_of(self, raw: Any) -> Usage:
        """Token usage of one raw completion object."""
        u = getattr(raw, "usage", None)
        if u is None:
            return Usage()
        return Usage(
            input_tokens=int(getattr(u, "prompt_tokens", None) or getattr(u, "input_tokens", 0) or 0),
            output_tokens=int(getattr(u, "completion_tokens", None) or getattr(u, "output_tokens", 0) or 0),
        )

    def cost_usd(self, usage: Usage) -> float:
        for prefix, (pin, pout) in sorted(self.prices.items(), key=lambda kv: -len(kv[0])):
            if self.model.startswith(prefix):
                return round(usage.input_tokens * pin / 1e6 + usage.output_tokens * pout / 1e6, 6)
        return 0.0
