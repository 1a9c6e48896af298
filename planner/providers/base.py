"""The provider interface and its configuration.

A provider is thin: it builds an instructor client for its SDK, names its default
model, its instructor mode and request quirks, and its prices. SDKs are imported
only inside ``instructor_client`` so that the CLI starts fast.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, ClassVar, Optional

from planner.errors import ConfigError
from planner.models import Usage
from planner.providers.registry import REGISTRY


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
    """Base for SDK-backed providers (openai, anthropic, local): the SDK client and its instructor wrapper."""

    name: ClassVar[str] = ""
    missing_key: ClassVar[str] = ""  # the error when the provider needs a key and has none

    def __init__(self, config: ProviderConfig):
        self.config = config
        self._client: Any = None
        if self.missing_key and not config.api_key and self.needs_key():
            raise ConfigError(self.missing_key)

    def needs_key(self) -> bool:
        return True

    @property
    def facts(self) -> Any:
        """This provider's entry in ``planner.providers.registry`` (SDK client, prices, key variable)."""
        return REGISTRY[self.name]

    @property
    def model(self) -> str:
        return self.config.model

    @property
    def prices(self) -> dict[str, tuple[float, float]]:
        """USD per million tokens (input, output) by model prefix (``planner.providers.registry``)."""
        return {prefix: (pin, pout) for prefix, pin, pout in self.facts.prices}

    def sdk_api_key(self) -> Optional[str]:
        return self.config.api_key

    def raw_client(self) -> Any:
        """The plain SDK client (batch APIs use it directly); the SDK's own retries are off: ``planner.retry`` is
        the one policy."""
        mod, cls = self.facts.sdk_client.split(":")
        return getattr(importlib.import_module(mod), cls)(
            api_key=self.sdk_api_key(), base_url=self.config.base_url, timeout=self.config.timeout_s, max_retries=0,
        )

    def instructor_client(self) -> Any:  # instructor.Instructor, Mode.TOOLS (a forced tool call)
        if self._client is None:
            import instructor

            self._client = getattr(instructor, self.facts.instructor_factory)(self.raw_client(), mode=instructor.Mode.TOOLS)
        return self._client

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
