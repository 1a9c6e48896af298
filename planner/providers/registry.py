"""Every backend name and provider fact in one place (default model, key variable, provider class, prices).

The provider classes read their defaults from here; ``planner.providers.select`` resolves flags,
environment and config against these names; ``planner.backends.registry`` builds the backend for a name.
It sits below the backends (it names their provider classes as strings and imports them only when asked).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Optional

DEFAULT_BACKEND = "offline"  # what runs when nothing is configured: no key, no network


@dataclass(frozen=True)
class Entry:
    default_model: str
    provider_class: Optional[str] = None  # "module:Class" of the SDK provider; None for the rules
    key_env: Optional[str] = None
    # USD per million tokens (input, output) by model prefix; a model no prefix matches costs 0
    prices: tuple[tuple[str, float, float], ...] = ()
    sdk_client: str = ""  # "module:Class" of the SDK client the provider wraps
    instructor_factory: str = ""  # the instructor function that wraps it (Mode.TOOLS)


# openai.com/api/pricing and anthropic.com/pricing (per million tokens, input and output)
_OPENAI_PRICES = (
    ("gpt-4o-mini", 0.15, 0.60), ("gpt-4o", 2.50, 10.00), ("gpt-4.1-nano", 0.10, 0.40), ("gpt-4.1-mini", 0.40, 1.60),
    ("gpt-4.1", 2.00, 8.00), ("o4-mini", 1.10, 4.40),
)
_ANTHROPIC_PRICES = (
    ("claude-3-5-haiku", 0.80, 4.00), ("claude-3-haiku", 0.25, 1.25), ("claude-haiku-4", 1.00, 5.00),
    ("claude-3-5-sonnet", 3.00, 15.00), ("claude-3-7-sonnet", 3.00, 15.00), ("claude-sonnet-4", 3.00, 15.00),
    ("claude-opus-4", 15.00, 75.00),
)

REGISTRY: dict[str, Entry] = {
    "offline": Entry(default_model="rules-v1"),
    "openai": Entry(default_model="gpt-4o-mini", provider_class="planner.providers.openai:OpenAIProvider", key_env="OPENAI_API_KEY",
                    prices=_OPENAI_PRICES, sdk_client="openai:OpenAI", instructor_factory="from_openai"),
    "anthropic": Entry(default_model="claude-haiku-4-5", provider_class="planner.providers.anthropic:AnthropicProvider",
                       key_env="ANTHROPIC_API_KEY", prices=_ANTHROPIC_PRICES,
                       sdk_client="anthropic:Anthropic", instructor_factory="from_anthropic"),
    "local": Entry(default_model="smollm2-135m-instruct", provider_class="planner.providers.local:LocalProvider"),  # no price: this machine
}
NAMES = tuple(REGISTRY)


def has_model(name: str) -> bool:
    """Whether the named backend runs a model (False for the rules: nothing is paid, nothing leaves the machine)."""
    return REGISTRY[name].provider_class is not None


def load_provider(config: Any) -> Any:
    """The SDK provider object for a config whose backend has a model (imported only when used)."""
    entry = REGISTRY[config.name]
    if entry.provider_class is None:
        raise ValueError(f"backend '{config.name}' has no provider class")
    mod, cls = entry.provider_class.split(":")
    return getattr(importlib.import_module(mod), cls)(config)
